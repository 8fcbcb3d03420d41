"""A small, dependency-free guess at the language of a customer's message, for the six languages
the desk ships templates in: en, ru, kk, uk, uz, ka.

Script first, then distinctive letters, then a few very common words:
- Georgian script -> ka;
- Cyrillic: ә ң ө ұ ү һ (and ғ қ without Uzbek ў ҳ) -> kk; ў ҳ -> uz (Uzbek in Cyrillic);
  ї є ґ -> uk; і is shared by Kazakh and Ukrainian, so і with ы leans kk and і alone uk;
  ы э ъ ё and Russian function words -> ru; plain Cyrillic -> ru;
- Latin: oʻ gʻ (any apostrophe), q not followed by u, and Uzbek words -> uz; otherwise en.
Quoted lines (starting with ">"), URLs and e-mail addresses are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTED = re.compile(r"^\s*>.*$", re.MULTILINE)
_NOISE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼʻ‘`][^\W\d_]+)*")

_KK_STRONG = "әңөұүһӘҢӨҰҮҺ"
_KK_UZ_SHARED = "ғқҒҚ"
_UZ_CYR = "ўҳЎҲ"
_UK_STRONG = "їєґЇЄҐ"
_SHARED_I = "іІ"
_RU_LETTERS = "ыэъёЫЭЪЁ"
# Kazakh, shared Kazakh/Uzbek, Uzbek, Ukrainian, і, Russian: the order _cyrillic reads them in.
_MARKERS = tuple(
    re.compile(f"[{letters}]")
    for letters in (_KK_STRONG, _KK_UZ_SHARED, _UZ_CYR, _UK_STRONG, _SHARED_I, _RU_LETTERS)
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_RU_WORDS = _words(
    "что это как когда где почему нужно можно пожалуйста спасибо здравствуйте добрый "
    "мне меня мой моя мы вы ещё еще уже или но если был была было они он она "
    "заказ заказа деньги получил пришёл пришел нет да только очень хочу"
)
_UK_WORDS = _words(
    "що це як коли де чому треба потрібно можна будь ласка дякую вітаю доброго "
    "мені мене мій моя ми ви ще вже або але якщо був була було вони він вона "
    "замовлення гроші отримав прийшло ні тільки дуже хочу"
)
_UZ_WORDS = _words(
    "va men siz sizga sizning bilan uchun rahmat assalomu alaykum salom buyurtma buyurtmam "
    "qachon kerak emas bor ham bu nima qanday iltimos mahsulot pul yetkazib berish kuni bugun "
    "ertaga yaxshi xizmat menga mening qildim keldi kelmadi yoʻq hali qayerda nega"
)
_EN_WORDS = _words(
    "the and to of is are was my i you your it this that for on in with please thanks thank "
    "hello hi order not have has can when where why would could"
)
# oʻ gʻ; with a plain apostrophe, not an English ending ("dog's", "don't", "we'll").
_UZ_OG = re.compile(r"[oOgG](?:[ʻ‘]|['’`ʼ](?!(?:s|t|d|m|ll|re|ve)\b))(?=\w)")
_UZ_Q = re.compile(r"[qQ](?![uU])")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # en, ru, kk, uk, uz, ka
    confidence: float  # 0..1; below 0.5 treat as a hint only

    @property
    def reliable(self) -> bool:
        return self.confidence >= 0.5


def _clean(text: str) -> str:
    return _NOISE.sub(" ", _QUOTED.sub(" ", text))


_GEORGIAN = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
_LATIN = re.compile(
    "(?![\u0250-\U0010ffff\u00b2\u00b3\u00b9\u00bc-\u00be])[^\\W\\d_]"
)  # a letter below U+0250


def _script_counts(text: str) -> tuple[int, int, int]:
    """Letters per script, counted by regular expressions (a loop per character was a sixth
    of the time spent parsing mail)."""
    return (
        len(_GEORGIAN.findall(text)),
        len(_CYRILLIC.findall(text)),
        len(_LATIN.findall(text)),
    )


def _sure(evidence: float, share: float) -> float:
    """More evidence -> closer to 1, scaled by how much of the text is in the script."""
    return round(min(0.99, (0.5 + 0.5 * (1 - 0.6**evidence)) * share), 3)


def _cyrillic(text: str, words: list[str], share: float) -> LanguageGuess:
    kk, shared, uz, uk, i, ru = (len(letters.findall(text)) for letters in _MARKERS)
    ru_words = sum(w in _RU_WORDS for w in words)
    uk_words = sum(w in _UK_WORDS for w in words) + sum("'" in w or "’" in w for w in words)
    scores = {
        "kk": 3 * kk + shared * (0 if uz else 1.5) + (i if ru or kk or shared else 0),
        "uz": 3 * uz + (shared * 1.5 if uz else 0),
        "uk": 3 * uk + (0 if ru or kk or shared else 1.5 * i) + 2 * uk_words,
        "ru": 1.5 * ru + 2 * ru_words,
    }
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0:
        return LanguageGuess("ru", round(0.55 * share, 3))  # plain Cyrillic, no marker at all
    margin = ranked[0] - ranked[1]
    return LanguageGuess(best, _sure(margin, share))


def _latin(text: str, words: list[str], share: float) -> LanguageGuess:
    og = len(_UZ_OG.findall(text))
    q = len(_UZ_Q.findall(text))
    uz_words = sum(
        w.replace("'", "ʻ").replace("‘", "ʻ").replace("’", "ʻ") in _UZ_WORDS for w in words
    )
    en_words = sum(w in _EN_WORDS for w in words)
    uz = 2 * og + q + 2 * uz_words
    en = 2 * en_words
    if uz > en:
        return LanguageGuess("uz", _sure(uz - en, share))
    if en:
        return LanguageGuess("en", _sure(en - uz, share))
    return LanguageGuess("en", round(0.3 * share, 3))


def guess_language(text: str) -> LanguageGuess:
    """The likely language of ``text`` among en, ru, kk, uk, uz, ka (English when unsure)."""
    text = _clean(text or "")
    georgian, cyrillic, latin = _script_counts(text)
    letters = georgian + cyrillic + latin
    if not letters:
        return LanguageGuess("en", 0.0)
    words = [w.casefold() for w in _WORD.findall(text)]
    if georgian >= max(cyrillic, latin):
        return LanguageGuess("ka", round(min(0.99, georgian / letters), 3))
    if cyrillic >= latin:
        return _cyrillic(text, words, cyrillic / letters)
    return _latin(text, words, latin / letters)
