"""The desk settings page: edited, applied, stored, shown again when reopened; wrong input
says what to fix and stores nothing; the category tree is edited and the window follows it."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from omniinbox.domain import Priority
from omniinbox.domain.sla import Target
from omniinbox.store import Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.desk_settings import DeskSettingsDialog, DeskSettingsPage
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk


def fresh(workspace: Workspace) -> Store:
    return workspace.open_store(readonly=True)


def test_settings_round_trip_through_the_store(
    qtbot: QtBot, reader: Store, engine: Engine, desk: Desk, workspace: Workspace
) -> None:
    page = DeskSettingsPage(reader, engine)
    qtbot.addWidget(page)
    page.show()
    cal = page.calendar_page
    cal.zone.setCurrentText("Asia/Almaty")
    cal.days[0].setText("22:00-06:00")  # a night shift from Monday into Tuesday
    assert cal.day_notes[0].text() == "ends the next day"
    cal.days[5].setText("10:00-14:00")
    cal.country.setCurrentIndex(cal.country.findData("KZ"))
    assert "public holiday" in cal.country_note.text()
    cal.holidays.picker.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(cal.holidays.add_button, Qt.MouseButton.LeftButton)
    cal.workdays.add(date(2026, 12, 27))
    sla = page.sla_page
    sla.targets[(Priority.URGENT, Target.FIRST_RESPONSE)].setValue(30)
    sla.targets[(Priority.URGENT, Target.RESOLUTION)].setValue(480)
    sla.targets[(Priority.LOW, Target.FIRST_RESPONSE)].setValue(0)  # not tracked
    sla.pause.setChecked(False)
    replies = page.replies_page
    replies.ack_channels["telegram"].setChecked(True)
    replies.switch(0, 2).setCurrentIndex(2)  # no survey from the first account
    replies.follow_up.setChecked(False)
    replies.reopen_days.setValue(3)
    with qtbot.waitSignal(page.applied, timeout=10_000):
        assert page.apply()

    store = fresh(workspace)
    try:
        stored = store.business_calendar()
        assert stored.tz == "Asia/Almaty" and stored.country == "KZ"
        assert stored.weekly[0] == ((time(22), time(6)),)
        assert stored.weekly[5] == ((time(10), time(14)),)
        assert stored.holidays == {date(2026, 12, 31)}
        assert stored.extra_working_days == {date(2026, 12, 27)}
        policy = store.sla_policy()
        assert policy.urgent.first_response == 30 and policy.urgent.resolution == 480
        assert policy.low.first_response is None and not policy.pause_while_pending
        settings = store.desk_settings()
        assert set(settings.ack_channels) == {"email", "telegram"}
        first = store.accounts()[0]
        assert settings.csat_accounts == {str(first.id): False}
        assert not settings.csat_follow_up and settings.reopen_window_days == 3
        options = store.desk_options()  # what `omniinbox desk show` prints agrees
        assert options["calendar.mon"] == "22:00-06:00"
    finally:
        store.close()

    again = DeskSettingsPage(reader, engine)
    qtbot.addWidget(again)
    assert again.calendar_page.zone.currentText() == "Asia/Almaty"
    assert again.calendar_page.days[0].text() == "22:00-06:00"
    assert again.calendar_page.country.currentData() == "KZ"
    assert again.calendar_page.holidays.days() == {date(2026, 12, 31)}
    assert again.sla_page.targets[(Priority.URGENT, Target.FIRST_RESPONSE)].value() == 30
    assert again.sla_page.targets[(Priority.LOW, Target.FIRST_RESPONSE)].text() == "not tracked"
    assert not again.sla_page.pause.isChecked()
    assert again.replies_page.ack_channels["telegram"].isChecked()
    assert again.replies_page.switch(0, 2).currentText() == "Off"
    assert again.replies_page.reopen_days.value() == 3


def test_wrong_input_says_what_to_fix_and_stores_nothing(
    qtbot: QtBot, reader: Store, engine: Engine, desk: Desk, workspace: Workspace
) -> None:
    page = DeskSettingsPage(reader, engine)
    qtbot.addWidget(page)
    page.show()
    before = reader.business_calendar()
    page.tabs.setCurrentIndex(2)
    page.calendar_page.days[1].setText("9 to 6")
    assert page.calendar_page.day_notes[1].text() == "not understood"
    assert not page.apply()
    assert page.tabs.currentIndex() == 0  # where the mistake is
    assert "Tuesday" in page.error.text() and "HH:MM-HH:MM" in page.error.text()
    page.calendar_page.days[1].setText("09:00-18:00")
    page.calendar_page.zone.setCurrentText("Mars/Olympus")
    assert not page.apply() and "Unknown time zone 'Mars/Olympus'" in page.error.text()
    page.calendar_page.zone.setCurrentText("Europe/Kyiv")
    for day in page.calendar_page.days:
        day.clear()
    assert not page.apply() and "never open" in page.error.text()
    page.calendar_page.days[0].setText("09:00-18:00")
    page.sla_page.targets[(Priority.HIGH, Target.FIRST_RESPONSE)].setValue(120)
    page.sla_page.targets[(Priority.HIGH, Target.RESOLUTION)].setValue(60)
    assert not page.apply()
    assert page.tabs.currentIndex() == 1 and "High" in page.error.text()
    assert fresh(workspace).business_calendar() == before


def test_the_category_tree_is_edited_stored_and_used_by_the_window(
    qtbot: QtBot, window: MainWindow, desk: Desk, workspace: Workspace
) -> None:
    window.engine.call(lambda s: s.set_category([desk.aigerim], "delivery.damaged"))
    window.engine.call(lambda s: s.set_category([desk.giorgi], "refund.request"))
    dialog = window.actions_.desk.open_settings()
    assert isinstance(dialog, DeskSettingsDialog)
    editor = dialog.page.categories
    dialog.page.tabs.setCurrentIndex(3)
    assert editor.item("delivery.damaged") is not None
    new_key = editor.add_category(None, "Events")
    assert new_key == "events"
    cancelled = editor.add_category("events", "Cancelled concert")
    assert cancelled == "events.cancelled_concert"
    assert not editor.add_category("events", "   ")  # says why, adds nothing
    assert "needs a name" in editor.error.text()
    assert editor.rename("delivery", "Shipping")
    moved = editor.move_category("delivery.damaged", "service_quality")
    assert moved == "service_quality.damaged"
    assert editor.move_category("service_quality", "service_quality.damaged") is None
    assert "into itself" in editor.error.text()
    editor.remove("refund")
    assert editor.item("refund") is None  # hidden from the tree...
    editor.show_removed.setChecked(True)
    assert editor.item("refund") is not None  # ...unless removed ones are shown
    item = editor.item("other")
    assert item is not None
    item.setCheckState(1, Qt.CheckState.Checked)  # "other" counts as complaints now

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    store = fresh(workspace)
    try:
        tree = store.category_tree()
        assert tree.get("events.cancelled_concert") is not None
        assert tree.get("delivery") is not None and tree.get("delivery").name == "Shipping"  # type: ignore[union-attr]
        assert tree.get("delivery.damaged") is None
        assert tree.get("refund") is not None and tree.get("refund").archived  # type: ignore[union-attr]
        assert tree.is_complaint("other")
        # The conversation filed under the moved category went with it; the removed one stays.
        assert store.conversation(desk.aigerim).category == "service_quality.damaged"
        assert store.conversation(desk.giorgi).category == "refund.request"
    finally:
        store.close()

    header = window.conversation_view.header
    window.open_conversation(desk.giorgi)
    assert header.category.text() == "Refund › Refund request"  # still readable
    menu = header.category.menu()
    assert menu is not None
    titles = [a.text() for a in menu.actions()]
    assert "Events" in titles and "Shipping" in titles and "Refund" not in titles
    assert "Refund › Refund request (removed)" in titles
    window.open_conversation(desk.aigerim)
    qtbot.waitUntil(lambda: header.category.text() == "Service quality › Damaged in transit")
    events = next(a.menu() for a in header.category.menu().actions() if a.text() == "Events")
    chosen = next(a for a in events.actions() if a.text() == "Cancelled concert")
    chosen.trigger()
    qtbot.waitUntil(lambda: header.category.text() == "Events › Cancelled concert")
    dialog = window.actions_.desk.open_settings()  # reopened: shows what is stored
    assert dialog.page.categories.item("events.cancelled_concert") is not None
    dialog.reject()
