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
    """The common operating-system failures in words; the system's own text for the rest."""
    kinds = {
        errno.ENOSPC: QCoreApplication.translate("Errors", "the disk is full"),
        errno.EACCES: QCoreApplication.translate("Errors", "permission denied"),
        errno.EPERM: QCoreApplication.translate("Errors", "permission denied"),
        errno.ENOENT: QCoreApplication.translate("Errors", "the file or folder does not exist"),
        errno.EROFS: QCoreApplication.translate("Errors", "the disk is read-only"),
        errno.EADDRINUSE: QCoreApplication.translate("Errors", "another program already uses it"),
        errno.ECONNREFUSED: QCoreApplication.translate("Errors", "the connection was refused"),
        errno.ETIMEDOUT: QCoreApplication.translate("Errors", "the connection timed out"),
    }
    words = kinds.get(error.errno) if error.errno is not None else None
    if isinstance(error, SystemWords):
        return words or str(error)
    return words or error.strerror or str(error)


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
