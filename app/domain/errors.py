"""Errors a user sees. Each carries one line: what happened and what to do next."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


class ExamStationError(Exception):
    """Base of every refusal shown to a user; `str()` is the one-line message."""

    def __init__(self, message: str, next_step: str = "") -> None:
        self.message = message
        self.next_step = next_step
        super().__init__(self.line())

    def line(self) -> str:
        if not self.next_step:
            return self.message
        return f"{self.message} {self.next_step}"


class SourceInvalid(ExamStationError):
    """An exam source has one or more problems; all of them are listed."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(
            f"The exam source has {count} {noun}: " + "; ".join(self.problems[:3])
            + ("; ..." if count > 3 else "") + ".",
            "Fix them (all are listed) and build again.",
        )


class PackageRefused(ExamStationError):
    """A package cannot be opened here (damaged, untrusted, wrong key, ...)."""


class KeyStoreError(ExamStationError):
    """Private keys cannot be created, found or unlocked."""


class PassphraseNeeded(KeyStoreError):
    """A passphrase source has no passphrase yet; the GUI asks for one and tries again."""

    def __init__(self) -> None:
        super().__init__("The key file of this home is locked.", "Enter the key passphrase.")


class TrustError(ExamStationError):
    """An identity file is malformed or cannot be trusted."""


class DatabaseError(ExamStationError):
    """The station database cannot be opened or migrated."""


class SaveFailed(ExamStationError):
    """The database did not take a write (disk full, read-only, locked). Nothing was acknowledged."""


class Conflict(ExamStationError):
    """Another writer appended to the same attempt first; reload and try again."""


class ExamUnknown(ExamStationError):
    """The exam a package was built from is not recorded at this body (built elsewhere, or the
    body's database was replaced), so its results cannot be scored, marked or reported here."""

    def __init__(self, package_id: str) -> None:
        super().__init__(f"The exam of package {package_id} is not recorded at this body.",
                         "Work with these results at the body that built the package, or restore this "
                         "body's database from a backup.")


def known_exam(exam: T | None, package_id: str) -> T:
    """The exam looked up for a package, or ExamUnknown when there is none."""
    if exam is None:
        raise ExamUnknown(package_id)
    return exam
