"""What an evaluator tablet carries for the station: a sign-in token and a signature per
evaluation, both HMAC-SHA256 under a key derived from the station's room secret.

The station answers an evaluator's PIN once; from then on the tablet shows these instead
of keeping the PIN anywhere. A signature names the tablet, the evaluator and every field
of the evaluation, so the station stores exactly what the evaluator signed off, and it
still holds after the station restarts (nothing to remember: the key is re-derived).
"""

from __future__ import annotations

import hmac as std_hmac
import json

from cryptography.hazmat.primitives import hashes, hmac

from app.crypto.primitives import hkdf


def tablet_key(room_secret: bytes) -> bytes:
    return hkdf(room_secret, b"", b"examstation evaluator tablet v1")


def tag(key: bytes, purpose: str, content: dict) -> str:
    """Hex HMAC over the purpose and the content as canonical JSON."""
    body = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    mac = hmac.HMAC(key, hashes.SHA256())
    mac.update(f"{purpose}\n{body}".encode("utf-8"))
    return mac.finalize().hex()


def tag_matches(key: bytes, purpose: str, content: dict, presented: str) -> bool:
    return std_hmac.compare_digest(tag(key, purpose, content).encode("ascii"),
                                   presented.encode("utf-8", "replace"))
