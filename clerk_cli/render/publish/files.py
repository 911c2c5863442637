"""Writing the register into its directory: only what changed, a changed file atomically.

The directory keeps a manifest (.clerk-publish.json) of the files clerk wrote, which
committee each belongs to, the as-at day and the newest audit row published.  A file
whose bytes are the same is not touched (its mtime stays); a file clerk wrote before
and no longer makes (an action deleted, a committee left out) is removed; files clerk
did not write are never touched.  The site is public by design: files are written
readable by everyone (0644); a file that changes is replaced through a temporary file
and a rename, pages before the index that links to them, and the manifest last, so an
interrupted run is finished by the next.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.views.publish import PreviousRun, PublishResult, SiteData

MANIFEST = ".clerk-publish.json"
FORMAT = 1


def site_key(site_options: dict) -> str:
    """What every page depends on besides the data: clerk's version, the templates and
    the options.  A different key rebuilds every page."""
    from importlib.resources import files as package_files

    from clerk_cli import __version__

    h = hashlib.sha256(
        f"{FORMAT}\0{__version__}\0{json.dumps(site_options, sort_keys=True)}".encode()
    )
    templates = package_files("clerk_cli") / "templates" / "publish"
    for entry in sorted(templates.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            h.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return h.hexdigest()


def check_directory(directory: str) -> Path:
    """The output directory, refused when it is a file or holds files not written by
    clerk publish (it would mix the register with them)."""
    path = Path(directory).expanduser()
    if path.exists() and not path.is_dir():
        raise InvalidInput(
            f"{directory} is a file, not a directory.", hint="Give a directory for the site: -o DIR"
        )
    if path.is_dir() and not (path / MANIFEST).exists() and any(path.iterdir()):
        raise Conflict(
            f"{directory} is not empty and was not written by clerk publish.",
            hint="Give a new or empty directory: -o DIR",
        )
    return path


def read_manifest(path: Path, key: str) -> tuple[PreviousRun | None, dict[str, str]]:
    """(the previous run, if it can be built on, {file: part}) from the directory's manifest."""
    try:
        data = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        files = {str(k): str(v) for k, v in data["files"].items()}
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None, {}
    try:
        previous = PreviousRun(
            as_of=date.fromisoformat(data["as_of"]),
            audit_id=int(data["audit_id"]),
            selection=tuple(data["selection"]),
            origin=str(data.get("origin", "")),
        )
    except (KeyError, TypeError, ValueError):
        return None, files
    return (previous if data.get("key") == key else None), files


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write(target: Path, data: bytes, made: set[Path], *, new: bool, chmod: bool) -> None:
    """Write a file readable by everyone.  One that exists is replaced through a
    temporary file and a rename (a reader of the live site never sees half a page); a
    new one is written in place (nothing links to it until the pages that do are
    written, after it)."""
    parent = target.parent
    if parent not in made:
        parent.mkdir(parents=True, exist_ok=True, mode=0o755)
        made.add(parent)
    tmp = target if new else parent / f".{target.name}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if new else os.O_TRUNC)
    fd = os.open(tmp, flags, 0o644)
    try:
        if chmod:
            os.fchmod(fd, 0o644)  # public, whatever the umask
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.close(fd)
        fd = -1
        if not new:
            os.replace(tmp, target)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        tmp.unlink(missing_ok=True)
        raise


def _same(target: Path, data: bytes) -> bool | None:
    """Does target hold exactly data?  None when there is no such file."""
    try:
        if target.stat().st_size != len(data):
            return False
    except FileNotFoundError:
        return None
    except OSError:
        return False
    try:
        return target.read_bytes() == data
    except OSError:
        return False


def write_site(
    path: Path,
    site: SiteData,
    files: Iterable[tuple[str, bytes, str]],
    old_files: dict[str, str],
    key: str,
) -> PublishResult:
    """Put files into path as they come: write the changed ones, then remove the ones
    clerk wrote before and no longer makes."""
    result = PublishResult(
        directory=str(path),
        full=site.full,
        rebuilt=[c.summary.code for c in site.committees],
        as_of=site.as_of,
    )
    path.mkdir(parents=True, exist_ok=True, mode=0o755)
    made: set[Path] = set()
    chmod = bool(_umask() & 0o644)
    written: dict[str, str] = {}
    for rel, data, part in files:
        written[rel] = part
        target = path / rel
        same = _same(target, data)
        if same:
            result.unchanged += 1
        else:
            _write(target, data, made, new=same is None, chmod=chmod)
            result.written += 1
    parts = {""} | set(result.rebuilt)
    kept = {}
    for rel, part in old_files.items():
        if rel in written:
            continue
        if site.full or part in parts:
            target = path / rel
            if target.is_file():
                target.unlink()
                result.removed += 1
                _prune(target.parent, path)
        else:
            kept[rel] = part
    manifest = {
        "clerk_publish": FORMAT,
        "key": key,
        "as_of": site.as_of.isoformat(),
        "audit_id": site.audit_id,
        "selection": list(site.selection),
        "origin": site.origin,
        "files": dict(sorted({**kept, **written}.items())),
    }
    data = (json.dumps(manifest, indent=0) + "\n").encode("utf-8")
    same = _same(path / MANIFEST, data)
    if not same:
        _write(path / MANIFEST, data, made, new=same is None, chmod=chmod)
    return result


def _prune(directory: Path, root: Path) -> None:
    """Remove directories left empty, up to (not including) the site's root."""
    while directory != root and root in directory.parents:
        try:
            directory.rmdir()
        except OSError:
            return
        directory = directory.parent
