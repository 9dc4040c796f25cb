"""JSON written the way ExamStation's readers of results expect, fast: json's C encoder made once
for the many small values an import writes (JSONEncoder.encode makes a new one at every call)."""

from __future__ import annotations

import json
from typing import Any, Callable

# canonical_json's text before encoding (sorted keys, no spaces, UTF-8 unescaped, no NaN), and a
# str as it writes one (ensure_ascii=False)
canonical_text = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode
json_string = json.encoder.encode_basestring


def parsed_data_encoder(reference: Callable[[Any], str], separators: tuple[str, str] = (",", ":"),
                        sort_keys: bool = True, ensure_ascii: bool = False) -> Callable[[Any], str]:
    """`reference` (a JSON writer with these settings, and allow_nan=False or no NaN to meet) for
    data the strict JSON reader gave (dicts, lists, strings, finite numbers, booleans, None; no
    cycle), with json's C encoder made once: JSONEncoder.encode makes a new one at every call,
    half the time of writing an event's few keys. Where the C encoder is missing or writes
    otherwise (checked once, below), `reference` itself."""
    make: Any = getattr(json.encoder, "c_make_encoder", None)  # None where _json is not built
    strings = json.encoder.encode_basestring_ascii if ensure_ascii else json_string
    try:
        encoder = make(None, _not_json, strings, None, separators[1], separators[0], sort_keys, False, False)

        def write(value: Any) -> str:
            return "".join(encoder(value, 0))
        probe = {"b": [1.5, -0.0, 10**18, "é\n\"\u2028", None, True], "a": {"z": {}, "é": []}, "": 1e-7}
        same = all(write(value) == reference(value) for value in (probe, "é\"", 3, False, None, [2.5, "x"]))
        return write if same else reference
    except TypeError:  # no C encoder, or one made another way
        return reference


def _not_json(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# an event's data as canonical JSON (app.domain.history.canonical_data)
data_text = parsed_data_encoder(canonical_text)
