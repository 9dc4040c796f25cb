"""The nested parts of the messages between an evaluator's tablet and the station: a
signed-off evaluation, and the roster of candidates to score. `app.room.wire` checks each
message's top level; these check what is inside, so a damaged or hostile part is one
`BadMessage`, never a crash, on either side."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.domain.checklist import MARKS
from app.domain.errors import SourceInvalid
from app.domain.exam import Checklist
from app.formats.exam_content import checklists_from_document
from app.room.wire import BadMessage, check_fields

EVALUATION_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
EVALUATION_FIELDS = {"id": (str,), "candidate": (str,), "checklist": (str,), "evaluator": (str,),
                     "marks": (dict,), "notes": (dict,), "task_seconds": (int,)}
CANDIDATE_FIELDS = {"candidate": (str,), "name": (str,), "number": (str,), "seat": (str,), "checklists": (dict,)}
# What the station says about one checklist of one candidate, for the evaluator signed in:
STATUSES = ("open",       # nothing signed yet
            "second",     # someone else signed; this evaluator may score independently
            "yours",      # this evaluator signed it already
            "reconcile",  # two evaluators differ: settled at the station
            "done")       # a result exists
MAX_TEXT, MAX_NOTE, MAX_STEPS, MAX_TASK_SECONDS = 200, 2000, 500, 7 * 24 * 3600


@dataclass(frozen=True)
class RosterEntry:
    candidate_id: str
    name: str
    number: str
    seat: str
    checklists: dict[str, str]   # checklist id -> one of STATUSES

    def scoreable(self) -> list[str]:
        return [c for c, status in self.checklists.items() if status in ("open", "second")]


def evaluation_from_wire(data: Any) -> dict:
    """A signed-off evaluation as the tablet sends it, checked field by field."""
    if not isinstance(data, dict):
        raise BadMessage("an evaluation is not a JSON object")
    check_fields(data, EVALUATION_FIELDS, "evaluation")
    if set(data) != set(EVALUATION_FIELDS):
        raise BadMessage("an evaluation has fields it should not have")
    if not EVALUATION_ID.fullmatch(data["id"]):
        raise BadMessage("an evaluation's id is not a UUID")
    for name in ("candidate", "checklist", "evaluator"):
        _short(data[name], name)
    marks, notes = data["marks"], data["notes"]
    if len(marks) > MAX_STEPS or len(notes) > MAX_STEPS:
        raise BadMessage("an evaluation has more steps than any checklist")
    for step, mark in marks.items():
        _short(step, "step")
        if mark not in MARKS:
            raise BadMessage(f"an evaluation marks a step {str(mark)[:20]!r}")
    for step, note in notes.items():
        _short(step, "step")
        if not isinstance(note, str) or len(note) > MAX_NOTE:
            raise BadMessage("an evaluation's note is not text of at most 2000 characters")
    if not 0 <= data["task_seconds"] <= MAX_TASK_SECONDS:
        raise BadMessage("an evaluation's task time is out of range")
    return data


def roster_from_wire(message: dict) -> tuple[list[RosterEntry], tuple[Checklist, ...]]:
    """The candidates to score and the checklists (read with the exam source's own rules)."""
    try:
        checklists = checklists_from_document(message["checklists"]) if message["checklists"] else ()
    except SourceInvalid as problem:
        # The reader's lines quote what it was sent; the tablet says only how much is wrong.
        raise BadMessage(f"the checklists have {len(problem.problems)} problem(s)") from None
    known = {c.id for c in checklists}
    entries = []
    for data in message["candidates"]:
        if not isinstance(data, dict):
            raise BadMessage("a candidate is not a JSON object")
        check_fields(data, CANDIDATE_FIELDS, "candidate")
        for name in ("candidate", "name", "number", "seat"):
            _short(data[name], name, empty=name == "seat")
        statuses = data["checklists"]
        if any(c not in known or s not in STATUSES for c, s in statuses.items()):
            raise BadMessage("a candidate's checklist status is unknown")
        entries.append(RosterEntry(data["candidate"], data["name"], data["number"], data["seat"], dict(statuses)))
    return entries, checklists


def _short(value: Any, what: str, empty: bool = False) -> None:
    if not isinstance(value, str) or len(value) > MAX_TEXT or (not value and not empty):
        raise BadMessage(f"the {what} is not a short text")
