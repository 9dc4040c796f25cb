"""The compiled exam inside a package: the source shape, in one JSON document.

Writing the same shape as the source means one reader (app.domain.exam_reader)
checks both what an author wrote and what a station decrypts.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from app.domain.cloze import blank_to_document
from app.domain.exam import Checklist, Exam, Item, Lockdown, Marking
from app.domain.exam_reader import SOURCE_FORMAT, read_checklists, read_exam
from app.domain.item_reader import source_fields


def exam_to_document(exam: Exam) -> dict:
    doc: dict[str, Any] = {
        "format": SOURCE_FORMAT, "id": exam.id, "title": exam.title, "version": exam.version,
        "language": exam.language, "credential": asdict(exam.credential),
        "prerequisites": [asdict(c) for c in exam.prerequisites],
        "domains": [asdict(d) for d in exam.domains],
        "timing": {"interruption": exam.timing.interruption,
                   "warnings_minutes": list(exam.timing.warnings_minutes)},
        "tools": {"calculator": _calculator(exam),
                  "exhibits": [asdict(e) for e in exam.tools.exhibits]},
        "scoring": _scoring(exam),
        "forms": [_form(f) for f in exam.forms],
        "items": [item_to_document(i) for i in exam.items],
        "checklists": [_checklist(c) for c in exam.checklists],
    }
    if exam.timing.exam_minutes is not None:
        doc["timing"]["exam_minutes"] = exam.timing.exam_minutes
    if exam.timing.proctor_confirms_return:  # left out when off: documents built before it stay identical
        doc["timing"]["proctor_confirms_return"] = True
    if exam.stimuli:  # left out when there are none, like lockdown below
        doc["stimuli"] = [{k: v for k, v in asdict(s).items() if v is not None} for s in exam.stimuli]
    if exam.lockdown != Lockdown():  # left out when default: documents built before it stay identical
        doc["lockdown"] = {"forbid_extra_screens": exam.lockdown.forbid_extra_screens,
                           "forbidden_programs": list(exam.lockdown.forbidden_programs),
                           "allow_copy_in_answers": exam.lockdown.allow_copy_in_answers}
    if exam.marking != Marking():  # also left out when default
        doc["marking"] = {"double_marking": exam.marking.double_marking, "tolerance": exam.marking.tolerance}
        if exam.marking.double_marking == "sample":
            doc["marking"]["sample_percent"] = exam.marking.sample_percent
    return doc


def _calculator(exam: Exam) -> bool | str:
    """true or false for a basic one, as before (such documents stay identical); else its kind."""
    tools = exam.tools
    return tools.calculator_kind if tools.calculator and tools.calculator_kind != "basic" else tools.calculator


def item_to_document(item: Item) -> dict:
    doc = {}
    for name in source_fields(item.type):
        value = getattr(item, name)
        if value in (None, "") or (name == "tolerance" and item.tolerance_percent is not None):
            continue
        if name == "rubric_points" and not value:  # left out when none: documents built before stay identical
            continue
        if name == "blanks":
            doc[name] = [blank_to_document(b) for b in value]
        elif name in ("options", "premises", "choices"):   # a picture option's media; left out when none
            doc[name] = [{k: v for k, v in asdict(c).items() if v is not None} for c in value]
        else:
            doc[name] = _plain(value)
    return doc


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _scoring(exam: Exam) -> dict:
    s = exam.scoring
    doc: dict[str, Any] = {"composite": s.composite, "show_score_report": s.show_score_report}
    if s.cut_score_points is not None:
        doc["cut_score_points"] = s.cut_score_points
    else:
        doc["cut_score_percent"] = s.cut_score_percent
    if s.scaled_lowest is not None:
        doc["scaled_score"] = {"lowest": s.scaled_lowest, "highest": s.scaled_highest}
    return doc


def _form(form: Any) -> dict:
    sections = []
    for s in form.sections:
        section = {"id": s.id, "title": s.title, "items": list(s.item_ids), "lock_on_exit": s.lock_on_exit,
                   "shuffle_items": s.shuffle_items, "shuffle_options": s.shuffle_options}
        if s.minutes is not None:
            section["minutes"] = s.minutes
        if s.select is not None:   # these three are left out when unset: documents without them stay as they were
            section["select"] = s.select
        section.update({rule: True for rule in ("forward_only", "answer_required") if getattr(s, rule)})
        sections.append(section)
    return {"id": form.id, "title": form.title, "sections": sections}


def _checklist(checklist: Any) -> dict:
    passing: dict[str, Any] = {"all_critical": checklist.all_critical}
    if checklist.min_points is not None:
        passing["min_points"] = checklist.min_points
    else:
        passing["min_percent"] = checklist.min_percent
    doc = {"id": checklist.id, "title": checklist.title, "passing": passing,
           "steps": [asdict(s) for s in checklist.steps]}
    if checklist.minutes is not None:
        doc["minutes"] = checklist.minutes
    return doc


def checklists_document(exam: Exam) -> list[dict]:
    """The exam's checklists alone, in the source shape (an evaluator's tablet needs no more)."""
    return [_checklist(c) for c in exam.checklists]


def checklists_from_document(doc: Any) -> tuple[Checklist, ...]:
    """Read checklists back with the source's own rules; SourceInvalid if any is broken."""
    return read_checklists("checklists", doc if isinstance(doc, list) else [doc])


def exam_from_document(doc: Any, media_names: set[str]) -> Exam:
    """Read compiled content back; SourceInvalid if it breaks any rule."""
    main = {k: v for k, v in doc.items() if k not in ("items", "checklists")} if isinstance(doc, dict) else doc
    items = doc.get("items") if isinstance(doc, dict) else None
    checklists = doc.get("checklists", []) if isinstance(doc, dict) else []
    checklist_docs = [("content", c) for c in checklists] if isinstance(checklists, list) else [("content", checklists)]
    return read_exam(("content", main), [("content", {"items": items})], checklist_docs,
                     lambda path: path in media_names)


def canonical_json(data: Any) -> bytes:
    """Deterministic JSON bytes: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def document_media_paths(doc: dict) -> set[str]:
    """Media paths a compiled exam document refers to (to read it back without its media)."""
    items = doc.get("items", [])
    paths = {i.get("media") for i in items} | {i.get("image") for i in items}
    paths |= {c.get("media") for i in items for key in ("options", "premises", "choices")
              for c in i.get(key) or [] if isinstance(c, dict)}
    paths |= {e.get("media") for e in doc.get("tools", {}).get("exhibits", [])}
    paths |= {s.get("media") for s in doc.get("stimuli", [])}
    return {x for x in paths if x}


def form_document(exam: Exam, form_id: str) -> dict:
    """What a seat needs to deliver one form: the exam's settings, that form and its items only."""
    doc = exam_to_document(exam)
    form = next(f for f in doc["forms"] if f["id"] == form_id)
    wanted = {item for section in form["sections"] for item in section["items"]}
    doc["forms"] = [form]
    doc["items"] = [item for item in doc["items"] if item["id"] in wanted]
    return doc
