"""`.examresult`: a BagIt bag (RFC 8493) in a zip. The payload is encrypted to the body
(X25519 + HKDF, AES-256-GCM); the station signs the tag manifest (Ed25519), which covers
the payload manifest and bag-info. Anyone can check integrity and signer; only the body
can read the results. Spec: docs/formats.md, section "Result bundles"."""

from __future__ import annotations

import json
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import bagit

from app.crypto import envelope
from app.crypto import primitives as p
from app.crypto.identity import Identity, RoleKeys, b64, unb64
from app.domain.errors import ExamStationError
from app.formats.exam_content import canonical_json

FORMAT = "examstation-result/1"
LABEL = FORMAT.encode()
SIGNATURE_FILE = "examstation-signature.json"
PAYLOAD_FILE = "results.json.sealed"
ENVELOPE_FILE = "envelope.json"
MAX_MEMBER_BYTES = 512 * 1024 * 1024


class BundleRefused(ExamStationError):
    """A result bundle that is damaged, altered, unsigned or not for this body."""


def _refused(detail: str) -> BundleRefused:
    return BundleRefused(f"The result bundle is damaged or has been altered ({detail}).",
                         "Ask the testing center to export it again.")


def bundle_id_of(payload: dict) -> str:
    """The bundle's identity: the same results always give the same id, whatever the export time."""
    return p.sha256(canonical_json(payload)).hex()[:32]


def build_bundle(payload: dict, station: RoleKeys, body: Identity, bag_info: dict[str, str],
                 rng: p.Random = p.random_bytes) -> bytes:
    """The zip bytes of a signed bag whose payload only the body can open."""
    bundle_id = bundle_id_of(payload)
    secret = rng(32)
    wrapped = envelope.wrap_secret(secret, body.encryption_key, bundle_id, rng, label=LABEL)
    key = p.hkdf(secret, salt=bundle_id.encode(), info=LABEL + b" content")
    sealed = p.seal(key, canonical_json(payload), LABEL + b"\0" + bundle_id.encode(), rng)
    with tempfile.TemporaryDirectory(prefix="examstation-bag-") as folder:  # holds ciphertext only
        root = Path(folder) / "bag"
        root.mkdir()
        (root / PAYLOAD_FILE).write_bytes(sealed)
        (root / ENVELOPE_FILE).write_bytes(canonical_json({
            "format": FORMAT, "bundle_id": bundle_id, "recipient": body.fingerprint,
            "ephemeral_key": b64(wrapped.ephemeral_key), "wrapped_secret": b64(wrapped.sealed)}))
        info = {"External-Identifier": bundle_id, "Bag-Software-Agent": "ExamStation", **bag_info}
        bagit.make_bag(str(root), bag_info=info, checksums=["sha256"])
        tagmanifest = (root / "tagmanifest-sha256.txt").read_bytes()
        signature = p.sign(station.signing_private, LABEL + b"\0" + p.sha256(tagmanifest))
        (root / SIGNATURE_FILE).write_bytes(json.dumps(
            {"format": FORMAT, "station": station.identity.to_json(), "signs": "tagmanifest-sha256.txt",
             "signature": b64(signature)}, indent=2).encode())
        return _zip(root)


def _zip(root: Path) -> bytes:
    target = root.parent / "bundle.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                archive.write(path, f"bag/{path.relative_to(root).as_posix()}")
    return target.read_bytes()


@dataclass(frozen=True)
class VerifiedBundle:
    """A bag whose every file matches its manifests and whose tag manifest the station signed."""

    bundle_id: str
    station: Identity
    bag_info: dict[str, str]
    envelope: dict
    sealed_payload: bytes


def verify_bundle(path: Path) -> VerifiedBundle:
    """Check a bundle with no private key: bag integrity, then the station's signature."""
    with tempfile.TemporaryDirectory(prefix="examstation-verify-") as folder:
        root = _safe_extract(Path(path), Path(folder))
        try:
            bag = bagit.Bag(str(root))
            bag.validate()
        except (bagit.BagError, bagit.BagValidationError) as error:
            raise _refused(str(error).splitlines()[0][:120]) from None
        station = _check_signature(root)
        try:
            env = json.loads((root / "data" / ENVELOPE_FILE).read_bytes())
            sealed = (root / "data" / PAYLOAD_FILE).read_bytes()
            bundle_id = bag.info["External-Identifier"]
            if env["format"] != FORMAT or env["bundle_id"] != bundle_id:
                raise ValueError("envelope")
        except (OSError, ValueError, KeyError, TypeError):
            raise _refused("envelope does not match the bag") from None
        return VerifiedBundle(bundle_id, station, dict(bag.info), env, sealed)


def _check_signature(root: Path) -> Identity:
    try:
        document = json.loads((root / SIGNATURE_FILE).read_bytes())
        station = Identity.from_json(document["station"])
        signature = unb64(document["signature"], 64)
        if document["format"] != FORMAT or station.role != "center":
            raise ValueError("format")
    except (OSError, ValueError, KeyError, TypeError, ExamStationError):
        raise _refused("missing or unreadable station signature") from None
    tagmanifest = (root / "tagmanifest-sha256.txt").read_bytes()
    if not p.signature_valid(station.signing_key, signature, LABEL + b"\0" + p.sha256(tagmanifest)):
        raise _refused("the station's signature does not match")
    return station


def _safe_extract(path: Path, folder: Path) -> Path:
    """Unzip only plain files under one bag folder: no absolute paths, '..', links or huge members."""
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                name = member.filename
                parts = Path(name).parts
                if name.startswith(("/", "\\")) or ".." in parts or not parts or parts[0] != "bag" \
                        or member.file_size > MAX_MEMBER_BYTES or (member.external_attr >> 16) & 0o170000 == 0o120000:
                    raise _refused(f"unsafe entry {name!r}")
                if not member.is_dir():
                    target = folder / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(member))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        if isinstance(error, OSError) and not Path(path).exists():
            raise BundleRefused(f"The result bundle {path} cannot be read.", "Check the path.") from None
        raise _refused("not a readable zip") from None
    if not (folder / "bag").is_dir():
        raise _refused("no bag inside")
    return folder / "bag"


def open_payload(bundle: VerifiedBundle, body: RoleKeys) -> dict:
    """Decrypt the results with the body's private key."""
    env = bundle.envelope
    if env.get("recipient") != body.identity.fingerprint:
        raise BundleRefused("This result bundle was exported for another credential body.",
                            "Import it at the body it was made for.")
    try:
        wrapped = envelope.WrappedSecret(unb64(env["ephemeral_key"], 32), unb64(env["wrapped_secret"]))
        secret = envelope.unwrap_secret(wrapped, body.encryption_private, bundle.bundle_id, label=LABEL)
        key = p.hkdf(secret, salt=bundle.bundle_id.encode(), info=LABEL + b" content")
        plain = p.open_sealed(key, bundle.sealed_payload, LABEL + b"\0" + bundle.bundle_id.encode())
        payload = json.loads(plain)
    except (KeyError, TypeError, ValueError, p.DecryptionFailed):
        raise _refused("the payload does not decrypt") from None
    if bundle_id_of(payload) != bundle.bundle_id:
        raise _refused("the payload does not match the bundle id")
    return payload
