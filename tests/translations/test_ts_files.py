"""The .ts files: one per shipped language, up to date with the code, every message
translated with the plural forms lrelease expects and the source's placeholders."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.translations.conftest import REPO, TS_DIR, i18n

LANGUAGES = ("en", "ru", "kk", "uk", "uz", "ka")


def test_a_file_per_shipped_language() -> None:
    assert tuple(i18n.LANGUAGES) == LANGUAGES
    for lang in LANGUAGES:
        assert i18n.ts_path(lang).is_file(), f"{lang} has no .ts file"


def test_the_files_are_up_to_date_with_the_code(refreshed: Path) -> None:
    """Messages the code added or dropped since the last `./omni translations`."""
    for lang in LANGUAGES:
        committed = {m.key for m in i18n.read(i18n.ts_path(lang))}
        current = {m.key for m in i18n.read(i18n.ts_path(lang, refreshed))}
        new, gone = sorted(current - committed), sorted(committed - current)
        assert not new and not gone, (
            f"{lang}: run ./omni translations (new: {new[:5]}, gone: {gone[:5]})"
        )


def test_every_message_is_translated_and_well_formed(refreshed: Path) -> None:
    problems = i18n.check(refreshed)
    assert not problems, f"{len(problems)} problems, first: " + "\n".join(problems[:20])


def test_english_holds_only_plural_forms() -> None:
    messages = i18n.read(i18n.ts_path("en"))
    assert messages and all(m.numerus for m in messages)


def test_plural_form_counts_are_the_ones_lupdate_writes(tmp_path: Path) -> None:
    """Qt's own rules decide the number of forms: a fresh file says how many it wants."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QObject\n\n\nclass Probe(QObject):\n"
        "    def f(self, n: int) -> str:\n        return self.tr('%n item(s)', '', n)\n"
    )
    for lang, locale in i18n.LANGUAGES.items():
        ts = tmp_path / f"probe_{lang}.ts"
        lupdate = i18n.tool("pyside6-lupdate")
        command = [lupdate, str(probe), "-silent", "-target-language", locale, "-ts", str(ts)]
        subprocess.run(command, check=True)
        (message,) = i18n.read(ts)
        assert len(message.translations) == i18n.NUMERUS_FORMS[lang], lang
    assert i18n.NUMERUS_FORMS["ru"] == i18n.NUMERUS_FORMS["uk"] == 3


def test_the_checks_catch_broken_translations() -> None:
    source = "Reply to {0} by {1}…"
    swapped = i18n.Message("C", source, translations=["Ответ {0}"], finished=True)
    assert any("placeholders" in p for p in i18n.problems(swapped, "ru"))
    plural = i18n.Message("C", "%n new", numerus=True, translations=["%n", "%n"], finished=True)
    assert any("plural forms" in p for p in i18n.problems(plural, "ru"))
    lost_key = i18n.Message("C", "&1  In one hour", translations=["Через час"], finished=True)
    assert any("accelerator" in p for p in i18n.problems(lost_key, "ru"))
    tags = i18n.Message("C", "<b>{0}</b> wrote", translations=["{0} написал"], finished=True)
    assert any("rich-text" in p for p in i18n.problems(tags, "ru"))
    empty = i18n.Message("C", "Send", translations=[""], finished=False)
    assert i18n.problems(empty, "kk") == ["kk [C] 'Send': not translated"]


def test_merge_writes_translations_and_refuses_bad_ones(tmp_path: Path) -> None:
    for lang in LANGUAGES:
        target = i18n.ts_path(lang, tmp_path)
        target.write_bytes(i18n.ts_path(lang).read_bytes())
    some = next(
        m
        for m in i18n.read(i18n.ts_path("ru", tmp_path))
        if "{0}" in m.source and "<" not in m.source
    )
    plain = next(m for m in i18n.read(i18n.ts_path("ru", tmp_path)) if not m.numerus)
    report = i18n.merge(
        {
            "ru": {
                "messages": [
                    {"context": some.context, "source": some.source, "translation": "без места"},
                    {"context": plain.context, "source": plain.source, "translation": "Проба"},
                ]
            }
        },
        ts_dir=tmp_path,
    )
    assert report["ru"]["written"] >= 1 and len(report["ru"]["refused"]) == 1
    again = {m.key: m for m in i18n.read(i18n.ts_path("ru", tmp_path))}
    assert again[plain.key].translations == ["Проба"] and again[plain.key].finished
    assert again[some.key].translations == some.translations  # the bad one left as it was


def test_the_tool_lists_pending_messages_as_json(refreshed: Path) -> None:
    pending = i18n.pending(ts_dir=refreshed, everything=True)
    assert set(pending) == set(LANGUAGES)
    ru = pending["ru"]
    assert ru["plural_forms"] == 3 and ru["language"] == "ru_RU"
    plural = next(m for m in ru["messages"] if isinstance(m["translation"], list))
    assert len(plural["translation"]) == 3


def test_the_readme_documents_the_workflow() -> None:
    readme = (TS_DIR / "README.md").read_text(encoding="utf-8")
    for word in ("./omni translations", "pending", "merge", "check", "QT_TRANSLATE_NOOP"):
        assert word in readme
    assert (REPO / "omni").read_text(encoding="utf-8").count("translations)") == 1
