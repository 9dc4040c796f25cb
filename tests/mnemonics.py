"""Alt+letter mnemonics a window offers at one time: the buttons, buddied labels, group boxes
and tabs a person can see. Two of them on the same letter make Alt+letter jump between them
instead of doing what it says, so a window must not have any."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget


def letter(text: str) -> str | None:
    """The mnemonic of `text`: the character after a single '&' ('&&' is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def _texts(window: QWidget) -> list[str]:
    def shown(widget: QWidget) -> bool:
        return widget is window or widget.isVisibleTo(window)

    texts = [b.text() for b in window.findChildren(QAbstractButton) if shown(b)]
    texts += [lab.text() for lab in window.findChildren(QLabel) if lab.buddy() is not None and shown(lab)]
    texts += [g.title() for g in window.findChildren(QGroupBox) if shown(g)]
    for bar in window.findChildren(QTabBar):
        if shown(bar):
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    return texts


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters two or more visible controls of `window` claim, with their texts."""
    claims: dict[str, list[str]] = defaultdict(list)
    for text in _texts(window):
        key = letter(text)
        if key is not None:
            claims[key].append(text.replace("&", ""))
    return {key: texts for key, texts in claims.items() if len(texts) > 1}
