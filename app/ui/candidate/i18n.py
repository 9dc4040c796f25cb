"""Loads the candidate screens' translation (Qt .qm files in resources/translations/)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.ui.widgets.resources import resources_dir

SOURCE_LANGUAGE = "en"  # the strings in the code are English; no translator is needed for it


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    return [SOURCE_LANGUAGE] + sorted(p.stem for p in translations_dir().glob("*.qm"))


def install_translator(language: str, app: QCoreApplication | None = None) -> QTranslator | None:
    """Install the translation for a language code ('es'); None for English.

    Raises ValueError for a language that has no translation file, so a wrong code at check-in
    is noticed rather than silently showing English."""
    language = language.split("_")[0].split("-")[0].lower()
    if language == SOURCE_LANGUAGE:
        return None
    app = app or QCoreApplication.instance()
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / f"{language}.qm")):
        raise ValueError(f"no translation for the language '{language}'")
    app.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
