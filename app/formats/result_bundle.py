"""`.examresult`: a BagIt bag (RFC 8493) in a zip. The payload is encrypted to the body
(X25519 + HKDF, AES-256-GCM); the station signs the tag manifest (Ed25519), which covers
the payload manifest and bag-info. Anyone can check integrity and signer; only the body
can read the results. Reading never unpacks the zip (app.formats.bag_zip). What the payload
holds: app.formats.result_payload. Spec: docs/formats.md, section "Result bundles"."""

from __future__ import annotations

import json
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import bagit

from app.domain.format_versions import NewerFormat, format_version
from app.crypto import envelope
from app.crypto import primitives as p
from app.crypto.identity import Identity, RoleKeys, b64, unb64
from app.domain.errors import ExamStationError, template
from app.formats.bag_zip import PAYLOAD, SIGNATURE, BagProblem, ZippedBag, read_bag, read_payload
from app.formats.exam_content import canonical_json
from app.domain.strict_json import StrictJsonError, loads_strict

FORMAT = "examstation-result/1"
LABEL = FORMAT.encode()
SIGNATURE_FILE = SIGNATURE
PAYLOAD_FILE = PAYLOAD.removeprefix("data/")
ENVELOPE_FILE = "envelope.json"
ENVELOPE_MEMBER = f"data/{ENVELOPE_FILE}"


class BundleRefused(ExamStationError):
    """A result bundle that is damaged, altered, unsigned or not for this body."""


def _refused(detail: object) -> BundleRefused:
    return BundleRefused("The result bundle is damaged or has been altered ({detail}).",
                         "Ask the testing center to export it again.", detail=detail)


def payload_digest(payload: dict) -> str:
    """SHA-256 of the canonical payload: what a supplement names when it extends this bundle."""
    return p.sha256(canonical_json(payload)).hex()


def bundle_id_of(payload: dict) -> str:
    """The bundle's identity: the same results always give the same id, whatever the export time."""
    return payload_digest(payload)[:32]


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
    bag: ZippedBag  # the sealed payload is read from it (within its cap) only by the body

    def sealed_payload(self) -> bytes:
        try:
            return read_payload(self.bag)
        except BagProblem as problem:
            raise _refused(problem) from None
        except OSError:
            raise _unreadable(self.bag.path) from None


def verify_bundle(path: Path) -> VerifiedBundle:
    """Check a bundle with no private key and nothing written to disk: the bag's members,
    sizes and manifests, then the station's signature, then the envelope."""
    try:
        bag = read_bag(Path(path))
    except BagProblem as problem:
        raise _refused(problem) from None
    except OSError:
        raise _unreadable(Path(path)) from None
    station = _check_signature(bag.files)
    try:
        env = json.loads(bag.files[ENVELOPE_MEMBER])
        bundle_id = bag.info["External-Identifier"]
        if env["format"] != FORMAT or env["bundle_id"] != bundle_id:
            raise ValueError("envelope")
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _refused("envelope does not match the bag") from None
    return VerifiedBundle(bundle_id, station, bag.info, env, bag)


def _unreadable(path: Path) -> BundleRefused:
    return BundleRefused("The result bundle {path} cannot be read.", "Check the path.", path=path)


def _refuse_newer(value: object, family: str, newest: int, what: str) -> None:
    """A bundle (or payload) of a later version is not damaged: it comes from a newer ExamStation."""
    version = format_version(value, family)
    if version is not None and version > newest:
        newer = NewerFormat(what, str(value), family, newest)
        raise BundleRefused.like(newer)


def _check_signature(files: dict[str, bytes]) -> Identity:
    try:
        document = json.loads(files[SIGNATURE_FILE])
        if isinstance(document, dict):
            _refuse_newer(document.get("format"), "result", 1, template("result bundle"))
        station = Identity.from_json(document["station"])
        signature = unb64(document["signature"], 64)
        if document["format"] != FORMAT or station.role != "center":
            raise ValueError("format")
    except BundleRefused:
        raise
    except (ValueError, KeyError, TypeError, RecursionError, ExamStationError):
        raise _refused("missing or unreadable station signature") from None
    tagmanifest = files["tagmanifest-sha256.txt"]
    if not p.signature_valid(station.signing_key, signature, LABEL + b"\0" + p.sha256(tagmanifest)):
        raise _refused("the station's signature does not match")
    return station


def open_payload(bundle: VerifiedBundle, body: RoleKeys) -> dict:
    """Decrypt the results with the body's private key."""
    return open_payload_and_digest(bundle, body)[0]


def open_payload_and_digest(bundle: VerifiedBundle, body: RoleKeys) -> tuple[dict, str]:
    """The results decrypted, and their payload_digest (computed once: it is what proves them
    the bundle's, and what a later supplement names)."""
    env = bundle.envelope
    if env.get("recipient") != body.identity.fingerprint:
        raise BundleRefused("This result bundle was exported for another credential body.",
                            "Import it at the body it was made for.")
    sealed = bundle.sealed_payload()
    try:
        wrapped = envelope.WrappedSecret(unb64(env["ephemeral_key"], 32), unb64(env["wrapped_secret"]))
        secret = envelope.unwrap_secret(wrapped, body.encryption_private, bundle.bundle_id, label=LABEL)
        key = p.hkdf(secret, salt=bundle.bundle_id.encode(), info=LABEL + b" content")
        plain = p.open_sealed(key, sealed, LABEL + b"\0" + bundle.bundle_id.encode())
    except (KeyError, TypeError, ValueError, RecursionError, p.DecryptionFailed):
        raise _refused("the payload does not decrypt") from None
    try:
        payload = loads_strict(plain)  # one meaning per key, no number JSON cannot hold
    except StrictJsonError as problem:
        raise _refused(f"the payload is not JSON with one meaning: {problem}") from None
    # A station seals canonical_json(payload), so the hash of the bytes as they came is the
    # payload's digest without writing 3 MB of JSON again; bytes written any other way are
    # judged by their canonical form, as they always were.
    digest = p.sha256(plain).hex() if isinstance(payload, dict) else ""
    if digest[:32] != bundle.bundle_id:
        digest = payload_digest(payload) if isinstance(payload, dict) else ""
    if digest[:32] != bundle.bundle_id:  # bundle_id_of(payload)
        raise _refused("the payload does not match the bundle id")
    return payload, digest
