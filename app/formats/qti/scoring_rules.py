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
