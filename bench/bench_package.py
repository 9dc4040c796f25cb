"""Package speed against the floor, in one run.

- open: integrity check (SHA-256 of the whole file + Ed25519), center unwrap,
  content decrypt, every media file decrypted — against raw AES-256-GCM
  decryption of the same bytes with `cryptography` (the floor);
- the release-code key stretch (scrypt 2^17), which is slow on purpose;
- build: the same package written, against raw AES-GCM encryption.

Run: .venv/bin/python bench/bench_package.py [--media-mb 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.crypto import envelope  # noqa: E402
from app.crypto.identity import RoleKeys  # noqa: E402
from app.formats.exam_source import load_exam_source  # noqa: E402
from app.formats.package_reader import open_package, read_signed  # noqa: E402
from app.formats.package_writer import PackageSpec, build_package_bytes  # noqa: E402

SOURCE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "mini-exam"


def timed(function, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--media-mb", type=int, default=50, help="size of synthetic media to carry")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    exam = load_exam_source(SOURCE)
    media = {path: (SOURCE / path).read_bytes() for path in exam.media_paths()}
    # Pad the one image to the requested size: real packages carry photos and diagrams.
    first = next(iter(media))
    media[first] = media[first] + os.urandom(args.media_mb * 1024 * 1024)
    body, center = RoleKeys.generate("body", "Bench Body"), RoleKeys.generate("center", "Bench Center")
    spec = PackageSpec(exam=exam, media=media, signer=body, recipients=[center.identity],
                       created=datetime.now(timezone.utc))
    payload = sum(len(m) for m in media.values())

    build_s = timed(lambda: build_package_bytes(spec), args.repeat)
    data = build_package_bytes(spec)
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.exampkg"
    path.write_bytes(data)

    def open_all() -> None:
        opened = open_package(read_signed(path), center, [body.identity], None, datetime.now(timezone.utc))
        for name in opened.media_index:
            opened.media(name)

    open_s = timed(open_all, args.repeat)
    key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, data, None)
    floor_encrypt = timed(lambda: AESGCM(key).encrypt(nonce, data, None), args.repeat)
    floor_decrypt = timed(lambda: AESGCM(key).decrypt(nonce, sealed, None), args.repeat)
    stretch = timed(lambda: envelope.release_key("RC7Q-4M2K", b"0" * 16, **_scrypt()), 3)

    mb = len(data) / 1e6
    print(f"package size: {mb:.1f} MB ({payload / 1e6:.1f} MB media)")
    print(f"open + verify + decrypt all: {open_s * 1000:.0f} ms ({mb / open_s:.0f} MB/s); raw AES-GCM decrypt "
          f"floor {floor_decrypt * 1000:.0f} ms ({mb / floor_decrypt:.0f} MB/s); ratio {open_s / floor_decrypt:.1f}x")
    print(f"build: {build_s * 1000:.0f} ms ({mb / build_s:.0f} MB/s); raw AES-GCM encrypt floor "
          f"{floor_encrypt * 1000:.0f} ms; ratio {build_s / floor_encrypt:.1f}x")
    print(f"release-code stretch (scrypt n=2^17, r=8): {stretch * 1000:.0f} ms, once per open, on purpose")


def _scrypt() -> dict:
    params = envelope.RELEASE_SCRYPT
    return {"n": params["n"], "r": params["r"], "parallel": params["p"]}


if __name__ == "__main__":
    main()
