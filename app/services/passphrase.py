"""Where the desktop app's key passphrase comes from. Its own module (standard library only) so
the app can make its services before the crypto library loads."""

from __future__ import annotations

import os

from app.domain.errors import PassphraseNeeded

PASSPHRASE_ENV = "EXAMSTATION_KEY_PASSPHRASE"


class PassphraseHolder:
    """A passphrase source for the GUI: the environment's, else what the user typed in a dialog."""

    def __init__(self) -> None:
        self.value: str | None = None

    def __call__(self, creating: bool) -> str:
        if os.environ.get(PASSPHRASE_ENV):
            return os.environ[PASSPHRASE_ENV]
        if self.value:
            # One use: keys stay unlocked in memory after it, and a wrong one is asked for again.
            phrase, self.value = self.value, None
            return phrase
        raise PassphraseNeeded()
