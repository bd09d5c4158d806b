"""Allow ``python -m safehelper``, the same as the ``safehelper`` command."""

import sys

from safehelper.cli import main

sys.exit(main())
