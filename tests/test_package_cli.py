"""`examstation keys|package` end to end: the good path with real processes, and every refusal."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.crypto import envelope
from app.crypto import primitives as p
from app.formats.package_layout import HEADER, iso
from app.formats.package_writer import PackageSpec, assemble_package
from tests.cli_helpers import assert_one_line_refusal, run_inline, run_process
from tests.conftest import MINI_EXAM, RELEASE_CODE, World


@pytest.mark.slow
def test_whole_flow_with_real_processes(tmp_path: Path) -> None:
    body, center = str(tmp_path / "body"), str(tmp_path / "center")
    steps = [
        ("--home", body, "keys", "init", "--role", "body", "--name", "Board"),
        ("--home", center, "keys", "init", "--role", "center", "--name", "Riverside"),
        ("--home", body, "keys", "export", "--role", "body", "-o", str(tmp_path / "body.json")),
        ("--home", center, "keys", "export", "--role", "center", "-o", str(tmp_path / "center.json")),
        ("--home", body, "keys", "trust", str(tmp_path / "center.json")),
        ("--home", center, "keys", "trust", str(tmp_path / "body.json")),
        ("--home", body, "package", "build", str(MINI_EXAM), "--to", str(tmp_path / "center.json"),
         "--release-code", RELEASE_CODE, "-o", str(tmp_path / "mini.exampkg")),
    ]
    for step in steps:
        result = run_process(*step)
        assert result.returncode == 0, (step, result.stderr)
    assert "encrypted key file" in run_process("--home", body, "keys", "show").stdout

    inspected = run_process("--home", str(tmp_path / "nobody"), "package", "inspect", str(tmp_path / "mini.exampkg"))
    assert inspected.returncode == 0, inspected.stderr
    manifest = json.loads(inspected.stdout)
    assert manifest["exam"]["title"] == "Mini Exam for Tests" and manifest["release_code"]["kdf"] == "scrypt"
    assert manifest["recipients"][0]["name"] == "Riverside" and "Zebra" not in inspected.stdout

    verified = run_process("--home", center, "package", "verify", str(tmp_path / "mini.exampkg"),
                           "--release-code", "rc7q 4m2k")  # case, spaces and dashes do not matter
    assert verified.returncode == 0 and "10 items" in verified.stdout, verified.stderr


def test_every_flipped_byte_is_refused_in_one_line(shared_world: World, package_copy: Path, capsys) -> None:
    original = package_copy.read_bytes()
    size = len(original)
    positions = sorted(set(range(HEADER.size)) | {round(i * (size - 1) / 119) for i in range(120)})
    assert len(positions) >= 100 and positions[-1] == size - 1
    home = shared_world.center.home.root
    for position in positions:
        damaged = bytearray(original)
        damaged[position] ^= 0x01 << (position % 8)
        package_copy.write_bytes(bytes(damaged))
        status, _, err = run_inline(capsys, "--home", home, "package", "verify", package_copy,
                                    "--release-code", RELEASE_CODE)
        assert_one_line_refusal(status, err)
        reasons = ("damaged", "not an ExamStation package", "format version")  # the last: bytes 8-9
        assert any(reason in err for reason in reasons), (position, err)


def test_truncated_extended_and_foreign_files_are_refused(shared_world: World, package_copy: Path, capsys) -> None:
    original = package_copy.read_bytes()
    home = shared_world.center.home.root
    for data in (original[:-1], original + b"\0", original[:100], b"", b"PK\x03\x04" + bytes(200)):
        package_copy.write_bytes(data)
        status, _, err = run_inline(capsys, "--home", home, "package", "verify", package_copy,
                                    "--release-code", RELEASE_CODE)
        assert_one_line_refusal(status, err)
    status, _, err = run_inline(capsys, "package", "inspect", package_copy.with_name("missing.exampkg"))
    assert_one_line_refusal(status, err, "cannot be read")


def test_another_center_cannot_open_it(shared_world: World, capsys) -> None:
    other = shared_world.home("other-center")
    if not other.keys.has("center"):
        other.keys.init("center", "Hilltop", store="file")
    other.keys.trust(shared_world.body_file)
    status, _, err = run_inline(capsys, "--home", other.home.root, "package", "verify", shared_world.package,
                                "--release-code", RELEASE_CODE)
    assert_one_line_refusal(status, err, "built for Center One", "not for this station's center 'Hilltop'")


@pytest.mark.parametrize("code, phrase", [("WRONG-CODE", "release code is wrong"),
                                          (None, "needs a release code"), ("  - ", "needs a release code")])
def test_wrong_or_missing_release_code(shared_world: World, capsys, code, phrase) -> None:
    args = ["--home", shared_world.center.home.root, "package", "verify", shared_world.package]
    status, _, err = run_inline(capsys, *args, *(["--release-code", code] if code else []))
    assert_one_line_refusal(status, err, phrase)


def test_outside_the_validity_window(world: World, capsys) -> None:
    now = datetime.now(timezone.utc)
    for name, window, phrase in [("old", {"not_after": iso(now - timedelta(days=1))}, "expired on"),
                                 ("early", {"not_before": iso(now + timedelta(days=2))}, "not valid until")]:
        target = world.root / f"{name}.exampkg"
        world.body.packages.build(MINI_EXAM, [world.center_file], target, RELEASE_CODE, **window)
        status, _, err = run_inline(capsys, "--home", world.center.home.root, "package", "verify", target,
                                    "--release-code", RELEASE_CODE)
        assert_one_line_refusal(status, err, phrase)


def test_a_package_from_an_untrusted_body(world: World, capsys) -> None:
    rogue = world.home("rogue-body")
    rogue.keys.init("body", "Rogue Board", store="file")
    rogue.keys.trust(world.center_file)
    target = world.root / "rogue.exampkg"
    rogue.packages.build(MINI_EXAM, [world.center_file], target, RELEASE_CODE)
    status, _, err = run_inline(capsys, "--home", world.center.home.root, "package", "verify", target,
                                "--release-code", RELEASE_CODE)
    assert_one_line_refusal(status, err, "'Rogue Board'", "does not trust", "keys trust")


def test_building_for_an_unregistered_center_is_refused(world: World, capsys) -> None:
    stranger = world.home("stranger")
    stranger.keys.init("center", "Unknown Center", store="file")
    stranger.keys.export("center", world.root / "stranger.json")
    status, _, err = run_inline(capsys, "--home", world.body.home.root, "package", "build", MINI_EXAM,
                                "--to", world.root / "stranger.json", "-o", world.root / "x.exampkg")
    assert_one_line_refusal(status, err, "not registered")
    assert not (world.root / "x.exampkg").exists()


def _signed_by_trusted_body(world: World, blobs, version_patch: int | None = None) -> Path:
    """A package the trusted body really signed, with content chosen by the test."""
    spec = PackageSpec(exam=None, media={}, signer=world.body.keys.load("body"),  # type: ignore[arg-type]
                       recipients=[world.center.keys.identity("center")],
                       created=datetime.now(timezone.utc), release_code=RELEASE_CODE)
    data = assemble_package(spec, {"title": "crafted"}, blobs)
    if version_patch is not None:
        body = bytearray(data[:-64])
        body[8:10] = version_patch.to_bytes(2, "big")
        data = bytes(body) + p.sign(spec.signer.signing_private, envelope.signed_message(p.sha256(bytes(body))))
    target = world.root / "crafted.exampkg"
    target.write_bytes(data)
    return target


@pytest.mark.parametrize("content, phrase", [
    (b"not json", "content is malformed"),
    (json.dumps({"exam": {"format": "examstation-source/1"}, "media": {}}).encode(), "content is malformed"),
    (json.dumps({"exam": {}, "media": {"x": {"blob": "missing"}}}).encode(), "content is malformed"),
])
def test_malformed_content_signed_by_the_trusted_body(world: World, capsys, content: bytes, phrase) -> None:
    target = _signed_by_trusted_body(world, [("content", content)])
    status, _, err = run_inline(capsys, "--home", world.center.home.root, "package", "verify", target,
                                "--release-code", RELEASE_CODE)
    assert_one_line_refusal(status, err, phrase)


def test_an_unsupported_format_version(world: World, capsys) -> None:
    target = _signed_by_trusted_body(world, [("content", b"{}")], version_patch=2)
    status, _, err = run_inline(capsys, "--home", world.center.home.root, "package", "verify", target,
                                "--release-code", RELEASE_CODE)
    assert_one_line_refusal(status, err, "format version 2", "Update ExamStation")


def test_a_fake_signer_name_and_fingerprint_are_not_repeated(world: World, capsys) -> None:
    # A rogue copies the trusted body's name and fingerprint into its own manifest: the refusal
    # must show the fingerprint of the key that really signed, or call the manifest malformed.
    rogue = world.home("rogue")
    rogue.keys.init("body", "Rogue", store="file")
    real = world.body.keys.identity("body")
    rogue_keys = rogue.keys.load("body")
    spec = PackageSpec(exam=None, media={}, signer=rogue_keys,  # type: ignore[arg-type]
                       recipients=[world.center.keys.identity("center")], created=datetime.now(timezone.utc))
    data = assemble_package(spec, {}, [("content", b"{}")])
    forged = data[:-64].replace(b'"name":"Rogue"', b'"name":"' + real.name.encode() + b'"')
    forged = forged.replace(rogue_keys.identity.fingerprint.encode(), real.fingerprint.encode())
    import struct
    length = struct.unpack(">I", forged[10:14])[0] + len(real.name) - len("Rogue")
    forged = forged[:10] + struct.pack(">I", length) + forged[14:]
    forged += p.sign(rogue_keys.signing_private, envelope.signed_message(p.sha256(forged)))
    target = world.root / "forged.exampkg"
    target.write_bytes(forged)
    status, _, err = run_inline(capsys, "--home", world.center.home.root, "package", "verify", target)
    assert_one_line_refusal(status, err, "malformed")
    assert real.fingerprint not in err


@pytest.mark.parametrize("code", ["- a1 -", "000000", "123456", "ABAB-ABAB", "RC7Q-4M", "2024-0615", "PASSWORD"])
def test_a_weak_release_code_is_refused_at_build(shared_world: World, tmp_path: Path, capsys, code: str) -> None:
    target = tmp_path / "x.exampkg"
    status, _, err = run_inline(capsys, "--home", shared_world.body.home.root, "package", "build", MINI_EXAM,
                                "--to", shared_world.center_file, "--release-code", code, "-o", target)
    assert_one_line_refusal(status, err, "release code is too easy to guess", "at least 40 are needed")
    assert not target.exists()


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        run_inline(capsys, "package", "build")
    assert caught.value.code == 2
