"""Alembic environment: runs on the connection workbench.db hands over, or on sqlalchemy.url."""

from alembic import context
from sqlalchemy import create_engine

from glossary.models import GlossaryBase
from workbench.jobs import models as _jobs_models  # noqa: F401  (puts the jobs tables on Base.metadata)
from workbench.models import Base

target_metadata = [Base.metadata, GlossaryBase.metadata]


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as new_connection:
        run_migrations(new_connection)
