"""Commands on the archive itself: ``db`` (the schema) and ``articles`` (what it holds)."""

from __future__ import annotations

import argparse
import json

from crawler.cli.options import db_argument
from crawler.db.access import open_archive


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="manage the archive schema")
    db.add_argument("action", choices=["upgrade", "downgrade", "current"])
    db.add_argument(
        "--revision",
        default=None,
        help="target revision: upgrade goes to head by default; downgrade needs one "
        "(e.g. -1, a revision id, or base = drop every table)",
    )
    db.add_argument(
        "--yes", action="store_true", help="confirm a downgrade (it drops tables and their data)"
    )
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

    if args.action == "downgrade":
        if not args.revision:
            raise ValueError(
                "downgrade needs --revision (-1 for one step, or base to drop the whole "
                "archive) and --yes"
            )
        if not args.yes:
            raise ValueError(
                f"downgrade to {args.revision} drops tables and the articles in them; "
                "add --yes to confirm"
            )
    engine = open_archive(args.db, create=args.action == "upgrade")
    if args.action == "upgrade":
        migrate.upgrade(engine, args.revision or "head")
    elif args.action == "downgrade":
        before = migrate.current_revision(engine)
        migrate.downgrade(engine, args.revision)
        print(f"downgraded from {before} to {args.revision}")
    print(
        f"{engine.url.render_as_string(hide_password=True)}: "
        f"revision {migrate.current_revision(engine) or 'base (empty)'}"
    )
    engine.dispose()
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    from crawler.db import repository
    from crawler.extract.dates import VIETNAM

    if args.limit < 1:
        raise ValueError("--limit must be at least 1")
    engine = open_archive(args.db)
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
