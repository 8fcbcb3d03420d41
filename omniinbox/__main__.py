import sys

from omniinbox.cli import main

sys.exit(main())
