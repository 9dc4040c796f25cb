"""This computer's addresses on the local network, to show the proctor what seats type."""

from __future__ import annotations

import socket


def local_addresses() -> list[str]:
    """IPv4 addresses of this machine, loopback last (a room of one computer uses it)."""
    found: set[str] = set()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(info[4][0]))
    except OSError:
        pass
    outside = sorted(a for a in found if not a.startswith("127."))
    return outside + ["127.0.0.1"] if not outside else outside
