"""Alembic migrations for clerk, packaged as clerk_cli.migrations."""
