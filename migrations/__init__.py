"""Alembic migrations for the workbench and termbase schema."""
