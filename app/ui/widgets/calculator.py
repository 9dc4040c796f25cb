"""An on-screen four-function calculator, like the hand-held kind exams allow: operations
apply in the order keyed (no precedence), so what the candidate sees is what it does."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

MAX_DIGITS = 14
ERROR = "error"  # the display's marker for an impossible result; shown translated


def format_number(value: float) -> str:
    if not math.isfinite(value):
        return ERROR
    text = f"{value:.12g}"
    return "0" if text == "-0" else text


class CalculatorEngine:
    """The keys' logic, separate from the buttons so it is easy to reason about and test."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.display = "0"
        self._stored: float | None = None
        self._operator: str | None = None
        self._fresh = True     # the next digit starts a new number
        self._entered = False  # a number was keyed (or computed) since the last operator

    def digit(self, digit: str) -> None:
        if self.display == ERROR or self._fresh:
            self.display, self._fresh = "0", False
        self._entered = True
        if len(self.display.replace("-", "").replace(".", "")) >= MAX_DIGITS:
            return
        self.display = digit if self.display == "0" else self.display + digit

    def point(self) -> None:
        if self.display == ERROR or self._fresh:
            self.display, self._fresh = "0", False
        self._entered = True
        if "." not in self.display:
            self.display += "."

    def backspace(self) -> None:
        if self._fresh or self.display == ERROR:
            return
        self.display = self.display[:-1] or "0"
        if self.display == "-":
            self.display = "0"

    def negate(self) -> None:
        if self.display not in ("0", ERROR):
            self.display = self.display[1:] if self.display.startswith("-") else "-" + self.display

    def square_root(self) -> None:
        value = self._value()
        self.display = ERROR if value is None or value < 0 else format_number(math.sqrt(value))
        self._fresh, self._entered = True, True

    def operator(self, symbol: str) -> None:
        """`symbol` is one of + - * /; a pending operation is finished first."""
        if self._operator is not None and self._entered:
            self.equals()
        if self.display != ERROR:
            self._stored, self._operator = self._value(), symbol
            self._fresh, self._entered = True, False

    def equals(self) -> None:
        value = self._value()
        if self._operator is not None and self._stored is not None and value is not None:
            value = _calculate(self._stored, self._operator, value)
        self.display = ERROR if value is None else format_number(value)
        self._stored, self._operator, self._fresh = None, None, True

    def _value(self) -> float | None:
        if self.display == ERROR:
            return None
        return float(self.display.rstrip(".") or "0")


def _calculate(left: float, symbol: str, right: float) -> float | None:
    if symbol == "/":
        return None if right == 0 else left / right
    return {"+": left + right, "-": left - right, "*": left * right}[symbol]


class Calculator(QWidget):
    """Buttons and keyboard: digits, . or , + - * / Enter or =, Backspace, Escape clears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = CalculatorEngine()
        self.setAccessibleName(self.tr("Calculator"))
        self.setAccessibleDescription(self.tr("Type numbers and + − × ÷ with the keyboard, Enter for the "
                                              "result, Escape to clear."))
        self.display = QLineEdit("0")
        self.display.setReadOnly(True)
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.display.setAccessibleName(self.tr("Calculator display"))
        self.display.setAccessibleDescription(self.tr("The number entered or the result"))
        self.display.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(self._keypad())
        self.setFocusProxy(self.display)

    def _keypad(self) -> QGridLayout:
        # (what the key shows, its accessible name, the command it sends when not its face)
        rows: list[list[tuple[str, str, str | None]]] = [
            [("7", "7", None), ("8", "8", None), ("9", "9", None), ("÷", self.tr("Divide"), "/")],
            [("4", "4", None), ("5", "5", None), ("6", "6", None), ("×", self.tr("Multiply"), "*")],
            [("1", "1", None), ("2", "2", None), ("3", "3", None), ("−", self.tr("Minus"), "-")],
            [("0", "0", None), (".", self.tr("Decimal point"), "."), ("±", self.tr("Change sign"), "neg"),
             ("+", self.tr("Plus"), "+")],
            [("C", self.tr("Clear"), "clear"), ("⌫", self.tr("Delete last digit"), "back"),
             ("√", self.tr("Square root"), "sqrt"), ("=", self.tr("Equals"), "=")],
        ]
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for row, keys in enumerate(rows):
            for column, (face, name, command) in enumerate(keys):
                button = QPushButton(face)
                button.setAccessibleName(name)
                button.setAccessibleDescription(self.tr("Calculator key"))
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.clicked.connect(lambda _=False, c=command or face: self.press(c))
                grid.addWidget(button, row, column)
                self.buttons[command or face] = button
        return grid

    def press(self, command: str) -> None:
        engine = self.engine
        if command.isdigit():
            engine.digit(command)
        elif command in "+-*/" and len(command) == 1:
            engine.operator(command)
        else:
            {".": engine.point, "=": engine.equals, "clear": engine.clear, "back": engine.backspace,
             "neg": engine.negate, "sqrt": engine.square_root}[command]()
        self._show()

    def _show(self) -> None:
        text = self.tr("Error") if self.engine.display == ERROR else self.engine.display
        self.display.setText(text)
        self.display.setAccessibleDescription(self.tr("Shows {value}").format(value=text))

    def eventFilter(self, watched, event) -> bool:  # keys typed while the display has focus
        if watched is self.display and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        text, key = event.text(), event.key()
        if len(text) == 1 and text in "0123456789+-*/.=":
            self.press(text)
        elif text == ",":
            self.press(".")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("=")
        elif key == Qt.Key.Key_Backspace:
            self.press("back")
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete):
            self.press("clear")
        else:
            return False
        return True
