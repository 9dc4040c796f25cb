"""A seat's own durable record of what its candidate did, sealed at rest.

One file per lease (an attempt given to this seat). Each record is a 4-byte length
and an AES-256-GCM sealed JSON event; the key comes from the station for this lease
and lives only in memory, so the file is unreadable to anyone at the seat. Each
record's associated data names the lease and the record's position, so records cannot
be moved between files or reordered. A record is acknowledged only after fsync.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

from app.crypto.primitives import DecryptionFailed, open_sealed, seal

_LENGTH = struct.Struct(">I")
MAX_RECORD = 4 * 1024 * 1024


class JournalFailed(OSError):
    """The journal could not be written (disk full, read-only, removed)."""


class Journal:
    def __init__(self, folder: Path, lease: str, key: bytes) -> None:
        if not lease.replace("-", "").isalnum():
            raise ValueError("lease ids are letters, digits and dashes")
        self.path = Path(folder) / f"{lease}.journal"
        self.lease, self._key = lease, key
        self.records: list[dict] = self._read()
        self._size = self._good_size
        self._fd: int | None = None

    def _read(self) -> list[dict]:
        """Every whole record; a torn last record (the write that a crash interrupted, never
        acknowledged) or one that does not open (damage) ends the readable part."""
        self._good_size = 0
        if not self.path.exists():
            return []
        data = self.path.read_bytes()
        records: list[dict] = []
        offset = 0
        while offset + _LENGTH.size <= len(data):
            (length,) = _LENGTH.unpack_from(data, offset)
            end = offset + _LENGTH.size + length
            if length > MAX_RECORD or end > len(data):
                break
            try:
                plain = open_sealed(self._key, data[offset + _LENGTH.size:end], self._aad(len(records)))
                records.append(json.loads(plain))
            except (DecryptionFailed, ValueError):
                break
            offset = end
        self._good_size = offset
        return records

    def _aad(self, index: int) -> bytes:
        return f"examstation-seat-journal-v1|{self.lease}|{index}".encode("ascii")

    def append(self, record: dict) -> None:
        """Seal, write and fsync one record; JournalFailed leaves the file as it was."""
        sealed = seal(self._key, json.dumps(record, separators=(",", ":")).encode("utf-8"),
                      self._aad(len(self.records)))
        frame = _LENGTH.pack(len(sealed)) + sealed
        try:
            if self._fd is None:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
                os.ftruncate(self._fd, self._size)  # drop a torn tail before writing after it
            os.pwrite(self._fd, frame, self._size)
            os.fsync(self._fd)
        except OSError as error:
            self._undo()
            raise JournalFailed(error.errno, error.strerror) from None
        self._size += len(frame)
        self.records.append(record)

    def _undo(self) -> None:
        try:
            if self._fd is not None:
                os.ftruncate(self._fd, self._size)
        except OSError:
            self.close()  # reopened (and truncated) at the next append

    def close(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:
                pass
            self._fd = None
