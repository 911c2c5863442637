"""Alembic environment for clerk.

clerk runs migrations itself (clerk db upgrade, or automatically on first use), handing
the connection in through ``config.attributes["connection"]``; the plain ``alembic``
command works too, with ``-x url=...`` or CLERK_DATABASE_URL.
"""

import os

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from clerk_cli import schema  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: use batch mode
        compare_type=True,
    )


def run_migrations_offline() -> None:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    context.configure(
        url=url, target_metadata=target_metadata, literal_binds=True, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = (
        context.get_x_argument(as_dictionary=True).get("url")
        or os.environ.get("CLERK_DATABASE_URL")
        or config.get_main_option("sqlalchemy.url")
    )
    engine = create_engine(url)
    with engine.begin() as conn:
        _configure(conn)
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
