"""The credential's pass rule and the reasons a checklist or a credential is not passed, in the
staff's language: "the written test and the checklist “ESS commissioning”" for the rule the
exam writes as `written AND checklist:ess-commissioning`, and a sentence per reason code."""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QCoreApplication

from app.domain import composite
from app.domain import reasons as codes
from app.domain.exam import Exam
from app.domain.reasons import Reason

CONTEXT = "RuleWords"


def checklist_titles(exam: Exam) -> dict[str, str]:
    return {c.id: c.title for c in exam.checklists}


def component_words(name: str, titles: Mapping[str, str]) -> str:
    if name == "written":
        return QCoreApplication.translate("RuleWords", "the written test")
    checklist = name.split(":", 1)[-1]
    return QCoreApplication.translate("RuleWords", "the checklist “{title}”").format(title=titles.get(checklist, checklist))


def rule_words(rule_text: str, titles: Mapping[str, str]) -> str:
    """What a candidate must pass, as a phrase; the rule as written if it does not parse."""
    try:
        rule = composite.parse_rule(rule_text)
    except ValueError:
        return rule_text
    return _words(rule, titles)


def _words(rule: composite.Rule, titles: Mapping[str, str], inside: bool = False) -> str:
    if isinstance(rule, composite.Component):
        return component_words(rule.name, titles)
    if isinstance(rule, composite.Not):
        return QCoreApplication.translate("RuleWords", "not {part}").format(part=_words(rule.operand, titles, True))
    left, right = _words(rule.left, titles, True), _words(rule.right, titles, True)
    if isinstance(rule, composite.Both):
        return QCoreApplication.translate("RuleWords", "{left} and {right}").format(left=left, right=right)
    # "either … or …" keeps an OR inside an AND readable without brackets.
    template = QCoreApplication.translate("RuleWords", "either {left} or {right}") if inside else QCoreApplication.translate("RuleWords", "{left} or {right}")
    return template.format(left=left, right=right)


def _sentences() -> dict[str, str]:
    translate = QCoreApplication.translate  # spelled out below so pyside6-lupdate finds each text
    return {
        codes.STEP_NOT_APPLICABLE: translate("RuleWords", "the step “{step}” cannot be marked not applicable"),
        codes.CRITICAL_STEP_NOT_DONE: translate("RuleWords", "the critical step “{step}” was not done"),
        codes.BELOW_POINTS: translate("RuleWords", "{points} of {possible} points ({percent} %), below the {needed} points needed"),
        codes.BELOW_PERCENT: translate("RuleWords", "{points} of {possible} points ({percent} %), below the {needed} % needed"),
        codes.STEPS_NOT_MARKED: translate("RuleWords", "{count} step(s) not marked yet"),
        codes.WRITTEN_NOT_SCORED: translate("RuleWords", "the written test is not fully scored yet"),
        codes.CHECKLIST_NOT_DECIDED: translate("RuleWords", "the checklist “{checklist}” is not evaluated yet, or its two "
                                       "evaluations are not reconciled"),
        codes.CHECKLIST_FAILED: translate("RuleWords", "the checklist “{checklist}”: {reason}"),
        codes.SECOND_EVALUATION_PENDING: translate("RuleWords", "waiting for a second evaluation, or for the first "
                                                   "evaluator to show the result"),
    }


def reason_words(reason: Reason, titles: Mapping[str, str] | None = None) -> str:
    """One reason as words; its English sentence if this version has no words for its code."""
    template = _sentences().get(reason.code)
    if template is None:
        return reason.english()
    values = {key: _value(key, value, titles or {}) for key, value in reason.values.items()}
    return template.format(**values)


def reasons_words(reasons: list[Reason] | tuple[Reason, ...], titles: Mapping[str, str] | None = None) -> str:
    return "; ".join(reason_words(r, titles) for r in reasons)


def _value(key: str, value: object, titles: Mapping[str, str]) -> object:
    if isinstance(value, Reason):
        return reason_words(value, titles)
    if key == "checklist":
        return titles.get(str(value), str(value))
    if key == "percent" and isinstance(value, float):
        return f"{value:.0f}"
    if isinstance(value, float):
        return f"{value:g}"
    return value
