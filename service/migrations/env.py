"""Alembic environment: the database URL comes from the app's configuration (or the caller)."""
from alembic import context

from service.config import Config
from service.db import Base, make_engine
import service.models  # noqa: F401  (registers every table on Base.metadata)

config = context.config
url = config.get_main_option("sqlalchemy.url") or Config.from_env().database_url


def run_migrations_offline():
    context.configure(url=url, target_metadata=Base.metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    engine = make_engine(url)
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # Batch operations rebuild a table on SQLite (copy, DROP TABLE, rename); with foreign keys on,
            # the DROP would fire ON DELETE CASCADE and empty the tables that point at it (attendees, agenda
            # items). SQLite ignores this pragma inside a transaction, so it goes first; each new connection
            # turns foreign keys on again (service.db.make_engine).
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                          compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
