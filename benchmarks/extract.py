"""Time the pure minutes extractor on 50-page documents (median of 7 runs, in-process).

    python benchmarks/extract.py        (from the repository's root)

Targets: issue 3, a 50-page document in well under a second; issue 12, a 50-page document
under 0.5 s.  Two documents are timed:

- "example": an example committee's minutes (examples/minutes/county_highways_committee.txt)
  fifty times over, about the density of real minutes;
- "dense": the synthetic minutes of tests/minutes/synthetic.py, 50 pages of 4,000
  characters each with a resolution or an action in nearly every paragraph (about 25
  resolutions and 50 actions a page: far more than any real minutes).

Wall time (perf_counter) and CPU time (process_time) are both given; on a busy machine read
the CPU time.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clerk_cli.minutes import extract  # noqa: E402
from tests.minutes.synthetic import synthetic_minutes  # noqa: E402

EXAMPLE = ROOT / "examples" / "minutes" / "county_highways_committee.txt"


def _time(name: str, text: str) -> None:
    extract(text)  # warm-up: compiles nothing new, but fills caches as a real run would
    wall, cpu = [], []
    for _ in range(7):
        started, started_cpu = time.perf_counter(), time.process_time()
        extract(text)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    lines = text.count("\n") + 1
    print(
        f"extract {name}: {lines} lines, {len(text):,} characters (50 pages): median "
        f"{statistics.median(wall):.3f}s wall, {statistics.median(cpu):.3f}s CPU "
        f"(min {min(wall):.3f}s, max {max(wall):.3f}s)"
    )


def main() -> None:
    _time("example", "\n".join([EXAMPLE.read_text(encoding="utf-8")] * 50))
    _time("dense", synthetic_minutes(50 * 4000))


if __name__ == "__main__":
    main()
