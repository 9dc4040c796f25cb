"""Translators that answer for some contexts only.

A single-PC station shows staff screens and a candidate's screen in one program, each in its
own language. Qt asks the installed translators newest first and takes the first answer that
is not null, so a translator limited to the candidate screens' contexts (installed with the
candidate's window) decides those, and the staff translator (installed once, at start) decides
the rest. A limited translator for English answers with the source text itself, so a
candidate who chose English sees English on a station whose staff work in Spanish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTranslator

from app.ui.widgets.resources import resources_dir

SOURCE_LANGUAGE = "en"  # the strings in the code are English


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    return [SOURCE_LANGUAGE] + sorted(p.stem for p in translations_dir().glob("*.qm"))


def language_code(language: str) -> str:
    """'es-ES', 'es_MX' and 'ES' are all 'es'."""
    return language.split("_")[0].split("-")[0].lower()


def load_translation(language: str, parent: QObject | None = None) -> QTranslator | None:
    """The loaded translation for a language code; None for English.

    Raises ValueError for a language that has no translation file, so a wrong code at check-in
    is noticed rather than silently showing English."""
    language = language_code(language)
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(parent)
    if not translator.load(str(translations_dir() / f"{language}.qm")):
        raise ValueError(f"no translation for the language '{language}'")
    return translator


class ScopedTranslator(QTranslator):
    """Answers for `contexts` only: from `inner` (a loaded .qm), or the source text itself when
    `inner` is None (the source language). Other contexts get None: Qt asks the next one."""

    def __init__(self, contexts: frozenset[str], inner: QTranslator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contexts, self.inner = contexts, inner
        if inner is not None:
            inner.setParent(self)

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt's virtual, called by QCoreApplication
        if context not in self.contexts:
            return None  # a null string: Qt asks the next translator
        if self.inner is None:
            return source
        return self.inner.translate(context, source, disambiguation, n) or None

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self.inner.language() if self.inner is not None else "en"


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:
    """Marks `message` for lupdate (which finds it by this name) under `context`, to be
    translated later by tr() or QCoreApplication.translate. PySide6's own does the same but is
    declared to return `object`, so every table of words built with it would lose its type."""
    return message
