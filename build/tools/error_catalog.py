"""Collects the English words of every error a screen can show, for the translation catalog.

Usage (from the repository root; build/tools/translations.py runs it first):
    python build/tools/error_catalog.py

It reads app/ (not app/cli, whose errors are printed in English only) without importing it:
every class that derives, by name, from ExamStationError is an error class, and the string
literals given to one as its message or next step (`raise PackageRefused("The package {name}
is damaged.", "Ask the body for a new one.", name=...)`, `super().__init__(...)` inside such a
class, `Cls.like(other, next_step="...")`) and to `template("...")` (app/domain/errors.py, for
words kept in a table) are its templates. It writes them to build/error_templates.py as
QT_TRANSLATE_NOOP calls in the "Errors" context, which pyside6-lupdate then files into
resources/translations/*.ts with the screens' strings. A message that is not a literal (an
f-string, a variable) cannot be looked up: `dynamic_sites()` lists them (tests/test_error_words.py
keeps their number from growing).
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "build" / "error_templates.py"
CONTEXT = "Errors"
BASE = "WordedError"         # ExamStationError and the lower layers' worded problems derive from it
MARKER = "template"          # app/domain/errors.py: template("...") marks words kept in a table
WORD_KEYWORDS = ("message", "next_step")


@dataclass(frozen=True)
class Site:
    path: str        # relative to the repository root
    line: int
    text: str        # the template, or the source of a message that is not a literal
    literal: bool


def _modules(root: Path) -> list[tuple[str, ast.Module]]:
    found = []
    for path in sorted((root / "app").rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if not relative.startswith("app/cli/"):
            found.append((relative, ast.parse(path.read_text(encoding="utf-8"), relative)))
    return found


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _class_defs(modules: list[tuple[str, ast.Module]]) -> dict[str, ast.ClassDef]:
    return {node.name: node for _p, tree in modules for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}


def error_classes(modules: list[tuple[str, ast.Module]]) -> set[str]:
    """Names of the classes that derive from ExamStationError (by name, across all of app/)."""
    bases = {name: {_name(b) for b in node.bases} for name, node in _class_defs(modules).items()}
    found = {BASE, "ExamStationError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def worded_classes(modules: list[tuple[str, ast.Module]], classes: set[str]) -> set[str]:
    """The error classes built with (message, next_step, ...): not those whose own __init__ takes
    other arguments (NewerFormat(what, found, ...) words its message inside, in super().__init__)."""
    defs = _class_defs(modules)

    def takes_words(name: str) -> bool:
        node = defs.get(name)
        if node is None:
            return True
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                params = item.args.args
                return len(params) > 1 and params[1].arg == "message"
        parents = [_name(b) for b in node.bases if _name(b) in classes]
        return all(takes_words(p) for p in parents)

    return {name for name in classes if takes_words(name)}


def _word_arguments(call: ast.Call, positional: int) -> list[ast.expr]:
    args = [a for a in call.args[:positional] if not isinstance(a, ast.Starred)]
    return args + [k.value for k in call.keywords if k.arg in WORD_KEYWORDS]


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)
            and _name(func.value.func) == "super")


class _Finder(ast.NodeVisitor):
    def __init__(self, path: str, classes: set[str], worded: set[str], constants: dict[str, str]) -> None:
        self.path, self.classes, self.worded, self.sites, self.inside = path, classes, worded, [], [""]
        self.constants = constants

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.inside.append(node.name)
        self.generic_visit(node)
        self.inside.pop()

    def visit_Call(self, node: ast.Call) -> None:
        if self.inside[-1] in (BASE, "ExamStationError"):
            return   # the bases' own code handles words it was given
        for argument in self._words(node):
            self._add(argument)
        self.generic_visit(node)

    def _words(self, call: ast.Call) -> list[ast.expr]:
        name = _name(call.func)
        if name in self.classes:
            return _word_arguments(call, 2) if name in self.worded else []
        if name == MARKER and isinstance(call.func, ast.Name):
            return call.args[:1]
        if name == "like" and isinstance(call.func, ast.Attribute) and _name(call.func.value) in self.classes:
            return [k.value for k in call.keywords if k.arg == "next_step"]
        if _is_super_init(call) and self.inside[-1] in self.classes:
            return _word_arguments(call, 2)
        return []

    def _add(self, node: ast.expr) -> None:
        words = self._literal_words(node)
        if words is None:
            self.sites.append(Site(self.path, node.lineno, ast.unparse(node), False))
        self.sites += [Site(self.path, node.lineno, text, True) for text in words or [] if text]

    def _literal_words(self, node: ast.expr) -> list[str] | None:
        """The words a message argument can be, when all of them are literals; None otherwise."""
        if isinstance(node, ast.Name) and node.id in self.constants:   # ASK_BODY = "Ask the body ..."
            return [self.constants[node.id]]
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else [] if node.value is None else None
        if isinstance(node, ast.IfExp):   # "... the PIN is wrong." if kind == "pin" else "... password ..."
            both = [self._literal_words(node.body), self._literal_words(node.orelse)]
            return None if None in both else [w for side in both for w in side or []]
        if isinstance(node, ast.Call) and _name(node.func) == "get" and len(node.args) == 2:
            return self._literal_words(node.args[1])   # TABLE.get(key, "default"): the table uses template()
        if isinstance(node, ast.Call) and _name(node.func) == "format" and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Call):
            node = node.func.value   # self.tr("... {names}").format(names=...)
        if isinstance(node, ast.Call) and _name(node.func) == MARKER:
            return []   # template("..."): collected where it is called
        if isinstance(node, ast.Call) and _name(node.func) == "tr":
            return []   # a screen's own tr(): already in the catalog under its class
        if isinstance(node, ast.Name) and node.id in ("message", "next_step") and self.inside[-1] in self.classes:
            return []   # a subclass's __init__ handing its own words on to ExamStationError
        return None


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's NAME = "words" assignments: a message kept in a constant is still a literal."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return found


def sites(root: Path = ROOT) -> list[Site]:
    modules = _modules(root)
    classes = error_classes(modules)
    worded = worded_classes(modules, classes)
    found: list[Site] = []
    for path, tree in modules:
        finder = _Finder(path, classes, worded, _constants(tree))
        finder.visit(tree)
        found += finder.sites
    return found


def templates(root: Path = ROOT) -> list[str]:
    """Every distinct template, sorted."""
    return sorted({s.text for s in sites(root) if s.literal})


def dynamic_sites(root: Path = ROOT) -> list[Site]:
    """Messages given as something other than a literal: shown in English on every screen."""
    return [s for s in sites(root) if not s.literal]


def _literal(text: str) -> str:
    """A double-quoted Python literal that pyside6-lupdate reads back as `text`."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def catalog_text(root: Path = ROOT) -> str:
    lines = ['"""The words of the errors a screen can show, for pyside6-lupdate (context "Errors").',
             "",
             "Written by build/tools/error_catalog.py from the raise sites in app/: do not edit; run",
             'build/tools/translations.py instead."""',
             "",
             "",
             "def QT_TRANSLATE_NOOP(context: str, text: str) -> str:",
             "    return text",
             "",
             ""]
    lines += [f'QT_TRANSLATE_NOOP("{CONTEXT}", {_literal(t)})' for t in templates(root)]
    return "\n".join(lines) + "\n"


def main() -> int:
    CATALOG.write_text(catalog_text(), encoding="utf-8")
    print(f"{CATALOG.relative_to(ROOT)}: {len(templates())} templates; "
          f"{len(dynamic_sites())} messages are not literals and stay English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
