"""How far the candidate has got with each question: whether a response is complete, and the
state the navigator, the review screen and the finish warning show for every question.

A response is *incomplete* when the item asks for several parts and only some are given: a
matching item with 2 of its 5 terms matched, a cloze item with a blank left empty. Such a
response is saved and scored as it is, but the candidate is told, like an unanswered one,
before a section closes or the exam is submitted. Items with one part (a choice, a number, a
point, a text, an order) are answered or not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from app.domain.attempt import AttemptState
from app.domain.exam import Item
from app.domain.item_types import item_kind
from app.domain.plan import AttemptPlan

ANSWERED, INCOMPLETE, NOT_ANSWERED = "answered", "incomplete", "not_answered"


def response_status(item: Item, response: Any) -> str:
    """ANSWERED, INCOMPLETE or NOT_ANSWERED for this item's stored response."""
    if response is None:
        return NOT_ANSWERED
    parts = _parts(item)
    if not parts:
        return ANSWERED
    given = _given_parts(response, parts)
    if not given:
        return NOT_ANSWERED
    return ANSWERED if given == parts else INCOMPLETE


def _parts(item: Item) -> frozenset[str]:
    """The ids of the parts a complete response fills in; empty for a one-part item."""
    return item_kind(item.type).parts(item)


def _given_parts(response: Any, parts: frozenset[str]) -> frozenset[str]:
    if not isinstance(response, Mapping):
        return frozenset()
    return frozenset(k for k, v in response.items() if k in parts and v is not None and str(v).strip())


@dataclass(frozen=True, slots=True)
class QuestionState:
    """What the candidate is shown about one question."""

    item_id: str
    number: int          # 1-based position in this candidate's order
    section_id: str
    answer: str          # ANSWERED, INCOMPLETE or NOT_ANSWERED
    flagged: bool
    seen: bool           # has been on screen (a question never opened is "not seen")
    closed: bool         # its section is closed: it cannot be opened again

    @property
    def needs_attention(self) -> bool:
        """Worth naming before the candidate leaves: not answered, or only partly."""
        return self.answer != ANSWERED


def question_states(plan: AttemptPlan, state: AttemptState) -> list[QuestionState]:
    """Every question of the attempt, in the candidate's order (section by section, as
    plan.item_ids lists them: asking each item's section would scan them all again)."""
    result = []
    in_order = ((item_id, s.section_id) for s in plan.sections for item_id in s.item_ids)
    for number, (item_id, section_id) in enumerate(in_order, start=1):
        result.append(QuestionState(
            item_id, number, section_id,
            response_status(plan.exam.item(item_id), state.responses.get(item_id)),
            item_id in state.flagged,
            item_id in state.seen or item_id == state.current_item or item_id in state.responses,
            section_id in state.locked_sections))
    return result


def summary(states: list[QuestionState]) -> dict[str, int]:
    """How many questions are answered, incomplete, not answered and flagged."""
    counts = {ANSWERED: 0, INCOMPLETE: 0, NOT_ANSWERED: 0, "flagged": 0}
    for question in states:
        counts[question.answer] += 1
        counts["flagged"] += question.flagged
    return counts
