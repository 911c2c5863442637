"""Reading a large JSON document as a stream: its values one at a time, in a small buffer.

import-json reads the top-level object's values one at a time, and each section's
records one at a time (any layout: one record to a line as clerk writes it, or
pretty-printed by another tool).  Whatever this reader cannot follow raises
Unstreamable, and the caller reads the file whole instead (which also gives the
one-line error for a file that is not JSON).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO


class Unstreamable(Exception):
    """The file cannot be read as a stream: read it whole instead."""


def _refuse_constant(name: str):
    # json accepts NaN, Infinity and -Infinity, which JSON itself does not.
    raise ValueError(f"{name} is not a JSON number")


def decoder() -> json.JSONDecoder:
    """The JSON decoder import-json uses: strict JSON (no NaN or Infinity)."""
    return json.JSONDecoder(parse_constant=_refuse_constant)


_WS = re.compile(r"[ \t\n\r]*")


class JsonReader:
    """Reads JSON values one at a time from a text stream, holding a small buffer only."""

    def __init__(self, fh: IO[str], size: int = 1 << 20):
        self.fh, self.size = fh, size
        self.buf, self.pos, self.eof = "", 0, False
        self.decoder = decoder()
        self.decode = self.decoder.raw_decode
        self.bulk = True

    def _fill(self, at_least: int = 0) -> bool:
        if self.eof:
            return False
        try:
            more = self.fh.read(max(self.size, at_least))
        except UnicodeDecodeError as exc:
            raise Unstreamable from exc
        if not more:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + more
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def take(self, char: str) -> bool:
        if self.peek() == char:
            self.pos += 1
            return True
        return False

    def expect(self, char: str) -> None:
        if not self.take(char):
            raise Unstreamable

    def value(self):
        self.peek()
        while True:
            try:
                value, end = self.decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # Cut short by the end of the buffer?  Then read on (twice as much each
                # time, for a long value); a real error is the fallback's to report.
                cut = exc.pos >= len(self.buf) - 8 or exc.msg.startswith("Unterminated string")
                if cut and self._fill(len(self.buf) - self.pos):
                    continue
                raise Unstreamable from None
            except (ValueError, RecursionError):  # NaN, a huge number, deep nesting
                raise Unstreamable from None
            # A number at the end of the buffer may go on too ("12" of "123").
            if end == len(self.buf) and not isinstance(value, dict | list | str) and self._fill():
                continue
            self.pos = end
            return value

    def items(self) -> Iterator:
        """The values of the list that starts here."""
        self.expect("[")
        if self.take("]"):
            return
        while True:
            if self.bulk:
                records = self._bulk()
                if records is not None:
                    yield from records
                    if self.take("]"):
                        return
                    self.expect(",")
                    continue
            yield self.value()
            if self.take("]"):
                return
            self.expect(",")

    def _bulk(self) -> list | None:
        """The list's values up to the end of the buffer, parsed at once; None if that cannot be done.

        In clerk's layout every record is one line, so the list goes on at least to
        the last ",\\n" in the buffer, or ends at "\\n]".  If the text up to there
        parses as values separated by commas, that comma (or bracket) is the list's
        own: a comma or bracket inside a record would leave a bracket unclosed.  In
        another layout this fails, and the values are read one at a time.
        """
        if len(self.buf) - self.pos < self.size // 2:
            self._fill()
        buf, pos = self.buf, self.pos
        end = buf.find("\n]", pos)
        if end < 0:
            end = buf.rfind(",\n", pos)
        if end <= pos:
            return None
        try:
            records = self.decoder.decode(f"[{buf[pos:end]}]")
        except json.JSONDecodeError:
            self.bulk = False
            return None
        except (ValueError, RecursionError):
            raise Unstreamable from None
        self.pos = end
        return records
