"""The roster CSV a center prepares before exam day. Every row is checked and every problem
reported at once, so the proctor fixes the file in one go rather than one error per try.

Header (docs/proctor-screens.md): number,name,seat,time_multiplier,rest_breaks,text_scale,prerequisite_number
Only number and name are required columns; prerequisite_number is required in every row when
the exam is a stackable add-on (several prerequisites: numbers separated by ';', in order).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from app.domain.accommodations import TEXT_SCALES, Accommodations
from app.ui.proctor.common import tr

ROSTER_COLUMNS = ("number", "name", "seat", "time_multiplier", "rest_breaks", "text_scale", "prerequisite_number")
REQUIRED_COLUMNS = ("number", "name")


@dataclass(frozen=True)
class RosterEntry:
    number: str
    name: str
    seat: str = ""
    accommodations: Accommodations = field(default_factory=Accommodations)
    prerequisite_numbers: tuple[str, ...] = ()


def parse_roster(text: str, prerequisites: int, taken: set[str] | None = None) -> tuple[list[RosterEntry], list[str]]:
    """Entries and problems; entries are returned only when there are no problems at all."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        return [], [tr("The file is empty. Start from the roster template: its first line names the columns.")]
    header = [h.strip().lower() for h in rows[0]]
    problems = _header_problems(header)
    if problems:
        return [], problems
    entries: list[RosterEntry] = []
    seen = set(taken or ())
    for line, cells in enumerate(rows[1:], start=2):
        record = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}
        entry, row_problems = _entry(record, prerequisites)
        if entry and entry.number in seen:
            row_problems.append(tr("candidate number {n} appears twice (or is already checked in)")
                                .format(n=entry.number))
        if entry:
            seen.add(entry.number)
        problems += [tr("line {line}: {problem}").format(line=line, problem=p) for p in row_problems]
        if entry and not row_problems:
            entries.append(entry)
    return ([], problems) if problems else (entries, [])


def _header_problems(header: list[str]) -> list[str]:
    problems = []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    unknown = [c for c in header if c not in ROSTER_COLUMNS]
    if missing:
        problems.append(tr("the first line has no column for the candidate's {what}").format(
            what=tr("number and name") if len(missing) > 1 else (tr("number") if "number" in missing else tr("name"))))
    if unknown:
        problems.append(tr("the first line names {n} column(s) a roster does not have: {cols}. Copy the first "
                           "line of the roster template").format(n=len(unknown), cols=", ".join(f"“{c}”" for c in unknown)))
    if len(set(header)) != len(header):
        problems.append(tr("the first line names a column twice"))
    return problems


def _entry(record: dict[str, str], prerequisites: int) -> tuple[RosterEntry | None, list[str]]:
    problems = []
    number, name = record.get("number", ""), record.get("name", "")
    if not number:
        problems.append(tr("the candidate number is empty"))
    if not name:
        problems.append(tr("the name is empty"))
    multiplier = _number(record.get("time_multiplier") or "1", float, 1.0, 4.0,
                         tr("the extra time “{v}” is not a number from 1.0 to 4.0"), problems)
    breaks = _number(record.get("rest_breaks") or "0", int, 0, 10,
                     tr("the rest breaks “{v}” are not a whole number from 0 to 10"), problems)
    scale = _number((record.get("text_scale") or "100").rstrip("%"), int, 100, 200,
                    tr("the text size “{v}” is not one of {scales}"), problems)
    if scale is not None and scale not in TEXT_SCALES:
        problems.append(tr("the text size “{v}” is not one of {scales}").format(
            v=scale, scales=", ".join(map(str, TEXT_SCALES))))
    numbers = tuple(n.strip() for n in record.get("prerequisite_number", "").split(";") if n.strip())
    if prerequisites and len(numbers) != prerequisites:
        problems.append(tr("this exam needs {n} prerequisite credential number(s) in the prerequisite number column")
                        .format(n=prerequisites))
    if problems or not number:
        return (RosterEntry(number, name) if number else None), problems
    return RosterEntry(number, name, record.get("seat", ""), Accommodations(multiplier, breaks, scale), numbers), []


def _number(text: str, kind: type, low: float, high: float, refusal: str, problems: list[str]):
    try:
        value = kind(text)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        problems.append(refusal.format(v=text, scales=", ".join(map(str, TEXT_SCALES))))
        return None
    return value
