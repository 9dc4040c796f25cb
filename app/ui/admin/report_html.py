"""The results report as simple HTML, for QTextDocument to lay out into a PDF."""

from __future__ import annotations

from html import escape

from app.services.reports import RESULT_COLUMNS


def report_html(data: dict) -> str:
    parts = ["<h1>Results report</h1>"]
    for form in data["forms"]:
        r = form.reliability
        alpha = "n/a" if r.alpha is None else f"{r.alpha:.3f}"
        sem = "n/a" if r.sem is None else f"{r.sem:.2f}"
        parts.append(f"<h2>{escape(form.exam_id)} — form {escape(form.form_id)}</h2>"
                     f"<p>{r.n} attempts, {r.items} items; alpha (KR-20) {alpha}; SEM {sem} points; "
                     f"mean {r.mean:.2f}, SD {r.sd:.2f}; pass rate {form.pass_rate:.0%}.</p>")
        parts.append(_table(["item", "type", "p", "point_biserial", "omit_rate", "flags"], form.items))
    if data.get("rates"):
        parts.append("<h2>Pass rates by center and form</h2>")
        parts.append(_table(["center", "form", "attempts", "pass_rate", "mean_percent", "incidents"], data["rates"]))
    if data.get("centers"):
        parts.append("<h2>Time used and incidents by center</h2>")
        parts.append(_table(["exam", "center", "attempts", "timed_out", "voided", "minutes_median", "minutes_p90",
                             "minutes_max", "incidents", "incidents_per_attempt", "incident_types"],
                            data["centers"]))
    parts.append("<h2>Candidates</h2>")
    parts.append(_table([c for c in RESULT_COLUMNS if c not in ("exam", "domains")], data["results"]))
    return "".join(parts)


def _table(columns: list[str], rows: list[dict]) -> str:
    head = "".join(f"<th align='left'>{escape(c.replace('_', ' '))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape('' if row.get(c) is None else str(row.get(c)))}</td>"
                                    for c in columns) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"
