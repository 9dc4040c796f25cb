"""The results report as simple HTML, for QTextDocument to lay out into a PDF: the board's
figures first (forms, pass rates with intervals, centers), then items, candidates, and the
attempts kept out of the statistics. Charts are images the caller adds as resources
(CHART_SCORES, CHART_MINUTES)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextOption

from app.services.reports import cell
from app.ui.candidate.responses import type_title

CHART_SCORES, CHART_MINUTES = "chart://scores", "chart://minutes"
# Column headings in plain words where the column's name alone would be jargon.
HEADINGS = {"pass_rate_ci_low": "95 % interval from", "pass_rate_ci_high": "95 % interval to",
            "sd_percent": "SD of percent", "mean_item_p": "mean item p", "in_statistics": "counted in statistics"}
CANDIDATE_COLUMNS = ["form", "center", "candidate_number", "candidate_name", "state", "percent", "scaled",
                     "written_passed", "composite", "incidents"]  # few enough to fit A4 without breaking words


def report_html(data: dict) -> str:
    parts = ["<h1>Results report</h1>",
             f"<p>{sum(1 for r in data['results'] if r['in_statistics'])} attempts counted in the statistics; "
             f"{len(data.get('left_out', []))} kept out of them (listed at the end). Items are flagged for review "
             f"from {data.get('minimum', 30)} counted attempts on a form.</p>",
             f"<p><img src='{CHART_SCORES}' width='640'></p><p><img src='{CHART_MINUTES}' width='640'></p>"]
    for comparison in data.get("comparisons", []):
        parts.append(f"<h2>Form equivalence — {escape(comparison.exam_id)}</h2>")
        parts.append(_table(["form", "attempts", "mean_percent", "sd_percent", "mean_item_p", "pass_rate"],
                            comparison.forms))
        test = comparison.test.line() if comparison.test else "No test: fewer than two forms with enough attempts."
        parts.append(f"<p>Difference in mean percent: {escape(test)}</p>")
    if data.get("rates"):
        parts.append("<h2>Pass rates by center and form (95 % Wilson interval)</h2>")
        parts.append(_table(["center", "form", "attempts", "passed", "pass_rate", "pass_rate_ci_low",
                             "pass_rate_ci_high", "mean_percent"], data["rates"]))
    if data.get("centers"):
        parts.append("<h2>Outcomes, time used and incidents by center</h2>")
        parts.append(_table(["center", "attempts", "counted", "left_out", "pass_rate", "pass_rate_ci_low",
                             "pass_rate_ci_high"], data["centers"]))
        parts.append(_table(["center", "minutes_median", "minutes_p90", "minutes_max", "incidents",
                             "incident_types"], data["centers"]))
    for form in data["forms"]:
        r = form.reliability
        alpha = "n/a" if r.alpha is None else f"{r.alpha:.3f}"
        sem = "n/a" if r.sem is None else f"{r.sem:.2f}"
        parts.append(f"<h2>{escape(form.exam_id)} — form {escape(form.form_id)}</h2>"
                     f"<p>{r.n} attempts, {r.items} items; alpha (KR-20) {alpha}; SEM {sem} points; "
                     f"mean {r.mean:.2f}, SD {r.sd:.2f}; pass rate {form.pass_rate:.0%}.</p>")
        parts.append(_table(["item", "type", "n", "p", "point_biserial", "omit_rate", "flags"], form.items))
    parts.append("<h2>Candidates</h2>")
    parts.append(_table(CANDIDATE_COLUMNS, data["results"]))
    parts.append("<h2>Kept out of the statistics</h2>")
    if data.get("left_out"):
        parts.append(_table(["form", "center", "candidate_number", "candidate_name", "state", "left_out_because"],
                            data["left_out"]))
    else:
        parts.append("<p>None: every attempt is counted.</p>")
    return "".join(parts)


def report_document(data: dict, charts: dict[str, QImage]) -> QTextDocument:
    """The report laid out for printing, with its chart images. Lines break between words,
    never inside one: a narrow column grows rather than print "Ada Lovel ace"."""
    document = QTextDocument()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    for url, image in charts.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    document.setHtml(report_html(data))
    return document


def _table(columns: list[str], rows: list[dict]) -> str:
    head = "".join(f"<th align='left'>{escape(heading(c))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(_words(c, row.get(c)))}</td>" for c in columns) + "</tr>"
                   for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{body}</table>"


def heading(column: str) -> str:
    return HEADINGS.get(column, column.replace("_", " "))


def _words(column: str, value) -> str:
    """A cell in plain words: an item type by its name ("Multiple response"), states without
    underscores."""
    if column == "type" and isinstance(value, str):
        return type_title(value)
    text = cell(value)
    return text.replace("_", " ") if column == "state" else text
