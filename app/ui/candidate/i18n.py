"""Loads the candidate screens' translation (Qt .qm files in resources/translations/).

The candidate's translator answers for the candidate screens' contexts only (CANDIDATE_CONTEXTS),
so the staff screens on the same station keep the staff's language (app/ui/language.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app.ui.widgets.application import core_application
from app.ui.widgets.translation import (  # noqa: F401 - translations_dir, available_languages: used by tests
    SOURCE_LANGUAGE, ScopedTranslator, available_languages, load_translation, translations_dir,
)
# The tr() contexts of the candidate's screens: their classes in app/ui/candidate, the shared
# calculator and image viewer, and the lockdown notices a candidate reads. A test compares this
# with what pyside6-lupdate finds in those files: add a new candidate class here.
CANDIDATE_CONTEXTS = frozenset({
    "AnswerSaver", "Calculator", "CandidateWindow", "ClozeAnswer", "ConfirmPage", "EndPage", "HotspotAnswer",
    "InterruptedPage", "ItemPage", "JumpGrid", "MatchingAnswer", "MultipleResponseAnswer", "Navigation",
    "NumericAnswer", "OrderingAnswer", "PassagePanel", "PausedPage", "Refusals", "ReviewPage", "SaveIndicator",
    "ScoreReport", "ShortTextAnswer", "Shortcuts", "SingleChoiceAnswer", "TimerDisplay", "ToolBar", "ToolPanel",
    "TrueFalseAnswer", "WelcomePage", "WrittenAnswer", "ZoomControls", "ZoomableImage",
    "LockdownNotice", "LockdownController", "CoverWindow",
    "ItemTypes", "LetterRow", "ScientificCalculator", "HighlightedText", "StrikeOuts",
})


def install_translator(language: str, app: QCoreApplication | None = None) -> QTranslator:
    """Install the candidate screens' translator for a language code ('es', or 'en' for English,
    which then stays English whatever language the staff screens use)."""
    app = app or core_application()
    translator = ScopedTranslator(CANDIDATE_CONTEXTS, load_translation(language), app)
    app.installTranslator(translator)
    return translator


def install_candidate_translator(language: str) -> QTranslator:
    """The candidate's language, or English when this station has no translation for it: an
    exam in English beats no exam (check-in chose the language, so the proctor knows). English
    too is installed, so the staff screens' language never reaches the candidate's screen."""
    try:
        return install_translator(language)
    except ValueError:
        return install_translator(SOURCE_LANGUAGE)


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
