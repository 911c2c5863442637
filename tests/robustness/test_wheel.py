"""The built wheel carries its migrations: a fresh install can create and read a database.

Slow (builds a wheel, makes a venv): .ci/run runs it once, on the SQLite pass.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("CLERK_TEST_WHEEL"), reason="set CLERK_TEST_WHEEL=1 (as .ci/run does)"
)
def test_wheel_installs_and_migrates(tmp_path):
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    # Every folder the wheel carries is declared: no packaging warning on install.
    assert "absent from the `packages` configuration" not in built.stdout + built.stderr
    wheel = next(dist.glob("clerk_cli-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    pip = env_dir / "bin" / "pip"
    subprocess.run(
        [str(pip), "install", "--quiet", str(wheel)], check=True, capture_output=True, timeout=600
    )

    clerk = env_dir / "bin" / "clerk"
    work = tmp_path / "x"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLERK_") and k != "PYTHONPATH"}
    env["CLERK_HOME"] = str(tmp_path / "home")
    db = str(work / "clerk.db")

    def run(*args):
        # Run from outside the source tree so only the installed package can be found.
        return subprocess.run(
            [str(clerk), "--db", db, *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=120,
        )

    added = run("committee", "add", "Children's Services Scrutiny Committee", "--code", "CSSC")
    assert added.returncode == 0, added.stderr
    current = run("db", "current")
    assert current.returncode == 0, current.stderr
    assert "up to date" in current.stdout
    where = subprocess.run(
        [str(env_dir / "bin" / "python"), "-c", "import clerk_cli, sys; print(clerk_cli.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert str(env_dir) in where.stdout  # the wheel's copy, not the source tree
    # Every command's modules are in the wheel: one of each kind, as a clerk runs them.
    minutes = REPO / "examples" / "minutes"
    sample = next(p for p in sorted(minutes.glob("*.txt")))
    for args in (
        ("import-minutes", str(sample), "--dry-run", "--committee", "CSSC", "--date", "01/02/2024"),
        ("add-action", "Share the report", "--committee", "CSSC", "--due", "+2w"),
        ("export", "--format", "json"),
        ("action-log", "CSSC", "--format", "html"),
        ("digest", "--dry-run"),
        ("status",),
        ("undo", "--list"),
        ("help", "dates"),
    ):
        result = run(*args)
        assert result.returncode == 0, (args, result.stderr)
