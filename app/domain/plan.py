"""The shape of one attempt: its sections and items in this candidate's order (and selection,
for a section that draws from a pool), and the rules for moving between them: locked sections,
questions that come one after another (forward only), questions that must be answered before
moving on."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.attempt import AttemptRefused, AttemptState
from app.domain.exam import Exam, Form, Section
from app.domain.order import SectionOrder, delivered_form, form_order, option_order


@dataclass(frozen=True)
class AttemptPlan:
    exam: Exam
    form: Form
    seed: int
    sections: tuple[SectionOrder, ...]

    @classmethod
    def build(cls, exam: Exam, form_id: str, seed: int) -> "AttemptPlan":
        form = delivered_form(exam.form(form_id), seed)   # `form` holds only the items delivered
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
        raise AttemptRefused("Item '{item_id}' is not on this form.", code="not_on_form", item=item_id,
                             item_id=item_id)

    def options(self, item_id: str) -> tuple[str, ...]:
        section = self.section(self.section_of(item_id))
        return option_order(self.exam.item(item_id), self.seed, section.shuffle_options)

    def check_stimulus_shown(self, state: AttemptState, stimulus_id: str) -> None:
        """A refusal unless the stimulus is shown on this attempt: a question of the form cites it,
        in a section still open (a passage is only seen beside a question that cites it)."""
        sections = {s.section_id for s in self.sections for i in s.item_ids
                    if self.exam.item(i).stimulus == stimulus_id}
        if not sections:
            raise AttemptRefused("Stimulus '{stimulus_id}' is not on this form.", code="not_on_form",
                                 stimulus_id=stimulus_id)
        if sections <= state.locked_sections:
            raise AttemptRefused("That section is closed: once left, it cannot be opened again.",
                                 code="section_closed")

    def first_item(self, state: AttemptState) -> str:
        """Where the candidate is, or the first item of the first section still open."""
        if state.current_item:
            return state.current_item
        for section in self.sections:
            if section.section_id not in state.locked_sections:
                return section.item_ids[0]
        return self.sections[-1].item_ids[0]

    def check_reachable(self, state: AttemptState, item_id: str) -> str:
        """The item's section id, or a refusal: its section is locked, the current question must
        be answered first, or questions here come one after another and this is not the next."""
        section_id = self.section_of(item_id)
        if section_id in state.locked_sections:
            raise AttemptRefused("That section is closed: once left, it cannot be opened again.",
                                 code="section_closed")
        current = state.current_item
        if current is None or current == item_id or current not in self.item_ids:
            return section_id
        self.check_leave(state)
        leaving, entering = self.section(self.section_of(current)), self.section(section_id)
        allowed = self.following(current) if leaving.forward_only else \
            self._first_of(section_id) if entering.forward_only else item_id   # a section is entered at its start
        if item_id != allowed:
            raise AttemptRefused("Questions here come one after another: only the next question can be opened.",
                                 code="forward_only")
        return section_id

    def _first_of(self, section_id: str) -> str:
        return next(s.item_ids[0] for s in self.sections if s.section_id == section_id)

    def check_leave(self, state: AttemptState) -> None:
        """Refuses leaving the current question (for another, or to finish) while it must be answered."""
        current = state.current_item
        if current in self.item_ids and current not in state.responses and \
                self.section(self.section_of(current)).answer_required:
            raise AttemptRefused("Answer this question before you move on.", code="answer_required")

    def following(self, item_id: str) -> str | None:
        ids = self.item_ids
        position = ids.index(item_id)
        return ids[position + 1] if position + 1 < len(ids) else None

    def can_go_back(self, item_id: str) -> bool:
        """False where questions come one after another (the Previous button is then off)."""
        return not self.section(self.section_of(item_id)).forward_only

    def next_section(self, section_id: str) -> str | None:
        ids = [s.section_id for s in self.sections]
        position = ids.index(section_id)
        return ids[position + 1] if position + 1 < len(ids) else None

    def unanswered(self, state: AttemptState, section_id: str | None = None) -> list[str]:
        ids = self.item_ids if section_id is None else next(
            s.item_ids for s in self.sections if s.section_id == section_id)
        return [i for i in ids if i not in state.responses]
