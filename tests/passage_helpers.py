"""The mini exam with a shared passage, for the tests of passage highlights: q-single and q-multi
(both in section A1, which closes when left) cite it; the other questions cite nothing."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

from app.domain.exam import Exam, Stimulus
from app.formats.exam_source import load_exam_source
from tests.conftest import MINI_EXAM

PASSAGE = Stimulus("battery-notes", "Battery notes",
                   "<p>Zebra-passage: the red terminal is positive and the black terminal is negative.</p>"
                   "<p>Never join the two terminals with a wire.</p>")
CITING = ("q-single", "q-multi")


def with_passage(exam: Exam) -> Exam:
    return replace(exam, stimuli=(PASSAGE,),
                   items=tuple(replace(i, stimulus=PASSAGE.id) if i.id in CITING else i for i in exam.items))


PASSAGE_EXAM = with_passage(load_exam_source(MINI_EXAM))


def passage_source(folder: Path) -> Path:
    """The mini exam's source copied into `folder`, with the passage added (to build a package
    that carries it, for the room's tests)."""
    source = folder / "passage-exam"
    shutil.copytree(MINI_EXAM, source)
    exam_file = source / "exam.yaml"
    exam_file.write_text(exam_file.read_text(encoding="utf-8") + "stimuli:\n  - " + json.dumps(
        {"id": PASSAGE.id, "title": PASSAGE.title, "html": PASSAGE.html}) + "\n", encoding="utf-8")
    items = source / "items" / "all-types.yaml"
    text = items.read_text(encoding="utf-8")
    for item_id in CITING:
        text = text.replace(f"  - id: {item_id}\n", f"  - id: {item_id}\n    stimulus: {PASSAGE.id}\n", 1)
    items.write_text(text, encoding="utf-8")
    return source
