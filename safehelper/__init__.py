"""SafeHelper's core: everything that works without a screen.

This package never imports Qt, so it can be tested, scripted and used from the
command line on a machine with no display.
"""

__version__ = "0.1.0"
APP_NAME = "SafeHelper"
