"""The scientific calculator's arithmetic: a typed expression such as "2×sin(30)+√(16)^2" read
by a tokenizer and a recursive-descent parser, then evaluated, without Python's eval().

`evaluate` never raises for what a candidate can type: it returns a `Calculation` holding either
the value or the reason it has none (`Problem`), which the screen words for the candidate.

Grammar (lowest precedence first; ^ binds tighter than a leading minus, so -2^2 is -4, as on
a scientific calculator and in Python):

    sum     := product (("+" | "-") product)*
    product := signed (("*" | "/") signed)*
    signed  := ("+" | "-") signed | power
    power   := atom ("^" signed)?                     right-associative: 2^3^2 is 2^9
    atom    := NUMBER | CONSTANT | FUNCTION "(" sum ")" | "√" atom | "(" sum ")"
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum
from typing import Callable, Literal

Angle = Literal["deg", "rad"]
MAX_LENGTH = 500   # characters; a candidate's expression is a line, not a program
MAX_DEPTH = 60     # nested brackets and signs; far beyond any hand-typed expression


class Problem(Enum):
    """Why an expression has no value (the screen says each in words)."""

    EMPTY = "empty"
    SYNTAX = "syntax"                 # a character, bracket or operator out of place
    DIVISION_BY_ZERO = "division by zero"
    UNDEFINED = "undefined"           # outside the function's domain: √(-1), ln(0), tan(90°)
    TOO_LARGE = "too large"           # beyond what a number can hold
    TOO_LONG = "too long"             # too many characters or brackets


@dataclass(frozen=True, slots=True)
class Calculation:
    value: float | None = None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


class CalculationError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


# -- tokens ---------------------------------------------------------------------------------
# What a keyboard or the keys type, mapped to one spelling: × ÷ − from the keys, ** from habit.
SYNONYMS = {"×": "*", "÷": "/", "−": "-", "–": "-", "**": "^", "π": "pi", ",": "."}
NUMBER = re.compile(r"(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
NAME = re.compile(r"[a-zA-Z]+")
OPERATORS = set("+-*/^()√")
CONSTANTS = {"pi": math.pi, "e": math.e}
FUNCTIONS = ("sin", "cos", "tan", "asin", "acos", "atan", "log", "ln", "sqrt", "cbrt")


@dataclass(frozen=True, slots=True)
class Token:
    kind: Literal["number", "name", "op"]
    text: str
    value: float = 0.0


def tokenize(text: str) -> list[Token]:
    """The expression's tokens; CalculationError(SYNTAX) at a character no token starts with."""
    for typed, meant in SYNONYMS.items():
        text = text.replace(typed, meant)
    tokens: list[Token] = []
    at = 0
    while at < len(text):
        char = text[at]
        if char.isspace():
            at += 1
            continue
        number = NUMBER.match(text, at)
        if number:
            tokens.append(Token("number", number.group(), _number(number.group())))
            at = number.end()
        elif (name := NAME.match(text, at)) is not None:
            tokens.append(Token("name", name.group().lower()))
            at = name.end()
        elif char in OPERATORS:
            tokens.append(Token("op", char))
            at += 1
        else:
            raise CalculationError(Problem.SYNTAX)
    return tokens


def _number(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):   # "1e999"
        raise CalculationError(Problem.TOO_LARGE)
    return value


# -- parsing and evaluating in one pass ---------------------------------------------------------
class _Parser:
    def __init__(self, tokens: list[Token], angle: Angle) -> None:
        self.tokens, self.at, self.depth = tokens, 0, 0
        self.functions = _functions(angle)

    def peek(self) -> Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, *texts: str) -> Token | None:
        token = self.peek()
        if token is not None and token.kind == "op" and token.text in texts:
            self.at += 1
            return token
        return None

    def expect(self, text: str) -> None:
        if self.take(text) is None:
            raise CalculationError(Problem.SYNTAX)

    def whole(self) -> float:
        value = self.sum()
        if self.peek() is not None:   # "2 3", "2)": something left that no rule reads
            raise CalculationError(Problem.SYNTAX)
        return value

    def sum(self) -> float:
        value = self.product()
        while (op := self.take("+", "-")) is not None:
            right = self.product()
            value = _checked(value + right if op.text == "+" else value - right)
        return value

    def product(self) -> float:
        value = self.signed()
        while (op := self.take("*", "/")) is not None:
            right = self.signed()
            if op.text == "*":
                value = _checked(value * right)
            elif right == 0:
                raise CalculationError(Problem.DIVISION_BY_ZERO)
            else:
                value = _checked(value / right)
        return value

    def signed(self) -> float:
        with self.nested():
            if self.take("-"):
                return -self.signed()
            if self.take("+"):
                return self.signed()
            return self.power()

    def power(self) -> float:
        base = self.atom()
        if self.take("^"):
            with self.nested():
                return power(base, self.signed())
        return base

    def atom(self) -> float:
        token = self.peek()
        if token is None:
            raise CalculationError(Problem.SYNTAX)   # an operator with nothing after it
        self.at += 1
        if token.kind == "number":
            return token.value
        if token.kind == "name":
            return self.named(token.text)
        if token.text == "√":
            with self.nested():
                return self.functions["sqrt"](self.atom())
        if token.text == "(":
            with self.nested():
                value = self.sum()
            self.expect(")")
            return value
        raise CalculationError(Problem.SYNTAX)

    def named(self, name: str) -> float:
        if name in CONSTANTS:
            return CONSTANTS[name]
        function = self.functions.get(name)
        if function is None:
            raise CalculationError(Problem.SYNTAX)
        self.expect("(")
        with self.nested():
            argument = self.sum()
        self.expect(")")
        return _checked(function(argument))

    def nested(self) -> "_Depth":
        return _Depth(self)


class _Depth:
    """Counts nesting so that "((((…" is refused before Python's own recursion limit."""

    def __init__(self, parser: _Parser) -> None:
        self.parser = parser

    def __enter__(self) -> None:
        self.parser.depth += 1
        if self.parser.depth > MAX_DEPTH:
            raise CalculationError(Problem.TOO_LONG)

    def __exit__(self, *_exc: object) -> None:
        self.parser.depth -= 1


def _checked(value: float) -> float:
    if not math.isfinite(value):
        raise CalculationError(Problem.TOO_LARGE)
    return value


def power(base: float, exponent: float) -> float:
    if base == 0 and exponent < 0:
        raise CalculationError(Problem.DIVISION_BY_ZERO)
    try:
        return _checked(math.pow(base, exponent))
    except OverflowError:
        raise CalculationError(Problem.TOO_LARGE) from None
    except ValueError:   # a negative number to a fractional power has no real value
        raise CalculationError(Problem.UNDEFINED) from None


def _functions(angle: Angle) -> dict[str, Callable[[float], float]]:
    def real(function: Callable[[float], float]) -> Callable[[float], float]:
        def applied(x: float) -> float:
            try:
                return _checked(function(x))
            except ValueError:
                raise CalculationError(Problem.UNDEFINED) from None
            except OverflowError:
                raise CalculationError(Problem.TOO_LARGE) from None
        return applied

    def positive(function: Callable[[float], float]) -> Callable[[float], float]:
        return real(lambda x: function(x) if x > 0 else _undefined())

    trig = _degree_functions() if angle == "deg" else {"sin": math.sin, "cos": math.cos, "tan": math.tan}
    inverse_out = math.degrees if angle == "deg" else (lambda x: x)
    table: dict[str, Callable[[float], float]] = {name: real(f) for name, f in trig.items()}
    table.update({
        "asin": real(lambda x: inverse_out(math.asin(x))),
        "acos": real(lambda x: inverse_out(math.acos(x))),
        "atan": real(lambda x: inverse_out(math.atan(x))),
        "log": positive(math.log10), "ln": positive(math.log),
        "sqrt": real(math.sqrt), "cbrt": real(lambda x: math.copysign(abs(x) ** (1 / 3), x)),
    })
    return table


def _undefined() -> float:
    raise ValueError("outside the domain")


def _degree_functions() -> dict[str, Callable[[float], float]]:
    """sin, cos and tan of degrees, exact at multiples of 90° (sin 180° is 0, not 1.2e-16, and
    tan 90° is undefined, not 1.6e16), as a hand-held calculator shows them."""
    def sin(x: float) -> float:
        turn = math.fmod(x, 360.0)
        exact = {0.0: 0.0, 90.0: 1.0, 180.0: 0.0, 270.0: -1.0, -90.0: -1.0, -180.0: 0.0, -270.0: 1.0}
        return exact.get(turn, math.sin(math.radians(turn)))

    def cos(x: float) -> float:
        return sin(math.fmod(x, 360.0) + 90.0)

    def tan(x: float) -> float:
        if math.fmod(x, 180.0) in (90.0, -90.0):
            return _undefined()
        return 0.0 if math.fmod(x, 180.0) == 0 else math.tan(math.radians(math.fmod(x, 360.0)))
    return {"sin": sin, "cos": cos, "tan": tan}


def evaluate(text: str, angle: Angle = "deg") -> Calculation:
    """The value of `text`, or why it has none. Never raises for any string."""
    if len(text) > MAX_LENGTH:
        return Calculation(problem=Problem.TOO_LONG)
    try:
        tokens = tokenize(text)
        if not tokens:
            return Calculation(problem=Problem.EMPTY)
        value = _Parser(tokens, angle).whole()
    except CalculationError as error:
        return Calculation(problem=error.problem)
    return Calculation(value=0.0 if value == 0 else value)   # never "-0"


def format_result(value: float) -> str:
    """A result as the display shows it: 12 significant digits, no trailing zeros, and an
    exponent only for very large or small numbers ("1.5e+20"); the tokenizer reads it back."""
    text = f"{value:.12g}"
    return "0" if text == "-0" else text
