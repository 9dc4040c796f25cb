"""Which scoring an item's response processing asks for, in ExamStation's terms.

Templates: match_correct (full points for the correct response), map_response and
map_response_point (a mapping). One custom shape is recognised because authoring tools write
it often: "if RESPONSE matches the correct response set SCORE to N, else 0", which is
match_correct worth N points. Any other custom processing is reported as unsupported.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from app.formats.qti.declarations import template_of
from app.formats.qti.xml import child, children


@dataclass(frozen=True)
class Rule:
    kind: str              # "match_correct", "map_response", "map_response_point", "manual", "custom"
    points: float = 1.0


def scoring_rule(item: ET.Element) -> Rule:
    template = template_of(item)
    if template is None:
        return Rule("manual", _normal_maximum(item) or 1.0)
    if template != "custom":
        return Rule(template)
    worth = _match_correct_worth(child(item, "responseProcessing"))
    return Rule("match_correct", worth) if worth else Rule("custom")


@dataclass(frozen=True)
class ClozeRule:
    scoring: str                                  # "partial" or "all_or_nothing"
    points: float
    weights: dict[str, float] | None = None       # partial: what each blank (response) adds


def cloze_rule(item: ET.Element, responses: list[str]) -> ClozeRule | None:
    """For an item with several blanks: partial when each blank that matches its correct response
    adds a value to SCORE (the values may differ: each is that blank's weight), all or nothing
    when SCORE is set only if every blank matches; None for anything else."""
    processing = child(item, "responseProcessing")
    conditions = list(processing) if processing is not None else []
    if not conditions or any(c.tag != "responseCondition" for c in conditions):
        return None
    if len(conditions) == 1:
        worth = _all_match_worth(conditions[0], set(responses))
        if worth:
            return ClozeRule("all_or_nothing", worth)
    per_blank = [adds for adds in (_one_match_adds(c) for c in conditions) if adds is not None]
    if len(per_blank) != len(responses) or len(per_blank) != len(conditions):
        return None
    adds = dict(per_blank)
    if len(adds) != len(per_blank) or set(adds) != set(responses) or min(adds.values()) <= 0:
        return None
    total = sum(adds.values())
    return ClozeRule("partial", total, adds if len(set(adds.values())) > 1 else None)


def _matched_response(test: ET.Element) -> str | None:
    """R for match(variable R, correct R)."""
    if test.tag != "match" or len(test) != 2:
        return None
    variable, correct = child(test, "variable"), child(test, "correct")
    if variable is None or correct is None or variable.get("identifier") != correct.get("identifier"):
        return None
    return variable.get("identifier")


def _all_match_worth(condition: ET.Element, responses: set[str]) -> float | None:
    branches = list(condition)
    if not branches or branches[0].tag != "responseIf":
        return None
    test, *actions = list(branches[0])
    if test.tag != "and" or {_matched_response(t) for t in test} != responses:
        return None
    if len(branches) == 2 and (branches[1].tag != "responseElse" or _set_score(list(branches[1])) != 0.0):
        return None
    return _set_score(actions) if len(branches) <= 2 else None


def _one_match_adds(condition: ET.Element) -> tuple[str, float] | None:
    """(R, w) for `if match(R, correct R) then SCORE = SCORE + w` (no else)."""
    branches = list(condition)
    if len(branches) != 1 or branches[0].tag != "responseIf":
        return None
    test, *actions = list(branches[0])
    response = _matched_response(test)
    if response is None or len(actions) != 1 or actions[0].tag != "setOutcomeValue" \
            or actions[0].get("identifier") != "SCORE":
        return None
    total = child(actions[0], "sum")
    if total is None or len(total) != 2:
        return None
    variable, value = child(total, "variable"), child(total, "baseValue")
    if variable is None or variable.get("identifier") != "SCORE" or value is None:
        return None
    try:
        return response, float((value.text or "").strip())
    except ValueError:
        return None


def _normal_maximum(item: ET.Element) -> float | None:
    for outcome in children(item, "outcomeDeclaration"):
        if outcome.get("identifier") == "SCORE" and outcome.get("normalMaximum"):
            try:
                return float(outcome.get("normalMaximum", ""))
            except ValueError:
                return None
    return None


def _match_correct_worth(processing: ET.Element | None) -> float | None:
    """N for `if match(RESPONSE, correct(RESPONSE)) SCORE = N [else SCORE = 0]`, else None."""
    conditions = list(processing) if processing is not None else []
    if len(conditions) != 1 or conditions[0].tag != "responseCondition":
        return None
    branches = list(conditions[0])
    if not branches or branches[0].tag != "responseIf" or len(branches) > 2:
        return None
    test, *actions = list(branches[0])
    if test.tag != "match" or sorted(c.tag for c in test) != ["correct", "variable"]:
        return None
    worth = _set_score(actions)
    if len(branches) == 2 and (branches[1].tag != "responseElse" or _set_score(list(branches[1])) != 0.0):
        return None
    return worth if worth and worth > 0 else None


def _set_score(actions: list[ET.Element]) -> float | None:
    if len(actions) != 1 or actions[0].tag != "setOutcomeValue" or actions[0].get("identifier") != "SCORE":
        return None
    value = child(actions[0], "baseValue")
    try:
        return float((value.text or "").strip()) if value is not None else None
    except ValueError:
        return None
