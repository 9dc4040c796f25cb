"""Shared by the property and fuzz tests."""

from __future__ import annotations

from typing import Any, Iterator


def value_paths(value: Any, prefix: tuple = (), max_items: int | None = None) -> Iterator[tuple]:
    """Every path (keys and list indexes) into a JSON-like value, the empty path first; lists
    give at most `max_items` of their elements."""
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from value_paths(inner, prefix + (key,), max_items)
    elif isinstance(value, list):
        for index, inner in enumerate(value[:max_items]):
            yield from value_paths(inner, prefix + (index,), max_items)
