"""Draws the PNG images used by the sample exams in exam_packages/.

Usage (from the repository root):
    python build/tools/draw_sample_media.py                  # (re)draw every image
    python build/tools/draw_sample_media.py --overlay /tmp/x # also write copies of the
                                                             # hotspot images with their
                                                             # YAML regions outlined

The hotspot regions in the items' YAML are image pixel coordinates. Every
position below that a region depends on is marked `# region:` with the
region id, so a change here can be matched in the YAML (and checked with
--overlay).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush, QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF,
)

# PySide6 6.12 on CPython 3.11 drops one reference to None on every call of a
# C++ method that returns void; a few thousand drawing calls can then free None
# and abort the interpreter ("none_dealloc"). Python 3.12+ is unaffected (None
# is immortal there). Hold a large, deliberately leaked pool of references.
if sys.version_info < (3, 12):
    import ctypes
    _NONE_POOL = [None] * 1_000_000
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_NONE_POOL))

ROOT = Path(__file__).resolve().parents[2]
ESS = ROOT / "exam_packages" / "ess-integration"
EFF = ROOT / "exam_packages" / "efficiency-maintenance"

INK = QColor("#111111")
GREY = QColor("#5a5a5a")
LIGHT = QColor("#eef1f4")
RED = QColor("#c62828")
BLUE = QColor("#1565c0")
GREEN = QColor("#2e7d32")
ORANGE = QColor("#ef6c00")
WHITE = QColor("#ffffff")


# ---------------------------------------------------------------- helpers

def font(px: int, bold: bool = False, mono: bool = False) -> QFont:
    f = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def canvas(width: int, height: int) -> tuple[QImage, QPainter]:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(WHITE)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, p


def pen(color: QColor = INK, width: float = 2, style=Qt.PenStyle.SolidLine) -> QPen:
    result = QPen(color, width, style)
    result.setCapStyle(Qt.PenCapStyle.RoundCap)
    result.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return result


def text(p: QPainter, x: float, y: float, w: float, h: float, s: str, px: int = 14,
         bold: bool = False, color: QColor = INK, align=Qt.AlignmentFlag.AlignCenter,
         mono: bool = False) -> None:
    p.setFont(font(px, bold, mono))
    p.setPen(color)
    p.drawText(QRectF(x, y, w, h), int(align | Qt.TextFlag.TextWordWrap), s)


def box(p: QPainter, x: float, y: float, w: float, h: float, fill: QColor = LIGHT,
        line: QColor = INK, width: float = 2, radius: float = 6) -> None:
    p.setPen(pen(line, width))
    p.setBrush(QBrush(fill))
    p.drawRoundedRect(QRectF(x, y, w, h), radius, radius)


def wire(p: QPainter, points: list[tuple[float, float]], color: QColor, width: float = 4,
         dashed: bool = False) -> None:
    p.setPen(pen(color, width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))


def screw(p: QPainter, cx: float, cy: float, r: float = 10, fill: QColor = WHITE) -> None:
    """A terminal screw seen from the front: a circle with a slot."""
    p.setPen(pen(INK, 2))
    p.setBrush(QBrush(fill))
    p.drawEllipse(QPointF(cx, cy), r, r)
    p.drawLine(QPointF(cx - r * 0.6, cy - r * 0.6), QPointF(cx + r * 0.6, cy + r * 0.6))


def ground_symbol(p: QPainter, x: float, y: float, color: QColor = GREEN, size: float = 14) -> None:
    """Earth symbol hanging below (x, y)."""
    p.setPen(pen(color, 3))
    p.drawLine(QPointF(x, y), QPointF(x, y + size * 0.6))
    for i, half in enumerate((size, size * 0.65, size * 0.3)):
        yy = y + size * 0.6 + i * size * 0.32
        p.drawLine(QPointF(x - half, yy), QPointF(x + half, yy))


def rj45(p: QPainter, x: float, y: float, w: float = 44, h: float = 28) -> None:
    """A network-style socket seen from the front."""
    p.setPen(pen(INK, 2))
    p.setBrush(QBrush(QColor("#263238")))
    p.drawRect(QRectF(x, y, w, h))
    p.setBrush(QBrush(QColor("#90a4ae")))
    p.drawRect(QRectF(x + w * 0.3, y + h - 8, w * 0.4, 8))
    p.setPen(pen(QColor("#ffd54f"), 1.5))
    for i in range(6):
        xx = x + 8 + i * (w - 16) / 5
        p.drawLine(QPointF(xx, y + 4), QPointF(xx, y + 10))


def arrow(p: QPainter, x1: float, y1: float, x2: float, y2: float, color: QColor, width: float = 3) -> None:
    p.setPen(pen(color, width))
    p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    angle = math.atan2(y2 - y1, x2 - x1)
    head = [QPointF(x2, y2)]
    for delta in (2.6, -2.6):
        head.append(QPointF(x2 + 11 * math.cos(angle + delta), y2 + 11 * math.sin(angle + delta)))
    p.setBrush(QBrush(color))
    p.drawPolygon(QPolygonF(head))


def callout(p: QPainter, letter: str, cx: float, cy: float, tx: float, ty: float) -> None:
    """A lettered circle at (cx, cy) with a leader line to the point (tx, ty)."""
    p.setPen(pen(INK, 1.5))
    p.drawLine(QPointF(cx, cy), QPointF(tx, ty))
    p.setBrush(QBrush(INK))
    p.drawEllipse(QPointF(tx, ty), 3, 3)
    p.setBrush(QBrush(QColor("#fff59d")))
    p.setPen(pen(INK, 2))
    p.drawEllipse(QPointF(cx, cy), 15, 15)
    text(p, cx - 15, cy - 15, 30, 30, letter, 17, bold=True)


def save(image: QImage, p: QPainter, path: Path) -> None:
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT)} ({image.width()}x{image.height()})")


# ---------------------------------------------------------------- ESS images

def ess_wiring_diagram(path: Path) -> None:
    """Hybrid inverter connection exercise: battery wired to the disconnect, load side not yet landed."""
    image, p = canvas(800, 500)
    text(p, 10, 6, 780, 26, "Connection exercise: battery side not yet landed on the inverter", 18, bold=True)

    # PV array (already connected)
    box(p, 215, 50, 120, 80, fill=QColor("#e3f2fd"))
    p.setPen(pen(BLUE, 1.5))
    for i in range(1, 4):
        p.drawLine(QPointF(215 + i * 30, 54), QPointF(215 + i * 30, 96))
    p.drawLine(QPointF(219, 75), QPointF(331, 75))
    text(p, 215, 98, 120, 30, "PV ARRAY", 14, bold=True)
    wire(p, [(335, 85), (390, 85)], RED)
    wire(p, [(335, 115), (390, 115)], INK)

    # Battery rack: BMS box on top, four modules below
    box(p, 15, 140, 160, 345, fill=QColor("#fafafa"))
    text(p, 15, 143, 160, 20, "BATTERY RACK", 14, bold=True)
    box(p, 25, 168, 140, 72, fill=QColor("#fff3e0"))
    text(p, 25, 170, 122, 40, "BMS and\nMAIN BREAKER", 13, bold=True)
    for i in range(4):
        y = 255 + i * 56
        box(p, 25, y, 140, 48, fill=QColor("#e8f5e9"), radius=4)
        text(p, 25, y + 2, 140, 22, f"MODULE {i + 1}", 13, bold=True)
        text(p, 25, y + 22, 140, 22, "51.2 V  100 Ah", 12)
    text(p, 148, 182, 16, 16, "+", 14, bold=True, color=RED)
    text(p, 148, 212, 16, 16, "\u2212", 14, bold=True)

    # Battery -> DC disconnect (line side)
    wire(p, [(165, 200), (220, 200)], RED)
    wire(p, [(165, 230), (220, 230)], INK)
    box(p, 220, 180, 100, 70, fill=QColor("#fffde7"))
    text(p, 220, 252, 100, 36, "BATTERY DC\nDISCONNECT", 12, bold=True)
    p.setPen(pen(INK, 3))
    for y in (200, 230):  # open knife switches
        p.drawLine(QPointF(236, y), QPointF(270, y - 14))
        p.drawEllipse(QPointF(236, y), 3, 3)
        p.drawEllipse(QPointF(290, y), 3, 3)
        p.drawLine(QPointF(290, y), QPointF(320, y))
    p.setPen(pen(INK, 1.5, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(253, 193), QPointF(253, 222))

    # Load-side cables waiting to be landed (cut ends, not connected)
    wire(p, [(320, 200), (352, 200)], RED)
    wire(p, [(320, 230), (352, 230)], INK)
    for y, sign, colour in ((200, "+", RED), (230, "\u2212", INK)):
        p.setPen(pen(colour, 2))
        p.setBrush(QBrush(WHITE))
        p.drawEllipse(QPointF(357, y), 6, 6)           # ring lug
        text(p, 334, y - 22, 20, 16, sign, 14, bold=True, color=colour)

    # BMS communication cable from the rack, also waiting (connector drawn loose)
    wire(p, [(165, 160), (300, 160)], BLUE, 3, dashed=True)
    p.setPen(pen(INK, 1.5))
    p.setBrush(QBrush(QColor("#90a4ae")))
    p.drawRect(QRectF(300, 152, 18, 16))
    text(p, 175, 138, 150, 20, "CAN cable from battery", 11, color=BLUE, bold=True)

    # Grounding busbar, rack bonded to it
    box(p, 215, 430, 120, 22, fill=QColor("#c8e6c9"), line=GREEN, radius=2)
    text(p, 215, 454, 120, 20, "GROUND BAR", 12, bold=True, color=GREEN)
    wire(p, [(175, 441), (215, 441)], GREEN, 4)
    ground_symbol(p, 275, 474, size=10)

    # Inverter
    box(p, 380, 50, 260, 435, fill=QColor("#f5f5f5"), width=3, radius=10)
    text(p, 484, 56, 150, 24, "HYBRID INVERTER", 14, bold=True)
    # left column: DC terminals and communication ports
    # region: pv-pos (386, 71, 92, 28)    pv-neg (386, 101, 92, 28)
    for y, label in ((85, "PV+"), (115, "PV\u2212")):
        screw(p, 400, y)
        text(p, 414, y - 12, 62, 24, label, 14, bold=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # region: bat-pos (386, 186, 92, 28)  bat-neg (386, 216, 92, 28)
    for y, label in ((200, "BAT+"), (230, "BAT\u2212")):
        screw(p, 400, y)
        text(p, 414, y - 12, 62, 24, label, 14, bold=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # region: pe (386, 436, 92, 28)
    screw(p, 400, 450, fill=QColor("#c8e6c9"))
    text(p, 414, 438, 62, 24, "PE", 14, bold=True, color=GREEN, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    ground_symbol(p, 452, 444, size=9)
    # region: bms-port (384, 146, 150, 30)   meter-port (384, 276, 150, 30)
    # region: lan-port (384, 321, 150, 30)   drm-port   (384, 366, 150, 30)
    for y, label in ((147, "BMS (CAN)"), (277, "METER (RS485)"), (322, "LAN"), (367, "DRM")):
        rj45(p, 388, y, 40, 27)
        text(p, 434, y, 100, 27, label, 12, bold=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # right column: AC terminals (already wired)
    for y0, title in ((110, "AC GRID"), (330, "AC BACKUP")):
        text(p, 545, y0, 90, 20, title, 12, bold=True)
        for i, label in enumerate(("L", "N", "PE")):
            x = 560 + i * 30
            text(p, x - 14, y0 + 20, 28, 18, label, 12, bold=True)
            screw(p, x, y0 + 48, 9, fill=QColor("#c8e6c9") if label == "PE" else WHITE)
    # inverter symbol: DC (=) in, AC (~) out
    p.setPen(pen(GREY, 2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(545, 205, 70, 70))
    p.drawLine(QPointF(545, 275), QPointF(615, 205))
    text(p, 548, 207, 30, 30, "=", 20, bold=True, color=GREY)
    text(p, 582, 243, 30, 30, "~", 22, bold=True, color=GREY)

    # AC panels on the right
    wire(p, [(640, 158), (680, 158)], INK, 5)
    box(p, 680, 120, 112, 78, fill=QColor("#ede7f6"))
    text(p, 680, 124, 112, 70, "MAIN PANEL\n(grid)", 13, bold=True)
    wire(p, [(640, 378), (680, 378)], INK, 5)
    box(p, 680, 340, 112, 78, fill=QColor("#ede7f6"))
    text(p, 680, 344, 112, 70, "BACKUP\nLOADS\nPANEL", 13, bold=True)
    save(image, p, path)


def battery_module_front(path: Path) -> None:
    image, p = canvas(800, 500)
    text(p, 10, 6, 780, 26, "Battery module LFP-51V-100: front panel", 18, bold=True)
    # handles
    for x in (22, 752):
        box(p, x, 120, 26, 260, fill=QColor("#b0bec5"), radius=10)
    box(p, 48, 50, 704, 420, fill=QColor("#eceff1"), width=3, radius=8)

    # power button and status LEDs
    # region: power (72, 112, 76, 76)
    p.setPen(pen(INK, 3))
    p.setBrush(QBrush(QColor("#cfd8dc")))
    p.drawEllipse(QPointF(110, 150), 30, 30)
    p.setPen(pen(GREEN, 4))
    p.drawArc(QRectF(96, 136, 28, 28), 120 * 16, 300 * 16)
    p.drawLine(QPointF(110, 132), QPointF(110, 150))
    text(p, 70, 184, 80, 20, "POWER", 12, bold=True)
    for i, (label, colour) in enumerate((("RUN", GREEN), ("ALM", RED))):
        x = 185 + i * 55
        p.setPen(pen(INK, 1.5))
        p.setBrush(QBrush(colour))
        p.drawEllipse(QPointF(x, 140), 9, 9)
        text(p, x - 25, 154, 50, 18, label, 12, bold=True)
    text(p, 290, 118, 110, 16, "SOC", 12, bold=True)
    for i in range(4):
        p.setPen(pen(INK, 1.5))
        p.setBrush(QBrush(GREEN if i < 3 else WHITE))
        p.drawRect(QRectF(292 + i * 27, 134, 20, 12))

    # DC breaker
    # region: breaker (420, 96, 110, 128)
    box(p, 430, 100, 90, 110, fill=QColor("#263238"), radius=4)
    box(p, 460, 118, 30, 46, fill=QColor("#ffca28"), radius=3)
    text(p, 430, 168, 90, 38, "DC BREAKER\n125 A", 11, bold=True, color=WHITE)
    text(p, 430, 104, 90, 14, "ON", 10, bold=True, color=WHITE)

    # power terminals under hinged covers
    # region: pos-terminal circle (610, 160, 38)   neg-terminal circle (705, 160, 38)
    for cx, label, colour in ((610, "B+", RED), (705, "B\u2212", INK)):
        p.setPen(pen(colour, 3))
        p.setBrush(QBrush(QColor("#ffcdd2") if colour == RED else QColor("#cfd8dc")))
        p.drawEllipse(QPointF(cx, 150), 32, 32)
        p.setBrush(QBrush(QColor("#bdbdbd")))
        p.drawEllipse(QPointF(cx, 150), 13, 13)
        text(p, cx - 30, 184, 60, 22, label, 16, bold=True, color=colour)

    # communication ports
    # region: link-in (85, 290, 90, 70)  link-out (185, 290, 90, 70)  inverter-port (285, 290, 110, 70)
    for x, label in ((105, "LINK IN"), (205, "LINK OUT"), (318, "CAN/RS485\nINVERTER")):
        rj45(p, x, 300)
        text(p, x - 30, 330, 104, 34, label, 11, bold=True)

    # address DIP switch
    # region: dip (430, 278, 150, 92)
    box(p, 440, 300, 130, 44, fill=QColor("#d32f2f"), line=INK, radius=3)
    text(p, 440, 282, 130, 18, "ADDR", 12, bold=True)
    text(p, 540, 300, 30, 14, "ON", 9, bold=True, color=WHITE)
    for i in range(4):
        x = 452 + i * 22
        p.setPen(pen(INK, 1))
        p.setBrush(QBrush(WHITE))
        p.drawRect(QRectF(x, 306, 14, 32))
        p.setBrush(QBrush(QColor("#424242")))
        p.drawRect(QRectF(x + 2, 322 if i else 308, 10, 14))   # switch 1 ON, others OFF
        text(p, x - 4, 346, 22, 16, str(i + 1), 12, bold=True)

    # grounding stud
    # region: ground-stud circle (700, 395, 34)
    p.setPen(pen(GREEN, 3))
    p.setBrush(QBrush(QColor("#c8e6c9")))
    p.drawEllipse(QPointF(700, 395), 18, 18)
    p.setBrush(QBrush(QColor("#9e9e9e")))
    p.setPen(pen(INK, 2))
    p.drawEllipse(QPointF(700, 395), 8, 8)
    ground_symbol(p, 733, 386, size=10)
    text(p, 630, 420, 140, 20, "M6 stud", 12, bold=True, color=GREEN)

    text(p, 60, 410, 400, 50, "Rated 51.2 V \u2022 100 Ah \u2022 5.12 kWh\nLiFePO4 \u2022 indoor use only",
         13, color=GREY, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    save(image, p, path)


def table_image(path: Path, title: str, note: str, headers: list[str], widths: list[int],
                rows: list[list[str]], footer: str, row_height: int = 40) -> None:
    width = 800
    top = 92
    height = top + row_height * (len(rows) + 1) + 90
    image, p = canvas(width, height)
    text(p, 20, 10, width - 40, 30, title, 20, bold=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    text(p, 20, 42, width - 40, 40, note, 13, color=GREY, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    x0 = 20
    y = top
    for r, row in enumerate([headers] + rows):
        fill = QColor("#263238") if r == 0 else (QColor("#f1f4f6") if r % 2 else WHITE)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fill))
        p.drawRect(QRectF(x0, y, sum(widths), row_height))
        x = x0
        for c, cell in enumerate(row):
            text(p, x + 10, y, widths[c] - 20, row_height, cell, 14, bold=(r == 0 or c == 0 and False),
                 color=WHITE if r == 0 else INK,
                 align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            x += widths[c]
        y += row_height
    p.setPen(pen(INK, 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(x0, top, sum(widths), y - top))
    x = x0
    for w in widths[:-1]:
        x += w
        p.drawLine(QPointF(x, top), QPointF(x, y))
    text(p, 20, y + 10, width - 40, 70, footer, 13, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    save(image, p, path)


def torque_table(path: Path) -> None:
    table_image(
        path,
        "Exhibit 1: Terminal torque table",
        "Sample values for this exam only. On the job, always use the torque values in the "
        "installation manual of the equipment you are installing.",
        ["Connection", "Fastener", "Torque (N\u00b7m)"],
        [430, 190, 140],
        [
            ["Battery module power terminals (B+ / B\u2212)", "M8 bolt", "10.0"],
            ["Module-to-module busbar", "M6 bolt", "5.0"],
            ["Inverter battery terminals (BAT+ / BAT\u2212)", "M6 stud, ring lug", "6.0"],
            ["Battery DC disconnect terminals", "M5 screw", "3.5"],
            ["Inverter AC terminal block (L, N, PE)", "Screw clamp", "2.0"],
            ["Equipment grounding stud (module, rack)", "M6 nut", "4.0"],
            ["Rack anchor to floor", "M10 anchor bolt", "25"],
        ],
        "Use a calibrated torque wrench or driver. Mark every power connection with a torque "
        "mark after tightening.  Conversion: 1 N\u00b7m = 8.85 lbf\u00b7in.",
    )


def module_datasheet(path: Path) -> None:
    table_image(
        path,
        "Exhibit 2: Battery module datasheet (excerpt)",
        "Model LFP-51V-100. A fictional product; the figures are typical of residential LFP modules.",
        ["Parameter", "Value"],
        [330, 430],
        [
            ["Cell chemistry", "Lithium iron phosphate (LiFePO4)"],
            ["Configuration", "16 cells in series (16S)"],
            ["Nominal voltage", "51.2 V"],
            ["Operating voltage range", "44.8 V to 57.6 V"],
            ["Rated capacity", "100 Ah"],
            ["Nominal energy", "5.12 kWh"],
            ["Recommended max. depth of discharge", "90 %"],
            ["Max. continuous charge current", "50 A"],
            ["Max. continuous discharge current", "100 A"],
            ["Peak discharge current", "150 A for 10 s"],
            ["Charging temperature", "0 \u00b0C to 50 \u00b0C"],
            ["Discharging temperature", "\u221210 \u00b0C to 55 \u00b0C"],
            ["Modules in parallel", "up to 8 (one address per module)"],
            ["Communication", "CAN 500 kbit/s or RS485"],
            ["Weight", "45 kg"],
        ],
        "Install indoors (IP20). Ground each module through its M6 grounding stud.",
        row_height=34,
    )


# ---------------------------------------------------------------- efficiency image

def minisplit_indoor_unit(path: Path) -> None:
    """Side section of a wall-mounted ductless indoor unit, parts lettered A to H."""
    image, p = canvas(800, 500)
    text(p, 10, 6, 780, 26, "Wall-mounted ductless indoor unit: side section", 18, bold=True)

    # wall (left), hatched
    p.setPen(pen(INK, 2))
    p.setBrush(QBrush(QColor("#d7ccc8")))
    p.drawRect(QRectF(40, 40, 45, 450))
    p.setPen(pen(QColor("#8d6e63"), 1.5))
    for y in range(40, 490, 18):
        p.drawLine(QPointF(40, y + 18), QPointF(85, y))
    box(p, 42, 44, 41, 18, fill=WHITE, line=WHITE, width=0, radius=2)
    text(p, 40, 44, 45, 18, "WALL", 11, bold=True)

    # cabinet: back on the wall, open at the bottom front (air outlet, x 300..470)
    body = QPainterPath()
    body.moveTo(300, 405)
    body.lineTo(85, 405)
    body.lineTo(85, 90)
    body.lineTo(470, 90)
    body.quadTo(560, 95, 565, 200)
    body.lineTo(560, 330)
    body.quadTo(552, 395, 470, 405)
    p.setPen(pen(INK, 3))
    p.setBrush(QBrush(QColor("#fafafa")))
    p.drawPath(body)

    # A: intake grille on top (slots)
    p.setPen(pen(INK, 3))
    for x in range(130, 460, 22):
        p.drawLine(QPointF(x, 86), QPointF(x + 10, 86))

    # B: filter (mesh) under the grille, curving down the front
    mesh = QPainterPath()
    mesh.moveTo(110, 108)
    mesh.lineTo(460, 108)
    mesh.quadTo(535, 112, 540, 190)
    p.setPen(pen(BLUE, 5, Qt.PenStyle.DotLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(mesh)

    # C: evaporator coil, finned slabs over and in front of the blower
    def coil(x1: float, y1: float, x2: float, y2: float) -> None:
        p.setPen(pen(QColor("#b71c1c"), 20))
        p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        p.setPen(pen(WHITE, 1.5))
        for i in range(11):
            t = i / 10
            p.drawEllipse(QPointF(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t), 3.5, 3.5)
    coil(200, 205, 300, 140)     # rear slab
    coil(330, 135, 495, 150)     # top slab
    coil(505, 162, 513, 268)     # front slab

    # D: cross-flow blower wheel, with its scroll guiding air to the outlet
    p.setPen(pen(GREY, 2))
    scroll = QPainterPath()
    scroll.moveTo(285, 240)
    scroll.quadTo(255, 340, 300, 405)
    p.drawPath(scroll)
    p.drawLine(QPointF(400, 330), QPointF(470, 400))
    p.setPen(pen(INK, 3))
    p.setBrush(QBrush(QColor("#cfd8dc")))
    p.drawEllipse(QPointF(340, 280), 58, 58)
    p.setPen(pen(INK, 2))
    for i in range(18):
        a = i * 2 * math.pi / 18
        p.drawLine(QPointF(340 + 40 * math.cos(a), 280 + 40 * math.sin(a)),
                   QPointF(340 + 56 * math.cos(a + 0.35), 280 + 56 * math.sin(a + 0.35)))
    p.setBrush(QBrush(INK))
    p.drawEllipse(QPointF(340, 280), 6, 6)

    # E: condensate drain pan under the front coil
    # region: drain-pan rect (470, 285, 90, 45)
    pan = QPainterPath()
    pan.moveTo(478, 292)
    pan.lineTo(484, 318)
    pan.lineTo(545, 318)
    pan.lineTo(551, 292)
    p.setPen(pen(QColor("#0d47a1"), 4))
    p.setBrush(QBrush(QColor("#bbdefb")))
    p.drawPath(pan)

    # F: drain hose, behind the section plane (dashed), from the pan to the wall
    # region: drain-hose polygon around the dashed path
    wire(p, [(500, 318), (500, 340), (440, 385), (85, 385), (40, 385)], QColor("#0d47a1"), 6, dashed=True)

    # G: louver (vane) at the air outlet
    # region: louver rect (395, 395, 82, 36)
    p.setPen(pen(INK, 6))
    p.drawLine(QPointF(402, 402), QPointF(470, 424))

    # H: insulated refrigerant lines leaving through the wall at the back
    # region: line-set polygon
    wire(p, [(230, 300), (170, 335), (85, 335), (40, 335)], QColor("#424242"), 14)
    wire(p, [(230, 322), (180, 357), (85, 357), (40, 357)], QColor("#424242"), 11)
    for y in (335, 357):
        p.setPen(pen(QColor("#ffb300"), 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(150, y), 4, 4)

    # airflow
    for x in (200, 300, 400):
        arrow(p, x, 46, x, 78, BLUE)
    text(p, 95, 52, 95, 20, "room air in", 13, color=BLUE, bold=True)
    arrow(p, 350, 418, 380, 462, ORANGE)
    arrow(p, 415, 438, 455, 476, ORANGE)
    text(p, 470, 462, 200, 28, "conditioned air out", 13, color=ORANGE, bold=True,
         align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    # callouts: letter circles (r 15) at x 700 and two inside the drawing
    # region: drain-pan-callout circle (700, 310, 18)
    for letter, cy, tx, ty in (("A", 62, 430, 86), ("B", 125, 470, 109), ("C", 190, 516, 225),
                               ("E", 310, 551, 306), ("F", 370, 468, 364), ("G", 430, 462, 421)):
        callout(p, letter, 700, cy, tx, ty)
    callout(p, "D", 215, 262, 283, 275)
    callout(p, "H", 215, 440, 140, 357)
    save(image, p, path)


# ---------------------------------------------------------------- overlay check

def overlay(out_dir: Path) -> None:
    """Copies of the hotspot images with every region of every hotspot item outlined (key in red)."""
    import yaml
    out_dir.mkdir(parents=True, exist_ok=True)
    for exam in (ESS, EFF):
        for items_file in sorted((exam / "items").glob("*.yaml")):
            for item in yaml.safe_load(items_file.read_text(encoding="utf-8"))["items"]:
                if item.get("type") != "hotspot":
                    continue
                image = QImage(str(exam / item["image"]))
                p = QPainter(image)
                p.setRenderHint(QPainter.RenderHint.Antialiasing)
                keys = item["key"] if isinstance(item["key"], list) else [item["key"]]
                for region in item["regions"]:
                    c = region["coords"]
                    p.setPen(pen(RED if region["id"] in keys else ORANGE, 3 if region["id"] in keys else 1.5))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    if region["shape"] == "rect":
                        p.drawRect(QRectF(*c))
                    elif region["shape"] == "circle":
                        p.drawEllipse(QPointF(c[0], c[1]), c[2], c[2])
                    else:
                        p.drawPolygon(QPolygonF([QPointF(c[i], c[i + 1]) for i in range(0, len(c), 2)]))
                p.end()
                target = out_dir / f"{item['id']}.png"
                image.save(str(target), "PNG")
                print(f"overlay {target}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--overlay", type=Path, help="also write hotspot images with regions outlined here")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for fonts
    ess_wiring_diagram(ESS / "media" / "ess-wiring-diagram.png")
    battery_module_front(ESS / "media" / "battery-module-front.png")
    torque_table(ESS / "media" / "torque-table.png")
    module_datasheet(ESS / "media" / "module-datasheet.png")
    minisplit_indoor_unit(EFF / "media" / "minisplit-indoor-unit.png")
    if args.overlay:
        overlay(args.overlay)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
