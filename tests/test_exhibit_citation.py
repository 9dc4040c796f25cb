"""A question opens the exhibits at the one its text cites."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.exam import Exhibit
from app.domain.exhibit_citation import cited_exhibit

EXHIBITS = (Exhibit("torque-table", "Exhibit 1: Terminal torque table", "media/t.png"),
            Exhibit("module-datasheet", "Exhibit 2: Battery module datasheet", "media/m.png"),
            Exhibit("wiring", "Wiring diagram", "media/w.png"))


def test_a_question_cites_an_exhibit_by_label_title_or_id() -> None:
    assert cited_exhibit("Use Exhibit 2 (battery module datasheet). A system has 4 modules", EXHIBITS) == 1
    assert cited_exhibit("Using exhibit 1, what torque?", EXHIBITS) == 0
    assert cited_exhibit("In the wiring diagram, which fuse…", EXHIBITS) == 2
    assert cited_exhibit("See module-datasheet.", EXHIBITS) == 1
    assert cited_exhibit("Compare Exhibit 2 with Exhibit 1.", EXHIBITS) == 1   # the first one named


def test_a_question_that_names_no_exhibit_cites_none() -> None:
    assert cited_exhibit("What is the nominal voltage?", EXHIBITS) is None
    assert cited_exhibit("See Exhibit 12 and Exhibit 21.", EXHIBITS) is None   # not Exhibit 1 or 2
    assert cited_exhibit("Exhibit 2", ()) is None


@given(st.text(max_size=200))
def test_any_text_gives_an_exhibit_or_none(text: str) -> None:
    found = cited_exhibit(text, EXHIBITS)
    assert found is None or 0 <= found < len(EXHIBITS)
