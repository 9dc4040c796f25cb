"""The staff screens' language: `examstation --language es`, else EXAMSTATION_LANGUAGE, else
the system's locale; English when the station has no translation for it.

The staff translator is installed once, when the application starts, for every context; a
candidate's window installs its own on top for the candidate screens only
(app/ui/candidate/i18n.py), so each candidate keeps the language chosen at check-in."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.ui.widgets.translation import SOURCE_LANGUAGE, available_languages, language_code, load_translation

LANGUAGE_ENV = "EXAMSTATION_LANGUAGE"  # also reaches the seat programs a station starts


def staff_language(requested: str | None = None) -> str:
    """The language code to use: the one asked for, else the environment's, else the system's."""
    asked = requested or os.environ.get(LANGUAGE_ENV) or QLocale.system().name()
    code = language_code(asked)
    if code in available_languages():
        return code
    if requested or os.environ.get(LANGUAGE_ENV):  # asked for by name: say why it is English
        print(f"examstation: no translation for the language '{code}'; the screens are in English "
              f"(available: {', '.join(available_languages())}).", file=sys.stderr)
    return SOURCE_LANGUAGE


def install_staff_translator(app: QCoreApplication, requested: str | None = None) -> QTranslator | None:
    """Install the staff screens' translation on the application; None when they stay English.

    Qt's own texts (a dialog's Cancel button, a file dialog) come from Qt's qtbase file for the
    language, loaded first when Qt ships one; ours is asked before it."""
    language = staff_language(requested)
    translator = load_translation(language, app)
    if translator is not None:
        qt_own = QTranslator(translator)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
        app.installTranslator(translator)
    return translator


def remove_staff_translator(translator: QTranslator | None) -> None:
    """Take the staff translation (and Qt's own, its child) off the application."""
    if translator is None:
        return
    for child in translator.findChildren(QTranslator):
        QCoreApplication.removeTranslator(child)
    QCoreApplication.removeTranslator(translator)
