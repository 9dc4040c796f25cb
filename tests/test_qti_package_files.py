"""A package folder's files are opened without asking first whether each is a link (O_NOFOLLOW
refuses one, and only then is it resolved): a link inside the package is still read, a link
out of it still refused, and a missing file is still missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.domain.errors import SourceInvalid
from app.formats.qti.importer import import_qti
from app.formats.qti import package as package_module
from app.formats.qti.package import QtiPackage

QTI = Path(__file__).parent / "fixtures" / "qti"
COMPANION = QTI / "companion.yaml"


@pytest.fixture(autouse=True, params=["no-follow", "stat-first"])
def opening(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test both ways: with O_NOFOLLOW, and as on Windows, which has none (a stat first)."""
    if request.param == "stat-first":
        monkeypatch.setattr(package_module, "NO_FOLLOW", None)


def test_a_link_to_a_file_inside_the_package_is_read_as_that_file(tmp_path: Path) -> None:
    package = tmp_path / "v2"
    shutil.copytree(QTI / "v2", package)
    plain = import_qti(package, COMPANION, skip_unsupported=True)
    target = package / "items" / "v2-order.xml"
    kept = package / "kept" / "order.xml"
    kept.parent.mkdir()
    target.rename(kept)
    target.symlink_to(Path("..") / "kept" / "order.xml")
    linked = import_qti(package, COMPANION, skip_unsupported=True)
    assert (linked.main, linked.items, linked.report) == (plain.main, plain.items, plain.report)
    assert QtiPackage(package).read("items/v2-order.xml") == kept.read_bytes()


def test_links_out_missing_files_and_the_folder_itself(tmp_path: Path) -> None:
    package = tmp_path / "v2"
    shutil.copytree(QTI / "v2", package)
    (tmp_path / "secret.xml").write_text("<secret/>")
    (package / "out.xml").symlink_to(tmp_path / "secret.xml")
    (package / "loop.xml").symlink_to(package / "loop.xml")
    files = QtiPackage(package)
    with pytest.raises(SourceInvalid, match="'out.xml' points outside the package"):
        files.read("out.xml")
    with pytest.raises(SourceInvalid, match="'missing.xml' is referenced but not in the package"):
        files.read("missing.xml")
    with pytest.raises(SourceInvalid, match="'.' points outside the package"):
        files.read(".")          # the package folder itself is not a file inside it
    with pytest.raises(SourceInvalid, match="is referenced but not in the package"):
        files.read("items")      # nor is a folder in it
    with pytest.raises(OSError):
        files.read("loop.xml")   # a link to itself: the error the long way gives, as before
