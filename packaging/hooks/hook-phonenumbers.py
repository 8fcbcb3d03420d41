"""Replaces the stock phonenumbers hook: OmniInbox only parses and formats numbers, so the
bundle leaves out place names, carriers and time zones (about 40 MB of modules)."""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")


def _used(name: str) -> bool:
    parts = name.split(".")
    return len(parts) < 2 or parts[1] not in UNUSED


hiddenimports = collect_submodules("phonenumbers", filter=_used)
excludedimports = [f"phonenumbers.{name}" for name in UNUSED]
