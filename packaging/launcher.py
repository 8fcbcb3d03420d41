"""The frozen app's entry point: the same `omniinbox` command the pip install gives.

PyInstaller freezes this file (see omniinbox.spec); with no command it opens the window.
"""

import sys

from omniinbox.cli import main

if __name__ == "__main__":
    sys.exit(main())
