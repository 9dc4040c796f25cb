"""A candidate's own marks on a question: highlighted stretches of its text and answer options
struck out as ruled out (as on paper, and as Examplify and Pearson VUE offer). They are kept
with the attempt so a restart shows them again, and they never change a score.

One `annotated` event carries everything marked on one question after the change, so the
latest event for a question is the whole truth and replay needs no history of edits:

    {"item_id": "q-7", "highlights": [[12, 40], [95, 101]], "struck": ["b", "d"]}

`highlights` are [start, end) character positions in the question's text as shown (its plain
text for a plain stem, the text of the formatted document for a formatted one), sorted,
neither empty nor overlapping nor touching; `struck` are option ids, sorted, each once.

A shared stimulus (a passage, table or figure several questions cite) has marks of its own,
which belong to the stimulus and so show on every question that cites it. Its event has the
stimulus form, with the same span rules and nothing to strike out:

    {"stimulus_id": "site-survey", "highlights": [[0, 14]]}

Plain Python: no Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

ANNOTATED = "annotated"
MAX_HIGHLIGHTS = 200          # far more than anyone marks on one question; bounds a hostile event
MAX_POSITION = 1_000_000      # a question's text is never this long
MAX_STRUCK = 100
MAX_OPTION_ID = 100           # characters
MAX_ID = 200                  # characters of a question's or stimulus's id
STIMULUS_FORM = frozenset({"stimulus_id", "highlights"})


class AnnotationMalformed(ValueError):
    """An `annotated` event's data is not in the form above."""


@dataclass(frozen=True, slots=True)
class Annotation:
    """What is marked on one question: highlighted ranges and struck-out option ids."""

    highlights: tuple[tuple[int, int], ...] = ()
    struck: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not self.highlights and not self.struck

    def to_data(self, item_id: str) -> dict[str, Any]:
        """The event data: canonical (sorted lists), so equal marks give equal events."""
        return {"item_id": item_id, "highlights": [list(span) for span in self.highlights],
                "struck": sorted(self.struck)}

    def to_stimulus_data(self, stimulus_id: str) -> dict[str, Any]:
        """The stimulus form's event data (a passage has highlights only)."""
        return {"stimulus_id": stimulus_id, "highlights": [list(span) for span in self.highlights]}

    def highlighted(self, start: int, end: int) -> "Annotation":
        """Highlight [start, end); a stretch already wholly highlighted is un-highlighted instead,
        so one key both marks and unmarks (as a highlighter pen and its eraser)."""
        start, end = sorted((max(0, start), min(MAX_POSITION, end)))
        if start == end:
            return self
        if self.covers(start, end):
            return Annotation(_without(self.highlights, start, end), self.struck)
        return Annotation(_merged(self.highlights + ((start, end),)), self.struck)

    def covers(self, start: int, end: int) -> bool:
        return any(low <= start and end <= high for low, high in self.highlights)

    def without_highlights(self) -> "Annotation":
        return Annotation((), self.struck)

    def toggled(self, option_id: str) -> "Annotation":
        """Strike the option out, or restore it if it was struck."""
        return Annotation(self.highlights, self.struck ^ {option_id})


def _merged(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return tuple(result)


def _without(spans: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[tuple[int, int], ...]:
    kept = [(low, high) for low, high in spans if high <= start or low >= end]
    kept += [(low, start) for low, high in spans if low < start < high]
    kept += [(end, high) for low, high in spans if low < end < high]
    return tuple(sorted(kept))


def annotation_from_data(data: Any) -> tuple[str, Annotation]:
    """The question and its marks from an event's data; AnnotationMalformed when it is not in
    the canonical form (a station never writes anything else)."""
    if not isinstance(data, dict) or not {"item_id", "highlights", "struck"} <= data.keys():
        raise AnnotationMalformed("an annotation needs item_id, highlights and struck")
    if "stimulus_id" in data:
        raise AnnotationMalformed("an annotation marks a question or a stimulus, not both")
    item_id, struck = data["item_id"], data["struck"]
    if not isinstance(item_id, str) or not 0 < len(item_id) <= MAX_ID:
        raise AnnotationMalformed("the annotation's item_id is not a question id")
    spans = _highlights(data["highlights"])
    if not isinstance(struck, list) or len(struck) > MAX_STRUCK or not all(
            isinstance(option, str) and 0 < len(option) <= MAX_OPTION_ID for option in struck):
        raise AnnotationMalformed(f"struck must be a list of at most {MAX_STRUCK} option ids")
    if struck != sorted(set(struck)):
        raise AnnotationMalformed("struck option ids must be sorted and each given once")
    return item_id, Annotation(spans, frozenset(struck))


def marks_a_stimulus(data: Any) -> bool:
    """Whether an `annotated` event's data is in the stimulus form (else it is the item form)."""
    return isinstance(data, dict) and "stimulus_id" in data


def stimulus_marks_from_data(data: Any) -> tuple[str, Annotation]:
    """The stimulus and its highlights from the stimulus form's data; AnnotationMalformed when it
    is not in the canonical form. A seat's `basis` may come with it, as with the item form."""
    if not isinstance(data, dict) or not STIMULUS_FORM <= data.keys():
        raise AnnotationMalformed("a stimulus annotation needs stimulus_id and highlights")
    if data.keys() & {"item_id", "struck"}:
        raise AnnotationMalformed("an annotation marks a question or a stimulus, not both")
    stimulus_id = data["stimulus_id"]
    if not isinstance(stimulus_id, str) or not 0 < len(stimulus_id) <= MAX_ID:
        raise AnnotationMalformed("the annotation's stimulus_id is not a stimulus id")
    return stimulus_id, Annotation(_highlights(data["highlights"]))


def _highlights(highlights: Any) -> tuple[tuple[int, int], ...]:
    if not isinstance(highlights, list) or len(highlights) > MAX_HIGHLIGHTS:
        raise AnnotationMalformed(f"highlights must be a list of at most {MAX_HIGHLIGHTS} ranges")
    spans = tuple(_span(value) for value in highlights)
    if _merged(spans) != spans or any(end <= start for start, end in spans):
        raise AnnotationMalformed("highlights must be sorted ranges that neither overlap nor touch")
    return spans


def _span(value: Any) -> tuple[int, int]:
    if not (isinstance(value, list) and len(value) == 2 and all(
            type(end) is int and 0 <= end <= MAX_POSITION for end in value)):
        raise AnnotationMalformed(f"a highlight is [start, end] with whole numbers from 0 to {MAX_POSITION}")
    return value[0], value[1]

