"""The exam source reader: a valid folder loads; an invalid one reports every problem,
each with its file and path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from app.domain.errors import SourceInvalid
from app.formats.exam_content import exam_from_document, exam_to_document
from app.formats.exam_source import load_exam_source
from tests.conftest import MINI_EXAM

SAMPLES = Path(__file__).resolve().parents[1] / "exam_packages"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    target = tmp_path / "src"
    shutil.copytree(MINI_EXAM, target)
    return target


def edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(SourceInvalid) as caught:
        load_exam_source(folder)
    return caught.value.problems


def test_the_fixture_loads_with_every_item_type() -> None:
    exam = load_exam_source(MINI_EXAM)
    assert {i.type for i in exam.items} == {"single_choice", "multiple_response", "true_false", "numeric",
                                            "ordering", "matching", "hotspot", "short_text"}
    assert exam.prerequisites[0].id == "base-cred" and exam.checklists[0].steps[1].points == 2
    assert exam.timing.warnings_minutes == (5, 1) and exam.forms[0].sections[0].lock_on_exit


@pytest.mark.parametrize("name", ["ess-integration", "efficiency-maintenance"])
def test_the_samples_load(name: str) -> None:
    if not (SAMPLES / name).is_dir():
        pytest.skip("sample not present")
    exam = load_exam_source(SAMPLES / name)
    assert exam.items and exam.forms and exam.checklists


def test_every_problem_is_reported_at_once_with_file_and_path(source: Path) -> None:
    def break_items(data):
        data["items"][0]["key"] = "z"                   # not an option
        data["items"][1]["stme"] = "typo"               # unknown field
        data["items"][3]["key"] = "nine"                # not a number
        data["items"][4]["key"] = ["s1", "s2"]          # ordering key misses an option
        data["items"][6]["regions"][0]["coords"] = [1, 2]  # rect needs 4 numbers
        data["items"][8]["pattern"] = "(unclosed"       # bad regular expression
        data["items"][2]["domain"] = "nowhere"          # unknown domain
    edit(source / "items" / "all-types.yaml", break_items)

    def break_exam(data):
        data["scoring"]["composite"] = "written AND checklist:missing"
        data["forms"][0]["sections"][1]["items"].append("no-such-item")
        del data["title"]
    edit(source / "exam.yaml", break_exam)
    edit(source / "checklists" / "check.yaml", lambda d: d["steps"][0].update(critical="yes"))

    found = problems_of(source)
    expected = [
        "items/all-types.yaml: items[0].key: 'z' is not one of the options (a, b)",
        "items/all-types.yaml: items[1]: unknown field 'stme' (did you mean 'stem'?)",
        "items/all-types.yaml: items[2].domain: 'nowhere' is not one of the exam's domains (d1, d2)",
        "items/all-types.yaml: items[3].key: expected a number, found 'nine'",
        "items/all-types.yaml: items[4].key: must list every option exactly once",
        "items/all-types.yaml: items[6].regions[0].coords: a rect needs 4 numbers, found 2",
        "items/all-types.yaml: items[8].pattern: is not a valid regular expression",
        "checklists/check.yaml: steps[0].critical: expected true or false, found 'yes'",
        "exam.yaml: 'title' is required",
        "exam.yaml: scoring.composite: 'checklist:missing' names a checklist that does not exist",
        "exam.yaml: forms[A]: item 'no-such-item' is not defined in any item file",
    ]
    for line in expected:
        assert any(p.startswith(line) for p in found), f"missing: {line}\nfound: {found}"


def test_unreadable_files_are_each_reported(source: Path) -> None:
    (source / "items" / "broken.yaml").write_text("items: [\n  - id: x\n", encoding="utf-8")
    (source / "items" / "binary.yaml").write_bytes(b"\xff\xfe\x00bad")
    (source / "checklists" / "list.json").write_text("{not json", encoding="utf-8")
    found = problems_of(source)
    assert any(p.startswith("items/broken.yaml: cannot be read") and "line" in p for p in found)
    assert any(p == "items/binary.yaml: is not UTF-8 text" for p in found)
    assert any(p.startswith("checklists/list.json: cannot be read") for p in found)


def test_missing_media_and_escaping_paths_are_refused(source: Path) -> None:
    (source / "media" / "panel.png").unlink()
    edit(source / "exam.yaml", lambda d: d["tools"]["exhibits"].append(
        {"id": "ex2", "title": "Secret", "media": "../../../etc/passwd"}))
    found = problems_of(source)
    assert any("'media/panel.png' is referenced but not found" in p for p in found)
    assert any("'../../../etc/passwd' is referenced but not found" in p for p in found)


@pytest.mark.parametrize("content, expected", [
    ("[1, 2]", "exam.yaml: expected a mapping of fields, found a list"),
    ("", "exam.yaml: expected a mapping of fields, found nothing"),
    ("format: other/9\n", "exam.yaml: format: expected 'examstation-source/1'"),
])
def test_a_wrong_exam_file_is_one_clear_problem(source: Path, content: str, expected: str) -> None:
    (source / "exam.yaml").write_text(content, encoding="utf-8")
    assert expected in problems_of(source)


def test_missing_folder_and_exam_file(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "nope") == [f"{tmp_path / 'nope'}: is not a folder"]
    assert problems_of(tmp_path) == [f"{tmp_path}: no exam.yaml (or exam.json) found"]


def test_duplicate_ids_and_cut_score_rules(source: Path) -> None:
    edit(source / "items" / "all-types.yaml", lambda d: d["items"].append(dict(d["items"][0])))
    edit(source / "exam.yaml", lambda d: d["scoring"].update(cut_score_points=5))
    found = problems_of(source)
    assert any("item id 'q-single' is used more than once" in p for p in found)
    assert any("give exactly one of 'cut_score_percent' and 'cut_score_points'" in p for p in found)


def test_compiled_content_round_trips() -> None:
    exam = load_exam_source(MINI_EXAM)
    assert exam_from_document(exam_to_document(exam), set(exam.media_paths())) == exam


def test_a_required_number_left_empty_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    # Found by the CLI fuzz test: `key: ~` on a numeric item reached the key check as None.
    source = tmp_path / "src"
    shutil.copytree(MINI_EXAM, source)
    items = source / "items" / "all-types.yaml"
    data = yaml.safe_load(items.read_text(encoding="utf-8"))
    numeric = next(i for i in data["items"] if i["type"] == "numeric")
    numeric["key"] = None
    items.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(SourceInvalid) as refused:
        load_exam_source(source)
    assert any("key: expected a number, found nothing" in p for p in refused.value.problems)


@pytest.mark.parametrize("written, on, kind", [
    (True, True, "basic"), (False, False, "basic"), ("basic", True, "basic"), ("scientific", True, "scientific")])
def test_the_calculator_is_on_or_off_or_named_by_kind(source: Path, written, on: bool, kind: str) -> None:
    edit(source / "exam.yaml", lambda d: d["tools"].update(calculator=written))
    exam = load_exam_source(source)
    assert (exam.tools.calculator, exam.tools.calculator_kind) == (on, kind)
    assert exam.tools.scientific_calculator == (kind == "scientific")
    document = exam_to_document(exam)
    # true/false stays as every earlier package wrote it; only a scientific one is named
    assert document["tools"]["calculator"] == ("scientific" if kind == "scientific" else on)
    again = exam_from_document(document, {"media/panel.png", "media/board.png"})
    assert again.tools == exam.tools


@pytest.mark.parametrize("written", ["graphing", 1, None, ["scientific"]])
def test_an_unknown_calculator_is_a_problem(source: Path, written) -> None:
    edit(source / "exam.yaml", lambda d: d["tools"].update(calculator=written))
    assert any(p.startswith("exam.yaml: tools.calculator: expected true, false, basic or scientific")
               for p in problems_of(source))
