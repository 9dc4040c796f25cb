"""What the scientific calculator remembers while a candidate works: the angle unit, the memory
(M+, M−, MR, MC) and the last results, newest first. The arithmetic is app.domain.expression."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.expression import Angle, Calculation, evaluate, format_result

HISTORY_SIZE = 10


@dataclass(frozen=True, slots=True)
class Result:
    expression: str
    value: float

    @property
    def text(self) -> str:
        return format_result(self.value)


@dataclass(slots=True)
class CalculatorSession:
    angle: Angle = "deg"
    memory: float = 0.0
    history: list[Result] = field(default_factory=list)   # newest first, at most HISTORY_SIZE

    def calculate(self, expression: str) -> Calculation:
        """Evaluate, and keep the result in the history when there is one."""
        calculation = evaluate(expression, self.angle)
        if calculation.value is not None:
            self.history.insert(0, Result(expression.strip(), calculation.value))
            del self.history[HISTORY_SIZE:]
        return calculation

    def add_to_memory(self, expression: str, sign: int = 1) -> Calculation:
        """M+ (sign 1) or M− (sign -1) with the expression's value; the memory is unchanged
        when the expression has no value, or when the sum would be too large."""
        calculation = evaluate(expression, self.angle)
        if calculation.value is not None:
            total = self.memory + sign * calculation.value
            self.memory = total if abs(total) != float("inf") else self.memory
        return calculation

    def clear_memory(self) -> None:
        self.memory = 0.0

    def recalled(self) -> str:
        """The memory as text to insert into an expression (brackets keep a negative one whole)."""
        text = format_result(self.memory)
        return f"({text})" if self.memory < 0 else text
