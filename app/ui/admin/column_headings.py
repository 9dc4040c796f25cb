"""The results tables' column headings in plain words, translated for the screen.

The reports keep their column names (exam, candidate_number, pass_rate_ci_low…) for the CSV
files; the screen shows these headings instead. QT_TRANSLATE_NOOP lets lupdate find them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.widgets.translation import QT_TRANSLATE_NOOP

CONTEXT = "ColumnHeadings"
HEADINGS = {
    "exam": QT_TRANSLATE_NOOP("ColumnHeadings", "exam"),
    "form": QT_TRANSLATE_NOOP("ColumnHeadings", "form"),
    "center": QT_TRANSLATE_NOOP("ColumnHeadings", "center"),
    "candidate_number": QT_TRANSLATE_NOOP("ColumnHeadings", "candidate number"),
    "candidate_name": QT_TRANSLATE_NOOP("ColumnHeadings", "candidate name"),
    "state": QT_TRANSLATE_NOOP("ColumnHeadings", "state"),
    "raw": QT_TRANSLATE_NOOP("ColumnHeadings", "raw"),
    "maximum": QT_TRANSLATE_NOOP("ColumnHeadings", "maximum"),
    "percent": QT_TRANSLATE_NOOP("ColumnHeadings", "percent"),
    "scaled": QT_TRANSLATE_NOOP("ColumnHeadings", "scaled"),
    "written_passed": QT_TRANSLATE_NOOP("ColumnHeadings", "written passed"),
    "checklists": QT_TRANSLATE_NOOP("ColumnHeadings", "checklists"),
    "composite": QT_TRANSLATE_NOOP("ColumnHeadings", "credential"),
    "minutes_used": QT_TRANSLATE_NOOP("ColumnHeadings", "minutes used"),
    "rest_breaks": QT_TRANSLATE_NOOP("ColumnHeadings", "rest breaks"),
    "incidents": QT_TRANSLATE_NOOP("ColumnHeadings", "incidents"),
    "domains": QT_TRANSLATE_NOOP("ColumnHeadings", "domains"),
    "held_for_review": QT_TRANSLATE_NOOP("ColumnHeadings", "held for review"),
    "in_statistics": QT_TRANSLATE_NOOP("ColumnHeadings", "counted in statistics"),
    "left_out_because": QT_TRANSLATE_NOOP("ColumnHeadings", "left out because"),
    "attempts": QT_TRANSLATE_NOOP("ColumnHeadings", "attempts"),
    "held": QT_TRANSLATE_NOOP("ColumnHeadings", "held"),
    "submitted": QT_TRANSLATE_NOOP("ColumnHeadings", "submitted"),
    "timed_out": QT_TRANSLATE_NOOP("ColumnHeadings", "timed out"),
    "voided": QT_TRANSLATE_NOOP("ColumnHeadings", "voided"),
    "left_out": QT_TRANSLATE_NOOP("ColumnHeadings", "left out"),
    "counted": QT_TRANSLATE_NOOP("ColumnHeadings", "counted"),
    "pass_rate": QT_TRANSLATE_NOOP("ColumnHeadings", "pass rate"),
    "pass_rate_ci_low": QT_TRANSLATE_NOOP("ColumnHeadings", "95 % interval from"),
    "pass_rate_ci_high": QT_TRANSLATE_NOOP("ColumnHeadings", "95 % interval to"),
    "minutes_median": QT_TRANSLATE_NOOP("ColumnHeadings", "minutes median"),
    "minutes_p90": QT_TRANSLATE_NOOP("ColumnHeadings", "minutes p90"),
    "minutes_max": QT_TRANSLATE_NOOP("ColumnHeadings", "minutes max"),
    "incidents_per_attempt": QT_TRANSLATE_NOOP("ColumnHeadings", "incidents per attempt"),
    "attempts_with_incidents": QT_TRANSLATE_NOOP("ColumnHeadings", "attempts with incidents"),
    "incident_types": QT_TRANSLATE_NOOP("ColumnHeadings", "incident types"),
    "item": QT_TRANSLATE_NOOP("ColumnHeadings", "item"),
    "type": QT_TRANSLATE_NOOP("ColumnHeadings", "type"),
    "n": QT_TRANSLATE_NOOP("ColumnHeadings", "n"),
    "p": QT_TRANSLATE_NOOP("ColumnHeadings", "p"),
    "point_biserial": QT_TRANSLATE_NOOP("ColumnHeadings", "point biserial"),
    "omit_rate": QT_TRANSLATE_NOOP("ColumnHeadings", "omit rate"),
    "choices": QT_TRANSLATE_NOOP("ColumnHeadings", "choices"),
    "flags": QT_TRANSLATE_NOOP("ColumnHeadings", "flags"),
    "passed": QT_TRANSLATE_NOOP("ColumnHeadings", "passed"),
    "mean_percent": QT_TRANSLATE_NOOP("ColumnHeadings", "mean percent"),
    "sd_percent": QT_TRANSLATE_NOOP("ColumnHeadings", "SD of percent"),
    "mean_item_p": QT_TRANSLATE_NOOP("ColumnHeadings", "mean item p"),
}


def column_heading(column: str) -> str:
    """The heading for a report column; a column without one shows its name without underscores."""
    return QCoreApplication.translate(CONTEXT, HEADINGS.get(column, column.replace("_", " ")))


# Values the reports write as short codes (for the CSV files); the screen and the PDF say them.
VALUES = {
    "yes": QT_TRANSLATE_NOOP("ColumnHeadings", "yes"), "no": QT_TRANSLATE_NOOP("ColumnHeadings", "no"),
    "pass": QT_TRANSLATE_NOOP("ColumnHeadings", "passed"), "fail": QT_TRANSLATE_NOOP("ColumnHeadings", "not passed"),
    "pending": QT_TRANSLATE_NOOP("ColumnHeadings", "not decided yet"),
    "held": QT_TRANSLATE_NOOP("ColumnHeadings", "held for review"),
    "in_progress": QT_TRANSLATE_NOOP("ColumnHeadings", "in progress"),
    "submitted": QT_TRANSLATE_NOOP("ColumnHeadings", "submitted"),
    "timed_out": QT_TRANSLATE_NOOP("ColumnHeadings", "timed out"),
    "voided": QT_TRANSLATE_NOOP("ColumnHeadings", "voided"),
}


def value_words(column: str, text: str) -> str:
    """A report cell as the screen shows it: "mini-check: fail" reads "mini-check: not passed"."""
    if column == "checklists" and text:
        pairs = (part.rsplit(": ", 1) for part in text.split("; "))
        return "; ".join(f"{p[0]}: {value_words('', p[1])}" if len(p) == 2 else p[0] for p in pairs)
    word = VALUES.get(text)
    return QCoreApplication.translate(CONTEXT, word) if word else text
