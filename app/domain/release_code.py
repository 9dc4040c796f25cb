"""How hard a release code is to guess offline: a deliberately low estimate, for the rule that
`package build` applies to the codes a body chooses.

Someone holding a center's private key can try codes against a package without anyone
noticing, each try costing one scrypt stretch (about 0.3 s and 128 MiB). The estimate
assumes the code's characters are random, counts only letters and digits, and counts
nothing for a character that repeats the one before it, continues a run (ABC, 987), or
repeats an earlier block (ABCABC): so 000000, 123456 and ABABAB are worth almost nothing.
"""

from __future__ import annotations

import math
import string

# 40 bits: 8 random letters and digits (the build window's suggestion) or 13 random digits.
# Half of 2^40 tries at 0.3 s each is about 5,000 core-years.
MIN_RELEASE_CODE_BITS = 40
_LETTERS, _DIGITS = set(string.ascii_uppercase), set(string.digits)


def estimated_bits(normalized: str) -> float:
    """Bits of guessing work in a normalized code (upper case, spaces and dashes removed)."""
    characters = _shortest_repeating_block([c for c in normalized if c.isalnum()])
    if not characters:
        return 0.0
    if set(characters) <= _DIGITS:
        alphabet = 10
    elif set(characters) <= _LETTERS:
        alphabet = 26
    else:
        alphabet = 36
    fresh = sum(1 for index in range(len(characters)) if not _predictable(characters, index))
    return fresh * math.log2(alphabet)


def too_weak(normalized: str) -> bool:
    return estimated_bits(normalized) < MIN_RELEASE_CODE_BITS


def _shortest_repeating_block(characters: list[str]) -> list[str]:
    for period in range(1, len(characters) // 2 + 1):
        if all(characters[i] == characters[i - period] for i in range(period, len(characters))):
            return characters[:period]
    return characters


def _predictable(characters: list[str], index: int) -> bool:
    if index == 0:
        return False
    if characters[index] == characters[index - 1]:
        return True
    if index >= 2:
        step = ord(characters[index]) - ord(characters[index - 1])
        return step in (-1, 1) and step == ord(characters[index - 1]) - ord(characters[index - 2])
    return False
