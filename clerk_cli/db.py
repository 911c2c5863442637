"""Opening a clerk database, its transactions, and the migrations runner.

Every command runs on the DB-API: the standard library's sqlite3 for a SQLite file,
psycopg 3 for PostgreSQL (see Database.transaction and clerk_cli.store.sql).  Every
write is one transaction: on SQLite it starts with BEGIN IMMEDIATE (so two clerks
never interleave half-done writes and never see "database is locked" while the other
finishes), with WAL and a busy timeout (CLERK_BUSY_TIMEOUT_MS); on PostgreSQL it
starts by taking an advisory lock, the same turn-taking, and a conflict with any
other writer (serialization failure, deadlock, unique value taken meanwhile) is
retried.  Database problems become one-line DatabaseErrors here, so services and the
CLI never see a driver's exceptions.

SQLAlchemy, SQLModel and Alembic are imported only to create or upgrade the schema
(Database.upgrade, after a backup): a database at the current revision costs one
SELECT to check.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from clerk_cli.errors import DatabaseError
from clerk_cli.paths import data_dir, expand, redact_url

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.engine import Engine

    from clerk_cli.store.sql import Sql

T = TypeVar("T")

# Alembic revisions this clerk knows, oldest first.  The last is the head; a test
# checks this list against migrations/versions so the fast start-up check (one
# SELECT, no Alembic import) stays truthful.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
HEAD_REVISION = KNOWN_REVISIONS[-1]

BUSY_TIMEOUT_MS = 30_000  # default; CLERK_BUSY_TIMEOUT_MS overrides it
_TRANSIENT_PG_CODES = {"40001", "40P01"}  # serialization failure, deadlock
# Keys of PostgreSQL advisory locks: one held while migrating, so that clerks starting
# together on a new database do not all try to create the tables; one held by every
# write transaction, so that clerks' writes take turns as they do on SQLite.
_MIGRATION_LOCK_KEY = 0x636C65726B  # "clerk"
_WRITE_LOCK_KEY = 0x636C65726B01


def busy_timeout_ms() -> int:
    """How long SQLite waits for another clerk's write to finish (CLERK_BUSY_TIMEOUT_MS)."""
    raw = os.environ.get("CLERK_BUSY_TIMEOUT_MS", "").strip()
    if raw.isascii() and raw.isdigit() and len(raw) <= 9:
        return int(raw)
    return BUSY_TIMEOUT_MS


def migrations_dir() -> str:
    """The Alembic script directory (packaged as clerk_cli.migrations)."""
    from importlib.resources import files

    return str(files("clerk_cli.migrations"))


# ---- opening -----------------------------------------------------------------


def check_sqlite_path(path: str | os.PathLike, *, create: bool) -> bool:
    """Check a SQLite path before connecting; return True if the file is new.

    Each problem is one line that says how to fix it.  A new file is created
    empty with mode 0600 so that SQLite (and its -wal/-shm files, which copy the
    database file's mode) are readable by their owner only.
    """
    path = os.fspath(path)
    if os.path.isdir(path):
        raise DatabaseError(
            f"{path} is a directory, not a database file.",
            hint="Give a file name, e.g. --db ~/clerk/clerk.db.",
        )
    if not os.path.exists(path):
        parent = os.path.dirname(path) or "."
        if not os.path.exists(parent):
            # Only clerk's own data directory is made on demand: a missing directory
            # in a --db path is more likely a typo than a wish for a new folder.
            if not create or os.path.abspath(parent) != os.path.abspath(data_dir()):
                raise DatabaseError(
                    f"The directory {parent} does not exist.",
                    hint="Create it first, or choose another --db path.",
                )
            os.makedirs(parent, mode=0o700, exist_ok=True)
        if not create:
            raise DatabaseError(
                f"No database at {path}.",
                hint="Check the path, or run any clerk command without --db to use the default.",
            )
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            return False
        except PermissionError as exc:
            raise DatabaseError(
                f"Cannot create {path}: permission denied.",
                hint="Choose a directory you can write to.",
            ) from exc
        os.close(fd)
        return True
    if not os.path.isfile(path):
        raise DatabaseError(
            f"{path} is not a regular file, so it cannot hold a database.",
            hint="Give a file name, e.g. --db ~/clerk/clerk.db.",
        )
    # The file is not opened here: closing any descriptor of a SQLite file drops the
    # POSIX locks that every SQLite connection of this process holds on it, a classic way
    # to corrupt a database.  SQLite itself checks the header (see Database.connection).
    if not os.access(path, os.R_OK):
        raise DatabaseError(
            f"Cannot read {path}: permission denied.",
            hint="Check the file's owner and permissions (ls -l).",
        )
    return os.stat(path).st_size == 0


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    # Python's sqlite3 must not issue its own BEGINs: the begin hook below does.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {busy_timeout_ms():d}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _sqlite_connect(path: str) -> sqlite3.Connection:
    """A stdlib connection set up as the engine's are (for Database.run_sql)."""
    conn = sqlite3.connect(path, timeout=busy_timeout_ms() / 1000, isolation_level=None)
    _sqlite_on_connect(conn, None)
    return conn


def pg_conninfo(url: str) -> str:
    """A libpq connection string from a clerk PostgreSQL URL (postgresql+psycopg://...)."""
    for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    return url


def _pg_connect(url: str, where: str):
    """A psycopg 3 connection in autocommit mode (transaction() issues BEGIN itself)."""
    try:
        import psycopg
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            f"The database driver for {where} is not installed ({exc.name}).",
            hint="Install it, e.g. pip install 'clerk-cli[postgres]'.",
        ) from exc
    try:
        return psycopg.connect(pg_conninfo(url), autocommit=True)
    except psycopg.ProgrammingError as exc:
        raise DatabaseError(
            f"Not a database URL: {where}.",
            hint="Use a file path or e.g. postgresql+psycopg://user@host/db.",
        ) from exc
    except psycopg.Error as exc:
        raise translate(exc, where) from exc


def _not_sqlite(exc: sqlite3.Error, where: str) -> DatabaseError:
    """The one-line error for a file SQLite cannot read as a database at all."""
    if "file is not a database" in str(exc):
        return DatabaseError(
            f"{where} is not a clerk database (not an SQLite file).",
            hint="Check the --db path or CLERK_DB.",
        )
    return translate(exc, where)


def _sqlite_on_begin(conn) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("clerk_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    """An engine with clerk's connection settings for SQLite or PostgreSQL."""
    from sqlalchemy import create_engine, event
    from sqlalchemy import exc as sa_exc

    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms() / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    try:
        return create_engine(url, pool_pre_ping=False)
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            f"The database driver for {redact_url(url)} is not installed ({exc.name}).",
            hint="Install it, e.g. pip install 'clerk-cli[postgres]'.",
        ) from exc
    except sa_exc.ArgumentError as exc:
        raise DatabaseError(
            f"Not a database URL: {redact_url(url)}.",
            hint="Use a file path or e.g. postgresql+psycopg://user@host/db.",
        ) from exc


# ---- error translation -------------------------------------------------------


def _pgcode(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def _is_driver_error(exc: BaseException, *names: str) -> bool:
    # By class name, so that sqlite3's and SQLAlchemy's errors are told apart the same
    # way without importing SQLAlchemy.
    return any(k.__name__ in names for k in type(exc).__mro__)


def is_transient(exc: BaseException) -> bool:
    """Could running the same transaction again succeed?"""
    if _is_driver_error(
        exc, "OperationalError", "DBAPIError", "SerializationFailure", "DeadlockDetected"
    ):
        if _pgcode(exc) in _TRANSIENT_PG_CODES:
            return True
        msg = str(getattr(exc, "orig", exc)).lower()
        return "database is locked" in msg or "database is busy" in msg
    return False


def translate(exc: BaseException, where: str) -> DatabaseError:
    """Turn a driver error into one line a clerk can act on."""
    msg = str(getattr(exc, "orig", exc))
    low = msg.lower()
    if "database is locked" in low or "database is busy" in low or _pgcode(exc) == "55P03":
        return DatabaseError(
            f"The database {where} is locked by another clerk process.",
            hint="Wait a moment and try again.",
        )
    if "malformed" in low or "not a database" in low or "file is encrypted" in low:
        return DatabaseError(
            f"The database {where} is damaged ({msg}).",
            hint="Restore it from a backup (clerk db backup makes one).",
        )
    if "unable to open" in low:
        return DatabaseError(
            f"Cannot open the database {where}.",
            hint="Check that the directory exists and you may write to it.",
        )
    if "readonly" in low or "read-only" in low:
        return DatabaseError(
            f"The database {where} is read-only.",
            hint="Check the file's permissions, or use a copy you can write.",
        )
    if "disk" in low and "full" in low:
        return DatabaseError(
            f"The disk holding {where} is full.", hint="Free some space and try again."
        )
    if "password authentication failed" in low or "no password supplied" in low:
        return DatabaseError(
            f"The server refused the login to {where} (wrong user name or password).",
            hint="Check the user and password in CLERK_DATABASE_URL, or use ~/.pgpass.",
        )
    if low.rstrip().endswith("does not exist") and "database" in low and "fatal" in low:
        return DatabaseError(
            f"The database named in {where} does not exist on the server.",
            hint="Create it (createdb -O USER NAME), or correct CLERK_DATABASE_URL.",
        )
    operational = _is_driver_error(exc, "OperationalError")
    if "ssl" in low and operational:
        return DatabaseError(
            f"Cannot make a TLS connection to {where}.",
            hint="Check the server's ssl setting and the sslmode in the URL.",
        )
    if operational and ("connection" in low or "connect" in low):
        return DatabaseError(
            f"Cannot connect to the database {where}.",
            hint="Check the server is running and CLERK_DATABASE_URL is right.",
        )
    first = msg.strip().splitlines()[0] if msg.strip() else type(exc).__name__
    return DatabaseError(f"Database error on {where}: {first}.")


def _backoff(attempt: int) -> None:
    # Exponential with jitter, so clerks who collided do not collide again in step.
    import random

    time.sleep(random.uniform(0, min(1.0, 0.01 * 2**attempt)))


# ---- the Database object -----------------------------------------------------


class Database:
    """A clerk database: its engine, its transactions and its schema version.

    The SQLAlchemy engine is made on first use: a command that runs on plain SQL
    against a SQLite file (run_sql) never needs it.
    """

    def __init__(self, url: str, path: str | os.PathLike | None = None):
        self.url = url
        self.path = os.fspath(path) if path is not None else None
        self.where = str(path) if path else redact_url(url)
        self._engine: Engine | None = None
        self._conn = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url)
        return self._engine

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    # transactions

    def connection(self):
        """This database's DB-API connection, opened on first use and kept for the process.

        SQLite: the standard library's sqlite3 (busy timeout, foreign keys, WAL; no
        implicit transactions).  PostgreSQL: psycopg 3 in autocommit mode, so that
        transaction() starts and ends every transaction itself.
        """
        if self._conn is None:
            if self.path is not None:
                try:
                    self._conn = _sqlite_connect(self.path)
                except sqlite3.Error as exc:
                    # SQLite reads the header here (the journal_mode pragma), so a file
                    # that is not a database at all is caught on opening.
                    raise _not_sqlite(exc, self.where) from exc
            else:
                self._conn = _pg_connect(self.url, self.where)
        return self._conn

    @contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Sql]:
        """One transaction on the DB-API connection: committed if write and no error.

        SQLite writes start with BEGIN IMMEDIATE; PostgreSQL writes first take the
        advisory write lock (see _PG_WRITE_LOCK).  Reads never commit anything.
        """
        from clerk_cli.store.sql import Sql

        conn = self.connection()
        sqlite = self.path is not None
        try:
            if sqlite:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            else:
                conn.execute("BEGIN")
                if write:
                    conn.execute(
                        "SELECT set_config('lock_timeout', %s, true)", (f"{busy_timeout_ms():d}ms",)
                    )
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK_KEY,))
            yield Sql(conn, dialect="sqlite" if sqlite else "postgresql")
            conn.execute("COMMIT" if write else "ROLLBACK")
        except BaseException:
            try:
                conn.execute("ROLLBACK")
            except Exception:  # the connection itself failed: drop it
                self.close()
            raise

    def run_sql(self, fn: Callable[[Sql], T], *, write: bool = False) -> T:
        """Run fn(sql) in one transaction (see transaction), retrying transient conflicts.

        The one retry policy: SQLite has already waited the busy timeout, so a lock
        still held is retried once; PostgreSQL retries serialization failures,
        deadlocks and a unique value taken meanwhile by a writer outside clerk, up to
        12 times with jittered backoff.  fn may run more than once, so it must only
        touch the database.  Driver errors become one-line DatabaseErrors.
        """
        limit = 1 if self.path is not None else 12
        attempt = 0
        while True:
            try:
                with self.transaction(write=write) as q:
                    return fn(q)
            except DatabaseError:
                raise
            except Exception as exc:
                if not _is_driver_error(exc, "Error"):
                    raise
                retry = is_transient(exc) or (self.path is None and _pgcode(exc) == "23505")
                if retry and attempt < limit:
                    attempt += 1
                    _backoff(attempt)
                    continue
                raise translate(exc, self.where) from exc

    def close(self) -> None:
        """Close the DB-API connection (a later transaction opens a new one)."""
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:
                pass
            self._conn = None

    # schema

    def current_revision(self) -> str | None:
        """The Alembic revision stamped in the database, or None if it has none.

        Read on the connection the command then works on: one connection a run (each
        extra SQLite connection opened and closed costs a WAL set-up and checkpoint).
        """
        if self.path is not None:
            exists = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        else:
            exists = "SELECT to_regclass('alembic_version') IS NOT NULL"

        def read(q: Sql) -> str | None:
            if not q.scalar(exists):
                return None
            return q.scalar("SELECT version_num FROM alembic_version")

        return self.run_sql(read)

    def is_empty(self) -> bool:
        """True when the database holds no tables at all."""
        if self.path is not None:
            sql = "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        else:
            sql = "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
        return not self.run_sql(lambda q: q.scalar(sql))

    def ensure_schema(self, *, auto_upgrade: bool = True) -> None:
        """Make sure the schema is at head: create it, upgrade it (after a backup), or refuse.

        The usual case costs one SELECT; Alembic is only imported when there is work.
        """
        rev = self.current_revision()
        if rev == HEAD_REVISION:
            return
        if rev is None:
            if not self.is_empty():
                raise DatabaseError(
                    f"{self.where} holds tables but is not a clerk database.",
                    hint="Check the --db path or CLERK_DB.",
                )
            self.upgrade()
            return
        if rev not in KNOWN_REVISIONS:
            raise DatabaseError(
                f"The database {self.where} was written by a newer clerk (schema {rev}).",
                hint="Upgrade clerk (pip install -U clerk-cli); clerk never downgrades a database.",
            )
        if not auto_upgrade or not self.is_sqlite:
            raise DatabaseError(
                f"The database {self.where} has an older schema ({rev}).",
                hint="Run: clerk db upgrade",
            )
        self.backup_before_upgrade()
        self.upgrade()

    def upgrade(self, revision: str = "head") -> None:
        """Run Alembic migrations up to revision, in one transaction.

        The transaction holds the write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
        advisory lock) from the start, so clerks opening a new database together
        migrate it once: the others wait, then find it already at the revision.
        """
        from alembic import command
        from sqlalchemy import exc as sa_exc
        from sqlalchemy import text

        cfg = alembic_config(self)
        try:
            with self.engine.connect().execution_options(clerk_write=True) as conn, conn.begin():
                if not self.is_sqlite:
                    conn.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
                    )
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        except (sa_exc.OperationalError, sa_exc.DatabaseError) as exc:
            raise translate(exc, self.where) from exc

    def backup_before_upgrade(self) -> Path | None:
        if self.path is None:
            return None
        from pathlib import Path

        here = Path(self.path)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = here.with_name(f"{here.name}.backup-{stamp}")
        n = 1
        while target.exists():  # two clerks upgrading in the same second
            n += 1
            target = here.with_name(f"{here.name}.backup-{stamp}-{n}")
        self.backup(target)
        return target

    def backup(self, target: Path) -> Path:
        """A consistent copy of a SQLite database (online backup API), mode 0600.

        The copy is made under a temporary name in the target's directory and renamed
        into place only when complete, so an interrupted backup never leaves a file that
        looks like a backup; nothing follows a link planted at the target.
        """
        if self.path is None:
            raise DatabaseError(
                "clerk db backup works on SQLite files only.",
                hint="Back up PostgreSQL with pg_dump.",
            )
        from pathlib import Path

        target = expand(target)
        if target.is_dir():
            stem = Path(self.path).stem
            target = target / f"{stem}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.db"
        if target.name.endswith(("-wal", "-shm", "-journal")):
            raise DatabaseError(
                f"{target.name} is the name of one of SQLite's own side files.",
                hint="Choose a name that does not end in -wal, -shm or -journal, e.g. clerk-backup.db.",
            )
        if target.exists() or target.is_symlink():
            raise DatabaseError(f"{target} already exists.", hint="Choose a new file name.")
        if not target.parent.is_dir():
            raise DatabaseError(
                f"The directory {target.parent} does not exist.", hint="Create it first."
            )
        tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, 0o600)
            os.close(fd)
        except OSError as exc:
            raise DatabaseError(
                f"Cannot write in {target.parent}: {exc.strerror or exc}.",
                hint="Choose a directory you can write to.",
            ) from exc
        try:
            src = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            dst = sqlite3.connect(tmp, isolation_level=None)
            try:
                # The copy needs no journal of its own: it is renamed into place only once
                # complete, so no -journal file is ever left beside it.
                dst.execute("PRAGMA journal_mode = OFF")
                src.backup(dst)
            finally:
                src.close()
                dst.close()
            os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
            if target.exists() or target.is_symlink():  # appeared meanwhile
                raise DatabaseError(f"{target} already exists.", hint="Choose a new file name.")
            os.rename(tmp, target)
        except sqlite3.Error as exc:
            # Only a write can fail for lack of space, and only the copy is written.
            where = str(target) if "full" in str(exc).lower() else self.where
            raise translate(exc, where) from exc
        except OSError as exc:
            raise DatabaseError(
                f"Cannot write {target}: {exc.strerror or exc}.",
                hint="Check the disk and the directory's permissions.",
            ) from exc
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                if leftover.exists():
                    leftover.unlink()
        return target

    def dispose(self) -> None:
        self.close()
        if self._engine is not None:
            self._engine.dispose()


def alembic_config(db: Database):
    """An Alembic Config pointing at clerk's packaged migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def open_database(
    url: str, path: Path | None, *, create: bool = True, migrate: bool = True
) -> Database:
    """Open (and if needed create and migrate) the database behind url."""
    db = Database(url, path)
    if path is not None and not check_sqlite_path(path, create=create):
        db.connection()  # is it an SQLite file at all? (the connection the command uses)
    if migrate:
        db.ensure_schema()
    return db
