"""Reading a result bag straight out of its zip, without unpacking anything to disk.

A result bundle has exactly seven members; anything else (another file, a folder, a link,
a second copy of a name) is refused before a byte is decompressed. Each member is capped
by its declared size and again while it streams, so a small zip that expands to gigabytes
(a zip bomb) costs a few reads of 1 MiB. The small tag files are kept in memory; the sealed
payload is only hashed here and read again, within the same cap, when the body opens it.
The checks are RFC 8493's for this bag's fixed layout: bagit.txt, the payload-oxum, and
every file against the SHA-256 manifest that names it."""

from __future__ import annotations

import hmac
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.crypto import primitives as p
from app.domain.errors import WordedError

ROOT = "bag/"
PAYLOAD = "data/results.json.sealed"
DATA_FILES = ("data/envelope.json", PAYLOAD)
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
SIGNATURE = "examstation-signature.json"
MEMBERS = (*TAG_FILES, "tagmanifest-sha256.txt", SIGNATURE, *DATA_FILES)
TAG_LIMIT = 64 * 1024                 # any member but the payload
PAYLOAD_LIMIT = 256 * 1024 * 1024     # the sealed results of a large session are a few MiB
BUNDLE_LIMIT = PAYLOAD_LIMIT + 8 * TAG_LIMIT
CHUNK = 1024 * 1024
BAGIT_VERSIONS = ("0.97", "1.0")


class BagProblem(WordedError):
    """What is wrong with the bag, in a few words (the caller turns it into a refusal)."""


@dataclass(frozen=True)
class ZippedBag:
    path: Path
    files: dict[str, bytes]   # every member but the payload, by its name inside the bag
    payload_sha256: str
    info: dict[str, str]      # bag-info.txt


def read_bag(path: Path) -> ZippedBag:
    """The checked bag, or BagProblem. OSError when the file cannot be read at all."""
    path = Path(path)
    if os.path.getsize(path) > BUNDLE_LIMIT:
        raise BagProblem("larger than any result bundle")
    files, digests = {}, {}
    with _open_zip(path) as archive:
        members = _expected_members(archive)
        for name in MEMBERS:
            if name == PAYLOAD:
                digests[name] = _stream(archive, members[name], PAYLOAD_LIMIT, keep=False)[0]
            else:
                digests[name], files[name] = _stream(archive, members[name], TAG_LIMIT, keep=True)
    info = _validate(files, digests, members[PAYLOAD].file_size)
    return ZippedBag(path, files, digests[PAYLOAD], info)


def read_payload(bag: ZippedBag) -> bytes:
    """The sealed payload, read again within the cap and checked against the hash the
    manifests were checked with (the file may have changed since)."""
    with _open_zip(bag.path) as archive:
        digest, data = _stream(archive, _expected_members(archive)[PAYLOAD], PAYLOAD_LIMIT, keep=True)
    if not hmac.compare_digest(digest, bag.payload_sha256):
        raise BagProblem("the payload changed after it was checked")
    return data


class _open_zip:
    """zipfile.ZipFile whose every failure is a BagProblem."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> zipfile.ZipFile:
        try:
            self.archive = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as error:
            raise BagProblem("not a readable zip") from error
        return self.archive

    def __exit__(self, *exc: object) -> None:
        self.archive.close()


def _expected_members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    names = [i.filename for i in infos]
    unexpected = [n for n in names if not n.startswith(ROOT) or n[len(ROOT):] not in MEMBERS]
    if unexpected:
        raise BagProblem("unexpected entry {unexpected!r}", unexpected=unexpected[0][:80])
    if len(names) != len(set(names)):
        raise BagProblem("an entry appears twice")
    members = {i.filename[len(ROOT):]: i for i in infos}
    missing = [m for m in MEMBERS if m not in members]
    if missing:
        raise BagProblem("missing {missing}", missing=missing[0])
    for name, info in members.items():
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
            raise BagProblem("{name} is stored in an unsupported way", name=name)
        if (info.external_attr >> 16) & 0o170000 not in (0, 0o100000):  # only plain files, no links
            raise BagProblem("{name} is not a plain file", name=name)
        limit = PAYLOAD_LIMIT if name == PAYLOAD else TAG_LIMIT
        if info.file_size > limit:
            raise BagProblem("{name} is larger than allowed", name=name)
    sealed = members[PAYLOAD]
    # Ciphertext does not compress: a payload that shrank a lot is not what a station wrote.
    if sealed.file_size > sealed.compress_size + sealed.compress_size // 64 + 4096:
        raise BagProblem("{name} is not ciphertext", name=PAYLOAD)
    return members


def _stream(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, keep: bool) -> tuple[str, bytes]:
    """(SHA-256 hex, content if kept) of one member, never decompressing more than `limit`."""
    hasher, parts, total = p.new_hasher(), [], 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(CHUNK):
                total += len(chunk)
                if total > limit:
                    raise BagProblem("{filename} is larger than allowed",
                                     filename=info.filename[len(ROOT):])
                hasher.update(chunk)
                if keep:
                    parts.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError) as error:
        raise BagProblem("{filename} is damaged", filename=info.filename[len(ROOT):]) from error
    return hasher.hexdigest(), b"".join(parts)


def _validate(files: dict[str, bytes], digests: dict[str, str], payload_size: int) -> dict[str, str]:
    declaration = _tags(files["bagit.txt"], "bagit.txt")
    if declaration.get("BagIt-Version") not in BAGIT_VERSIONS \
            or declaration.get("Tag-File-Character-Encoding", "").upper() != "UTF-8":
        raise BagProblem("bagit.txt does not declare a BagIt bag in UTF-8")
    _check_manifest(files["manifest-sha256.txt"], "manifest-sha256.txt", DATA_FILES, digests)
    _check_manifest(files["tagmanifest-sha256.txt"], "tagmanifest-sha256.txt", TAG_FILES, digests)
    info = _tags(files["bag-info.txt"], "bag-info.txt")
    oxum = f"{payload_size + len(files['data/envelope.json'])}.{len(DATA_FILES)}"
    if info.get("Payload-Oxum") != oxum:
        raise BagProblem("the payload-oxum does not match the payload")
    return info


def _check_manifest(content: bytes, name: str, covered: tuple[str, ...], digests: dict[str, str]) -> None:
    listed: dict[str, str] = {}
    for line in _text(content, name).splitlines():
        if not line.strip():
            continue
        digest, _, file = line.strip().partition(" ")
        file = file.strip()
        if file in listed or file not in covered:
            raise BagProblem("{name} lists {file!r} unexpectedly", name=name, file=file[:60])
        listed[file] = digest.lower()
    for file in covered:
        if file not in listed:
            raise BagProblem("{name} does not cover {file}", name=name, file=file)
        if not hmac.compare_digest(listed[file].encode(), digests[file].encode()):
            raise BagProblem("{file} does not match {name}", file=file, name=name)


def _tags(content: bytes, name: str) -> dict[str, str]:
    """A BagIt tag file: 'Label: value' lines; a line starting with white space continues the value."""
    tags: dict[str, str] = {}
    label = None
    for line in _text(content, name).splitlines():
        if line[:1] in (" ", "\t") and label is not None:
            tags[label] += " " + line.strip()
            continue
        label, colon, value = line.partition(":")
        if not colon or not label.strip():
            raise BagProblem("{name} has a line that is not 'Label: value'", name=name)
        label = label.strip()
        if label in tags:  # allowed by RFC 8493, never written by a station: refuse the ambiguity
            raise BagProblem("{name} repeats {label!r}", name=name, label=label[:40])
        tags[label] = value.strip()
    return tags


def _text(content: bytes, name: str) -> str:
    try:
        return content.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise BagProblem("{name} is not UTF-8", name=name) from None
