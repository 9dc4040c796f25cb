"""Package speed against the floor, in one run, on a bank-sized package: 2,000 items (every
item type, cycled), each with its own picture, 200 MB of media in all (sizes are options).

- open: the signature over the whole file (SHA-256 of every byte, and each blob's own SHA-256
  in the same pass, kept to check media when shown), center unwrap, content decrypt and the
  exam read, no media decrypted — against AES-256-GCM decryption + SHA-256 of the same bytes
  with `cryptography` and hashlib (the floor);
- first item on screen: open, then the real candidate window (offscreen) started on a new
  attempt and its first question painted, picture included;
- one picture when shown: read, checked against its digest, decrypted;
- the release-code key stretch (scrypt 2^17), slow on purpose, once per open;
- build: the same package written, against raw AES-GCM encryption.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_package.py [--items 2000] [--media-mb 200]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import yaml
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.crypto import envelope  # noqa: E402
from app.crypto import primitives  # noqa: E402
from app.crypto.identity import RoleKeys  # noqa: E402
from app.domain.exam import Exam  # noqa: E402
from app.domain.exam_reader import read_exam  # noqa: E402
from app.formats.package_reader import open_package, read_signed  # noqa: E402
from app.formats.package_writer import PackageSpec, build_package_bytes  # noqa: E402

SOURCE = ROOT / "tests" / "fixtures" / "mini-exam"
FORM_ITEMS = 100  # each candidate draws this many of the bank's items (a pool), as a real form does


def timed(function, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bank(items: int, media_mb: int) -> tuple[Exam, dict[str, bytes]]:
    """The mini exam's items (one of each type) cycled to `items`, each with a picture of its own
    (the fixture's PNG, then random bytes a viewer ignores), in one section of one form from
    which each attempt draws FORM_ITEMS."""
    main = yaml.safe_load((SOURCE / "exam.yaml").read_text())
    kinds = yaml.safe_load((SOURCE / "items" / "all-types.yaml").read_text())["items"]
    checklists = [yaml.safe_load((SOURCE / "checklists" / "check.yaml").read_text())]
    picture = (SOURCE / "media" / "panel.png").read_bytes()
    padding = max(0, media_mb * 1024 * 1024 // items - len(picture))
    docs, media = [], {}
    for n in range(items):
        doc = dict(kinds[n % len(kinds)], id=f"q{n:05d}", media=f"media/m{n:05d}.png")
        docs.append(doc)
        media[doc["media"]] = picture + os.urandom(padding)
    media["media/panel.png"] = picture
    main["forms"] = [{"id": "A", "title": "Form A", "sections": [
        {"id": "A1", "title": "All", "select": min(FORM_ITEMS, items), "items": [d["id"] for d in docs]}]}]
    main["scoring"]["composite"] = "written"
    return read_exam(("exam.yaml", main), [("items.yaml", {"items": docs})], [("check.yaml", c) for c in checklists],
                     media.__contains__), media


def first_item_on_screen(path: Path, body: RoleKeys, center: RoleKeys,
                         folder: Path) -> tuple[float, float, float]:
    """Seconds to the candidate's first question painted, picture included, with the real
    window: from opening the package, and from the candidate's start once it is open (the
    proctor opens the package once per session), and the CPU time of that second part (on a
    shared machine the wall time also holds the wait for a core and the commits' for the disk).
    The station's database is ready beforehand."""
    from PySide6.QtWidgets import QApplication

    from app.domain.accommodations import Accommodations
    from app.domain.records import KnownPackage
    from app.services.delivery import DeliveryService
    from app.store.database import open_database, sqlite_url
    from app.store.repositories import PackageRepository
    from app.ui.candidate import CandidateWindow

    application = QApplication.instance() or QApplication([])
    db = open_database(sqlite_url(folder / f"station-{time.monotonic_ns()}.db"))
    delivery = DeliveryService(lambda: db)
    start = time.perf_counter()
    opened = open_package(read_signed(path), center, [body.identity], None, datetime.now(timezone.utc))
    is_open, is_open_cpu = time.perf_counter(), time.thread_time()
    exam, now = opened.exam, datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage(opened.package_id, exam.id, exam.title, exam.version,
                                                     "F", str(path), now, now))
    session = delivery.start_session(opened.package_id, exam)
    candidate = delivery.check_in(session, "C-001", "Bench Candidate", Accommodations())
    attempt = delivery.create_attempt(session, candidate, exam, Accommodations(), form_id="A", seed=1)
    window = CandidateWindow(delivery.live(attempt, exam), opened.media, "Bench Candidate", Accommodations())
    window.resize(1280, 800)
    window.show()
    window.live.start()
    window.show_current_state()
    application.processEvents()
    window.repaint()
    shown, shown_cpu = time.perf_counter(), time.thread_time()
    assert window.stack.currentWidget() is window.item_page, "the first question is not on screen"
    window.ticker.stop()
    window.close()
    window.deleteLater()
    application.processEvents()
    db.close()
    return shown - start, shown - is_open, shown_cpu - is_open_cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--media-mb", type=int, default=200, help="size of the synthetic pictures in all")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    exam, media = bank(args.items, args.media_mb)
    body, center = RoleKeys.generate("body", "Bench Body"), RoleKeys.generate("center", "Bench Center")
    spec = PackageSpec(exam=exam, media=media, signer=body, recipients=[center.identity],
                       created=datetime.now(timezone.utc))
    payload = sum(len(m) for m in media.values())
    build_s = timed(lambda: build_package_bytes(spec), min(args.repeat, 3))
    data = build_package_bytes(spec)
    folder = Path(tempfile.mkdtemp(prefix="examstation-bench-"))
    path = folder / "bench.exampkg"
    path.write_bytes(data)

    decrypted: list[bytes] = []
    real_open_sealed = primitives.open_sealed

    def counting(key: bytes, sealed: bytes, aad: bytes) -> bytes:
        decrypted.append(aad)
        return real_open_sealed(key, sealed, aad)

    def open_only():
        return open_package(read_signed(path), center, [body.identity], None, datetime.now(timezone.utc))

    open_s = timed(open_only, args.repeat)
    primitives.open_sealed = counting
    opened = open_only()
    primitives.open_sealed = real_open_sealed
    blob_aads = {envelope.blob_aad(opened.package_id, name) for name in opened.signed.blobs}
    decrypted_at_open = sum(aad in blob_aads for aad in decrypted) - 1  # less the content
    shown = list(opened.media_index)[: min(200, len(opened.media_index))]
    per_picture = []
    for name in shown:
        start = time.perf_counter()
        opened.media(name)
        per_picture.append(time.perf_counter() - start)
    firsts = [first_item_on_screen(path, body, center, folder) for _ in range(args.repeat)]
    first_s, start_s, start_cpu = (statistics.median(f[n] for f in firsts) for n in range(3))

    key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, data, None)
    floor_encrypt = timed(lambda: AESGCM(key).encrypt(nonce, data, None), args.repeat)
    floor_open = timed(lambda: (AESGCM(key).decrypt(nonce, sealed, None), hashlib.sha256(data).digest()),
                       args.repeat)
    stretch = timed(lambda: envelope.release_key("RC7Q-4M2K", b"0" * 16, **_scrypt()), 3)

    mb = len(data) / 1e6
    print(f"package: {mb:.1f} MB, {len(exam.items):,} items, {len(media):,} media files ({payload / 1e6:.1f} MB)")
    print(f"open (signature over every byte + each blob's digest, unwrap, content decrypted, exam read; "
          f"media decrypted at open: {decrypted_at_open}): {open_s * 1000:.0f} ms; floor AES-GCM decrypt + "
          f"SHA-256 of the same bytes {floor_open * 1000:.0f} ms; ratio {open_s / floor_open:.2f}x")
    print(f"first item on screen (open, attempt of {FORM_ITEMS} items drawn from the bank started, real candidate "
          f"window painted with its picture): {first_s * 1000:.0f} ms from opening the package; "
          f"{start_s * 1000:.0f} ms from the candidate's start with the package open "
          f"(CPU time {start_cpu * 1000:.0f} ms)")
    print(f"one picture when shown (read, digest checked, decrypted, {len(media[shown[0]]) / 1e3:.0f} kB): "
          f"p50 {statistics.median(per_picture) * 1000:.2f} ms, max {max(per_picture) * 1000:.2f} ms")
    print(f"build: {build_s * 1000:.0f} ms ({mb / build_s:.0f} MB/s); raw AES-GCM encrypt floor "
          f"{floor_encrypt * 1000:.0f} ms; ratio {build_s / floor_encrypt:.1f}x")
    print(f"release-code stretch (scrypt n=2^17, r=8): {stretch * 1000:.0f} ms, once per open, on purpose")


def _scrypt() -> dict:
    params = envelope.RELEASE_SCRYPT
    return {"n": params["n"], "r": params["r"], "parallel": params["p"]}


if __name__ == "__main__":
    main()
