"""Where a clerk command's time goes: imports (-X importtime) and functions (cProfile).

    python benchmarks/wheretime.py [--top N] [--tty] -- --db /abs/path/DB report --overdue

Runs ``python -X importtime -m cProfile -m clerk_cli ARGS`` once in a directory of its
own (give absolute paths; stdout to a file,
or on a pseudo-terminal with --tty, COLUMNS=160) and prints:

- the wall time of that run (cProfile slows Python code down, so read the shares,
  not the absolute times);
- import time by top-level package (the sum of each module's own import time);
- the functions with the most cumulative time, and the most time of their own.
"""

from __future__ import annotations

import argparse
import os
import pstats
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

PY = sys.executable
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def profiler_modules() -> set[str]:
    """The modules `python -m cProfile` imports by itself (left out of clerk's imports)."""
    err = subprocess.run(
        [PY, "-X", "importtime", "-m", "cProfile", "-o", os.devnull, "-c", "pass"],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
    ).stderr
    return {m.group(4) for m in map(IMPORT_LINE.match, err.splitlines()) if m}


def imports_by_package(stderr: str, leave_out: set[str]) -> tuple[dict[str, float], float]:
    """({top-level package: ms of its modules' own import time}, total ms)."""
    own: dict[str, float] = defaultdict(float)
    total = 0.0
    for line in stderr.splitlines():
        m = IMPORT_LINE.match(line)
        if not m or m.group(4) in leave_out:
            continue
        self_us, _cum, _indent, name = m.groups()
        own[name.split(".")[0]] += int(self_us) / 1000
        total += int(self_us) / 1000
    return dict(own), total


HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "rich", "jinja2", "docx", "lxml")


def import_chains(stderr: str) -> dict[str, str]:
    """For each heavy package imported, the chain of modules that first pulled it in.

    -X importtime prints a module after the modules it imports, indented by depth:
    a module's importer is the next line with less indentation."""
    lines = []
    for line in stderr.splitlines():
        m = IMPORT_LINE.match(line)
        if m:
            lines.append((len(m.group(3)), m.group(4), int(m.group(2)) / 1000))
    chains = {}
    cum = {name: ms for _d, name, ms in lines}
    for i, (depth, name, _ms) in enumerate(lines):
        top = name.split(".")[0]
        if top not in HEAVY or top in chains:
            continue
        chain, d = [f"{top} ({cum.get(top, 0):.0f} ms with what it imports)"], depth
        for depth2, name2, _ in lines[i + 1 :]:
            if depth2 < d:
                if name2.split(".")[0] != top:
                    chain.append(name2)
                d = depth2
        chains[top] = " <- ".join(chain)
    return chains


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--" in argv:
        i = argv.index("--")
        mine, clerk_args = argv[:i], argv[i + 1 :]
    else:
        mine, clerk_args = [], argv
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--top", type=int, default=15)
    p.add_argument("--tty", action="store_true", help="run on a pseudo-terminal (script -qec)")
    args = p.parse_args(mine)
    tmp = Path(tempfile.mkdtemp(prefix="clerk-profile-"))
    prof, err = tmp / "run.prof", tmp / "stderr.txt"
    cmd = [PY, "-X", "importtime", "-m", "cProfile", "-o", str(prof), "-m", "clerk_cli"]
    cmd += clerk_args
    env = {**os.environ, "NO_COLOR": "1", "CLERK_USER": "benchmark", "COLUMNS": "120"}
    env.setdefault("CLERK_FROM", "Democratic Services <ds@example.gov.uk>")
    if args.tty:
        # PAGER=cat: in a terminal clerk pages long output through $PAGER (less would wait
        # for a key on the pseudo-terminal), as run.py's terminal runs do.
        env.update({"COLUMNS": "160", "LINES": "50", "TERM": "xterm-256color", "PAGER": "cat"})
        env.pop("NO_COLOR")
        # script(1) merges stderr into the terminal: importtime goes to a file instead.
        inner = f"{shlex.join(cmd)} 2>{shlex.quote(str(err))}"
        cmd = [shutil.which("script") or "script", "-qec", inner, "/dev/null"]
    t0 = time.perf_counter()
    with open(tmp / "stdout.txt", "w") as out:
        # In a directory of its own: -m puts the current directory first on sys.path, and
        # a checkout there would be profiled instead of the installed clerk.
        proc = subprocess.run(
            cmd, env=env, stdout=out, stderr=subprocess.PIPE, text=True, check=False, cwd=tmp
        )
    wall = time.perf_counter() - t0
    stderr = err.read_text() if args.tty else proc.stderr
    if proc.returncode != 0:
        print(stderr[-2000:], file=sys.stderr)
        return proc.returncode
    print(f"# clerk {shlex.join(clerk_args)}")
    print(f"wall {wall:.3f}s under cProfile and -X importtime\n")
    own, total = imports_by_package(stderr, profiler_modules())
    print(
        f"## imports: {total:.0f} ms in all (each module's own time, by package; "
        "cProfile's own imports left out)"
    )
    for name, ms in sorted(own.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {ms:8.1f} ms  {name}")
    chains = import_chains(stderr)
    if chains:
        print("\n## first imported by (module <- its importer <- ...)")
        for top, chain in chains.items():
            print(f"  {top}: {chain}")
    stats = pstats.Stats(str(prof))
    print("\n## functions by cumulative time")
    stats.sort_stats("cumulative").print_stats(args.top)
    print("## functions by own time")
    stats.sort_stats("tottime").print_stats(args.top)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
