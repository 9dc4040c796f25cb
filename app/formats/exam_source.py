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


def _first_line(error: Exception) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    if not mark:
        return problem
    return template("{problem} (line {line}, column {column})", problem=problem, line=mark.line + 1,
                    column=mark.column + 1)
