"""Finding proctor stations on the network, for a seat's pairing screen and `seat --pair`.

Only a convenience that fills in the station's address: the pairing code and the pinned
certificates decide trust (app.room.discovery). The station announces itself from
RoomService while its room is open.
"""

from __future__ import annotations

from app.room.discovery import FoundStation, Search, StationBrowser, browse

__all__ = ["FoundStation", "SEARCH_SECONDS", "Search", "StationBrowser", "search", "station_browser"]

SEARCH_SECONDS = 3.0  # stations answer a query within about a second; three allows for a busy network


def station_browser(interfaces: list[str] | None = None) -> StationBrowser:
    """A running search that keeps its list up to date until `stop()`."""
    browser = StationBrowser(interfaces)
    browser.start()
    return browser


def search(seconds: float = SEARCH_SECONDS) -> Search:
    """The stations that answer within `seconds`."""
    return browse(seconds)
