"""Storage: SQLAlchemy models, engine setup, migrations runner, backups and health checks."""
