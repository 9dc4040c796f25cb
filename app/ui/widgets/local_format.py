"""Numbers and dates as the reader's language writes them: 81.82 and 2 December 2026 in
English, 81,82 and 2 de diciembre de 2026 in Spanish.

Which locale goes with a screen's words is itself a translation: each printed document asks
its own context for the locale name, `translate("ScoreLetter", "en_GB", "locale")` (the
disambiguation "locale" tells translators what it is; the Spanish translation answers "es_ES"). So the numbers always follow the translator that chose
the words: the staff's for the body's reports and letters, the candidate's for their score
report, even when both live on one station in different languages."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

class LocalFormat:
    """Numbers and dates in one locale. No group separator: 1234 reads the same in both
    languages, where "1.234" would be a thousand to a Spanish reader and a fraction to others."""

    def __init__(self, locale_name: str) -> None:
        self.locale = QLocale(locale_name)
        self.locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)

    def number(self, value: float, decimals: int | None = None) -> str:
        """`decimals` fixed, or (None) as many as the value has, up to 12 significant digits."""
        if isinstance(value, float) and not math.isfinite(value):
            return str(value)
        if decimals is None:
            return self.locale.toString(float(value), "g", 12)
        return self.locale.toString(float(value), "f", decimals)

    def percent(self, fraction: float, decimals: int = 0) -> str:
        """A fraction 0..1 as a percentage with a space before the sign ("85 %"), as the screens write
        it; a no-break space, so that a line never starts with the sign."""
        return f"{self.number(fraction * 100, decimals)}\u00a0%"

    def date(self, when: datetime, pattern: str) -> str:
        """`when` in a Qt date pattern ("d MMMM yyyy"), month names in the locale's language."""
        moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second))
        return self.locale.toString(moment, pattern)
