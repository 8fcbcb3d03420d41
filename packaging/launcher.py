"""The frozen app's entry point: the same `omniinbox` command the pip install gives.

PyInstaller freezes this file (see omniinbox.spec); with no command it opens the window.
The IMAP connector parses big sync batches in a second ("spawn") process: in a frozen app
that process starts this same executable, which ``freeze_support()`` turns into the worker.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # first: in the worker process it never returns
    from omniinbox_connectors.imap import convert

    from omniinbox.cli import main

    convert.FROZEN_POOL_OK = True
    sys.exit(main())
