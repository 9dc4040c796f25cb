"""The results report as simple HTML, for QTextDocument to lay out into a PDF: the board's
figures first (forms, pass rates with intervals, centers), then items, candidates, and the
attempts kept out of the statistics. Charts are images the caller adds as resources
(CHART_SCORES, CHART_MINUTES).

Every word is in the staff's language (context "ResultsReport"; column headings and cells as
the window shows them, app/ui/admin/column_headings.py) and every number and date in its
format: "alfa (KR-20) 0,812" and "2 de diciembre de 2026" in Spanish."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextOption

from app.domain.board_statistics import DifferenceTest
from app.ui.admin.column_headings import column_heading, report_cell, report_format
from app.ui.widgets.local_format import LocalFormat

translate = QCoreApplication.translate  # lupdate finds translate("ResultsReport", "...") calls

CHART_SCORES, CHART_MINUTES = "chart://scores", "chart://minutes"
CANDIDATE_COLUMNS = ["form", "center", "candidate_number", "candidate_name", "state", "percent", "scaled",
                     "written_passed", "composite", "incidents"]  # few enough to fit A4 without breaking words


def report_html(data: dict, made: datetime | None = None) -> str:
    """The whole report; `made`: when it was made, said under the title (left out when None)."""
    numbers = report_format()
    counted = sum(1 for r in data["results"] if r["in_statistics"])
    parts = [tag("h1", translate("ResultsReport", "Results report"))]
    if made is not None:
        made_on = numbers.date(made, translate("ResultsReport", "d MMMM yyyy, HH:mm", "date pattern"))
        parts.append(tag("p", translate("ResultsReport", "Made on {date}.").format(date=made_on)))
    parts.append(tag("p", translate("ResultsReport", "Attempts counted in the statistics: {counted}; kept out "
                                                     "of them: {left} (listed at the end). Items are flagged for review from "
                                                     "{minimum} counted attempts on a form.").format(
        counted=counted, left=len(data.get("left_out", [])), minimum=data.get("minimum", 30))))
    parts.append(f"<p><img src='{CHART_SCORES}' width='640'></p><p><img src='{CHART_MINUTES}' width='640'></p>")
    parts += _board(data, numbers)
    for form in data["forms"]:
        parts.append(tag("h2", form_title(form.exam_id, form.form_id)) + tag("p", reliability_line(form, numbers)))
        parts.append(_table(["item", "type", "n", "p", "point_biserial", "omit_rate", "flags"], form.items, numbers))
    parts.append(tag("h2", translate("ResultsReport", "Candidates")))
    parts.append(_table(CANDIDATE_COLUMNS, data["results"], numbers))
    parts.append(tag("h2", translate("ResultsReport", "Kept out of the statistics")))
    if data.get("left_out"):
        parts.append(_table(["form", "center", "candidate_number", "candidate_name", "state", "left_out_because"],
                            data["left_out"], numbers))
    else:
        parts.append(tag("p", translate("ResultsReport", "None: every attempt is counted.")))
    return "".join(parts)


def _board(data: dict, numbers: LocalFormat) -> list[str]:
    """Form equivalence, pass rates by center and form, and each center's outcomes."""
    parts = []
    for comparison in data.get("comparisons", []):
        title = translate("ResultsReport", "Form equivalence — {exam}").format(exam=comparison.exam_id)
        parts.append(tag("h2", title))
        parts.append(_table(["form", "attempts", "mean_percent", "sd_percent", "mean_item_p", "pass_rate"],
                            comparison.forms, numbers))
        test = difference_line(comparison.test, numbers) if comparison.test else translate(
            "ResultsReport", "No test: fewer than two forms with enough attempts.")
        parts.append(tag("p", translate("ResultsReport", "Difference in mean percent: {test}").format(test=test)))
    if data.get("rates"):
        parts.append(tag("h2", translate("ResultsReport", "Pass rates by center and form (95 % Wilson interval)")))
        parts.append(_table(["center", "form", "attempts", "passed", "pass_rate", "pass_rate_ci_low",
                             "pass_rate_ci_high", "mean_percent"], data["rates"], numbers))
    if data.get("centers"):
        parts.append(tag("h2", translate("ResultsReport", "Outcomes, time used and incidents by center")))
        parts.append(_table(["center", "attempts", "counted", "left_out", "pass_rate", "pass_rate_ci_low",
                             "pass_rate_ci_high"], data["centers"], numbers))
        parts.append(_table(["center", "minutes_median", "minutes_p90", "minutes_max", "incidents",
                             "incident_types"], data["centers"], numbers))
    return parts


def form_title(exam_id: str, form_id: str) -> str:
    return translate("ResultsReport", "{exam} — form {form}").format(exam=exam_id, form=form_id)


def reliability_line(form, numbers: LocalFormat) -> str:
    """A form's reliability in one sentence: attempts, items, alpha, SEM, mean, SD, pass rate."""
    r = form.reliability
    missing = translate("ResultsReport", "n/a")
    return translate("ResultsReport", "{n} attempts, {items} items; alpha (KR-20) {alpha}; SEM {sem} points; "
                                      "mean {mean}, SD {sd}; pass rate {rate}.").format(
        n=r.n, items=r.items, alpha=missing if r.alpha is None else numbers.number(r.alpha, 3),
        sem=missing if r.sem is None else numbers.number(r.sem, 2), mean=numbers.number(r.mean, 2),
        sd=numbers.number(r.sd, 2), rate=numbers.percent(form.pass_rate))


def difference_line(test: DifferenceTest, numbers: LocalFormat) -> str:
    """"Welch's t: t(57.9) = 0.412, p = 0.6817" with the test's name and numbers in the staff's words."""
    between = "; " if numbers.locale.decimalPoint() == "," else ", "  # F(2; 57,9), never F(2, 57,9)
    df = between.join(numbers.number(d, 1) if d != int(d) else str(int(d)) for d in test.df)
    if test.test == "Welch's t":
        name, symbol = translate("ResultsReport", "Welch's t"), "t"
    else:
        name, symbol = translate("ResultsReport", "one-way ANOVA"), "F"
    return f"{name}: {symbol}({df}) = {numbers.number(test.statistic, 3)}, p = {numbers.number(test.p_value, 4)}"


def report_document(data: dict, charts: dict[str, QImage], made: datetime | None = None) -> QTextDocument:
    """The report laid out for printing, with its chart images. Lines break between words,
    never inside one: a narrow column grows rather than print "Ada Lovel ace"."""
    document = QTextDocument()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    for url, image in charts.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    document.setHtml(report_html(data, made))
    return document


def tag(name: str, *lines: str) -> str:
    """Text lines, escaped and joined by line breaks, in one element: tag("h2", title)."""
    return f"<{name}>{'<br>'.join(escape(line) for line in lines)}</{name}>"


def _table(columns: list[str], rows: list[dict], numbers: LocalFormat) -> str:
    head = "".join(f"<th align='left'>{escape(column_heading(c))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(report_cell(c, row.get(c), numbers))}</td>" for c in columns)
                   + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{body}</table>"
