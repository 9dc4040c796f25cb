"""The mini exam with a shared passage, for the tests of passage highlights: q-single and q-multi
(both in section A1, which closes when left) cite it; the other questions cite nothing."""

from __future__ import annotations

from dataclasses import replace

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
