"""The test vectors of docs/formats.md, checked against the code.

Every ```json test-vector block in the spec is parsed here and each expected
value is compared exactly, so the spec and the implementation cannot drift
apart silently: a typo in the doc or a change in the code fails a test.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from app.crypto import envelope
from app.crypto import primitives as p
from app.crypto.identity import Identity, RoleKeys, b64, unb64
from app.crypto import keystore, passwords
from app.crypto.keystore import EncryptedFileProvider
from app.domain.errors import PackageRefused
from app.domain.release_code import MIN_RELEASE_CODE_BITS
from app.formats.exam_content import canonical_json, exam_from_document, exam_to_document
from app.formats.exam_source import MEDIA_SUFFIXES
from app.formats.package_layout import FORMAT_VERSION, HEADER, MAGIC, MAX_MANIFEST_BYTES, SIGNATURE_BYTES, parse_iso
from app.formats.package_reader import open_package, read_signed
from app.formats.package_writer import PackageSpec, assemble_package

DOC = Path(__file__).resolve().parents[1] / "docs" / "formats.md"
TEXT = DOC.read_text(encoding="utf-8")
BLOCKS = [json.loads(b) for b in re.findall(r"^```json test-vector\n(.*?)\n^```$", TEXT, re.S | re.M)]
V = {block["name"]: block for block in BLOCKS}
EXPECTED = {"identity-body", "identity-center", "key-file", "release-code-normalization", "wrap",
            "release-key", "scrypt-parameters", "content-key", "blob-seal", "media-types", "package"}


def test_doc_has_every_vector_once() -> None:
    # A block silently dropped from the doc must not make its test vanish.
    assert len(BLOCKS) == len(V)
    assert set(V) == EXPECTED


def _rng(data: bytes, draws: list[int] | None = None):
    """A deterministic random source that hands out `data` in order and records each draw."""
    stream, log = io.BytesIO(data), [] if draws is None else draws

    def take(count: int) -> bytes:
        chunk = stream.read(count)
        assert len(chunk) == count, "the writer drew more random bytes than the vector has"
        log.append(count)
        return chunk
    return take


def _blob_plain(blob: dict) -> bytes:
    return blob["plaintext_utf8"].encode() if "plaintext_utf8" in blob else bytes.fromhex(blob["plaintext_hex"])


def _keys(role: str, entry: dict) -> RoleKeys:
    return RoleKeys(role, entry["name"], bytes.fromhex(entry["signing_private_hex"]),
                    bytes.fromhex(entry["encryption_private_hex"]))


# -- layout table ---------------------------------------------------------------

def test_layout_table_matches_constants() -> None:
    # Rows of the "Byte layout" table: | offset | size | field | value |
    section = TEXT.split("### 4.1 Byte layout", 1)[1].split("###", 1)[0]
    rows = {cells[2]: cells for cells in (
        [c.strip() for c in line.strip("|").split("|")] for line in section.splitlines() if line.startswith("| "))}
    magic_hex = re.search(r"`([0-9A-Fa-f ]+)`", rows["magic"][3]).group(1)
    assert bytes.fromhex(magic_hex) == MAGIC
    version_hex = re.search(r"`([0-9A-Fa-f ]+)`", rows["format version"][3]).group(1)
    assert bytes.fromhex(version_hex) == FORMAT_VERSION.to_bytes(2, "big")
    assert int(rows["manifest length M"][0]) + int(rows["manifest length M"][1]) == HEADER.size == 14
    assert rows["manifest"][0] == str(HEADER.size)
    assert int(rows["signature"][1]) == SIGNATURE_BYTES
    assert str(MAX_MANIFEST_BYTES) in rows["manifest length M"][3]


# -- identities and key files -----------------------------------------------------

@pytest.mark.parametrize("name", ["identity-body", "identity-center"])
def test_identity(name: str) -> None:
    v = V[name]
    identity = _keys(v["role"], {**v, "name": v["display_name"]}).identity
    assert b64(identity.signing_key) == v["signing_key"]
    assert b64(identity.encryption_key) == v["encryption_key"]
    # The exact bytes hashed, as the spec states them.
    preimage = b"examstation-identity/1\0" + v["role"].encode() + b"\0" + identity.signing_key + identity.encryption_key
    assert hashlib.sha256(preimage).hexdigest() == v["fingerprint_sha256_hex"]
    assert identity.fingerprint == v["fingerprint"]
    assert identity.to_json() == v["identity_file"]
    assert Identity.from_json(v["identity_file"]) == identity


def test_key_file_opens(tmp_path: Path, real_key_stretching: None) -> None:
    v = V["key-file"]
    assert v["scrypt"] == keystore.KEYFILE_SCRYPT  # the doc states the parameters the code writes
    nfc = bytes.fromhex(v["passphrase_nfc_hex"])  # the typed passphrase is decomposed; scrypt gets NFC
    assert unicodedata.normalize("NFC", v["passphrase"]).encode() == nfc != v["passphrase"].encode()
    assert p.scrypt(nfc, bytes.fromhex(v["salt_hex"]), **v["scrypt"]).hex() == v["key_hex"]
    sealed, secret = unb64(v["document"]["sealed"]), v["secret_utf8"].encode()
    assert sealed[:12].hex() == v["nonce_hex"]
    assert p.open_sealed(bytes.fromhex(v["key_hex"]), sealed, v["aad_utf8"].encode()) == secret
    (tmp_path / f"{v['role']}.key.json").write_text(json.dumps(v["document"]), encoding="utf-8")
    for typed in (v["passphrase"], nfc.decode()):  # either spelling of the same passphrase opens it
        assert EncryptedFileProvider(tmp_path, lambda _creating, typed=typed: typed).load(v["role"]) == secret
    assert RoleKeys.from_secret(secret).identity.fingerprint == V["identity-center"]["fingerprint"]


# -- envelope ---------------------------------------------------------------------

@pytest.mark.parametrize("raw, normalized", V["release-code-normalization"]["cases"])
def test_release_code_normalization(raw: str, normalized: str) -> None:
    assert envelope.normalize_release_code(raw) == normalized.encode()


def test_release_code_removed_characters() -> None:
    v = V["release-code-normalization"]
    for part in (v["removed_white_space"] + " " + v["removed_dashes"]).split():
        first, _, last = part.partition("-")
        for code in range(int(first, 16), int(last or first, 16) + 1):
            assert envelope.normalize_release_code(f"a{chr(code)}b") == b"AB", hex(code)
    assert MIN_RELEASE_CODE_BITS == v["minimum_estimated_bits_at_build"]


def test_limits() -> None:
    v = V["scrypt-parameters"]
    assert v["min_n"] == envelope.MIN_RELEASE_SCRYPT_N and MEDIA_SUFFIXES == V["media-types"]["types"]
    assert (v["max_n"], v["r"], v["p"], v["max_memory_bytes"], v["max_work_bytes"]) == (
        p.MAX_SCRYPT_N, [1, p.MAX_SCRYPT_R], [1, p.MAX_SCRYPT_P], p.MAX_SCRYPT_MEMORY, p.MAX_SCRYPT_WORK)
    for n, r, parallel in v["accepted"]:
        p.check_scrypt_params(n, r, parallel, v["min_n"])
    for n, r, parallel in v["refused"]:
        with pytest.raises(ValueError):
            p.check_scrypt_params(n, r, parallel, v["min_n"])


def test_wrap_and_unwrap() -> None:
    v = V["wrap"]
    secret, recipient_private = bytes.fromhex(v["secret_hex"]), bytes.fromhex(v["recipient_private_hex"])
    ephemeral = bytes.fromhex(v["ephemeral_private_hex"])
    recipient_public = p.agreement_public(recipient_private)
    assert b64(recipient_public) == v["recipient_public"]
    assert p.agree(ephemeral, recipient_public).hex() == v["shared_secret_hex"]
    # The wrap key, from the salt and info exactly as the spec writes them.
    assert bytes.fromhex(v["hkdf_salt_hex"]) == unb64(v["ephemeral_key"]) + recipient_public
    wrap_key = p.hkdf(bytes.fromhex(v["shared_secret_hex"]), bytes.fromhex(v["hkdf_salt_hex"]),
                      v["hkdf_info_utf8"].encode())
    assert wrap_key.hex() == v["wrap_key_hex"]
    wrapped = envelope.wrap_secret(secret, recipient_public, v["package_id"],
                                   _rng(ephemeral + bytes.fromhex(v["nonce_hex"])))
    assert b64(wrapped.ephemeral_key) == v["ephemeral_key"]
    assert b64(wrapped.sealed) == v["wrapped_secret"]
    assert p.open_sealed(wrap_key, wrapped.sealed, v["aad_utf8"].encode()) == secret
    assert envelope.unwrap_secret(wrapped, recipient_private, v["package_id"]) == secret


def test_release_key(real_key_stretching: None) -> None:
    v = V["release-key"]
    assert v["scrypt"] == envelope.RELEASE_SCRYPT  # the real parameters, not the suite's cheap ones
    assert envelope.normalize_release_code(v["release_code"]) == v["normalized"].encode()
    key = envelope.release_key(v["release_code"], bytes.fromhex(v["salt_hex"]),
                               v["scrypt"]["n"], v["scrypt"]["r"], v["scrypt"]["p"])
    assert key.hex() == v["release_key_hex"]


def test_content_key() -> None:
    v = V["content-key"]
    secret, release = bytes.fromhex(v["secret_hex"]), bytes.fromhex(v["release_key_hex"])
    assert envelope.content_key(secret, release, v["package_id"]).hex() == v["content_key_hex"]
    assert envelope.content_key(secret, None, v["package_id"]).hex() == v["content_key_without_release_hex"]
    # The spec's formula, spelled out: HKDF(secret || release, salt=package id, info=label " content").
    spelled = p.hkdf(secret + release, v["package_id"].encode(), v["hkdf_info_utf8"].encode())
    assert spelled.hex() == v["content_key_hex"]


@pytest.mark.parametrize("index", [0, 1])
def test_blob_seal(index: int) -> None:
    v = V["blob-seal"]
    blob, key = v["blobs"][index], bytes.fromhex(v["content_key_hex"])
    aad = envelope.blob_aad(v["package_id"], blob["name"])
    assert aad.hex() == blob["aad_hex"]
    plain = _blob_plain(blob)
    sealed = p.seal(key, plain, aad, _rng(bytes.fromhex(blob["nonce_hex"])))
    assert len(sealed) == blob["sealed_length"] == len(plain) + 28
    assert hashlib.sha256(sealed).hexdigest() == blob["sealed_sha256"]
    if "sealed_hex" in blob:
        assert sealed.hex() == blob["sealed_hex"]
    assert p.open_sealed(key, sealed, aad) == plain


def test_what_the_app_writes_carries_the_documented_costs(tmp_path: Path, real_key_stretching: None) -> None:
    """The suite writes its own keys, packages and PINs at a cheap cost (tests/key_stretching.py);
    the app writes a key file, a release code and a PIN hash at the costs the spec states."""
    EncryptedFileProvider(tmp_path, lambda _creating: "a passphrase long enough").save("center", b"secret")
    kdf = json.loads((tmp_path / "center.key.json").read_text(encoding="utf-8"))["kdf"]
    assert {name: kdf[name] for name in ("n", "r", "p")} == V["key-file"]["scrypt"]
    assert PackageSpec.__dataclass_fields__["release_scrypt"].default_factory() == V["release-key"]["scrypt"]
    _, n, r, parallel, *_ = passwords.hash_secret("2468").split("$")
    assert (int(n), int(r), int(parallel)) == (2**15, 8, 1)  # the PIN and password hash of app/crypto/passwords.py


# -- the whole package -------------------------------------------------------------

@pytest.fixture(scope="module")
def built() -> tuple[bytes, list[int]]:
    """The package of the "package" vector, built once (scrypt costs about 0.3 s)."""
    v = V["package"]
    content = json.loads(v["blobs"][0]["plaintext_utf8"])
    exam = exam_from_document(content["exam"], set(content["media"]))
    draws: list[int] = []
    spec = PackageSpec(
        exam=exam, media={}, signer=_keys("body", v["signer"]),
        recipients=[_keys("center", r).identity for r in v["recipients"]],
        created=parse_iso(v["created"]), release_code=v["release_code"],
        not_before=parse_iso(v["not_before"]), not_after=parse_iso(v["not_after"]),
        package_id=v["package_id"], rng=_rng(bytes.fromhex(v["rng_hex"]), draws),
        release_scrypt=v["release_scrypt"])
    plain_blobs = [(b["name"], _blob_plain(b)) for b in v["blobs"]]
    return assemble_package(spec, v["exam_summary"], plain_blobs), draws


def test_package_bytes(built: tuple[bytes, list[int]]) -> None:
    data, draws = built
    v = V["package"]
    assert draws == [size for _what, size in v["rng_draws"]]  # the order of 4.12, and nothing more
    assert len(data) == v["package_length"]
    assert data[:8] == MAGIC and HEADER.unpack(data[:HEADER.size]) == (MAGIC, 1, v["manifest_length"])
    manifest_bytes = data[HEADER.size:HEADER.size + v["manifest_length"]]
    assert manifest_bytes == canonical_json(v["manifest"])
    assert hashlib.sha256(data[:-SIGNATURE_BYTES]).hexdigest() == v["signed_digest_hex"]
    assert data[-SIGNATURE_BYTES:].hex() == v["signature_hex"]
    assert hashlib.sha256(data).hexdigest() == v["package_sha256"]
    # The signed message is the label, a zero byte and the digest (section 4.2).
    message = b"examstation-package/1\0" + bytes.fromhex(v["signed_digest_hex"])
    signer = unb64(v["manifest"]["signer"]["signing_key"], 32)
    assert p.signature_valid(signer, bytes.fromhex(v["signature_hex"]), message)


def test_package_reads_and_opens(built: tuple[bytes, list[int]], tmp_path: Path) -> None:
    data, _ = built
    v = V["package"]
    path = tmp_path / "vector.exampkg"
    path.write_bytes(data)
    signed = read_signed(path)
    assert signed.manifest == v["manifest"]
    start = HEADER.size + v["manifest_length"]
    assert signed.blobs == {e["name"]: (start + e["offset"], e["length"]) for e in v["manifest"]["blobs"]}
    # Each sealed blob, as read from the file, opens with the documented content key to the exact plaintext.
    key = bytes.fromhex(V["content-key"]["content_key_hex"])
    for blob in v["blobs"]:
        offset, length = signed.blobs[blob["name"]]
        aad = envelope.blob_aad(v["package_id"], blob["name"])
        assert p.open_sealed(key, data[offset:offset + length], aad) == _blob_plain(blob)
    center, body = _keys("center", v["recipients"][0]), _keys("body", v["signer"])
    how = v["open_with"]
    opened = open_package(signed, center, [body.identity], how["release_code"], parse_iso(how["now"]))
    # The writer's own encoding of the opened exam gives back the content blob byte for byte.
    assert canonical_json({"exam": exam_to_document(opened.exam), "media": opened.media_index}) == \
        _blob_plain(v["blobs"][0])
    assert opened.media(how["media_path"]) == _blob_plain(v["blobs"][1])


def test_package_refusals(built: tuple[bytes, list[int]], tmp_path: Path) -> None:
    # A few steps of 4.10, each with its own reason, to pin down what the spec promises.
    data, _ = built
    v = V["package"]
    center, body = _keys("center", v["recipients"][0]), _keys("body", v["signer"])
    path = tmp_path / "vector.exampkg"
    path.write_bytes(data)
    signed = read_signed(path)
    now, code = parse_iso(v["open_with"]["now"]), v["open_with"]["release_code"]
    with pytest.raises(PackageRefused, match="release code is wrong"):
        open_package(signed, center, [body.identity], "RC7Q-4M2L", now)
    # Step 10 names the fingerprint computed from the keys.
    with pytest.raises(PackageRefused, match=rf"\(fingerprint {V['identity-body']['fingerprint']}\).*not trust"):
        open_package(signed, center, [], code, now)
    with pytest.raises(PackageRefused, match="not valid until"):
        open_package(signed, center, [body.identity], code, datetime.fromisoformat("2026-03-10T06:59:59+00:00"))
    # Any other byte: the signature (step 7); but the version is read before it (step 3).
    for index, value, refusal in ((len(data) - SIGNATURE_BYTES - 1, data[-SIGNATURE_BYTES - 1] ^ 1,
                                   "signature does not match"), (9, 2, "format version 2.*header is damaged")):
        path.write_bytes(data[:index] + bytes([value]) + data[index + 1:])
        with pytest.raises(PackageRefused, match=refusal):
            read_signed(path)


def _resigned(data: bytes, manifest_bytes: bytes) -> bytes:
    """The vector package with another manifest, validly signed: only checks after the signature refuse it."""
    old_length = HEADER.unpack(data[:HEADER.size])[2]
    body = HEADER.pack(MAGIC, FORMAT_VERSION, len(manifest_bytes)) + manifest_bytes + \
        data[HEADER.size + old_length:-SIGNATURE_BYTES]
    return body + p.sign(_keys("body", V["package"]["signer"]).signing_private, envelope.signed_message(p.sha256(body)))


def _forged(**signer: str) -> bytes:
    manifest = V["package"]["manifest"]
    return canonical_json({**manifest, "signer": {**manifest["signer"], **signer}})


MALFORMED, CANONICAL = re.escape("malformed (format, package id or signer)"), canonical_json(V["package"]["manifest"])
CENTER = V["identity-center"]


@pytest.mark.parametrize("manifest_bytes, refusal", [
    (CANONICAL, None),  # control: re-signing alone changes nothing
    # Another party's name and fingerprint, a made-up fingerprint, a swapped key: refused, never echoed (step 8).
    (_forged(name=CENTER["display_name"], fingerprint=CENTER["fingerprint"]), MALFORMED),
    (_forged(fingerprint="AAAA-AAAA-AAAA-AAAA"), MALFORMED),
    (_forged(encryption_key=CENTER["encryption_key"]), MALFORMED),
    # Not the canonical bytes of the value they parse to (step 5): whitespace, a duplicate key, an escape.
    (CANONICAL.replace(b'":', b'": '), "unreadable manifest"),
    (b'{"blobs":null,' + CANONICAL[1:], "unreadable manifest"),
    (CANONICAL.replace("ü".encode(), b"\\u00fc"), "unreadable manifest"),
])
def test_resigned_manifest(built: tuple[bytes, list[int]], tmp_path: Path, manifest_bytes: bytes,
                           refusal: str | None) -> None:
    (path := tmp_path / "resigned.exampkg").write_bytes(_resigned(built[0], manifest_bytes))
    if refusal is None:
        assert read_signed(path).signer.fingerprint == V["identity-body"]["fingerprint"]
        return
    with pytest.raises(PackageRefused, match=refusal) as refused:
        read_signed(path)
    assert CENTER["fingerprint"] not in str(refused.value)
