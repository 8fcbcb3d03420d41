"""The translation workflow: refresh the .ts files from the code, list what is left to
translate as JSON, merge translated JSON back, and check the files (see ../README.md).

    python resources/translations/tools/i18n.py refresh            # pyside6-lupdate, all six
    python resources/translations/tools/i18n.py pending -o todo.json
    python resources/translations/tools/i18n.py merge done.json
    python resources/translations/tools/i18n.py check              # exit 1 when incomplete

The .ts files are the source of truth: the build turns them into .qm (./omni).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

TS_DIR = Path(__file__).resolve().parents[1]
REPO = TS_DIR.parents[1]
PREFIX = "omniinbox"
# Language code -> the locale written into the .ts (lrelease takes its plural rules from it).
# Uzbek is the Latin script; the file is omniinbox_uz, which QTranslator finds for "uz",
# "uz_UZ" and "uz_Latn_UZ" alike.
LANGUAGES = {
    "en": "en_US",
    "ru": "ru_RU",
    "kk": "kk_KZ",
    "uk": "uk_UA",
    "uz": "uz_Latn_UZ",
    "ka": "ka_GE",
}
# Plural forms lrelease expects (Qt's numerus rules): one/few/many for Russian and Ukrainian;
# singular/plural for the others (Kazakh, Uzbek and Georgian nouns stay singular after a
# number, so their two forms are usually the same words).
NUMERUS_FORMS = {"en": 2, "ru": 3, "kk": 2, "uk": 3, "uz": 2, "ka": 2}

_PLACEHOLDER = re.compile(r"%L?\d|%n|\{\w*\}")
_ACCELERATOR = re.compile(r"(?<!&)&(?![&\s]|#?\w+;)")
_TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=list)
    finished: bool = False
    location: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def ts_path(lang: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"{PREFIX}_{lang}.ts"


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's virtualenv, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources(repo: Path = REPO) -> list[Path]:
    """Every Python file of the application (lupdate skips those without Qt strings)."""
    return sorted((repo / "omniinbox").rglob("*.py"))


def refresh(ts_dir: Path = TS_DIR, repo: Path = REPO) -> None:
    """Run lupdate over the sources into every language's .ts, keeping what is translated
    and dropping what the code no longer has. English holds only the plural forms."""
    files = [str(p) for p in sources(repo)]
    for lang, locale in LANGUAGES.items():
        extra = ["-pluralonly"] if lang == "en" else []
        command = [tool("pyside6-lupdate"), *files, "-silent", "-no-obsolete", *extra]
        command += ["-target-language", locale, "-ts", str(ts_path(lang, ts_dir))]
        subprocess.run(command, check=True, capture_output=True, text=True)


def read(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            translation = node.find("translation")
            numerus = node.get("numerus") == "yes"
            texts: list[str] = []
            kind = ""
            if translation is not None:
                kind = translation.get("type", "")
                if numerus:
                    texts = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    texts = [translation.text or ""]
            where = node.find("location")
            location = ""
            if where is not None:
                location = f"{where.get('filename', '').lstrip('./')}:{where.get('line', '')}"
            found.append(
                Message(
                    context=name,
                    source=node.findtext("source") or "",
                    comment=node.findtext("comment") or "",
                    numerus=numerus,
                    translations=texts,
                    finished=kind == "" and bool(texts) and all(texts),
                    location=location,
                )
            )
    return found


def _tags(text: str) -> list[str]:
    return sorted(t.lower() for t in _TAG.findall(text))


def problems(message: Message, lang: str) -> list[str]:
    """Why a message is not ready in ``lang``: untranslated, wrong plural forms, or a
    translation whose placeholders, accelerator or rich-text tags differ from the source."""
    where = f"{lang} [{message.context}] {message.source!r}"
    if not message.finished:
        return [f"{where}: not translated"]
    out = []
    if message.numerus and len(message.translations) != NUMERUS_FORMS[lang]:
        forms = len(message.translations)
        out.append(f"{where}: {forms} plural forms, {lang} needs {NUMERUS_FORMS[lang]}")
    want = Counter(_PLACEHOLDER.findall(message.source))
    for text in message.translations:
        if Counter(_PLACEHOLDER.findall(text)) != want:
            out.append(f"{where}: placeholders differ in {text!r}")
        if bool(_ACCELERATOR.search(message.source)) != bool(_ACCELERATOR.search(text)):
            out.append(f"{where}: the &-accelerator is missing or extra in {text!r}")
        if _tags(message.source) != _tags(text):
            out.append(f"{where}: rich-text tags differ in {text!r}")
    return out


def check(ts_dir: Path = TS_DIR) -> list[str]:
    out = []
    for lang in LANGUAGES:
        path = ts_path(lang, ts_dir)
        if not path.exists():
            out.append(f"{path.name} is missing")
            continue
        for message in read(path):
            out.extend(problems(message, lang))
    return out


def pending(ts_dir: Path = TS_DIR, everything: bool = False) -> dict[str, dict[str, object]]:
    """Per language, the messages still to translate (all of them with ``everything``)."""
    out: dict[str, dict[str, object]] = {}
    for lang, locale in LANGUAGES.items():
        todo = []
        for m in read(ts_path(lang, ts_dir)):
            if not everything and not problems(m, lang):
                continue
            forms = NUMERUS_FORMS[lang] if m.numerus else 1
            texts = (m.translations + [""] * forms)[:forms]
            entry: dict[str, object] = {"context": m.context, "source": m.source}
            if m.comment:
                entry["comment"] = m.comment
            entry["translation"] = texts if m.numerus else texts[0]
            entry["location"] = m.location
            todo.append(entry)
        out[lang] = {"language": locale, "plural_forms": NUMERUS_FORMS[lang], "messages": todo}
    return out


def _wanted(block: dict[str, object]) -> tuple[dict[tuple[str, str, str], object], dict]:
    by_key: dict[tuple[str, str, str], object] = {}
    for entry in block.get("messages", []):  # type: ignore[attr-defined]
        key = (entry.get("context", "*"), entry["source"], entry.get("comment", ""))
        by_key[key] = entry.get("translation")
    return by_key, dict(block.get("strings", {}))  # type: ignore[call-overload]


def merge(data: dict[str, dict[str, object]], ts_dir: Path = TS_DIR) -> dict[str, object]:
    """Write translations into the .ts files. Per language: "messages" (entries as
    ``pending`` lists them; a missing "context" means every context) and/or "strings"
    (source text -> translation, a list for plural forms). Bad entries are refused."""
    report: dict[str, object] = {}
    for lang, block in data.items():
        if lang not in LANGUAGES or not isinstance(block, dict):
            continue
        by_key, strings = _wanted(block)
        path = ts_path(lang, ts_dir)
        tree = ET.parse(path)
        written, refused = 0, []
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for node in context.iter("message"):
                source = node.findtext("source") or ""
                comment = node.findtext("comment") or ""
                value = by_key.get((name, source, comment))
                if value is None:
                    value = by_key.get(("*", source, comment), strings.get(source))
                if value is None or value == "" or value == []:
                    continue
                numerus = node.get("numerus") == "yes"
                texts = list(value) if isinstance(value, list) else [str(value)]
                if numerus and len(texts) == 1:
                    texts *= NUMERUS_FORMS[lang]
                candidate = Message(name, source, comment, numerus, texts, finished=all(texts))
                bad = problems(candidate, lang)
                if bad or (not numerus and len(texts) != 1):
                    refused.extend(bad or [f"{lang} [{name}] {source!r}: one text expected"])
                    continue
                _set(node, texts, numerus)
                written += 1
        _write(tree, path)
        report[lang] = {"written": written, "refused": refused}
    return report


def _set(node: ET.Element, texts: list[str], numerus: bool) -> None:
    old = node.find("translation")
    if old is not None:
        node.remove(old)
    translation = ET.SubElement(node, "translation")
    if numerus:
        for text in texts:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = texts[0]


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    root = tree.getroot()
    assert root is not None
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("refresh", help="lupdate the code into every .ts (keeps translations)")
    todo = commands.add_parser("pending", help="JSON of the messages left to translate")
    todo.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    todo.add_argument("--all", action="store_true", help="every message, translated or not")
    todo.add_argument("--no-refresh", action="store_true", help="do not run lupdate first")
    merging = commands.add_parser("merge", help="write translated JSON into the .ts files")
    merging.add_argument("files", type=Path, nargs="+")
    commands.add_parser("check", help="list what is missing or wrong; exit 1 if anything")
    args = parser.parse_args(argv)

    if args.command == "refresh":
        refresh()
        left = {lang: len(block["messages"]) for lang, block in pending().items()}  # type: ignore[arg-type]
        print(json.dumps({"untranslated": left}))
        return 0
    if args.command == "pending":
        if not args.no_refresh:
            refresh()
        text = json.dumps(pending(everything=args.all), ensure_ascii=False, indent=1)
        if args.output:
            args.output.write_text(text + "\n", "utf-8")
        else:
            print(text)
        return 0
    if args.command == "merge":
        for file in args.files:
            report = merge(json.loads(file.read_text("utf-8")))
            print(json.dumps(report, ensure_ascii=False, indent=1))
        refresh()  # lupdate writes the files back in its own layout
        return 0
    found = check()
    print("\n".join(found) or "all translations complete")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
