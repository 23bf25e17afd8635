"""Where things live: resources (also inside a PyInstaller build) and user data."""

from __future__ import annotations

import sys
from pathlib import Path

from fupin_desktop import APP_NAME


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def icon_path() -> Path:
    return resources_dir() / "icons" / "fupin.png"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def zh_cn_ts() -> Path:
    return translations_dir() / "fupin_zh_CN.ts"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    from fupin_desktop.fileio import private_folder

    return private_folder(user_data_path(APP_NAME, appauthor=False), own=True)


def default_db_path() -> Path:
    return user_data_dir() / "ledger.db"


def log_dir() -> Path:
    from fupin_desktop.fileio import private_folder

    return private_folder(user_data_dir() / "logs", own=True)


def backup_dir_for(db_path: Path) -> Path:
    """Automatic backups sit beside the database, in a folder of their own."""
    return db_path.parent / "backups"
