"""Incident kinds are named once (app/domain/incidents.py), and the proctor's incident dialog
has words for each kind a proctor records."""

from __future__ import annotations

from app.domain import incidents
from app.ui.proctor.action_dialogs import INCIDENT_NAMES


def test_the_incident_dialog_has_words_for_every_kind_a_proctor_records() -> None:
    assert set(INCIDENT_NAMES) == set(incidents.PROCTOR_KINDS)  # never a raw kind name on screen
    assert all(word and "_" not in word for word in INCIDENT_NAMES.values())


def test_kinds_are_distinct_words() -> None:
    kinds = incidents.LOCKDOWN_KINDS + incidents.PROCTOR_KINDS
    assert len(set(incidents.LOCKDOWN_KINDS)) == len(incidents.LOCKDOWN_KINDS)
    assert len(set(incidents.PROCTOR_KINDS)) == len(incidents.PROCTOR_KINDS)
    assert set(incidents.LOCKDOWN_KINDS) & set(incidents.PROCTOR_KINDS) == {incidents.FOCUS_LOST}  # both record it
    assert all(kind.isidentifier() and kind.islower() for kind in kinds)
