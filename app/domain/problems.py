"""Collects every validation problem with where it is, instead of stopping at the first."""

from __future__ import annotations

from app.domain.errors import Words, template


class Problems:
    """A list of 'file: path: message' lines, with a stack of location parts."""

    def __init__(self, file: str = "") -> None:
        self.file = file
        self._path: list[str] = []
        self.lines: list[str] = []

    def at(self, part: str | int) -> _Location:
        """Nest a location: `at("items")`, then `at(3)` gives `items[3]`."""
        return _Location(self, f"[{part}]" if isinstance(part, int) else str(part))

    def in_file(self, file: str) -> _InFile:
        """`with problems.in_file(name):` problems found inside are in that file, at its top."""
        return _InFile(self, file)

    def where(self) -> str:
        path = ""
        for part in self._path:
            path += part if part.startswith("[") or not path else "." + part
        return ": ".join(p for p in (self.file, path) if p)

    def add(self, message: str) -> None:
        """`message` is best words marked with template() (a screen shows the line translated);
        where it is found (file and path) is shown as it is."""
        where = self.where()
        if not where:
            self.lines.append(message)
        elif isinstance(message, Words):
            self.lines.append(template("{where}: {problem}", where=where, problem=message))
        else:
            self.lines.append(f"{where}: {message}")

    def __bool__(self) -> bool:
        return bool(self.lines)


class _Location:
    """`with problems.at(part):` a plain context manager, not a generator one: reading a thousand
    items enters tens of thousands of locations, and a generator costs several times more."""

    __slots__ = ("_problems", "_part")

    def __init__(self, problems: Problems, part: str) -> None:
        self._problems, self._part = problems, part

    def __enter__(self) -> None:
        self._problems._path.append(self._part)

    def __exit__(self, *_exception: object) -> None:
        self._problems._path.pop()


class _InFile:
    """`with problems.in_file(name):` plain, as _Location is: an exam reads one per item file."""

    __slots__ = ("_problems", "_file", "_saved")

    def __init__(self, problems: Problems, file: str) -> None:
        self._problems, self._file = problems, file
        self._saved: tuple[str, list[str]] = ("", [])

    def __enter__(self) -> None:
        problems = self._problems
        self._saved = (problems.file, problems._path)
        problems.file, problems._path = self._file, []

    def __exit__(self, *_exception: object) -> None:
        self._problems.file, self._problems._path = self._saved
