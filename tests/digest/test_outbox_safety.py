"""The outbox is written safely (attack report F2, F10): a link planted at an .eml name is
never followed, and a write that fails (a full disk) leaves no half-written email."""

from __future__ import annotations

import email
import subprocess
import sys
import textwrap
from email import policy

from .conftest import HOF

FROM = {"CLERK_FROM": "Democratic Services <ds@example.gov.uk>"}


def test_a_planted_symlink_is_replaced_and_its_target_left_alone(cli, council, tmp_path):
    outbox = tmp_path / "ob"
    assert cli("digest", "--outbox", str(outbox), "--owner", HOF, env=FROM).exit_code == 0
    (eml,) = outbox.glob("*.eml")  # the predictable name of Raj's digest
    eml.unlink()
    victim = tmp_path / "victim.txt"
    victim.write_text("IMPORTANT VICTIM DATA\n")
    victim.chmod(0o644)
    eml.symlink_to(victim)

    result = cli("digest", "--outbox", str(outbox), "--owner", HOF, env=FROM)

    assert result.exit_code == 0, result.output
    assert victim.read_text() == "IMPORTANT VICTIM DATA\n"
    assert oct(victim.stat().st_mode & 0o777) == "0o644"
    assert not eml.is_symlink()
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert "Raj Shah" in msg["To"]
    assert sorted(p.name for p in outbox.iterdir()) == [eml.name]  # no temporary file left


def test_a_dangling_symlink_is_replaced_not_followed(tmp_path):
    from clerk_cli.mail import write_private_file

    target = tmp_path / "x.eml"
    target.symlink_to(tmp_path / "created-through-the-link")

    write_private_file(target, b"new")

    assert target.read_bytes() == b"new" and not target.is_symlink()
    assert not (tmp_path / "created-through-the-link").exists()


def test_a_full_disk_leaves_no_truncated_email(tmp_path):
    """RLIMIT_FSIZE makes the write fail part-way, as a full disk does (EFBIG / ENOSPC)."""
    outbox = tmp_path / "ob"
    outbox.mkdir()
    old = outbox / "old.eml"
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from pathlib import Path
        from clerk_cli.errors import MailError
        from clerk_cli.mail import OutboxTransport, compose, write_private_file
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        write_private_file(Path({str(old)!r}), b"an older complete email")
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
        msg = compose(sender="ds@example.gov.uk", to="raj@example.gov.uk", subject="s",
                      text="x" * 200_000, html="<p>" + "y" * 200_000 + "</p>",
                      headers={{"X-Clerk-Digest": "2026-W49-owner-1"}})
        try:
            write_private_file(Path({str(old)!r}), b"z" * 100_000)
        except MailError as exc:
            print(exc.message)
        with OutboxTransport(Path({str(outbox)!r})) as t:
            try:
                t.send(msg)
            except MailError as exc:
                print(exc.message)
                sys.exit(1)
        """
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)

    assert run.returncode == 1, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith("Cannot write ") for line in lines)
    assert sorted(p.name for p in outbox.iterdir()) == ["old.eml"]
    assert old.read_bytes() == b"an older complete email"
