"""What a candidate number may be wherever it is written into a document others rely on
(a credential names its holder by it). Numbers come from stations, so the body checks them."""

from __future__ import annotations

MAX_LENGTH = 60  # the body database's column


def candidate_number_problem(number: object) -> str | None:
    """None when `number` can be put in a credential, else why not (a sentence fragment).
    Any printable text is allowed, `/` included: numbers such as 2024/0012 are common."""
    if not isinstance(number, str) or not number.strip():
        return "it is empty"
    if len(number) > MAX_LENGTH:
        return f"it is longer than {MAX_LENGTH} characters"
    if number != number.strip():
        return "it starts or ends with a space"
    if not number.isprintable():
        return "it contains a control or unprintable character"
    return None
