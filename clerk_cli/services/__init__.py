"""Use cases: each owns its transaction, raises ClerkErrors and never prints."""
