"""A QTI content package, as a folder or a zip: its manifest and the files it lists.

Every path is checked before it is read: nothing outside the package (no `..`, no absolute
path, no symbolic link out of the folder), and a zip's sizes are capped before decompressing.
"""

from __future__ import annotations

import errno
import os
import posixpath
import stat
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable
from urllib.parse import unquote

from app.domain.errors import SourceInvalid, template
from app.formats.qti.xml import canonical_tree, parse_xml, split

MANIFEST = "imsmanifest.xml"
MAX_FILE = 50 * 1024 * 1024
MAX_TOTAL = 500 * 1024 * 1024
MAX_MEMBERS = 20_000

# Windows has no O_NOFOLLOW: there every file is taken the long way (a stat first, then opened).
NO_FOLLOW: int | None = getattr(os, "O_NOFOLLOW", None)


@dataclass(frozen=True)
class Resource:
    identifier: str
    kind: str          # "item", "test", "section", "stimulus", "asset" or "other" (see KINDS)
    href: str          # package-relative path of the resource's main file ("" if none)
    files: tuple[str, ...]
    type: str = ""     # as the manifest spells it


# Manifest resource types by what ExamStation does with them. QTI 2.0 to 3.0 spell them
# imsqti_item_xmlv2p1, imsqti_apipitem_xmlv2p2, imsqti_stimulus_xmlv3p0, ...; plain files are
# webcontent or associatedcontent. Anything else (outcome declarations, response processing
# templates, learning applications, ...) is not delivered, and the report says so.
KINDS = (("item", ("imsqti_item", "imsqti_apipitem")), ("test", ("imsqti_test", "imsqti_apiptest")),
         ("section", ("imsqti_section", "imsqti_apipsection")), ("stimulus", ("imsqti_stimulus", "imsqti_apipstimulus")),
         ("asset", ("webcontent", "associatedcontent")))


@lru_cache(maxsize=256)   # a manifest names a few types, each for thousands of resources
def resource_kind(type_: str) -> str:
    lowered = type_.lower()
    return next((kind for kind, prefixes in KINDS if lowered.startswith(prefixes)), "other")


class QtiPackage:
    """Read-only access to the files of a content package (folder or zip)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        if path.is_dir():
            self._root: str | None = os.path.realpath(path)
            self._inside = os.path.join(self._root, "")   # what every file's real path starts with
            self._zip: dict[str, bytes] | None = None
            self._folders: dict[str, str] = {}  # folder as named -> as resolved (links followed)
        elif path.is_file():
            self._root, self._zip = None, _read_zip(path)
        else:
            raise SourceInvalid([template("{path}: no such folder or file", path=path)])

    def exists(self, relative: str) -> bool:
        try:
            if self._zip is not None:
                return safe_path(relative, self.name) in self._zip
            return os.path.isfile(self._target(relative))
        except SourceInvalid:
            return False

    def read(self, relative: str) -> bytes:
        found = self._file(relative)
        if found is None:
            raise SourceInvalid([template(
                "{name}: '{relative}' is referenced but not in the package",
                name=self.name, relative=relative)])
        return found

    def _target(self, relative: str) -> str:
        """The file in the folder; refuses anything (a link, say) that leads out of it. Its folder
        is resolved once for all the files in it (a thousand items share one), then only the
        file itself is checked for being a link: the same answer as resolving the whole path.
        Plain strings, not pathlib: this runs for every file of the package."""
        target = self._in_folder(relative)
        if os.path.basename(target) == "." or os.path.islink(target):  # "." is the package folder itself
            target = os.path.realpath(target)
        if not target.startswith(self._inside):
            raise SourceInvalid([template(
                "{name}: '{relative}' points outside the package",
                name=self.name, relative=relative)])
        return target

    def _in_folder(self, relative: str) -> str:
        """The file's name in its resolved folder (the file itself not looked at yet)."""
        assert self._root is not None
        folder_name, _, file_name = safe_path(relative, self.name).rpartition("/")
        folder = self._folders.get(folder_name)
        if folder is None:
            folder = self._folders[folder_name] = os.path.realpath(os.path.join(self._root, folder_name))
        return os.path.join(folder, file_name)

    def _file(self, relative: str) -> bytes | None:
        """The file's bytes, None when there is no such file. A file inside the package that is
        not a link is opened straight away: O_NOFOLLOW refuses a link (ELOOP) instead of a stat
        asking first; a link, and anything else, is taken the long way, through _target."""
        if self._zip is not None:
            return self._zip.get(safe_path(relative, self.name))
        target = self._in_folder(relative)
        if os.path.basename(target) == "." or not target.startswith(self._inside) or NO_FOLLOW is None:
            return self._open(self._target(relative), 0, relative)
        try:
            return self._open(target, NO_FOLLOW, relative)
        except OSError as error:
            if error.errno != errno.ELOOP:
                raise
        return self._open(self._target(relative), 0, relative)

    def _open(self, target: str, flags: int, relative: str) -> bytes | None:
        try:  # one open and fstat, not a stat per question asked; O_NONBLOCK: a FIFO never waits
            descriptor = os.open(target, os.O_RDONLY | os.O_NONBLOCK | flags)
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None
        return self._read_open(descriptor, relative)

    def _read_open(self, descriptor: int, relative: str) -> bytes | None:
        try:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                return None
            if status.st_size > MAX_FILE:
                raise SourceInvalid([template(
                    "{name}: '{relative}' is larger than {megabytes} MB",
                    name=self.name, relative=relative, megabytes=MAX_FILE // 2 ** 20)])
            return _read_to_end(descriptor, status.st_size)
        finally:
            os.close(descriptor)

    def resources(self) -> list[Resource]:
        """The manifest's resources, with hrefs resolved against the manifest and xml:base."""
        if not self.exists(MANIFEST):
            raise SourceInvalid([template(
                "{name}: no {manifest} at the top of the package; a QTI content package needs one (export it again as "
                "an IMS content package)",
                name=self.name, manifest=MANIFEST)])
        root = canonical_tree(parse_xml(self.read(MANIFEST), MANIFEST))
        found = []
        for block in (e for e in root.iter() if split(e.tag)[1] == "resources"):
            for resource in (e for e in block if split(e.tag)[1] == "resource"):
                found.append(_resource(resource, self.name))
        return found


def _resource(element, package: str) -> Resource:
    base = element.get("xml:base", "")
    kind = element.get("type", "")
    href = element.get("href", "")
    files = [f.get("href", "") for f in element if split(f.tag)[1] == "file"]
    known: dict[str, str] = {}   # an item's resource names its file twice (href and <file>)

    def located(h: str) -> str:
        if h not in known:
            known[h] = safe_path(posixpath.join(base, unquote(h)), package)
        return known[h]

    return Resource(element.get("identifier", ""), resource_kind(kind), located(href) if href else "",
                    tuple(located(f) for f in files if f), kind)


def read_listed(resources: list[Resource], kind: str, reader: Callable[[Resource], Any],
                problems: list[str]) -> list[tuple[str, Any]]:
    """Each listed file of a kind, read once (two resources may list the same file)."""
    found: dict[str, Any] = {}
    for resource in (r for r in resources if r.kind == kind and r.href not in found):
        try:
            found[resource.href] = reader(resource)
        except SourceInvalid as error:
            problems.extend(error.problems)
    return list(found.items())


def _read_to_end(descriptor: int, size: int) -> bytes:
    """All of a file, read straight from its descriptor (a buffered file object costs more than
    the read of a small file): its size at once, then on until the end in case it grew."""
    parts = [os.read(descriptor, size + 1)]
    while parts[-1]:
        parts.append(os.read(descriptor, 1 << 20))
    return b"".join(parts)


def media_path(package_path: str) -> str:
    """Where a package file lives in the exam source: under media/."""
    return f"media/qti/{package_path}"


def safe_path(relative: str, package: str) -> str:
    """A normalised package-relative path; refuses absolute paths, URLs and escapes."""
    text = relative.replace("\\", "/")
    if "://" in text or text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        raise SourceInvalid([template(
            "{package}: '{relative}' is not a path inside the package",
            package=package, relative=relative)])
    clean = posixpath.normpath(text)
    if clean == ".." or clean.startswith("../"):
        raise SourceInvalid([template(
            "{package}: '{relative}' points outside the package",
            package=package, relative=relative)])
    return clean


def resolve(base_file: str, href: str, package: str) -> str:
    """A path referenced from inside `base_file`, made package-relative."""
    return safe_path(posixpath.join(posixpath.dirname(base_file), unquote(href)), package)


def _read_zip(path: Path) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise SourceInvalid([template("{name}: is neither a folder nor a readable zip file", name=path.name)]) from None
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_TOTAL:
            raise SourceInvalid([template(
                "{name}: holds more than {files} files or {megabytes} MB unpacked; refused",
                name=path.name, files=MAX_MEMBERS, megabytes=MAX_TOTAL // 2 ** 20)])
        files: dict[str, bytes] = {}
        for member in members:
            name = safe_path(member.filename, path.name)  # refuses '../x' and '/x' members
            if member.file_size > MAX_FILE:
                raise SourceInvalid([template(
                    "{name}: '{filename}' is larger than {megabytes} MB",
                    name=path.name, filename=member.filename, megabytes=MAX_FILE // 2 ** 20)])
            try:
                files[name] = archive.read(member)
            except (zipfile.BadZipFile, OSError, RuntimeError) as error:
                raise SourceInvalid([template(
                    "{name}: '{filename}' cannot be read ({error})",
                    name=path.name, filename=member.filename, error=error)]) from None
        return _strip_single_folder(files)


def _strip_single_folder(files: dict[str, bytes]) -> dict[str, bytes]:
    """A zip made of the package folder itself holds 'folder/imsmanifest.xml': use that folder."""
    if MANIFEST in files:
        return files
    tops = {name.split("/", 1)[0] for name in files}
    if len(tops) == 1 and f"{next(iter(tops))}/{MANIFEST}" in files:
        prefix = next(iter(tops)) + "/"
        return {name[len(prefix):]: data for name, data in files.items()}
    return files

