"""Pictures of graphic interactions and their shapes as ExamStation regions (image units).

QTI coordinates are in the picture's displayed box (the object's width and height). Answers are
given in the image's own units: pixels for PNG, JPEG and GIF, user units (the viewBox) for SVG
(app/formats/qti/image_size.py). A raster image is stretched to its box; an SVG with a viewBox is
fitted into it as a browser does (preserveAspectRatio: centred and uniformly scaled by default),
so coordinates are shifted and scaled back into the image's units. QTI rectangles are
left, top, right, bottom; ExamStation's are x, y, width, height. An ellipse becomes a polygon.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from app.domain.errors import template
from app.formats.qti.declarations import Area
from app.formats.qti.image_size import RasterSize, SvgBox, image_size
from app.formats.qti.package import QtiPackage, resolve
from app.formats.qti.report import Notes

ELLIPSE_SIDES = 32
_ALIGN = {"Min": 0.0, "Mid": 0.5, "Max": 1.0}


@dataclass(frozen=True)
class Picture:
    """Image units = (QTI coordinate - offset) x scale, per axis."""

    path: str
    scale_x: float = 1.0
    scale_y: float = 1.0
    width: float | None = None       # the image's size in its own units
    height: float | None = None
    offset_x: float = 0.0
    offset_y: float = 0.0


def picture_of(node: ET.Element, item_file: str, package: QtiPackage, notes: Notes) -> Picture | None:
    holder = next((e for e in node if e.tag in ("object", "img")), None)
    source = "" if holder is None else (holder.get("data") or holder.get("src") or "")
    if holder is None or not source or "://" in source or source.startswith(("/", "data:")):
        notes.unsupported(node.tag, template("the interaction has no image inside the package"))
        return None
    path = resolve(item_file, source, package.name)
    if not package.exists(path):
        notes.unsupported(node.tag, template("its image '{path}' is not in the package", path=path))
        return None
    size = image_size(package.read(path))
    if isinstance(size, str):
        notes.unsupported(node.tag, template("its image '{path}' cannot be used: {size}", path=path, size=size))
        return None
    shown = _size(holder.get("width"), holder.get("height"))
    if isinstance(size, RasterSize):
        box = shown or (size.width, size.height)
        return Picture(path, size.width / box[0], size.height / box[1], size.width, size.height)
    return _fitted_svg(path, size, shown or size.natural)


def _fitted_svg(path: str, svg: SvgBox, box: tuple[float, float]) -> Picture:
    """Where a browser draws the SVG's user space inside `box`, turned around."""
    if not svg.scaled:  # no viewBox: drawn at its own size from the top left, never scaled
        return Picture(path, 1.0, 1.0, svg.width, svg.height)
    fit_x, fit_y = box[0] / svg.width, box[1] / svg.height
    if svg.align == "none":
        return Picture(path, 1 / fit_x, 1 / fit_y, svg.width, svg.height)
    fit = max(fit_x, fit_y) if svg.slice else min(fit_x, fit_y)
    align_x, align_y = _ALIGN.get(svg.align[1:4], 0.5), _ALIGN.get(svg.align[5:8], 0.5)
    return Picture(path, 1 / fit, 1 / fit, svg.width, svg.height,
                   (box[0] - svg.width * fit) * align_x, (box[1] - svg.height * fit) * align_y)


def _size(width: str | None, height: str | None) -> tuple[float, float] | None:
    try:
        w, h = float(width or ""), float(height or "")
    except ValueError:
        return None
    return (w, h) if 0 < w < math.inf and 0 < h < math.inf else None


def regions_for_choices(node: ET.Element, picture: Picture, notes: Notes,
                        tag: str = "hotspotChoice") -> list[dict] | None:
    shapes = [(c.get("identifier", ""), c.get("shape", ""), c.get("coords", "")) for c in node.iter(tag)]
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
    x = lambda v: (v - picture.offset_x) * sx  # noqa: E731  (a QTI x in image units)
    y = lambda v: (v - picture.offset_y) * sy  # noqa: E731
    if shape == "rect" and len(numbers) == 4:
        left, top, right, bottom = numbers
        return _made(ident, "rect", [x(left), y(top), (right - left) * sx, (bottom - top) * sy])
    if shape == "circle" and len(numbers) == 3 and sx == sy:
        return _made(ident, "circle", [x(numbers[0]), y(numbers[1]), numbers[2] * sx])
    if shape == "circle" and len(numbers) == 3:
        shape, numbers = "ellipse", numbers + [numbers[2]]
    if shape == "poly" and len(numbers) >= 6 and len(numbers) % 2 == 0:
        if numbers[:2] == numbers[-2:]:
            numbers = numbers[:-2]  # QTI may repeat the first point to close the polygon
        return _made(ident, "polygon", [x(v) if i % 2 == 0 else y(v) for i, v in enumerate(numbers)])
    if shape == "ellipse" and len(numbers) == 4:
        notes.converted(template("ellipse"), template("shape '{ident}' is kept as a {sides}-sided polygon",
                                                      ident=ident, sides=ELLIPSE_SIDES))
        cx, cy, rx, ry = numbers
        points = []
        for k in range(ELLIPSE_SIDES):
            angle = 2 * math.pi * k / ELLIPSE_SIDES
            points += [x(cx + rx * math.cos(angle)), y(cy + ry * math.sin(angle))]
        return _made(ident, "polygon", points)
    if shape == "default" and picture.width and picture.height:
        return _made(ident, "rect", [0.0, 0.0, picture.width, picture.height])
    notes.unsupported(template("shape '{shape}'", shape=shape),
                      template("'{ident}' has coordinates '{coords}' that cannot be used", ident=ident, coords=coords))
    return None


def _made(ident: str, shape: str, coords: list[float]) -> dict:
    return {"id": ident, "shape": shape, "coords": [round(c, 3) for c in coords]}
