"""The local SQLite draft store (SQLAlchemy 2 and Alembic); never imports Qt."""
