"""Every user-visible string in the UI code goes through Qt's translation, in a form
lupdate can read and under the context Qt will look it up in at run time."""

from __future__ import annotations

from pathlib import Path

from tests.translations.conftest import REPO, i18n
from tests.translations.source_scan import Finding, scan

# Known offenders in files this workflow does not own, as (file, text). Each is reported
# for a fix; the test fails once a fixed one is still listed here, so the list only shrinks.
PENDING: frozenset[tuple[str, str]] = frozenset()


def _findings() -> list[Finding]:
    return scan(REPO)[0]


def test_visible_strings_are_wrapped_for_translation() -> None:
    found = [f for f in _findings() if (f.file, f.text) not in PENDING]
    assert not found, "\n".join(str(f) for f in found)


def test_the_pending_list_only_holds_real_offenders() -> None:
    still = {(f.file, f.text) for f in _findings()}
    fixed = sorted(PENDING - still)
    assert not fixed, f"fixed now, remove from PENDING: {fixed}"


def test_lupdate_reads_every_translated_string(refreshed: Path) -> None:
    """lupdate's Python reader silently skips some call shapes (e.g. translate() with a
    count held in a variable); what it skips is never translated."""
    seen = {(m.context, m.source) for m in i18n.read(i18n.ts_path("ru", refreshed))}
    missed = [u for u in scan(REPO)[1] if (u.context, u.source) not in seen]
    assert not missed, "\n".join(f"{u.file}:{u.line}: [{u.context}] {u.source!r}" for u in missed)


def test_the_scanner_finds_unwrapped_text(tmp_path: Path) -> None:
    ui = tmp_path / "omniinbox" / "ui"
    ui.mkdir(parents=True)
    (ui / "sample.py").write_text(
        "class Pane:\n"
        "    def build(self, label, box, menu):\n"
        "        label.setText('Unread conversations')\n"
        "        label.setToolTip(self.tr('Fine'))\n"
        "        box.addItem(self.tr('Newest'), 'last')\n"
        "        menu.addAction(f'Open {label}')\n"
        "        label.setText(self.tr(f'Hello {label}'))\n"
        "        label.setText(menu.tr('Elsewhere'))\n"
        "        label.setText('…')\n"
    )
    findings, uses = scan(tmp_path)
    texts = sorted(f.text for f in findings)
    assert texts == ["Elsewhere", "Hello ", "Open ", "Unread conversations"]
    assert {(u.context, u.source) for u in uses} == {("Pane", "Fine"), ("Pane", "Newest")}
