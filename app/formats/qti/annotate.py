"""A graphic interaction's picture with its areas outlined and numbered (an SVG made here).

Graphic order and graphic gap match ask the candidate about areas of a picture. ExamStation
shows the picture with the question and names the areas "Area 1", "Area 2", ... in the answer,
so the picture shown must carry the same numbers. The SVG embeds the package's image as a data
URI (nothing is fetched) and draws, in the image's own units, each area's outline and a numbered
badge at its centre. Only numbers and shapes made here go into it.
"""

from __future__ import annotations

import base64
from html import escape

MIME_BY_SUFFIX = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
                  ".svg": "image/svg+xml"}


def annotated_svg(image: bytes, image_path: str, width: float, height: float, regions: list[dict]) -> bytes:
    """The picture (`width` x `height` image units) with region n drawn and labelled n (1-based)."""
    suffix = "." + image_path.rsplit(".", 1)[-1].lower()
    mime = MIME_BY_SUFFIX.get(suffix, "application/octet-stream")
    line = max(width, height) / 250
    badge = max(width, height) / 36
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
             f'width="{width:g}" height="{height:g}" viewBox="0 0 {width:g} {height:g}">',
             f'<image x="0" y="0" width="{width:g}" height="{height:g}" preserveAspectRatio="none" '
             f'xlink:href="data:{mime};base64,{base64.b64encode(image).decode("ascii")}"/>']
    for number, region in enumerate(regions, 1):
        outline = _outline(region)
        for colour, stroke in (("#000000", line * 2.5), ("#ffdd00", line)):  # visible on light and dark
            parts.append(outline.format(style=f'fill="none" stroke="{colour}" stroke-width="{stroke:g}"'))
        x, y = _centre(region)
        parts.append(f'<circle cx="{x:g}" cy="{y:g}" r="{badge:g}" fill="#000000" stroke="#ffdd00" '
                     f'stroke-width="{line:g}"/>')
        parts.append(f'<text x="{x:g}" y="{y + badge * 0.4:g}" font-family="sans-serif" font-weight="bold" '
                     f'font-size="{badge * 1.15:g}" text-anchor="middle" fill="#ffffff">{escape(str(number))}</text>')
    parts.append("</svg>")
    return "\n".join(parts).encode("utf-8")


def _outline(region: dict) -> str:
    c = region["coords"]
    if region["shape"] == "rect":
        return f'<rect x="{c[0]:g}" y="{c[1]:g}" width="{c[2]:g}" height="{c[3]:g}" {{style}}/>'
    if region["shape"] == "circle":
        return f'<circle cx="{c[0]:g}" cy="{c[1]:g}" r="{c[2]:g}" {{style}}/>'
    points = " ".join(f"{x:g},{y:g}" for x, y in zip(c[0::2], c[1::2], strict=True))
    return f'<polygon points="{points}" {{style}}/>'


def _centre(region: dict) -> tuple[float, float]:
    c = region["coords"]
    if region["shape"] == "rect":
        return c[0] + c[2] / 2, c[1] + c[3] / 2
    if region["shape"] == "circle":
        return c[0], c[1]
    return sum(c[0::2]) / len(c[0::2]), sum(c[1::2]) / len(c[1::2])
