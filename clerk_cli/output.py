"""Where a finished document goes: a file readable by its owner only (-o FILE), or
standard output.  Shared by the commands that write papers and exports; no Click."""

from __future__ import annotations

import io
import os
import sys
from contextlib import contextmanager


def deliver(document: str | bytes, output: str | None, fmt: str) -> None:
    """Write a document to -o FILE (atomically, mode 0600) or to standard output.

    A binary document (DOCX) is refused on a terminal: it would print as noise.
    """
    from clerk_cli.errors import InvalidInput

    if output:
        from clerk_cli.services.exports import write_private_file

        path = write_private_file(output, document)
        print(f"Wrote {path}", file=sys.stderr)
        return
    stdout = sys.stdout
    if isinstance(document, bytes):
        if stdout.isatty():
            raise InvalidInput(
                f"A {fmt.upper()} file cannot be shown in a terminal.",
                hint=f"Give --output FILE.{fmt}, or redirect: > FILE.{fmt}",
            )
        stdout.flush()
        stdout.buffer.write(document)
        stdout.buffer.flush()
        return
    stdout.write(document)


# ---- paging long terminal output, as git does -----------------------------------


class _TerminalBuffer(io.StringIO):
    """Collects what a command prints for the terminal; says it is one, so colour stays on."""

    def isatty(self) -> bool:
        return True


def pager_command(env=None) -> str | None:
    """$CLERK_PAGER, else $PAGER, else less; None when set to '' or 'cat' (no paging)."""
    env = os.environ if env is None else env
    command = env.get("CLERK_PAGER", env.get("PAGER", "less"))
    if not command.strip() or command.strip() == "cat":
        return None
    return command


@contextmanager
def paged(enabled: bool = True):
    """Yield the stream to write to.  In a terminal, output longer than the screen is
    shown through the pager (less -R, with LESS=FRX unless set: it quits at once when
    the output fits, as in git); piped, redirected or with --no-pager, it goes straight
    to standard output."""
    stdout = sys.stdout
    command = pager_command()
    if not enabled or command is None or not _isatty(stdout):
        yield stdout
        return
    buf = _TerminalBuffer()
    yield buf
    text = buf.getvalue()
    import shutil

    rows = shutil.get_terminal_size().lines
    if text.count("\n") < rows:
        stdout.write(text)
        return
    show_in_pager(text, command)


def show_in_pager(text: str, command: str) -> None:
    """Run the pager through the shell (like git: PAGER may carry options) and feed it the text."""
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    sys.stdout.flush()
    try:
        import subprocess

        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        sys.stdout.write(text)
        return
    try:
        proc.stdin.write(text.encode("utf-8", "replace"))
        proc.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager early: nothing more to show
    while True:
        try:
            proc.wait()
            return
        except KeyboardInterrupt:
            continue  # Ctrl-C in less belongs to less (as in git): wait for it to exit


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
