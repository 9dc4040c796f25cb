"""Reading result bundles as an attacker would feed them. Zip bombs posing as bundles (a 1.6 MB
file whose members expand to 1.5 GiB) are refused in one line, and a separate process
measures what refusing cost: peak memory (against the same command on a genuine bundle)
and bytes put in its temp folder; it stops the command early if it goes far over the bounds,
so running this against a reader that unpacks everything does not exhaust the machine.
Damaged bags are refused in exactly one line (the BagIt library's own warnings stay quiet),
and fuzzed bytes never get past the reader as anything but a refusal."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.formats.result_bundle import BundleRefused, verify_bundle
from tests.cli_helpers import run_inline, run_process
from tests.conftest import PASSPHRASE, RELEASE_CODE, ROOT, World, copy_world
from tests.test_properties import damaged_copy

ON_LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="measures through /proc")

MiB = 1024 * 1024
BOMB_MEMBER = 500 * MiB          # three of them: 1.5 GiB from about 1.5 MB
EXTRA_MEMORY = 64 * MiB          # what refusing a bomb may cost over verifying a genuine bundle
STOP_AT = 256 * MiB              # the measuring process stops the command beyond this

MEASURE = r"""
import json, os, resource, subprocess, sys
temp, stop_at, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

def used(folder):
    total = 0
    for base, _, files in os.walk(folder):
        for name in files:
            try:
                total += os.lstat(os.path.join(base, name)).st_size
            except OSError:
                pass
    return total

def resident(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return 0

child = subprocess.Popen(command, env={**os.environ, "TMPDIR": temp}, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
peak_temp, stopped = 0, False
while True:
    try:
        out, err = child.communicate(timeout=0.02)
        break
    except subprocess.TimeoutExpired:  # still running: look at it, then wait a little more
        peak_temp = max(peak_temp, used(temp))
        if peak_temp > stop_at or resident(child.pid) > 2 * stop_at:
            child.kill()
            stopped = True
print(json.dumps({"status": child.returncode, "stderr": err, "stopped": stopped, "peak_temp": peak_temp,
                  "peak_memory": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}))
"""


def _deflated_zeros(size: int) -> tuple[bytes, int]:
    """Raw DEFLATE of `size` zero bytes, and their CRC-32."""
    packer, block, parts, crc = zlib.compressobj(9, zlib.DEFLATED, -15), bytes(MiB), [], 0
    for _ in range(size // MiB):
        parts.append(packer.compress(block))
        crc = zlib.crc32(block, crc)
    parts.append(packer.flush())
    return b"".join(parts), crc


def _zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written field by field, so sizes can be whatever a forger likes:
    (name, stored data, method, crc, declared size)."""
    local, central = bytearray(), bytearray()
    for name, data, method, crc, size in members:
        encoded = name.encode()
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 33, crc, len(data), size,
                             len(encoded), 0) + encoded + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0, method, 0, 33, crc, len(data),
                               size, len(encoded), 0, 0, 0, 0, 0o100644 << 16, offset) + encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    return bytes(local + central + end)


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory, world_template: Path) -> tuple[World, Path]:
    world = copy_world(world_template, tmp_path_factory.mktemp("bomb"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXAMSTATION_KEY_PASSPHRASE", PASSPHRASE)
        from app.services.simulate import simulate
        session = simulate(world.center, world.package, RELEASE_CODE, 2, seed=2).session_id
        bundle = world.center.results.export(session, world.root)
    yield world, bundle
    world.close()


@pytest.fixture(scope="module")
def bombs(genuine, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    _, bundle = genuine
    with zipfile.ZipFile(bundle) as archive:
        real = [(i.filename, archive.read(i)) for i in archive.infolist()]
    stored = [(name, data, zipfile.ZIP_STORED, zlib.crc32(data), len(data)) for name, data in real]
    zeros, crc = _deflated_zeros(BOMB_MEMBER)
    bomb = (zeros, zipfile.ZIP_DEFLATED, crc, BOMB_MEMBER)
    folder = tmp_path_factory.mktemp("bombs")
    made = {
        # the real bag plus three members the bag does not have, each under the old 512 MiB cap
        "extra members": stored + [(f"bag/data/filler-{i}.bin", *bomb) for i in range(3)],
        # the sealed payload replaced by zeros that expand a thousandfold
        "payload of zeros": [m if not m[0].endswith(".sealed") else (m[0], *bomb) for m in stored],
        # a member that says it is small and expands to 500 MiB
        "lying sizes": [m if not m[0].endswith(".sealed") else (m[0], zeros, zipfile.ZIP_DEFLATED, crc, len(zeros))
                        for m in stored],
    }
    paths = {}
    for name, members in made.items():
        paths[name] = folder / f"{name.replace(' ', '-')}.examresult"
        paths[name].write_bytes(_zip(members))
    assert paths["extra members"].stat().st_size < 2 * MiB
    return paths


def _measured(tmp_path: Path, *args: str) -> dict:
    temp = tmp_path / f"temp-{len(list(tmp_path.iterdir()))}"
    temp.mkdir()
    done = subprocess.run([sys.executable, "-c", MEASURE, str(temp), str(STOP_AT), sys.executable, "-m", "app",
                           *args], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**__import__("os").environ, "EXAMSTATION_KEY_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@ON_LINUX
@pytest.mark.parametrize("kind", ["extra members", "payload of zeros", "lying sizes"])
def test_a_bundle_bomb_is_refused_in_one_line_within_bounded_memory_and_no_temp_space(genuine, bombs, kind,
                                                                                       tmp_path: Path) -> None:
    world, bundle = genuine
    nobody = str(tmp_path / "nobody")
    baseline = _measured(tmp_path, "--home", nobody, "results", "verify", str(bundle))
    assert baseline["status"] == 0, baseline
    refused = _measured(tmp_path, "--home", nobody, "results", "verify", str(bombs[kind]))
    assert not refused["stopped"], refused
    assert refused["status"] == 1 and len(refused["stderr"].strip().splitlines()) == 1, refused["stderr"]
    assert "damaged or has been altered" in refused["stderr"]
    assert refused["peak_memory"] - baseline["peak_memory"] < EXTRA_MEMORY, (refused, baseline)
    assert refused["peak_temp"] == 0, refused


@ON_LINUX
def test_the_body_refuses_a_bundle_bomb_before_decrypting_anything(genuine, bombs, tmp_path: Path, capsys) -> None:
    world, _ = genuine
    for bomb in bombs.values():
        status = run_inline(capsys, "--home", world.body.home.root, "results", "import", bomb)[0]
        assert status == 1
    measured = _measured(tmp_path, "--home", str(world.body.home.root), "results", "import",
                         str(bombs["extra members"]))
    assert measured["status"] == 1 and not measured["stopped"] and measured["peak_temp"] == 0, measured
    assert "unexpected entry" in measured["stderr"]


def _rezipped(bundle: Path, target: Path, change) -> Path:
    """A copy of the bundle with `change(name, content)` applied to each member (None drops it)."""
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in source.infolist():
            content = change(member.filename, source.read(member))
            if content is not None:
                copy.writestr(member.filename, content)
    return target


DAMAGES = {  # what was done to the bag, and what the one line says
    "a payload byte changed, manifests kept": (
        lambda n, d: d[:-1] + bytes([d[-1] ^ 1]) if n.endswith(".sealed") else d,
        "results.json.sealed does not match manifest-sha256.txt"),
    "tag manifest missing": (lambda n, d: None if n.endswith("tagmanifest-sha256.txt") else d,
                             "missing tagmanifest-sha256.txt"),
    "bagit.txt not UTF-8": (lambda n, d: b"\xff\xfe\x00" if n.endswith("bagit.txt") else d, "bagit.txt is not UTF-8"),
    "payload-oxum changed": (lambda n, d: d.replace(b"Payload-Oxum: ", b"Payload-Oxum: 1") if n.endswith("info.txt")
                             else d, "bag-info.txt does not match tagmanifest-sha256.txt"),
}


def test_a_damaged_bundle_is_refused_in_exactly_one_line(genuine, tmp_path: Path, capsys) -> None:
    """The first in its own process, where the BagIt library's logger used to add its warnings."""
    _, bundle = genuine
    for number, (name, (change, says)) in enumerate(DAMAGES.items()):
        damaged = _rezipped(bundle, tmp_path / f"{name.replace(' ', '-')}.examresult", change)
        if number == 0:
            done = run_process("--home", str(tmp_path / "nobody"), "results", "verify", str(damaged))
            status, err = done.returncode, done.stderr
        else:
            status, _, err = run_inline(capsys, "--home", tmp_path / "nobody", "results", "verify", damaged)
        assert status == 1 and err.count("\n") == 1, (name, err)
        assert err.startswith("examstation: ") and says in err, (name, err)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_bundle_bytes_are_refused_cleanly(genuine, tmp_path_factory, data) -> None:
    _, bundle = genuine
    target = tmp_path_factory.mktemp("fuzz") / "b.examresult"
    target.write_bytes(damaged_copy(bundle.read_bytes(), data))
    try:
        verify_bundle(target)
    except BundleRefused as error:
        assert "\n" not in error.line()
