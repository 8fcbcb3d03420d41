"""Customer satisfaction: reading a survey answer as a score, and the store side of it.

A survey asks for one number from 1 to 5 after a resolution. An answer counts as a score when
its first line (quotes cut off) is one of: a bare digit ("5", "4!", "5, thanks"), a fraction
("5/5", "4 of 5", "4 из 5"), a keycap emoji ("5️⃣"), stars ("★★★★☆", "⭐⭐⭐"), a digit with
"stars" ("5 stars", "5 звёзд") or a number word in the six desk languages ("five", "пять",
"бес", "besh", "ხუთი"). Anything else is a normal message: it reopens the conversation for a
person to read. `parse_csat` is pure; it belongs with the domain and lives here until then.
"""

from __future__ import annotations

import re
from datetime import datetime

from omniinbox.domain import Direction, NewMessage
from omniinbox.domain.clock import to_iso
from omniinbox.store.core import ChangeSet, StoreBase, StoreError

_QUOTE_HEADER = re.compile(
    r"^\s*(>|-{2,}\s*original|on .{3,80} wrote:?$|.{0,80}(написал|написав)\S*:$)",
    re.IGNORECASE,
)
_KEYCAP = re.compile(r"([1-5])\ufe0f?\u20e3")
_OUT_OF = r"(?:/|из|of|out of|з|із|dan|-?დან)"
_STAR_WORDS = (
    r"(?:stars?|звезд[аы]?|звёзд[аы]?|зв[іе]зд[иок]*|зірк[аиок]*|жұлдыз|yulduz|ვარსკვლავი)"
)
_DIGIT = re.compile(
    rf"^([1-5])(?:[.,]0)?\s*(?:{_OUT_OF}\s*5(?:[.,]0)?)?\s*(?:{_STAR_WORDS})?\s*(?:$|[^\w\s/](?!\d))",
    re.IGNORECASE,
)
_FILLED = "★⭐🌟"
_EMPTY = "☆✩"
_WORDS = {
    1: "one один одна одну один бір bir ერთი",
    2: "two два две дві екі ikki ორი",
    3: "three три үш uch სამი",
    4: "four четыре чотири төрт toʻrt to'rt toʼrt tort ოთხი",
    5: "five пять п'ять пʼять п’ять бес besh ხუთი",
}
_WORD_SCORES = {word: score for score, words in _WORDS.items() for word in words.split()}


def _first_line(text: str) -> str:
    for line in (text or "").splitlines():
        if _QUOTE_HEADER.match(line):
            break
        if line.strip():
            return line.strip()
    return ""


def parse_csat(text: str) -> int | None:
    """The 1-5 score an answer gives, or None when it is not a survey answer."""
    line = _KEYCAP.sub(r"\1", _first_line(text)).replace("\ufe0f", "")
    if not line:
        return None
    stars = sum(line.count(ch) for ch in _FILLED)
    if stars and not line.strip(_FILLED + _EMPTY + " /"):
        return stars if 1 <= stars <= 5 else None
    found = _DIGIT.match(line)
    if found:
        return int(found.group(1))
    words = re.findall(r"[^\W\d_]+(?:['’ʼʻ][^\W\d_]+)?", line.casefold())
    if 1 <= len(words) <= 3:
        scores = {_WORD_SCORES[w] for w in words if w in _WORD_SCORES}
        others = [w for w in words if w not in _WORD_SCORES and not re.fullmatch(_STAR_WORDS, w)]
        if len(scores) == 1 and not others:
            return scores.pop()
    return None


class DeskCsatMixin(StoreBase):
    def csat_pending(self, conversation_id: int) -> bool:
        """Resolved, surveyed after its latest resolution, and not scored yet."""
        return bool(
            self.scalar(
                "SELECT 1 FROM conversations c WHERE c.id = ? AND c.status = 'resolved' "
                "AND c.csat IS NULL AND EXISTS (SELECT 1 FROM messages m WHERE "
                "m.conversation_id = c.id AND m.direction = 'out' AND m.automatic = 'csat' "
                "AND m.sent_at >= c.resolved_at)",
                (conversation_id,),
            )
        )

    def csat_awaited(self, conversation_id: int, at: datetime) -> bool:
        """Not scored, and surveyed before ``at`` with no agent reply since the survey (a
        score is read even when a later message reopened the conversation meanwhile)."""
        return bool(
            self.scalar(
                "SELECT 1 FROM conversations c JOIN messages s ON s.conversation_id = c.id "
                "WHERE c.id = ? AND c.csat IS NULL AND s.direction = 'out' "
                "AND s.automatic = 'csat' AND s.sent_at <= ? AND NOT EXISTS (SELECT 1 FROM "
                "messages r WHERE r.conversation_id = c.id AND r.direction = 'out' "
                "AND r.automatic = '' AND r.sent_at > s.sent_at)",
                (conversation_id, to_iso(at)),
            )
        )

    def desk_keeps_status(self, conversation_id: int, msg: NewMessage) -> bool:
        """A survey answer is scored without reopening the conversation (used by ingest); so
        is a second answer to the same survey (a button pressed twice, "5" after "4")."""
        if msg.direction is not Direction.IN or parse_csat(msg.text) is None:
            return False
        return self.csat_pending(conversation_id) or self._answers_survey(
            conversation_id, msg.replies_to
        )

    def _answers_survey(self, conversation_id: int, replies_to: tuple[str, ...]) -> bool:
        """The message replies to the survey sent after the conversation's latest resolution."""
        if not replies_to:
            return False
        marks = ",".join("?" * len(replies_to))
        return bool(
            self.scalar(
                "SELECT 1 FROM conversations c JOIN messages m ON m.conversation_id = c.id "
                "WHERE c.id = ? AND c.status = 'resolved' AND m.direction = 'out' "
                f"AND m.automatic = 'csat' AND m.sent_at >= c.resolved_at "
                f"AND m.remote_id IN ({marks}) LIMIT 1",
                (conversation_id, *replies_to),
            )
        )

    def set_csat(self, conversation_id: int, score: int | None, actor: str = "") -> ChangeSet:
        if score is not None and not 1 <= score <= 5:
            raise StoreError(f"a satisfaction score is 1 to 5, not {score}")
        with self.tx():
            self.db.execute(
                "UPDATE conversations SET csat = ? WHERE id = ?", (score, conversation_id)
            )
            self.audit("conversation.csat", str(conversation_id), str(score), actor)
        return ChangeSet({conversation_id})

    def csat_surveyed(self, conversation_id: int) -> bool:
        return bool(
            self.scalar(
                "SELECT 1 FROM messages WHERE conversation_id = ? AND direction = 'out' "
                "AND automatic = 'csat' LIMIT 1",
                (conversation_id,),
            )
        )
