"""Storage: the connection, the peewee models, numbered migrations, backups and the one
bulk writer (bulk.py). Never imports services, sync or io."""
