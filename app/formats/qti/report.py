"""The import report: every item, interaction or setting that was not carried over as it was.

Four kinds: `unsupported` (the build stops unless told to skip), `removed` (unsafe content
taken out; the item stays), `converted` (kept, but shown or scored in a stated other way) and
`ignored` (in the package but not delivered: resources of other kinds, listed files that are
missing and that nothing uses).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.errors import template, worded_lines

UNSUPPORTED, REMOVED, CONVERTED, IGNORED = "unsupported", "removed", "converted", "ignored"
KIND_WORDS = {UNSUPPORTED: template("unsupported"), REMOVED: template("removed"), CONVERTED: template("converted"),
              IGNORED: template("ignored")}
KIND_HEADINGS = {UNSUPPORTED: lambda count: template("Unsupported ({count}):", count=count),
                 REMOVED: lambda count: template("Removed ({count}):", count=count),
                 CONVERTED: lambda count: template("Converted ({count}):", count=count),
                 IGNORED: lambda count: template("Ignored ({count}):", count=count)}


@dataclass(frozen=True)
class Note:
    subject: str   # an item or test identifier, or a file
    feature: str   # the interaction, element or setting (its QTI name, shown as it is)
    kind: str
    detail: str    # words marked with template(): a screen shows them translated

    def line(self) -> str:
        return template("{kind:<11} {subject}: {feature}: {detail}", kind=KIND_WORDS.get(self.kind, self.kind),
                        subject=self.subject, feature=self.feature, detail=self.detail)


@dataclass
class Notes:
    """The notes of one subject (an item or a test); duplicates are kept once."""

    subject: str
    found: list[Note] = field(default_factory=list)

    def add(self, kind: str, feature: str, detail: str) -> None:
        note = Note(self.subject, feature, kind, detail)
        if note not in self.found:
            self.found.append(note)

    def unsupported(self, feature: str, detail: str) -> None:
        self.add(UNSUPPORTED, feature, detail)

    def removed(self, feature: str, detail: str) -> None:
        self.add(REMOVED, feature, detail)

    def converted(self, feature: str, detail: str) -> None:
        self.add(CONVERTED, feature, detail)

    def ignored(self, feature: str, detail: str) -> None:
        self.add(IGNORED, feature, detail)

    @property
    def blocking(self) -> bool:
        return any(n.kind == UNSUPPORTED for n in self.found)


def report_text(notes: list[Note], skipped: list[str], items: int, forms: int) -> str:
    """The report as English lines, each kept as words a screen shows in the staff's language."""
    lines = [template("QTI import: {items} items on {forms} forms.", items=items, forms=forms)]
    if skipped:
        lines.append(template("Skipped (unsupported, --skip-unsupported given): {listed}", listed=", ".join(skipped)))
    for kind in (UNSUPPORTED, REMOVED, CONVERTED, IGNORED):
        chosen = [n for n in notes if n.kind == kind]
        if chosen:
            lines.append(KIND_HEADINGS[kind](len(chosen)))
            lines += [template("  {subject}: {feature}: {detail}", subject=n.subject, feature=n.feature,
                               detail=n.detail) for n in chosen]
    if len(lines) == 1:
        lines.append(template("Everything was carried over as it was."))
    return worded_lines(lines)
