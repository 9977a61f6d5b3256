"""Commands on the archive itself: ``db`` (the schema) and ``articles`` (what it holds)."""

from __future__ import annotations

import argparse
import json

from crawler.cli.options import db_argument
from crawler.db.session import make_engine


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="manage the archive schema")
    db.add_argument("action", choices=["upgrade", "downgrade", "current"])
    db.add_argument("--revision", default=None, help="target revision (head / base by default)")
    db_argument(db)
    db.set_defaults(handler=cmd_db)

    articles = commands.add_parser("articles", help="list archived articles, newest first")
    articles.add_argument("--site")
    articles.add_argument("--limit", type=int, default=20)
    articles.add_argument(
        "--sort", default="published", help="published (default), archived, updated, title or words"
    )
    articles.add_argument("--json", action="store_true", help="one JSON object per line")
    db_argument(articles)
    articles.set_defaults(handler=cmd_articles)


def cmd_db(args: argparse.Namespace) -> int:
    from crawler.db import migrate

    engine = make_engine(args.db)
    if args.action == "upgrade":
        migrate.upgrade(engine, args.revision or "head")
    elif args.action == "downgrade":
        migrate.downgrade(engine, args.revision or "base")
    print(
        f"{engine.url.render_as_string(hide_password=True)}: "
        f"revision {migrate.current_revision(engine) or 'base (empty)'}"
    )
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    from crawler.db import repository
    from crawler.extract.dates import VIETNAM

    engine = make_engine(args.db)
    rows = repository.recent_articles(engine, args.site, args.limit, args.sort)
    for site, article in rows:
        published = (
            article.published_at.astimezone(VIETNAM).isoformat() if article.published_at else None
        )
        if args.json:
            print(
                json.dumps(
                    {
                        "site": site,
                        "url": article.canonical_url,
                        "title": article.title,
                        "published": published,
                        "authors": article.authors,
                        "section": article.section,
                        "words": article.word_count,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(
                f"{published or '-':<25} {site:<12} {article.title}\n"
                f"{'':<25} {article.canonical_url}"
            )
    return 0
