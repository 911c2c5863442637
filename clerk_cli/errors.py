"""The one error tree of clerk.

Services raise these; the root Click group turns them into a single line on
stderr and the exit code below.  Nothing else in clerk decides exit codes.

Exit codes:
    0  success
    1  a problem the user can fix (bad date, unknown reference, locked database...)
    2  usage error (Click's own: unknown option, missing argument)
    3  an unexpected internal error (a bug: rerun with --debug and report it)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_USER = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class ClerkError(Exception):
    """An expected failure with a message a clerk can act on."""

    exit_code = EXIT_USER

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} {self.hint}"
        return self.message


class NotFound(ClerkError):
    """A reference, committee, meeting or owner that does not exist."""


class Ambiguous(ClerkError):
    """A name that matches more than one thing."""


class InvalidInput(ClerkError):
    """A value that cannot be understood (a date, an email address...)."""


class Problems(InvalidInput):
    """Several things wrong at once (every row of a file checked before any is used).

    The root group prints one line each: "Error: " before the first, the hint last.
    ``message`` holds them one per line, for a caller that shows them itself.
    """

    def __init__(self, problems: list[str], *, hint: str | None = None):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems), hint=hint)


class Conflict(ClerkError):
    """The change would break a rule (duplicate code, already done...)."""


class DatabaseError(ClerkError):
    """The database cannot be opened, is locked, corrupt or too new."""


class ConfigError(ClerkError):
    """The configuration file is missing a setting or cannot be read."""


class MailError(ClerkError):
    """Sending mail failed."""
