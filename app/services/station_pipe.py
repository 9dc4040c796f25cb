"""The private line between the station and a seat process it started on its own computer
(single-computer mode): the child's standard input and output, which only the two of them hold.

It carries one question, the proctor's exit from a local seat's lockdown: the seat asks
"is this proctor's PIN right?", the station (which holds the accounts) answers yes or no. The
exam itself never travels here: that is the room's TLS link. The end of the child's input is
the station's word to stop (it closed the pipe, or it died and the OS closed it).

One JSON object a line. Anything else a child prints goes on to its log, except lines that
look like a message and are not one (they are dropped: they may hold a PIN).
"""

from __future__ import annotations

import _thread
import json
import os
import sys
import threading
from concurrent.futures import Future, TimeoutError as FutureTimeout
from typing import IO, Any, Callable

from app.domain.strict_json import StrictJsonError, loads_strict

MAX_LINE = 4096
MAX_TEXT = 200
ASK_SECONDS = 15.0
END_GRACE_SECONDS = 3.0   # after the station ends, the seat's own shutdown may take this long


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31


def _text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT


def _message(line: bytes) -> dict | None:
    if len(line) > MAX_LINE or not looks_like_message(line):
        return None
    try:
        data = loads_strict(line)
    except StrictJsonError:
        return None
    return data if isinstance(data, dict) else None


def looks_like_message(line: bytes) -> bool:
    return line.lstrip().startswith(b"{")


def decode_request(line: bytes) -> dict | None:
    """A seat's question, or None for anything that is not exactly one."""
    data = _message(line)
    if data is None or set(data) != {"type", "id", "user", "pin"} or data["type"] != "exit_check":
        return None
    return data if _whole(data["id"]) and _text(data["user"]) and _text(data["pin"]) else None


def decode_reply(line: bytes) -> dict | None:
    """The station's answer, or None for anything that is not exactly one."""
    data = _message(line)
    if data is None or set(data) != {"type", "id", "ok"} or data["type"] != "exit_result":
        return None
    return data if _whole(data["id"]) and isinstance(data["ok"], bool) else None


def encode(message: dict) -> bytes:
    return json.dumps(message, separators=(",", ":")).encode("utf-8") + b"\n"


# -- the station's side ------------------------------------------------------------------------
def serve(requests: IO[bytes], replies: IO[bytes], check_pin: Callable[[str, str], bool],
          output: Callable[[bytes], None]) -> None:
    """Answer one child until its output ends (run on a thread of its own)."""
    for line in requests:
        request = decode_request(line)
        if request is None:
            if not looks_like_message(line):
                output(line)
            continue
        try:
            right = bool(check_pin(request["user"], request["pin"]))
        except Exception:  # a check that fails never unlocks
            right = False
        try:
            replies.write(encode({"type": "exit_result", "id": request["id"], "ok": right}))
            replies.flush()
        except (OSError, ValueError):
            return  # the child is gone, or the station closed its input


# -- the seat's side ---------------------------------------------------------------------------
class StationPipe:
    """In a supervised seat: asks the station, and stops the seat when the station ends."""

    def __init__(self, incoming: IO[bytes] | None = None, outgoing: IO[str] | None = None,
                 end_grace: float | None = END_GRACE_SECONDS) -> None:
        """`end_grace` None: the process is only interrupted when the station ends, never ended
        (for a seat run inside another program, as the tests do)."""
        self.end_grace = end_grace
        self._in = incoming if incoming is not None else sys.stdin.buffer
        self._out = outgoing if outgoing is not None else sys.stdout
        self._waiting: dict[int, Future] = {}
        self._next = 0
        self._lock = threading.Lock()
        self.ended = threading.Event()
        self._thread = threading.Thread(target=self._read, name="station-pipe", daemon=True)

    def start(self) -> "StationPipe":
        self._thread.start()
        return self

    def check_exit_pin(self, user: str, pin: str, timeout: float = ASK_SECONDS) -> bool:
        """True only if the station says this proctor's PIN is right (no answer is a no)."""
        if self.ended.is_set() or not (_text(user) and _text(pin)):
            return False
        with self._lock:
            self._next += 1
            ask, future = self._next, Future[bool]()
            self._waiting[ask] = future
            try:  # print, not the byte layer: a simulation's reports share this stream
                print(encode({"type": "exit_check", "id": ask, "user": user, "pin": pin}).decode().rstrip("\n"),
                      file=self._out, flush=True)
            except (OSError, ValueError):
                self._waiting.pop(ask, None)
                return False
        try:
            return bool(future.result(timeout))
        except FutureTimeout:
            return False
        finally:
            self._waiting.pop(ask, None)

    def _read(self) -> None:
        try:
            for line in self._in:
                reply = decode_reply(line)
                future = self._waiting.get(reply["id"]) if reply is not None else None
                if reply is not None and future is not None and not future.done():
                    future.set_result(reply["ok"])
        except (OSError, ValueError):
            pass
        self.ended.set()
        for future in list(self._waiting.values()):
            if not future.done():
                future.set_result(False)
        _thread.interrupt_main()  # the seat stops as after Ctrl+C: its journal is already safe
        # Ctrl+C reaches the main thread only when it next runs Python code, and its shutdown may
        # wait on a network that is gone: if the seat has not ended soon, it ends as after kill -9,
        # which the journal is made to survive (an answer counts only once it is on disk).
        if self.end_grace is not None:
            stop = threading.Timer(self.end_grace, _end_now)
            stop.daemon = True
            stop.start()


def _end_now() -> None:
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(130)
