"""Errors in the staff's language: every error template raised in app/ is in the catalog and
translated to Spanish; an error's words are filled the same way in English as before and never
break a screen whatever its translation; and real screens, in Spanish, show real refusals in
Spanish (a wrong password and a locked account, a damaged package and a wrong release code, a
refused result bundle, a room that cannot open and a seat that no longer waits)."""

from __future__ import annotations

import errno
import importlib.util
import re
import shutil
import socket
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from app.domain.errors import ExamStationError, PackageRefused, SourceInvalid, fill, system_words, template
from app.ui.admin.results_window import ResultsWindow
from app.ui.main_window import MainWindow
from app.ui.widgets.error_words import error_words, template_words, words_text
from app.ui.widgets.translation import translations_dir
from tests.conftest import RELEASE_CODE, World
from tests.staff_ui import PROCTOR, add_staff, open_package, session_window, sign_in, staff_window

ROOT = Path(__file__).resolve().parents[1]
FIELD = re.compile(r"\{[^{}]*\}")


def _catalog_tool():
    spec = importlib.util.spec_from_file_location("error_catalog", ROOT / "build" / "tools" / "error_catalog.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["error_catalog"] = module   # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


CATALOG = _catalog_tool()


def _spanish_errors() -> dict[str, tuple[str, str | None]]:
    """Source → (Spanish, unfinished mark) for the "Errors" context of es.ts."""
    root = ET.parse(translations_dir() / "es.ts").getroot()
    return {m.findtext("source"): (m.findtext("translation") or "", m.find("translation").get("type"))
            for c in root.iter("context") if c.findtext("name") == "Errors" for m in c.iter("message")}


# -- the catalog ------------------------------------------------------------------------------

def test_every_error_template_raised_in_app_has_a_spanish_translation() -> None:
    """Fails when someone adds an error message without its Spanish (run
    build/tools/translations.py, then translate what it marks unfinished)."""
    spanish = _spanish_errors()
    wanted = CATALOG.templates()
    assert len(wanted) > 400
    missing = [t for t in wanted if t not in spanish or spanish[t][1] is not None or not spanish[t][0]]
    assert missing == []
    fields_differ = [t for t in wanted if sorted(FIELD.findall(t)) != sorted(FIELD.findall(spanish[t][0]))]
    assert fields_differ == []


def test_the_shipped_catalog_is_the_one_the_raise_sites_make() -> None:
    """build/error_templates.py (what lupdate reads) is current, and the compiled .qm answers
    for the errors (it was compiled after the last translation)."""
    assert (ROOT / "build" / "error_templates.py").read_text(encoding="utf-8") == CATALOG.catalog_text()
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "es.qm"))
    sample = "The package is damaged or has been altered ({detail})."
    assert translator.translate("Errors", sample) == _spanish_errors()[sample][0]


# Messages left as they are, on purpose: the name of a payload field that is missing (a technical
# detail inside "The bundle's results are malformed (...)", whose own words are translated).
FIELD_NAMES = {("app/formats/result_payload.py", "what")}


def test_no_error_message_is_built_where_its_words_cannot_be_looked_up() -> None:
    """An f-string or a variable as an error's message would stay English on every screen."""
    left = [f"{s.path}:{s.line}: {s.text}" for s in CATALOG.dynamic_sites() if (s.path, s.text) not in FIELD_NAMES]
    assert left == []


def test_the_collector_reads_raise_sites_without_importing_them(tmp_path: Path) -> None:
    (tmp_path / "app" / "cli").mkdir(parents=True)
    (tmp_path / "app" / "errors.py").write_text(
        "class ExamStationError(Exception):\n    def __init__(self, message, next_step='', **values): ...\n"
        "class Refused(ExamStationError): ...\n"
        "class Counted(Refused):\n"
        "    def __init__(self, n):\n        super().__init__('{n} things.', 'Count again.', n=n)\n"
        "ASK = 'Ask someone.'\n"
        "def f(x, kind):\n"
        "    raise Refused('Bad {x}.', ASK, x=x)\n"
        "def g(x, kind):\n"
        "    raise Refused(f'Bad {x}.')\n"
        "def h(kind):\n"
        "    raise Refused('PIN wrong.' if kind else 'Password wrong.', next_step=template('later'))\n"
        "def k():\n    raise Counted(3)\n", encoding="utf-8")
    (tmp_path / "app" / "cli" / "commands.py").write_text("raise Refused('Only for the terminal.')\n")
    assert CATALOG.templates(tmp_path) == sorted(
        ["{n} things.", "Count again.", "Bad {x}.", "Ask someone.", "PIN wrong.", "Password wrong.", "later"])
    assert [s.text for s in CATALOG.dynamic_sites(tmp_path)] == ["f'Bad {x}.'"]


# -- the words ---------------------------------------------------------------------------------

def test_the_english_line_is_what_the_command_line_always_printed() -> None:
    error = PackageRefused("The package {name} cannot be read ({why}).", "Check the file and the USB stick, then try again.",
                           name="mini.exampkg", why=system_words(OSError(errno.ENOSPC, "No space left on device")))
    assert str(error) == ("The package mini.exampkg cannot be read (No space left on device). Check the file "
                          "and the USB stick, then try again.")
    assert str(SourceInvalid(["a", "b", "c", "d"])) == ("The exam source has 4 problems: a; b; c; .... Fix them "
                                                       "(all are listed) and build again.")
    assert str(SourceInvalid(["a"])) == "The exam source has 1 problem: a. Fix them (all are listed) and build again."
    assert str(ExamStationError("Braces {kept} as written when there are no values.")) == \
        "Braces {kept} as written when there are no values."
    moved = ExamStationError.like(PackageRefused("Seat {seat} is taken.", "Choose another.", seat="S-1"))
    assert type(moved) is ExamStationError and str(moved) == "Seat S-1 is taken. Choose another."


class _AnyWords(QTranslator):
    """Translates every "Errors" text to what a test gives it (a translator's slip included)."""

    def __init__(self, words: dict[str, str]) -> None:
        super().__init__()
        self.words = words

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt's virtual
        return self.words.get(source) if context == "Errors" else None

    def isEmpty(self) -> bool:
        return False


NAMES = st.text(alphabet=string.ascii_lowercase + "_", min_size=1, max_size=8)
# Words as a person writes them: no control characters (Qt reads a text up to a NUL).
PLAIN = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="{}"), max_size=30)


@st.composite
def _templates(draw) -> tuple[str, list[str]]:
    names = draw(st.lists(NAMES, max_size=4))
    parts = [draw(PLAIN)]
    for name in names:
        parts += ["{" + name + draw(st.sampled_from(["", "!r", ":>3", ":g", "!s"])) + "}", draw(PLAIN)]
    text = "".join(parts)
    return (text if text else "Words."), names   # an error always says something


VALUES = st.one_of(st.integers(), st.floats(allow_nan=False), PLAIN, st.none())


@settings(max_examples=300, deadline=None)
@given(_templates(), _templates(), st.dictionaries(NAMES, VALUES, max_size=5), st.booleans())
def test_missing_or_extra_values_never_break_a_screen(qapp, english, translated, values, translate) -> None:
    """Whatever the values and the translation (fields it lacks, fields the code forgot, a
    format that does not fit), the screen shows a line: the translation filled in, else the
    English one, else the template as written; never an exception."""
    template_text, _names = english
    error = ExamStationError(template_text, "", **values)
    assert isinstance(str(error), str)
    translate = translate and bool(translated[0])   # lrelease never ships an empty translation
    translator = _AnyWords({template_text: translated[0]} if translate else {})
    QCoreApplication.installTranslator(translator)
    try:
        shown = error_words(error)
    finally:
        QCoreApplication.removeTranslator(translator)
    wanted = translated[0] if translate else template_text
    try:
        expected = wanted.format_map(values) if values else wanted
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        expected = fill(template_text, values)
    assert shown == expected


def test_nested_errors_and_known_details_are_translated_and_names_are_not(qapp, spanish_staff) -> None:
    inner = PackageRefused("The package expired on {end}.", end="2026-01-31")
    outer = ExamStationError("The credential is NOT valid: {problem}.", "", problem=inner)
    assert error_words(outer) == "La credencial NO es válida: El paquete caducó el 2026-01-31.."
    damaged = PackageRefused("The package is damaged or has been altered ({detail}).", detail=template("signature does not match"))
    assert error_words(damaged) == "El paquete está dañado o se ha alterado (la firma no coincide)."
    named = ExamStationError("There is no account '{username}'.", username="signature does not match")
    assert error_words(named) == "No existe la cuenta «signature does not match»."   # a name is not translated
    full = system_words(OSError(errno.ENOSPC, "No space left on device"))
    assert template_words("The package {name} cannot be read ({why}).", {"name": "a.exampkg", "why": full}) == \
        "No se puede leer el paquete a.exampkg (el disco está lleno)."
    blocker = template("Candidate {number}: {count} answer(s) still to be marked.", number="C1", count=2)
    assert blocker == "Candidate C1: 2 answer(s) still to be marked."   # the English a service always returned
    assert words_text(blocker) == "Candidato C1: 2 respuesta(s) aún por calificar."
    assert words_text("Candidate C1: 2 answer(s) still to be marked.") == "Candidate C1: 2 answer(s) still to be marked."
    other = system_words(OSError(errno.ELOOP, "Too many levels of symbolic links"))  # none of the common ones
    assert template_words("The package {name} cannot be read ({why}).", {"name": "a", "why": other}) == \
        "No se puede leer el paquete a (el sistema operativo no lo permitió)."


# -- real screens in Spanish -----------------------------------------------------------------------

def _spanish(text: str, *english: str) -> None:
    assert text and not any(words in text for words in english), text


@pytest.mark.staffed
def test_sign_in_refusals_are_in_spanish(qtbot, world: World, spanish_staff) -> None:
    add_staff(world.center)
    window = MainWindow(world.center)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, PROCTOR, "not-the-password")
    shown = window.sign_in.result_label.text()
    assert shown == ("El nombre de usuario o la contraseña no son correctos. Vuelva a intentarlo; tras 5 intentos "
                     "fallidos la cuenta se bloquea 15 minutos."), shown
    for _ in range(4):
        sign_in(qtbot, window, PROCTOR, "not-the-password")
    shown = window.sign_in.result_label.text()
    assert shown.startswith(f"La cuenta «{PROCTOR}» ha quedado bloqueada tras 5 intentos fallidos."), shown
    sign_in(qtbot, window, PROCTOR, "not-the-password")
    shown = window.sign_in.result_label.text()
    assert re.fullmatch(f"La cuenta «{PROCTOR}» está bloqueada tras varios intentos fallidos. Vuelva a intentarlo "
                        r"dentro de \d+ minuto\(s\), o pida ayuda a un administrador de la estación\.", shown), shown
    window.close()


@pytest.mark.staffed
def test_package_refusals_are_in_spanish(qtbot, world: World, spanish_staff) -> None:
    shutil.copyfile(world.package, world.center.home.packages_dir / "mini.exampkg")
    add_staff(world.center)
    window = staff_window(qtbot, world.center)
    open_package(qtbot, window, "WRONG-CODE")
    screen = window.start_screen
    assert screen.result_label.text() == ("El código de apertura no es correcto. Compruebe el código con el "
                                          "organismo certificador e introdúzcalo de nuevo."), screen.result_label.text()
    target = world.center.home.packages_dir / "mini.exampkg"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    screen.refresh_packages()
    details = screen.details.toPlainText()
    assert "El paquete está dañado o se ha alterado (la firma no coincide)." in details, details
    _spanish(details, "damaged", "Ask the credential body")
    window.close()


def test_a_refused_result_bundle_is_reported_in_spanish(qtbot, world: World, tmp_path: Path, spanish_staff) -> None:
    from app.services.simulate import simulate
    session = simulate(world.center, world.package, RELEASE_CODE, 2, seed=5).session_id
    bundle = world.center.results.export(session, tmp_path)
    forged = tmp_path / "forged.examresult"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    forged.write_bytes(bytes(data))
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.show()
    window.add_bundle(forged)
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_button.isEnabled() and window.progress.value() == 1, timeout=60000)
    log = window.log.toPlainText()
    line = next(t for t in log.splitlines() if t.startswith("forged.examresult: rechazado."))
    assert "El paquete de resultados está dañado o se ha alterado" in line, line
    _spanish(line, "damaged", "Ask the testing center")
    window.close()


def test_room_refusals_are_in_spanish(qtbot, world: World, spanish_staff) -> None:
    window, session = session_window(qtbot, world)
    panel = session.room
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:   # another program holds the port
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        port = busy.getsockname()[1]
        panel.port.setValue(port)
        panel.open_room()
        shown = panel.message.text()
    assert shown == (f"La sala no se abrió: La sala no puede escuchar en el puerto {port} (otro programa ya lo "
                     "está usando). Cierre el otro programa que lo usa, o elija otro puerto."), shown
    panel.port.setValue(port)   # free again now
    panel.open_room()
    assert panel.room is not None, panel.message.text()
    panel.decide("a-seat-that-gave-up", True)
    assert panel.message.text() == ("Ese puesto ya no está esperando para emparejarse. Pida en el puesto que "
                                    "vuelvan a empezar el emparejamiento."), panel.message.text()
    panel.close_room()
    window.close()
