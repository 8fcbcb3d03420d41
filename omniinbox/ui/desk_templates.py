"""The templates manager: canned answers and the desk's own texts, shared or personal, per
language, with a live preview of the variables filled in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain.templates import KNOWN_VARIABLES, Template, render, standard_variables
from omniinbox.store.desk_shipped import LANGUAGES, RESERVED
from omniinbox.ui.desk_dialog import DeskDialog
from omniinbox.ui.desk_widgets import ErrorLine, write

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplatesDialog(DeskDialog):
    """List on the left (searchable), the chosen template on the right."""

    saved = Signal(object)  # Template
    object_name = "templatesDialog"

    def _setup(self) -> None:
        self.setWindowTitle(self.tr("Templates"))
        self._current: Template | None = None

        self.search = QLineEdit(placeholderText=self.tr("Search templates"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.name = QLineEdit()
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(list(LANGUAGES))
        self.personal = QCheckBox(self.tr("Only for me"))
        self.personal.setEnabled(self.agent_id is not None)
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.preview = QLabel()
        self.preview.setObjectName("templatePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLine()
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self._build()

        self.search.textChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show)
        self.body.textChanged.connect(self._update_preview)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.refresh()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.list)
        right = QWidget()
        form = QFormLayout(right)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.personal)
        form.addRow(self.tr("Text"), self.body)
        hint = QLabel(
            self.tr("Variables: {0}").format(" ".join(f"{{{v}}}" for v in KNOWN_VARIABLES))
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("Preview"), self.preview)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.close_box())
        self.resize(860, 520)

    # --- list -------------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        query = self.search.text().strip()
        found = (
            self.store.find_templates(query, self.agent_id)
            if query
            else self.store.templates(self.agent_id)
        )
        keep = self._current
        self.list.blockSignals(True)
        self.list.clear()
        for template in found:
            scope = self.tr("personal") if template.owner_id is not None else self.tr("shared")
            item = QListWidgetItem(f"{template.name} · {template.language} · {scope}")
            item.setData(TEMPLATE_ROLE, template)
            self.list.addItem(item)
            if keep is not None and (template.name, template.language, template.owner_id) == (
                keep.name,
                keep.language,
                keep.owner_id,
            ):
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def templates_shown(self) -> list[Template]:
        return [self.list.item(i).data(TEMPLATE_ROLE) for i in range(self.list.count())]

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        template: Template | None = item.data(TEMPLATE_ROLE) if item is not None else None
        self._current = template
        self.error.clear_error()
        if template is None:
            return
        self.name.setText(template.name)
        self.language.setCurrentText(template.language)
        self.personal.setChecked(template.owner_id is not None)
        self.body.setPlainText(template.body)
        self.delete_button.setEnabled(True)

    def select(self, name: str, language: str) -> None:
        for i in range(self.list.count()):
            t: Template = self.list.item(i).data(TEMPLATE_ROLE)
            if t.name == name and t.language == language:
                self.list.setCurrentRow(i)
                return

    def start_new(self) -> None:
        self.list.clearSelection()
        self._current = None
        self.name.clear()
        self.body.clear()
        self.personal.setChecked(False)
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def _update_preview(self) -> None:
        sample = standard_variables(
            ticket="#1042",
            customer_name=self.tr("Aigerim Nurlanovna"),
            agent_name=self.tr("Dana Sultanova"),
            subject=self.tr("Order 1042"),
            due_time="10:00",
            due_phrase=self.tr("within 60 minutes"),
            account_name=self.tr("Shop"),
        )
        rendered = render(self.body.toPlainText(), sample)
        text = rendered.text
        if rendered.missing:
            text += "\n" + self.tr("Unknown variables: {0}").format(", ".join(rendered.missing))
        self.preview.setText(text)

    # --- writes -----------------------------------------------------------------------------

    def save(self) -> None:
        name, language, body = (
            self.name.text(),
            self.language.currentText(),
            self.body.toPlainText(),
        )
        owner = self.agent_id if self.personal.isChecked() else None
        if name.strip() in RESERVED and owner is not None:
            self.error.show_error(self.tr("The desk's own texts are shared, never personal."))
            return
        current = self._current
        same = current is not None and current.id is not None and current.owner_id == owner
        template_id = current.id if same and current is not None else None
        write(
            self,
            self.engine,
            lambda s: s.save_template(name, language, body, owner, template_id),
            self._saved,
            self.error,
        )

    def _saved(self, template: Template) -> None:
        self._current = template
        self.refresh()
        self.saved.emit(template)

    def delete(self) -> None:
        current = self._current
        if current is None:
            return
        if current.id is None:
            self.error.show_error(self.tr("Shipped templates are kept; edit the text instead."))
            return
        write(
            self,
            self.engine,
            lambda s: s.remove_template(current.id or 0),
            lambda _: self._deleted(),
            self.error,
        )

    def _deleted(self) -> None:
        self._current = None
        self.start_new()
        self.refresh()
