"""Decrypted exam content never touches the disk (docs/architecture.md, section 5): after `verify`,
after opening in the app, and after `examstation demo`, no item stem is in any file
under the homes or the temp folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.formats.exam_source import load_exam_source
from app.services.demo import DEMO_SOURCES
from tests.cli_helpers import run_process
from tests.conftest import ITEM_STEM_MARK, RELEASE_CODE, ROOT, World


def files_containing(roots: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                hits += [f"{path}: {n[:30]!r}" for n in needles if n in data]
    return hits


def stems_of(source: Path) -> list[bytes]:
    # A distinctive slice of each stem: long enough not to occur by chance.
    return [item.stem.encode("utf-8")[:40] for item in load_exam_source(source).items]


def test_verify_in_its_own_process_leaves_no_plaintext(world: World, tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = run_process("--home", str(world.center.home.root), "package", "verify", str(world.package),
                         "--release-code", RELEASE_CODE, env={"TMPDIR": str(temp)})
    assert result.returncode == 0, result.stderr
    needles = stems_of(ROOT / "tests/fixtures/mini-exam") + [ITEM_STEM_MARK.encode()]
    assert files_containing([world.root, temp], needles) == []


def test_the_search_would_find_plaintext(tmp_path: Path) -> None:
    # The negative control: the same search does see a stem written to disk.
    (tmp_path / "leak.txt").write_text("... Zebra-stem-single: which ...")
    assert files_containing([tmp_path], [ITEM_STEM_MARK.encode()])


def test_opening_in_the_app_leaves_no_plaintext(qtbot, world: World) -> None:
    from app.ui.main_window import MainWindow
    world.center.home.packages_dir.joinpath("mini.exampkg").write_bytes(world.package.read_bytes())
    window = MainWindow(world.center)
    qtbot.addWidget(window)
    screen = window.start_screen
    screen.code_edit.setText(RELEASE_CODE)
    screen.open_selected()
    qtbot.waitUntil(lambda: screen.opened is not None, timeout=20000)
    world.center.close()  # flush the WAL into the database file before searching
    assert files_containing([world.root], [ITEM_STEM_MARK.encode()]) == []


def test_examstation_demo_leaves_no_plaintext_and_cleans_up(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "app", "demo"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        # *.exampkg only: a package still being written is a temporary file beside it
        while time.monotonic() < deadline and len(list(tmp_path.glob(
                "examstation-demo-*/station/packages/*.exampkg"))) < len(DEMO_SOURCES):
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.2)
        packages = list(tmp_path.glob("examstation-demo-*/station/packages/*.exampkg"))
        assert {p.stem for p in packages} == {s.name for s in DEMO_SOURCES}
        time.sleep(1.0)  # the window is up and idle
        needles = [s for source in DEMO_SOURCES for s in stems_of(source)]
        assert files_containing([tmp_path], needles) == []
    finally:
        process.send_signal(signal.SIGTERM)
        status = process.wait(timeout=30)
    assert status == 0, process.stderr.read().decode()
    assert list(tmp_path.glob("examstation-demo-*")) == []  # the throwaway home is gone
