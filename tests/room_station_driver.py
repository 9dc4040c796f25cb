"""A proctor station as its own process: opens the package, opens the session's room on a
fixed port and keeps it open until killed. tests/test_room_faults.py kills it with SIGKILL
and starts it again.

Usage: python -m tests.room_station_driver HOME PACKAGE SESSION_ID PORT
Prints "listening <port>" once seats can connect.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

from app.services.context import create_services
from tests.conftest import RELEASE_CODE, passphrase


def main() -> None:
    home, package, session, port = sys.argv[1:5]
    services = create_services(Path(home), passphrase)
    opened = services.packages.open(Path(package), RELEASE_CODE)
    room = services.room.open(opened, session, "Station", host="127.0.0.1", port=int(port))
    print("listening", room.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    services.close()


if __name__ == "__main__":
    main()
