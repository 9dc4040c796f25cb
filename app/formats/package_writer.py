"""Builds the bytes of a `.exampkg` (layout in docs/formats.md, section "Package")."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from app.crypto import envelope
from app.crypto import primitives as p
from app.crypto.identity import Identity, RoleKeys, b64
from app.domain.exam import Exam
from app.formats.exam_content import canonical_json, exam_to_document
from app.formats.exam_source import MEDIA_SUFFIXES as MEDIA_TYPES
from app.formats.package_layout import FORMAT_VERSION, HEADER, MAGIC, iso, public_exam_summary


@dataclass
class PackageSpec:
    exam: Exam
    media: dict[str, bytes]          # source-relative path -> file bytes
    signer: RoleKeys                 # the body's keys
    recipients: list[Identity]       # centers that may open it
    created: datetime
    release_code: str | None = None
    not_before: datetime | None = None
    not_after: datetime | None = None
    package_id: str | None = None
    rng: p.Random = field(default=p.random_bytes)
    release_scrypt: dict = field(default_factory=lambda: dict(envelope.RELEASE_SCRYPT))


def build_package_bytes(spec: PackageSpec) -> bytes:
    """The whole `.exampkg` for an exam: content and media encrypted, manifest signed."""
    media_names = {path: f"m{index:04d}" for index, path in enumerate(sorted(spec.media), start=1)}
    content = {"exam": exam_to_document(spec.exam),
               "media": {path: {"blob": name, "type": _mime(path)} for path, name in media_names.items()}}
    blobs = [("content", canonical_json(content))]
    blobs += [(name, spec.media[path]) for path, name in media_names.items()]
    return assemble_package(spec, public_exam_summary(spec.exam), blobs)


def assemble_package(spec: PackageSpec, exam_summary: dict, plain_blobs: list[tuple[str, bytes]]) -> bytes:
    """Encrypt `plain_blobs` (the first named "content"), write the manifest, sign it all.

    Separate from the exam encoding so the format can be specified, and tested, on its own.
    """
    package_id = spec.package_id or str(uuid.UUID(bytes=spec.rng(16), version=4))
    secret = spec.rng(32)
    release = release_info = None
    if spec.release_code:
        salt = spec.rng(16)
        params = spec.release_scrypt
        release = envelope.release_key(spec.release_code, salt, params["n"], params["r"], params["p"])
        release_info = {"kdf": "scrypt", **params, "salt": b64(salt)}
    key = envelope.content_key(secret, release, package_id)
    recipients = [_recipient(secret, center, package_id, spec.rng) for center in spec.recipients]

    sealed_blobs, table, offset = [], [], 0
    for name, plain in plain_blobs:
        sealed = p.seal(key, plain, envelope.blob_aad(package_id, name), spec.rng)
        sealed_blobs.append(sealed)
        table.append({"name": name, "offset": offset, "length": len(sealed)})
        offset += len(sealed)

    manifest = {
        "format": "examstation-package", "format_version": FORMAT_VERSION,
        "package_id": package_id, "created": iso(spec.created), "exam": exam_summary,
        "valid": {"not_before": iso(spec.not_before), "not_after": iso(spec.not_after)},
        "signer": {"name": spec.signer.name, "fingerprint": spec.signer.identity.fingerprint,
                   "signing_key": b64(spec.signer.identity.signing_key),
                   "encryption_key": b64(spec.signer.identity.encryption_key)},
        "recipients": recipients, "release_code": release_info, "blobs": table,
    }
    manifest_bytes = canonical_json(manifest)
    body = HEADER.pack(MAGIC, FORMAT_VERSION, len(manifest_bytes)) + manifest_bytes + b"".join(sealed_blobs)
    signature = p.sign(spec.signer.signing_private, envelope.signed_message(p.sha256(body)))
    return body + signature


def _recipient(secret: bytes, center: Identity, package_id: str, rng: p.Random) -> dict:
    wrapped = envelope.wrap_secret(secret, center.encryption_key, package_id, rng)
    return {"name": center.name, "fingerprint": center.fingerprint,
            "ephemeral_key": b64(wrapped.ephemeral_key), "wrapped_secret": b64(wrapped.sealed)}


def _mime(path: str) -> str:
    # A fixed table, not the OS's MIME list: the same source gives the same bytes everywhere.
    return MEDIA_TYPES.get(PurePosixPath(path).suffix.lower(), "application/octet-stream")
