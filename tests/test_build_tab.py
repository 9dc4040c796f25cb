"""The body's package builder, driven as an administrator would: choose the source, tick the
centers, give a code, build; QTI content shows its import report, refusals list every problem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.release_code import too_weak
from app.ui.admin.build_tab import CODE_ALPHABET, suggested_release_code
from app.ui.admin.results_window import ResultsWindow
from tests.conftest import MINI_EXAM, RELEASE_CODE, World

QTI = Path(__file__).parent / "fixtures" / "qti"


def _window(qtbot, world: World) -> ResultsWindow:
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.show()
    return window


def _tick_all_centers(tab) -> None:
    for row in range(tab.centers.count()):
        tab.centers.item(row).setCheckState(Qt.CheckState.Checked)


def _build(qtbot, tab) -> str:
    qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.build_button.isEnabled(), timeout=60000)
    return tab.result.toPlainText()


def test_building_from_a_source_folder_for_a_registered_center(qtbot, world: World, tmp_path: Path) -> None:
    tab = _window(qtbot, world).build_tab
    assert tab.centers.count() == 1 and world.center.keys.identity("center").fingerprint in tab.centers.item(0).text()
    qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    assert "Choose the exam source" in tab.result.toPlainText()
    tab.source_edit.setText(str(MINI_EXAM))
    tab.output_edit.setText(str(tmp_path / "mini.exampkg"))
    qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    assert "Tick at least one center" in tab.result.toPlainText()
    _tick_all_centers(tab)
    tab.code_edit.setText(RELEASE_CODE)
    tab.closes_box.setChecked(True)
    text = _build(qtbot, tab)
    assert text.startswith(f"Built {tmp_path / 'mini.exampkg'}"), text
    opened = world.center.packages.open(tmp_path / "mini.exampkg", RELEASE_CODE)
    assert opened.exam.id == "mini-exam"
    assert world.center.packages.inspect(tmp_path / "mini.exampkg")["valid"]["not_after"]


def test_a_qti_package_shows_its_report_and_unsupported_content_stops_it(qtbot, world: World, tmp_path: Path) -> None:
    tab = _window(qtbot, world).build_tab
    _tick_all_centers(tab)
    tab.source_edit.setText(str(QTI / "v3"))
    tab.companion_edit.setText(str(QTI / "companion.yaml"))
    tab.output_edit.setText(str(tmp_path / "qti.exampkg"))
    text = _build(qtbot, tab)
    assert text.startswith("Nothing was built.") and "v3-unsupported: drawingInteraction" in text
    assert not (tmp_path / "qti.exampkg").exists()
    tab.skip_box.setChecked(True)
    text = _build(qtbot, tab)
    assert "Built" in text and "QTI import: 17 items on 2 forms." in text and "Removed (5)" in text
    assert (tmp_path / "qti.exampkg").exists()


def test_suggested_codes_are_easy_to_read_out() -> None:
    codes = {suggested_release_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert len(code) == 9 and code[4] == "-" and set(code.replace("-", "")) <= set(CODE_ALPHABET)
        assert not too_weak(code)  # the build accepts every code the window suggests


def test_check_only_reads_everything_and_writes_nothing(qtbot, world: World, tmp_path: Path, capsys) -> None:
    from tests.cli_helpers import run_inline
    tab = _window(qtbot, world).build_tab
    written = lambda: sorted(tmp_path.rglob("*.exampkg")) + sorted(QTI.parent.rglob("*.import-report.txt"))  # noqa: E731
    before = written()
    tab.source_edit.setText(str(QTI / "v2.zip"))
    tab.companion_edit.setText(str(QTI / "companion.yaml"))
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.check_button.isEnabled(), timeout=60000)
    assert tab.result.toPlainText().startswith("Nothing was built.")
    tab.skip_box.setChecked(True)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.check_button.isEnabled(), timeout=60000)
    assert tab.result.toPlainText().startswith("No problems: 16 items on 2 forms")
    assert written() == before
    status, out, err = run_inline(capsys, "package", "validate", QTI / "v3", "--companion", QTI / "companion.yaml",
                                  "--skip-unsupported")
    assert status == 0 and "OK: 17 items on 2 forms" in out and "QTI import" in out, err
    status, out, err = run_inline(capsys, "package", "validate", MINI_EXAM)
    assert status == 0 and "OK: 10 items on 1 form" in out, err
