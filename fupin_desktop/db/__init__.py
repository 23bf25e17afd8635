"""Storage: the connection, the peewee models and numbered migrations."""
