"""An error's line in the staff's language.

Errors carry English templates and their values (app/domain/errors.py); their words are in the
translation catalog under the context "Errors" (build/tools/error_catalog.py collects them).
Here a template is translated and filled in. A value that is itself an error, or words marked
with template(), is translated the same way; an operating-system error is worded from its kind;
a name, an id or a number is shown as it is. When a translation does not fit its values (a
field the translator mistyped, a value the code forgot), the screen shows the English line
rather than failing."""

from __future__ import annotations

import errno
from typing import Mapping

from PySide6.QtCore import QCoreApplication

from app.domain.errors import SystemWords, WordedError, WordedLines, Words, fill

CONTEXT = "Errors"


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def os_error_words(error: OSError | SystemWords) -> str:
    """What the operating system refused, in the staff's language, from its errno: the one place
    where system failures are worded. The system's own text (English whatever the staff's
    language) never becomes the sentence; `os_error_detail` keeps it for a technician."""
    translate = QCoreApplication.translate
    kinds = {
        errno.ENOSPC: translate("Errors", "the disk is full"),
        errno.EACCES: translate("Errors", "permission denied"),
        errno.EPERM: translate("Errors", "permission denied"),
        errno.ENOENT: translate("Errors", "the file or folder does not exist"),
        errno.EROFS: translate("Errors", "the disk is read-only"),
        errno.EIO: translate("Errors", "the disk or USB stick failed to read or write"),
        errno.EEXIST: translate("Errors", "a file or folder of that name already exists"),
        errno.ENOTDIR: translate("Errors", "part of the path is a file, not a folder"),
        errno.EISDIR: translate("Errors", "it is a folder, not a file"),
        errno.EADDRINUSE: translate("Errors", "another program already uses it"),
        errno.ECONNREFUSED: translate("Errors", "the connection was refused"),
        errno.ETIMEDOUT: translate("Errors", "the connection timed out"),
    }
    words = kinds.get(error.errno) if error.errno is not None else None
    return words or translate("Errors", "the operating system refused it")


def os_error_detail(error: OSError | SystemWords) -> str:
    """The system's own words and number, as a technician reads them (a tooltip, a log line)."""
    text = str(error) if isinstance(error, SystemWords) else (error.strerror or str(error))
    return f"[errno {error.errno}] {text}" if error.errno is not None else text


def os_error_line(error: OSError) -> str:
    """A whole sentence for a file operation that failed: which file, what the system refused, and
    what to do next."""
    name = error.filename if error.filename is not None else ""
    if name:
        return QCoreApplication.translate("Errors", "{file} could not be used: {why}. Check the file, the folder "
                                          "and the disk, then try again.").format(file=name, why=os_error_words(error))
    return QCoreApplication.translate("Errors", "A file could not be used: {why}. Check the folder and the disk, "
                                      "then try again.").format(why=os_error_words(error))


def _value(value: object) -> object:
    """A value in the staff's language: a nested error or words marked with template() are
    translated; anything else (a file name, an id, a number) is shown as it is."""
    if isinstance(value, WordedError):
        return error_words(value)
    if isinstance(value, (OSError, SystemWords)):
        return os_error_words(value)
    if isinstance(value, Words):
        return template_words(value.template or str(value), value.values)
    return value


def words_text(text: str) -> str:
    """A line a service returned, in the staff's language when it is Words (template()); lines
    of words (a report) line by line."""
    if isinstance(text, WordedLines):
        return "\n".join(str(_value(line)) for line in text.lines)
    return str(_value(text))


def template_words(template: str, values: Mapping[str, object]) -> str:
    """One template in the staff's language with its values; the English sentence when the
    translation and the values do not fit together."""
    translated = _translate(template)
    if not values:
        return translated
    try:
        return translated.format_map({key: _value(value) for key, value in values.items()})
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return fill(template, values)


def error_words(error: WordedError) -> str:
    """The error's line (what happened, what to do next) in the staff's language."""
    said = template_words(error.template, error.values)
    next_step = template_words(error.next_template, error.values)
    return f"{said} {next_step}" if next_step else said
