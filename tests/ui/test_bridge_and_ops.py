"""Threads meet Qt in two places: the bridge (engine events) and ops (background work)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from omniinbox.connector import AccountState
from omniinbox.store import ChangeSet, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.bridge import EngineBridge
from omniinbox.ui.ops import Reader, ReadOp, WriteOp
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk


class Recorder(QObject):
    """A receiver living on the GUI thread that notes which thread each call came on."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[object, bool]] = []

    @Slot(object)
    def record(self, value: object) -> None:
        self.calls.append((value, threading.current_thread() is threading.main_thread()))


def test_changes_from_the_writer_arrive_on_the_gui_thread(
    qtbot: QtBot, engine: Engine, desk: Desk
) -> None:
    bridge = EngineBridge(engine)
    recorder = Recorder()
    bridge.changed.connect(recorder.record)
    engine.submit(lambda s: s.mark_read(desk.aigerim))
    qtbot.waitUntil(lambda: bool(recorder.calls))
    changes, on_gui_thread = recorder.calls[0]
    assert on_gui_thread
    assert isinstance(changes, ChangeSet)
    assert changes.conversations == {desk.aigerim}
    bridge.close()


def test_outbox_counts_follow_every_write(qtbot: QtBot, engine: Engine, desk: Desk) -> None:
    bridge = EngineBridge(engine)
    with qtbot.waitSignal(bridge.outbox_changed) as signal:
        engine.submit(lambda s: s.queue_reply(desk.aigerim, "On its way.")[1])
    assert signal.args[0] == {"queued": 1}
    bridge.close()


def test_account_states_are_relayed_with_their_sentence(
    qtbot: QtBot, engine: Engine, desk: Desk
) -> None:
    bridge = EngineBridge(engine)
    recorder = Recorder()
    bridge.account_status.connect(recorder.record)
    engine.start()
    qtbot.waitUntil(lambda: len(recorder.calls) >= 2)
    status, on_gui_thread = recorder.calls[0]
    assert on_gui_thread
    assert status.state is AccountState.ERROR  # type: ignore[attr-defined]
    assert "no connector" in status.sentence  # type: ignore[attr-defined]
    bridge.close()


def test_a_closed_bridge_stays_quiet(qtbot: QtBot, engine: Engine, desk: Desk) -> None:
    bridge = EngineBridge(engine)
    bridge.close()
    with qtbot.assertNotEmitted(bridge.changed, wait=200):
        engine.submit(lambda s: s.mark_read(desk.aigerim)).result()


def test_a_write_reports_success_on_the_gui_thread(
    qtbot: QtBot, engine: Engine, desk: Desk
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    results: list[tuple[object, bool]] = []
    op = WriteOp(widget, engine, lambda s: s.mark_read(desk.aigerim))
    op.success(lambda r: results.append((r, threading.current_thread() is threading.main_thread())))
    op.run().result()
    assert results == []  # never inside run(), even when the work is already done
    qtbot.waitUntil(lambda: bool(results))
    assert isinstance(results[0][0], ChangeSet)
    assert results[0][1]


def test_a_failed_write_puts_its_sentence_in_the_status_bar(
    qtbot: QtBot, engine: Engine, desk: Desk
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    WriteOp(window, engine, lambda s: s.queue_reply(desk.aigerim, "   ")).run()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "The reply is empty.")


def test_an_unexpected_error_shows_a_sentence_and_logs_the_traceback(
    qtbot: QtBot, engine: Engine, desk: Desk, caplog
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)

    def broken(store: Store) -> None:
        raise KeyError("conversation_id")

    with caplog.at_level(logging.ERROR, logger="omniinbox.ui.ops"):
        WriteOp(window, engine, broken).run()
        qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    message = window.statusBar().currentMessage()
    assert message.startswith("Something went wrong")
    assert "Traceback" not in message
    assert caplog.records[-1].exc_info is not None


def test_a_result_for_a_widget_that_is_gone_is_dropped(
    qtbot: QtBot, engine: Engine, desk: Desk
) -> None:
    release = threading.Event()
    results: list[object] = []
    widget = QWidget()
    future = WriteOp(widget, engine, lambda s: release.wait(5)).success(results.append).run()
    widget.deleteLater()
    qtbot.wait(50)
    release.set()
    future.result()
    qtbot.wait(100)
    assert results == []


def test_reads_run_on_the_reader_thread(qtbot: QtBot, workspace: Workspace, desk: Desk) -> None:
    reader = Reader(lambda: workspace.open_store(readonly=True))
    widget = QWidget()
    qtbot.addWidget(widget)
    results: list[tuple[int, str]] = []
    ReadOp(
        widget,
        reader,
        lambda s: (s.count_conversations(), threading.current_thread().name),
    ).success(results.append).run()
    qtbot.waitUntil(lambda: bool(results))
    reader.close()
    count, thread = results[0]
    assert count == 3
    assert thread.startswith("omniinbox-reader")


def test_a_write_after_the_engine_stopped_fails_like_any_other(
    qtbot: QtBot, engine: Engine, desk: Desk
) -> None:
    engine.stop()
    widget = QWidget()
    qtbot.addWidget(widget)
    failures: list[BaseException] = []
    WriteOp(widget, engine, lambda s: s.mark_read(desk.aigerim)).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], RuntimeError)
