"""The station's side of evaluator tablets: an evaluator signs in on a tablet with their
PIN (checked here, counted and locked as at the station), gets the session's candidates
still to score and the exam's checklists, signs off each evaluation with their PIN, and
the station stores it through EvaluationService exactly once (by the id the tablet gave
it) and acknowledges it.

The tablet keeps no PIN: a sign-in gives it a token, a sign-off a signature over exactly
what was signed (app.crypto.tablet_tokens); the tablet journals the signed evaluation and
resends it until the station acknowledges it. PIN checks and database work run on one
worker thread of their own, so a tablet never holds up the seats on the room's thread.
"""

from __future__ import annotations

import base64
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Callable

from app.crypto.room_keys import journal_key
from app.crypto.tablet_tokens import tablet_key, tag, tag_matches
from app.domain.errors import Conflict, ExamStationError, SaveFailed, line_words, template, words_data
from app.formats.exam_content import checklists_document
from app.room.tablet_wire import evaluation_from_wire
from app.services.accounts import AccountService, SignInRefused
from app.services.delivery import DeliveryService
from app.services.evaluation import EvaluationService

if TYPE_CHECKING:
    from app.services.room_station import StationRoom

log = logging.getLogger(__name__)
TABLET = "tablet"
SIGN_IN_SECONDS = 12 * 3600      # a working day at the bench; then the evaluator signs in again
EVALUATOR_ROLES = ("evaluator", "admin")
MAX_PIN = 64  # longer is not a PIN: cut before the slow hash sees it
SIGNED_OUT = template("Your sign-in on this tablet has ended. Sign in again with your PIN.")


def said(reason: str) -> dict:
    """A reason for the tablet: the English an older tablet shows, and its words for a newer one."""
    words = words_data(reason)
    return {"reason": str(reason), **({"words": words} if isinstance(words, dict) else {})}


class TabletDesk:
    """Answers the tablets paired with one station's room (built by services.room.RoomService)."""

    def __init__(self, room: "StationRoom", evaluation: EvaluationService, delivery: DeliveryService,
                 accounts: AccountService, wall: Callable[[], float] = time.time) -> None:
        self.room, self.evaluation, self.delivery, self.accounts, self.wall = room, evaluation, delivery, accounts, wall
        # The room's secret never leaves the station; the tablets' keys derive from it as the seats' do.
        self._secret = room._secret
        self._key = tablet_key(self._secret)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="room-tablets")

    def close(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)

    # -- the room's thread ------------------------------------------------------------------
    def holds(self, fingerprint: str) -> bool:
        seat = self.room.seats.get(fingerprint)
        return seat is not None and seat.paired.role == TABLET

    def connected(self, fingerprint: str) -> list[dict]:
        """Give the tablet its journal's key for this session (in memory only, as a seat's)."""
        seat = self.room.seats[fingerprint]
        seat.connected, seat.since = True, self.room.wall()
        session = self.room.session_id
        key = journal_key(self._secret, f"tablet|{fingerprint}|{session}")
        return [{"type": "tablet_ready", "session": session, "exam_title": self.room.exam.title,
                 "journal": f"tablet-{session}", "journal_key": base64.b64encode(key).decode("ascii")}]

    def disconnected(self, fingerprint: str) -> None:
        """Nothing to forget: a sign-in lives in the tablet's token, not in a connection."""

    def message(self, fingerprint: str, message: dict) -> list[dict]:
        kind = message["type"]
        if kind == "evaluation":
            evaluation_from_wire(message["evaluation"])  # a damaged one drops the link, as for seats
        work = {"sign_in": self._sign_in, "roster_please": self._roster_please, "sign_off": self._sign_off,
                "evaluation": self._store}.get(kind)
        if work is not None:
            self._off_the_loop(fingerprint, lambda: work(fingerprint, message))
        return []  # answered from the worker when done

    def _off_the_loop(self, fingerprint: str, work: Callable[[], list[dict]]) -> None:
        server = self.room.running_server()
        loop = server.loop

        def send(done: Future) -> None:
            try:
                replies = done.result()
            except Exception:  # logged; the tablet asks again (or resends) and is answered then
                log.exception("room: a tablet's request failed")
                return
            if not loop.is_closed():
                try:
                    loop.call_soon_threadsafe(server.push, fingerprint, replies)
                except RuntimeError:
                    pass  # the room closed meanwhile
        try:
            self._worker.submit(work).add_done_callback(send)
        except RuntimeError:
            pass  # closing

    # -- the worker: sign-in ----------------------------------------------------------------
    def _sign_in(self, fingerprint: str, message: dict) -> list[dict]:
        username, tablet = message["username"].strip()[:60], self._tablet_name(fingerprint)
        try:
            account = self.accounts.sign_in(username, message["pin"][:MAX_PIN], kind="pin")
            if account.role not in EVALUATOR_ROLES:
                self.accounts.record(username, "room.tablet_sign_in_refused", fingerprint,
                                     {"tablet": tablet, "reason": "not an evaluator"})
                raise SignInRefused("This account is not an evaluator's.", "Sign in with your evaluator account.")
        except SignInRefused as refusal:
            return [{"type": "signed_in", "request": message["request"], "ok": False, **said(line_words(refusal)),
                     "username": username, "display_name": "", "token": ""}]
        self.accounts.record(username, "room.tablet_signed_in", fingerprint, {"tablet": tablet})
        issued = int(self.wall())
        token = f"{issued}.{username}.{tag(self._key, 'sign-in', self._signed_in(fingerprint, username, issued))}"
        return [{"type": "signed_in", "request": message["request"], "ok": True, "reason": "",
                 "username": username, "display_name": account.display_name, "token": token},
                self._roster(username)]

    def _signed_in(self, fingerprint: str, username: str, issued: int) -> dict:
        return {"tablet": fingerprint, "session": self.room.session_id, "username": username, "issued": issued}

    def _who(self, fingerprint: str, token: str) -> str | None:
        """The evaluator a token signed in on this tablet, while it is valid and the account active."""
        issued, _, rest = token.partition(".")
        username, _, mac = rest.rpartition(".")
        if not (issued.isascii() and issued.isdigit() and len(issued) <= 12) or not username \
                or not 0 <= self.wall() - int(issued) <= SIGN_IN_SECONDS:
            return None
        if not tag_matches(self._key, "sign-in", self._signed_in(fingerprint, username, int(issued)), mac):
            return None
        account = self.accounts.get(username)
        return username if account is not None and account.active and account.role in EVALUATOR_ROLES else None

    def _roster_please(self, fingerprint: str, message: dict) -> list[dict]:
        username = self._who(fingerprint, message["token"])
        return [self._roster(username)] if username else [{"type": "signed_out", **said(SIGNED_OUT)}]

    # -- the worker: what there is to score ------------------------------------------------------
    def _roster(self, username: str) -> dict:
        """Candidates of the session with a checklist this evaluator may still score."""
        exam = self.room.exam
        seated = {s.lease.attempt_id: s.paired.name for s in list(self.room.seats.values()) if s.lease}
        attempts = {a.candidate_id: a.id for a in self.delivery.attempts(self.room.session_id)}
        entries = []
        for candidate in self.delivery.candidates(self.room.session_id):
            statuses = {c.id: self._status(candidate.id, c.id, username) for c in exam.checklists}
            if any(s in ("open", "second") for s in statuses.values()):
                seat = seated.get(attempts.get(candidate.id, "")) or str(candidate.details.get("seat", ""))
                entries.append({"candidate": candidate.id, "name": candidate.name, "number": candidate.number,
                                "seat": seat[:60], "checklists": statuses})
        return {"type": "roster", "candidates": entries, "checklists": checklists_document(exam)}

    def _status(self, candidate_id: str, checklist_id: str, username: str) -> str:
        evaluations = self.evaluation.evaluations(candidate_id, checklist_id)
        signed = [e for e in evaluations if e.kind in ("first", "second")]
        if any(e.kind == "reconciled" for e in evaluations):
            return "done"
        if any(e.evaluator == username for e in signed):
            return "yours"
        if len(signed) < 2:
            return ("open", "second")[len(signed)]
        return "reconcile" if signed[0].marks != signed[1].marks else "done"

    # -- the worker: sign-off and storing -------------------------------------------------------
    def _sign_off(self, fingerprint: str, message: dict) -> list[dict]:
        """Check the PIN and the evaluation as sign-off at the station does; answer with a signature
        the tablet journals with the evaluation (nothing is stored yet). The PIN alone says who signs,
        so marks made over a long task survive a sign-in that ended meanwhile."""
        reply = {"type": "signature", "request": message["request"], "ok": False, "reason": "", "id": "",
                 "signature": ""}
        username = ""
        try:
            data = evaluation_from_wire(message["evaluation"])
            username = data["evaluator"]
            self._candidate(data["candidate"])
            self.evaluation.check_sign_off(self.room.exam, data["checklist"], data["candidate"], username,
                                           message["pin"][:MAX_PIN], data["marks"], data["notes"])
        except ExamStationError as refusal:
            return [{**reply, **said(self._refusal_words(username, refusal))}]
        except ValueError as damaged:  # BadMessage: the tablet sent something it should not
            log.warning("a tablet's evaluation could not be read: %s", damaged)  # the detail, for a technician
            return [{**reply, **said(template("The station could not read this evaluation. Score it again on this "
                                              "tablet; if it happens again, check that the station and the tablet "
                                              "run the same ExamStation version."))}]
        return [{**reply, "ok": True, "id": data["id"],
                 "signature": tag(self._key, "evaluation", self._signed(fingerprint, data))}]

    def _refusal_words(self, username: str, refusal: ExamStationError) -> str:
        """As the station's sign-off bar says it: a locked account is named as such."""
        account = self.accounts.get(username)
        if isinstance(refusal, SignInRefused) and account is not None and account.locked_minutes:
            return template("{name}'s account is locked after repeated wrong PINs. Try again in {minutes} "
                            "minute(s), or ask the station administrator.", name=account.display_name,
                            minutes=account.locked_minutes)
        return line_words(refusal)

    def _signed(self, fingerprint: str, data: dict) -> dict:
        return {"tablet": fingerprint, "session": self.room.session_id, "evaluation": data}

    def _store(self, fingerprint: str, message: dict) -> list[dict]:
        """Store a signed evaluation once; a resend of a stored one is acknowledged again."""
        data = evaluation_from_wire(message["evaluation"])
        saved = {"type": "saved", "id": data["id"], "ok": False, "reason": ""}
        if not tag_matches(self._key, "evaluation", self._signed(fingerprint, data), message["signature"]):
            self.accounts.record("station", "room.tablet_refused", fingerprint,
                                 {"tablet": self._tablet_name(fingerprint), "evaluation": data["id"]})
            return [{**saved, **said(template("This evaluation was not signed off on this station. Score it again."))}]
        try:
            self.evaluation.record_signed(self.room.exam, data["checklist"], self._candidate(data["candidate"]),
                                          data["evaluator"], data["marks"], data["notes"], data["task_seconds"],
                                          self._attempt_of(data["candidate"]), data["id"])
        except (SaveFailed, Conflict):
            log.warning("room: a tablet's evaluation was not stored yet; the tablet resends it")
            return []  # not acknowledged: the tablet keeps it and sends it again
        except ExamStationError as refusal:  # e.g. two evaluations were signed meanwhile
            return [{**saved, **said(line_words(refusal))}]
        return [{**saved, "ok": True}, self._roster(data["evaluator"])]

    def _candidate(self, candidate_id: str) -> str:
        if not any(c.id == candidate_id for c in self.delivery.candidates(self.room.session_id)):
            raise ExamStationError("That candidate is not in this session.", "Choose a candidate from the list.")
        return candidate_id

    def _attempt_of(self, candidate_id: str) -> str | None:
        attempts = [a.id for a in self.delivery.attempts(self.room.session_id) if a.candidate_id == candidate_id]
        return attempts[-1] if attempts else None

    def _tablet_name(self, fingerprint: str) -> str:
        seat = self.room.seats.get(fingerprint)
        return seat.paired.name if seat else ""
