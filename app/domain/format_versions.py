"""Every file ExamStation writes names its format and version: "examstation-<family>/<n>".

A reader knows the versions it can read. A file of a later version is not "damaged": it was
made by a newer ExamStation, and the person is told so (and to update this one). A file of
an earlier version is upgraded step by step, one version at a time, when that is possible
(`upgraded`); when an earlier version lacked something that cannot be made up afterwards
(a signature, a chain of MACs, a target station), its reader refuses it and says why.
docs/architecture.md lists where each format lives; docs/formats.md defines the bytes."""

from __future__ import annotations

import re
from typing import Any, Callable

from app.domain.errors import ExamStationError

_FORMAT = re.compile(r"examstation-([a-z][a-z-]*)/([1-9][0-9]{0,5})")


class NewerFormat(ExamStationError):
    """A file of a format version later than this program reads."""

    def __init__(self, what: str, found: str, family: str, newest: int) -> None:
        self.found = found
        super().__init__("This {what} was made by a newer version of ExamStation ({found}); this program reads "
                         "examstation-{family}/{newest} and earlier.",
                         "Update ExamStation on this computer to the version that made it, or newer.",
                         what=what, found=found, family=family, newest=newest)


def format_version(value: Any, family: str) -> int | None:
    """n when `value` is "examstation-<family>/<n>", else None (not this kind of file at all)."""
    match = _FORMAT.fullmatch(value) if isinstance(value, str) else None
    return int(match.group(2)) if match and match.group(1) == family else None


def readable_version(value: Any, family: str, newest: int, what: str) -> int:
    """The file's version when this program can read it; NewerFormat when it is later;
    ValueError when it is not a file of this family (then the reader says "not a … file")."""
    version = format_version(value, family)
    if version is None:
        raise ValueError("format")
    if version > newest:
        raise NewerFormat(what, value, family, newest)
    return version


Upgrade = Callable[[dict], dict]


def upgraded(document: dict, family: str, newest: int, steps: dict[int, Upgrade], what: str) -> dict:
    """The document at version `newest`: each step n turns version n into n + 1 (a copy, never
    the caller's dict). ValueError for a version no step starts from (too old to read)."""
    version = readable_version(document.get("format"), family, newest, what)
    while version < newest:
        step = steps.get(version)
        if step is None:
            raise ValueError(f"examstation-{family}/{version} cannot be read any more")
        document = step(dict(document))
        version += 1
        document["format"] = f"examstation-{family}/{version}"
    return document
