"""Which scrolling frames are slow, and why: scrolls the All view a page per frame, as
bench_gui.py does, and prints every frame over a threshold with what happened inside it
(rows exposed by fetchMore, store reads, garbage collections, rows whose cells were made).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui/frame_probe.py /tmp/desk-1m \
        --rows 60000 --over 25
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from pathlib import Path
from typing import Any


def probe(folder: Path, rows: int, over: float, freeze: bool) -> None:
    import tempfile

    from PySide6.QtCore import QEventLoop, QModelIndex

    from omniinbox.sync.runtime import build_engine
    from omniinbox.ui.app import application
    from omniinbox.ui.bridge import EngineBridge
    from omniinbox.ui.main_window import MainWindow
    from omniinbox.ui.settings import UiSettings
    from omniinbox.workspace import Workspace

    app = application()
    engine = build_engine(Workspace.at(folder))
    bridge = EngineBridge(engine)
    scratch = tempfile.mkdtemp(prefix="omniinbox-probe-")
    window = MainWindow(
        Workspace.at(folder),
        engine,
        bridge,
        settings=UiSettings(f"{scratch}/ui.ini"),
        restore=False,
    )
    window.resize(1280, 800)
    window.show()

    def pump(seconds: float) -> None:
        end = time.time() + seconds
        while time.time() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    pump(1.0)
    window.view_list.select("all")
    end = time.time() + 60
    while window.list_pane.shown_key != "all" and time.time() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    pump(1.0)
    if freeze:
        gc.freeze()
    model = window.model
    events: dict[str, Any] = {"fetch": 0, "reads": 0, "gc": []}
    fetch_more, rows_of = model.fetchMore, model._store.conversation_rows

    def counted_fetch(parent: Any) -> None:
        events["fetch"] += 1
        fetch_more(parent)

    def counted_rows(ids: list[int]) -> Any:
        events["reads"] += 1
        return rows_of(ids)

    model.fetchMore = counted_fetch  # type: ignore[method-assign]
    model._store.conversation_rows = counted_rows  # type: ignore[method-assign]
    gc_started = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            ms = (time.perf_counter() - gc_started[0]) * 1000
            events["gc"].append((info["generation"], round(ms, 1)))

    gc.callbacks.append(on_gc)
    view = window.list_view
    bar = view.verticalScrollBar()
    step = max(1, bar.pageStep())
    frames: list[float] = []
    slow = 0
    while True:
        events.update(fetch=0, reads=0, gc=[])
        t = time.perf_counter()
        bar.setValue(bar.value() + step)
        view.viewport().repaint()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        ms = (time.perf_counter() - t) * 1000
        frames.append(ms)
        row = view.rowAt(0)
        if ms > over:
            slow += 1
            print(
                f"frame {len(frames):6} row {row:7} {ms:6.1f} ms  fetchMore {events['fetch']}"
                f"  reads {events['reads']}  gc {events['gc']}"
            )
        at_end = bar.value() >= bar.maximum() and not model.canFetchMore(QModelIndex())
        if row >= rows or at_end:
            break
    gc.callbacks.remove(on_gc)
    frames.sort()
    print(
        f"{len(frames)} frames to row {view.rowAt(0)}: median {statistics.median(frames):.1f} ms,"
        f" p99 {frames[int(len(frames) * 0.99) - 1]:.1f} ms, max {frames[-1]:.1f} ms,"
        f" {slow} over {over:.0f} ms"
    )
    window.shutdown(save=False)
    bridge.close()
    engine.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rows", type=int, default=60_000)
    parser.add_argument("--over", type=float, default=25.0, help="print frames slower (ms)")
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() before scrolling")
    args = parser.parse_args()
    probe(args.folder, args.rows, args.over, args.freeze)


if __name__ == "__main__":
    main()
