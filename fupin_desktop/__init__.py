"""教育扶贫台账: the core. Pure Python; never imports Qt (a test proves it)."""

APP_NAME = "fupin-desktop"
APP_VERSION = "0.1.0"
