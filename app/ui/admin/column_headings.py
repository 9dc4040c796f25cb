"""The results tables' column headings in plain words, translated for the screen.

The reports keep their column names (exam, candidate_number, pass_rate_ci_low…) for the CSV
files; the screen and the PDF show these headings instead, and each cell in the staff's words
and number format (`report_cell`). QT_TRANSLATE_NOOP lets lupdate find them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import Words
from app.services.reports import cell
from app.ui.candidate.responses import type_title
from app.ui.widgets.error_words import words_text
from app.ui.widgets.local_format import LocalFormat
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
# A context of their own: "passed" here is one candidate's (aprobado), a heading counts them (aprobados).
VALUE_CONTEXT = "ReportValues"
VALUES = {
    "yes": QT_TRANSLATE_NOOP("ReportValues", "yes"), "no": QT_TRANSLATE_NOOP("ReportValues", "no"),
    "pass": QT_TRANSLATE_NOOP("ReportValues", "passed"), "fail": QT_TRANSLATE_NOOP("ReportValues", "not passed"),
    "pending": QT_TRANSLATE_NOOP("ReportValues", "not decided yet"),
    "held": QT_TRANSLATE_NOOP("ReportValues", "held for review"),
    "in_progress": QT_TRANSLATE_NOOP("ReportValues", "in progress"),
    "submitted": QT_TRANSLATE_NOOP("ReportValues", "submitted"),
    "timed_out": QT_TRANSLATE_NOOP("ReportValues", "timed out"),
    "voided": QT_TRANSLATE_NOOP("ReportValues", "voided"),
}


def value_words(column: str, text: str) -> str:
    """A report cell as the screen shows it: "mini-check: fail" reads "mini-check: not passed"."""
    if column == "checklists" and text:
        pairs = (part.rsplit(": ", 1) for part in text.split("; "))
        return "; ".join(f"{p[0]}: {value_words('', p[1])}" if len(p) == 2 else p[0] for p in pairs)
    word = VALUES.get(text)
    return QCoreApplication.translate(VALUE_CONTEXT, word) if word else text


# Incident kinds (app/domain/incidents.py) as the centers' "incident types" cell names them.
INCIDENT_KINDS = {
    "focus_lost": QT_TRANSLATE_NOOP("ColumnHeadings", "left the exam window"),
    "focus_returned": QT_TRANSLATE_NOOP("ColumnHeadings", "came back to the exam window"),
    "clipboard_blocked": QT_TRANSLATE_NOOP("ColumnHeadings", "copy or paste blocked"),
    "key_blocked": QT_TRANSLATE_NOOP("ColumnHeadings", "key blocked"),
    "screen_added": QT_TRANSLATE_NOOP("ColumnHeadings", "screen connected"),
    "screen_removed": QT_TRANSLATE_NOOP("ColumnHeadings", "screen disconnected"),
    "extra_screens": QT_TRANSLATE_NOOP("ColumnHeadings", "extra screens covered"),
    "forbidden_process": QT_TRANSLATE_NOOP("ColumnHeadings", "forbidden program"),
    "process_check_unavailable": QT_TRANSLATE_NOOP("ColumnHeadings", "program check unavailable"),
    "keyboard_not_grabbed": QT_TRANSLATE_NOOP("ColumnHeadings", "desktop shortcuts not held back"),
    "exit_pin_wrong": QT_TRANSLATE_NOOP("ColumnHeadings", "wrong exit PIN"),
    "exit_unlocked": QT_TRANSLATE_NOOP("ColumnHeadings", "unlocked by the proctor"),
    "disruption": QT_TRANSLATE_NOOP("ColumnHeadings", "disruption in the room"),
    "technical": QT_TRANSLATE_NOOP("ColumnHeadings", "technical problem"),
    "misconduct": QT_TRANSLATE_NOOP("ColumnHeadings", "suspected misconduct"),
    "illness": QT_TRANSLATE_NOOP("ColumnHeadings", "illness"),
    "other": QT_TRANSLATE_NOOP("ColumnHeadings", "other"),
}


def report_format() -> LocalFormat:
    """Numbers and dates of the body's reports in the staff's language (app/ui/widgets/local_format.py)."""
    return LocalFormat(QCoreApplication.translate("ColumnHeadings", "en_GB", "locale"))


def report_cell(column: str, value, numbers: LocalFormat) -> str:
    """A report cell as the window and the PDF show it: words in the staff's language (an item
    type by its name, yes/no, a state, why an attempt is left out, incident kinds), numbers in
    their format ("81,82" in Spanish). The CSV keeps the English values (`cell`)."""
    if isinstance(value, Words):
        return words_text(value)
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)):
        return numbers.number(value)
    if column == "type" and isinstance(value, str):
        return type_title(value)
    text = cell(value)
    if column in ("incident_types", "staff_action_types") and text:
        return "; ".join(_incident_count(part) for part in text.split("; "))
    if column == "state":
        return value_words(column, text).replace("_", " ")
    return value_words(column, text)


def _incident_count(part: str) -> str:
    """"focus_lost=3" as "left the exam window: 3"."""
    kind, _, count = part.partition("=")
    name = INCIDENT_KINDS.get(kind)
    return f"{QCoreApplication.translate(CONTEXT, name) if name else kind.replace('_', ' ')}: {count}"
