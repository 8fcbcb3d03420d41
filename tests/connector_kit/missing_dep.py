"""A plug-in whose optional library is not installed."""

import omniinbox_no_such_library  # noqa: F401
