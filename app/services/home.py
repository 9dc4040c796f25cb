"""A home folder: one station's (or one body's) database, keys, trust and settings.

Several homes live side by side on one machine (a body and many centers in
tests); each has its own id, which also namespaces its keyring entries.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.format_versions import upgraded
from app.domain.errors import ExamStationError, system_words
from app.domain.strict_json import loads_strict
from app.fsutil import atomic_write, make_private, private_folder

HOME_FORMAT = "examstation-home/1"
HOME_UPGRADES: dict = {}  # version n -> a step to n + 1 (app.domain.format_versions.upgraded)


@dataclass(frozen=True)
class Home:
    root: Path

    @classmethod
    def open(cls, root: str | Path) -> "Home":
        home = cls(Path(root).expanduser().resolve())
        try:
            # Answers, results and keys live here: only this OS user may read them. A home made
            # by an older version (0755 folders, 0644 files) is tightened here too.
            private_folder(home.root)
            make_private(home.root)
            for folder in (home.keys_dir, home.trust_dir, home.packages_dir):
                private_folder(folder)
            if not home.config_path.exists():
                import uuid  # a new home only (it loads `platform`, which a start-up need not)
                home.save_config({"format": HOME_FORMAT, "home_id": str(uuid.uuid4()), "roles": {}})
        except OSError as error:
            raise ExamStationError("The home folder {root} cannot be used ({why}).",
                                   "Choose a writable folder with --home.",
                                   root=home.root, why=system_words(error)) from None
        return home

    @property
    def config_path(self) -> Path:
        return self.root / "home.json"

    @property
    def keys_dir(self) -> Path:
        return self.root / "keys"

    @property
    def trust_dir(self) -> Path:
        return self.root / "trust"

    @property
    def packages_dir(self) -> Path:
        return self.root / "packages"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    def session_folder(self, session_id: str) -> Path:
        """A session's own folder: where its result bundle is offered and its candidates' score
        reports are saved (a candidate in lockdown gets no file browser)."""
        return self.root / "exports" / session_id

    @property
    def database_path(self) -> Path:
        return self.root / "station.db"

    def config(self) -> dict[str, Any]:
        try:
            data = loads_strict(self.config_path.read_bytes())
            return upgraded(data, "home", 1, HOME_UPGRADES, "home settings file")
        except (OSError, ValueError, AttributeError):
            raise ExamStationError("The home settings file {config_path} is damaged.",
                                   "Restore it from a backup, or start a new home.",
                                   config_path=self.config_path) from None

    def save_config(self, data: dict[str, Any]) -> None:
        atomic_write(self.config_path, json.dumps(data, indent=2, sort_keys=True).encode())

    @property
    def home_id(self) -> str:
        return str(self.config()["home_id"])

    @property
    def station_id(self) -> str:
        """This home's station id (drawn on first use, also in homes made before it existed):
        attempt-move files name the station they are for by it."""
        config = self.config()
        if not isinstance(config.get("station_id"), str):
            from app.domain.station_id import new_station_id
            config["station_id"] = new_station_id(os.urandom(8))
            self.save_config(config)
        return config["station_id"]


def default_home() -> Path:
    """EXAMSTATION_HOME, else the platform's per-user data folder."""
    if os.environ.get("EXAMSTATION_HOME"):
        return Path(os.environ["EXAMSTATION_HOME"])
    import platformdirs
    return Path(platformdirs.user_data_dir("ExamStation", appauthor=False))
