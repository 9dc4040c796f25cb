"""The candidate workstation's screens: pairing with the station, waiting, the exam."""
