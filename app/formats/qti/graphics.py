"""Pictures of graphic interactions and their shapes as ExamStation regions (image pixels).

QTI coordinates are in the picture's displayed size (the object's width and height); when the
image file has another pixel size, coordinates are scaled to it. QTI rectangles are
left, top, right, bottom; ExamStation's are x, y, width, height. An ellipse becomes a polygon.
"""

from __future__ import annotations

import math
import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from app.formats.qti.declarations import Area
from app.formats.qti.package import QtiPackage, resolve
from app.formats.qti.report import Notes

ELLIPSE_SIDES = 32


@dataclass(frozen=True)
class Picture:
    path: str
    scale_x: float = 1.0
    scale_y: float = 1.0
    width: float | None = None
    height: float | None = None


def picture_of(node: ET.Element, item_file: str, package: QtiPackage, notes: Notes) -> Picture | None:
    holder = next((e for e in node if e.tag in ("object", "img")), None)
    source = "" if holder is None else (holder.get("data") or holder.get("src") or "")
    if not source or "://" in source or source.startswith(("/", "data:")):
        notes.unsupported(node.tag, "the interaction has no image inside the package")
        return None
    path = resolve(item_file, source, package.name)
    if not package.exists(path):
        notes.unsupported(node.tag, f"its image '{path}' is not in the package")
        return None
    shown = _size(holder.get("width"), holder.get("height"))
    actual = png_size(package.read(path))
    if shown and actual and shown != actual:
        return Picture(path, actual[0] / shown[0], actual[1] / shown[1], *actual)
    size = actual or shown
    return Picture(path, 1.0, 1.0, *(size or (None, None)))


def _size(width: str | None, height: str | None) -> tuple[float, float] | None:
    try:
        w, h = float(width or ""), float(height or "")
    except ValueError:
        return None
    return (w, h) if w > 0 and h > 0 else None


def png_size(data: bytes) -> tuple[float, float] | None:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or len(data) < 24:
        return None
    width, height = struct.unpack(">II", data[16:24])
    return float(width), float(height)


def regions_for_choices(node: ET.Element, picture: Picture, notes: Notes) -> list[dict] | None:
    shapes = [(c.get("identifier", ""), c.get("shape", ""), c.get("coords", "")) for c in node.iter("hotspotChoice")]
    return _regions(shapes, picture, notes)


def regions_for_areas(areas: list[Area], picture: Picture, notes: Notes) -> list[dict] | None:
    shapes = [(f"area-{n}", a.shape, a.coords) for n, a in enumerate(areas, 1)]
    return _regions(shapes, picture, notes)


def _regions(shapes: list[tuple[str, str, str]], picture: Picture, notes: Notes) -> list[dict] | None:
    regions = []
    for ident, shape, coords in shapes:
        region = _region(ident, shape, coords, picture, notes)
        if region is None:
            return None
        regions.append(region)
    return regions


def _region(ident: str, shape: str, coords: str, picture: Picture, notes: Notes) -> dict | None:
    try:
        numbers = [float(n) for n in coords.replace(" ", "").split(",") if n]
    except ValueError:
        numbers = []
    sx, sy = picture.scale_x, picture.scale_y
    if shape == "rect" and len(numbers) == 4:
        left, top, right, bottom = numbers
        return _made(ident, "rect", [left * sx, top * sy, (right - left) * sx, (bottom - top) * sy])
    if shape == "circle" and len(numbers) == 3 and sx == sy:
        return _made(ident, "circle", [numbers[0] * sx, numbers[1] * sy, numbers[2] * sx])
    if shape == "circle" and len(numbers) == 3:
        shape, numbers = "ellipse", numbers + [numbers[2]]
    if shape == "poly" and len(numbers) >= 6 and len(numbers) % 2 == 0:
        if numbers[:2] == numbers[-2:]:
            numbers = numbers[:-2]  # QTI may repeat the first point to close the polygon
        return _made(ident, "polygon", [v * (sx if i % 2 == 0 else sy) for i, v in enumerate(numbers)])
    if shape == "ellipse" and len(numbers) == 4:
        notes.converted("ellipse", f"shape '{ident}' is kept as a {ELLIPSE_SIDES}-sided polygon")
        cx, cy, rx, ry = numbers
        points = []
        for k in range(ELLIPSE_SIDES):
            angle = 2 * math.pi * k / ELLIPSE_SIDES
            points += [(cx + rx * math.cos(angle)) * sx, (cy + ry * math.sin(angle)) * sy]
        return _made(ident, "polygon", points)
    if shape == "default" and picture.width and picture.height:
        return _made(ident, "rect", [0.0, 0.0, picture.width, picture.height])
    notes.unsupported(f"shape '{shape}'", f"'{ident}' has coordinates '{coords}' that cannot be used")
    return None


def _made(ident: str, shape: str, coords: list[float]) -> dict:
    return {"id": ident, "shape": shape, "coords": [round(c, 3) for c in coords]}
