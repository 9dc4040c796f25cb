"""JSON for signed documents, read strictly: one meaning per file.

Python's `json` keeps the last of two equal keys, while another reader may keep the first;
in a signed document that lets a signed value hide behind an unsigned one. Non-finite
numbers (`NaN`, `1e400`) have no JSON form and no canonical (RFC 8785) form either.
"""

from __future__ import annotations

import json
import math
from typing import Any


class StrictJsonError(ValueError):
    """The text is not JSON with one meaning; `str()` says why, as a sentence fragment."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJsonError(f"the key '{key[:40]}' appears twice in one object")
        result[key] = value
    return result


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise StrictJsonError(f"the number {text[:20]} is too large for JSON")
    return value


def _no_constant(name: str) -> Any:
    raise StrictJsonError(f"{name} is not a JSON value")


def loads_strict(data: bytes | str) -> Any:
    """Parse UTF-8 JSON; StrictJsonError for duplicate keys, non-finite numbers, bad UTF-8,
    lone surrogates, nesting too deep for Python, or anything that is not JSON."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_float=_finite_float,
                           parse_constant=_no_constant)
        _check_strings(value)
        return value
    except StrictJsonError:
        raise
    except UnicodeError:
        raise StrictJsonError("it is not UTF-8 text, or holds a lone surrogate") from None
    except RecursionError:
        raise StrictJsonError("it is nested too deeply") from None
    except ValueError as error:
        raise StrictJsonError(f"it is not JSON ({str(error).split(':')[0]})") from None


def _check_strings(value: Any) -> None:
    """Strings (keys too) must encode as UTF-8: `"\\ud800"` is valid JSON text but no Unicode."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            item.encode("utf-8")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
