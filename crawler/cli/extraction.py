"""Commands for writing site rules: ``extract`` (a saved page → JSON) and ``fixture save``.

Neither opens the archive, so neither takes ``--db``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    extract = commands.add_parser("extract", help="extract one saved page and print JSON")
    extract.add_argument("file", type=Path, metavar="FILE")
    extract.add_argument("--site", required=True, help="site key or family key (nukeviet, generic)")
    extract.add_argument("--url", help="the page's real URL (default: file:// of FILE)")
    extract.set_defaults(handler=cmd_extract)

    fixture = commands.add_parser("fixture", help="save a live page as a site fixture")
    fixture.add_argument("action", choices=["save"])
    fixture.add_argument("site")
    fixture.add_argument("url", help="the page to fetch")
    fixture.add_argument("--real-url", help="the page's address on the site, when URL is a copy")
    fixture.add_argument("--repo", type=Path, default=Path.cwd(), help="checkout to write into")
    fixture.set_defaults(handler=cmd_fixture)


def cmd_extract(args: argparse.Namespace) -> int:
    from crawler.extract import Rejection, extract_article
    from crawler.registry import rules_for

    rules = rules_for(args.site)
    path: Path = args.file
    url = args.url or path.resolve().as_uri()
    result = extract_article(url, path.read_bytes(), rules)
    if isinstance(result, Rejection):
        rejection = {"url": url, "rejected": result.reason, "detail": result.detail}
        print(json.dumps(rejection, ensure_ascii=False, indent=2))
        return 1
    print(json.dumps(result.to_json(), ensure_ascii=False, indent=2, default=str))
    return 0


def cmd_fixture(args: argparse.Namespace) -> int:
    from crawler.fixtures import save_fixture
    from crawler.registry import site_spiders

    sites = site_spiders()
    if args.site not in sites:
        raise KeyError(f"unknown site {args.site!r}; see `newsarchive sites`")
    saved = save_fixture(
        args.site, sites[args.site].article_rules, args.url, args.real_url or args.url, args.repo
    )
    print(f"saved {saved.page}")
    print(f"listed in {saved.index}")
    if saved.draft:
        print(f"draft expectations (review them!) in {saved.draft}")
    else:
        print(f"the current rules reject this page: {saved.rejected}")
    return 0
