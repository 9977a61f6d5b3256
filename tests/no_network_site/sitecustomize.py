"""Child processes of the test suite: refuse and record any traffic beyond loopback
(``tests/no_network.py``, which this folder's parent holds)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
try:
    import no_network

    no_network.install()
finally:
    del sys.path[0]
