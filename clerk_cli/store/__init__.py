"""The only code that contains SQL: DB-API connections, transactions, queries and writes."""
