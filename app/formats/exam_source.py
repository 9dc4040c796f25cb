"""Reads an exam source folder (exam.yaml, items/, checklists/, media/) into an `Exam`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from app.domain.errors import SourceInvalid, system_words, template
from app.domain.exam import Exam
from app.domain.exam_reader import read_exam
from app.domain.strict_json import StrictJsonError, check_tree, loads_strict

SUFFIXES = (".yaml", ".yml", ".json")
MEDIA_SUFFIXES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                  ".gif": "image/gif", ".svg": "image/svg+xml"}
MAX_SOURCE_FILE = 5 * 1024 * 1024


def load_exam_source(folder: str | Path) -> Exam:
    """Parse and validate a source folder; raise SourceInvalid listing every problem."""
    root = Path(folder)
    if not root.is_dir():
        raise SourceInvalid([template("{path}: is not a folder", path=str(root))])
    main_path = _find_main(root)
    if main_path is None:
        raise SourceInvalid([template("{path}: no exam.yaml (or exam.json) found", path=str(root))])
    problems: list[str] = []
    main = _load(root, main_path, problems)
    items = [_load(root, p, problems) for p in _files(root / "items")]
    checklists = [_load(root, p, problems) for p in _files(root / "checklists")]
    if problems:
        raise SourceInvalid(problems)
    return read_exam(main, items, checklists, lambda path: media_file(root, path) is not None)


def media_file(root: Path, relative: str) -> Path | None:
    """The media file a source refers to, only if it is inside `root/media` and a known type."""
    if "\0" in relative:  # no file has such a name (and the OS would refuse to look)
        return None
    media_root = (root / "media").resolve()
    candidate = (root / relative).resolve()
    if media_root not in candidate.parents or not candidate.is_file():
        return None
    return candidate if candidate.suffix.lower() in MEDIA_SUFFIXES else None


def _find_main(root: Path) -> Path | None:
    for suffix in SUFFIXES:
        if (root / f"exam{suffix}").is_file():
            return root / f"exam{suffix}"
    return None


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


def _load(root: Path, path: Path, problems: list[str]) -> tuple[str, Any]:
    name = path.relative_to(root).as_posix()
    try:
        if path.stat().st_size > MAX_SOURCE_FILE:
            problems.append(template("{name}: is larger than {megabytes} MB", name=name,
                                     megabytes=MAX_SOURCE_FILE // 1024 // 1024))
            return name, None
        text = path.read_text(encoding="utf-8")
        return name, parse_text(text, json_only=path.suffix.lower() == ".json")
    except UnicodeDecodeError:
        problems.append(template("{name}: is not UTF-8 text", name=name))
    except (yaml.YAMLError, ValueError) as error:
        problems.append(template("{name}: cannot be read: {why}", name=name, why=_first_line(error)))
    except OSError as error:
        problems.append(template("{name}: cannot be opened: {why}", name=name, why=system_words(error)))
    return name, None


def parse_text(text: str, json_only: bool = False) -> Any:
    """YAML (safe subset) or JSON text to plain data; ValueError (or yaml.YAMLError) for text
    that is not, or that nests too deeply, or holds a lone surrogate or an infinite number."""
    if json_only:
        return loads_strict(text)
    try:
        data = yaml.safe_load(text)
    except RecursionError:
        raise StrictJsonError("it is nested too deeply") from None
    check_tree(data)
    return data


def _first_line(error: Exception) -> object:
    """Why a source file's text did not parse, in words a screen translates, with where: the
    parser's own English (PyYAML's "mapping values are not allowed here") names no fix in any
    language, so its common problems are said again as what to change."""
    if isinstance(error, StrictJsonError):   # already worded (JSON's problems, nesting)
        return error
    if not isinstance(error, yaml.YAMLError):
        return template("the text cannot be read")
    mark = getattr(error, "problem_mark", None)
    what = _yaml_words(f"{getattr(error, 'problem', '') or ''} {getattr(error, 'context', '') or ''}")
    if not mark:
        return what
    return template("{problem} (line {line}, column {column})", problem=what, line=mark.line + 1,
                    column=mark.column + 1)


def _yaml_words(said: str) -> str:
    """PyYAML's problem and context text, matched to what the author must change there."""
    for clue, words in (("'\\t'", template("a tab is used for indenting: indent with spaces")),
                        ("quoted scalar", template("a quotation mark is not closed")),
                        ("mapping values are not allowed", template("a colon is in the wrong place: put text that "
                                                                    "holds ': ' inside quotation marks")),
                        ("could not find expected ':'", template("a field name has no colon after it")),
                        ("alias", template("a reference (* or &) names nothing defined before it")),
                        ("flow", template("a bracket [ or { is not closed")),
                        ("<block end>", template("the indentation does not line up with the lines above")),
                        ("expected key", template("the indentation does not line up with the lines above"))):
        if clue in said:
            return words
    return template("the text is not valid YAML")
