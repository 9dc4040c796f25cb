"""Shows a package's public manifest in words a proctor understands."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser


class PackageDetails(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Package details"))
        self.setOpenLinks(False)

    def show_manifest(self, manifest: dict, signer_trusted: bool) -> None:
        exam = manifest["exam"]
        signer = manifest["signer"]
        valid = manifest["valid"]
        prerequisites = ", ".join(p["name"] for p in exam.get("prerequisites", [])) or self.tr("none")
        forms = ", ".join(f"{f['title']} ({f['items']} items)" for f in exam["forms"])
        trust = self.tr("trusted by this station") if signer_trusted else self.tr(
            "NOT trusted by this station: the package will not open")
        rows = [
            (self.tr("Exam"), f"{exam['title']} — version {exam['version']}"),
            (self.tr("Leads to"), exam["credential"]["name"]),
            (self.tr("Requires"), prerequisites),
            (self.tr("Forms"), forms),
            (self.tr("Time limit"), self.tr("{m:g} minutes").format(m=exam["exam_minutes"])
             if exam.get("exam_minutes") else self.tr("none")),
            (self.tr("Valid from"), valid["not_before"] or self.tr("any time")),
            (self.tr("Valid until"), valid["not_after"] or self.tr("no end")),
            (self.tr("Signed by"), f"{signer['name']} ({signer['fingerprint']}), {trust}"),
            (self.tr("Built for"), ", ".join(r["name"] for r in manifest["recipients"])),
            (self.tr("Release code"), self.tr("required") if manifest.get("release_code") else self.tr("not needed")),
        ]
        body = "".join(f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{escape(str(v))}</td></tr>"
                       for k, v in rows)
        self.setHtml(f"<h2>{escape(exam['title'])}</h2><table cellspacing='6'>{body}</table>")

    def show_error(self, message: str) -> None:
        self.setHtml(f"<p style='color:#9b0000'><b>{escape(message)}</b></p>")
