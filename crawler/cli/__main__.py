"""``python -m crawler.cli``: the console script without installing it (tests, benchmarks)."""

import sys

from crawler.cli import main

sys.exit(main())
