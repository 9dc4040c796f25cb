"""The evaluator tablet in Spanish: a reason the station sends (a wrong PIN, a locked account,
a sign-in that ended) comes as its words beside the English, and the tablet shows it in the
evaluator's language; a station that sends only English text (an older one) is still shown;
and whatever words arrive on the link, the tablet shows text, never fails."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from app.room import wire
from app.services.tablet import REFUSED, station_reason
from app.ui.widgets.error_words import words_text
from tests.test_room_wire import JSONISH
from tests.test_tablet_screen import send_sign_in, tablet_window

ENGLISH = ("PIN", "wrong", "Try again", "sign", "Sign", "account", "station")


def _no_english(text: str) -> None:
    """PIN is the same word in Spanish; the rest would be English left over."""
    assert text and not any(words in text.replace("PIN", "") for words in ENGLISH if words != "PIN"), text


def test_the_stations_refusals_read_in_spanish_on_the_tablet(qtbot, open_room_with_staff, tablet, tmp_path,
                                                             spanish_staff) -> None:
    machine, _ = tablet
    window = tablet_window(qtbot, machine)
    sign_in = window.sign_in_page
    send_sign_in(qtbot, window, "eve", "1357")
    qtbot.waitUntil(lambda: not window.session.signing_in and bool(sign_in.message.text())
                    and not sign_in.message.text().startswith("Comprobando"), timeout=10000)
    refused = sign_in.message.text()
    assert refused.startswith("El nombre de usuario o el PIN no son correctos."), refused
    _no_english(refused)
    window.grab().save(str(tmp_path / "tablet-wrong-pin-es.png"))

    send_sign_in(qtbot, window, "eve", "2468")
    listing = window.candidates_page
    qtbot.waitUntil(lambda: listing.score_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(listing.score_button, Qt.MouseButton.LeftButton)
    for row in window.form.rows:
        qtbot.keyClick(row, Qt.Key.Key_D)
    qtbot.keyClicks(window.sign_off_bar.pin_edit, "9999")   # signing off checks the PIN again
    qtbot.keyClick(window.sign_off_bar.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.state == REFUSED for e in window.session.signed.values()), timeout=10000)
    qtbot.waitUntil(lambda: "PIN" in window.marking_message.text(), timeout=10000)
    refused = window.marking_message.text()
    assert refused.startswith("El PIN del evaluador no es correcto"), refused
    _no_english(refused)
    window.grab().save(str(tmp_path / "tablet-sign-off-refused-es.png"))
    window.shutdown()


def _through_the_link(message: dict) -> dict:
    """The message as the tablet reads it: framed, then its body decoded and checked."""
    return wire.decode(wire.encode(message)[wire.HEADER.size:])


def test_an_older_stations_english_text_is_shown_as_it_came(qapp, tablet, spanish_staff) -> None:
    machine, _ = tablet
    session = machine.connect()   # not started: the messages are handed to it as the link would
    session._signed_out(_through_the_link({"type": "signed_out", "reason": "Your sign-in has ended."}))
    assert words_text(session.sign_in_problem) == "Your sign-in has ended."
    newer = {"type": "signed_out", "reason": "Your sign-in on this tablet has ended. Sign in again with your PIN.",
             "words": {"template": "Your sign-in on this tablet has ended. Sign in again with your PIN.", "values": {}}}
    session._signed_out(_through_the_link(newer))
    assert words_text(session.sign_in_problem) == ("Su sesión en esta tableta ha terminado. Vuelva a iniciar sesión "
                                                   "con su PIN.")
    session.stop()


WORDS = st.one_of(JSONISH, st.fixed_dictionaries({
    "template": st.text(max_size=30) | st.sampled_from(["{a}", "{a.__class__}", "{a:{b}}", "{0}", "{a!r:>9}"]) | JSONISH,
    "values": st.dictionaries(st.sampled_from(["a", "b", "0", "a b"]) | st.text(max_size=8), JSONISH, max_size=3)
    | JSONISH}))


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(max_size=40))
def test_any_words_a_station_sends_are_shown_as_text(qapp, words, reason) -> None:
    """A damaged or hostile "words" is refused by the wire's schema (not an object) or shown as
    text: the English reason when it is not words the tablet can read."""
    message = {"type": "signed_out", "reason": reason, "words": words}
    try:
        checked = _through_the_link(message)
    except (wire.BadMessage, ValueError):   # no JSON the link carries (infinity, a lone surrogate), or not words
        return
    shown = words_text(station_reason(checked))
    assert isinstance(shown, str) and (shown == reason or isinstance(words, dict))
    assert "<class" not in shown and "<built-in" not in shown   # a field never reaches into a value
