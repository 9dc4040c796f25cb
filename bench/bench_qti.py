"""QTI import speed against the floor, in one run.

A generated QTI 2.2 content package of N choice items (half with a map_response mapping) and
one assessmentTest is imported and validated as an exam (manifest, safe parsing, conversion,
sanitising, the exam reader) as a package build does it (with the cycle collector paused, as
`PackageService` and the screens' background tasks run it), against the floor: plain `xml.etree`
parsing of the same files. Wall and CPU time (`time.process_time`: steadier on a loaded machine)
are each the median of the runs; the import with the collector running is shown too.

Run: .venv/bin/python bench/bench_qti.py [--items 1000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.exam_reader import read_exam  # noqa: E402
from app.formats.qti.importer import import_qti  # noqa: E402
from app.services.collector import collector_paused  # noqa: E402

NS = "http://www.imsglobal.org/xsd/imsqti_v2p2"
TEMPLATES = "http://www.imsglobal.org/question/qti_v2p2/rptemplates/"
COMPANION = """format: examstation-qti/1
id: bench
version: "1"
credential: {id: bench, name: Bench}
scoring: {cut_score_percent: 70}
"""


def item_xml(n: int) -> str:
    mapped = n % 2 == 1
    mapping = ('<mapping defaultValue="0" lowerBound="0" upperBound="2"><mapEntry mapKey="A" mappedValue="1"/>'
               '<mapEntry mapKey="C" mappedValue="1"/><mapEntry mapKey="B" mappedValue="-1"/></mapping>'
               if mapped else "")
    choices = "".join(f'<simpleChoice identifier="{c}">Option {c} for item {n}: a <em>plausible</em> answer'
                      f'</simpleChoice>' for c in "ABCD")
    return (f'<assessmentItem xmlns="{NS}" identifier="i{n}" title="Item {n}" adaptive="false" '
            f'timeDependent="false"><responseDeclaration identifier="RESPONSE" cardinality="multiple" '
            f'baseType="identifier"><correctResponse><value>A</value><value>C</value></correctResponse>{mapping}'
            f'</responseDeclaration><outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>'
            f'<itemBody><p>A battery system question number {n} with <strong>some</strong> formatting.</p>'
            f'<choiceInteraction responseIdentifier="RESPONSE" maxChoices="0"><prompt>Choose all that apply.'
            f'</prompt>{choices}</choiceInteraction></itemBody><responseProcessing template="{TEMPLATES}'
            f'{"map_response" if mapped else "match_correct"}"/></assessmentItem>')


def write_package(root: Path, count: int) -> list[Path]:
    (root / "items").mkdir(parents=True)
    files = []
    for n in range(count):
        path = root / "items" / f"i{n}.xml"
        path.write_text(item_xml(n))
        files.append(path)
    refs = "".join(f'<assessmentItemRef identifier="i{n}" href="../items/i{n}.xml"/>' for n in range(count))
    (root / "tests").mkdir()
    (root / "tests" / "test.xml").write_text(
        f'<assessmentTest xmlns="{NS}" identifier="T" title="Bench"><testPart identifier="P" '
        f'navigationMode="nonlinear" submissionMode="simultaneous"><assessmentSection identifier="S" '
        f'title="All" visible="true">{refs}</assessmentSection></testPart></assessmentTest>')
    resources = "".join(f'<resource identifier="r{n}" type="imsqti_item_xmlv2p2" href="items/i{n}.xml">'
                        f'<file href="items/i{n}.xml"/></resource>' for n in range(count))
    (root / "imsmanifest.xml").write_text(
        '<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="M"><organizations/><resources>'
        f'{resources}<resource identifier="t" type="imsqti_test_xmlv2p2" href="tests/test.xml">'
        '<file href="tests/test.xml"/></resource></resources></manifest>')
    (root / "examstation.yaml").write_text(COMPANION)
    return files + [root / "tests" / "test.xml", root / "imsmanifest.xml"]


def timed(function, repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `repeat` calls."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "pkg"
        files = write_package(root, args.items)

        def full() -> None:
            result = import_qti(root)
            exam = read_exam(result.main, result.items, result.checklists, result.media.__contains__,
                             result.read_items)
            assert len(exam.items) == args.items

        def as_built() -> None:
            with collector_paused():
                full()

        floor = timed(lambda: [ET.parse(f) for f in files], args.repeat)
        ours = timed(as_built, args.repeat)
        collecting = timed(full, args.repeat)
    print(f"QTI import of {args.items} items (manifest, safe parse, convert, sanitise, exam reader): "
          f"{ours[0] * 1000:.0f} ms, {args.items / ours[0]:,.0f} items/s")
    print(f"floor, xml.etree parse of the same files: {floor[0] * 1000:.0f} ms ({ours[0] / floor[0]:.1f}x)")
    print(f"CPU time: import {ours[1] * 1000:.0f} ms, floor {floor[1] * 1000:.0f} ms ({ours[1] / floor[1]:.1f}x); "
          f"with the cycle collector running {collecting[1] * 1000:.0f} ms ({collecting[1] / floor[1]:.1f}x)")

if __name__ == "__main__":
    main()
