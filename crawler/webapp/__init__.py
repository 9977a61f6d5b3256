"""The analysts' reading room: ``newsarchive serve``, a server-rendered web app
(Starlette + Jinja2 on uvicorn) over the project's own read-only query layer, on SQLite
and PostgreSQL alike. See docs/analysts.md ("The web reading room")."""
