"""教育扶贫台账: start the desktop program."""

import sys

from ui.app import run

if __name__ == "__main__":
    sys.exit(run())
