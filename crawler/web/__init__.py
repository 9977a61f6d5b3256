"""The analysts' web UI: the archive in Datasette, read-only."""
