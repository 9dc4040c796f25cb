"""The size of an image file in the units a hotspot answer is given in, read from its bytes.

Raster images (PNG, JPEG, GIF): their pixels. SVG: its user units, that is the viewBox, or the
width and height in pixels when there is no viewBox. The candidate's hotspot screen measures
answers in the same units (app/ui/candidate/responses/hotspot.py), so regions converted into
them land where the candidate sees them, whatever size the image is shown at.
"""

from __future__ import annotations

import math
import re
import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Callable

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg")   # what the candidate's screen shows
_PX = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px)?\s*$")
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}   # start-of-frame markers


@dataclass(frozen=True)
class RasterSize:
    width: float
    height: float


@dataclass(frozen=True)
class SvgBox:
    """An SVG's user space: `width` x `height` user units, and how a browser fits it into the
    box it is shown in (`align` from preserveAspectRatio, `natural` its size when none is given)."""

    width: float
    height: float
    natural: tuple[float, float]
    scaled: bool                 # False without a viewBox: then the drawing is never scaled
    align: str = "xMidYMid"      # "none", or xMin|xMid|xMax with YMin|YMid|YMax
    slice: bool = False


def unusable_image(path: str, exists: Callable[[str], bool]) -> str | None:
    """Why an image an item or stimulus shows cannot be delivered, or None."""
    if not path.lower().endswith(IMAGE_SUFFIXES):
        return f"'{path}' is not a PNG, JPEG, GIF or SVG image"
    if not exists(path):
        return f"'{path}' is referenced but not in the package"
    return None


def image_size(data: bytes) -> RasterSize | SvgBox | str:
    """The size, or why it cannot be read (a sentence)."""
    for reader in (_png, _gif, _jpeg):
        size = reader(data)
        if size is not None:
            return size
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        return _svg(data)
    return "it is not a PNG, JPEG, GIF or SVG image"


def _png(data: bytes) -> RasterSize | None:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or len(data) < 24:
        return None
    width, height = struct.unpack(">II", data[16:24])
    return RasterSize(float(width), float(height)) if width and height else None


def _gif(data: bytes) -> RasterSize | None:
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < 10:
        return None
    width, height = struct.unpack("<HH", data[6:10])
    return RasterSize(float(width), float(height)) if width and height else None


def _jpeg(data: bytes) -> RasterSize | None:
    """Walks the marker segments to the first start-of-frame, which holds the size."""
    if data[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:          # fill byte
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):   # markers without a length
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2:at + 4])
        if marker in _JPEG_FRAMES and at + 9 <= len(data):
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return RasterSize(float(width), float(height)) if width and height else None
        if length < 2:
            return None
        at += 2 + length
    return None


def _svg(data: bytes) -> SvgBox | str:
    try:  # a DOCTYPE naming the SVG DTD is common and harmless; entities are still refused
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, ET.ParseError):
        return "it is not a well-formed SVG image"
    if root.tag.rsplit("}", 1)[-1] != "svg":
        return "it is not a PNG, JPEG, GIF or SVG image"
    width, height = _pixels(root.get("width")), _pixels(root.get("height"))
    view = _view_box(root.get("viewBox"))
    if view is None:
        if width is None or height is None:
            return ("the SVG has no viewBox and no width and height in pixels, so its coordinates "
                    "cannot be placed; give it a viewBox")
        return SvgBox(width, height, (width, height), scaled=False)
    align, _, meet = (root.get("preserveAspectRatio") or "xMidYMid meet").strip().partition(" ")
    natural = (width, height) if width is not None and height is not None else view
    return SvgBox(view[0], view[1], natural, scaled=True, align=align or "xMidYMid",
                  slice=meet.strip() == "slice")


def _pixels(text: str | None) -> float | None:
    found = _PX.match(text or "")
    value = float(found.group(1)) if found else 0.0
    return value if value > 0 else None


def _view_box(text: str | None) -> tuple[float, float] | None:
    try:
        numbers = [float(n) for n in re.split(r"[\s,]+", (text or "").strip()) if n]
    except ValueError:
        return None
    if len(numbers) != 4 or not all(math.isfinite(n) for n in numbers) or min(numbers[2:]) <= 0:
        return None
    return numbers[2], numbers[3]
