"""A headless seat process for tests: the seat engine driven by a simulated candidate
(app.services.seat_simulation). tests/test_room_faults.py runs ten of these and kills them.

Usage: python -m tests.room_seat_driver SEAT_HOME STATION_ADDRESS SEED ANSWERS [PAUSE]
(PAUSE: the seconds the simulated candidate thinks before an answer, on average; 0.03 if left out)
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.services.home import Home
from app.services.seat import SeatService
from app.services.seat_simulation import sit_at_seat


def main() -> None:
    home, address, seed, answers = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    pause = float(sys.argv[5]) if len(sys.argv) > 5 else 0.03
    sit_at_seat(SeatService(Home.open(Path(home))), address, answers, seed, pause, lambda line: print(line, flush=True))


if __name__ == "__main__":
    main()
