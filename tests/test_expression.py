"""The scientific calculator's parser against Python's math module: generated expression trees
are written out with only the brackets precedence needs, read back by app.domain.expression,
and must give what the tree gives when Python's math computes it step by step. Any text at all
gives a value or a Problem, never an exception."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calculator_session import HISTORY_SIZE, CalculatorSession
from app.domain.expression import MAX_LENGTH, Problem, evaluate, format_result, tokenize

# -- an independent reference: trees computed with math, step by step ---------------------------
BINARY = {"+": (1, lambda a, b: a + b), "-": (1, lambda a, b: a - b),
          "*": (2, lambda a, b: a * b), "/": (2, lambda a, b: a / b)}
FUNCTIONS = {"sin": math.sin, "cos": math.cos, "tan": math.tan, "asin": math.asin, "acos": math.acos,
             "atan": math.atan, "ln": math.log, "log": math.log10, "sqrt": math.sqrt}
SIGNED, POWER, ATOM = 3, 4, 5


class Undefined(Exception):
    pass


def reference(tree) -> float:
    """The tree's value with Python's math in radians; Undefined where a calculator has none."""
    kind = tree[0]
    try:
        if kind == "num":
            value = tree[1]
        elif kind == "const":
            value = {"pi": math.pi, "π": math.pi, "e": math.e}[tree[1]]
        elif kind == "neg":
            value = -reference(tree[1])
        elif kind == "pow":
            base, exponent = reference(tree[1]), reference(tree[2])
            if base == 0 and exponent < 0:
                raise Undefined
            value = math.pow(base, exponent)
        elif kind == "fn":
            argument = reference(tree[2])
            if tree[1] in ("ln", "log") and argument <= 0:
                raise Undefined
            value = FUNCTIONS[tree[1]](argument)
        else:
            value = BINARY[kind][1](reference(tree[1]), reference(tree[2]))
    except (ValueError, ZeroDivisionError, OverflowError):
        raise Undefined from None
    if not math.isfinite(value):
        raise Undefined
    return value


def written(tree) -> tuple[str, int]:
    """The tree as a person would type it, brackets only where precedence needs them."""
    kind = tree[0]
    if kind == "num":
        return repr(tree[1]), ATOM
    if kind == "const":
        return tree[1], ATOM
    if kind == "fn":
        return f"{tree[1]}({written(tree[2])[0]})", ATOM
    if kind == "neg":
        return "-" + operand(tree[1], SIGNED), SIGNED
    if kind == "pow":
        return operand(tree[1], ATOM) + "^" + operand(tree[2], SIGNED), POWER
    level = BINARY[kind][0]
    right_needs = level + 1   # left-associative: 1-(2-3) keeps its brackets, (1-2)-3 does not
    return operand(tree[1], level) + kind + operand(tree[2], right_needs), level


def operand(tree, least: int) -> str:
    text, level = written(tree)
    return text if level >= least else f"({text})"


numbers = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False) | \
    st.integers(0, 99).map(float)
leaves = numbers.map(lambda x: ("num", x)) | st.sampled_from(["pi", "π", "e"]).map(lambda c: ("const", c))
trees = st.recursive(leaves, lambda inner: st.one_of(
    st.tuples(st.sampled_from(list(BINARY)), inner, inner),
    st.tuples(st.just("neg"), inner),
    st.tuples(st.just("pow"), inner, inner),
    st.tuples(st.just("fn"), st.sampled_from(list(FUNCTIONS)), inner),
), max_leaves=12)


@settings(max_examples=400)
@given(trees)
def test_generated_expressions_give_what_math_gives(tree) -> None:
    text, _level = written(tree)
    result = evaluate(text, "rad")
    try:
        expected = reference(tree)
    except Undefined:
        assert result.problem is not None, text
        return
    assert result.problem is None, (text, result.problem)
    assert math.isclose(result.value, expected, rel_tol=1e-9, abs_tol=1e-12), (text, result.value, expected)


@settings(max_examples=300)
@given(trees)
def test_redundant_brackets_and_spaces_change_nothing(tree) -> None:
    text, _ = written(tree)
    plain, bracketed = evaluate(text, "rad"), evaluate(f" ( {text} ) ", "rad")
    assert plain == bracketed


@settings(max_examples=500)
@given(st.text(max_size=80))
def test_any_text_gives_a_value_or_a_problem_never_an_exception(text: str) -> None:
    result = evaluate(text)
    assert (result.value is None) != (result.problem is None)
    if result.value is not None:
        assert math.isfinite(result.value)


ALPHABET = list("0123456789.+-*/^()√ ,eE") + ["sin", "cos", "tan", "asin", "ln", "log", "pi", "π", "×", "÷", "−",
                                               "sqrt", "cbrt", "**"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(ALPHABET), max_size=40))
def test_any_sequence_of_calculator_keys_gives_a_value_or_a_problem(keys: list[str]) -> None:
    result = evaluate("".join(keys), "deg")
    assert (result.value is None) != (result.problem is None)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_shown_result_reads_back_to_itself(value: float) -> None:
    shown = format_result(value)
    assert math.isclose(evaluate(shown).value, float(shown), rel_tol=0, abs_tol=0)


@pytest.mark.parametrize("text, value", [
    ("2+3*4", 14), ("(2+3)*4", 20), ("2^3^2", 512), ("-2^2", -4), ("(-2)^2", 4), ("2^-1", 0.5),
    ("2--3", 5), ("8/4/2", 1), ("10-4-3", 3), ("√16+√(9)", 7), ("√√16", 2), ("3×4÷2−1", 5),
    ("2**10", 1024), ("1,5*2", 3), ("1e3+1", 1001), ("1.5E-3*1000", 1.5), (".5+.5", 1), ("cbrt(-27)", -3),
    ("sin(30)", 0.5), ("cos(60)", 0.5), ("tan(45)", 1), ("sin(180)", 0), ("cos(90)", 0), ("sin(-90)", -1),
    ("asin(1)", 90), ("acos(0)", 90), ("atan(1)", 45), ("log(1000)", 3), ("ln(e^2)", 2), ("pi", math.pi),
    ("SIN(30)", 0.5), ("-0", 0),
])
def test_what_a_candidate_types_in_degrees(text: str, value: float) -> None:
    result = evaluate(text, "deg")
    assert result.ok and math.isclose(result.value, value, rel_tol=1e-12, abs_tol=1e-15), (text, result)


def test_radians_and_degrees_differ_only_in_the_angle() -> None:
    assert math.isclose(evaluate("sin(pi/2)", "rad").value, 1.0)
    assert math.isclose(evaluate("asin(1)", "rad").value, math.pi / 2)
    assert math.isclose(evaluate("sin(pi/2)", "deg").value, math.sin(math.radians(math.pi / 2)))


@pytest.mark.parametrize("text, problem", [
    ("", Problem.EMPTY), ("   ", Problem.EMPTY), ("1/0", Problem.DIVISION_BY_ZERO), ("0^-1", Problem.DIVISION_BY_ZERO),
    ("√(-1)", Problem.UNDEFINED), ("ln(0)", Problem.UNDEFINED), ("log(-5)", Problem.UNDEFINED),
    ("asin(2)", Problem.UNDEFINED), ("tan(90)", Problem.UNDEFINED), ("tan(-270)", Problem.UNDEFINED),
    ("(-8)^(1/3)", Problem.UNDEFINED), ("10^400", Problem.TOO_LARGE), ("1e999", Problem.TOO_LARGE),
    ("1e200*1e200", Problem.TOO_LARGE), ("2+", Problem.SYNTAX), ("(2+3", Problem.SYNTAX), ("2+3)", Problem.SYNTAX),
    ("2 3", Problem.SYNTAX), ("2e", Problem.SYNTAX), ("sin 30", Problem.SYNTAX), ("foo(2)", Problem.SYNTAX),
    ("2#3", Problem.SYNTAX), ("()", Problem.SYNTAX), (".", Problem.SYNTAX), ("*2", Problem.SYNTAX),
    ("(" * 200 + "1" + ")" * 200, Problem.TOO_LONG), ("-" * 300 + "1", Problem.TOO_LONG),
    ("1+" * 300 + "1", Problem.TOO_LONG),
])
def test_what_has_no_value_says_why(text: str, problem: Problem) -> None:
    assert evaluate(text).problem is problem, text


def test_a_long_but_flat_expression_is_read() -> None:
    text = "+".join(["1"] * 200)
    assert len(text) < MAX_LENGTH and evaluate(text).value == 200


def test_tokens_name_what_was_typed() -> None:
    assert [t.text for t in tokenize("2×π−sin(30)")] == ["2", "*", "pi", "-", "sin", "(", "30", ")"]


def test_the_session_keeps_the_last_results_newest_first_and_a_memory() -> None:
    session = CalculatorSession()
    for n in range(HISTORY_SIZE + 3):
        session.calculate(f"{n}*2")
    assert len(session.history) == HISTORY_SIZE and session.history[0].text == str((HISTORY_SIZE + 2) * 2)
    assert session.history[0].expression == f"{HISTORY_SIZE + 2}*2"
    assert not session.calculate("1/0").ok and session.history[0].text == str((HISTORY_SIZE + 2) * 2)
    session.add_to_memory("5")
    session.add_to_memory("2^3", sign=-1)
    assert session.memory == -3 and session.recalled() == "(-3)"
    assert evaluate("2*" + session.recalled()).value == -6
    session.add_to_memory("1/0")   # no value: the memory is kept
    session.add_to_memory("1e308")
    session.add_to_memory("1e308")   # the sum would not fit: the memory is kept
    assert session.memory == -3 + 1e308
    session.clear_memory()
    assert session.recalled() == "0"
    session.angle = "rad"
    assert math.isclose(session.calculate("cos(pi)").value, -1)
