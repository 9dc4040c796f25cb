"""Words used as values inside a refusal are in the staff's language too: a key holder's role
(body, center) inside a sentence, while the same role in a command stays as typed; and a
session's release state inside the score-letter refusal. Refusals raised by the real services,
read in Spanish."""

from __future__ import annotations

import pytest

from app.domain.errors import ExamStationError, role_words
from app.services.letters import session_letters
from app.services.simulate import simulate
from app.ui.widgets.error_words import error_words
from tests.conftest import MINI_EXAM, RELEASE_CODE, World


def test_a_role_inside_a_sentence_is_translated_and_in_a_command_it_is_not(qapp, world: World, spanish_staff) -> None:
    with pytest.raises(ExamStationError) as refused:
        world.body.keys.load("center")
    assert str(refused.value) == ("This home has no center keys. Run `examstation keys init --role center --name "
                                  "NAME` first.")
    assert error_words(refused.value) == ("Esta estación no tiene claves de centro. Primero ejecute `examstation keys "
                                          "init --role center --name NOMBRE`.")
    with pytest.raises(ExamStationError) as refused:   # the body's own identity given as a center's
        world.body.packages.build(MINI_EXAM, [world.body_file], world.root / "x.exampkg", RELEASE_CODE)
    assert str(refused.value).startswith("body.json is a body identity, not a center.")
    assert error_words(refused.value).startswith("body.json es una identidad de organismo certificador, no de un "
                                                 "centro."), error_words(refused.value)
    assert role_words("proctor") == "proctor"   # not a key holder's role: as it is


def test_the_release_state_inside_the_letter_refusal_is_translated(qapp, world: World, spanish_staff) -> None:
    session = simulate(world.center, world.package, RELEASE_CODE, 1, seed=3).session_id
    world.body.results.import_bundle(world.center.results.export(session, world.root))
    with pytest.raises(ExamStationError) as refused:
        session_letters(world.body.release, session, "Test Credential Body")
    assert "(not released)" in str(refused.value)
    shown = error_words(refused.value)
    assert "(sin publicar)" in shown and "released" not in shown, shown
