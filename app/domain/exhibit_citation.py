"""Which reference exhibit a question cites, so that the exhibits open at that one.

An author cites an exhibit in the question's text the way printed exams do: by the label its
title starts with ("Use Exhibit 2 …" for "Exhibit 2: Battery module datasheet"), by its whole
title, or by its id. Nothing has to be added to the items; a question that names no exhibit
leaves the exhibits where the candidate last had them."""

from __future__ import annotations

import re
from typing import Sequence

from app.domain.exam import Exhibit


def citations(exhibit: Exhibit) -> list[str]:
    """The words that cite `exhibit`: its label (the title before a colon), title and id."""
    label = exhibit.title.split(":", 1)[0] if ":" in exhibit.title else ""
    return [words.strip() for words in (label, exhibit.title, exhibit.id) if words.strip()]


def cited_exhibit(text: str, exhibits: Sequence[Exhibit]) -> int | None:
    """The index of the exhibit `text` cites first, or None when it cites none. "Exhibit 1"
    is not cited by "Exhibit 12": a citation ends where a word ends."""
    first: tuple[int, int] | None = None   # (where in the text, which exhibit)
    for index, exhibit in enumerate(exhibits):
        for words in citations(exhibit):
            found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)
            if found and (first is None or found.start() < first[0]):
                first = (found.start(), index)
    return None if first is None else first[1]
