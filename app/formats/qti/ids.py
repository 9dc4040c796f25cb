"""QTI identifiers as ExamStation ids.

A QTI identifier belongs to its file: two item files may share one, and so may two tests.
ExamStation ids are one per exam, in a smaller alphabet (letters, digits, '-', '_', '.').
The importer keys items by their file, keeps the QTI identifier for the report, and gives each
item, form and section an exam id that is unique; every change of name is reported.
"""

from __future__ import annotations

import re

from app.domain.errors import template
from app.domain.fields import ID_PATTERN
from app.formats.qti.report import Notes


def exam_id(qti_id: str, notes: Notes) -> str:
    """The identifier in ExamStation's id alphabet (letters, digits, '-', '_', '.')."""
    if ID_PATTERN.match(qti_id):
        return qti_id
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "-", qti_id).strip("-_.")[:80] or "item"
    notes.converted(template("identifier"),
                    template("'{qti_id}' is used as '{cleaned}'", qti_id=qti_id, cleaned=cleaned))
    return cleaned


def unique_id(wanted: str, taken: set[str], notes: Notes, what: str, where: str) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`, ... when another file already has it; the id is then taken."""
    chosen, number = wanted, 1
    while chosen in taken:
        number += 1
        chosen = f"{wanted[:75]}-{number}"
    if chosen != wanted:
        notes.converted(template("identifier"), template(
            "'{wanted}' is also the identifier of another {what}; this one ({where}) is '{chosen}'",
            wanted=wanted, what=what, where=where, chosen=chosen))
    taken.add(chosen)
    return chosen
