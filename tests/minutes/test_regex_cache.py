"""The extractor's compiled-pattern cache (clerk_cli/minutes/regex.py) gives the same
patterns as re.compile, and anything wrong with its file only costs a recompile."""

from __future__ import annotations

import re

import pytest

from clerk_cli.minutes import regex

SAMPLES = [
    (r"^(?P<o>[A-Z][\w'’&.-]*)\s+to\s+(?P<verb>\w+)", 0),
    (r"\b(?:by|before)\s+(\d{1,2})\s+(January|February|March)\b", re.I),
    (r"(?<=[a-z])['’]s?$", 0),
    (rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]", 0),
]
TEXTS = ["Clerk to write to the owner", "by 3 march", "the Trustees'", "JW to chase"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The module pointed at a cache file of this test's own, as a new process sees it."""
    monkeypatch.setattr(regex.sys, "dont_write_bytecode", False)
    monkeypatch.setattr(regex, "CACHE_FILE", tmp_path / "patterns.test.sre")
    monkeypatch.setattr(regex, "_stored", None)
    monkeypatch.setattr(regex, "_used", {})
    monkeypatch.setattr(regex, "_new", True)  # no atexit write from the test process
    return tmp_path / "patterns.test.sre"


def _fresh_process(monkeypatch):
    monkeypatch.setattr(regex, "_stored", None)
    monkeypatch.setattr(regex, "_used", {})


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (
        b.pattern,
        b.flags,
        b.groups,
        dict(b.groupindex),
    )
    for text in TEXTS:
        subject = text.encode() if isinstance(a.pattern, bytes) else text
        assert [m.groups() for m in a.finditer(subject)] == [
            m.groups() for m in b.finditer(subject)
        ]


def test_patterns_from_the_file_are_the_ones_re_compiles(cache, monkeypatch):
    first = [regex.compile(p, f) for p, f in SAMPLES]
    regex.save()
    assert cache.exists()
    _fresh_process(monkeypatch)
    again = [regex.compile(p, f) for p, f in SAMPLES]
    assert set(regex._stored) == {(p, int(f)) for p, f in SAMPLES}  # read from the file
    for (p, f), a, b in zip(SAMPLES, first, again, strict=True):
        _same(a, re.compile(p, f))
        _same(b, re.compile(p, f))


@pytest.mark.parametrize(
    "content", [b"", b"not marshal at all", b"\x00" * 64, None], ids=["empty", "junk", "nul", "dir"]
)
def test_a_broken_file_only_means_compiling_again(cache, monkeypatch, content):
    if content is None:
        cache.mkdir()  # a directory where the file should be: neither read nor written
    else:
        cache.write_bytes(content)
    for p, f in SAMPLES:
        _same(regex.compile(p, f), re.compile(p, f))
    regex.save()  # must not raise


def test_an_entry_with_bad_code_is_compiled_again(cache, monkeypatch):
    pattern = SAMPLES[0][0]
    regex.compile(pattern)
    regex.save()
    _fresh_process(monkeypatch)
    stored = regex._cached()
    flags, _code, groups, groupindex, indexgroup = stored[pattern, 0]
    stored[pattern, 0] = (flags, b"\xff\xff\xff\x7f" * 3, groups, groupindex, indexgroup)
    _same(regex.compile(pattern), re.compile(pattern))


def test_a_file_from_another_python_is_ignored(cache, monkeypatch):
    regex.compile(SAMPLES[0][0])
    regex.save()
    monkeypatch.setattr(regex, "_STAMP", ("another python",))
    _fresh_process(monkeypatch)
    assert regex._cached() == {}


def test_module_functions_match_re():
    text = "The Clerk to write; JW to chase by 3 March."
    assert regex.search(r"(\w+) to", text).group(1) == re.search(r"(\w+) to", text).group(1)
    assert regex.findall(r"\b[A-Z]\w*", text) == re.findall(r"\b[A-Z]\w*", text)
    assert regex.sub(r"\s+", " ", "a  b\tc", flags=re.I) == "a b c"
    assert regex.split(r";\s*", text, maxsplit=1) == re.split(r";\s*", text, maxsplit=1)
    assert regex.fullmatch(r"(?i)jw", "JW")
    assert regex.match(r"The", text)
    assert [m.start() for m in regex.finditer(r"to", text)] == [
        m.start() for m in re.finditer(r"to", text)
    ]


def test_nothing_is_written_when_python_writes_no_bytecode(cache, monkeypatch):
    monkeypatch.setattr(regex.sys, "dont_write_bytecode", True)
    regex.compile(SAMPLES[0][0])
    regex.save()
    assert not cache.exists()


def test_the_file_goes_where_python_puts_bytecode(monkeypatch, tmp_path):
    monkeypatch.setattr(regex.sys, "pycache_prefix", str(tmp_path))
    folder = regex._cache_folder()
    assert folder.is_relative_to(tmp_path) and folder.name == "minutes"
    monkeypatch.setattr(regex.sys, "pycache_prefix", None)
    assert regex._cache_folder().name == "__pycache__"
