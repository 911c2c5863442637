"""Compiled patterns kept between runs, as Python keeps compiled code in ``.pyc`` files.

The extractor is a few hundred regular expressions.  Python compiles each one at import
in pure Python (``re._parser`` and ``re._compiler``: ~40 ms in all), and its own cache
lives only as long as the process, so every ``clerk import-minutes`` paid that again.
``compile()`` keeps what the compiler produced (the regex engine's code, flags and
group names) in ``__pycache__/patterns.<python>.sre`` next to this package and hands it
straight to the engine (``_sre.compile``) in later runs: the same pattern objects for a
fraction of the cost.

The file is only a cache: it is keyed by the exact Python build and the engine's
version, the engine validates the code it is given, and anything unexpected (a Python
without these internals, an unreadable, stale or corrupt file, a directory that cannot
be written) means the pattern is compiled the ordinary way.  Nothing else reads it.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

try:  # CPython's engine and compiler; absent or different elsewhere
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other Pythons compile the ordinary way
    _sre = None


def _cache_folder() -> Path:
    """Where Python keeps this package's .pyc files (``sys.pycache_prefix`` honoured)."""
    package = Path(__file__).resolve().parent
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix, *package.parts[1:])
    return package / "__pycache__"


CACHE_FILE = _cache_folder() / f"patterns.{sys.implementation.cache_tag}.sre"
_STAMP = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), 2)

_stored: dict | None = None  # what the file held when this process first needed it
_used: dict = {}  # what this process compiled or took from the file
_new = False  # something was compiled that the file did not hold


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's twin
    """``re.compile(pattern, flags)``, from the cached engine code when there is some."""
    global _new
    flags = int(flags)
    if _sre is None:  # pragma: no cover
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _cached().get(key)
    if entry is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            compiled = _sre.compile(
                pattern, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup
            )
        except Exception:  # noqa: BLE001 - a bad entry is only a cache miss
            pass
        else:
            _used[key] = entry
            return compiled
    try:
        parsed = _parser.parse(pattern, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        code = [int(op) for op in _compiler._code(parsed, flags)]
        groups = parsed.state.groups - 1
        final_flags = flags | parsed.state.flags
        compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
        # the code as bytes: a few hundred kilobytes of small ints load far faster so
        entry = (final_flags, array("I", code).tobytes(), groups, groupindex, tuple(indexgroup))
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - internals changed: compile the ordinary way
        return re.compile(pattern, flags)
    if not _new:
        _new = True
        atexit.register(save)
    _used[key] = entry
    return compiled


def _cached() -> dict:
    global _stored
    if _stored is None:
        _stored = {}
        try:
            stamp, entries = marshal.loads(CACHE_FILE.read_bytes())
            if stamp == _STAMP and isinstance(entries, dict):
                _stored = entries
        except Exception:  # noqa: BLE001 - no file, or not ours: start afresh
            pass
    return _stored


def save() -> None:
    """Write what this process compiled (and still-fresh entries of the file) for next time.

    Written to a temporary file and renamed, so a reader never sees half a file; a
    directory that cannot be written is left alone, and nothing is written when Python
    is told not to write bytecode (PYTHONDONTWRITEBYTECODE, ``-B``).
    """
    if sys.dont_write_bytecode:
        return
    entries = dict(_used)
    if len(_cached()) < 2 * max(len(_used), 1):  # keep the file's other entries, within reason
        entries = {**_cached(), **entries}
    tmp = CACHE_FILE.with_name(f"{CACHE_FILE.name}.{os.getpid()}.tmp")
    try:
        CACHE_FILE.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((_STAMP, entries)))
        os.replace(tmp, CACHE_FILE)
    except (OSError, ValueError):  # not writable, or an entry marshal cannot keep
        tmp.unlink(missing_ok=True)


# re's module-level functions with the pattern kept here (and in the file) rather than in
# re's own cache, which is empty at every start.
_compiled: dict = {}


def _pattern(pattern, flags) -> re.Pattern:
    if isinstance(pattern, re.Pattern):
        return pattern
    try:
        return _compiled[pattern, flags]
    except KeyError:
        _compiled[pattern, flags] = found = compile(pattern, flags)
        return found


def search(pattern, string, flags=0):
    """``re.search``, its pattern compiled once and kept between runs."""
    return _pattern(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """``re.match``, its pattern compiled once and kept between runs."""
    return _pattern(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """``re.fullmatch``, its pattern compiled once and kept between runs."""
    return _pattern(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    """``re.findall``, its pattern compiled once and kept between runs."""
    return _pattern(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """``re.finditer``, its pattern compiled once and kept between runs."""
    return _pattern(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    """``re.split``, its pattern compiled once and kept between runs."""
    return _pattern(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    """``re.sub``, its pattern compiled once and kept between runs."""
    return _pattern(pattern, flags).sub(repl, string, count)
