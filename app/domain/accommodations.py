"""Accommodations granted at check-in and applied to delivery."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

TEXT_SCALES = (100, 125, 150, 175, 200)


@dataclass(frozen=True, slots=True)
class Accommodations:
    time_multiplier: float = 1.0   # 1.5 = time and a half
    rest_breaks: int = 0           # breaks the candidate may take; the clock stops during them
    text_scale: int = 100          # percent

    def __post_init__(self) -> None:
        if not 1.0 <= self.time_multiplier <= 4.0:
            raise ValueError("the time multiplier must be between 1.0 and 4.0")
        if not 0 <= self.rest_breaks <= 10:
            raise ValueError("rest breaks must be between 0 and 10")
        if self.text_scale not in TEXT_SCALES:
            raise ValueError(f"text size must be one of {', '.join(map(str, TEXT_SCALES))} %")

    def to_data(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> "Accommodations":
        data = data or {}
        return cls(float(data.get("time_multiplier", 1.0)), int(data.get("rest_breaks", 0)),
                   int(data.get("text_scale", 100)))
