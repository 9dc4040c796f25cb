"""A QTI content package, as a folder or a zip: its manifest and the files it lists.

Every path is checked before it is read: nothing outside the package (no `..`, no absolute
path, no symbolic link out of the folder), and a zip's sizes are capped before decompressing.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from app.domain.errors import SourceInvalid
from app.formats.qti.xml import canonical_tree, parse_xml, split

MANIFEST = "imsmanifest.xml"
MAX_FILE = 50 * 1024 * 1024
MAX_TOTAL = 500 * 1024 * 1024
MAX_MEMBERS = 20_000


@dataclass(frozen=True)
class Resource:
    identifier: str
    kind: str          # "item", "test" or "other"
    href: str          # package-relative path of the resource's main file ("" if none)
    files: tuple[str, ...]


class QtiPackage:
    """Read-only access to the files of a content package (folder or zip)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        if path.is_dir():
            self._root: Path | None = path.resolve()
            self._zip: dict[str, bytes] | None = None
        elif path.is_file():
            self._root, self._zip = None, _read_zip(path)
        else:
            raise SourceInvalid([f"{path}: no such folder or file"])

    def exists(self, relative: str) -> bool:
        try:
            return self._file(relative) is not None
        except SourceInvalid:
            return False

    def read(self, relative: str) -> bytes:
        found = self._file(relative)
        if found is None:
            raise SourceInvalid([f"{self.name}: '{relative}' is referenced but not in the package"])
        return found

    def _file(self, relative: str) -> bytes | None:
        clean = safe_path(relative, self.name)
        if self._zip is not None:
            return self._zip.get(clean)
        assert self._root is not None
        target = (self._root / clean).resolve()
        if self._root not in target.parents:
            raise SourceInvalid([f"{self.name}: '{relative}' points outside the package"])
        if not target.is_file():
            return None
        if target.stat().st_size > MAX_FILE:
            raise SourceInvalid([f"{self.name}: '{relative}' is larger than {MAX_FILE // 2**20} MB"])
        return target.read_bytes()

    def resources(self) -> list[Resource]:
        """The manifest's resources, with hrefs resolved against the manifest and xml:base."""
        if not self.exists(MANIFEST):
            raise SourceInvalid([f"{self.name}: no {MANIFEST} at the top of the package; a QTI content "
                                 "package needs one (export it again as an IMS content package)"])
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
    def located(h: str) -> str:
        return safe_path(posixpath.join(base, unquote(h)), package)

    category = "item" if "imsqti_item" in kind else "test" if "imsqti_test" in kind else "other"
    return Resource(element.get("identifier", ""), category, located(href) if href else "",
                    tuple(located(f) for f in files if f))


def safe_path(relative: str, package: str) -> str:
    """A normalised package-relative path; refuses absolute paths, URLs and escapes."""
    text = relative.replace("\\", "/")
    if "://" in text or text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        raise SourceInvalid([f"{package}: '{relative}' is not a path inside the package"])
    clean = posixpath.normpath(text)
    if clean == ".." or clean.startswith("../"):
        raise SourceInvalid([f"{package}: '{relative}' points outside the package"])
    return clean


def resolve(base_file: str, href: str, package: str) -> str:
    """A path referenced from inside `base_file`, made package-relative."""
    return safe_path(posixpath.join(posixpath.dirname(base_file), unquote(href)), package)


def _read_zip(path: Path) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise SourceInvalid([f"{path.name}: is neither a folder nor a readable zip file"]) from None
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_TOTAL:
            raise SourceInvalid([f"{path.name}: holds more than {MAX_MEMBERS} files or "
                                 f"{MAX_TOTAL // 2**20} MB unpacked; refused"])
        files: dict[str, bytes] = {}
        for member in members:
            name = safe_path(member.filename, path.name)  # refuses '../x' and '/x' members
            if member.file_size > MAX_FILE:
                raise SourceInvalid([f"{path.name}: '{member.filename}' is larger than {MAX_FILE // 2**20} MB"])
            try:
                files[name] = archive.read(member)
            except (zipfile.BadZipFile, OSError, RuntimeError) as error:
                raise SourceInvalid([f"{path.name}: '{member.filename}' cannot be read ({error})"]) from None
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

