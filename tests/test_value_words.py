"""Words used as values inside a refusal are in the staff's language too: a key holder's role
(body, center) inside a sentence, while the same role in a command stays as typed; and a
session's release state inside the score-letter refusal. Refusals raised by the real services,
read in Spanish."""

from __future__ import annotations

import json

import pytest

from app.crypto.identity import IDENTITY_FORMAT
from app.domain.errors import ExamStationError, role_words
from app.services.credential_check import verify_file
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


def test_a_mistyped_station_address_and_a_malformed_identity_file_are_refused_in_spanish(
        qapp, world: World, spanish_staff) -> None:
    with pytest.raises(ExamStationError) as refused:
        world.center.seat.pair("station-a", lambda *_: None)
    assert str(refused.value).startswith("The station address is not valid: 'station-a' is not an address like "
                                         "192.168.1.20:")
    shown = error_words(refused.value)
    assert shown.startswith("La dirección de la estación no es válida: «station-a» no es una dirección como "
                            "192.168.1.20:"), shown
    assert "address" not in shown
    damaged = world.root / "damaged.json"
    damaged.write_text(json.dumps({"format": IDENTITY_FORMAT, "name": "Center Two"}), encoding="utf-8")
    with pytest.raises(ExamStationError) as refused:
        world.body.keys.trust(damaged)
    assert error_words(refused.value) == ("El archivo de identidad no tiene la forma correcta (le falta el campo "
                                          "role). Pida a quien lo envió que lo exporte de nuevo."), \
        error_words(refused.value)


def test_a_credential_file_that_is_not_json_is_refused_in_spanish(qapp, tmp_path, spanish_staff) -> None:
    """The strict JSON reader words its problem, so the refusal has no English inside."""
    twice = tmp_path / "twice.json"
    twice.write_text('{"type": 1, "type": 2}', encoding="utf-8")
    with pytest.raises(ExamStationError) as refused:
        verify_file(twice, [])
    assert str(refused.value) == f"{twice} is not a credential file: the key 'type' appears twice in one object. " \
                                 "Check the file."
    assert error_words(refused.value).startswith(f"{twice} no es un archivo de credencial: la clave «type» aparece "
                                                 "dos veces en un mismo objeto."), error_words(refused.value)
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\xff{")
    with pytest.raises(ExamStationError) as refused:
        verify_file(broken, [])
    assert "no es texto UTF-8" in error_words(refused.value), error_words(refused.value)


def test_a_refusal_about_a_running_attempt_names_its_state_in_spanish(qapp, spanish_staff) -> None:
    from app.domain.attempt import IN_PROGRESS, AttemptRefused, AttemptState, check_allowed
    state = AttemptState()
    state.state = IN_PROGRESS
    with pytest.raises(AttemptRefused) as refused:
        check_allowed(state, "started")   # a second start
    assert str(refused.value) == "The attempt is in progress. Ask the proctor."
    assert error_words(refused.value) == "El intento ya está en curso. Pregunte al supervisor."
