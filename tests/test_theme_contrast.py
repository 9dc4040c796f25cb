"""The theme's colours meet WCAG 2.x contrast: every text colour against each background it is
drawn on at least 4.5:1 in the standard theme (AA) and 7:1 in high contrast (AAA); the focus
ring at least 3:1 against the window (non-text contrast, WCAG 1.4.11). docs/look.md quotes
the ratios this test measures."""

from __future__ import annotations

import pytest

from app.ui.widgets.theme import HIGH_CONTRAST, STANDARD, Colours

# (text, background) pairs the style sheet actually draws. Error text is always drawn on its own
# background (in high contrast it is black on white, so it cannot sit on the black window).
TEXT_PAIRS = (("text", "window"), ("text", "surface"), ("button_text", "button"), ("accent_text", "accent"),
              ("muted", "window"), ("muted", "surface"), ("warning_text", "warning_back"),
              ("error_text", "error_back"), ("ok_text", "window"),
              ("ok_text", "surface"), ("accent", "surface"))


def luminance(colour: str) -> float:
    """WCAG relative luminance of #rrggbb."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ratios(colours: Colours) -> dict[tuple[str, str], float]:
    return {(fg, bg): round(contrast(getattr(colours, fg), getattr(colours, bg)), 2) for fg, bg in TEXT_PAIRS}


def test_the_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#123456", "#123456") == pytest.approx(1.0)


@pytest.mark.parametrize(("colours", "least"), [(STANDARD, 4.5), (HIGH_CONTRAST, 7.0)], ids=["standard", "high"])
def test_every_text_colour_reads_on_its_background(colours: Colours, least: float) -> None:
    low = {pair: ratio for pair, ratio in ratios(colours).items() if ratio < least}
    assert low == {}, low


@pytest.mark.parametrize("colours", [STANDARD, HIGH_CONTRAST], ids=["standard", "high"])
def test_the_focus_ring_stands_out(colours: Colours) -> None:
    assert contrast(colours.focus, colours.window) >= 3.0
    assert contrast(colours.focus, colours.surface) >= 3.0


if __name__ == "__main__":  # print the table docs/look.md quotes
    for name, colours in (("standard", STANDARD), ("high contrast", HIGH_CONTRAST)):
        for (fg, bg), ratio in ratios(colours).items():
            print(f"{name}: {fg} {getattr(colours, fg)} on {bg} {getattr(colours, bg)}: {ratio}:1")
        print(f"{name}: focus {colours.focus} on window: {contrast(colours.focus, colours.window):.2f}:1")
