"""Every user-visible string in the UI code goes through Qt's translation, in a form
lupdate can read and under the context Qt will look it up in at run time."""

from __future__ import annotations

from pathlib import Path

from tests.translations.conftest import REPO, i18n
from tests.translations.source_scan import Finding, scan

# Known offenders in files this workflow does not own, as (file, text). Each is reported
# for a fix; the test fails once a fixed one is still listed here, so the list only shrinks.
PENDING: frozenset[tuple[str, str]] = frozenset(
    {
        ("omniinbox/ui/about.py", "<h2>OmniInbox </h2>"),
        ("omniinbox/ui/about.py", "AboutDialog"),
        ("omniinbox/ui/attachments.py", "Cannot be downloaded: {0}"),
        ("omniinbox/ui/attachments.py", "Downloading…"),
        ("omniinbox/ui/attachments.py", "Not downloaded yet"),
        ("omniinbox/ui/attachments.py", "Open"),
        ("omniinbox/ui/attachments.py", "Preview"),
        ("omniinbox/ui/attachments.py", "Programs and scripts are only saved, never opened here"),
        ("omniinbox/ui/attachments.py", "Save as…"),
        ("omniinbox/ui/attachments.py", "Save attachment"),
        ("omniinbox/ui/attachments.py", "Try downloading again"),
        ("omniinbox/ui/desk_rule_rows.py", "account"),
        ("omniinbox/ui/desk_rule_rows.py", "add a helper"),
        ("omniinbox/ui/desk_rule_rows.py", "add a tag"),
        ("omniinbox/ui/desk_rule_rows.py", "assign in turn"),
        ("omniinbox/ui/desk_rule_rows.py", "assign to"),
        ("omniinbox/ui/desk_rule_rows.py", "at least"),
        ("omniinbox/ui/desk_rule_rows.py", "at most"),
        ("omniinbox/ui/desk_rule_rows.py", "channel"),
        ("omniinbox/ui/desk_rule_rows.py", "contains"),
        ("omniinbox/ui/desk_rule_rows.py", "customer tag"),
        ("omniinbox/ui/desk_rule_rows.py", "does not contain"),
        ("omniinbox/ui/desk_rule_rows.py", "escalate to"),
        ("omniinbox/ui/desk_rule_rows.py", "has the word"),
        ("omniinbox/ui/desk_rule_rows.py", "in business hours"),
        ("omniinbox/ui/desk_rule_rows.py", "is"),
        ("omniinbox/ui/desk_rule_rows.py", "is not"),
        ("omniinbox/ui/desk_rule_rows.py", "language"),
        ("omniinbox/ui/desk_rule_rows.py", "matches the pattern"),
        ("omniinbox/ui/desk_rule_rows.py", "minutes since the last message"),
        ("omniinbox/ui/desk_rule_rows.py", "notify"),
        ("omniinbox/ui/desk_rule_rows.py", "priority"),
        ("omniinbox/ui/desk_rule_rows.py", "reply with a template"),
        ("omniinbox/ui/desk_rule_rows.py", "resolve"),
        ("omniinbox/ui/desk_rule_rows.py", "sender"),
        ("omniinbox/ui/desk_rule_rows.py", "set the category"),
        ("omniinbox/ui/desk_rule_rows.py", "set the priority"),
        ("omniinbox/ui/desk_rule_rows.py", "snooze"),
        ("omniinbox/ui/desk_rule_rows.py", "status"),
        ("omniinbox/ui/desk_rule_rows.py", "subject"),
        ("omniinbox/ui/desk_rule_rows.py", "subject or text"),
        ("omniinbox/ui/desk_rule_rows.py", "text"),
        ("omniinbox/ui/desk_rules.py", "A customer writes again"),
        ("omniinbox/ui/desk_rules.py", "A new conversation starts"),
        ("omniinbox/ui/desk_rules.py", "An SLA target is breached"),
        ("omniinbox/ui/desk_rules.py", "An SLA target is nearly due"),
        ("omniinbox/ui/desk_rules.py", "The status changes"),
        ("omniinbox/ui/desk_rules.py", "Time passes (checked every 30 seconds)"),
        ("omniinbox/ui/outbox_dialog.py", "Send again?"),
        (
            "omniinbox/ui/outbox_dialog.py",
            "The customer may already have this reply: the channel could not confirm it. Send it again anyway?",
        ),
        ("omniinbox/ui/settings_dialog_open.py", "Accounts"),
        ("omniinbox/ui/settings_dialog_open.py", "Desk"),
        ("omniinbox/ui/settings_dialog_open.py", "Profile"),
        ("omniinbox/ui/settings_dialog_open.py", "Profile saved."),
        (
            "omniinbox/ui/settings_dialog_open.py",
            "Saved in your own workspace: it opens the next time OmniInbox starts.",
        ),
        ("omniinbox/ui/view_queries.py", "All conversations"),
        ("omniinbox/ui/view_queries.py", "Inbox"),
        ("omniinbox/ui/view_queries.py", "Mine"),
        ("omniinbox/ui/view_queries.py", "Others’"),
        ("omniinbox/ui/view_queries.py", "Pending"),
        ("omniinbox/ui/view_queries.py", "Resolved"),
        ("omniinbox/ui/view_queries.py", "SLA due soon"),
        ("omniinbox/ui/view_queries.py", "Snoozed"),
        ("omniinbox/ui/welcome_flow.py", "No account was added."),
    }
)


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
