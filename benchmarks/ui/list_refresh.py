"""What refreshing the conversation list after a change-set costs on the GUI thread, on a
list of 300,000 ids fully exposed in the real table view, with a current row: for 1, 10
and 1,000 rows moving to the top, joining or leaving. Then the longest frame while the list
scrolls a page every 16 ms and the refresh happens on the way (the plan made on the other
thread still holds the interpreter lock, which the GUI thread needs to paint, in turns).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui/list_refresh.py [--ids 300000]

"plan on the GUI" is ``update_ids``: the plan made and applied on the GUI thread (what the
list did with every change-set before the plan moved to the reader). "plan from the reader"
is what the list pane does now: the plan made on another thread (its time is shown apart)
and ``apply_diff`` on the GUI thread. Both include freeing the old list and a row looked
up afterwards (as the next change-set does). Each figure is the best of three runs (the
machine may be busy), in milliseconds.
"""

from __future__ import annotations

import argparse
import gc
import random
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QEventLoop, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QApplication

from omniinbox.ui.conversation_list import ConversationList
from omniinbox.ui.conversation_model import ConversationListModel
from omniinbox.ui.list_diff import diff, listing
from omniinbox.workspace import Workspace

SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def changed(kind: str, count: int, size: int) -> tuple[list[int], list[int]]:
    rnd = random.Random(count)
    old = list(range(1, size + 1))
    if kind == "top":  # new messages: to the top
        picked = rnd.sample(old[10:], count)
        chosen = set(picked)
        return old, picked + [cid for cid in old if cid not in chosen]
    if kind == "leave":
        gone = set(rnd.sample(old, count))
        return old, [cid for cid in old if cid not in gone]
    new = list(old)  # join: woken from snooze, in their place
    for j in range(count):
        new.insert(rnd.randrange(len(new)), size + 1 + j)
    return old, new


def as_read(ids: list[int]) -> list[int]:
    return [int(str(cid)) for cid in ids]  # new int objects, as a read from SQLite gives


class Bench:
    def __init__(self) -> None:
        self.app = QApplication.instance() or QApplication([])
        self.store = Workspace.at(tempfile.mkdtemp(prefix="omniinbox-bench-")).open_store()
        self.model = ConversationListModel(self.store)
        self.view = ConversationList(self.model)
        self.view.resize(800, 600)
        self.view.show()
        self.other = ThreadPoolExecutor(1)  # the reader's part

    def ready(self, old: list[int]) -> None:
        self.model.show(listing(old), lambda _row: True)
        while self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.view.selectionModel().setCurrentIndex(self.model.index(5, 0), SELECT)
        self.app.processEvents()
        gc.collect()

    def on_gui(self, old: list[int], new: list[int]) -> float:
        self.ready(old)
        fresh = as_read(new)
        return timed(lambda: self.settle(self.model.update_ids(fresh), new))

    def from_reader(self, old: list[int], new: list[int]) -> tuple[float, float]:
        self.ready(old)
        fresh = as_read(new)
        start = time.perf_counter()
        plan = self.other.submit(diff, self.model.base(), fresh).result()
        made = (time.perf_counter() - start) * 1e3
        del fresh
        return made, timed(lambda: self.settle(self.model.apply_diff(plan), new))

    def settle(self, _result: object, new: list[int]) -> None:
        """What follows a refresh: a row on screen looked up (as the next change-set does)."""
        self.model.row_of(new[5])

    def longest_frame(self, old: list[int], new: list[int], *, on_gui: bool) -> float:
        """Scroll a page a frame; at frame 10 the refresh starts. The longest frame, ms."""
        self.ready(old)
        bar = self.view.verticalScrollBar()
        bar.setValue(0)
        fresh, pending, frames = as_read(new), None, []
        for frame in range(40):
            start = time.perf_counter()
            bar.setValue(bar.value() + 600)
            self.view.viewport().repaint()
            if frame == 10 and on_gui:
                self.model.update_ids(fresh)
            elif frame == 10:
                pending = self.other.submit(diff, self.model.base(), fresh)
            if pending is not None and pending.done():
                self.model.apply_diff(pending.result())
                pending = None
            self.app.processEvents()
            frames.append((time.perf_counter() - start) * 1e3)
            self.idle_until(start + 0.016)
        assert self.model.ids() == new
        return max(frames)

    def idle_until(self, end: float) -> None:
        while time.perf_counter() < end:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
            time.sleep(0.001)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ids", type=int, default=300_000)
    args = parser.parse_args()
    bench = Bench()
    print(f"{'change':14}{'plan on the GUI':>17}{'plan from the reader':>22}{'(reader)':>11}")
    for kind in ("top", "join", "leave"):
        for count in (1, 10, 1000):
            old, new = changed(kind, count, args.ids)
            gui = min(bench.on_gui(old, new) for _ in range(3))
            made, applied = min((bench.from_reader(old, new) for _ in range(3)), key=lambda r: r[1])
            label = f"{count:,} {kind}"
            print(f"{label:14}{gui:>14.1f} ms{applied:>19.2f} ms{made:>8.0f} ms")
            bench.other.submit(gc.collect).result()
    print(f"\n{'longest frame':14}{'plan on the GUI':>17}{'plan from the reader':>22}")
    for kind in ("top", "join", "leave"):
        for count in (1, 10, 1000):
            old, new = changed(kind, count, args.ids)
            gui = min(bench.longest_frame(old, new, on_gui=True) for _ in range(3))
            reader = min(bench.longest_frame(old, new, on_gui=False) for _ in range(3))
            print(f"{f'{count:,} {kind}':14}{gui:>14.1f} ms{reader:>19.1f} ms")


if __name__ == "__main__":
    main()
