"""Lockdown's decisions without Qt: which keys are swallowed, which screens are covered or
refuse the start, which running programs count as forbidden."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.forbidden_programs import (MAX_LISTED, ProcessCheck, ProcessInfo, ProcessMatch, describe_found,
                                          incident_details, match_forbidden, normalise)
from app.domain.incidents import FORBIDDEN_PROCESS
from app.domain.lockdown_policy import (ALT, CTRL, META, SHIFT, EXTRA_SCREENS_FORBIDDEN, NO_SCREEN, KeyVerdict,
                                        ScreenInfo, classify_key, describe_chord, plan_screens)
from app.services.program_scanner import ProcessScanner
from app.services.room_attempt import _check_incident as station_accepts
from tests.conftest import ROOT

ALLOW, BLOCK, REPORT = KeyVerdict.ALLOW, KeyVerdict.BLOCK, KeyVerdict.BLOCK_AND_REPORT


def verdict(key: str, *mods: str, field: bool = False, mac: bool = False, copy: bool = True) -> KeyVerdict:
    return classify_key(key, frozenset(mods), in_text_field=field, allow_copy_in_answers=copy, mac=mac)


@pytest.mark.parametrize(("key", "mods"), [
    ("Key_Print", ()), ("Key_Print", (ALT,)), ("Key_SysReq", (ALT,)), ("Key_F4", (ALT,)),
    ("Key_Tab", (ALT,)), ("Key_Backtab", (ALT, SHIFT)), ("Key_Escape", (CTRL,)),
    ("Key_Escape", (CTRL, SHIFT)), ("Key_P", (CTRL,)), ("Key_D", (META,)), ("Key_4", (CTRL, SHIFT)),
])
def test_screenshot_print_and_escape_keys_are_swallowed_and_reported(key, mods) -> None:
    assert verdict(key, *mods) is REPORT
    assert verdict(key, *mods, field=True) is REPORT  # a text field does not make them safe


@pytest.mark.parametrize(("key", "mods"), [
    ("Key_Meta", ()), ("Key_Super_L", ()), ("Key_Menu", ()), ("Key_Q", (CTRL,)), ("Key_W", (CTRL,)),
    ("Key_Space", (ALT,)),
])
def test_launcher_menu_and_quit_keys_are_swallowed_quietly(key, mods) -> None:
    assert verdict(key, *mods) is BLOCK


@pytest.mark.parametrize(("key", "mods"), [
    ("Key_C", (CTRL,)), ("Key_X", (CTRL,)), ("Key_V", (CTRL,)), ("Key_Insert", (SHIFT,)),
    ("Key_Insert", (CTRL,)), ("Key_Delete", (SHIFT,)),
])
def test_copy_and_paste_work_only_inside_an_answer_field(key, mods) -> None:
    assert verdict(key, *mods) is BLOCK
    assert verdict(key, *mods, field=True) is ALLOW
    assert verdict(key, *mods, field=True, copy=False) is BLOCK  # an exam may forbid even that


@pytest.mark.parametrize(("key", "mods"), [
    # The candidate window's own shortcuts (app/ui/candidate/shortcuts.py) and plain typing.
    ("Key_N", (ALT,)), ("Key_F", (ALT,)), ("Key_C", (ALT,)), ("Key_Plus", (CTRL,)), ("Key_Minus", (CTRL,)),
    ("Key_Up", (CTRL,)), ("Key_Tab", ()), ("Key_Backtab", (SHIFT,)), ("Key_A", ()), ("Key_Return", ()),
    ("Key_Alt", (ALT,)), ("Key_Control", (CTRL,)), ("Key_Escape", ()),
])
def test_the_exams_own_keys_pass(key, mods) -> None:
    assert verdict(key, *mods) is ALLOW


def test_the_proctor_chord_and_macos_control_key() -> None:
    assert verdict("Key_E", CTRL, ALT, SHIFT) is KeyVerdict.PROCTOR_EXIT
    assert verdict("Key_E", CTRL, ALT) is ALLOW
    # Qt reports macOS's Control key as Meta: there it is an ordinary editing modifier.
    assert verdict("Key_A", META, mac=True) is ALLOW and verdict("Key_Meta", mac=True) is ALLOW
    assert verdict("Key_A", META) is REPORT
    assert describe_chord("Key_P", {SHIFT, CTRL}) == "ctrl+shift+P"


# --------------------------------------------------------------------------- screens
LAPTOP = ScreenInfo("eDP-1", 0, 0, 1920, 1080, primary=True)
MONITOR = ScreenInfo("HDMI-1", 1920, 0, 2560, 1440)
PROJECTOR = ScreenInfo("DP-2", 0, 0, 1920, 1080)  # mirrors the laptop


def test_one_screen_shows_the_exam_and_nothing_else() -> None:
    plan = plan_screens([LAPTOP], forbid_extra=True)
    assert plan.exam == LAPTOP and plan.covers == () and plan.refusal is None


def test_extra_screens_are_covered_or_refuse_the_start() -> None:
    allowed = plan_screens([MONITOR, LAPTOP], forbid_extra=False)
    assert allowed.exam == LAPTOP and allowed.covers == (MONITOR,) and allowed.refusal is None
    forbidden = plan_screens([MONITOR, LAPTOP], forbid_extra=True)
    assert forbidden.refusal == EXTRA_SCREENS_FORBIDDEN and forbidden.extra == (MONITOR,)


def test_a_mirrored_screen_is_not_covered_but_still_counts() -> None:
    plan = plan_screens([LAPTOP, PROJECTOR, MONITOR], forbid_extra=False)
    assert plan.covers == (MONITOR,) and plan.shared == (PROJECTOR,)  # a cover would hide the exam
    assert plan_screens([LAPTOP, PROJECTOR], forbid_extra=True).refusal == EXTRA_SCREENS_FORBIDDEN


def test_no_primary_flag_means_the_first_screen_and_no_screen_refuses() -> None:
    second = ScreenInfo("B", 1920, 0, 800, 600)
    plan = plan_screens([ScreenInfo("A", 0, 0, 1920, 1080), second], forbid_extra=False)
    assert plan.exam.name == "A" and plan.covers == (second,)
    assert plan_screens([], forbid_extra=False).refusal == NO_SCREEN


# --------------------------------------------------------------------------- processes
RUNNING = [
    ProcessInfo(10, "obs", ("/usr/bin/obs", "--startreplaybuffer")),
    ProcessInfo(11, "gnome-screensho", ("/usr/bin/gnome-screenshot", "-i")),  # comm cut to 15
    ProcessInfo(12, "sleep", ("teamviewer", "30")),                            # exec -a
    ProcessInfo(13, "Zoom.exe", (), r"C:\Program Files\Zoom\Zoom.exe"),
    ProcessInfo(14, "zoomer-helper", ("/opt/zoomer-helper",)),
    ProcessInfo(15, "kworker/0:1", ()),
]


def test_forbidden_programs_match_by_whole_name_in_any_of_their_names() -> None:
    found = match_forbidden(RUNNING, ["OBS", "gnome-screenshot", "TeamViewer", "zoom.exe", "anydesk"])
    assert {(m.forbidden, m.pid) for m in found} == {("OBS", 10), ("gnome-screenshot", 11),
                                                      ("TeamViewer", 12), ("zoom.exe", 13)}
    assert all(m.pid != 14 for m in found)  # "zoom" never matches "zoomer-helper"


def test_a_cut_comm_only_matches_names_longer_than_the_cut() -> None:
    assert match_forbidden([ProcessInfo(1, "gnome-screensho")], ["gnome-screenshot"])
    assert not match_forbidden([ProcessInfo(1, "gnome-screensho")], ["gnome-screensh"])
    assert not match_forbidden([ProcessInfo(1, "bash", ("gnome-screensho",))], ["gnome-screenshot"])


def test_own_process_and_blank_entries_are_ignored() -> None:
    assert match_forbidden([ProcessInfo(99, "python3")], ["python3", " "], own_pid=99) == []
    assert normalise("C:\\Tools\\AnyDesk.EXE") == "anydesk" and normalise("/Applications/Zoom.app") == "zoom"


def _fake_proc(root: Path, pid: int, comm: str, argv: list[str]) -> None:
    folder = root / str(pid)
    folder.mkdir(parents=True)
    (folder / "comm").write_text(comm + "\n")
    (folder / "cmdline").write_bytes(b"\0".join(a.encode() for a in argv) + b"\0")


def test_a_proc_tree_is_read_from_comm_and_cmdline(tmp_path: Path) -> None:
    _fake_proc(tmp_path, 7, "sleep", ["recorder", "30"])
    _fake_proc(tmp_path, 8, "bash", ["bash"])
    (tmp_path / "self").mkdir()  # not a pid: skipped
    check = ProcessScanner(proc_root=tmp_path).check(["Recorder"])
    assert check.checked and check.method == "proc" and check.scanned == 2
    assert [(m.forbidden, m.pid, m.seen_as) for m in check.found] == [("Recorder", 7, "recorder")]


def test_without_proc_or_psutil_the_check_says_it_did_not_run(tmp_path: Path) -> None:
    scanner = ProcessScanner(proc_root=tmp_path / "missing", load_psutil=lambda: None)
    check = scanner.check(["obs"])
    assert not check.checked and check.found == () and "not checked on this OS" in check.note
    assert scanner.check([]).checked  # nothing listed: nothing to check


def test_psutil_is_used_where_proc_is_missing(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil", reason="psutil is optional and not installed here")
    check = ProcessScanner(proc_root=tmp_path / "missing", load_psutil=lambda: psutil).check(["pytest"])
    assert check.checked and check.method == "psutil" and check.scanned > 0


def test_what_an_incident_records_about_programs_a_station_accepts_however_many() -> None:
    # A seat sends lockdown's record to its station, which takes only plain values, and few of them.
    copies = [ProcessMatch("obs", 1000 + n, f"/home/ana/{'deep/' * 60}notes{n} (a copy of /usr/bin/obs)")
              for n in range(50)]
    for found in (copies[:1], copies, [ProcessMatch("zoom", 7, "zoom"), *copies]):
        details = incident_details(found)
        station_accepts({"type": FORBIDDEN_PROCESS, "description": "forbidden program running", "by": "lockdown",
                         "at": "2026-12-02T10:00:00.000+00:00", **details})
        assert len(details["pids"]) == min(len(found), MAX_LISTED)
        assert details["not_listed"] == len(found) - len(details["pids"])
    assert incident_details([ProcessMatch("zoom", 7, "zoom"), *copies])["programs"] == ["obs", "zoom"]


def test_the_readiness_words_put_a_disguised_program_first_and_count_the_rest() -> None:
    found = [ProcessMatch("sleep", pid, "sleep") for pid in (40, 30, 20, 10)]
    found += [ProcessMatch("Sleep.exe", 99, "/tmp/notes (a copy of /usr/bin/sleep)"), ProcessMatch("obs", 5, "obs")]
    check = ProcessCheck(True, "proc", tuple(found))
    assert describe_found(check) == ("Sleep.exe (process 99 as /tmp/notes (a copy of /usr/bin/sleep)); "
                                     "obs (process 5); sleep (process 10, process 20, process 30 and 1 more)")


def test_the_pure_helpers_import_without_qt() -> None:
    code = ("import sys, app.domain.lockdown_policy, app.domain.forbidden_programs, app.domain.incidents, "
            "app.services.program_scanner, app.ui.lockdown; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
