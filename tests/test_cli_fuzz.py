"""Fuzzing the command line's file readers: whatever a file holds, a command ends with its
result or with one line naming the problem, never "unexpected error (X)".

Each test takes a real, valid input (identity file, key backup, exam source in YAML or JSON,
QTI package, signed package, attempt-move file, result bundle), breaks it the way damaged or
hostile files are broken (values spliced as raw JSON/YAML/XML text: 1e400, lone surrogates,
nesting deeper than any parser's recursion, huge numbers, unknown XML encodings, other
encodings; bytes cut, flipped or replaced) and runs the command on it.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.crypto.identity import RoleKeys
from app.formats.exam_content import exam_to_document
from app.formats.exam_source import load_exam_source
from app.formats.package_writer import PackageSpec, assemble_package
from app.cli.parser import build_parser
from app.main import guarded, main, run_command
from tests.conftest import MINI_EXAM, RELEASE_CODE, World
from tests.fuzz_helpers import value_paths

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
QTI_SAMPLES = Path(__file__).parent / "fixtures" / "qti"

# Raw JSON text spliced in place of one value.
DEEP_ARRAY, DEEP_OBJECT = "[" * 100_000 + "]" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000
HOSTILE_JSON = [
    "1e400", "-1e400", '"\\ud800"', '"x\\udfff"', '"\\udc80\\ud800"', "1" * 5000, "NaN", "Infinity", '"\\u0000"',
    DEEP_ARRAY, DEEP_OBJECT, "[" * 900 + "]" * 900, "null", "[]", "{}", '""', "true", "-0", "0.5", '"\\u202e"',
    '"' + "x" * 70_000 + '"', "18446744073709551617",
]
# Raw YAML text for a value (also used whole, as a file).
HOSTILE_YAML = [
    "1.0e400", "-.inf", ".nan", '"\\ud800"', '"\\udfff x"', "[" * 20_000 + "]" * 20_000,
    "{a: " * 5_000 + "1" + "}" * 5_000, "- " * 3_000 + "x", "!!python/object/apply:os.system ['true']",
    "!!binary AAAA", "*undefined", "&a [*a]", "1" * 5000, "0x" + "f" * 5000, "2001-13-45", "~", "!!set {a, b}",
    "\t- tab", "'unterminated", "\x00", "\ufeffx", "? [a, b]\n: c", "<<: *base",
]
HOSTILE_BYTES = [
    b"", b"\xff\xfe\x00\x00", "{}".encode("utf-16"), b"\xef\xbb\xbf{}", b"\x00" * 64, b"\x80abc", b"PK\x03\x04",
    b"\xed\xa0\x80", b"\xc0\xaf",
]
# An XML declaration or prologue spliced at the top of a QTI file.
HOSTILE_XML_PROLOGUE = [
    '<?xml version="1.0" encoding="x-klingon"?>', '<?xml version="1.0" encoding="utf-32"?>',
    '<?xml version="1.0" encoding="utf-16"?>', '<?xml version="1.0" encoding="ebcdic-cp-us"?>',
    '<?xml version="1.0" encoding="latin-1"?>', '<?xml version="2.0"?>', '<?xml version="1.0" encoding=""?>',
    '<?xml version="1.0" encoding="bogus\x00"?>',
]


def assert_clean(status: int, err: str) -> None:
    """Done, or refused in one line (a source's problems may follow as "  - " lines)."""
    assert status in (0, 1), err
    assert "unexpected error" not in err and "Traceback" not in err, err[-400:]
    if status == 1:
        first, *rest = err.rstrip("\n").splitlines()
        assert first.startswith("examstation: ") and len(first) < 2000, err
        assert all(line.startswith("  - ") for line in rest), err


def run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    if "unexpected error" in err:  # say where, in a few lines, for whoever reads the failure
        err += _where(lambda: main(["--debug", *map(str, args)]))
    return status, out, err


def _where(action) -> str:
    import traceback
    try:
        action()
    except BaseException as error:  # noqa: BLE001 - reporting only
        frames = traceback.extract_tb(error.__traceback__)[-4:]
        return f"{type(error).__name__}: {str(error)[:120]!r} at " + " < ".join(
            f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames))
    return ""


def guarded_command(capsys, services, *argv) -> tuple[int, str]:
    """A command run as `main` runs it, on services whose keys are already unlocked."""
    args = build_parser().parse_args([str(a) for a in argv])
    capsys.readouterr()
    status = guarded(args, lambda: run_command(services, args))
    err = capsys.readouterr().err
    if "unexpected error" in err:
        args.debug = True
        err += _where(lambda: guarded(args, lambda: run_command(services, args)))
    return status, err


def _paths(value) -> list[tuple]:
    return list(value_paths(value, max_items=3))


MARK = "@@HOSTILE@@"


def splice(document, path: tuple, fragment: str) -> str:
    """The document as JSON text with the value at `path` replaced by raw `fragment` text."""
    if not path:
        return fragment
    copy = json.loads(json.dumps(document))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = MARK
    return json.dumps(copy).replace(json.dumps(MARK), fragment)


def damaged(data: st.DataObject, text: bytes) -> bytes:
    """The bytes cut short, with a byte flipped, or replaced by hostile bytes."""
    how = data.draw(st.sampled_from(["cut", "flip", "replace"]))
    if how == "cut":
        return text[:data.draw(st.integers(0, max(0, len(text) - 1)))]
    if how == "flip":
        at = data.draw(st.integers(0, len(text) - 1))
        return text[:at] + bytes([text[at] ^ data.draw(st.integers(1, 255))]) + text[at + 1:]
    return data.draw(st.sampled_from(HOSTILE_BYTES))


def hostile_json_file(data: st.DataObject, document) -> bytes:
    if data.draw(st.integers(0, 4)) == 0:
        return damaged(data, json.dumps(document).encode())
    path = data.draw(st.sampled_from(_paths(document)))
    return splice(document, path, data.draw(st.sampled_from(HOSTILE_JSON))).encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------- keys trust
@pytest.fixture(scope="module")
def identity_document(shared_world: World) -> dict:
    return json.loads(shared_world.body_file.read_text())


@settings(max_examples=120, **SETTINGS)
@given(data=st.data())
@example(data=None)
def test_keys_trust_names_the_problem(identity_document, tmp_path_factory, capsys, data) -> None:
    folder = tmp_path_factory.mktemp("trust")
    if data is None:  # a valid identity whose name is a lone surrogate: it used to crash the print
        content = splice(identity_document, ("name",), '"\\ud800 body"').encode()
    else:
        content = hostile_json_file(data, identity_document)
    (folder / "id.json").write_bytes(content)
    status, _, err = run(capsys, "--home", folder / "home", "keys", "trust", folder / "id.json")
    assert_clean(status, err)


# --------------------------------------------------------------------------- keys restore
@pytest.fixture(scope="module")
def backup_document(shared_world: World, tmp_path_factory) -> dict:
    target = tmp_path_factory.mktemp("backup") / "center.backup.json"
    shared_world.center.keys.backup("center", target, "fuzz backup phrase")
    return json.loads(target.read_text())


@settings(max_examples=40, **SETTINGS)
@given(data=st.data())
def test_keys_restore_names_the_problem(backup_document, tmp_path_factory, capsys, monkeypatch, data) -> None:
    monkeypatch.setenv("EXAMSTATION_BACKUP_PASSPHRASE", "fuzz backup phrase")
    folder = tmp_path_factory.mktemp("restore")
    (folder / "backup.json").write_bytes(hostile_json_file(data, backup_document))
    status, _, err = run(capsys, "--home", folder / "home", "keys", "restore", folder / "backup.json",
                         "--store", "file")
    assert_clean(status, err)


# --------------------------------------------------------------------------- exam sources
@pytest.mark.slow
@settings(max_examples=80, **SETTINGS)
@given(data=st.data())
@example(data=None)
def test_package_validate_names_the_problem_in_a_yaml_source(tmp_path_factory, capsys, data) -> None:
    source = tmp_path_factory.mktemp("yaml") / "src"
    shutil.copytree(MINI_EXAM, source)
    target = source / "exam.yaml"
    if data is None:  # nesting deeper than the YAML parser's recursion
        target.write_text("title: " + "[" * 20_000 + "]" * 20_000 + "\n")
    else:
        target = data.draw(st.sampled_from(sorted(source.rglob("*.yaml"))))
        lines = target.read_text(encoding="utf-8").splitlines()
        how = data.draw(st.sampled_from(["value", "whole", "bytes"]))
        if how == "bytes":
            target.write_bytes(damaged(data, target.read_bytes()))
        elif how == "whole":
            target.write_text(data.draw(st.sampled_from(HOSTILE_YAML)), encoding="utf-8", errors="surrogatepass")
        else:
            keyed = [i for i, line in enumerate(lines) if re.match(r"^\s*(- )?[a-z_]+: ", line)]
            at = data.draw(st.sampled_from(keyed))
            key = lines[at].split(": ", 1)[0]
            lines[at] = f"{key}: {data.draw(st.sampled_from(HOSTILE_YAML))}"
            target.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    status, _, err = run(capsys, "package", "validate", source)
    assert_clean(status, err)


@settings(max_examples=60, **SETTINGS)
@given(data=st.data())
@example(data=None)
def test_package_validate_names_the_problem_in_a_json_source(tmp_path_factory, capsys, data) -> None:
    source = tmp_path_factory.mktemp("json") / "src"
    shutil.copytree(MINI_EXAM, source)
    document = exam_to_document(load_exam_source(MINI_EXAM))
    main_doc = {k: v for k, v in document.items() if k not in ("items", "checklists")}
    (source / "exam.yaml").unlink()
    for folder in ("items", "checklists"):
        shutil.rmtree(source / folder)
        (source / folder).mkdir()
    (source / "items" / "all.json").write_text(json.dumps({"items": document["items"]}))
    (source / "checklists" / "c.json").write_text(json.dumps(document["checklists"][0]))
    text = splice(main_doc, ("title",), "1e400").encode() if data is None else hostile_json_file(data, main_doc)
    (source / "exam.json").write_bytes(text)
    status, _, err = run(capsys, "package", "validate", source)
    assert_clean(status, err)


@settings(max_examples=50, **SETTINGS)
@given(data=st.data())
@example(data=None)
def test_package_validate_names_the_problem_in_a_qti_package(tmp_path_factory, capsys, data) -> None:
    work = tmp_path_factory.mktemp("qti") / "p"
    shutil.copytree(QTI_SAMPLES / "v2", work)
    target = work / "imsmanifest.xml"
    if data is None:  # an encoding Python does not know
        body = target.read_bytes().split(b"?>", 1)[-1]
        target.write_bytes(HOSTILE_XML_PROLOGUE[0].encode() + body)
    else:
        target = data.draw(st.sampled_from(sorted(work.rglob("*.xml"))))
        text = target.read_bytes()
        how = data.draw(st.sampled_from(["prologue", "deep", "bytes", "entity"]))
        body = text.split(b"?>", 1)[-1] if text.startswith(b"<?xml") else text
        if how == "prologue":
            target.write_bytes(data.draw(st.sampled_from(HOSTILE_XML_PROLOGUE)).encode("utf-8", "surrogatepass") + body)
        elif how == "deep":
            depth = data.draw(st.sampled_from([500, 5_000, 200_000]))
            cut = body.rfind(b"</")
            target.write_bytes(body[:cut] + b"<div>" * depth + b"</div>" * depth + body[cut:])
        elif how == "entity":
            target.write_bytes(body.replace(b">", b">&#xD800;&#1114112;&#0;", 2))
        else:
            target.write_bytes(damaged(data, text))
    status, _, err = run(capsys, "package", "validate", work, "--companion", QTI_SAMPLES / "companion.yaml")
    assert_clean(status, err)


# --------------------------------------------------------------------------- packages
def _signed_package(signer: RoleKeys, recipients, exam_summary: dict, content: bytes) -> bytes:
    spec = PackageSpec(exam=None, media={}, signer=signer, recipients=recipients,  # type: ignore[arg-type]
                       created=datetime.now(timezone.utc))
    return assemble_package(spec, exam_summary, [("content", content)])


@settings(max_examples=60, **SETTINGS)
@given(data=st.data())
@example(data=None)
def test_package_inspect_names_the_problem(tmp_path_factory, capsys, data) -> None:
    """Any signer can sign any manifest: inspect shows it, or names what is wrong."""
    summary = {"id": "x", "title": "T", "forms": [{"id": "A", "items": 3}]}
    if data is None:
        summary["title"] = json.loads("[" * 900 + "]" * 900)  # deeper than printing it used to manage
    else:
        path = data.draw(st.sampled_from(_paths(summary)[1:]))
        try:
            summary = json.loads(splice(summary, path, data.draw(st.sampled_from(HOSTILE_JSON))))
        except (ValueError, RecursionError):
            pass  # not even Python's json reads it: sign the plain summary
    rogue = RoleKeys.generate("body", "Rogue")
    package = tmp_path_factory.mktemp("inspect") / "p.exampkg"
    try:
        package.write_bytes(_signed_package(rogue, [], summary, b"{}"))
    except (ValueError, RecursionError):  # no writer can sign that manifest: damage a signed one
        package.write_bytes(damaged(data, _signed_package(rogue, [], {"id": "x"}, b"{}")))
    status, _, err = run(capsys, "package", "inspect", package)
    assert_clean(status, err)


@pytest.fixture(scope="module")
def trusted(shared_world: World):
    """The center's services with its keys unlocked once (each CLI run would stretch them again)."""
    center = shared_world.center
    center.keys.load("center")
    return shared_world.body.keys.load("body"), center


@settings(max_examples=60, **SETTINGS)
@given(data=st.data())
@example(data=None)
def test_package_verify_names_the_problem_in_content_from_a_trusted_body(trusted, tmp_path_factory, capsys, data) -> None:
    """Even content signed by the trusted body (a buggy or hostile build) is refused in one line."""
    body, center = trusted
    document = exam_to_document(load_exam_source(MINI_EXAM))
    if data is None:
        content = splice({"exam": document, "media": {}}, ("exam", "title"), DEEP_ARRAY).encode()
    else:
        content = hostile_json_file(data, {"exam": document, "media": {}})
    package = tmp_path_factory.mktemp("verify") / "p.exampkg"
    package.write_bytes(_signed_package(body, [center.keys.identity("center")], {"id": "x"}, content))
    status, err = guarded_command(capsys, center, "package", "verify", package)
    assert_clean(status, err)


# --------------------------------------------------------------------------- attempt-move files
@pytest.fixture(scope="module")
def move_file(trusted, tmp_path_factory) -> dict:
    from app.domain.accommodations import Accommodations
    _body, center = trusted
    world_package = Path(center.home.root).parent / "mini.exampkg"
    opened = center.packages.open(world_package, RELEASE_CODE)
    center.station.remember(opened)
    session = center.delivery.start_session(opened.package_id, opened.exam)
    candidate = center.delivery.check_in(session, "F-1", "Fuzz Candidate", Accommodations())
    attempt = center.delivery.create_attempt(session, candidate, opened.exam, Accommodations())
    target = tmp_path_factory.mktemp("move") / "move.json"
    center.transfer.export(attempt, opened.exam, target, "pat", to_station="D0SD-80DH-E4Y5")
    return {"document": json.loads(target.read_text()), "package": world_package}


@settings(max_examples=60, **SETTINGS)
@given(data=st.data())
def test_attempt_import_names_the_problem(trusted, move_file, tmp_path_factory, capsys, data) -> None:
    _body, center = trusted
    target = tmp_path_factory.mktemp("import") / "move.json"
    target.write_bytes(hostile_json_file(data, move_file["document"]))
    status, err = guarded_command(capsys, center, "attempt", "import", target, "--package", move_file["package"],
                                  "--release-code", RELEASE_CODE)
    assert_clean(status, err)
    assert status == 1


# --------------------------------------------------------------------------- result bundles
def _bundle_variant(original: bytes, mutate) -> bytes:
    source, out = zipfile.ZipFile(io.BytesIO(original)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = mutate(info.filename, source.read(info))
            if content is not None:
                archive.writestr(info.filename, content)
    return out.getvalue()


@pytest.fixture(scope="module")
def bundle_bytes() -> bytes:
    from app.formats.result_bundle import build_bundle
    return build_bundle({"fuzz": 1}, RoleKeys.generate("center", "Fuzz Station"),
                        RoleKeys.generate("body", "Fuzz Body").identity, {"Source-Organization": "Fuzz"})


BUNDLE_DAMAGE = {
    "no tag manifest": lambda n, c: None if n.endswith("tagmanifest-sha256.txt") else c,
    "bagit.txt not UTF-8": lambda n, c: b"BagIt-Version: 1.0\nTag-File-Character-Encoding: \xff\n"
                                        if n.endswith("bagit.txt") else c,
    "bag-info not UTF-8": lambda n, c: c + b"X: \xff\n" if n.endswith("bag-info.txt") else c,
    "manifest not UTF-8": lambda n, c: c + b"\xff  data/x\n" if n.endswith("/manifest-sha256.txt") else c,
    "deep signature JSON": lambda n, c: DEEP_ARRAY.encode() if n.endswith("examstation-signature.json") else c,
}


@settings(max_examples=40, **SETTINGS)
@given(data=st.data())
@example(data="no tag manifest")
@example(data="bagit.txt not UTF-8")
@example(data="compressed data")
def test_results_verify_names_the_problem(bundle_bytes, tmp_path_factory, capsys, data) -> None:
    if data == "compressed data":  # a flipped byte inside the first member's deflate stream
        changed = bytearray(bundle_bytes)
        changed[60] ^= 0xFF
        content = bytes(changed)
    elif isinstance(data, str):
        content = _bundle_variant(bundle_bytes, BUNDLE_DAMAGE[data])
    elif data.draw(st.booleans()):
        content = _bundle_variant(bundle_bytes, BUNDLE_DAMAGE[data.draw(st.sampled_from(sorted(BUNDLE_DAMAGE)))])
    else:
        content = damaged(data, bundle_bytes)
    bundle = tmp_path_factory.mktemp("bundle") / "b.examresult"
    bundle.write_bytes(content)
    status, _, err = run(capsys, "--home", bundle.parent / "home", "results", "verify", bundle)
    assert_clean(status, err)
