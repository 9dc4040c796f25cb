"""The testing room's network: a proctor station and its seats on the center's LAN.

Layer: below `services`, above `crypto`, `formats` and `domain`. Nothing here knows
about SQL or Qt: the station side talks to a `RoomBackend` the services provide.
See docs/room.md for the protocol and docs/security.md for what it protects.
"""
