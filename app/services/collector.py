"""Pausing Python's cycle collector around work that builds many short-lived objects."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while an import builds its hundreds of thousands of
    objects (the payload's tree, events, rows): none of them form cycles, and each full
    collection walked all of them again, about a third of an import's time. Back on after,
    whatever happened (unless something else had turned it off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
