"""Why a checklist or a credential is not passed (or not decided yet), as a code and its facts.

The screens word a reason in the staff's language from its code (app/ui/widgets/rule_words.py);
`english()` is the same sentence in English for the command line, reports and stored results.
The codes are stable: a screen that does not know one shows the English sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

STEP_NOT_APPLICABLE = "step_not_applicable"      # step: its text
CRITICAL_STEP_NOT_DONE = "critical_step_not_done"  # step: its text
BELOW_POINTS = "below_points"                    # points, possible, percent, needed (points)
BELOW_PERCENT = "below_percent"                  # points, possible, percent, needed (%)
STEPS_NOT_MARKED = "steps_not_marked"            # count
WRITTEN_NOT_SCORED = "written_not_scored"
CHECKLIST_NOT_DECIDED = "checklist_not_decided"  # checklist: its id
CHECKLIST_FAILED = "checklist_failed"            # checklist: its id; reason: the checklist's own Reason
SECOND_EVALUATION_PENDING = "second_evaluation_pending"  # one signed evaluation, its result kept blind

# Reasons that fail a checklist whatever its points (a step marked in a way it may not be).
STEP_FAILURES = frozenset({STEP_NOT_APPLICABLE, CRITICAL_STEP_NOT_DONE})

_ENGLISH = {
    STEP_NOT_APPLICABLE: "step '{step}' cannot be marked N/A",
    CRITICAL_STEP_NOT_DONE: "critical step not done: {step}",
    BELOW_POINTS: "scored {points:g} of {possible:g} points ({percent:.0f} %), below the {needed:g} points needed",
    BELOW_PERCENT: "scored {points:g} of {possible:g} points ({percent:.0f} %), below the {needed:g} % needed",
    STEPS_NOT_MARKED: "{count} step(s) not marked yet",
    WRITTEN_NOT_SCORED: "the written test is not fully scored yet",
    CHECKLIST_NOT_DECIDED: "checklist:{checklist}: not evaluated, or evaluators not reconciled",
    CHECKLIST_FAILED: "checklist:{checklist}: {reason}",
    SECOND_EVALUATION_PENDING: "waiting for a second evaluation, or for the first evaluator to show the result",
}


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        values = {k: (v.english() if isinstance(v, Reason) else v) for k, v in self.values.items()}
        template = _ENGLISH.get(self.code)
        return template.format(**values) if template else self.code.replace("_", " ")

    def __str__(self) -> str:
        return self.english()
