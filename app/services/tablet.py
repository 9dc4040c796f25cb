"""An evaluator's tablet: paired with one proctor station like a seat (role "tablet"), it
shows the checklist screen against the station. The evaluator signs in with their PIN
(checked on the station), scores a candidate, and signs off with the PIN again; the
station answers with a signature, the tablet journals the signed evaluation in its own
sealed journal (key from the station, in memory only) and sends it until the station
acknowledges it. Only then does the screen say "Saved on the station".

Marks in progress are drafts in the same sealed journal, written as they are made: a dropped
connection or a restarted tablet loses nothing (the journal opens again with the key the
station gives at the next connection), and the task timer's start is part of the draft. A
draft is shown only to the evaluator who made it, signed in with their PIN; the station
never sees unsigned marks.

Nothing of the exam lands on the tablet's disk in clear: the checklists live in memory,
the journal is sealed, and no PIN is kept anywhere.
"""

from __future__ import annotations

import base64
import secrets
import time
import uuid
from dataclasses import dataclass, field
from typing import Callable

from app.domain.errors import ExamStationError, system_words, template, words_data, words_from_data
from app.domain.exam import Checklist
from app.room import wire
from app.room.journal import Journal, JournalFailed
from app.room.seat_link import SeatLink, StationAddress
from app.room.tablet_wire import RosterEntry, evaluation_from_wire, roster_from_wire
from app.services.seat import PairedDevice, SeatPairing

RESEND_SECONDS = 5.0
CHECKING, REFUSED, WAITING, SAVED, NOT_STORED = "checking", "refused", "waiting", "saved", "not stored"


class TabletService(PairedDevice):
    """What an evaluator's tablet keeps in its home: its own key and the station it paired with."""

    ROLE, FOLDER = "tablet", "tablet"

    def seat_name(self) -> str:
        return str(self.home.config().get("seat_name") or "Evaluator tablet")

    def connect(self, wake: Callable[[], None] = lambda: None, address: str | None = None) -> "TabletSession":
        where, pairing = self.station(address)
        return TabletSession(self, where, pairing, wake)


@dataclass
class Evaluator:
    username: str
    display_name: str
    token: str         # the station's proof of this sign-in (no PIN is kept)


@dataclass
class SignedEvaluation:
    """One evaluation this tablet signed off, from the PIN check to the station's acknowledgement."""

    evaluation: dict           # as sent (app.room.tablet_wire.EVALUATION_FIELDS)
    label: dict                # the candidate and checklist in words, for this screen only
    state: str = CHECKING      # checking -> refused | waiting -> saved | not stored
    reason: str = ""           # Words when worded here or by a newer station: the screen translates them
    signature: str = ""
    sent_at: float = field(default=0.0, repr=False)

    @property
    def id(self) -> str:
        return self.evaluation["id"]


class TabletSession:
    """The tablet's live connection, who is signed in, what there is to score, and what was signed."""

    def __init__(self, service: TabletService, address: StationAddress, pairing: SeatPairing,
                 wake: Callable[[], None], monotonic: Callable[[], float] = time.monotonic) -> None:
        self.service, self.pairing, self.monotonic = service, pairing, monotonic
        self.journals = service.folder / "journals"
        self.boot = secrets.token_hex(8)
        self.ready = False                     # the station has given this connection the journal key
        self.exam_title = ""
        self.journal: Journal | None = None
        self.evaluator: Evaluator | None = None
        self.sign_in_problem = ""
        self.signing_in = False
        self.roster: list[RosterEntry] = []
        self.checklists: tuple[Checklist, ...] = ()
        self.signed: dict[str, SignedEvaluation] = {}   # by evaluation id, oldest first
        self.drafts: dict[tuple[str, str, str], dict] = {}  # (evaluator, candidate, checklist) -> latest draft
        self.problem = ""                      # the latest thing that went wrong, in words
        self._requests: dict[int, str] = {}    # request number -> what it is for ("sign_in" or an evaluation id)
        self._next_request = 0
        self.link = SeatLink(address, service.identity(), pairing.station_certificate, self._hello, wake)

    def start(self) -> None:
        self.link.start()

    def stop(self) -> None:
        self.link.stop()
        if self.journal is not None:
            self.journal.close()

    @property
    def connected(self) -> bool:
        return self.link.connected and self.ready

    def _hello(self) -> dict:
        return {"type": "hello", "seat_name": self.service.seat_name(), "boot": self.boot, "leases": {}}

    # -- what the evaluator does (the screen's thread) ----------------------------------------
    def sign_in(self, username: str, pin: str) -> None:
        """Ask the station to check the PIN; `evaluator` or `sign_in_problem` tells the answer."""
        self._need_station()
        self.sign_in_problem, self.signing_in = "", True
        self.link.send({"type": "sign_in", "request": self._request("sign_in"), "username": username.strip(),
                        "pin": pin})

    def sign_out(self) -> None:
        self.evaluator, self.roster = None, []

    def refresh(self) -> None:
        """Ask for the candidates still to score (they change as evaluations come in)."""
        if self.evaluator is not None and self.connected:
            self.link.send({"type": "roster_please", "token": self.evaluator.token})

    def sign_off(self, candidate: RosterEntry, checklist: Checklist, marks: dict[str, str],
                 notes: dict[str, str], task_seconds: int, pin: str) -> str:
        """Send the marks and the PIN for checking; returns the evaluation's id, whose state moves
        on as the station answers (`signed[id]`)."""
        self._need_station()
        if self.evaluator is None:
            raise ExamStationError("Nobody is signed in on this tablet.", "Sign in with your PIN first.")
        evaluation = evaluation_from_wire({
            "id": str(uuid.uuid4()), "candidate": candidate.candidate_id, "checklist": checklist.id,
            "evaluator": self.evaluator.username, "marks": dict(marks), "notes": dict(notes),
            "task_seconds": max(0, int(task_seconds))})
        label = {"candidate": f"{candidate.name} ({candidate.number})", "checklist": checklist.title}
        entry = SignedEvaluation(evaluation, label)
        self.signed[entry.id] = entry
        self.link.send({"type": "sign_off", "request": self._request(entry.id), "pin": pin,
                        "evaluation": evaluation})
        return entry.id

    # -- drafts: marks in progress, each evaluator's own ----------------------------------------
    def save_draft(self, candidate_id: str, checklist_id: str, marks: dict[str, str], notes: dict[str, str],
                   started: float) -> None:
        """Keep the signed-in evaluator's marks in the sealed journal, durably (JournalFailed says
        when the tablet could not)."""
        evaluator = self._drafter()
        record = {"kind": "draft", "evaluator": evaluator, "candidate": candidate_id, "checklist": checklist_id,
                  "marks": dict(marks), "notes": dict(notes), "started": float(started)}
        self._journal_for_drafts().append(record)
        self.drafts[(evaluator, candidate_id, checklist_id)] = record

    def draft(self, candidate_id: str, checklist_id: str) -> dict | None:
        """The signed-in evaluator's own marks in progress (never another evaluator's)."""
        if self.evaluator is None:
            return None
        return self.drafts.get((self.evaluator.username, candidate_id, checklist_id))

    def drop_draft(self, candidate_id: str, checklist_id: str) -> None:
        key = (self._drafter(), candidate_id, checklist_id)
        if key in self.drafts:
            self._journal_for_drafts().append({"kind": "draft_dropped", "evaluator": key[0], "candidate": key[1],
                                               "checklist": key[2]})
            del self.drafts[key]

    def _drafter(self) -> str:
        if self.evaluator is None:
            raise ExamStationError("Nobody is signed in on this tablet.", "Sign in with your PIN first.")
        return self.evaluator.username

    def _journal_for_drafts(self) -> Journal:
        if self.journal is None:
            raise ExamStationError("This tablet has no journal from the station yet; the marks are not kept.",
                                   "Wait until the tablet shows it is connected.")
        return self.journal

    def to_score(self) -> list[tuple[RosterEntry, str]]:
        """(candidate, checklist id) pairs the signed-in evaluator may score now: the station's list,
        less what they signed on this tablet that the station's list may not show yet."""
        if self.evaluator is None:
            return []
        signed = {(e.evaluation["candidate"], e.evaluation["checklist"]) for e in self.signed.values()
                  if e.state in (WAITING, SAVED) and e.evaluation["evaluator"] == self.evaluator.username}
        return [(entry, checklist) for entry in self.roster for checklist in entry.scoreable()
                if (entry.candidate_id, checklist) not in signed]

    def waiting(self) -> list[SignedEvaluation]:
        """Signed and kept on this tablet, not yet acknowledged by the station."""
        return [e for e in self.signed.values() if e.state == WAITING]

    def _need_station(self) -> None:
        if not self.connected:
            raise ExamStationError("The station cannot be reached right now.",
                                   "Wait until the tablet shows it is connected, then try again.")

    def _request(self, purpose: str) -> int:
        self._next_request += 1
        self._requests[self._next_request] = purpose
        return self._next_request

    # -- what the station sends (the screen's thread) --------------------------------------------
    def poll(self) -> bool:
        """Take what the station sent and resend what it has not acknowledged; True when what the
        screen shows changed."""
        changed = False
        while True:
            try:
                message = self.link.inbox.get_nowait()
            except Exception:
                break
            try:
                changed = self._handle(message) or changed
            except wire.BadMessage as error:  # a roster this tablet cannot read: say so, reconnect
                self.problem = template("The station sent something this tablet cannot read.")
                self.link.last_detail = str(error)
                self.link.drop()
                changed = True
        self._resend(due_only=True)
        return changed

    def _handle(self, message: dict) -> bool:
        kind = message["type"]
        if kind == "_link":
            if not message["connected"]:
                self._connection_lost()
            return True
        handler = {"tablet_ready": self._ready, "signed_in": self._signed_in, "signed_out": self._signed_out,
                   "roster": self._roster, "signature": self._signature, "saved": self._saved}.get(kind)
        if handler is None:
            return False
        handler(message)
        return True

    def _connection_lost(self) -> None:
        """Questions the station may not have answered are asked again by the evaluator."""
        self.ready = False
        for purpose in self._requests.values():
            if purpose == "sign_in":
                self.signing_in = False
                self.sign_in_problem = template("The connection to the station broke. Sign in again.")
            elif purpose in self.signed and self.signed[purpose].state == CHECKING:
                self.signed[purpose].state = REFUSED
                self.signed[purpose].reason = template("The connection to the station broke before your PIN was "
                                                       "checked. Nothing was signed; sign off again when the "
                                                       "tablet is connected.")
        self._requests.clear()

    def _ready(self, message: dict) -> None:
        name = message["journal"]
        if self.journal is None or self.journal.lease != name:
            try:
                journal = Journal(self.journals, name, base64.b64decode(message["journal_key"], validate=True))
            except ValueError:
                raise wire.BadMessage("the station's journal name or key is damaged") from None
            if self.journal is not None:
                self.journal.close()
            self.journal = journal
            self._replay(journal.records)
        self.ready, self.exam_title = True, message["exam_title"]
        self._resend(due_only=False)
        self.refresh()

    def _replay(self, records: list[dict]) -> None:
        """What this tablet signed before (it may have been restarted): what is not acknowledged is resent."""
        for record in records:  # written by this tablet, sealed: trusted, but a damaged one is skipped
            if record.get("kind") in ("draft", "draft_dropped"):
                self._replay_draft(record)
            elif record.get("kind") == "signed" and {"evaluation", "label", "signature"} <= set(record):
                entry = SignedEvaluation(record["evaluation"], record["label"], WAITING, "", record["signature"])
                self.signed.setdefault(entry.id, entry)
                self.drafts.pop(_draft_key(entry.evaluation), None)
            elif record.get("kind") in ("saved", "not stored") and record.get("id") in self.signed:
                self.signed[record["id"]].state = SAVED if record["kind"] == "saved" else NOT_STORED
                self.signed[record["id"]].reason = words_from_data(record.get("words"), str(record.get("reason", "")))

    def _replay_draft(self, record: dict) -> None:
        key = _draft_key(record)
        if record["kind"] == "draft_dropped":
            self.drafts.pop(key, None)
        elif isinstance(record.get("marks"), dict) and isinstance(record.get("notes"), dict) \
                and isinstance(record.get("started"), (int, float)):
            self.drafts[key] = record

    def _signed_in(self, message: dict) -> None:
        if self._requests.pop(message["request"], None) != "sign_in":
            return  # an answer to a question asked on a broken connection
        self.signing_in = False
        if message["ok"]:
            self.evaluator = Evaluator(message["username"], message["display_name"], message["token"])
        else:
            self.sign_in_problem = station_reason(message)

    def _signed_out(self, message: dict) -> None:
        self.evaluator, self.roster, self.sign_in_problem = None, [], station_reason(message)

    def _roster(self, message: dict) -> None:
        self.roster, self.checklists = roster_from_wire(message)

    def _signature(self, message: dict) -> None:
        entry = self.signed.get(self._requests.pop(message["request"], ""))
        if entry is None or entry.state != CHECKING:
            return
        if not message["ok"] or message["id"] != entry.id:
            entry.state, entry.reason = REFUSED, station_reason(message) or template("The station refused the sign-off.")
            return
        entry.signature = message["signature"]
        if self.journal is None:  # the station signs only after it gave the journal key; never otherwise
            entry.state, entry.reason = REFUSED, template("This tablet has no journal from the station yet; "
                                                          "nothing was sent. Sign off again once the tablet shows "
                                                          "it is connected.")
            return
        try:  # durable on this tablet before it goes anywhere: nothing signed is lost
            self.journal.append({"kind": "signed", "evaluation": entry.evaluation, "label": entry.label,
                                 "signature": entry.signature})
        except JournalFailed as error:
            entry.state = REFUSED
            entry.reason = template("This tablet could not keep the evaluation ({why}); nothing was sent. Free "
                                    "space on the tablet and sign off again.", why=system_words(error))
            return
        entry.state = WAITING
        self.drafts.pop(_draft_key(entry.evaluation), None)  # signed: the journal's record replaces the draft
        self._send(entry)

    def _saved(self, message: dict) -> None:
        entry = self.signed.get(message["id"])
        if entry is None or entry.state != WAITING:
            return
        entry.state = SAVED if message["ok"] else NOT_STORED
        entry.reason = station_reason(message)
        try:
            if self.journal is not None:
                self.journal.append({"kind": entry.state, "id": entry.id, "reason": str(entry.reason),
                                     "words": words_data(entry.reason)})
        except JournalFailed:
            pass  # after a restart it is sent again, and the station acknowledges it again

    def _resend(self, due_only: bool) -> None:
        if not self.connected:
            return
        now = self.monotonic()
        for entry in self.waiting():
            if not due_only or now - entry.sent_at >= RESEND_SECONDS:
                self._send(entry)

    def _send(self, entry: SignedEvaluation) -> None:
        entry.sent_at = self.monotonic()
        self.link.send({"type": "evaluation", "evaluation": entry.evaluation, "signature": entry.signature})


def _draft_key(record: dict) -> tuple[str, str, str]:
    """A draft's (or a signed evaluation's) evaluator, candidate and checklist."""
    return str(record.get("evaluator")), str(record.get("candidate")), str(record.get("checklist"))


def station_reason(message: dict) -> str:
    """The station's reason: its words when a newer station sent them (the screen translates
    them), else the English text an older station sent, shown as it is."""
    return words_from_data(message.get("words"), message["reason"])
