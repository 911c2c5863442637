"""clerk: an action tracker for committee clerks."""

__version__ = "0.1.0"
