"""The station's main window for staff: first-run set-up, sign-in, opening an exam, then the
session (check-in, console, audit log, evaluator mode)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from app.ui.proctor.common import button, error_text, say

if TYPE_CHECKING:  # each page is imported and made when first shown: start-up makes only one
    from app.services.accounts import Account
    from app.services.context import Services
    from app.ui.admin.first_run import FirstRunScreen
    from app.ui.proctor.local_seats_bar import LocalSeatsBar
    from app.ui.proctor.session_screen import SessionScreen
    from app.ui.proctor.sign_in import SignInScreen
    from app.ui.proctor.start_screen import StartScreen


def exit_keys() -> str:
    """The proctor's exit chord as this system writes keys (Ctrl+Alt+Shift+E)."""
    from PySide6.QtGui import QKeySequence
    from app.domain.lockdown_policy import PROCTOR_EXIT_CHORD  # only the demo's banner says it
    key, modifiers = PROCTOR_EXIT_CHORD
    names = [name for name in ("Ctrl", "Alt", "Shift", "Meta") if name.lower() in modifiers]
    return QKeySequence("+".join([*names, key.removeprefix("Key_")])).toString(
        QKeySequence.SequenceFormat.NativeText)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, demo: Any = None, launch_candidates: bool = True) -> None:
        """`launch_candidates`: start each admitted candidate's screen as a seat process on this
        computer when no workstation takes them (tests that drive the seat side themselves turn
        it off)."""
        super().__init__()
        self.services, self.launch_candidates = services, launch_candidates
        self.account: Account | None = None
        self.session_screen: SessionScreen | None = None
        self.setWindowTitle(self.tr("ExamStation — Staff"))
        self.resize(1100, 760)
        central = QWidget(self)
        self.column = layout = QVBoxLayout(central)  # bars above the pages, then the pages
        if demo is not None:
            layout.addWidget(self._demo_banner(demo))
        layout.addWidget(self._account_bar())
        self.local_bar: LocalSeatsBar | None = None  # made when this computer starts a candidate's screen
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Station home: {path}").format(path=services.home.root))
        if services.accounts.first_run_needed():
            self.stack.setCurrentWidget(self.first_run)
        else:
            self.show_sign_in()

    # -- pages, each made on first use --------------------------------------------------------------
    @cached_property
    def first_run(self) -> FirstRunScreen:
        from app.ui.admin.first_run import FirstRunScreen
        page = FirstRunScreen(self.services)
        page.finished.connect(self.show_sign_in)
        page.seat_chosen.connect(self.become_seat)
        self.stack.addWidget(page)
        return page

    @cached_property
    def sign_in(self) -> SignInScreen:
        from app.ui.proctor.sign_in import SignInScreen
        page = SignInScreen(self.services)
        page.signed_in.connect(self.signed_in)
        self.stack.addWidget(page)
        return page

    @cached_property
    def start_screen(self) -> StartScreen:
        from app.ui.proctor.start_screen import StartScreen
        page = StartScreen(self.services)
        page.package_opened.connect(self.open_session)
        self.stack.addWidget(page)
        return page

    def make_every_page(self) -> None:
        """For the start-up check: the pages a person reaches later, made now."""
        for name in ("first_run", "sign_in", "start_screen"):
            getattr(self, name)  # reading a page makes it

    # -- chrome ----------------------------------------------------------------------------------
    def _demo_banner(self, demo: Any) -> QLabel:
        from app.services.demo import DEMO_ACCOUNTS  # only a demo loads it
        accounts = {role: (user, password, pin) for user, _name, role, password, pin in DEMO_ACCOUNTS}
        evaluators = [(user, pin) for user, _name, role, _password, pin in DEMO_ACCOUNTS if role == "evaluator"]
        lines = [
            self.tr("DEMO MODE: demo keys and throwaway data, deleted when you close the window."),
            self.tr("Release code: {code}.").format(code=demo.release_code),
            self.tr("Proctor: sign in as {user} / {password}; PIN {pin}.").format(
                user=accounts["proctor"][0], password=accounts["proctor"][1], pin=accounts["proctor"][2]),
            self.tr("Administrator: sign in as {user} / {password}; PIN {pin}.").format(
                user=accounts["admin"][0], password=accounts["admin"][1], pin=accounts["admin"][2]),
            self.tr("Evaluators: {list}.").format(list=", ".join(
                self.tr("{user} (PIN {pin})").format(user=user, pin=pin) for user, pin in evaluators)),
            self.tr("To leave a candidate's locked screen: press {keys}, then give the proctor's user name "
                    "and PIN.").format(keys=exit_keys()),
            self.tr("Seats: open the session's Room tab and press Open the room, then Pair in each seat window "
                    "and accept the code it shows. A candidate admitted while the room is closed gets a "
                    "window of their own on this computer instead."),
        ]
        banner = QLabel("\n".join(lines))
        banner.setObjectName("demoBanner")
        banner.setWordWrap(True)
        banner.setAccessibleName(self.tr("Demo mode notice"))
        banner.setProperty("role", "warning")  # the theme's notice colours, in both contrast modes
        return banner

    def _account_bar(self) -> QWidget:
        self.account_bar = QWidget()
        # as tall as its buttons ask: the pages below ask for more than a 1280 × 800 screen has at
        # 200 % text, and a bar that may shrink was cut to the buttons' 44 px floor
        self.account_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self.account_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.account_label = QLabel()
        self.account_label.setAccessibleName(self.tr("Signed-in user"))
        self.accounts_button = button(self.tr("A&ccounts…"), self.tr("Station accounts"), self.show_accounts)
        self.sign_out_button = button(self.tr("Sign &out"), self.tr("Sign out"), self.sign_out)
        row.addWidget(self.account_label, 1)
        row.addWidget(self.accounts_button)
        row.addWidget(self.sign_out_button)
        self.account_bar.setVisible(False)
        return self.account_bar

    # -- flow ------------------------------------------------------------------------------------
    def show_sign_in(self) -> None:
        self.account = None
        self.account_bar.setVisible(False)
        self.sign_in.reset()
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.setFocus()

    def signed_in(self, account: Account) -> None:
        from app.ui.admin.accounts import role_name  # with the accounts dialog: not before the first screen
        self.account = account
        self.account_label.setText(self.tr("Signed in: {name} ({role})").format(name=account.display_name,
                                                                                 role=role_name(account.role)))
        self.accounts_button.setVisible(account.role == "admin")
        self.account_bar.setVisible(True)
        if self.session_screen is not None:
            self.session_screen.set_account(account)
            self.stack.setCurrentWidget(self.session_screen)
        else:
            self.stack.setCurrentWidget(self.start_screen)
            self.start_screen.code_edit.setFocus()

    def sign_out(self) -> None:
        if self.account is not None:
            self.services.accounts.record(self.account.username, "account.signed_out", self.account.username)
        self.show_sign_in()

    def show_accounts(self) -> None:
        if self.account is not None and self.account.role == "admin":
            from app.ui.admin.accounts import AccountsDialog
            self.accounts_dialog = AccountsDialog(self.services, self.account.username, self)
            self.accounts_dialog.finished.connect(self._accounts_closed)
            self.accounts_dialog.open()

    def _accounts_closed(self) -> None:
        if self.session_screen is not None:
            self.session_screen.evaluator.refresh()  # new evaluators can sign at once

    def open_session(self, opened) -> None:
        self.opened = opened
        if self.account is None:  # the start screen is shown only after sign-in; nobody to run the session
            self.statusBar().showMessage(self.tr("Sign in to start a session with this exam."))
            return
        from app.ui.proctor.session_screen import SessionScreen
        self.session_screen = SessionScreen(self.services, opened.exam, opened.package_id, self.account,
                                            opened=opened)
        self.session_screen.attempt_admitted.connect(self.start_candidate)
        self.session_screen.new_session_requested.connect(self.new_session)
        self.stack.addWidget(self.session_screen)
        self.stack.setCurrentWidget(self.session_screen)

    def new_session(self) -> None:
        """The session ended and the proctor confirmed: its screen goes and the next exam package is
        opened as in the morning (an afternoon exam needs no restart)."""
        screen = self.session_screen
        if screen is None:
            return
        screen.close_session()
        self.session_screen = None
        self.stack.removeWidget(screen)
        screen.deleteLater()
        self.start_screen.reset()
        self.stack.setCurrentWidget(self.start_screen)
        self.start_screen.code_edit.setFocus()
        self.statusBar().showMessage(self.tr("The session is closed. Choose the next exam package and enter its "
                                             "release code."))

    def become_seat(self) -> None:
        """First run chose 'candidate workstation': remember it and show the seat's screen instead."""
        from app.ui.seat.seat_window import SeatWindow
        self.services.seat.make_seat()
        self.seat_window = SeatWindow(self.services.seat, lockdown=True)
        self.seat_window.resize(self.size())
        self.seat_window.show()
        self.hide()

    def start_candidate(self, attempt_id: str) -> None:
        """An admitted candidate (or Open screen on the console). With the room open to workstations
        the candidate sits at one; otherwise their screen starts as a seat process of its own on this
        computer, and this window stays in front for the proctor."""
        screen = self.session_screen
        if screen is None or self.account is None:  # admitted on a session's screen, by the proctor signed in
            return
        room = screen.room
        local = self.services.local_seats
        if room is not None and room.room is not None and (local is None or not local.only_here()):
            room.seat_admitted(attempt_id)
            return
        if not self.launch_candidates or local is None:
            return
        if self.local_bar is None:
            from app.ui.proctor.local_seats_bar import LocalSeatsBar
            self.local_bar = LocalSeatsBar(local)
            self.column.insertWidget(self.column.indexOf(self.stack), self.local_bar)
        name = self.services.delivery.candidate_of(attempt_id).name
        try:
            local.admit(self.opened, screen.session_id, attempt_id, name, self.account.username)
        except Exception as error:  # the room could not open, or the candidate sits at a workstation
            say(screen.message, self.tr("{name}'s screen did not start: {why}").format(
                name=name, why=error_text(error)), ok=False)
            return
        self.local_bar.refresh()
        if room is not None:
            room.refresh()  # the seat map shows this computer's screens too
