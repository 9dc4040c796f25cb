"""The attempt as a seat delivers it: the station's committed log plus this seat's own
actions the station has not stored yet (journaled first, so they are safe). It offers the
candidate screen the same interface as LiveAttempt."""

from __future__ import annotations

import base64
import copy
import time
from pathlib import Path
from typing import Any, Callable

from app.domain.accommodations import Accommodations
from app.domain.annotations import ANNOTATED, Annotation
from app.domain.attempt import (
    FINAL_STATES, IN_PROGRESS, TIMED_OUT, AttemptRefused, AttemptState, Event, apply, check_allowed,
    check_rest_break,
)
from app.domain.errors import ExamStationError, SaveFailed
from app.domain.exam import Exam
from app.domain.incidents import SEAT_DISK, technical_incident
from app.domain.plan import AttemptPlan
from app.domain.timing import AttemptTimer, due_warnings
from app.formats.exam_content import document_media_paths, exam_from_document
from app.room.journal import Journal, JournalFailed
from app.room.seat_link import SeatLink
from app.services.live_attempt import TickResult

BEAT_SECONDS = 1.0
RESEND_SECONDS = 3.0


class OnlyOnTheStation(SaveFailed):
    """This seat's disk refused the action but the station is connected: the action was sent
    and counts as saved once the station acknowledges it (never before: a crash of this seat
    in between loses what was shown as not saved yet, nothing that was shown as saved)."""


class SeatAttempt:
    """The attempt as this seat delivers it: the station's committed log, plus this seat's
    own actions that the station has not stored yet (journaled, so they are safe)."""

    def __init__(self, attempt_id: str, lease: str, exam: Exam, candidate: dict, accommodations: Accommodations,
                 journal: Journal, link: SeatLink, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.attempt_id, self.lease, self.exam = attempt_id, lease, exam
        self.candidate, self.accommodations, self.journal, self.link = candidate, accommodations, journal, link
        self.monotonic = monotonic
        self.committed = AttemptState()
        self.state = AttemptState()
        self.unacked: list[dict] = list(journal.records)
        self.next_n = max((r["n"] for r in journal.records), default=0) + 1
        self.acked = 0
        self.timer = AttemptTimer(0, monotonic)
        self.plan: AttemptPlan | None = None
        self.pending: dict[str, Any] = {}
        self.warned: set[float] = set()
        self.interrupted_now = False
        self.owner = True
        self._last_beat = 0.0
        self._sent_at: dict[int, float] = {}       # n -> when last sent (to resend what is not stored)
        self._ticked_state = ""
        self.media_cache: dict[str, bytes] = {}
        self.only_on_station: set[int] = set()    # n of actions this seat's disk refused (sent, not journaled)
        self.disk_problem: str | None = None       # why this seat's disk refused the last write, if it did
        self._disk_reported = False

    @classmethod
    def from_assignment(cls, message: dict, journals: Path, link: SeatLink) -> "SeatAttempt":
        doc = message["exam"]
        exam = exam_from_document(doc, document_media_paths(doc))
        key = base64.b64decode(message["journal_key"])
        journal = Journal(journals, message["lease"], key)
        made = cls(message["attempt"], message["lease"], exam, message["candidate"],
                   Accommodations.from_data(message["accommodations"]), journal, link)
        made.take_assignment(message)
        return made

    def take_assignment(self, message: dict) -> None:
        self.committed = AttemptState()
        for wire_event in message["events"]:
            apply(self.committed, _event(wire_event))
        self.plan = AttemptPlan.build(self.exam, self.committed.form_id, self.committed.seed)
        self._acked(message["acked"])
        self._sync_time(message["elapsed_ms"], message["running"])
        self.interrupted_now = self.committed.state == "paused" and self._last_kind(message["events"]) == "interrupted"
        self._rebuild()

    def take_log(self, message: dict) -> None:
        for wire_event in message["events"]:
            event = _event(wire_event)
            if event.seq == self.committed.last_seq + 1:
                apply(self.committed, event)
                if event.kind == "interrupted":
                    self.interrupted_now = True
                elif event.kind in ("resumed", "started"):
                    self.interrupted_now = False
        self._acked(message["acked"])
        self._sync_time(message["elapsed_ms"], message["running"])
        self._rebuild()

    def _acked(self, acked: int) -> None:
        self.acked = max(self.acked, acked)
        self.unacked = [r for r in self.unacked if r["n"] > self.acked]
        self.only_on_station = {n for n in self.only_on_station if n > self.acked}
        for n in [n for n in self._sent_at if n <= self.acked]:
            del self._sent_at[n]
        self.next_n = max(self.next_n, self.acked + 1)

    def _sync_time(self, station_ms: int, running: bool) -> None:
        """The station's clock decides: this seat's time never falls behind it."""
        mine = self.timer.elapsed_ms()
        if self.unacked and not running:
            return  # the station has not seen this seat's latest actions (a start, a resume) yet
        if station_ms > mine or not running:
            self.timer = AttemptTimer(max(station_ms, mine) if running else station_ms, self.monotonic)
        if running and not self.timer.running:
            self.timer.start()

    def _rebuild(self) -> None:
        state = copy.deepcopy(self.committed)
        for record in self.unacked:
            apply(state, _local_event(record, state.last_seq))
        self.state = state
        if state.state == IN_PROGRESS and not self.timer.running:
            self.timer.start()
        elif state.state != IN_PROGRESS and self.timer.running:
            self.timer.stop()

    @staticmethod
    def _last_kind(events: list[dict]) -> str:
        kinds = [e["kind"] for e in events if e["kind"] in ("paused", "interrupted", "resumed", "started")]
        return kinds[-1] if kinds else ""

    def resend(self, link: SeatLink) -> None:
        if self.unacked:
            self._send(link, self.unacked)

    def _send(self, link: SeatLink, records: list[dict]) -> None:
        now = self.monotonic()
        for record in records:
            self._sent_at[record["n"]] = now
        link.send({"type": "events", "attempt": self.attempt_id, "lease": self.lease,
                   "events": [_wire_record(r) for r in records]})

    def beat(self, link: SeatLink) -> None:
        """Once a second: tell the station the time used, and send again what it has not stored
        for a while (it could not write, or a message was lost with a connection)."""
        now = self.monotonic()
        if now - self._last_beat >= BEAT_SECONDS and link.connected:
            self._last_beat = now
            link.send({"type": "beat", "attempt": self.attempt_id, "lease": self.lease,
                       "elapsed_ms": self.timer.elapsed_ms()})
            stale = [r for r in self.unacked if now - self._sent_at.get(r["n"], 0.0) >= RESEND_SECONDS]
            if stale:
                self._send(link, stale)

    def finish_if_done(self, journals: Path) -> None:
        """A finished attempt the station holds entirely needs no journal here any more."""
        if self.committed.state in FINAL_STATES and not self.unacked:
            self.journal.close()
            self.journal.path.unlink(missing_ok=True)

    # -- the candidate's actions: journal first, then "Saved", then to the station -----------
    def _record(self, kind: str, data: dict) -> None:
        check_allowed(self.state, kind)
        if self.state.state == IN_PROGRESS and self.remaining_now() == 0 and kind not in ("submitted", "incident"):
            raise AttemptRefused("The exam time is over.", code="state_timed_out")
        record: dict[str, Any] = {"n": self.next_n, "kind": kind, "data": data, "elapsed_ms": self.timer.elapsed_ms(),
                  "basis": self.committed.last_seq}
        refused = self._journal(record)
        self.next_n += 1
        self.unacked.append(record)
        apply(self.state, _local_event(record, self.committed.last_seq))
        if self.state.state == IN_PROGRESS and not self.timer.running:
            self.timer.start()
        elif self.state.state != IN_PROGRESS and self.timer.running:
            self.timer.stop()
        self._send(self.link, [record])
        if refused:
            self.only_on_station.add(record["n"])
            self._tell_station_of_disk(refused)
            raise OnlyOnTheStation("This computer cannot save on its own disk ({refused}); your answer was sent "
                                   "to the proctor's station instead.",
                                   "It shows as saved as soon as the station has it; tell the proctor.",
                                   refused=refused)

    def _tell_station_of_disk(self, reason: str) -> None:
        """Once per spell of disk trouble: an incident the proctor sees on the console."""
        if self._disk_reported:
            return
        self._disk_reported = True
        try:
            self._record("incident", technical_incident(SEAT_DISK, "seat", reason=reason))
        except (SaveFailed, AttemptRefused):
            pass  # the answer's own refusal already tells the candidate

    def _journal(self, record: dict) -> str | None:
        """Journal the action; None when it is on this seat's disk. When the disk refuses but the
        station is connected, the reason (the action then goes to the station only); when the
        station is not connected either, SaveFailed: nothing is recorded, the answer stays pending."""
        try:
            self.journal.append(record)
        except JournalFailed as error:
            reason = error.strerror or "write failed"
            if not self.link.connected:
                raise SaveFailed("This seat cannot save on its disk ({reason}) and the station is not "
                                 "connected.", "Tell the proctor; your answer stays on screen and is saved "
                                 "when writing works.", reason=reason) from None
            self.disk_problem = reason
            return reason
        self.disk_problem, self._disk_reported = None, False
        return None

    def _planned(self) -> AttemptPlan:
        """The attempt's plan: set when the station's assignment is taken, before any action."""
        if self.plan is None:
            raise ExamStationError("This seat has not been given a candidate yet.",
                                   "Wait until the proctor gives this seat a candidate.")
        return self.plan

    def start(self) -> None:
        self._record("started", {})
        self.visit(self._planned().first_item(self.state))

    def resume(self, by: str = "candidate") -> None:
        self._record("resumed", {"by": by})
        self.interrupted_now = False

    def take_rest_break(self, allowed: int) -> None:
        check_rest_break(self.state, allowed)
        self._record("paused", {"reason": "rest break", "by": "candidate", "rest_break": True})

    def answer(self, item_id: str, response: Any) -> None:
        check_allowed(self.state, "answered")
        self._planned().check_reachable(self.state, item_id)
        self.pending[item_id] = response
        self.flush_pending()

    def flush_pending(self) -> None:
        for item_id, response in list(self.pending.items()):
            try:
                self._record("answered", {"item_id": item_id, "response": response})
            except OnlyOnTheStation:
                del self.pending[item_id]  # recorded and sent: not to be recorded again
                raise
            del self.pending[item_id]

    def visit(self, item_id: str) -> None:
        plan = self._planned()
        section_id = plan.check_reachable(self.state, item_id)
        current = self.state.current_section
        if current and current != section_id:
            self._record("section_left", {"section_id": current, "lock": plan.section(current).lock_on_exit})
        self._record("visited", {"item_id": item_id, "section_id": section_id})

    def flag(self, item_id: str, on: bool) -> None:
        self._planned().section_of(item_id)
        self._record("flagged", {"item_id": item_id, "on": on})

    def annotate(self, item_id: str, annotation: Annotation) -> None:
        """Keep what the candidate marked on a question (highlights, struck options): not scored."""
        check_allowed(self.state, ANNOTATED)
        self._planned().check_reachable(self.state, item_id)
        self._record(ANNOTATED, annotation.to_data(item_id))

    def annotate_stimulus(self, stimulus_id: str, annotation: Annotation) -> None:
        """Keep the candidate's highlights in a shared passage (shown with every question citing it)."""
        check_allowed(self.state, ANNOTATED)
        self._planned().check_stimulus_shown(self.state, stimulus_id)
        self._record(ANNOTATED, annotation.to_stimulus_data(stimulus_id))

    def incident(self, kind: str, description: str, by: str, details: dict | None = None) -> None:
        """Something lockdown detected on this seat (focus lost, a forbidden program)."""
        self._record("incident", {**(details or {}), "type": kind, "description": description, "by": by})

    def submit(self) -> None:
        self.flush_pending()
        self._record("submitted", {})

    # -- time ---------------------------------------------------------------------------
    def tick(self) -> TickResult:
        # State the station changed (pause, time added, void) arrived between ticks: report it as a change.
        before = self._ticked_state
        if self.pending and self.state.state == IN_PROGRESS:
            try:
                self.flush_pending()
            except (SaveFailed, AttemptRefused):
                pass
        remaining = self.remaining_now()
        if remaining == 0 and self.state.state == IN_PROGRESS:
            self.state.state = TIMED_OUT  # shown now; the station records the time-out itself
            self.timer.stop()
        warnings = due_warnings(remaining, self.exam.timing.warnings_minutes, self.warned)
        self.warned.update(warnings)
        self._ticked_state = self.state.state
        return TickResult(remaining, self.section_remaining_ms(), warnings, self.state.state != before,
                          len(self.pending) + len(self.only_on_station))

    def remaining_now(self) -> int | None:
        return self.state.remaining_ms(self.timer.elapsed_ms())

    def section_remaining_ms(self) -> int | None:
        section = self.state.current_section
        if section is None:
            return None
        extra = self.timer.elapsed_ms() - self.state.elapsed_ms if self.state.state == IN_PROGRESS else 0
        return self.state.section_remaining_ms(section, self.state.section_elapsed_ms.get(section, 0) + max(0, extra))

    @property
    def status(self) -> str:
        return self.state.state

    @property
    def station_has_everything(self) -> bool:
        return not self.unacked

    def media(self, path: str) -> bytes:
        if path not in self.media_cache:
            self.media_cache[path] = self.link.fetch_media(self.attempt_id, self.lease, path)
        return self.media_cache[path]


def _event(wire_event: dict) -> Event:
    try:
        return Event(int(wire_event["seq"]), str(wire_event["kind"]), int(wire_event["elapsed_ms"]),
                     str(wire_event["at"]), dict(wire_event["data"]))
    except (KeyError, TypeError, ValueError):
        raise ExamStationError("The station sent a damaged event.", "Tell the proctor.") from None


def _local_event(record: dict, seq: int) -> Event:
    return Event(seq, record["kind"], record["elapsed_ms"], "", record["data"])


def _wire_record(record: dict) -> dict:
    return {"n": record["n"], "kind": record["kind"], "data": record["data"],
            "elapsed_ms": record["elapsed_ms"], "basis": record["basis"]}
