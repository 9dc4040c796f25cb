"""Media in an opened package is decrypted only when it is shown, and only after its sealed
bytes are checked against the digest taken under the package's signature at open: a file
changed on disk afterwards (even by someone holding the content key) is refused, never shown."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from app.crypto import envelope
from app.crypto import primitives as p
from app.crypto.identity import RoleKeys
from app.domain.errors import PackageRefused
from app.formats import package_reader
from app.formats.exam_source import load_exam_source
from app.formats.package_reader import MediaAltered, OpenedPackage, open_package, read_signed
from app.formats.package_writer import PackageSpec, build_package_bytes

SOURCE = Path(__file__).resolve().parent / "fixtures" / "mini-exam"
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def keys() -> tuple[RoleKeys, RoleKeys]:
    return RoleKeys.generate("body", "Media Body"), RoleKeys.generate("center", "Media Center")


@pytest.fixture(scope="module")
def package_bytes(keys) -> tuple[bytes, dict[str, bytes]]:
    body, center = keys
    exam = load_exam_source(SOURCE)
    media = {path: (SOURCE / path).read_bytes() for path in exam.media_paths()}
    spec = PackageSpec(exam=exam, media=media, signer=body, recipients=[center.identity], created=NOW)
    return build_package_bytes(spec), media


def _open(path: Path, keys) -> OpenedPackage:
    body, center = keys
    return open_package(read_signed(path), center, [body.identity], None, NOW)


def _opened_copy(package_bytes, keys, tmp_path: Path) -> tuple[Path, OpenedPackage, str, str]:
    """The package written to a file and opened: its path, the opened package, and its first
    media file's path and blob name."""
    path = tmp_path / "exam.exampkg"
    path.write_bytes(package_bytes[0])
    opened = _open(path, keys)
    return (path, opened, *_media_blob(opened))


def _media_blob(opened: OpenedPackage) -> tuple[str, str]:
    path, entry = next(iter(opened.media_index.items()))
    return path, entry["blob"]


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(data)


def test_opening_decrypts_the_content_and_no_media(package_bytes, keys, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    data, media = package_bytes
    path = tmp_path / "exam.exampkg"
    path.write_bytes(data)
    decrypted: list[bytes] = []
    real_open_sealed = p.open_sealed

    def recording(key: bytes, sealed: bytes, aad: bytes) -> bytes:  # the real decryption, noted
        decrypted.append(aad)
        return real_open_sealed(key, sealed, aad)

    monkeypatch.setattr(package_reader.p, "open_sealed", recording)
    opened = _open(path, keys)
    blob_of = {envelope.blob_aad(opened.package_id, name): name for name in opened.signed.blobs}
    assert media and opened.media_index
    assert [blob_of[aad] for aad in decrypted if aad in blob_of] == ["content"]  # (the rest: key unwrapping)
    shown, blob = _media_blob(opened)
    decrypted.clear()
    assert opened.media(shown) == media[shown]  # decrypted when asked for, and only then
    assert [blob_of.get(aad) for aad in decrypted] == [blob]


def test_media_changed_on_disk_after_open_is_refused_when_shown(package_bytes, keys, tmp_path: Path) -> None:
    data = package_bytes[0]
    path, opened, shown, blob = _opened_copy(package_bytes, keys, tmp_path)
    offset, length = opened.signed.blobs[blob]
    _overwrite(path, offset + length // 2, bytes([data[offset + length // 2] ^ 0x01]))
    with pytest.raises(MediaAltered, match="changed on disk"):
        opened.media(shown)
    assert isinstance(MediaAltered("x"), OSError)  # what the candidate screens catch as unshowable


def test_media_resealed_with_the_content_key_is_still_refused(package_bytes, keys, tmp_path: Path) -> None:
    """Someone holding the content key can seal other bytes that decrypt; the digest taken under
    the body's signature still tells them apart."""
    path, opened, shown, blob = _opened_copy(package_bytes, keys, tmp_path)
    offset, length = opened.signed.blobs[blob]
    other = b"\x89PNG not the signed picture".ljust(length - 28, b"\0")
    forged = p.seal(opened._key, other, envelope.blob_aad(opened.package_id, blob))
    assert len(forged) == length and p.open_sealed(opened._key, forged, envelope.blob_aad(opened.package_id, blob))
    _overwrite(path, offset, forged)
    with pytest.raises(MediaAltered):
        opened.media(shown)


def test_a_media_blob_that_does_not_decrypt_is_refused_as_altered(package_bytes, keys, tmp_path: Path) -> None:
    _path, opened, shown, _blob = _opened_copy(package_bytes, keys, tmp_path)
    wrong_key = OpenedPackage(opened.signed, opened.exam, opened.media_index, bytes(32))
    with pytest.raises(MediaAltered, match="does not decrypt"):
        wrong_key.media(shown)
    with pytest.raises(KeyError):
        opened.media("media/not-in-the-package.png")


def test_content_changed_between_the_signature_and_decryption_is_refused(package_bytes, keys,
                                                                       tmp_path: Path) -> None:
    data, _media = package_bytes
    path = tmp_path / "exam.exampkg"
    path.write_bytes(data)
    signed = read_signed(path)
    offset, _length = signed.blobs["content"]
    _overwrite(path, offset + 40, bytes([data[offset + 40] ^ 0x80]))
    body, center = keys
    with pytest.raises(PackageRefused, match="changed on disk while it was being opened"):
        open_package(signed, center, [body.identity], None, NOW)


def test_a_malformed_blob_table_under_a_bad_signature_says_the_signature(package_bytes, tmp_path: Path) -> None:
    """The blob table is read before the signature now (to hash blob by blob); a file whose
    table no longer tiles its blobs, and so no longer matches its signature, still names the
    signature, as before."""
    data, _media = package_bytes
    at = data.index(b'"length":') + len(b'"length":')
    digit = data[at:at + 1]
    path = tmp_path / "exam.exampkg"
    path.write_bytes(data[:at] + (b"1" if digit != b"1" else b"2") + data[at + 1:])
    with pytest.raises(PackageRefused, match="signature does not match"):
        read_signed(path)


def test_the_digests_are_those_of_the_sealed_blobs(package_bytes, tmp_path: Path) -> None:
    data, _media = package_bytes
    path = tmp_path / "exam.exampkg"
    path.write_bytes(data)
    signed = read_signed(path)
    assert set(signed.digests) == set(signed.blobs) and len(signed.blobs) >= 2
    for name, (offset, length) in signed.blobs.items():
        assert signed.digests[name] == p.sha256(data[offset:offset + length])
