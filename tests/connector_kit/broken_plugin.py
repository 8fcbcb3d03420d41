"""A plug-in that fails on import, as a broken third-party package would."""

raise RuntimeError("this plug-in is broken on purpose")
