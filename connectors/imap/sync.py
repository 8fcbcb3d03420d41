"""The folder sync: what changed in each folder since the cursor, as a bounded batch of events.

Per folder, per pull:
1. STATUS (UIDVALIDITY, UIDNEXT, MESSAGES, HIGHESTMODSEQ): a changed UIDVALIDITY emits Reset
   and starts the folder over (the store dedups by Message-ID: nothing doubles, nothing is
   lost); an unchanged folder costs nothing more.
2. Flag changes of messages already handed over (UID <= last_uid): with CONDSTORE,
   ``UID FETCH 1:last (FLAGS) (CHANGEDSINCE m [VANISHED])``; without, ``UID FETCH 1:last
   (FLAGS)`` compared with the seen/answered sets kept in the cursor (small folders only).
   Changes become MessageChanged(seen, answered). Expunged messages are only logged: a
   support desk keeps its history.
3. New messages (UID > last_uid), oldest first, whole (BODY.PEEK[] + FLAGS + INTERNALDATE),
   at most ``Budget.messages`` and about ``Budget.bytes`` per pull; ``more`` says the rest
   comes in the next pull. Text first: a message over ``ImapSettings.lazy_threshold`` comes
   without its parts over it (lazy.py, batched per pull): the text is there at once, the
   attachments follow (download.py: in the background or when opened).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field

from omniinbox.connector import TransientError
from omniinbox.domain import Event, MessageChanged, NewMessage, Reset

from . import lazy, mime
from .convert import PER_MESSAGE, POOL_MIN
from .cursor import FolderState, encode_uids
from .folder_state import STATUS_MAX_AGE, backlog_in, estimate_remaining, folder_status
from .session import Session
from .wire import (
    FetchData,
    clear_vanished,
    flag_names,
    take_vanished,
    uid_fetch,
    uid_fetch_ahead,
)

log = logging.getLogger(__name__)

# Of a big batch's parsing, what the second process takes. This process also reads and
# tokenises the IMAP responses and (on the ingest thread) feeds SQLite, so an even split left
# the worker idle: 20k messages, 17.0-17.2 s usable at 0.5, 14.9-15.5 s at 0.7, 18-18.6 at 0.85.
WORKER_SHARE = 0.7
FLAG_SCAN_LIMIT = 5000  # without CONDSTORE, flags are compared only in folders this small
SEEN, ANSWERED = "\\Seen", "\\Answered"
ID_HEADER = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"
SIZES_AHEAD = 5  # pulls whose message sizes one FETCH asks for
ID_KEY = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"


@dataclass(frozen=True, slots=True)
class Budget:
    messages: int = 200
    bytes: int = 25_000_000


@dataclass(slots=True)
class SyncResult:
    events: list[Event] = field(default_factory=list)
    states: dict[str, FolderState] = field(default_factory=dict)
    more: bool = False
    done: int = 0
    total: int = 0


Convert = Callable[[bytes, str, FetchData], NewMessage]
ConvertMany = Callable[[Sequence[tuple[bytes, str, FetchData]]], list[NewMessage]]
# Starts converting (in another process) and returns what gives the events when wanted.
ConvertLater = Callable[[Sequence[tuple[bytes, str, FetchData]]], Callable[[], list[NewMessage]]]


def sync(
    session: Session,
    roles: Sequence[tuple[str, str]],
    states: dict[str, FolderState],
    convert: Convert,
    budget: Budget = Budget(),
    convert_many: ConvertMany | None = None,
    convert_later: ConvertLater | None = None,
) -> SyncResult:
    """One pull over the folders, in order, within the budget. ``convert_many`` converts the
    whole messages of a batch at once, ``convert_later`` starts converting a batch's first
    half while the second is fetched (convert.ParsePool); by default one by one, here."""
    result = SyncResult()
    left = budget.messages
    going_on = backlog_in(session, states, [folder for folder, _ in roles])
    if going_on is None:
        session.unselect()
    for folder, role in roles:
        state = states.get(folder)
        # Out of budget, or before the folder whose backlog goes on (nothing was left there
        # when the backlog began; its news wait until the backlog is in): keep the folder's
        # place, estimate its progress.
        if left <= 0 or (going_on is not None and folder != going_on):
            status = folder_status(session, folder, max_age=STATUS_MAX_AGE)
            unseen = estimate_remaining(status, state)
            result.total += status.get("MESSAGES", 0)
            result.done += max(0, status.get("MESSAGES", 0) - unseen)
            result.more = result.more or unseen > 0
            if state is not None:
                result.states[folder] = state
            continue
        folder_sync = FolderSync(session, folder, role, state, convert, convert_many, convert_later)
        if folder == going_on:
            taken, remaining = folder_sync.go_on(left, budget.bytes)
            going_on = None
        else:
            taken, remaining = folder_sync.run(left, budget.bytes)
        left -= taken
        result.events.extend(folder_sync.events)
        result.states[folder] = folder_sync.state
        result.total += folder_sync.messages
        result.done += max(0, folder_sync.messages - remaining)
        result.more = result.more or remaining > 0 or folder_sync.check_again
    return result


class FolderSync:
    """One folder's part of a pull. ``events`` and ``state`` are read after ``run``."""

    def __init__(
        self,
        session: Session,
        folder: str,
        role: str,
        state: FolderState | None,
        convert: Convert,
        convert_many: ConvertMany | None = None,
        convert_later: ConvertLater | None = None,
    ) -> None:
        self.session = session
        self.convert_many = convert_many or (lambda jobs: [convert(*job) for job in jobs])
        many = self.convert_many
        self.convert_later = convert_later or (lambda jobs: lambda: many(jobs))
        self.split = convert_later is not None
        self.client = session.client
        self.folder = folder
        self.role = role
        self.old = state
        self.convert = convert
        self.events: list[Event] = []
        self.messages = 0
        self.uidnext = 0  # as the SELECT saw it: every UID below is taken or expunged
        self.state = state or FolderState(0)
        self.check_again = False  # set when a backlog ended: the pull says more is coming

    def go_on(self, max_messages: int, max_bytes: int) -> tuple[int, int]:
        """The next batch of the backlog the last pull left here (see ``folder_state.backlog_in``)."""
        _, self.uidnext, self.messages = self.session.backlog[self.folder]
        taken, remaining = self._new_messages(max_messages, max_bytes)
        # The backlog is in: one whole pull (STATUS, flags, new mail) before "caught up".
        self.check_again = remaining == 0
        return taken, remaining

    def run(self, max_messages: int, max_bytes: int) -> tuple[int, int]:
        """Returns (messages taken, messages still waiting after this pull)."""
        self.session.backlog.pop(self.folder, None)
        status = folder_status(self.session, self.folder)
        self.messages = status.get("MESSAGES", 0)
        uidvalidity = status["UIDVALIDITY"]
        if self.old is None or self.old.uidvalidity != uidvalidity:
            self.session.sizes.pop(self.folder, None)
            if self.old is not None:
                self._reset(self.old.uidvalidity, uidvalidity)
            self.state = FolderState(uidvalidity)
            if not self.session.condstore:  # remember flags from the start, to compare later
                self.state.seen, self.state.answered = set(), set()
        st = self.state
        modseq = status.get("HIGHESTMODSEQ", 0)
        new_possible = status.get("UIDNEXT", st.last_uid + 2) > st.last_uid + 1
        if self.session.condstore:
            flags_possible = st.last_uid > 0 and modseq > st.highestmodseq
        else:
            flags_possible = st.last_uid > 0 and st.seen is not None
        if not (new_possible or flags_possible):
            st.highestmodseq = max(st.highestmodseq, modseq)  # nothing of ours changed
            return 0, 0
        selected = self.session.select(self.folder)
        if int(selected.get(b"UIDVALIDITY", uidvalidity)) != uidvalidity:
            raise TransientError(f"the folder {self.folder} was renumbered during the sync")
        self.uidnext = int(selected.get(b"UIDNEXT", 0))
        if flags_possible:
            if self.session.condstore:
                self._changes_since(st.highestmodseq)
            else:
                self._changes_by_comparison()
        if self.session.condstore:
            st.highestmodseq = max(st.highestmodseq, modseq)
        if not new_possible:
            return 0, 0
        return self._new_messages(max_messages, max_bytes)

    # --- UIDVALIDITY --------------------------------------------------------------------------

    def _reset(self, old: int, new: int) -> None:
        log.warning("UIDVALIDITY of %s changed (%s -> %s): resyncing it", self.folder, old, new)
        self.events.append(
            Reset(
                f"the server renumbered the folder {self.folder} (UIDVALIDITY {old} -> {new}); "
                "it is read again and messages already stored are kept once"
            )
        )

    # --- flag changes ---------------------------------------------------------------------

    def _changes_since(self, modseq: int) -> None:
        """CONDSTORE: only what changed after ``modseq``; QRESYNC also names the expunged."""
        modifiers = [f"CHANGEDSINCE {modseq}"]
        if "QRESYNC" in self.session.enabled:
            modifiers.append("VANISHED")
            clear_vanished(self.client)
        changed = uid_fetch(
            self.client, f"1:{self.state.last_uid}", ["UID", "FLAGS", ID_HEADER], modifiers
        )
        vanished = take_vanished(self.client) if len(modifiers) > 1 else set()
        if vanished:
            log.info(
                "%d message(s) were expunged from %s; kept locally", len(vanished), self.folder
            )
        self._emit_changes(
            {uid: flag_names(d.get(b"FLAGS", ())) for uid, d in changed.items()},
            {uid: d.get(ID_KEY, b"") for uid, d in changed.items()},
        )

    def _changes_by_comparison(self) -> None:
        """No CONDSTORE: compare the flags now with the sets remembered in the cursor."""
        st = self.state
        assert st.seen is not None and st.answered is not None
        if self.messages > FLAG_SCAN_LIMIT:
            st.seen = st.answered = None  # too big to compare on every pull
            return
        now = uid_fetch(self.client, f"1:{st.last_uid}", ["UID", "FLAGS"])
        flags = {uid: flag_names(d.get(b"FLAGS", ())) for uid, d in now.items()}
        differ = [
            uid
            for uid, f in flags.items()
            if (SEEN in f) != (uid in st.seen) or (ANSWERED in f) != (uid in st.answered)
        ]
        headers: dict[int, bytes] = {}
        if differ:
            fetched = uid_fetch(self.client, _uid_set(differ), ["UID", ID_HEADER])
            headers = {uid: d.get(ID_KEY, b"") for uid, d in fetched.items()}
        self._emit_changes({uid: flags[uid] for uid in differ}, headers)
        st.seen = {uid for uid, f in flags.items() if SEEN in f}
        st.answered = {uid for uid, f in flags.items() if ANSWERED in f}

    def _emit_changes(self, flags: dict[int, set[str]], headers: dict[int, bytes]) -> None:
        ids = self._remote_ids(headers)
        for uid in sorted(flags):
            remote_id = ids.get(uid)
            if remote_id:
                self.events.append(
                    MessageChanged(
                        remote_id, seen=SEEN in flags[uid], answered=ANSWERED in flags[uid]
                    )
                )

    def _remote_ids(self, headers: dict[int, bytes]) -> dict[int, str]:
        """The same remote id the message got when it was new: its Message-ID, or for a
        message without a usable one, the id derived from all its bytes."""
        ids: dict[int, str] = {}
        whole: list[int] = []
        for uid, header in headers.items():
            found = mime.parse_message(bytes(header or b"") + b"\r\n").message_id
            if found.endswith("@omniinbox"):
                whole.append(uid)
            else:
                ids[uid] = found
        if whole:
            for uid, d in uid_fetch(self.client, _uid_set(whole), ["UID", "BODY.PEEK[]"]).items():
                ids[uid] = mime.parse_message(bytes(d.get(b"BODY[]", b""))).message_id
        return ids

    # --- new messages ---------------------------------------------------------------------

    def _new_messages(self, max_messages: int, max_bytes: int) -> tuple[int, int]:
        st = self.state
        waiting = self._waiting()
        if not waiting:  # what arrived was expunged again (e.g. moved by a spam filter)
            st.last_uid = max(st.last_uid, self.uidnext - 1)
            self.session.backlog.pop(self.folder, None)
            return 0, 0
        sizes = self._sizes(waiting, max_messages)
        threshold = self.session.settings.lazy_threshold
        chosen: list[int] = []
        large: set[int] = set()  # fetched without their big attachments
        total = 0
        for uid in waiting[:max_messages]:
            size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0))
            big = 0 < threshold < size
            cost = threshold if big else size  # what a big one costs before it is opened
            if chosen and total + cost > max_bytes:
                break
            chosen.append(uid)
            total += cost
            if big:
                large.add(uid)
        items = ["UID", "FLAGS", "INTERNALDATE", "BODY.PEEK[]"]
        if self.session.has("X-GM-EXT-1"):
            items.append("X-GM-THRID")
        whole = [uid for uid in chosen if uid not in large]
        # Two FETCHes when a second process parses: it starts on the first half while the
        # second half is still arriving (convert.ParsePool).
        first, second = self._worker_split(whole, sizes) if self.split else (whole, [])
        # The halves and the big ones' BODYSTRUCTUREs are asked for at once (pipelined): the
        # server prepares each answer while the one before is read and handed on.
        requests = [(_uid_set(uids), items) for uids in (first, second) if uids]
        if large:
            requests.append((_uid_set(large), list(lazy.STRUCTURE_ITEMS)))
        with closing(uid_fetch_ahead(self.client, requests)) as answers:
            fetched = next(answers) if first else {}
            first_order, first_jobs = self._jobs(first, fetched)
            pending = self.convert_later(first_jobs)
            if second:
                fetched.update(next(answers))
            structures = next(answers) if large else {}
        light: dict[int, tuple[NewMessage, FetchData]] = {}
        if large:
            light = lazy.fetch_light(
                self.session, self.folder, st.uidvalidity, self.role, structures, items,
                self.convert,
            )  # fmt: skip
        order, jobs = self._jobs(second, fetched)
        converted = dict(zip(order, self.convert_many(jobs), strict=True))
        converted.update(zip(first_order, pending(), strict=True))
        for uid in chosen:
            if uid in light:
                event, data = light[uid]
            elif uid in converted:
                event, data = converted[uid], fetched[uid]
            else:  # expunged between SEARCH and FETCH
                continue
            self.events.append(event)
            if st.seen is not None and st.answered is not None:
                flags = flag_names(data.get(b"FLAGS", ()))
                if SEEN in flags:
                    st.seen.add(uid)
                if ANSWERED in flags:
                    st.answered.add(uid)
        remaining = len(waiting) - len(chosen)
        st.last_uid = chosen[-1] if remaining else max(chosen[-1], self.uidnext - 1)
        if remaining:
            self.session.backlog[self.folder] = (st.uidvalidity, self.uidnext, self.messages)
        else:
            self.session.backlog.pop(self.folder, None)
        return len(chosen), remaining

    def _sizes(self, waiting: list[int], max_messages: int) -> dict[int, FetchData]:
        """RFC822.SIZE of the next ``max_messages`` waiting, asked for SIZES_AHEAD pulls at a
        time (one round trip, not one per pull) and kept on the session."""
        kept = self.session.sizes.setdefault(self.folder, {})
        if any(uid not in kept for uid in waiting[:max_messages]):
            ahead = waiting[: max_messages * SIZES_AHEAD]
            kept.clear()  # those taken are done: keep only what is ahead
            kept.update(uid_fetch(self.client, _uid_set(ahead), ["UID", "RFC822.SIZE"]))
        return kept

    def _jobs(
        self, uids: list[int], fetched: dict[int, FetchData]
    ) -> tuple[list[int], list[tuple[bytes, str, FetchData]]]:
        order = [uid for uid in uids if uid in fetched]  # not expunged meanwhile
        return order, [
            (bytes(fetched[u].get(b"BODY[]") or b""), self.role, fetched[u]) for u in order
        ]

    @staticmethod
    def _worker_split(uids: list[int], sizes: dict[int, FetchData]) -> tuple[list[int], list[int]]:
        """The messages the parsing process takes (WORKER_SHARE of the parsing work, counted
        as PER_MESSAGE + size), and those parsed here; one list when small."""
        if len(uids) < POOL_MIN:
            return uids, []
        cost = [PER_MESSAGE + int(sizes.get(u, {}).get(b"RFC822.SIZE", 0)) for u in uids]
        share, seen = sum(cost) * WORKER_SHARE, 0
        for i, weight in enumerate(cost):
            if seen + weight / 2 > share:
                return uids[:i], uids[i:]
            seen += weight
        return uids, []

    def _waiting(self) -> list[int]:
        """UIDs above last_uid, oldest first. What one pull found is kept on the session, so
        an initial sync of 100,000 messages searches once, not once per batch of 200; later
        pulls only search above what is kept."""
        st = self.state
        kept = self.session.pending.get(self.folder)
        if kept is not None and kept[0] == st.uidvalidity and kept[1] <= st.last_uid + 1:
            known = [uid for uid in kept[2] if uid > st.last_uid]
            start = max(kept[3], st.last_uid + 1)
        else:
            known, start = [], st.last_uid + 1
        if self.uidnext == 0 or self.uidnext > start:
            found = self.client.search(["UID", f"{start}:*"])
            known += sorted(uid for uid in found if uid >= start)  # n:* also matches the last
            start = max(start, self.uidnext, known[-1] + 1 if known else 0)
        self.session.pending[self.folder] = (st.uidvalidity, st.last_uid + 1, known, start)
        return known


def _uid_set(uids: Sequence[int] | set[int]) -> str:
    return encode_uids(set(uids))
