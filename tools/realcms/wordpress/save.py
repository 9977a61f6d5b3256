#!/usr/bin/env python3
"""Save one theme's pages from the local WordPress (tools/realcms/wordpress; not part of CI).

Usage: python3 save.py WORK_DIR OUT_DIR      (run by render.sh after `setup.php manifest`)

Fetches with curl from http://127.0.0.1:8181 only: every seed post, the category listing
pages 1 and 2, and /feed/. Saves them under OUT_DIR/pages/<url path> (a path ending in "/"
-> <path>/index.html, /feed/ -> feed/index.xml) exactly as served, except that the contents
of inline <script> elements holding JavaScript and of <style> elements are emptied (the
elements and their attributes stay; JSON scripts such as application/ld+json, importmap and
speculationrules are data and are kept). Writes OUT_DIR/index.json and one expected JSON per
article page (crawler/quality.py's format) built from what setup.php put into WordPress.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html

BASE = "http://127.0.0.1:8181"
VN = timezone(timedelta(hours=7))

JS_TYPES = {
    "",
    "text/javascript",
    "application/javascript",
    "module",
    "text/ecmascript",
    "application/ecmascript",
}
SCRIPT = re.compile(r"(<script\b([^>]*)>)(.*?)(</script\s*>)", re.S | re.I)
STYLE = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.S | re.I)
TYPE_ATTR = re.compile(r"""\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)

# Page furniture WordPress core and the three themes print (English: the site runs en_US).
# A string goes into an article's must_exclude only if it is really on that page outside
# the post content and is not part of the article's own texts.
FURNITURE = [
    "Skip to content",
    "Search",
    "Search for:",
    "Recent Posts",
    "Recent Comments",
    "Archives",
    "Categories",
    "Leave a Reply",
    "Leave a comment",
    "Cancel reply",
    "Your email address will not be published.",
    "Required fields are marked *",
    "Post Comment",
    "Comment *",
    "Name *",
    "Email *",
    "Website",
    "Save my name, email, and website in this browser for the next time I comment.",
    "One response to",
    "One thought on",
    "1 thought on",
    "1 comment",
    "Responses",
    "says:",
    "Reply",
    "Post navigation",
    "Previous post",
    "Next post",
    "Previous Post",
    "Next Post",
    "More posts",
    "Categorized as",
    "Tagged",
    "Posted in",
    "Published",
    "Proudly powered by WordPress",
    "Designed with WordPress",
    "Powered by WordPress",
    "Theme: ColorMag by ThemeGrill",
    "Primary menu",
    "Close menu",
    "Open menu",
    "Menu",
    "Trang chủ",
    "Giới thiệu",
    "Comments",
    "Read more",
    "Written by",
    "Permalink",
    "All rights reserved.",
    "Twenty Twenty-Five",
    "Blog",
    "About",
    "FAQs",
    "Authors",
    "Events",
    "Shop",
    "Patterns",
    "Themes",
]


def canon(value: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value).replace("\u00a0", " ")).strip()


def blank(text: str) -> tuple[str, int, int]:
    counts = [0, 0]

    def script(m: re.Match) -> str:
        t = TYPE_ATTR.search(m.group(2))
        kind = (next(g for g in t.groups() if g is not None) if t else "").strip().lower()
        if kind in JS_TYPES and m.group(3):
            counts[0] += 1
            return m.group(1) + m.group(4)
        return m.group(0)

    def style(m: re.Match) -> str:
        if m.group(2):
            counts[1] += 1
            return m.group(1) + m.group(3)
        return m.group(0)

    text = SCRIPT.sub(script, text)
    text = STYLE.sub(style, text)
    return text, counts[0], counts[1]


def file_for(url: str) -> str:
    path = urlsplit(url).path
    if path == "/feed/":
        return "pages/feed/index.xml"
    if path.endswith("/"):
        path += "index.html"
    return "pages" + path


def fetch(url: str) -> bytes:
    assert url.startswith(BASE + "/"), url
    r = subprocess.run(
        [
            "curl",
            "-sS",
            "--noproxy",
            "*",
            "--max-time",
            "60",
            "-o",
            "-",
            "-w",
            "\n%{http_code}",
            url,
        ],
        check=True,
        capture_output=True,
    )
    body, _, code = r.stdout.rpartition(b"\n")
    if code != b"200":
        raise SystemExit(f"{url}: HTTP {code.decode()}")
    return body


def outside_text(html: str) -> str:
    """Visible text of the page outside the post content (for choosing must_exclude)."""
    root = lxml.html.fromstring(html)
    for el in root.xpath("//script|//style|//noscript|//template|//head"):
        el.drop_tree()
    for el in root.xpath(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')"
        " or contains(concat(' ', normalize-space(@class), ' '), ' wp-block-post-content ')]"
    ):
        if el.getparent() is not None:
            el.drop_tree()
    return canon(" ".join(root.itertext()))


def month_names(manifest: dict) -> list[str]:
    names = []
    for p in manifest["posts"]:
        d = datetime.fromisoformat(p["published"])
        names.append(d.strftime("%B %Y"))
    return sorted(set(names))


def expected_for(post: dict, manifest: dict, html: str, theme: str) -> dict:
    own = [
        post["title"],
        post["lead"] or "",
        *post["paragraphs"],
        post["caption"] or "",
        post["author"],
        post["section"],
        *post["tags_input"],
    ]
    own_c = [canon(s) for s in own if s]
    candidates = [
        manifest["blogname"],
        manifest["blogdescription"],
        *FURNITURE,
        *month_names(manifest),
    ]
    candidates += [p["title"] for p in manifest["posts"] if p["id"] != post["id"]]
    candidates += [
        manifest["comment"]["author"],
        manifest["comment"]["content"],
        *manifest["page"]["text"],
    ]
    text = outside_text(html)
    must_exclude = []
    for s in candidates:
        cs = canon(s)
        if cs and cs in text and not any(cs in o for o in own_c) and s not in must_exclude:
            must_exclude.append(s)
    return {
        "seed": post["seed"] + ".txt",
        "site": f"Real WordPress {manifest['wordpress']} render, theme {manifest['theme']} "
        f"{manifest['theme_version']} (local fixture site '{manifest['blogname']}', "
        "tools/realcms/wordpress)",
        "url": post["url"],
        "title": post["title"],
        "section": post["section"],
        "published": post["published"],
        "authors": [post["author"]],
        "tags": post["tags"],
        "lead": post["lead"],
        "body_must_include": post["paragraphs"],
        "may_include": [post["caption"]] if post["caption"] else [],
        "must_exclude": must_exclude,
    }


def main(work: Path, out: Path) -> None:
    manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    sources = dict(
        line.split("=", 1)
        for line in (work / "sources.txt").read_text().splitlines()
        if "=" in line
    )
    theme = manifest["theme_slug"]
    pages_dir = out / "pages"
    if pages_dir.exists():
        subprocess.run(["rm", "-rf", str(pages_dir)], check=True)
    for old in out.glob("seed_*.json"):
        old.unlink()

    wanted = []
    for post in manifest["posts"]:
        if post["seed"]:
            wanted.append(("article", post["url"], post))
    cat = manifest["category"]["url"]
    wanted += [
        ("listing", cat, None),
        ("listing", cat + "page/2/", None),
        ("feed", BASE + "/feed/", None),
    ]

    index_pages = []
    blanked = {}
    for kind, url, post in wanted:
        body = fetch(url)
        text = body.decode("utf-8")
        if kind != "feed":
            text, n_js, n_css = blank(text)
            blanked[url] = (n_js, n_css)
        rel = file_for(url)
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(text.encode("utf-8"))
        entry = {"file": rel, "url": url, "kind": kind, "expected": None}
        if kind == "article":
            exp = expected_for(post, manifest, text, theme)
            name = post["expected_name"]
            (out / name).write_text(
                json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            entry["expected"] = name
        index_pages.append(entry)

    def src(key: str) -> dict:
        repo, ref, commit, *path = sources[key].split()
        return {"repo": repo, "ref": ref, "commit": commit, **({"path": path[0]} if path else {})}

    core = src("WP_CORE")
    tsrc = src({"twentytwentyone": "T21", "colormag": "COLORMAG"}.get(theme, "WP_CORE"))
    if theme not in ("twentytwentyone", "colormag"):
        tsrc["path"] = f"wp-content/themes/{theme}"
    index = {
        "cms": "WordPress",
        "version": manifest["wordpress"],
        "theme": manifest["theme"],
        "theme_slug": theme,
        "theme_version": manifest["theme_version"],
        "source": f"{core['repo']}@{core['commit']}",
        "source_ref": core["ref"],
        "theme_source": f"{tsrc['repo']}@{tsrc['commit']}"
        + (f":{tsrc['path']}" if "path" in tsrc else ""),
        "theme_source_ref": tsrc["ref"],
        "rendered_at": datetime.now(VN).replace(microsecond=0).isoformat(),
        "base_url": BASE,
        "pages": index_pages,
    }
    (out / "index.json").write_text(
        json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for url, (n_js, n_css) in blanked.items():
        print(f"  {url}: blanked {n_js} script(s), {n_css} style(s)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
