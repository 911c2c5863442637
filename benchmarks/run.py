"""Time clerk as a clerk runs it (whole processes) at 1k, 10k, 100k and 1M actions.

    python benchmarks/run.py                 # everything; writes benchmarks/RESULTS.md
    python benchmarks/run.py --quick         # 1k and 100k, 3 runs, prints only
    python benchmarks/run.py --sizes 1k,100k --scenarios report,add-action

Every command runs as its own process: one warm-up, then --runs timed runs (median,
min, max wall time; peak RSS of the command from /usr/bin/time).  A ratio target
compares a command with a reference command run just before it, run by run: the
ratio is the median of the per-run ratios, so a busier or slower machine moves both
sides.  The references: ``python -c "import click"``, ``python -c "import click,
sqlite3"``, ``python -c "import sqlmodel"``, the floors in this directory
(floor_click.py, floor_bare.py, floor_restore.py), Taskwarrior loaded with the same
actions, and the same clerk command on SQLite (for PostgreSQL).

Databases come from benchmarks/generate.py and are cached in benchmarks/data/ (one
per size, day and schema revision: "overdue" is relative to the day they were
generated).  Commands that write work on a copy, so the cached databases never drift.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "data"
PY = sys.executable
BIN = Path(PY).parent
CLERK = str(BIN / "clerk") if (BIN / "clerk").exists() else shutil.which("clerk") or "clerk"
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1M": 1_000_000}
SCENARIOS = (
    "startup",
    "everyday",  # issue 11: the everyday commands at 1k against import click, sqlite3
    "report",
    "terminal",
    "add-action",
    "done",
    "digest",
    "import-minutes",
    "export",
    "import-json",
    "taskwarrior",
    "postgres",
    "unbuffered",
    "memory",  # 1M: peak memory of the other read commands (one timed run each)
    "publish",  # issue 17: the public register at 100k, in full and after one change
)
TIME_BIN = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
SCRIPT_BIN = shutil.which("script")
PG_ENV = "CLERK_BENCH_POSTGRES_URL"


# ---- timing ------------------------------------------------------------------


@dataclass
class Ref:
    """A reference command run just before each timed run of another.

    argv may be a function of the run number (-1 for the warm-up) that returns the
    argv; it may prepare files first (untimed)."""

    label: str
    argv: list[str] | Callable[[int], list[str]]
    stdout_path: Path | None = None
    env: dict | None = None


@dataclass
class Timing:
    name: str
    size: str
    cmd: str
    samples: list[float] = field(default_factory=list)
    rss_kib: int = 0
    rows: int | None = None
    note: str = ""
    refs: dict[str, list[float]] = field(default_factory=dict)
    ref_cmds: dict[str, str] = field(default_factory=dict)

    def ratio(self, label: str) -> float | None:
        """Median of sample / reference-run-just-before: steady under a drifting load."""
        ref = self.refs.get(label)
        if not ref:
            return None
        return statistics.median(c / r for c, r in zip(self.samples, ref, strict=True))

    def diff(self, label: str) -> float | None:
        """Median of sample - reference-run-just-before (seconds)."""
        ref = self.refs.get(label)
        if not ref:
            return None
        return statistics.median(c - r for c, r in zip(self.samples, ref, strict=True))

    def ref_median(self, label: str) -> float:
        return statistics.median(self.refs[label])

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def lo(self) -> float:
        return min(self.samples) if self.samples else float("nan")

    @property
    def hi(self) -> float:
        return max(self.samples) if self.samples else float("nan")


def run_once(argv: list[str], *, env: dict, stdout_path: Path | None = None) -> tuple[float, int]:
    """(wall seconds, peak RSS KiB) of one child process; raises if it fails."""
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
            argv, env=env, stdout=out, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
    finally:
        if stdout_path:
            out.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{shlex.join(argv)} exited {proc.returncode}: {err.strip()[-600:]}")
    rss = usage.ru_maxrss
    if rss_file is not None:
        text = Path(rss_file.name).read_text().split()
        os.unlink(rss_file.name)
        rss = int(text[-1]) if text and text[-1].isdigit() else rss
    return wall, rss


REFERENCES = {
    "click": [PY, "-c", "import click"],
    "click+sqlite3": [PY, "-c", "import click, sqlite3"],
    "sqlmodel": [PY, "-c", "import sqlmodel"],
}
REF_SHOW = {
    "click": 'python -c "import click"',
    "click+sqlite3": 'python -c "import click, sqlite3"',
    "sqlmodel": 'python -c "import sqlmodel"',
}


def ref(label: str) -> Ref:
    return Ref(label, REFERENCES[label])


def measure(
    name: str,
    size: str,
    argv: list[str] | None,
    *,
    runs: int,
    env: dict | None = None,
    setup: Callable[[int], list[str] | None] | None = None,
    stdout_path: Path | None = None,
    show: str | None = None,
    refs: list[Ref] = (),
    warmup: bool = True,
) -> Timing:
    """A warm-up, then `runs` timed runs; setup(i) (untimed) may return replacement argv.

    Each Ref runs just before each run (the warm-up too), in order."""
    env = {**BASE_ENV, **(env or {})}
    t = Timing(name, size, show or shlex.join(argv or []))
    for r in refs:
        t.refs[r.label] = []
    for i in range(-1 if warmup else 0, runs):
        for r in refs:
            rargv = r.argv(i) if callable(r.argv) else r.argv
            t.ref_cmds.setdefault(r.label, shlex.join(rargv))
            # A reference runs in the base environment plus its own, not the command's.
            wall, _ = run_once(rargv, env={**BASE_ENV, **(r.env or {})}, stdout_path=r.stdout_path)
            if i >= 0:
                t.refs[r.label].append(wall)
        args = argv
        if setup is not None:
            args = setup(i) or argv
        wall, rss = run_once(args, env=env, stdout_path=stdout_path)
        if i >= 0:
            t.samples.append(wall)
            t.rss_kib = max(t.rss_kib, rss)
    extra = "".join(f"  {t.ratio(r.label):5.2f} x {r.label}" for r in refs)
    print(
        f"  {name:<34} {size:>5}  median {t.median:7.3f}s  min {t.lo:7.3f}  max {t.hi:7.3f}  "
        f"rss {t.rss_kib / 1024:6.1f} MiB{extra}",
        file=sys.stderr,
        flush=True,
    )
    return t


BASE_ENV = {
    **os.environ,
    "NO_COLOR": "1",
    "CLERK_USER": "benchmark",
    "CLERK_FROM": "Democratic Services <ds@example.gov.uk>",
    "COLUMNS": "120",
}
# Installed clerk has its bytecode compiled (pip does it); the warm-up run writes any
# missing __pycache__ (benchmarks/ itself: git-ignored).
for _var in (
    "CLERK_DB",
    "CLERK_DATABASE_URL",
    "CLERK_DEBUG",
    "_CLERK_COMPLETE",
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONUNBUFFERED",
):
    BASE_ENV.pop(_var, None)
# A terminal: a pseudo-terminal made by script(1), 160 columns, colour on.
# PAGER=cat: in a terminal clerk pages long output through $PAGER (less, which would wait
# for a key here); cat writes the whole table to the terminal, so its full cost is timed.
TTY_ENV = {"COLUMNS": "160", "LINES": "50", "TERM": "xterm-256color", "PAGER": "cat"}


def in_tty(argv: list[str]) -> list[str]:
    """argv run on a pseudo-terminal (script -qec CMD /dev/null); its output is copied out."""
    return [SCRIPT_BIN, "-qec", shlex.join(argv), "/dev/null"]


# ---- data --------------------------------------------------------------------


def schema_head() -> str:
    """The schema revision of the clerk under test (cached databases are rebuilt when it moves on)."""
    global _HEAD
    if _HEAD is None:
        # Not from the checkout: python -c puts the current directory first on sys.path.
        _HEAD = subprocess.run(
            [PY, "-c", "from clerk_cli.db import HEAD_REVISION; print(HEAD_REVISION)"],
            capture_output=True,
            text=True,
            check=True,
            cwd=tempfile.gettempdir(),
        ).stdout.strip()
    return _HEAD


_HEAD: str | None = None


def cached_db(size: str, today: date) -> Path:
    """The generated database for this size, day and schema, built on first use."""
    n = SIZES[size]
    path = DATA / f"clerk-{n}-{today.isoformat()}-r{schema_head()}.db"
    if not path.exists():
        print(f"generating {size} actions into {path} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        subprocess.run(
            [PY, str(HERE / "generate.py"), str(path), "--actions", str(n)]
            + ["--today", today.isoformat()],
            check=True,
        )
        print(f"  generated in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return path


def work_copy(src: Path, name: str) -> Path:
    """A scratch copy of a cached database for commands that write."""
    dst = DATA / f"work-{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    con = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
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


def fresh_path(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


# ---- minutes files for import-minutes ---------------------------------------

DATE_WORDS = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|"
    r"November|December) (\d{4})\b"
)
DATE_NUMBERS = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")
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

        def move_numeric(m, shift=shift):
            d = date(int(m.group(3)), int(m.group(2)), int(m.group(1))) + shift
            return f"{d.day:02d}/{d.month:02d}/{d.year}"

        text = DATE_WORDS.sub(move, text)
        # (and "07/02/2024": a meeting dated only in numbers is a distinct meeting too, or
        # import-minutes rightly refuses it as another version of one already imported)
        text = DATE_NUMBERS.sub(move_numeric, text)
        path = target / f"{i:03d}-{src.name}"
        path.write_bytes(text.encode(enc))
        files.append(path)
    return files


# ---- Taskwarrior, loaded like for like ----------------------------------------

TW_STATUS = {"open": "pending", "in_progress": "pending", "done": "completed", "dropped": "deleted"}


def _f4(value: str) -> str:
    # Taskwarrior 2.6's FF4 encoding of a value (as `task import` writes it).
    return (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("[", "&open;")
        .replace("]", "&close;")
    )


def _epoch(stored: str) -> str:
    """A stored timestamp (naive UTC text) as Taskwarrior's epoch seconds."""
    return str(int(datetime.fromisoformat(stored).replace(tzinfo=UTC).timestamp()))


def _due_epoch(due: str) -> str:
    # The end of the due day, local time: overdue from the next day, as clerk's
    # "due_date < today".
    d = date.fromisoformat(due)
    return str(int(datetime(d.year, d.month, d.day, 23, 59, 59).timestamp()))


def taskwarrior_env(db: Path, size: str, today: date) -> tuple[dict, Path, dict] | None:
    """A TASKDATA holding the same actions as db: (env, dir, facts).

    Every action becomes a task: open and in progress -> pending, done -> completed,
    dropped -> deleted (with their end times), due at the end of its due day, entered
    when the action was created, in a project named after the committee.  The tasks
    are written in Taskwarrior 2.6's own data files (pending.data, completed.data: the
    lines `task import` writes), which takes seconds where `task import` takes minutes
    at 1M; then Taskwarrior itself counts them, by status and overdue, and the counts
    must be clerk's."""
    if not shutil.which("task"):
        return None
    base = DATA / f"taskwarrior-{db.stem}"
    rc = base / "taskrc"
    env = {"TASKDATA": str(base / "data"), "TASKRC": str(rc)}
    marker = base / "loaded.json"
    if marker.exists():
        return env, base, json.loads(marker.read_text())
    shutil.rmtree(base, ignore_errors=True)
    (base / "data").mkdir(parents=True)
    rc.write_text(f"data.location={base / 'data'}\nconfirmation=off\nverbose=nothing\n")
    t0 = time.perf_counter()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    counts = dict.fromkeys(("pending", "completed", "deleted"), 0)
    with (
        open(base / "data" / "pending.data", "w") as pending,
        open(base / "data" / "completed.data", "w") as completed,
    ):
        for aid, text, status, due, created, done_at, code in con.execute(
            "SELECT a.id, a.text, a.status, a.due_date, a.created_at, a.completed_at, c.code "
            "FROM action a JOIN committee c ON c.id = a.committee_id ORDER BY a.id"
        ):
            tw = TW_STATUS[status]
            counts[tw] += 1
            attrs = {"description": _f4(text), "entry": _epoch(created), "project": _f4(code)}
            if due:
                attrs["due"] = _due_epoch(due)
            if tw != "pending" and done_at:
                attrs["end"] = _epoch(done_at)
            attrs["modified"] = attrs.get("end", attrs["entry"])
            attrs["status"] = tw
            attrs["uuid"] = f"00000000-0000-4000-8000-{aid:012d}"
            line = "[" + " ".join(f'{k}:"{v}"' for k, v in sorted(attrs.items())) + "]\n"
            (pending if tw == "pending" else completed).write(line)
    con.close()
    for name in ("backlog.data", "undo.data"):
        (base / "data" / name).touch()
    load = time.perf_counter() - t0

    def tw_count(*words: str) -> int:
        out = subprocess.run(
            ["task", *words, "count"], env={**BASE_ENV, **env}, capture_output=True, text=True
        )
        return int(out.stdout.strip() or -1)

    facts = {
        "load_s": round(load, 1),
        "tasks": {k: tw_count(f"status:{k}") for k in counts},
        "expected": counts,
        "overdue": tw_count("+OVERDUE"),
        "overdue_expected": overdue_count(db, today),
    }
    facts["same"] = facts["tasks"] == counts and facts["overdue"] == facts["overdue_expected"]
    marker.write_text(json.dumps(facts))
    return env, base, facts


def taskwarrior_copy(base: Path, name: str) -> dict:
    """A scratch copy of a loaded TASKDATA for commands that write; its env."""
    dst = DATA / f"work-tw-{name}"
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(base / "data", dst / "data")
    (dst / "taskrc").write_text(
        f"data.location={dst / 'data'}\nconfirmation=off\nverbose=nothing\n"
    )
    return {"TASKDATA": str(dst / "data"), "TASKRC": str(dst / "taskrc")}


# ---- PostgreSQL ----------------------------------------------------------------

PG_TABLES = (
    "committee",
    "owner",
    "owner_holder",
    "meeting",
    "minutes_import",
    "resolution",
    "action",
    "note",
    "audit",
    "digest_sent",
)


def _pg_conninfo(url: str) -> str:
    for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    return url


def _pg_schema(url: str) -> str:
    m = re.search(r"search_path(?:%3D|=)([A-Za-z_][A-Za-z0-9_]*)", url)
    return m.group(1) if m else "public"


def postgres_db(url: str, db: Path) -> tuple[str, float]:
    """Load db (SQLite) into the schema of url: migrated by clerk, rows copied with COPY.

    The schema is created here and dropped first if it holds another load; the key of
    a load is kept in the schema's comment.  Returns (url, load seconds)."""
    import psycopg

    schema = _pg_schema(url)
    key = f"{db.name} {db.stat().st_mtime_ns}"
    t0 = time.perf_counter()
    with psycopg.connect(_pg_conninfo(url), autocommit=True) as pg:
        comment = pg.execute(
            "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = %s",
            (schema,),
        ).fetchone()
        if comment and comment[0] == key:
            return url, 0.0
        pg.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        pg.execute(f'CREATE SCHEMA "{schema}"')
    subprocess.run(
        [CLERK, "--db", url, "db", "upgrade"], env=BASE_ENV, check=True, capture_output=True
    )
    src = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with psycopg.connect(_pg_conninfo(url)) as pg:
        pg.execute("SET TimeZone = 'UTC'")
        for table in PG_TABLES:
            cols = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')]
            names = ", ".join(f'"{c}"' for c in cols)
            with pg.cursor().copy(f'COPY "{schema}"."{table}" ({names}) FROM STDIN') as cp:
                for row in src.execute(f'SELECT {names} FROM "{table}" ORDER BY id'):
                    cp.write_row(row)
            pg.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{schema}\".\"{table}\"', 'id'), "
                f'coalesce((SELECT max(id) FROM "{schema}"."{table}"), 0) + 1, false)'
            )
        pg.execute(f"COMMENT ON SCHEMA \"{schema}\" IS '{key}'")
        pg.commit()
    src.close()
    with psycopg.connect(_pg_conninfo(url), autocommit=True) as pg:
        # What autovacuum does soon after a load this size.
        pg.execute(f'SET search_path = "{schema}"')
        pg.execute("ANALYZE")
    return url, time.perf_counter() - t0


# ---- the run -----------------------------------------------------------------


# Each add-action says something new: clerk refuses the same words again from the same
# meeting and owner, and the PostgreSQL schema keeps what earlier runs added.
STAMP = datetime.now(UTC).strftime("%H%M%S")


def text(i: int) -> str:
    return f"Benchmark action {STAMP}-{i + 1}"


def clerk(db: Path | str, *args: str) -> list[str]:
    return [CLERK, "--db", str(db), *args]


def floor(script: str, *args: str) -> list[str]:
    return [PY, str(HERE / script), *args]


def same_output(a: Path, b: Path) -> bool:
    return a.read_bytes() == b.read_bytes()


def run(args) -> tuple[list[Timing], dict]:
    today = date.today()
    sizes = [s for s in args.sizes.split(",") if s]
    for s in sizes:
        if s not in SIZES:
            raise SystemExit(f"unknown size {s}: use {', '.join(SIZES)}")
    chosen = set(args.scenarios.split(",")) if args.scenarios else set(SCENARIOS)
    runs = args.runs
    # Commands that take seconds a run get fewer runs (the whole run must fit ~25 minutes).
    heavy = max(3, runs // 2) if runs >= 3 else runs
    out: list[Timing] = []
    info: dict = {"skipped": [], "rows": {}, "tw": {}, "checks": [], "load": []}
    tmp = Path(tempfile.mkdtemp(prefix="clerk-bench-"))
    sink, sink2 = tmp / "stdout.txt", tmp / "ref-stdout.txt"
    dbs = {s: cached_db(s, today) for s in sizes}
    pg_url = os.environ.get(PG_ENV, "").strip()

    def loadavg(where: str) -> None:
        info["load"].append((where, " ".join(f"{x:.2f}" for x in os.getloadavg())))

    def m(*a, **k) -> Timing:
        """measure(), recorded; a command that fails is reported, and the run goes on."""
        try:
            t = measure(*a, runs=k.pop("runs", runs), **k)
        except RuntimeError as exc:
            print(f"  {a[0]} @{a[1]} FAILED: {exc}", file=sys.stderr, flush=True)
            info["skipped"].append(f"{a[0]} @{a[1]}: failed: {str(exc)[-300:]}")
            return Timing(a[0], "failed", "")
        out.append(t)
        return t

    def refs(tag: str):
        for label in ("click", "sqlmodel"):
            m(f"ref: import {label} ({tag})", "-", REFERENCES[label], show=REF_SHOW[label])

    loadavg("start")
    refs("before")
    any_db = dbs[sizes[-1]]
    if "startup" in chosen:
        env = {"CLERK_DB": str(any_db)}
        m("clerk --help", "-", [CLERK, "--help"], env=env, refs=[ref("click")])
        m("clerk report --help", "-", [CLERK, "report", "--help"], env=env, refs=[ref("click")])
        m(
            "completion 'clerk re'",
            "-",
            [CLERK],
            refs=[ref("click")],
            env={
                **env,
                "_CLERK_COMPLETE": "bash_complete",
                "COMP_WORDS": "clerk re",
                "COMP_CWORD": "1",
            },
            show='_CLERK_COMPLETE=bash_complete COMP_WORDS="clerk re" COMP_CWORD=1 clerk',
        )

    minutes = minutes_files(tmp / "minutes") if {"everyday", "import-minutes"} & chosen else []

    if "everyday" in chosen and "1k" in dbs:
        # Issue 11: the everyday commands on the 1k database against `import click, sqlite3`.
        db = dbs["1k"]
        work = work_copy(db, "1k")
        cs = [ref("click+sqlite3")]
        code = q(
            db,
            "SELECT c.code FROM committee c JOIN action a ON a.committee_id = c.id "
            "GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1",
        )[0][0]
        (open_ref,) = q(
            db, "SELECT ref FROM action WHERE status = 'open' ORDER BY due_date DESC, id LIMIT 1"
        )[0]
        (post,) = q(db, "SELECT name FROM owner ORDER BY id LIMIT 1")[0]
        for name, argv in (
            ("status", clerk(db, "status")),
            ("meeting list", clerk(db, "meeting", "list")),
            ("owner list", clerk(db, "owner", "list")),
            ("show REF", clerk(db, "show", open_ref)),
            ("action-log CODE (markdown)", clerk(db, "action-log", code, "--format", "markdown")),
            ("report --overdue", clerk(db, "report", "--overdue")),
        ):
            m(f"11: {name}", "1k", argv, stdout_path=sink, refs=cs, show=shlex.join(argv[3:]))
        m(
            "11: edit REF --due",
            "1k",
            None,
            refs=cs,
            # A different date each run: the same date again would change nothing.
            setup=lambda i, w=work, r=open_ref: clerk(w, "edit", r, "--due", f"+{i + 20}d"),
            show=f"edit {open_ref} --due +Nd (a different date each run, on a copy)",
        )
        m(
            "11: add-action",
            "1k",
            None,
            setup=lambda i, w=work, c=code, o=post: clerk(
                w, "add-action", text(i), "--committee", c, "--owner", o, "--due", "+2w"
            ),
            refs=cs,
            show=f'add-action "..." --committee {code} --owner "..." --due +2w (on a copy)',
        )
        box = tmp / "outbox-1k"

        def fresh_box(_i, box=box):
            shutil.rmtree(box, ignore_errors=True)
            box.mkdir()

        t = m(
            "11: digest --outbox -c CODE",
            "1k",
            clerk(work, "digest", "--outbox", str(box), "--committee", code, "--force"),
            refs=cs,
            setup=fresh_box,
            show=f"digest --outbox DIR --committee {code} --force (on a copy)",
        )
        t.rows = len(list(box.glob("*.eml")))
        if minutes:
            m(
                "11: import-minutes FILE --dry-run",
                "1k",
                clerk(work, "import-minutes", str(minutes[0]), "--dry-run"),
                stdout_path=sink,
                refs=cs,
                show=f"import-minutes {minutes[0].name} --dry-run",
            )
        loadavg("after everyday")

    tw_envs: dict[str, tuple] = {}
    for size in sizes:
        db = dbs[size]
        print(f"{size}: {db.name}", file=sys.stderr, flush=True)
        if size != sizes[0]:
            refs(f"before {size}")
        loadavg(f"before {size}")
        rows = overdue_count(db, today)
        info["rows"][size] = rows
        tw = None
        if "taskwarrior" in chosen and size in ("100k", "1M"):
            if size == "1M" and args.no_taskwarrior_1m:
                info["skipped"].append("Taskwarrior at 1M: skipped (--no-taskwarrior-1m)")
            else:
                tw = taskwarrior_env(db, size, today)
                if tw is None:
                    info["skipped"].append("Taskwarrior: not installed")
                else:
                    tw_envs[size] = tw
                    info["tw"][size] = tw[2]
        if "report" in chosen:
            for fmt in ("plain", "json"):
                fl = Ref(
                    "floor_click",
                    floor("floor_click.py", str(db), "--format", fmt),
                    stdout_path=sink2,
                )
                extra = []
                if fmt == "plain" and tw is not None:
                    extra = [Ref("task overdue", ["task", "overdue"], sink2, tw[0])]
                if fmt == "plain" and size == "1k":
                    extra.append(ref("sqlmodel"))
                t = m(
                    f"report --overdue ({fmt})",
                    size,
                    clerk(db, "report", "--overdue", "--format", fmt),
                    runs=heavy if size == "1M" and extra else runs,
                    stdout_path=sink,
                    refs=[fl, *extra],
                    show=f"clerk report --overdue --format {fmt} > file",
                )
                t.rows = rows
                # The floor prints what clerk prints (checked after the last run).
                subprocess.run(
                    floor("floor_click.py", str(db), "--format", fmt),
                    env=BASE_ENV,
                    stdout=open(sink2, "w"),
                    check=True,
                )
                info["checks"].append(
                    (
                        f"floor_click.py prints what clerk prints ({fmt}, {size})",
                        same_output(sink, sink2),
                    )
                )
            t = m(
                "floor_click vs floor_bare",
                size,
                floor("floor_click.py", str(db)),
                stdout_path=sink,
                refs=[Ref("floor_bare", floor("floor_bare.py", str(db)), sink2)],
                show="python benchmarks/floor_click.py DB > file",
            )
            if size == "1M" and "100k" in info["rows"]:
                # Paired run by run with the 100k report of the same rows.
                same = info["rows"]["100k"]
                t = m(
                    "report --overdue --limit",
                    size,
                    clerk(db, "report", "--overdue", "--limit", str(same)),
                    stdout_path=sink,
                    show=f"clerk report --overdue --limit {same} > file",
                    refs=[Ref("report @100k", clerk(dbs["100k"], "report", "--overdue"), sink2)],
                )
                t.rows = same
            m(
                "report --overdue --as-of",
                size,
                clerk(
                    db, "report", "--overdue", "--as-of", (today - timedelta(days=30)).isoformat()
                ),
                stdout_path=sink,
                show="clerk report --overdue --as-of (30 days ago) > file",
            )
            code = q(
                db,
                "SELECT c.code FROM committee c JOIN action a ON a.committee_id = c.id WHERE "
                "a.status IN ('open','in_progress') AND a.due_date < ? GROUP BY c.id "
                "ORDER BY count(*) DESC, c.id LIMIT 1",
                today.isoformat(),
            )[0][0]
            t = m(
                "report --overdue -c CODE",
                size,
                clerk(db, "report", "--overdue", "--committee", code),
                stdout_path=sink,
                show=f"clerk report --overdue --committee {code} > file",
            )
            t.rows = q(
                db,
                "SELECT count(*) FROM action a JOIN committee c ON c.id = a.committee_id WHERE "
                "c.code = ? AND a.status IN ('open','in_progress') AND a.due_date < ?",
                code,
                today.isoformat(),
            )[0][0]
        if "terminal" in chosen and size == "100k":
            if SCRIPT_BIN:
                # The terminal table: report --all on a pseudo-terminal, against the plain text
                # of the same rows on the same terminal; the difference is the table's cost.
                t = m(
                    "report --overdue --all (terminal)",
                    size,
                    in_tty(clerk(db, "report", "--overdue", "--all")),
                    runs=heavy,
                    env=TTY_ENV,
                    stdout_path=sink,
                    refs=[
                        Ref(
                            "plain on the terminal",
                            in_tty(clerk(db, "report", "--overdue", "--all", "--format", "plain")),
                            sink2,
                            {**TTY_ENV},
                        )
                    ],
                    show="script -qec 'clerk report --overdue --all' (COLUMNS=160, colour)",
                )
                t.rows = rows
            else:
                info["skipped"].append("terminal: script(1) not found")
        writes = {"add-action", "done", "digest"} & chosen
        if writes and size in ("100k", "1M"):
            work = work_copy(db, size)
            if "add-action" in chosen:
                (code,) = q(work, "SELECT code FROM committee ORDER BY id LIMIT 1")[0]
                (post,) = q(work, "SELECT name FROM owner ORDER BY id LIMIT 1")[0]
                extra = []
                if size in tw_envs:
                    extra = [
                        Ref(
                            "task add",
                            lambda i, c=code: ["task", "add", text(i), f"project:{c}", "due:eow"],
                            env=taskwarrior_copy(tw_envs[size][1], f"add-{size}"),
                        )
                    ]
                m(
                    "add-action",
                    size,
                    None,
                    setup=lambda i, w=work, c=code, o=post: clerk(
                        w, "add-action", text(i), "--committee", c, "--owner", o, "--due", "+2w"
                    ),
                    show=f'clerk add-action "..." --committee {code} --owner "..." --due +2w',
                    refs=[ref("sqlmodel"), *extra, ref("click+sqlite3")],
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
                extra = []
                if size in tw_envs:
                    tw_env = taskwarrior_copy(tw_envs[size][1], f"done-{size}")
                    pending = tw_envs[size][2]["tasks"]["pending"]
                    # The highest ids first, so that no renumbering moves the next one.
                    extra = [
                        Ref(
                            "task N done",
                            lambda i, p=pending: ["task", str(p - 1 - i), "done"],
                            env=tw_env,
                        )
                    ]
                m(
                    "done",
                    size,
                    [],
                    show="clerk done REF (a different open REF each run)",
                    refs=[ref("sqlmodel"), *extra, ref("click+sqlite3")],
                    setup=lambda i, w=work, r=open_refs: clerk(w, "done", r[i + 1]),
                )
            if "digest" in chosen and size == "100k":
                box = tmp / "outbox"

                def fresh_box(_i, box=box):
                    shutil.rmtree(box, ignore_errors=True)
                    box.mkdir()

                t = m(
                    "digest --outbox",
                    size,
                    clerk(work, "digest", "--outbox", str(box), "--force"),
                    runs=heavy,
                    setup=fresh_box,
                    refs=[ref("sqlmodel")],
                    show="clerk digest --outbox DIR --force",
                )
                t.rows = len(list(box.glob("*.eml")))
                t.note = f"{t.rows} messages"
        if "publish" in chosen and size == "100k":
            # Issue 17: the whole site once (about 100,000 pages: one timed run), then a
            # re-publish after one note (only that committee's pages are rebuilt).  The
            # as-at day is pinned so the ratings do not move between the runs.
            pub_db, site = work_copy(db, "publish"), tmp / "site"
            (pub_ref,) = q(
                pub_db, "SELECT ref FROM action WHERE confidential = 0 ORDER BY id LIMIT 1"
            )[0]
            pub = clerk(pub_db, "publish", "-o", str(site), "--as-of", today.isoformat())
            t = m(
                "publish (whole site)",
                size,
                pub,
                runs=1,
                warmup=False,
                setup=lambda _i, site=site: shutil.rmtree(site, ignore_errors=True),
                show=f"clerk publish -o DIR --as-of {today.isoformat()} (into an empty DIR)",
            )
            t.note = f"{sum(1 for _ in site.rglob('*.html'))} pages"

            def one_note(i, d=pub_db, r=pub_ref):
                subprocess.run(
                    clerk(d, "note", r, f"Benchmark note {i + 2}"),
                    env=BASE_ENV,
                    check=True,
                    capture_output=True,
                )

            m(
                "publish after one change",
                size,
                pub,
                runs=heavy,
                warmup=False,
                setup=one_note,
                show=f"clerk note {pub_ref} ...; then (timed) clerk publish -o DIR again",
            )
        if {"export", "import-json"} & chosen and size == "100k":
            dump = tmp / "export.json"
            t = m(
                "export json",
                size,
                clerk(db, "export", "--format", "json", "--include-confidential")
                + ["-o", str(dump)],
                runs=heavy,
                setup=lambda _i, dump=dump: dump.unlink(missing_ok=True),
                refs=[ref("sqlmodel")],
                show="clerk export --format json --include-confidential -o FILE",
            )
            if "import-json" in chosen:
                template = tmp / "template.db"
                subprocess.run(
                    clerk(template, "db", "upgrade"), env=BASE_ENV, check=True, capture_output=True
                )
                target, ftarget = tmp / "imported.db", tmp / "floor.db"

                def floor_argv(_i, ftarget=ftarget, dump=dump, template=template):
                    fresh_path(ftarget)
                    return floor("floor_restore.py", str(dump), str(ftarget), str(template))

                m(
                    "import-json",
                    size,
                    clerk(target, "import-json", str(dump)),
                    runs=heavy,
                    setup=lambda _i, target=target: fresh_path(target),
                    refs=[Ref("floor_restore", floor_argv)],
                    show="clerk --db new.db import-json export.json",
                )
                try:
                    same = all(
                        sorted(q(target, f'SELECT * FROM "{t}"'), key=repr)
                        == sorted(q(ftarget, f'SELECT * FROM "{t}"'), key=repr)
                        for t in PG_TABLES
                    )
                except sqlite3.Error:
                    same = False
                info["checks"].append(
                    ("floor_restore.py and import-json restore the same rows (100k)", same)
                )
        if "postgres" in chosen and size == "100k":
            if not pg_url:
                info["skipped"].append(
                    f"PostgreSQL: skipped ({PG_ENV} not set; e.g. "
                    "postgresql+psycopg://user:pw@host/db?options=-csearch_path%3Dbench)"
                )
            else:
                try:
                    url, secs = postgres_db(pg_url, db)
                except Exception as exc:  # an unreachable server: say so, measure the rest
                    info["skipped"].append(f"PostgreSQL: skipped ({type(exc).__name__}: {exc})")
                    url = None
                if url:
                    info["pg_load"] = secs
                    t = m(
                        "postgres: report --overdue",
                        size,
                        clerk(url, "report", "--overdue"),
                        stdout_path=sink,
                        refs=[Ref("sqlite", clerk(db, "report", "--overdue"), sink2)],
                        show="clerk --db postgresql+psycopg://... report --overdue > file",
                    )
                    t.rows = rows
                    info["checks"].append(
                        (
                            "PostgreSQL prints the report SQLite prints (100k)",
                            same_output(sink, sink2),
                        )
                    )
                    pwork = work_copy(db, "pg-pair")
                    (code,) = q(pwork, "SELECT code FROM committee ORDER BY id LIMIT 1")[0]
                    (post,) = q(pwork, "SELECT name FROM owner ORDER BY id LIMIT 1")[0]

                    def add(i, c=code, o=post):
                        return ["add-action", text(i), "--committee", c, "--owner", o]

                    m(
                        "postgres: add-action",
                        size,
                        None,
                        setup=lambda i, u=url: clerk(u, *add(i), "--due", "+2w"),
                        refs=[Ref("sqlite", lambda i, w=pwork: clerk(w, *add(i), "--due", "+2w"))],
                        show="clerk --db postgresql+psycopg://... add-action ...",
                    )
        if "unbuffered" in chosen and size == "1M":
            argv = clerk(db, "report", "--overdue", "--format", "json")
            t = m(
                "report json, PYTHONUNBUFFERED=1",
                size,
                argv,
                runs=heavy,
                env={"PYTHONUNBUFFERED": "1"},
                stdout_path=sink,
                refs=[Ref("buffered", argv, sink2)],
                show="PYTHONUNBUFFERED=1 clerk report --overdue --format json > file",
            )
            t.rows = rows
            info["checks"].append(
                ("PYTHONUNBUFFERED=1 prints the same JSON (1M)", same_output(sink, sink2))
            )
        if "memory" in chosen and size == "1M":
            # Peak memory of every other command a clerk runs on a big log (one run each).
            (mref,) = q(
                db, "SELECT ref FROM action WHERE status = 'open' ORDER BY id DESC LIMIT 1"
            )[0]
            (mcode,) = q(db, "SELECT code FROM committee ORDER BY id LIMIT 1")[0]
            dump = tmp / "export-1m.json"
            for name, argv in (
                ("status", ["status"]),
                ("owner list", ["owner", "list"]),
                ("meeting list", ["meeting", "list"]),
                ("show REF", ["show", mref]),
                ("action-log CODE (markdown)", ["action-log", mcode, "--format", "markdown"]),
                ("list", ["list"]),
                ("list --format json", ["list", "--format", "json"]),
                ("digest --dry-run", ["digest", "--dry-run"]),
                (
                    "export json",
                    ["export", "--format", "json", "--include-confidential", "-o", str(dump)],
                ),
            ):
                m(
                    f"memory: {name}",
                    size,
                    clerk(db, *argv),
                    runs=1,
                    warmup=False,  # the reports before have read the database into the cache
                    stdout_path=sink,
                    setup=lambda _i, dump=dump: dump.unlink(missing_ok=True),
                    show=f"clerk {shlex.join(argv)} > file",
                )
        if "taskwarrior" in chosen and size in tw_envs and "report" not in chosen:
            m("task overdue", size, ["task", "overdue"], env=tw_envs[size][0], stdout_path=sink)
    if "import-minutes" in chosen:
        if minutes:
            base = dbs[sizes[0]]
            target = tmp / "minutes.db"

            def fresh_copy(_i, target=target, base=base):
                fresh_path(target)
                shutil.copyfile(base, target)

            t = m(
                "import-minutes x100",
                sizes[0],
                clerk(target, "import-minutes", "--yes", "--format", "plain", *map(str, minutes)),
                runs=heavy,
                setup=fresh_copy,
                refs=[ref("sqlmodel")],
                show=f"clerk import-minutes --yes 100 files (into the {sizes[0]} db)",
            )
            t.rows = len(minutes)
        else:
            info["skipped"].append("import-minutes: not measured: no examples/minutes/*.txt")
    refs("after")
    loadavg("end")
    shutil.rmtree(tmp, ignore_errors=True)
    return out, info


# ---- targets -----------------------------------------------------------------


def find(ts: list[Timing], name: str, size: str = "-") -> Timing | None:
    return next((t for t in ts if t.name == name and t.size == size), None)


def reference(ts: list[Timing], what: str) -> float | None:
    samples = [s for t in ts if t.name.startswith(f"ref: import {what} ") for s in t.samples]
    return statistics.median(samples) if samples else None


def targets(ts: list[Timing], info: dict) -> list[tuple[str, str, str, str]]:
    """(target, measured, limit, PASS / not met / not measured)."""
    rows: list[tuple[str, str, str, str]] = []

    def verdict(ok: bool | None) -> str:
        return "not measured" if ok is None else ("PASS" if ok else "not met")

    def paired(label: str, name: str, size: str, ref: str, limit: float, what: str = ""):
        t = find(ts, name, size)
        r = t.ratio(ref) if t else None
        if r is None:
            rows.append((label, "-", f"<= {limit:g} x", verdict(None)))
            return
        rows.append(
            (
                label,
                f"{t.median:.3f}s; {r:.2f} x {what or ref} ({t.ref_median(ref):.3f}s)",
                f"<= {limit:g} x",
                verdict(r <= limit),
            )
        )

    # Issue 11: the everyday commands at 1k.
    for name, limit in (
        ("status", 2.5),
        ("meeting list", 2.5),
        ("owner list", 2.5),
        ("show REF", 2.5),
        ("edit REF --due", 2.5),
        ("action-log CODE (markdown)", 2.5),
        ("digest --outbox -c CODE", 2.5),
        ("import-minutes FILE --dry-run", 2.5),
        ("report --overdue", 2.0),
        ("add-action", 2.0),
    ):
        paired(
            f"11. {name} @1k", f"11: {name}", "1k", "click+sqlite3", limit, "import click, sqlite3"
        )
    # Issue 18.
    for size in SIZES:
        for fmt in ("plain", "json"):
            if find(ts, f"report --overdue ({fmt})", size):
                paired(
                    f"18. report --overdue ({fmt}) @{size} vs floor_click.py",
                    f"report --overdue ({fmt})",
                    size,
                    "floor_click",
                    1.5,
                    "floor",
                )
    for size, limit in (("100k", 0.25), ("1M", 0.1)):
        paired(
            f"18. report --overdue @{size} vs task overdue (like for like)",
            "report --overdue (plain)",
            size,
            "task overdue",
            limit,
        )
    paired("18. add-action @100k vs task add", "add-action", "100k", "task add", 1.0)
    paired("18. done @100k vs task N done", "done", "100k", "task N done", 1.0)
    # What the floors themselves score against Taskwarrior, from the same runs.
    for label, name, size, num, den in (
        (
            "floor_click.py @100k vs task overdue",
            "report --overdue (plain)",
            "100k",
            "floor_click",
            "task overdue",
        ),
        (
            "floor_click.py @1M vs task overdue",
            "report --overdue (plain)",
            "1M",
            "floor_click",
            "task overdue",
        ),
        (
            "import click, sqlite3 vs task add @100k",
            "add-action",
            "100k",
            "click+sqlite3",
            "task add",
        ),
        (
            "import click, sqlite3 vs task N done @100k",
            "done",
            "100k",
            "click+sqlite3",
            "task N done",
        ),
    ):
        t = find(ts, name, size)
        if t and t.refs.get(num) and t.refs.get(den):
            r = statistics.median(a / b for a, b in zip(t.refs[num], t.refs[den], strict=True))
            rows.append((f"(info) {label}", f"{r:.2f} x (paired, the same runs)", "-", "info"))
    t = find(ts, "report --overdue --all (terminal)", "100k")
    if t and t.rows:
        per_row = t.diff("plain on the terminal") / t.rows * 1000
        rows.append(
            (
                "18. terminal table, report --overdue --all on a terminal @100k",
                f"{per_row:.3f} ms a row ({t.median:.3f}s vs plain on the terminal "
                f"{t.ref_median('plain on the terminal'):.3f}s, {t.rows} rows)",
                "<= 0.2 ms a row",
                verdict(per_row <= 0.2),
            )
        )
    else:
        rows.append(("18. terminal table @100k", "-", "<= 0.2 ms a row", verdict(None)))
    paired("18. export json @100k vs import sqlmodel", "export json", "100k", "sqlmodel", 3.0)
    paired("18. import-json @100k vs floor_restore.py", "import-json", "100k", "floor_restore", 1.2)
    paired(
        "18. digest, 200 owners @100k vs import sqlmodel",
        "digest --outbox",
        "100k",
        "sqlmodel",
        2.0,
    )
    t = next((x for x in ts if x.name == "import-minutes x100"), None)
    paired(
        "18. import-minutes of 100 files vs import sqlmodel",
        "import-minutes x100",
        t.size if t else "1k",
        "sqlmodel",
        3.0,
    )
    paired(
        "18. PostgreSQL report --overdue @100k vs SQLite",
        "postgres: report --overdue",
        "100k",
        "sqlite",
        1.5,
    )
    paired(
        "18. PostgreSQL add-action @100k vs SQLite", "postgres: add-action", "100k", "sqlite", 1.5
    )
    t = find(ts, "report json, PYTHONUNBUFFERED=1", "1M")
    if t:
        r = t.ratio("buffered")
        rows.append(
            (
                "18. PYTHONUNBUFFERED=1, report --format json @1M",
                f"{t.median:.3f}s; {r:.2f} x without ({t.ref_median('buffered'):.3f}s)",
                "within 10%",
                verdict(abs(r - 1) <= 0.10),
            )
        )
    else:
        rows.append(("18. PYTHONUNBUFFERED=1 @1M", "-", "within 10%", verdict(None)))
    at_1m = [
        x for x in ts if x.size == "1M" and not x.name.startswith(("task ", "floor_")) and x.samples
    ]
    if at_1m:
        worst = max(at_1m, key=lambda x: x.rss_kib)
        mib = worst.rss_kib / 1024
        over = [f"{x.name} {x.rss_kib / 1024:.0f}" for x in at_1m if x.rss_kib / 1024 > 150]
        rows.append(
            (
                f"18. peak memory at 1M (every clerk command, json included: {len(at_1m)} measured)",
                f"{mib:.1f} MiB ({worst.name})"
                + (f"; over the limit: {', '.join(over)}" if len(over) > 1 else ""),
                "<= 150 MiB",
                verdict(mib <= 150),
            )
        )
    else:
        rows.append(("18. peak memory at 1M", "-", "<= 150 MiB", verdict(None)))
    # Earlier targets, kept.
    click_ref, sqlmodel_ref = reference(ts, "click"), reference(ts, "sqlmodel")
    for name in ("clerk --help", "clerk report --help", "completion 'clerk re'"):
        paired(f"earlier: {name} vs import click", name, "-", "click", 1.3)
    t = find(ts, "report --overdue (plain)", "1k")
    if t and t.ratio("sqlmodel") is not None:
        paired("earlier: report --overdue @1k vs import sqlmodel", t.name, "1k", "sqlmodel", 1.15)
    elif t and sqlmodel_ref:
        r = t.median / sqlmodel_ref
        rows.append(
            (
                "earlier: report --overdue @1k vs import sqlmodel",
                f"{t.median:.3f}s; {r:.2f} x (run medians)",
                "<= 1.15 x",
                verdict(r <= 1.15),
            )
        )
    t = find(ts, "report --overdue (plain)", "100k")
    if t:
        rows.append(
            (
                "earlier: report --overdue @100k",
                f"{t.median:.3f}s ({t.rows} rows)",
                "<= 0.6 s",
                verdict(t.median <= 0.6),
            )
        )
    paired(
        f"earlier: report @1M, the same {info['rows'].get('100k', '?')} rows as @100k",
        "report --overdue --limit",
        "1M",
        "report @100k",
        1.5,
        "the 100k report",
    )
    for name in ("add-action", "done"):
        for size in ("100k", "1M"):
            paired(f"earlier: {name} @{size} vs import sqlmodel", name, size, "sqlmodel", 1.15)
    for name, label, limit in (
        ("publish (whole site)", "17. publish @100k: the whole site", 60.0),
        ("publish after one change", "17. publish @100k: again after one change", 5.0),
        ("digest --outbox", "earlier: digest --outbox, 200 owners @100k", 3.0),
        ("import-minutes x100", "earlier: import-minutes of 100 files", 5.0),
    ):
        t = next((x for x in ts if x.name == name), None)
        rows.append(
            (
                label,
                f"{t.median:.3f}s" if t else "-",
                f"<= {limit:g} s",
                verdict(t.median <= limit if t else None),
            )
        )
    del click_ref
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
    commit = subprocess.run(
        ["git", "-C", str(REPO), "log", "-1", "--format=%H %cd", "--date=iso"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": os_name,
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "Taskwarrior": tw,
        "clerk": f"{CLERK} ({commit or 'unknown commit'})",
    }


def markdown(ts: list[Timing], info: dict, mach: dict, args, started: datetime) -> str:
    lines = [
        "# clerk benchmark results",
        "",
        f"Measured {started:%Y-%m-%d %H:%M} UTC with `python benchmarks/run.py"
        f"{' ' + ' '.join(args.argv) if args.argv else ''}` ({args.runs} timed runs after one "
        "warm-up; wall time of the whole process; ratios are medians of per-run ratios to a "
        "reference run just before each run).",
        "",
    ]
    lines += [f"- **{k}**: {v}" for k, v in mach.items()]
    lines += ["- **Load average**: " + "; ".join(f"{w}: {v}" for w, v in info["load"])]
    lines += ["", "## Targets", "", "| Target | Measured | Limit | Result |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in targets(ts, info)]
    if info["checks"]:
        lines += ["", "Checks:", ""]
        lines += [f"- {what}: {'yes' if ok else 'NO'}" for what, ok in info["checks"]]
    if info["tw"]:
        lines += ["", "Taskwarrior, loaded like for like:", ""]
        for size, f in info["tw"].items():
            lines.append(
                f"- {size}: written in {f['load_s']}s; Taskwarrior counts {f['tasks']} "
                f"(clerk: {f['expected']}), {f['overdue']} overdue (clerk: "
                f"{f['overdue_expected']}): {'the same' if f['same'] else 'NOT the same'}"
            )
    if "pg_load" in info:
        lines += ["", f"PostgreSQL load (COPY of the 100k database): {info['pg_load']:.0f}s"]
    lines += [
        "",
        "## Every measurement",
        "",
        "| Command | Size | Rows out | Median s | Min s | Max s | Peak RSS MiB | Paired with (median s) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for t in ts:
        paired = "; ".join(
            f"{label} {statistics.median(v):.3f}" for label, v in t.refs.items() if v
        )
        lines.append(
            f"| `{t.cmd}` | {t.size} | {t.rows if t.rows is not None else ''} | {t.median:.3f} | "
            f"{t.lo:.3f} | {t.hi:.3f} | {t.rss_kib / 1024:.1f} | {paired} |"
        )
    refs_used = {}
    for t in ts:
        for label, cmd in t.ref_cmds.items():
            refs_used.setdefault(label, cmd)
    if refs_used:
        lines += ["", "References:", ""]
        lines += [f"- {label}: `{cmd}`" for label, cmd in refs_used.items()]
    if info["skipped"]:
        lines += ["", "Not measured:", ""] + [f"- {s}" for s in info["skipped"]]
    return "\n".join(lines) + "\n"


NOTES_MARKER = "<!-- notes: kept by run.py -->"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--sizes",
        default=None,
        help="comma-separated: 1k,10k,100k,1M (default: all; --quick: 1k,100k)",
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
    p.add_argument("--no-taskwarrior-1m", action="store_true", help="leave Taskwarrior out at 1M")
    args = p.parse_args(argv)
    args.argv = argv
    args.sizes = args.sizes or ("1k,100k" if args.quick else ",".join(SIZES))
    args.runs = args.runs or (3 if args.quick else 7)
    output = args.output or (None if args.quick else HERE / "RESULTS.md")
    started = datetime.now(UTC)
    mach = machine()
    ts, info = run(args)
    text = markdown(ts, info, mach, args, started)
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
