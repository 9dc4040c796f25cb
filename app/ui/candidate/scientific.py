"""The scientific calculator an exam may allow: a line the candidate types a calculation into
(or builds with the keys), the result, the angle unit, a memory and the last results. The
arithmetic is app.domain.expression (no eval); this is only its keys and display."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from app.domain.calculator_session import CalculatorSession
from app.domain.expression import Problem, format_result
from app.ui.widgets.announce import announce

KEY_PX = 44          # every key is at least this wide and high
HISTORY_ROWS = 3     # last results visible without scrolling (ten are kept)


class Key(QPushButton):
    """A calculator key: at least 44 px wide, and as wide as its face at any text size (an
    explicit minimum width would let the layout squeeze a wide face such as "sin⁻¹")."""

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(KEY_PX, KEY_PX))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ScientificCalculator(QWidget):
    """Type or key a calculation; Enter or = gives the result, Escape clears, the keys insert
    at the cursor. The result stays in the line, so the next operator goes on from it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = CalculatorSession()
        self.setAccessibleName(self.tr("Scientific calculator"))
        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("Calculation"))
        self.entry.setAccessibleDescription(self.tr(
            "Type a calculation such as 2×sin(30). Enter gives the result, Escape clears."))
        self.entry.setPlaceholderText(self.tr("Type or use the keys"))
        self.entry.installEventFilter(self)
        self.result = QLabel(" ")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAccessibleName(self.tr("Result"))
        self.memory_label = QLabel()
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Last results"))
        self.history.setAccessibleDescription(self.tr("Enter puts the chosen result into the calculation"))
        self.history.itemActivated.connect(self._reuse)
        self.history.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addWidget(self.result)
        layout.addLayout(self._settings_row())
        layout.addWidget(self._keypad())
        layout.addWidget(self.history)
        self.setFocusProxy(self.entry)
        # narrow keys keep the panel compact; the theme's min-height makes them 44 px high
        self.setStyleSheet("QPushButton { padding-left: 2px; padding-right: 2px; }")
        self._show_memory()

    # -- building ------------------------------------------------------------------------
    def _key(self, face: str, name: str, command: str) -> QPushButton:
        key = Key(face)
        key.setAccessibleName(name)
        key.setAccessibleDescription(self.tr("Calculator key"))
        key.setToolTip(name)
        key.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # a click leaves the typing where it was
        key.clicked.connect(lambda _=False, c=command: self.press(c))
        self.keys[command] = key
        return key

    def _settings_row(self) -> QHBoxLayout:
        self.keys: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        self.angle_group = QButtonGroup(self)
        for face, name, angle in ((self.tr("Deg"), self.tr("Degrees"), "deg"),
                                  (self.tr("Rad"), self.tr("Radians"), "rad")):
            key = self._key(face, name, angle)
            key.setCheckable(True)
            key.setChecked(angle == self.session.angle)
            key.setAccessibleDescription(self.tr("Angles for sin, cos and tan in {unit}").format(unit=name.lower()))
            self.angle_group.addButton(key)
            row.addWidget(key)
        row.addSpacing(8)
        for face, name, command in (("MC", self.tr("Memory clear"), "mc"), ("MR", self.tr("Memory recall"), "mr"),
                                    ("M+", self.tr("Memory add"), "m+"), ("M−", self.tr("Memory subtract"), "m-")):
            row.addWidget(self._key(face, name, command))
        row.addWidget(self.memory_label)
        row.addStretch(1)
        return row

    def _keypad(self) -> QWidget:
        rows = [
            [("sin", self.tr("Sine"), "sin("), ("cos", self.tr("Cosine"), "cos("),
             ("tan", self.tr("Tangent"), "tan("), ("π", self.tr("Pi"), "π"), ("e", self.tr("Euler's number e"), "e")],
            [("sin⁻¹", self.tr("Inverse sine"), "asin("), ("cos⁻¹", self.tr("Inverse cosine"), "acos("),
             ("tan⁻¹", self.tr("Inverse tangent"), "atan("), ("(", self.tr("Open bracket"), "("),
             (")", self.tr("Close bracket"), ")")],
            [("x²", self.tr("Square"), "^2"), ("xʸ", self.tr("Power"), "^"), ("√", self.tr("Square root"), "√("),
             ("∛", self.tr("Cube root"), "cbrt("), ("log", self.tr("Logarithm base 10"), "log(")],
            [("7", "7", "7"), ("8", "8", "8"), ("9", "9", "9"), ("÷", self.tr("Divide"), "÷"),
             ("ln", self.tr("Natural logarithm"), "ln(")],
            [("4", "4", "4"), ("5", "5", "5"), ("6", "6", "6"), ("×", self.tr("Multiply"), "×"),
             ("C", self.tr("Clear"), "clear")],
            [("1", "1", "1"), ("2", "2", "2"), ("3", "3", "3"), ("−", self.tr("Minus"), "−"),
             ("⌫", self.tr("Delete last character"), "back")],
            [("0", "0", "0"), (".", self.tr("Decimal point"), "."), ("Ans", self.tr("Last result"), "ans"),
             ("+", self.tr("Plus"), "+"), ("=", self.tr("Equals"), "=")],
        ]
        pad = QWidget()
        grid = QGridLayout(pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for row, keys in enumerate(rows):
            for column, (face, name, command) in enumerate(keys):
                grid.addWidget(self._key(face, name, command), row, column)
        return pad

    # -- what the keys do ------------------------------------------------------------------
    def press(self, command: str) -> None:
        actions = {"=": self.calculate, "clear": self.clear, "back": self.entry.backspace,
                   "deg": lambda: self._set_angle("deg"), "rad": lambda: self._set_angle("rad"),
                   "mc": self._memory_clear, "mr": lambda: self.entry.insert(self.session.recalled()),
                   "m+": lambda: self._memory_add(1), "m-": lambda: self._memory_add(-1), "ans": self._answer}
        action = actions.get(command)
        if action is None:
            self.entry.insert(command)
        else:
            action()

    def calculate(self) -> None:
        expression = self.entry.text()
        calculation = self.session.calculate(expression)
        if calculation.value is None:
            self._say(self.problem_text(calculation.problem))
            return
        shown = format_result(calculation.value)
        self.entry.setText(shown)
        self._say(f"{expression.strip()} = {shown}")
        self._show_history()

    def clear(self) -> None:
        self.entry.clear()
        self.result.setText(" ")

    def problem_text(self, problem: Problem | None) -> str:
        texts: dict[Problem | None, str] = {
            Problem.EMPTY: self.tr("Type a calculation first."),
            Problem.SYNTAX: self.tr("Error: this calculation cannot be read. Check its brackets and operators."),
            Problem.DIVISION_BY_ZERO: self.tr("Error: division by zero."),
            Problem.UNDEFINED: self.tr("Error: not defined for this number (such as the root of a negative "
                                       "number, or tan 90°)."),
            Problem.TOO_LARGE: self.tr("Error: the number is too large."),
            Problem.TOO_LONG: self.tr("Error: the calculation is too long. Shorten it or use fewer brackets."),
        }
        return texts.get(problem, self.tr("Error."))

    def _set_angle(self, angle: str) -> None:
        self.session.angle = "rad" if angle == "rad" else "deg"
        self.keys[angle].setChecked(True)

    def _answer(self) -> None:
        if self.session.history:
            value = self.session.history[0].value
            self.entry.insert(f"({format_result(value)})" if value < 0 else format_result(value))

    def _memory_add(self, sign: int) -> None:
        calculation = self.session.add_to_memory(self.entry.text(), sign)
        if calculation.value is None:
            self._say(self.problem_text(calculation.problem))
        self._show_memory()

    def _memory_clear(self) -> None:
        self.session.clear_memory()
        self._show_memory()

    def _show_memory(self) -> None:
        text = self.tr("Memory: {value}").format(value=format_result(self.session.memory))
        self.memory_label.setText(f"M = {format_result(self.session.memory)}" if self.session.memory else "")
        self.memory_label.setAccessibleName(text)
        self.keys["mr"].setAccessibleDescription(text)
        self.keys["mr"].setToolTip(text)

    def _show_history(self) -> None:
        self.history.clear()
        for result in self.session.history:
            entry = QListWidgetItem(f"{result.expression} = {result.text}")
            entry.setData(Qt.ItemDataRole.UserRole, result.text)
            self.history.addItem(entry)
        self.history.setVisible(True)
        rows = min(HISTORY_ROWS, self.history.count())
        self.history.setFixedHeight(self.history.sizeHintForRow(0) * rows + 2 * self.history.frameWidth() + 4)

    def _reuse(self, entry: QListWidgetItem) -> None:
        text = entry.data(Qt.ItemDataRole.UserRole)
        self.entry.insert(f"({text})" if text.startswith("-") else text)
        self.entry.setFocus()

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleDescription(text)
        announce(self, text, urgent=False)

    # -- keyboard --------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.entry and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.text() == "=":
                self.calculate()
                return True
            if key == Qt.Key.Key_Escape:
                self.clear()
                return True
        return super().eventFilter(watched, event)
