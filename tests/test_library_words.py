"""Text that other code made (PyYAML, Python's re, the operating system, the room's protocol, the
record chains' checks, lockdown's records) reaches a Spanish screen as a Spanish sentence: the
Build screen's YAML and pattern problems, a file the system refused, a forged bundle on the
body's import screen, an altered audit log in the proctor's audit view, lockdown's incidents in
the release view and a seat's unreadable station message. Names (files, keys, programs) stay as
written; the library's own English is at most a technician's tooltip."""

from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.audit import AuditEntry, action_words, first_broken_session_link
from app.domain.errors import template
from app.services.simulate import simulate
from app.ui.admin.results_window import ResultsWindow
from app.ui.proctor.audit_view import AuditView
from app.ui.proctor.audit_words import _sentences
from app.ui.proctor.common import error_text
from app.ui.widgets.error_words import os_error_line, os_error_words, words_text
from tests.conftest import RELEASE_CODE, World
from tests.test_build_tab_words import _broken_source, _build, _problems
from tests import test_history_bundles as bundles
from tests.test_history_bundles import _changed_answer, _forge, _weak_and_strong

sat_template, sat = bundles.sat_template, bundles.sat   # the sat session those tests forge bundles from

# English that only a library's or a record's own sentence would bring (never a name)
ENGLISH = re.compile(r"\b(mapping|values|allowed|found|expected|token|missing|unterminated|subpattern|event|"
                     r"changed|inserted|entry|blocked|window|became|clipboard|removed|denied|such|file|"
                     r"directory|station|cannot|read)\b")


def _no_english(text: str, *names: str) -> None:
    rest = text
    for name in names:
        rest = rest.replace(name, "")
    assert text and not ENGLISH.search(rest), text


def test_yaml_and_pattern_problems_are_said_in_spanish_with_where(qtbot, world: World, tmp_path: Path,
                                                                  spanish_staff) -> None:
    source = _broken_source(tmp_path, [("title: Mini Exam for Tests\n", "title: Mini: Exam\n")])
    problems = _problems(_build(qtbot, world, source, tmp_path / "broken.exampkg"))
    assert problems == ["exam.yaml: no se puede leer: hay dos puntos en un lugar incorrecto: ponga entre comillas "
                        "el texto que contiene «: » (línea 3, columna 12)"], problems
    _no_english(problems[0], "exam.yaml")
    window = ResultsWindow(world.body)   # the same screen, rendered for a person to look at
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.build_tab.source_edit.setText(str(source))
    window.build_tab.result.setPlainText("\n".join(["No se creó nada. 1 problema(s) por corregir:", "",
                                                    *(f"• {p}" for p in problems)]))
    window.build_tab.grab().save(str(tmp_path / "build-yaml-es.png"))
    window.close()


@pytest.mark.parametrize("text, words", [
    ("a: b: c", "hay dos puntos en un lugar incorrecto"), ("a:\n\tb: 1", "se usa un tabulador para sangrar"),
    ('a: "x\nb', "unas comillas no están cerradas"), ("a:\n  b: 1\n c: 2", "la sangría no está alineada"),
    ("a: *x", "una referencia (* o &)"), ("[1, 2", "un corchete [ o una llave { no está cerrado")])
def test_each_common_yaml_problem_has_its_own_spanish_words(qapp, spanish_staff, text: str, words: str) -> None:
    from app.formats.exam_source import _first_line, parse_text
    with pytest.raises(Exception) as raised:
        parse_text(text)
    shown = words_text(template("{name}: cannot be read: {why}", name="x.yaml", why=_first_line(raised.value)))
    assert words in shown and "(línea " in shown, shown
    _no_english(shown, "x.yaml")


@pytest.mark.parametrize("pattern, words", [
    ("(a", "un paréntesis ( no está cerrado (en el carácter 1)"), ("a)", "un paréntesis ) no tiene ( antes"),
    ("[a", "un corchete [ no está cerrado"), ("a**", "no tiene nada delante que repetir"),
    ("\\q", "una barra invertida"), ("[z-a]", "va al revés"), ("a{2,1}", "el número mayor primero"),
    ("(?P<1>a)", "el nombre de un grupo")])
def test_a_bad_pattern_says_what_to_change_in_spanish(qapp, spanish_staff, pattern: str, words: str) -> None:
    from app.domain.item_types.short_text import _regex_words
    with pytest.raises(re.error) as raised:
        re.compile(pattern)
    shown = words_text(_regex_words(raised.value))
    assert shown.startswith("no es una expresión regular válida: ") and words in shown, shown
    _no_english(shown)


@pytest.mark.parametrize("number, words", [
    (errno.ENOENT, "el archivo o la carpeta no existe"), (errno.EACCES, "permiso denegado"),
    (errno.EPERM, "permiso denegado"), (errno.ENOSPC, "el disco está lleno"), (errno.EROFS, "solo lectura"),
    (errno.EIO, "la memoria USB"), (errno.EEXIST, "ya existe"), (errno.ENOTDIR, "no una carpeta"),
    (errno.EISDIR, "no un archivo"), (errno.ELOOP, "el sistema operativo no lo permitió")])
def test_every_common_system_refusal_is_one_spanish_phrase(qapp, spanish_staff, number: int, words: str) -> None:
    error = OSError(number, "English words from the C library", "/media/usb/results.csv")
    assert words in os_error_words(error), os_error_words(error)
    line = os_error_line(error)
    assert line.startswith("No se pudo usar /media/usb/results.csv: ") and line.endswith("vuelva a intentarlo."), line
    assert "English" not in line and "English" not in error_text(error)


def test_a_real_missing_file_and_a_read_only_folder_on_a_screen(qtbot, tmp_path: Path, spanish_staff) -> None:
    with pytest.raises(OSError) as missing:
        (tmp_path / "nowhere" / "roster.csv").read_text()
    assert error_text(missing.value) == (f"No se pudo usar {tmp_path / 'nowhere' / 'roster.csv'}: el archivo o la "
                                         "carpeta no existe. Compruebe el archivo, la carpeta y el disco, y vuelva "
                                         "a intentarlo.")


def test_a_forged_bundle_names_the_broken_event_in_spanish(qtbot, sat, tmp_path: Path, spanish_staff) -> None:
    world, session = sat
    (attempt, number), _strong, strong = _weak_and_strong(world, session)
    payload = world.center.results.session_payload(session)
    index = next(i for i, part in enumerate(payload["attempts"]) if part["id"] == attempt)
    payload["attempts"][index], seq = _changed_answer(payload["attempts"][index], strong)
    forged = _forge(world, payload, tmp_path / "forged.examresult")
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    window.add_bundle(forged)
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_button.isEnabled() and window.progress.value() == 1, timeout=60000)
    line = next(t for t in window.log.toPlainText().splitlines() if t.startswith("forged.examresult: rechazado."))
    assert f"el evento {seq} (respuesta) se modificó o se insertó" in line, line
    _no_english(line, "forged.examresult", attempt, number)
    window.log.parentWidget().grab().save(str(tmp_path / "import-forged-es.png"))
    window.close()


def test_an_altered_audit_log_is_reported_in_spanish_in_the_audit_view(qtbot, world: World, tmp_path: Path,
                                                                       spanish_staff) -> None:
    world.center.accounts.record("sim-proctor", "attempt.paused", "attempt-1", {"reason": "fire alarm"})
    world.center.accounts.record("sim-proctor", "attempt.resumed", "attempt-1")
    with sqlite3.connect(world.root / "center" / "station.db") as connection:
        last = connection.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        connection.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = ?", (last,))
    view = AuditView(world.center)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    shown = view.chain_label.text()
    assert shown.startswith(f"El registro de auditoría fue alterado (entrada {last}: su contenido se modificó)"), shown
    _no_english(shown)
    view.grab().save(str(tmp_path / "audit-es.png"))
    view.close()


def test_a_changed_session_entry_names_its_action_in_words(spanish_staff) -> None:
    """The session's own chain names the altered entry's action: words in Spanish, the stored
    name in English (the command line's refusals say "(checklist.signed)")."""
    entry = AuditEntry(1, "2026-12-02T10:00:00Z", "pat", "attempt.incident", "attempt-1")
    problem = first_broken_session_link("session-1", [(1, entry, "not-the-mac")], lambda *_: "the-mac")
    assert str(problem) == "audit entry 1 of the session (attempt.incident) was changed or inserted"
    shown = words_text(problem)
    assert "(incidente registrado)" in shown and "attempt." not in shown, shown
    _no_english(shown)
    every = {action_words(a).template for a in _sentences()}  # every action the log words has a name
    assert all(name and "." in name for name in every) and len(every) == len(_sentences())


def test_lockdown_incidents_read_in_spanish_in_the_release_view(qtbot, world: World, tmp_path: Path,
                                                                spanish_staff) -> None:
    session = simulate(world.center, world.package, RELEASE_CODE, 2, seed=5).session_id
    exam = world.center.packages.open(world.package, RELEASE_CODE).exam
    watched = world.center.delivery.attempts(session)[0].id
    live = world.center.delivery.observe(watched, exam)
    live.incident("key_blocked", "blocked key ctrl+P", by="lockdown", details={"key": "ctrl+P"})
    live.incident("focus_lost", "left the exam window (another program became active)", by="lockdown",
                  details={"reason": "application_inactive"})
    live.incident("clipboard_blocked", "something was put on the clipboard and removed", by="lockdown")
    bundle = world.center.results.export(session, tmp_path)
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    window.add_bundle(bundle)
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_button.isEnabled() and window.progress.value() == 1, timeout=60000)
    tab = window.release_tab
    window.centralWidget().setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.session_table.rowCount() == 1, timeout=60000)
    tab.select_session(0)
    qtbot.waitUntil(lambda: tab.review is not None and tab.attempt_table.rowCount() >= 1, timeout=60000)
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=60000)
    looks = " ".join(tab.attempt_table.item(r, 3).text() for r in range(tab.attempt_table.rowCount()))
    assert "la tecla ctrl+P" in looks and "otro programa pasó a primer plano" in looks, looks
    assert "se puso algo en el portapapeles y se quitó" in looks, looks
    _no_english(looks, "ctrl+P")
    tab.grab().save(str(tmp_path / "release-incidents-es.png"))
    from app.ui.widgets.tasks import background_work_pending
    qtbot.waitUntil(lambda: background_work_pending() == 0, timeout=60000)
    window.close()


def test_a_station_message_a_seat_cannot_read_is_worded_and_its_detail_kept(qapp, spanish_staff) -> None:
    """What the seat's and the tablet's connection line shows (`SeatLink.last_problem`) is words;
    the protocol's own English is only `last_detail`, the line's tooltip."""
    import inspect

    from app.room import seat_link, wire
    with pytest.raises(wire.BadMessage) as raised:
        wire.decode(b'{"type": "no such thing"}')
    assert "unknown message type" in str(raised.value)
    source = inspect.getsource(seat_link.SeatLink._keep_connected)
    assert "str(error)" in source and "({error})" not in source
    said = words_text(template("The station sent a message this computer cannot read. If it keeps happening, "
                               "check that the station and this computer run the same ExamStation version."))
    assert said.startswith("La estación envió un mensaje que este equipo no puede leer."), said
    _no_english(said, "ExamStation")


@pytest.mark.staffed
def test_a_roster_template_in_a_missing_folder_is_refused_in_spanish(qtbot, world: World, tmp_path: Path,
                                                                     spanish_staff) -> None:
    from tests.staff_ui import session_window
    window, session = session_window(qtbot, world)
    panel = session.check_in
    assert not panel.save_template(tmp_path / "missing" / "roster.csv")
    shown = panel.roster_message.text()
    assert "(el archivo o la carpeta no existe)" in shown, shown
    assert "No such file" in panel.roster_message.toolTip()   # the system's own words, for a technician
    _no_english(shown)
    assert not panel.import_roster(tmp_path / "nowhere.csv")
    assert "(el archivo o la carpeta no existe)" in panel.roster_message.text(), panel.roster_message.text()
    qtbot.waitUntil(lambda: panel.roster_message.height() >= panel.roster_message.heightForWidth(
        panel.roster_message.width()))   # laid out again for its longer line before it is rendered
    panel.window().grab().save(str(tmp_path / "check-in-es.png"))
    window.close()


@pytest.mark.parametrize("kind, details, words", [
    ("focus_lost", {"reason": "other_window"}, "otra ventana pasó a primer plano"),
    ("focus_returned", {"away_ms": 1200}, "fuera durante 2 s"),
    ("screen_added", {"screen": "HDMI-1 1920x1080+1920+0"}, "pantalla HDMI-1 1920x1080+1920+0"),
    ("extra_screens", {"covered": ["a"], "mirrored": ["b"]}, "pantallas adicionales al empezar: 2"),
    ("forbidden_process", {"programs": ["obs", "zoom"]}, "obs, zoom"),
    ("process_check_unavailable", {"description": "not checked on this OS (no /proc and no psutil)"},
     "este equipo no puede listar los programas en ejecución"),
    ("keyboard_not_grabbed", {}, "otro programa retiene el teclado"),
    ("exit_pin_wrong", {"proctor": "pat", "tries": 2}, "usuario pat"),
    ("disruption", {"description": "ruido en el pasillo"}, "ruido en el pasillo")])
def test_each_lockdown_note_is_worded_from_its_details(qapp, spanish_staff, kind: str, details: dict,
                                                       words: str) -> None:
    from app.domain.incidents import incident_note
    shown = words_text(incident_note(kind, {"description": "English words lockdown recorded", **details}
                                     if kind != "disruption" else details))
    assert shown == words or shown.startswith(words), shown
    assert "English" not in shown


SEAT_NOTES = [
    ({"note": "lockdown_refused", "reason": "another program holds the screen"},
     "No se pudo iniciar el bloqueo en este puesto: another program holds the screen"),
    ({"note": "seat_disk", "reason": "disk full"}, "Este puesto no puede guardar en su propio disco (disk full)"),
    ({"note": "came_back_after_move", "seat": "Seat 4", "count": 2},
     "El puesto Seat 4 volvió después de que su candidato cambiara de puesto; 2 acción(es)"),
    ({"note": "action_not_taken", "seat": "Seat 4", "reason": "The exam is paused."},
     "Una acción del puesto Seat 4 no se tomó: The exam is paused.")]


@pytest.mark.parametrize("details, words", SEAT_NOTES)
def test_a_seat_or_station_technical_incident_is_worded_from_its_note(qapp, spanish_staff, details: dict,
                                                                      words: str) -> None:
    from app.domain.incidents import incident_note
    shown = words_text(incident_note("technical", {"type": "technical", "description": "English record", **details}))
    assert shown.startswith(words), shown
    assert "English record" not in shown


@pytest.mark.parametrize("details", [
    {"note": "a newer seat's note", "reason": "x"}, {"note": "came_back_after_move", "seat": "Seat 4"},
    {"note": "action_not_taken", "seat": ["nested"], "reason": "x"}, {}])
def test_a_technical_incident_without_a_known_note_shows_its_description_as_written(details: dict) -> None:
    from app.domain.incidents import incident_note
    assert incident_note("technical", {"description": " The printer jammed. ", **details}) == "The printer jammed."


def test_a_technical_incident_writes_its_record_from_the_sentence_a_screen_translates() -> None:
    from app.domain.incidents import SEAT_DISK, incident_note, technical_incident
    made = technical_incident(SEAT_DISK, "seat", reason="x" * 5000)
    assert made["type"] == "technical" and made["by"] == "seat" and len(made["reason"]) == 600
    assert made["description"] == str(incident_note("technical", made))
    assert made["description"].startswith("This workstation cannot save on its own disk (xxx")
