"""The composite pass rule, e.g. `written AND checklist:ess-commissioning`.

Grammar (case-insensitive keywords, left to right, AND binds tighter than OR):
    rule   := term ("OR" term)*
    term   := factor ("AND" factor)*
    factor := "NOT" factor | "(" rule ")" | "written" | "checklist:" ID
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Union

_TOKEN = re.compile(r"\s*(?:(\()|(\))|(checklist:[A-Za-z0-9_.-]+|[A-Za-z]+))")


@dataclass(frozen=True, slots=True)
class Component:
    name: str


@dataclass(frozen=True, slots=True)
class Not:
    operand: "Rule"


@dataclass(frozen=True, slots=True)
class Both:
    left: "Rule"
    right: "Rule"


@dataclass(frozen=True, slots=True)
class Either:
    left: "Rule"
    right: "Rule"


Rule = Union[Component, Not, Both, Either]


def tokenize(text: str) -> list[str]:
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise ValueError(f"unexpected text at position {pos + 1}: {text[pos:pos + 12]!r}")
        tokens.append(next(g for g in match.groups() if g))
        pos = match.end()
    return tokens


@lru_cache(maxsize=64)
def parse_rule(text: str) -> Rule:
    """Parse a rule or raise ValueError saying what is wrong with it. Remembered: a rule is
    immutable, and the body's import scores thousands of attempts under one exam's rule."""
    parser = _Parser(tokenize(text))
    rule = parser.rule()
    if parser.pos != len(parser.tokens):
        raise ValueError(f"unexpected {parser.tokens[parser.pos]!r} after a complete rule")
    return rule


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens, self.pos = tokens, 0

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self) -> str:
        token = self._peek()
        if token is None:
            raise ValueError("the rule ends too early")
        self.pos += 1
        return token

    def rule(self) -> Rule:
        left = self.term()
        while (self._peek() or "").upper() == "OR":
            self._take()
            left = Either(left, self.term())
        return left

    def term(self) -> Rule:
        left = self.factor()
        while (self._peek() or "").upper() == "AND":
            self._take()
            left = Both(left, self.factor())
        return left

    def factor(self) -> Rule:
        token = self._take()
        if token.upper() == "NOT":
            return Not(self.factor())
        if token == "(":
            inner = self.rule()
            if self._take() != ")":
                raise ValueError("a '(' is not closed")
            return inner
        if token == "written" or token.startswith("checklist:"):
            return Component(token)
        raise ValueError(f"unexpected {token!r}: expected written, checklist:ID, NOT or '('")


def components(rule: Rule) -> set[str]:
    if isinstance(rule, Component):
        return {rule.name}
    if isinstance(rule, Not):
        return components(rule.operand)
    return components(rule.left) | components(rule.right)


def evaluate(rule: Rule, outcomes: Mapping[str, bool]) -> bool:
    """True when the rule holds; a component with no outcome yet counts as not passed."""
    if isinstance(rule, Component):
        return bool(outcomes.get(rule.name, False))
    if isinstance(rule, Not):
        return not evaluate(rule.operand, outcomes)
    if isinstance(rule, Both):
        return evaluate(rule.left, outcomes) and evaluate(rule.right, outcomes)
    return evaluate(rule.left, outcomes) or evaluate(rule.right, outcomes)


def evaluate_known(rule: Rule, outcomes: Mapping[str, bool | None]) -> bool | None:
    """Like evaluate(), but a component with no outcome yet is unknown (None), and so is the
    rule unless the known outcomes already decide it (False AND anything is False)."""
    if isinstance(rule, Component):
        return outcomes.get(rule.name)
    if isinstance(rule, Not):
        inner = evaluate_known(rule.operand, outcomes)
        return None if inner is None else not inner
    left, right = evaluate_known(rule.left, outcomes), evaluate_known(rule.right, outcomes)
    decisive = False if isinstance(rule, Both) else True   # the value that settles AND / OR alone
    if decisive in (left, right):
        return decisive
    return None if None in (left, right) else (not decisive)
