"""The archive database: typed models, engine set-up, repository, migrations entry point."""
