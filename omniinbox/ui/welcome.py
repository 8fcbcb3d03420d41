"""The first screen of a workspace with no accounts: add one, or look around the demo.

The demo stays one click away here for as long as there is no account; once one exists the
app opens the workspace directly (``omniinbox gui --demo`` still shows the demo).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from omniinbox.ui.assets import icon


class Choice(Enum):
    ADD_ACCOUNT = "add"
    DEMO = "demo"
    QUIT = "quit"


class WelcomeScreen(QDialog):
    """``exec()``, then ``choice`` says what the agent picked (QUIT when closed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to OmniInbox"))
        self.setWindowIcon(icon("omniinbox"))
        self.choice = Choice.QUIT
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon("omniinbox").pixmap(56, 56))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Welcome to OmniInbox"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        head.addWidget(title, 1)
        layout.addLayout(head)
        intro = QLabel(
            self.tr(
                "One inbox for your shop's email, Telegram and X: every customer's messages "
                "in one place, answered by your team. Everything is kept on this computer; "
                "passwords go to the system keyring."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.add_button = QCommandLinkButton(
            self.tr("Add an account"),
            self.tr("Connect a mailbox, a Telegram bot or an X account and start answering."),
        )
        self.add_button.setObjectName("welcomeAdd")
        self.add_button.setIcon(icon("account"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(lambda: self._choose(Choice.ADD_ACCOUNT))
        layout.addWidget(self.add_button)
        self.demo_button = QCommandLinkButton(
            self.tr("Explore the demo"),
            self.tr(
                "A sample shop with customers in six languages, to try everything safely. "
                "Nothing is sent anywhere; it stays beside your own workspace."
            ),
        )
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.setIcon(icon("all"))
        self.demo_button.clicked.connect(lambda: self._choose(Choice.DEMO))
        layout.addWidget(self.demo_button)
        self.note = QLabel()
        self.note.setObjectName("welcomeNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = Choice.QUIT
        super().reject()

    def say(self, text: str) -> None:
        """A line under the choices (e.g. why the last attempt did not add an account)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
