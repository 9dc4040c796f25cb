"""Reads and opens a `.exampkg`: integrity and signer first, then trust, window,
recipient, release code and content, refusing with one clear reason at each step."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Sequence

from app.crypto import envelope
from app.crypto import primitives as p
from app.crypto.identity import Identity, RoleKeys, unb64
from app.domain.errors import PackageRefused, SourceInvalid, message_words, system_words, template
from app.domain.strict_json import loads_strict
from app.domain.exam import Exam
from app.formats.exam_content import canonical_json, exam_from_document
from app.formats.package_layout import (
    FORMAT_VERSION, HEADER, MAGIC, MAX_MANIFEST_BYTES, SIGNATURE_BYTES, parse_iso,
)

_CHUNK = 1024 * 1024
ASK_BODY = "Ask the credential body for a new copy of the package."


def _damaged(detail: str) -> PackageRefused:
    return PackageRefused("The package is damaged or has been altered ({detail}).", ASK_BODY, detail=detail)


class MediaAltered(OSError):
    """A media file whose bytes on disk are no longer those the package's signature covered
    when it was opened (or do not decrypt): never shown. An OSError, as an unreadable file is:
    the screens show such a picture as one that cannot be shown."""


@dataclass(frozen=True)
class SignedPackage:
    """A package whose bytes all match the signature of the key named in its manifest."""

    path: Path
    manifest: dict
    signer: Identity  # fingerprint computed from the keys, not read from the file
    blobs: dict[str, tuple[int, int]]  # name -> (absolute offset, length)
    # name -> SHA-256 of the sealed blob, taken in the same pass as the signature's digest: a
    # blob read again later (media, when shown) must still be exactly what was signed
    digests: dict[str, bytes]


def read_signed(path: str | Path) -> SignedPackage:
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            return _read_signed(path, handle, os.fstat(handle.fileno()).st_size)
    except OSError as error:
        raise PackageRefused("The package {name} cannot be read ({why}).",
                             "Check the file and the USB stick, then try again.",
                             name=path.name, why=system_words(error)) from None


def _read_signed(path: Path, handle: Any, size: int) -> SignedPackage:
    header = handle.read(HEADER.size)
    if len(header) < HEADER.size or header[:len(MAGIC)] != MAGIC:
        raise PackageRefused("{name} is not an ExamStation package (or its first bytes are damaged).",
                             "Choose a .exampkg file from the credential body.", name=path.name)
    _, version, manifest_length = HEADER.unpack(header)
    if version != FORMAT_VERSION:
        # Before the signature: a later version may sign differently. A flipped byte here lands too.
        raise PackageRefused("The package says it uses format version {version}, which this ExamStation "
                             "cannot read (it reads version {readable}), or its header is damaged.",
                             "Update ExamStation, or ask the credential body for a new copy.",
                             version=version, readable=FORMAT_VERSION)
    if manifest_length > MAX_MANIFEST_BYTES or HEADER.size + manifest_length + SIGNATURE_BYTES > size:
        raise _damaged(template("impossible manifest length"))
    manifest_bytes = handle.read(manifest_length)
    try:
        manifest = loads_strict(manifest_bytes)
        signer_key = unb64(manifest["signer"]["signing_key"], 32)
        if canonical_json(manifest) != manifest_bytes:  # one byte string per manifest: no duplicates, no NaN
            raise ValueError("not canonical")
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _damaged(template("unreadable manifest")) from None
    digest = p.new_hasher()
    digest.update(header + manifest_bytes)
    blob_area = (HEADER.size + manifest_length, size - SIGNATURE_BYTES)
    try:
        blobs: dict[str, tuple[int, int]] | None = _blob_table(manifest, blob_area)
    except PackageRefused as malformed:  # said after the signature check, as before
        blobs, table_problem = None, malformed
    # the blob area, blob by blob (whole, when the table is malformed: only the signature counts)
    spans = [(name, length) for name, (_offset, length) in blobs.items()] if blobs is not None else \
        [("", blob_area[1] - blob_area[0])]
    digests = {name: _hash_span(handle, length, digest) for name, length in spans}
    signature = handle.read(SIGNATURE_BYTES)
    if not p.signature_valid(signer_key, signature, envelope.signed_message(digest.digest())):
        raise _damaged(template("signature does not match"))
    signer = _signer_identity(manifest, version)
    if blobs is None:
        raise table_problem
    return SignedPackage(path, manifest, signer, blobs, digests)


def _hash_span(handle: Any, length: int, whole: Any) -> bytes:
    """Read `length` bytes into the whole file's digest; their own SHA-256."""
    own = p.new_hasher()
    while length > 0:
        chunk = handle.read(min(_CHUNK, length))
        if not chunk:
            raise _damaged(template("file shorter than expected"))
        whole.update(chunk)
        own.update(chunk)
        length -= len(chunk)
    return own.digest()


def _signer_identity(manifest: dict, version: int) -> Identity:
    """The signer as an identity whose fingerprint is computed here, never taken from the file,
    so a refusal naming an untrusted signer shows the fingerprint of the key that really signed."""
    try:
        if manifest["format"] != "examstation-package" or type(manifest["format_version"]) is not int \
                or manifest["format_version"] != version:
            raise ValueError("format")
        if str(uuid.UUID(manifest["package_id"])) != manifest["package_id"]:
            raise ValueError("package_id")
        signer = manifest["signer"]
        name = signer["name"]
        if not isinstance(name, str):
            raise ValueError("name")
        identity = Identity("body", name, unb64(signer["signing_key"], 32), unb64(signer["encryption_key"], 32))
        if signer["fingerprint"] != identity.fingerprint:
            raise ValueError("fingerprint")
    except (KeyError, TypeError, ValueError, AttributeError):
        raise PackageRefused("The package's manifest is malformed (format, package id or signer).",
                             ASK_BODY) from None
    return identity


def _blob_table(manifest: dict, area: tuple[int, int]) -> dict[str, tuple[int, int]]:
    """Blobs must tile the blob area exactly, in order, with unique names."""
    table: dict[str, tuple[int, int]] = {}
    expected = 0
    try:
        for entry in manifest["blobs"]:
            name, offset, length = entry["name"], entry["offset"], entry["length"]
            if not isinstance(name, str) or name in table or type(offset) is not int or offset != expected \
                    or type(length) is not int or length < 28:
                raise ValueError(name)
            table[name] = (area[0] + offset, length)
            expected += length
    except (KeyError, TypeError, ValueError):
        raise PackageRefused("The package's manifest is malformed (blob table).", ASK_BODY) from None
    if area[0] + expected != area[1] or "content" not in table:
        raise PackageRefused("The package's manifest is malformed (blob table).", ASK_BODY)
    return table


@dataclass(frozen=True)
class OpenedPackage:
    """A decrypted package. Content lives only in memory; media is decrypted on request."""

    signed: SignedPackage
    exam: Exam
    media_index: dict[str, dict]
    _key: bytes

    @property
    def package_id(self) -> str:
        return self.signed.manifest["package_id"]

    def media(self, path: str) -> bytes:
        """One media file, read from the package when it is shown, checked against the digest
        taken under the signature at open, then decrypted in memory; MediaAltered if either fails."""
        entry = self.media_index.get(path)
        if entry is None:
            raise KeyError(path)
        try:
            return _decrypt_blob(self.signed, self._key, entry["blob"])
        except p.DecryptionFailed:
            raise MediaAltered(f"media file {path} does not decrypt") from None


def open_package(signed: SignedPackage, center: RoleKeys, trusted_bodies: Sequence[Identity],
                 release_code: str | None, now: datetime) -> OpenedPackage:
    manifest = signed.manifest
    _check_trust(signed, trusted_bodies)
    _check_window(manifest, now)
    recipient = _find_recipient(manifest, center.identity)
    release = _release_key(manifest, release_code)
    package_id = manifest["package_id"]  # a checked UUID string (see _signer_identity)
    try:
        wrapped = envelope.WrappedSecret(unb64(recipient["ephemeral_key"], 32), unb64(recipient["wrapped_secret"]))
        secret = envelope.unwrap_secret(wrapped, center.encryption_private, package_id)
    except (KeyError, TypeError, ValueError, p.DecryptionFailed):
        raise PackageRefused("This station's center key cannot open the package.",
                             "Check that this station holds the center keys the package was built for.") from None
    key = envelope.content_key(secret, release, package_id)
    try:
        content = _decrypt_blob(signed, key, "content")
    except MediaAltered:
        raise _damaged(template("it changed on disk while it was being opened")) from None
    except p.DecryptionFailed:
        if release is not None:
            raise PackageRefused("The release code is wrong.",
                                 "Check the code with the credential body and enter it again.") from None
        raise _damaged(template("content does not decrypt")) from None
    exam, media = _read_content(content)
    if any(entry["blob"] not in signed.blobs for entry in media.values()):
        raise PackageRefused("The package's content is malformed (media index).", ASK_BODY)
    return OpenedPackage(signed, exam, media, key)


def precheck(signed: SignedPackage, station: Identity, trusted_bodies: Sequence[Identity],
             now: datetime) -> list[str]:
    """What would stop this package opening here, short of the release code: trust, window,
    recipient. Returns the warnings (e.g. a window that starts later), raises for refusals."""
    _check_trust(signed, trusted_bodies)
    _find_recipient(signed.manifest, station)
    try:
        _check_window(signed.manifest, now)
    except PackageRefused as error:
        if "not valid until" not in error.message:
            raise
        return [message_words(error)]   # Words: a screen shows it in the staff's language
    return []


def _check_trust(signed: SignedPackage, trusted: Sequence[Identity]) -> None:
    signer = signed.signer  # whole keys, not just the 80-bit fingerprint
    if any(b.signing_key == signer.signing_key and b.encryption_key == signer.encryption_key for b in trusted):
        return
    name, print_ = signed.signer.name, signed.signer.fingerprint
    raise PackageRefused("The package is signed by '{name}' (fingerprint {fingerprint}), which this station "
                         "does not trust.", "If that is your credential body, confirm the fingerprint "
                         "with them by phone, then run `examstation keys trust BODY.json`.",
                         name=name, fingerprint=print_)


def _check_window(manifest: dict, now: datetime) -> None:
    try:
        valid = manifest["valid"]
        start = parse_iso(valid["not_before"]) if valid["not_before"] else None
        end = parse_iso(valid["not_after"]) if valid["not_after"] else None
    except (KeyError, TypeError, ValueError, AttributeError):
        raise PackageRefused("The package's manifest is malformed (validity window).", ASK_BODY) from None
    if start and now < start:
        raise PackageRefused("The package is not valid until {start}.",
                             "Open it on exam day, or check this computer's date and time.",
                             start=valid["not_before"])
    if end and now > end:
        raise PackageRefused("The package expired on {end}.",
                             "Ask the credential body for a new package, or check this computer's date.",
                             end=valid["not_after"])


def _find_recipient(manifest: dict, station: Identity) -> dict:
    recipients = manifest.get("recipients")
    if not isinstance(recipients, list) or not all(isinstance(r, dict) for r in recipients):
        raise PackageRefused("The package's manifest is malformed (recipients).", ASK_BODY)
    for recipient in recipients:
        if recipient.get("fingerprint") == station.fingerprint:
            return recipient
    names = ", ".join(str(r.get("name", "?")) for r in recipients) or template("no center")
    raise PackageRefused("The package was built for {names}, not for this station's center "
                         "'{center}' ({fingerprint}).",
                         "Ask the credential body for a package built for this center.",
                         names=names, center=station.name, fingerprint=station.fingerprint)


def _release_key(manifest: dict, code: str | None) -> bytes | None:
    info = manifest.get("release_code")
    if info is None:
        return None
    try:
        if info["kdf"] != "scrypt":
            raise ValueError("kdf")
        p.check_scrypt_params(info["n"], info["r"], info["p"], envelope.MIN_RELEASE_SCRYPT_N)
        salt = unb64(info["salt"], 16)
    except (KeyError, TypeError, ValueError):
        raise PackageRefused("The package's manifest is malformed (release code).", ASK_BODY) from None
    if not code or not envelope.normalize_release_code(code):
        raise PackageRefused("This package needs a release code.",
                             "Enter the release code the credential body gave you for exam day.")
    return envelope.release_key(code, salt, info["n"], info["r"], info["p"])


def _decrypt_blob(signed: SignedPackage, key: bytes, name: str) -> bytes:
    """MediaAltered if the blob is no longer the one signed; DecryptionFailed if it does not decrypt."""
    offset, length = signed.blobs[name]
    with open(signed.path, "rb") as handle:
        handle.seek(offset)
        sealed = handle.read(length)
    if p.sha256(sealed) != signed.digests[name]:
        raise MediaAltered(f"{name} changed on disk after the package was opened")
    return p.open_sealed(key, sealed, envelope.blob_aad(signed.manifest["package_id"], name))


def _read_content(content: bytes) -> tuple[Exam, dict[str, dict]]:
    try:
        document = loads_strict(content)
        media = document["media"]
        if not isinstance(media, dict) or not all(isinstance(v, dict) and isinstance(v.get("blob"), str)
                                                  for v in media.values()):
            raise ValueError("media index")
        return exam_from_document(document["exam"], set(media)), media
    except SourceInvalid as error:
        raise PackageRefused("The package's content is malformed: {problem}.", ASK_BODY,
                             problem=error.problems[0]) from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise PackageRefused("The package's content is malformed (not readable exam data).", ASK_BODY) from None
