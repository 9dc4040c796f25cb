"""The shape of one attempt: its sections and items in this candidate's order, and the
rules for moving between them (locked sections, section time limits)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.attempt import AttemptRefused, AttemptState
from app.domain.exam import Exam, Form, Section
from app.domain.order import SectionOrder, form_order, option_order


@dataclass(frozen=True)
class AttemptPlan:
    exam: Exam
    form: Form
    seed: int
    sections: tuple[SectionOrder, ...]

    @classmethod
    def build(cls, exam: Exam, form_id: str, seed: int) -> "AttemptPlan":
        form = exam.form(form_id)
        return cls(exam, form, seed, form_order(form, seed))

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(i for s in self.sections for i in s.item_ids)

    def section(self, section_id: str) -> Section:
        return next(s for s in self.form.sections if s.id == section_id)

    def section_of(self, item_id: str) -> str:
        for section in self.sections:
            if item_id in section.item_ids:
                return section.section_id
        raise AttemptRefused(f"Item '{item_id}' is not on this form.", code="not_on_form", item=item_id)

    def options(self, item_id: str) -> tuple[str, ...]:
        section = self.section(self.section_of(item_id))
        return option_order(self.exam.item(item_id), self.seed, section.shuffle_options)

    def first_item(self, state: AttemptState) -> str:
        """Where the candidate is, or the first item of the first section still open."""
        if state.current_item:
            return state.current_item
        for section in self.sections:
            if section.section_id not in state.locked_sections:
                return section.item_ids[0]
        return self.sections[-1].item_ids[0]

    def check_reachable(self, state: AttemptState, item_id: str) -> str:
        """The item's section id, or a refusal if that section is locked."""
        section_id = self.section_of(item_id)
        if section_id in state.locked_sections:
            raise AttemptRefused("That section is closed: once left, it cannot be opened again.",
                                 code="section_closed")
        return section_id

    def next_section(self, section_id: str) -> str | None:
        ids = [s.section_id for s in self.sections]
        position = ids.index(section_id)
        return ids[position + 1] if position + 1 < len(ids) else None

    def unanswered(self, state: AttemptState, section_id: str | None = None) -> list[str]:
        ids = self.item_ids if section_id is None else next(
            s.item_ids for s in self.sections if s.section_id == section_id)
        return [i for i in ids if i not in state.responses]
