"""Time clerk as a clerk runs it (whole processes) at 1k, 100k and 1M actions.

    python benchmarks/run.py                 # everything; writes benchmarks/RESULTS.md
    python benchmarks/run.py --quick         # 1k and 100k, 3 runs, prints only
    python benchmarks/run.py --sizes 1k,100k --scenarios report,add-action

Every command runs as its own process: one warm-up, then --runs timed runs (median,
min, max wall time; peak RSS of the child from os.wait4).  The reference commands
(``python -c "import click"`` and ``python -c "import sqlmodel"``) are timed in the
same run, before and after the clerk commands, so the ratios hold on a busy machine.

Databases come from benchmarks/generate.py and are cached in benchmarks/data/ (one
per size and day: "overdue" is relative to the day they were generated, so plain
``clerk report --overdue`` reports ~5% of the actions).  Commands that write work on a
copy (benchmarks/data/work-*.db), so the cached databases never drift.

If Taskwarrior (``task``) is installed, the same number of pending tasks (~5% overdue)
is loaded into a temporary TASKDATA and ``task overdue`` / ``task add`` are timed too.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "data"
PY = sys.executable
BIN = Path(PY).parent
CLERK = str(BIN / "clerk") if (BIN / "clerk").exists() else shutil.which("clerk") or "clerk"
SIZES = {"1k": 1_000, "100k": 100_000, "1M": 1_000_000}
SCENARIOS = (
    "startup",
    "report",
    "add-action",
    "done",
    "digest",
    "import-minutes",
    "import-json",
    "taskwarrior",
)
TIME_BIN = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


@dataclass
class Timing:
    name: str
    size: str
    cmd: str
    samples: list[float] = field(default_factory=list)
    rss_kib: int = 0
    rows: int | None = None
    note: str = ""
    ref_name: str = ""  # the reference command run just before each sample, if any
    ref_samples: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        """Median of sample / reference-run-just-before: steady under a drifting load."""
        if not self.ref_samples:
            return None
        return statistics.median(c / r for c, r in zip(self.samples, self.ref_samples, strict=True))

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def lo(self) -> float:
        return min(self.samples) if self.samples else float("nan")

    @property
    def hi(self) -> float:
        return max(self.samples) if self.samples else float("nan")


def run_once(
    argv: list[str],
    *,
    env: dict,
    stdout_path: Path | None = None,
    cwd: Path | None = None,
    stdin: str | None = None,
) -> tuple[float, int, int]:
    """(wall seconds, peak RSS KiB, exit code) of one child process."""
    out = open(stdout_path, "w") if stdout_path else subprocess.DEVNULL
    rss_file = None
    if TIME_BIN:
        # /usr/bin/time reports the command's own peak RSS; a child forked from this
        # (larger) Python process would count the parent's pages too.
        rss_file = tempfile.NamedTemporaryFile(prefix="clerk-rss-", delete=False)
        rss_file.close()
        argv = [TIME_BIN, "-f", "%M", "-o", rss_file.name, *argv]
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            argv,
            env=env,
            stdout=out,
            stderr=subprocess.PIPE,
            cwd=cwd,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        )
        if stdin is not None:
            proc.stdin.write(stdin.encode())
            proc.stdin.close()
        # os.wait4 gives this child's own rusage (RUSAGE_CHILDREN would be the max of all children).
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
    finally:
        if stdout_path:
            out.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {err.strip()[-600:]}")
    rss = usage.ru_maxrss
    if rss_file is not None:
        text = Path(rss_file.name).read_text().split()
        os.unlink(rss_file.name)
        rss = int(text[-1]) if text else rss
    return wall, rss, proc.returncode


REFERENCES = {"click": [PY, "-c", "import click"], "sqlmodel": [PY, "-c", "import sqlmodel"]}


def measure(
    name: str,
    size: str,
    argv: list[str],
    *,
    runs: int,
    env: dict | None = None,
    setup=None,
    stdout_path: Path | None = None,
    show: str | None = None,
    warmup: bool = True,
    paired: str | None = None,
    paired_argv: list[str] | None = None,
) -> Timing:
    """A warm-up, then `runs` timed runs; setup(i) (untimed) may return replacement argv.

    paired="click"/"sqlmodel": run that reference command just before each timed run too,
    so the ratio compares runs made under the same load (this machine may be shared).
    paired_argv: another command as the reference (named by paired), output to the same
    kind of file as the timed command.
    """
    env = {**BASE_ENV, **(env or {})}
    t = Timing(name, size, show or " ".join(argv), ref_name=paired or "")
    ref_argv = paired_argv or (REFERENCES[paired] if paired else None)
    for i in range(-1 if warmup else 0, runs):
        args = argv
        if setup is not None:
            args = setup(i) or argv
        if ref_argv and i >= 0:
            ref_out = stdout_path if paired_argv else None
            t.ref_samples.append(run_once(ref_argv, env=env, stdout_path=ref_out)[0])
        wall, rss, _ = run_once(args, env=env, stdout_path=stdout_path)
        if i >= 0:
            t.samples.append(wall)
            t.rss_kib = max(t.rss_kib, rss)
    extra = f"  ratio {t.ratio:5.2f} x {paired}" if paired else ""
    print(
        f"  {name:<28} {size:>5}  median {t.median:7.3f}s  min {t.lo:7.3f}  max {t.hi:7.3f}  "
        f"rss {t.rss_kib / 1024:6.1f} MiB{extra}",
        file=sys.stderr,
        flush=True,
    )
    return t


BASE_ENV = {**os.environ, "NO_COLOR": "1", "CLERK_USER": "benchmark", "COLUMNS": "120"}
# Installed clerk has its bytecode compiled (pip does it); an editable checkout under
# PYTHONDONTWRITEBYTECODE=1 would recompile every module on every run and time the
# compiler, not clerk.  The warm-up run writes the __pycache__ (git-ignored).
for _var in (
    "CLERK_DB",
    "CLERK_DATABASE_URL",
    "CLERK_DEBUG",
    "_CLERK_COMPLETE",
    "PYTHONDONTWRITEBYTECODE",
):
    BASE_ENV.pop(_var, None)


# ---- data --------------------------------------------------------------------


def schema_head() -> str:
    """The newest migration (cached databases are rebuilt when the schema moves on)."""
    revs = sorted(
        p.name.split("_", 1)[0] for p in (REPO / "migrations" / "versions").glob("[0-9]*_*.py")
    )
    return revs[-1] if revs else "0"


def cached_db(size: str, today: date) -> Path:
    """The generated database for this size, day and schema, built on first use."""
    n = SIZES[size]
    path = DATA / f"clerk-{n}-{today.isoformat()}-r{schema_head()}.db"
    if not path.exists():
        print(f"generating {size} actions into {path} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        subprocess.run(
            [
                PY,
                str(HERE / "generate.py"),
                str(path),
                "--actions",
                str(n),
                "--today",
                today.isoformat(),
            ],
            check=True,
        )
        print(f"  generated in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return path


def work_copy(src: Path, size: str) -> Path:
    """A scratch copy of a cached database for commands that write."""
    dst = DATA / f"work-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    con = sqlite3.connect(src)
    out = sqlite3.connect(dst)
    con.backup(out)
    out.close()
    con.close()
    return dst


def q(db: Path, sql: str, *params):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def overdue_count(db: Path, today: date) -> int:
    return q(
        db,
        "SELECT count(*) FROM action WHERE status IN ('open','in_progress') AND due_date < ?",
        today.isoformat(),
    )[0][0]


# ---- minutes files for import-minutes ---------------------------------------

DATE_WORDS = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|"
    r"November|December) (\d{4})\b"
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def minutes_files(target: Path, count: int = 100) -> list[Path]:
    """count minutes files made from examples/minutes/*.txt, each moved on by whole years of 364 days
    (so weekdays still match) to make distinct meetings and distinct content."""
    sources = sorted((REPO / "examples" / "minutes").glob("*.txt"))
    if not sources:
        return []
    target.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(count):
        src = sources[i % len(sources)]
        shift = timedelta(days=364 * (1 + i // len(sources)))
        raw = src.read_bytes()
        try:
            text = raw.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            text, enc = raw.decode("cp1252"), "cp1252"

        def move(m, shift=shift):
            d = date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1))) + shift
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

        text = DATE_WORDS.sub(move, text)
        path = target / f"{i:03d}-{src.name}"
        path.write_bytes(text.encode(enc))
        files.append(path)
    return files


# ---- Taskwarrior -------------------------------------------------------------


def taskwarrior_env(n: int, overdue: int, today: date) -> tuple[dict, Path, float] | None:
    """A TASKDATA with n pending tasks (overdue of them past due); (env, dir, load seconds)."""
    task = shutil.which("task")
    if not task:
        return None
    base = DATA / f"taskwarrior-{n}-{today.isoformat()}"
    rc = base / "taskrc"
    env = {**BASE_ENV, "TASKDATA": str(base / "data"), "TASKRC": str(rc)}
    marker = base / "loaded"
    if marker.exists():
        return env, base, float(marker.read_text())
    shutil.rmtree(base, ignore_errors=True)
    (base / "data").mkdir(parents=True)
    rc.write_text(f"data.location={base / 'data'}\nconfirmation=off\nverbose=nothing\n")
    rng = random.Random(n)
    tasks = []
    for i in range(n):
        due = (
            today - timedelta(days=rng.randint(1, 700))
            if i < overdue
            else today + timedelta(days=rng.randint(1, 180))
        )
        tasks.append(
            {
                "description": f"Benchmark action {i}",
                "status": "pending",
                "entry": "20200101T000000Z",
                "due": due.strftime("%Y%m%dT120000Z"),
                "project": f"C{i % 60}",
                "uuid": f"00000000-0000-4000-8000-{i:012d}",
            }
        )
    src = base / "tasks.json"
    src.write_text(json.dumps(tasks))
    t0 = time.perf_counter()
    subprocess.run(
        [task, "rc.confirmation=off", "rc.verbose=nothing", "import", str(src)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    load = time.perf_counter() - t0
    marker.write_text(f"{load:.1f}")
    return env, base, load


# ---- the run -----------------------------------------------------------------


def clerk(db: Path, *args: str) -> list[str]:
    return [CLERK, "--db", str(db), *args]


def available(command: str) -> bool:
    try:
        subprocess.run([CLERK, command, "--help"], env=BASE_ENV, check=True, capture_output=True)
        return True
    except (subprocess.CalledProcessError, FileNotFoundError):
        return False


def run(args) -> tuple[list[Timing], dict]:
    today = date.today()
    sizes = [s for s in args.sizes.split(",") if s]
    for s in sizes:
        if s not in SIZES:
            raise SystemExit(f"unknown size {s}: use {', '.join(SIZES)}")
    chosen = set(args.scenarios.split(",")) if args.scenarios else set(SCENARIOS)
    runs = args.runs
    out: list[Timing] = []
    info: dict = {"skipped": [], "rows": {}, "tw_load": {}}
    tmp = Path(tempfile.mkdtemp(prefix="clerk-bench-"))
    sink = tmp / "stdout.txt"
    dbs = {s: cached_db(s, today) for s in sizes}

    def refs(tag: str):
        out.append(
            measure(
                f"ref: import click ({tag})",
                "-",
                [PY, "-c", "import click"],
                runs=runs,
                show='python -c "import click"',
            )
        )
        out.append(
            measure(
                f"ref: import sqlmodel ({tag})",
                "-",
                [PY, "-c", "import sqlmodel"],
                runs=runs,
                show='python -c "import sqlmodel"',
            )
        )

    refs("before")
    any_db = dbs[sizes[-1]]
    if "startup" in chosen:
        env = {"CLERK_DB": str(any_db)}
        out.append(
            measure("clerk --help", "-", [CLERK, "--help"], runs=runs, env=env, paired="click")
        )
        out.append(
            measure(
                "clerk report --help",
                "-",
                [CLERK, "report", "--help"],
                runs=runs,
                env=env,
                paired="click",
            )
        )
        out.append(
            measure(
                "completion 'clerk re'",
                "-",
                [CLERK],
                runs=runs,
                paired="click",
                env={
                    **env,
                    "_CLERK_COMPLETE": "bash_complete",
                    "COMP_WORDS": "clerk re",
                    "COMP_CWORD": "1",
                },
                show='_CLERK_COMPLETE=bash_complete COMP_WORDS="clerk re" COMP_CWORD=1 clerk',
            )
        )

    for size in sizes:
        db = dbs[size]
        print(f"{size}: {db.name}", file=sys.stderr, flush=True)
        if size != sizes[0]:
            refs(f"before {size}")
        rows = overdue_count(db, today)
        info["rows"][size] = rows
        if "report" in chosen:
            t = measure(
                "report --overdue",
                size,
                clerk(db, "report", "--overdue"),
                runs=runs,
                stdout_path=sink,
                show="clerk report --overdue > file",
                paired="sqlmodel" if size == "1k" else None,
            )
            t.rows = rows
            out.append(t)
            if size == "1M" and "100k" in info["rows"]:
                # Paired run by run with the 100k report of the same rows, so that a
                # change in the machine's speed between the sizes does not count.
                same = info["rows"]["100k"]
                t = measure(
                    "report --overdue --limit",
                    size,
                    clerk(db, "report", "--overdue", "--limit", str(same)),
                    runs=runs,
                    stdout_path=sink,
                    show=f"clerk report --overdue --limit {same} > file",
                    paired="report @100k",
                    paired_argv=clerk(dbs["100k"], "report", "--overdue"),
                )
                t.rows = same
                out.append(t)
            # As things stood a month ago (the as-of path of the report query).
            t = measure(
                "report --overdue --as-of",
                size,
                clerk(
                    db, "report", "--overdue", "--as-of", (today - timedelta(days=30)).isoformat()
                ),
                runs=runs,
                stdout_path=sink,
                show="clerk report --overdue --as-of (30 days ago) > file",
            )
            out.append(t)
            # One committee: the rows a clerk usually asks for.
            code = q(
                db,
                "SELECT c.code FROM committee c JOIN action a ON a.committee_id = c.id WHERE a.status "
                "IN ('open','in_progress') AND a.due_date < ? GROUP BY c.id ORDER BY count(*) DESC, c.id "
                "LIMIT 1",
                today.isoformat(),
            )[0][0]
            t = measure(
                "report --overdue -c CODE",
                size,
                clerk(db, "report", "--overdue", "--committee", code),
                runs=runs,
                stdout_path=sink,
                show=f"clerk report --overdue --committee {code} > file",
            )
            t.rows = q(
                db,
                "SELECT count(*) FROM action a JOIN committee c ON c.id = a.committee_id WHERE c.code = ?"
                " AND a.status IN ('open','in_progress') AND a.due_date < ?",
                code,
                today.isoformat(),
            )[0][0]
            out.append(t)
        writes = {"add-action", "done", "digest"} & chosen
        if writes and size in ("100k", "1M"):
            work = work_copy(db, size)
            if "add-action" in chosen:
                (code,) = q(work, "SELECT code FROM committee ORDER BY id LIMIT 1")[0]
                (post,) = q(work, "SELECT name FROM owner ORDER BY id LIMIT 1")[0]
                out.append(
                    measure(
                        "add-action",
                        size,
                        clerk(
                            work,
                            "add-action",
                            "Benchmark action",
                            "--committee",
                            code,
                            "--owner",
                            post,
                            "--due",
                            "+2w",
                        ),
                        runs=runs,
                        show=f'clerk add-action "..." --committee {code} --owner "..." --due +2w',
                        paired="sqlmodel",
                    )
                )
            if "done" in chosen:
                open_refs = [
                    r[0]
                    for r in q(
                        work,
                        "SELECT ref FROM action WHERE status = 'open' ORDER BY id DESC LIMIT ?",
                        runs + 1,
                    )
                ]
                out.append(
                    measure(
                        "done",
                        size,
                        [],
                        runs=runs,
                        show="clerk done REF (a different open REF each run)",
                        paired="sqlmodel",
                        setup=lambda i, w=work, r=open_refs: clerk(w, "done", r[i + 1]),
                    )
                )
            if "digest" in chosen and size == "100k":
                if available("digest"):
                    box = tmp / "outbox"

                    def fresh_box(_i, box=box):
                        shutil.rmtree(box, ignore_errors=True)
                        box.mkdir()

                    t = measure(
                        "digest --outbox",
                        size,
                        clerk(work, "digest", "--outbox", str(box), "--force"),
                        runs=runs,
                        setup=fresh_box,
                        show="clerk digest --outbox DIR --force",
                    )
                    t.rows = len(list(box.glob("*.eml")))
                    t.note = f"{t.rows} messages"
                    out.append(t)
                else:
                    info["skipped"].append("digest: not measured: command not available")
        if "import-json" in chosen and size == "100k":
            if available("import-json") and available("export"):
                dump = DATA / f"export-{SIZES[size]}-{today.isoformat()}-r{schema_head()}.json"
                if not dump.exists():
                    subprocess.run(
                        clerk(
                            db,
                            "export",
                            "--format",
                            "json",
                            "--include-confidential",
                            "-o",
                            str(dump),
                        ),
                        env=BASE_ENV,
                        check=True,
                        capture_output=True,
                    )
                target = tmp / "imported.db"

                def fresh_target(_i, target=target):
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(target) + suffix).unlink(missing_ok=True)

                out.append(
                    measure(
                        "import-json",
                        size,
                        clerk(target, "import-json", str(dump)),
                        runs=runs,
                        setup=fresh_target,
                        show="clerk --db new.db import-json export.json",
                    )
                )
            else:
                info["skipped"].append("import-json: not measured: command not available")
        if "taskwarrior" in chosen:
            n = SIZES[size]
            if size == "1M" and not args.taskwarrior_1m:
                info["skipped"].append(
                    "Taskwarrior at 1M: skipped (loading 1M tasks into Taskwarrior 2.6 takes far "
                    "longer than the benchmark budget; pass --taskwarrior-1m to try)"
                )
            else:
                tw = taskwarrior_env(n, rows, today)
                if tw is None:
                    info["skipped"].append("Taskwarrior: not installed")
                else:
                    env, _base, load = tw
                    info["tw_load"][size] = load
                    t = measure(
                        "task overdue",
                        size,
                        ["task", "overdue"],
                        runs=runs,
                        env=env,
                        stdout_path=sink,
                        show="task overdue > file",
                    )
                    t.rows = rows
                    out.append(t)
                    out.append(
                        measure(
                            "task add",
                            size,
                            ["task", "add", "Benchmark action", "due:eow"],
                            runs=runs,
                            env=env,
                            show="task add ... due:eow",
                        )
                    )
    if "import-minutes" in chosen:
        if available("import-minutes"):
            files = minutes_files(tmp / "minutes")
            if files:
                base = dbs[sizes[0]]
                target = tmp / "minutes.db"

                def fresh_copy(_i, target=target, base=base):
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(target) + suffix).unlink(missing_ok=True)
                    shutil.copyfile(base, target)

                t = measure(
                    "import-minutes x100",
                    sizes[0],
                    clerk(target, "import-minutes", "--yes", "--format", "plain", *map(str, files)),
                    runs=runs,
                    setup=fresh_copy,
                    show=f"clerk import-minutes --yes 100 files (into the {sizes[0]} db)",
                )
                t.rows = len(files)
                out.append(t)
            else:
                info["skipped"].append("import-minutes: not measured: no examples/minutes/*.txt")
        else:
            info["skipped"].append("import-minutes: not measured: command not available")
    refs("after")
    shutil.rmtree(tmp, ignore_errors=True)
    return out, info


# ---- targets -----------------------------------------------------------------


def find(ts: list[Timing], name: str, size: str = "-") -> Timing | None:
    return next((t for t in ts if t.name == name and t.size == size), None)


def reference(ts: list[Timing], what: str) -> float | None:
    samples = [s for t in ts if t.name.startswith(f"ref: import {what} ") for s in t.samples]
    return statistics.median(samples) if samples else None


def targets(ts: list[Timing], info: dict) -> list[tuple[str, str, str, str]]:
    """(target, measured, limit, PASS/FAIL/not measured)."""
    rows = []
    click_ref, sqlmodel_ref = reference(ts, "click"), reference(ts, "sqlmodel")

    def verdict(ok: bool | None) -> str:
        return "not measured" if ok is None else ("PASS" if ok else "FAIL")

    def ratio(name, size, ref, limit, label):
        t = find(ts, name, size)
        if t is None or (ref is None and t.ratio is None):
            rows.append((label, "-", f"<= {limit} x", verdict(None)))
            return
        r = t.ratio if t.ratio is not None else t.median / ref
        how = (
            f"paired with {statistics.median(t.ref_samples):.3f}s"
            if t.ratio is not None
            else "vs run medians"
        )
        rows.append(
            (label, f"{t.median:.3f}s; {r:.2f} x ({how})", f"<= {limit} x", verdict(r <= limit))
        )

    for name in ("clerk --help", "clerk report --help", "completion 'clerk re'"):
        ratio(name, "-", click_ref, 1.3, f"1. {name} vs import click")
    ratio(
        "report --overdue", "1k", sqlmodel_ref, 1.15, "2. report --overdue @1k vs import sqlmodel"
    )
    t = find(ts, "report --overdue", "100k")
    if t:
        rows.append(
            (
                "2. report --overdue @100k",
                f"{t.median:.3f}s ({t.rows} rows)",
                "<= 0.6 s",
                verdict(t.median <= 0.6),
            )
        )
        tw = find(ts, "task overdue", "100k")
        if tw:
            rows.append(
                (
                    "2. report --overdue @100k vs task overdue",
                    f"{t.median / tw.median:.2f} x ({tw.median:.3f}s)",
                    "<= 0.25 x",
                    verdict(t.median <= 0.25 * tw.median),
                )
            )
        else:
            rows.append(
                ("2. report --overdue @100k vs task overdue", "-", "<= 0.25 x", verdict(None))
            )
    big = find(ts, "report --overdue --limit", "1M")
    if big and big.ratio is not None:
        rows.append(
            (
                f"2. report @1M, same {big.rows} rows as @100k",
                f"{big.median:.3f}s; {big.ratio:.2f} x the 100k report (paired with "
                f"{statistics.median(big.ref_samples):.3f}s)",
                "<= 1.5 x",
                verdict(big.ratio <= 1.5),
            )
        )
    c100, c1m = (
        find(ts, "report --overdue -c CODE", "100k"),
        find(ts, "report --overdue -c CODE", "1M"),
    )
    if c100 and c1m:
        rows.append(
            (
                "2. (info) report --committee @1M vs @100k",
                f"{c1m.median / c100.median:.2f} x ({c1m.rows} vs {c100.rows} rows)",
                "-",
                "info",
            )
        )
    for name in ("add-action", "done"):
        for size in ("100k", "1M"):
            ratio(name, size, sqlmodel_ref, 1.15, f"3. {name} @{size} vs import sqlmodel")
    for name, label, limit in (
        ("digest --outbox", "4. digest --outbox, 200 owners @100k", 3.0),
        ("import-json", "6. import-json of 100k actions", 5.0),
    ):
        t = find(ts, name, "100k")
        rows.append(
            (
                label,
                f"{t.median:.3f}s" if t else "-",
                f"<= {limit:g} s",
                verdict(t.median <= limit if t else None),
            )
        )
    t = next((x for x in ts if x.name == "import-minutes x100"), None)
    rows.append(
        (
            "5. import-minutes of 100 files",
            f"{t.median:.3f}s" if t else "-",
            "<= 5 s",
            verdict(t.median <= 5 if t else None),
        )
    )
    at_1m = [x for x in ts if x.size == "1M" and not x.name.startswith("task ")]
    if at_1m:
        worst = max(at_1m, key=lambda x: x.rss_kib)
        mib = worst.rss_kib / 1024
        rows.append(
            (
                "7. peak memory at 1M (any clerk command)",
                f"{mib:.1f} MiB ({worst.name})",
                "<= 150 MiB",
                verdict(mib <= 150),
            )
        )
    else:
        rows.append(("7. peak memory at 1M (any clerk command)", "-", "<= 150 MiB", verdict(None)))
    return rows


# ---- report ------------------------------------------------------------------


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    ram = "unknown"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    os_name = platform.platform()
    try:
        pretty = re.search(r'PRETTY_NAME="([^"]+)"', Path("/etc/os-release").read_text())
        if pretty:
            os_name = f"{pretty.group(1)} ({platform.release()})"
    except OSError:
        pass
    tw = "not installed"
    if shutil.which("task"):
        tw = subprocess.run(["task", "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": os_name,
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "Taskwarrior": tw,
        "Load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def markdown(ts: list[Timing], info: dict, mach: dict, args) -> str:
    lines = [
        "# clerk benchmark results",
        "",
        f"Measured {date.today().isoformat()} with `python benchmarks/run.py{' ' + ' '.join(args.argv) if args.argv else ''}`"
        f" ({args.runs} timed runs after one warm-up; wall time of the whole process).",
        "",
    ]
    lines += [f"- **{k}**: {v}" for k, v in mach.items()]
    lines += ["", "## Targets", "", "| Target | Measured | Limit | Result |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in targets(ts, info)]
    lines += [
        "",
        "## Every measurement",
        "",
        "| Command | Size | Rows out | Median s | Min s | Max s | Peak RSS MiB |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in ts:
        lines.append(
            f"| `{t.cmd}` | {t.size} | {t.rows if t.rows is not None else ''} | {t.median:.3f} | "
            f"{t.lo:.3f} | {t.hi:.3f} | {t.rss_kib / 1024:.1f} |"
        )
    if info["tw_load"]:
        lines += [
            "",
            "Taskwarrior load (`task import`, once, cached): "
            + ", ".join(
                f"{k}: {v:.1f}s" if isinstance(v, float) else f"{k}: {v}s"
                for k, v in info["tw_load"].items()
            ),
        ]
    if info["skipped"]:
        lines += ["", "Not measured:", ""] + [f"- {s}" for s in info["skipped"]]
    return "\n".join(lines) + "\n"


NOTES_MARKER = "<!-- notes: kept by run.py -->"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--sizes", default=None, help="comma-separated: 1k,100k,1M (default: all; --quick: 1k,100k)"
    )
    p.add_argument(
        "--scenarios", default=None, help=f"comma-separated subset of: {','.join(SCENARIOS)}"
    )
    p.add_argument(
        "--runs", type=int, default=None, help="timed runs per command (default 7; --quick: 3)"
    )
    p.add_argument("--quick", action="store_true", help="1k and 100k, 3 runs, print only")
    p.add_argument(
        "--output",
        type=Path,
        default=None,
        help="where to write the Markdown table (default benchmarks/RESULTS.md; none with --quick)",
    )
    p.add_argument(
        "--taskwarrior-1m", action="store_true", help="also load 1M tasks into Taskwarrior (slow)"
    )
    args = p.parse_args(argv)
    args.argv = argv
    args.sizes = args.sizes or ("1k,100k" if args.quick else ",".join(SIZES))
    args.runs = args.runs or (3 if args.quick else 7)
    output = args.output or (None if args.quick else HERE / "RESULTS.md")
    mach = machine()
    ts, info = run(args)
    text = markdown(ts, info, mach, args)
    print(text)
    if output:
        # The hand-written analysis below NOTES_MARKER survives re-runs.
        if output.exists() and NOTES_MARKER in output.read_text():
            text += "\n" + NOTES_MARKER + output.read_text().split(NOTES_MARKER, 1)[1]
        output.write_text(text)
        print(f"written to {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
