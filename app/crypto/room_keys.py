"""Keys of the testing room, derived from the center's identity so none is stored in clear.

- The station's room secret: HKDF-SHA256 over the center's Ed25519 private key, salted
  with this home's id (two stations restored from one center backup differ).
- The station's TLS key: Ed25519 from the room secret; its certificate is reproducible,
  so seats stay paired across restarts.
- A lease's journal key: HKDF from the room secret and the lease id; the station gives it
  to the seat holding the lease, which keeps it in memory only.
"""

from __future__ import annotations

from app.crypto.identity import RoleKeys
from app.crypto.primitives import hkdf, random_bytes
from app.crypto.tls_identity import TlsIdentity, new_tls_identity


def room_secret(center: RoleKeys, home_id: str) -> bytes:
    return hkdf(center.signing_private, home_id.encode("utf-8"), b"examstation room secret v1")


def station_tls_identity(secret: bytes, station_name: str) -> TlsIdentity:
    # The PEM key is encrypted under a password that lives only in this process.
    return new_tls_identity(station_name, seed=hkdf(secret, b"", b"examstation room tls v1"),
                            password=random_bytes(24).hex().encode("ascii"))


def journal_key(secret: bytes, lease_id: str) -> bytes:
    return hkdf(secret, b"", b"examstation seat journal v1|" + lease_id.encode("ascii"))
