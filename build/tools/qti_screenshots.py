"""Renders imported QTI sample items (tests/fixtures/qti) as the candidate sees them, for
docs/qti-import.md.

Usage (from the repository root):  python build/tools/qti_screenshots.py docs/screens/qti
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.attempt import AttemptState  # noqa: E402
from app.domain.exam_reader import read_exam  # noqa: E402
from app.domain.plan import AttemptPlan  # noqa: E402
from app.formats.qti.importer import import_qti  # noqa: E402
from app.ui.candidate.item_page import ItemPage  # noqa: E402

QTI = ROOT / "tests" / "fixtures" / "qti"
SHOTS = (("v3", "v3-numeric", "table-and-blank"), ("v2", "v2-gap", "gap-match"), ("v3", "v3-math", "mathml"),
         ("v3", "v3-extended", "extended-text"), ("v2", "v2-hotspot-point", "select-point"))


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    for version, item_id, name in SHOTS:
        result = import_qti(QTI / version, QTI / "companion.yaml", skip_unsupported=True)
        exam = read_exam(result.main, result.items, result.checklists, result.media.__contains__)
        page = ItemPage(AttemptPlan.build(exam, exam.forms[-1].id, seed=1), result.media.__getitem__)
        page.resize(900, 560)
        page.show()
        page.show_item(item_id, None, AttemptState())
        app.processEvents()
        image = page.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8)
        image.save(str(out / f"{name}.png"))
        page.close()
        print(out / f"{name}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens/qti"))
