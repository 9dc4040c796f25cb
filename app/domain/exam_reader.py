"""Builds an `Exam` from source mappings (exam file, item files, checklist files).

The same reader serves the editable source folder and the compiled content
inside a package, so both obey exactly the same rules.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Literal, Mapping, cast

from app.domain.format_versions import format_version
from app.domain import composite
from app.domain.errors import SourceInvalid, template
from app.domain.exam import (
    CALCULATOR_KINDS, INTERRUPTIONS, CalculatorKind, Checklist, ChecklistStep, Credential, DoubleMarking, Domain,
    Exam, Exhibit, Form, Item, Lockdown, Marking, Scoring, Section, Stimulus, Timing, Tools,
)
from app.domain.fields import Fields, unique_ids
from app.domain.item_reader import items_reader, settled_document
from app.domain.problems import Problems
from app.domain.rich_text import rich_text_problems

SOURCE_FORMAT = "examstation-source/1"
EXAM_FIELDS = ("format", "id", "title", "version", "language", "credential", "prerequisites",
               "domains", "timing", "tools", "lockdown", "scoring", "forms", "items", "checklists", "stimuli",
               "marking")

PROGRAM_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._+-]{0,63}")  # as process lists show it, no paths
Doc = tuple[str, Any]  # (file name shown in problems, parsed content)


def _format_problem(found: object, family: str, expected: str) -> str:
    """What is wrong with a source's format line; a later version names the newer program."""
    version = format_version(found, family)
    if version is not None and version > 1:
        return template("{found} was written for a newer version of ExamStation; this one reads '{expected}'",
                        found=found, expected=expected)
    return template("expected '{expected}'", expected=expected)


def read_exam(main: Doc, item_docs: list[Doc], checklist_docs: list[Doc],
              media_exists: Callable[[str], bool], read_items: Mapping[str, list[tuple[dict, Item]]] | None = None) -> Exam:
    """Return the exam, or raise SourceInvalid listing every problem found. `read_items`: per item
    document's name, what a converter already read of its items, in order (item_reader.read_item_again)."""
    problems = Problems()
    with problems.in_file(main[0]):
        f = Fields(problems, main[1], EXAM_FIELDS)
        if f.ok and f.raw("format", None) != SOURCE_FORMAT:
            with problems.at("format"):
                problems.add(_format_problem(f.raw("format", None), "source", SOURCE_FORMAT))
        header = _header(f) if f.ok else {}
        domains = _list(f, "domains", _domain) if f.ok else []
    domain_ids = {d.id for d in domains}
    items = _items(problems, item_docs, domain_ids, read_items or {})
    checklists = _checklists(problems, checklist_docs)
    if not f.ok:
        raise SourceInvalid(problems.lines)
    with problems.in_file(main[0]):
        forms = _list(f, "forms", _form)
        scoring = _scoring(f, {c.id for c in checklists})
        timing, tools, lockdown, marking = _timing(f), _tools(f), _lockdown(f), _marking(f)
        stimuli = _list(f, "stimuli", _stimulus, required=False)
        unique_ids(problems, template("stimulus"), [s.id for s in stimuli])
        _check_stimuli(problems, items, {s.id for s in stimuli})
        _check_forms(problems, forms, {i.id for i in items})
        unique_ids(problems, template("domain"), [d.id for d in domains])
        unique_ids(problems, template("form"), [x.id for x in forms])
    if problems:
        raise SourceInvalid(problems.lines)
    exam = Exam(domains=tuple(domains), items=tuple(items), forms=tuple(forms),
                checklists=tuple(checklists), scoring=scoring, timing=timing, tools=tools, lockdown=lockdown,
                stimuli=tuple(stimuli), marking=marking, **header)
    _check_media(problems, exam, media_exists)
    if problems:
        raise SourceInvalid(problems.lines)
    return exam


def read_checklists(name: str, docs: Any) -> tuple[Checklist, ...]:
    """Checklists alone (what an evaluator's tablet receives), checked as in an exam source;
    SourceInvalid listing every problem."""
    problems = Problems()
    checklists = _checklists(problems, [(name, docs)])
    if problems:
        raise SourceInvalid(problems.lines)
    return tuple(checklists)


def _header(f: Fields) -> dict:
    credential = _sub(f, "credential", _credential)
    prerequisites = tuple(_list(f, "prerequisites", _credential, required=False))
    return dict(id=f.ident("id"), title=f.text("title"), version=f.text("version"),
                language=f.text("language", "en"), credential=credential,
                prerequisites=prerequisites)


def _sub(f: Fields, name: str, reader: Callable[[Problems, Any], Any], required: bool = True) -> Any:
    if not f.has(name):
        return f.raw(name) if required else None  # raw() records "'name' is required"
    with f.problems.at(name):
        return reader(f.problems, f.data[name])


def _list(f: Fields, name: str, reader: Callable[[Problems, Any], Any], required: bool = True) -> list:
    entries = f.sequence(name) if required else f.sequence(name, [])
    result = []
    with f.problems.at(name):
        if required and f.has(name) and not entries:
            f.problems.add(template("needs at least one entry"))
        for index, entry in enumerate(entries):
            with f.problems.at(index):
                value = reader(f.problems, entry)
                if value is not None:
                    result.append(value)
    return result


def _credential(problems: Problems, data: Any) -> Credential | None:
    c = Fields(problems, data, ("id", "name", "description"))
    values = (c.ident("id"), c.text("name"), c.text("description", "")) if c.ok else (None,)
    return Credential(*values) if None not in values else None


def _domain(problems: Problems, data: Any) -> Domain | None:
    d = Fields(problems, data, ("id", "title"))
    values = (d.ident("id"), d.text("title")) if d.ok else (None,)
    return Domain(*values) if None not in values else None


def _stimulus(problems: Problems, data: Any) -> Stimulus | None:
    s = Fields(problems, data, ("id", "title", "html", "media"))
    if not s.ok:
        return None
    ident, title, html, media = s.ident("id"), s.text("title"), s.text("html"), s.text("media", None)
    unsafe = rich_text_problems(html) if html else []
    with problems.at("html"):
        for problem in unsafe:
            problems.add(problem)
    return Stimulus(ident, title, html, media) if ident and title and html and not unsafe else None


def _check_stimuli(problems: Problems, items: list[Item], stimulus_ids: set[str]) -> None:
    for item in items:
        if item.stimulus is not None and item.stimulus not in stimulus_ids:
            problems.add(template("item '{id}': stimulus '{stimulus}' is not one of the exam's stimuli",
                                  id=item.id, stimulus=item.stimulus))


def _items(problems: Problems, docs: list[Doc], domains: set[str],
           read_items: Mapping[str, list[tuple[dict, Item]]]) -> list[Item]:
    items: list[Item] = []
    for name, content in docs:
        plain = settled_document(content, domains, read_items.get(name, []))
        if plain is not None:
            items.extend(plain)
            continue
        with problems.in_file(name):
            f = Fields(problems, content, ("items",))
            items.extend(_list(f, "items", items_reader(domains, read_items.get(name, []))) if f.ok else [])
    with problems.in_file(docs[0][0] if len(docs) == 1 else "items"):
        unique_ids(problems, template("item"), [i.id for i in items])
    if not docs:
        problems.add(template("no item files: add items/*.yaml"))
    return items


def _checklists(problems: Problems, docs: list[Doc]) -> list[Checklist]:
    checklists = []
    for name, content in docs:
        with problems.in_file(name):
            entries = content if isinstance(content, list) else [content]
            for entry in entries:
                checklist = _checklist(problems, entry)
                if checklist:
                    checklists.append(checklist)
    unique_ids(problems, template("checklist"), [c.id for c in checklists])
    return checklists


def _checklist(problems: Problems, data: Any) -> Checklist | None:
    c = Fields(problems, data, ("id", "title", "minutes", "passing", "steps"))
    if not c.ok:
        return None
    before = len(problems.lines)
    ident, title, minutes = c.ident("id"), c.text("title"), c.number("minutes", None, positive=True)
    with problems.at("passing"):
        p = Fields(problems, c.raw("passing"), ("min_percent", "min_points", "all_critical"))
        min_percent = p.number("min_percent", None, minimum=0)
        min_points = p.number("min_points", None, minimum=0)
        if p.ok and (min_percent is None) == (min_points is None):
            problems.add(template("give exactly one of 'min_percent' and 'min_points'"))
        all_critical = p.boolean("all_critical", True) if p.ok else True
    steps = _list(c, "steps", _step)
    unique_ids(problems, template("step"), [s.id for s in steps])
    if len(problems.lines) != before or ident is None or title is None:
        return None
    return Checklist(ident, title, tuple(steps), minutes, min_percent, min_points, all_critical)


def _step(problems: Problems, data: Any) -> ChecklistStep | None:
    s = Fields(problems, data, ("id", "text", "points", "critical", "allow_na"))
    if not s.ok:
        return None
    ident, text, points = s.ident("id"), s.text("text"), s.number("points", 1.0, minimum=0)
    critical, allow_na = s.boolean("critical", False), s.boolean("allow_na", False)
    if ident is None or text is None or points is None:
        return None
    return ChecklistStep(ident, text, points, critical, allow_na)


def _form(problems: Problems, data: Any) -> Form | None:
    f = Fields(problems, data, ("id", "title", "sections"))
    if not f.ok:
        return None
    ident, title = f.ident("id"), f.text("title")
    sections = _list(f, "sections", _section)
    unique_ids(problems, template("section"), [s.id for s in sections])
    return Form(ident, title, tuple(sections)) if ident and title and sections else None


def _section(problems: Problems, data: Any) -> Section | None:
    s = Fields(problems, data, ("id", "title", "minutes", "lock_on_exit", "shuffle_items",
                                "shuffle_options", "items", "select", "forward_only", "answer_required"))
    if not s.ok:
        return None
    ident, title = s.ident("id"), s.text("title")
    item_ids = s.sequence("items")
    with problems.at("items"):
        if s.has("items") and not item_ids:
            problems.add(template("needs at least one item"))
        if any(not isinstance(i, str) for i in item_ids):
            problems.add(template("every entry must be an item id"))
            return None
    minutes = s.number("minutes", None, positive=True)
    lock_on_exit, shuffle_items, shuffle_options = (s.boolean(n, False) for n in (
        "lock_on_exit", "shuffle_items", "shuffle_options"))
    select = _selection(s, len(item_ids))
    forward_only, answer_required = s.boolean("forward_only", False), s.boolean("answer_required", False)
    if not (ident and title and item_ids) or select is False:
        return None
    return Section(ident, title, tuple(item_ids), minutes, lock_on_exit, shuffle_items, shuffle_options,
                   select, forward_only, answer_required)


def _selection(s: Fields, pool: int) -> int | None | Literal[False]:
    """How many of the section's items each candidate gets (None: all); False when it is wrong."""
    if not s.has("select"):
        return None
    before = len(s.problems.lines)
    count = s.number("select", None, positive=True)
    if count is None or count != int(count) or count > pool:
        if len(s.problems.lines) == before:
            with s.problems.at("select"):
                s.problems.add(template("expected a whole number from 1 to the section's {pool} items", pool=pool))
        return False
    return int(count)


def _check_forms(problems: Problems, forms: list[Form], item_ids: set[str]) -> None:
    for form in forms:
        with problems.at(f"forms[{form.id}]"):
            seen: set[str] = set()
            for item_id in form.item_ids:
                if item_id not in item_ids:
                    problems.add(template("item '{item_id}' is not defined in any item file", item_id=item_id))
                elif item_id in seen:
                    problems.add(template("item '{item_id}' appears more than once", item_id=item_id))
                seen.add(item_id)


def _scoring(f: Fields, checklist_ids: set[str]) -> Scoring:
    problems = f.problems
    with problems.at("scoring"):
        s = Fields(problems, f.raw("scoring"), ("cut_score_percent", "cut_score_points",
                                                 "scaled_score", "composite", "show_score_report"))
        percent = s.number("cut_score_percent", None, minimum=0)
        points = s.number("cut_score_points", None, minimum=0)
        if s.ok and (percent is None) == (points is None):
            problems.add(template("give exactly one of 'cut_score_percent' and 'cut_score_points'"))
        if percent is not None and percent > 100:
            problems.add(template("'cut_score_percent' cannot be above 100"))
        low = high = None
        if s.has("scaled_score"):
            with problems.at("scaled_score"):
                scale = Fields(problems, s.raw("scaled_score"), ("lowest", "highest"))
                low, high = scale.number("lowest"), scale.number("highest")
                if low is not None and high is not None and high <= low:
                    problems.add(template("'highest' must be above 'lowest'"))
        rule = s.text("composite", "written") or "written"
        _check_rule(problems, rule, checklist_ids)
        return Scoring(percent, points, low, high, rule, s.boolean("show_score_report", False))


def _check_rule(problems: Problems, rule: str, checklist_ids: set[str]) -> None:
    with problems.at("composite"):
        try:
            parsed = composite.parse_rule(rule)
        except ValueError as error:
            problems.add(template("cannot read the rule: {error}", error=error))
            return
        for name in sorted(composite.components(parsed)):
            if name.startswith("checklist:") and name.split(":", 1)[1] not in checklist_ids:
                problems.add(template("'{name}' names a checklist that does not exist", name=name))


def _timing(f: Fields) -> Timing:
    if not f.has("timing"):
        return Timing()
    with f.problems.at("timing"):
        t = Fields(f.problems, f.raw("timing"), ("exam_minutes", "interruption", "warnings_minutes",
                                                 "proctor_confirms_return"))
        warnings = t.sequence("warnings_minutes", [10.0, 5.0, 1.0])
        if any(isinstance(w, bool) or not isinstance(w, (int, float)) or w <= 0 for w in warnings):
            with f.problems.at("warnings_minutes"):
                f.problems.add(template("every warning must be a number of minutes above 0"))
            warnings = []
        return Timing(t.number("exam_minutes", None, positive=True),
                      t.choice("interruption", INTERRUPTIONS, "pause") or "pause",
                      tuple(sorted((float(w) for w in warnings), reverse=True)),
                      t.boolean("proctor_confirms_return", False))


def _tools(f: Fields) -> Tools:
    if not f.has("tools"):
        return Tools()
    with f.problems.at("tools"):
        t = Fields(f.problems, f.raw("tools"), ("calculator", "exhibits"))
        exhibits = _list(t, "exhibits", _exhibit, required=False)
        unique_ids(f.problems, template("exhibit"), [e.id for e in exhibits])
        on, kind = _calculator(t)
        return Tools(on, tuple(exhibits), kind)


def _calculator(tools: Fields) -> tuple[bool, CalculatorKind]:
    """`calculator: true | false` (a basic one, as every earlier exam said) or the kind by name."""
    value = tools.raw("calculator", False)
    if isinstance(value, bool):
        return value, "basic"
    if isinstance(value, str) and value in CALCULATOR_KINDS:
        return True, cast(CalculatorKind, value)
    with tools.problems.at("calculator"):
        tools.problems.add(template("expected true, false, basic or scientific, found {value}", value=repr(value)))
    return False, "basic"


def _lockdown(f: Fields) -> Lockdown:
    if not f.has("lockdown"):
        return Lockdown()
    with f.problems.at("lockdown"):
        d = Fields(f.problems, f.raw("lockdown"), ("forbid_extra_screens", "forbidden_programs",
                                                  "allow_copy_in_answers"))
        programs = []
        with f.problems.at("forbidden_programs"):
            for index, name in enumerate(d.sequence("forbidden_programs", [])):
                if isinstance(name, str) and PROGRAM_NAME.fullmatch(name.strip()):
                    programs.append(name.strip())
                else:
                    with f.problems.at(index):
                        f.problems.add(template("expected a program name such as 'teamviewer', found {name}",
                                                name=repr(name)))
        return Lockdown(d.boolean("forbid_extra_screens", False), tuple(programs),
                        d.boolean("allow_copy_in_answers", True))


def _marking(f: Fields) -> Marking:
    if not f.has("marking"):
        return Marking()
    with f.problems.at("marking"):
        m = Fields(f.problems, f.raw("marking"), ("double_marking", "sample_percent", "tolerance"))
        double = m.choice("double_marking", ("none", "all", "sample"), "none") or "none"
        percent = m.number("sample_percent", 0.0, minimum=0) or 0.0
        if percent > 100:
            with f.problems.at("sample_percent"):
                f.problems.add(template("cannot be above 100"))
        if m.ok and double == "sample" and not 0 < percent <= 100:
            f.problems.add(template("double_marking 'sample' needs 'sample_percent' above 0 (the share of responses "
                           "marked twice)"))
        tolerance = m.number("tolerance", 0.0, minimum=0) or 0.0
        return Marking(cast(DoubleMarking, double), percent if double == "sample" else 0.0, tolerance)


def _exhibit(problems: Problems, data: Any) -> Exhibit | None:
    e = Fields(problems, data, ("id", "title", "media"))
    values = (e.ident("id"), e.text("title"), e.text("media")) if e.ok else (None,)
    return Exhibit(*values) if None not in values else None


def _check_media(problems: Problems, exam: Exam, media_exists: Callable[[str], bool]) -> None:
    for path in exam.media_paths():
        if not media_exists(path):
            problems.add(template("media file '{path}' is referenced but not found", path=path))
    for item in exam.items:
        if item.type == "hotspot" and not item.image:
            problems.add(template("item '{id}': a hotspot item needs 'image'", id=item.id))
