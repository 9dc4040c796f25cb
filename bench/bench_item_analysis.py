"""Item analysis (difficulty, corrected point-biserial, omit rate, Cronbach's alpha) of 100,000
attempts x 100 items, against the floor: a direct numpy computation over the same matrix, in
the same run. Also the plain-Python path (what runs where numpy is not installed).

Run: .venv/bin/python bench/bench_item_analysis.py [--attempts 100000] [--items 100] [--repeat 3] [--plain]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain import psychometrics  # noqa: E402


def make_matrix(attempts: int, items: int) -> tuple[np.ndarray, np.ndarray]:
    """Rasch-like 0/1 scores with some partial credit, and omits, from a fixed seed."""
    rng = np.random.default_rng(1)
    ability, difficulty = rng.normal(size=(attempts, 1)), rng.normal(size=(1, items))
    scores = (ability - difficulty + rng.normal(size=(attempts, items)) > 0).astype(float)
    scores[:, ::10] *= rng.choice([0.5, 1.0], size=(attempts, len(range(0, items, 10))))
    omitted = rng.random((attempts, items)) < 0.02
    scores[omitted] = 0.0
    return scores, omitted


def floor(scores: np.ndarray, omitted: np.ndarray) -> tuple:
    """The same statistics as plainly as numpy writes them."""
    n, k = scores.shape
    totals = scores.sum(axis=1)
    rest = totals[:, None] - scores
    x, y = scores - scores.mean(axis=0), rest - rest.mean(axis=0)
    rpb = (x * y).sum(axis=0) / np.sqrt((x ** 2).sum(axis=0) * (y ** 2).sum(axis=0))
    alpha = k / (k - 1) * (1 - scores.var(axis=0, ddof=1).sum() / totals.var(ddof=1))
    return scores.mean(axis=0), rpb, omitted.mean(axis=0), alpha


def ours(scores, omitted) -> None:
    psychometrics.item_statistics([f"i{j}" for j in range(scores.shape[1] if hasattr(scores, "shape")
                                                           else len(scores[0]))], scores, omitted)
    psychometrics.reliability(scores)


def best_of(repeat: int, run: Callable[[], None]) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return min(samples) if repeat < 3 else statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plain", action="store_true", help="also time the plain-Python path (seconds)")
    args = parser.parse_args()
    scores, omitted = make_matrix(args.attempts, args.items)
    floor_s = best_of(args.repeat, lambda: floor(scores, omitted))
    ours_s = best_of(args.repeat, lambda: ours(scores, omitted))
    print(f"item analysis, {args.attempts:,} attempts x {args.items} items: {ours_s * 1000:.0f} ms; "
          f"numpy floor {floor_s * 1000:.0f} ms; ratio {ours_s / floor_s:.2f}x")
    if args.plain:
        lists, omits = scores.tolist(), omitted.tolist()
        start = time.perf_counter()
        psychometrics._plain_item_statistics([f"i{j}" for j in range(args.items)], lists, omits)
        psychometrics._plain_reliability(lists)
        plain_s = time.perf_counter() - start
        print(f"plain Python (no numpy installed): {plain_s:.1f} s; ratio {plain_s / floor_s:.0f}x")


if __name__ == "__main__":
    main()
