"""Opening an exam through the start screen: the good case leads into the session, and each
refusal (another center's package, expired, not yet valid, tampered, wrong code) is one clear
message with nothing decrypted and the proctor still on the start screen."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

import pytest

from app.ui.main_window import MainWindow
from tests.conftest import MINI_EXAM, RELEASE_CODE, World
from tests.staff_ui import add_staff, open_package, staff_window

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


@pytest.fixture
def window(qtbot, world: World) -> MainWindow:
    add_staff(world.center)
    return staff_window(qtbot, world.center)


def choose(window: MainWindow, name: str) -> None:
    screen = window.start_screen
    screen.refresh_packages()
    names = [screen.package_list.item(r).text() for r in range(screen.package_list.count())]
    screen.package_list.setCurrentRow(names.index(name))


def refused(window: MainWindow, *phrases: str) -> str:
    screen = window.start_screen
    text = screen.result_label.text() + " " + screen.details.toPlainText()
    for phrase in phrases:
        assert phrase in text, text
    assert screen.opened is None and window.session_screen is None
    assert window.stack.currentWidget() is screen
    return text


def test_the_good_case_opens_the_session(qtbot, window: MainWindow, world: World) -> None:
    shutil.copyfile(world.package, world.center.home.packages_dir / "mini.exampkg")
    choose(window, "mini.exampkg")
    details = window.start_screen.details.toPlainText()
    assert "Valid from" in details and "any time" in details and "Zebra" not in details
    open_package(qtbot, window)
    assert window.stack.currentWidget() is window.session_screen
    session = window.session_screen
    assert session.exam.title == "Mini Exam for Tests" and session.session_id
    assert world.center.delivery.session(session.session_id).exam_id == "mini-exam"
    assert [e.action for e in world.center.accounts.audit_entries(action_prefix="session.")] == ["session.started"]


def test_a_package_for_another_center_is_refused(qtbot, world: World) -> None:
    other = world.home("hilltop")
    other.keys.init("center", "Hilltop", store="file")
    other.keys.trust(world.body_file)
    shutil.copyfile(world.package, other.home.packages_dir / "mini.exampkg")
    add_staff(other)
    window = staff_window(qtbot, other)
    assert "Center One" in window.start_screen.details.toPlainText()  # the public details say who it is for
    open_package(qtbot, window)
    refused(window, "built for Center One", "not for this station's center 'Hilltop'",
            "Ask the credential body for a package built for this center")


@pytest.mark.parametrize("name, window_args, phrase", [
    ("expired", {"not_after": iso(datetime.now(timezone.utc) - timedelta(days=1))}, "expired on"),
    ("early", {"not_before": iso(datetime.now(timezone.utc) + timedelta(days=2))}, "not valid until"),
])
def test_outside_its_validity_window_it_is_refused(qtbot, window: MainWindow, world: World, name: str,
                                                   window_args: dict, phrase: str) -> None:
    target = world.center.home.packages_dir / f"{name}.exampkg"
    world.body.packages.build(MINI_EXAM, [world.center_file], target, RELEASE_CODE, **window_args)
    choose(window, target.name)
    shown = window_args.get("not_after") or window_args.get("not_before")
    assert shown in window.start_screen.details.toPlainText()  # the window is visible before opening
    open_package(qtbot, window)
    refused(window, phrase)


@pytest.mark.parametrize("where", ["manifest", "content"])
def test_a_tampered_package_is_refused(qtbot, window: MainWindow, world: World, where: str) -> None:
    target = world.center.home.packages_dir / "mini.exampkg"
    data = bytearray(world.package.read_bytes())
    data[200 if where == "manifest" else len(data) - 40] ^= 0x01
    target.write_bytes(bytes(data))
    choose(window, target.name)
    if window.start_screen.open_button.isEnabled():
        open_package(qtbot, window)
    refused(window, "damaged or has been altered")


def test_a_wrong_code_is_refused_and_the_right_one_then_opens(qtbot, window: MainWindow, world: World) -> None:
    shutil.copyfile(world.package, world.center.home.packages_dir / "mini.exampkg")
    choose(window, "mini.exampkg")
    open_package(qtbot, window, "WRONG-CODE")
    refused(window, "release code is wrong")
    assert window.focusWidget() is window.start_screen.code_edit
    open_package(qtbot, window, RELEASE_CODE)
    assert window.stack.currentWidget() is window.session_screen
