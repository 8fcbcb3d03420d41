"""The libraries OmniInbox runs on, with their licences, read from the installed metadata.

The runtime dependency closure of the ``omniinbox`` distribution (requirements that need an
extra are left out), each with its version, its licence (the SPDX License-Expression, else a
short License field, else the trove classifiers) and the licence files its metadata ships.
Inside the PyInstaller bundle this works when the spec copies the dist-info folders
(``copy_metadata("omniinbox", recursive=True)``); a library whose metadata is missing is
listed by name with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.metadata import Distribution, PackageNotFoundError, distribution

ROOT = "omniinbox"
_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENCE_FILE = re.compile(r"(?i)(^|/)(licen[cs]e|copying|notice|authors)[^/]*$")


@dataclass(frozen=True, slots=True)
class Library:
    name: str
    version: str
    licence: str
    licence_files: tuple[str, ...] = ()
    summary: str = ""
    problem: str = ""  # why the metadata could not be read (e.g. not in the bundle)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements(dist: Distribution) -> list[tuple[str, bool]]:
    """(name, conditional) of the requirements that need no extra; a conditional one (a
    marker on the Python version or platform) that is not installed is not needed here."""
    names = []
    for req in dist.requires or []:
        spec, _, marker = req.partition(";")
        if "extra" in marker:
            continue
        m = _NAME.match(spec)
        if m:
            names.append((m.group(1), bool(marker.strip())))
    return names


def _field(dist: Distribution, name: str) -> str:
    return str(dist.metadata.get(name) or "").strip()  # type: ignore[attr-defined]


def licence_of(dist: Distribution) -> str:
    meta = dist.metadata
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    short = _field(dist, "License")
    if short and "\n" not in short and len(short) <= 80 and short.upper() != "UNKNOWN":
        return short
    classified = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.split("::")[-1].strip() != "OSI Approved"
    ]
    return " / ".join(classified) or ("see the licence text" if short else "not stated")


def licence_files(dist: Distribution) -> tuple[str, ...]:
    """Paths (relative to the dist-info folder) of the licence texts the metadata ships."""
    found: list[str] = []
    for name in dist.metadata.get_all("License-File") or []:
        for candidate in (f"licenses/{name}", name):
            if dist.read_text(candidate) is not None:
                found.append(candidate)
                break
    for file in dist.files or []:
        parts = file.parts
        if parts and parts[0].endswith(".dist-info") and _LICENCE_FILE.search(str(file)):
            inner = "/".join(parts[1:])
            if inner not in found:
                found.append(inner)
    return tuple(found)


def licence_text(name: str, path: str) -> str | None:
    """One licence text shipped in ``name``'s metadata, or None."""
    try:
        return distribution(name).read_text(path)
    except (PackageNotFoundError, OSError, UnicodeDecodeError):
        return None


def runtime_libraries(root: str = ROOT) -> list[Library]:
    """``root`` and everything it needs at run time, sorted by name (``root`` first)."""
    seen: dict[str, Library] = {}
    queue = [(root, False)]
    while queue:
        name, conditional = queue.pop()
        if _key(name) in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            if not conditional:
                seen[_key(name)] = Library(name, "", "", problem="its metadata is not included")
            continue
        seen[_key(name)] = Library(
            _field(dist, "Name") or name,
            dist.version,
            licence_of(dist),
            licence_files(dist),
            _field(dist, "Summary"),
        )
        queue.extend(r for r in _requirements(dist) if _key(r[0]) not in seen)
    first = seen.pop(_key(root))
    return [first, *sorted(seen.values(), key=lambda lib: _key(lib.name))]
