"""Time the pure minutes extractor on a ~50-page document (median of 7 runs, in-process).

    python benchmarks/extract.py

Target (issue 3): a 50-page document in well under a second.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from clerk_cli.minutes import extract

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "examples"
    / "minutes"
    / "county_highways_committee.txt"
)


def main() -> None:
    page = EXAMPLE.read_text(encoding="utf-8")
    text = "\n".join([page] * 50)
    extract(text)  # warm-up: compiles nothing new, but fills caches as a real run would
    times = []
    for _ in range(7):
        started = time.perf_counter()
        extract(text)
        times.append(time.perf_counter() - started)
    lines = text.count("\n") + 1
    print(
        f"extract: {lines} lines (~50 pages): median {statistics.median(times):.3f}s "
        f"min {min(times):.3f}s max {max(times):.3f}s"
    )


if __name__ == "__main__":
    main()
