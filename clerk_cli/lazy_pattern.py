"""Regular expressions compiled the first time they are used, not when imported.

A module-level ``re.compile`` runs at every start of every command that imports the
module, whether or not the command ever matches anything.  ``lazy(pattern)`` stands in
for the compiled pattern: the first use of any attribute (``match``, ``sub``,
``pattern``...) compiles it, and that attribute is then kept on the stand-in, so later
uses cost what the compiled pattern's do.
"""

from __future__ import annotations

import re


class LazyPattern:
    """re.compile(pattern, flags), made on first use."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str):
        value = getattr(re.compile(*self._args), name)
        setattr(self, name, value)  # found in the instance from now on
        return value

    def __repr__(self) -> str:
        return f"lazy({re.compile(*self._args)!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
