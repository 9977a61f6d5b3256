"""Save pages of the local NukeViet fixture site as test fixtures, one theme at a time.

Development tool for tools/realcms/nukeviet/render.sh; not part of CI. Fetches only from
the local NukeViet on 127.0.0.1.

    python3 render.py CONTENT.json THEMES.json SLUG OUT_DIR

Writes OUT_DIR/<slug>/pages/<url path> (markup exactly as served, except that the contents
of inline JavaScript <script> elements and of <style> elements are blanked; JSON-LD is
kept), OUT_DIR/<slug>/index.json, one expected JSON per article page (written from what
was put into NukeViet) and OUT_DIR/<slug>/NOTES.md.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import lxml.html
import requests

UA = {
    "desktop": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "mobile": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
}
DB_HOST = os.environ.get("NV_DB_HOST", "127.0.0.1")
DB_NAME = os.environ.get("NV_DB_NAME", "nv_fixtures")
ICT = timezone(timedelta(hours=7))

SCRIPT_RE = re.compile(r"(<script\b([^>]*)>)(.*?)(</script\s*>)", re.I | re.S)
STYLE_RE = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.I | re.S)
TYPE_RE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
JS_TYPES = {
    "",
    "text/javascript",
    "application/javascript",
    "module",
    "text/ecmascript",
    "application/ecmascript",
}

# Page text that is not article text; each is kept for a page only if it is really on that page
BOILERPLATE = [
    "Tổng số điểm của bài viết là: 0 trong 0 đánh giá",
    "Click để đánh giá bài viết",
    "Ý kiến bạn đọc",
    "Bạn cần đăng nhập với tư cách là Thành viên chính thức để có thể bình luận",
    "Sắp xếp theo bình luận mới",
    "Những tin mới hơn",
    "Những tin cũ hơn",
    "Tin xem nhiều",
    "Thăm dò ý kiến",
    "Bạn biết gì về NukeViet 4?",
    "Mã nguồn mở, sử dụng miễn phí.",
    "Thống kê truy cập",
    "Tổng lượt truy cập",
    "Tháng hiện tại",
    "Giới thiệu về NukeViet CMS",
    "Công ty chủ quản",
    "Công ty cổ phần phát triển nguồn mở Việt Nam (VINADES.,JSC)",
    "Các chuyên mục chính",
    "Thông tin liên hệ",
    "Chúng tôi trên mạng xã hội",
    "Chia sẻ thành công, kết nối đam mê",
    "Trung tâm Kiểm soát bệnh tật tỉnh Thử Nghiệm",
    "Mã nguồn NukeViet CMS.",
    "Thiết kế bởi VINADES.,JSC.",
    "Powered by NukeViet eGovernment. Designed by VINADES.,JSC.",
    "Giới thiệu bài viết cho bạn bè",
    "Gửi phản hồi",
    "Chuyển giao diện:",
    "Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.",
    "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây",
    "Giải pháp bán hàng trực tuyến",
    "Thông cáo báo chí",
    "Bản tin nội bộ",
    "NukeViet 4.3 có gì mới?",
]


def canon(value: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value).replace("\u00a0", " ")).strip()


def blank_scripts(text: str) -> tuple[str, int, int]:
    counts = {"script": 0, "style": 0}

    def script(m: re.Match) -> str:
        t = TYPE_RE.search(m.group(2))
        kind = t.group(1).lower() if t else ""
        if kind not in JS_TYPES or not m.group(3):
            return m.group(0)  # JSON-LD and other data blocks stay; empty ones need nothing
        counts["script"] += 1
        return m.group(1) + m.group(4)

    def style(m: re.Match) -> str:
        if not m.group(2):
            return m.group(0)
        counts["style"] += 1
        return m.group(1) + m.group(3)

    text = SCRIPT_RE.sub(script, text)
    text = STYLE_RE.sub(style, text)
    return text, counts["script"], counts["style"]


def visible_text(page: str) -> str:
    doc = lxml.html.document_fromstring(page)
    for el in doc.xpath("//script|//style"):
        el.drop_tree()
    return canon(doc.text_content())


def db_articles() -> dict[str, tuple[int, str]]:
    out = subprocess.run(
        [
            "mysql",
            "-h",
            DB_HOST,
            "-u",
            "root",
            "-N",
            "-B",
            DB_NAME,
            "-e",
            "SELECT id, alias, title FROM nv4_vi_news_rows",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rows = {}
    for line in out.splitlines():
        i, alias, title = line.split("\t", 2)
        rows[html.unescape(title)] = (int(i), alias)
    return rows


def file_for(path: str) -> str:
    if path.endswith("/"):
        return path.lstrip("/") + "index.html"
    return path.lstrip("/")


def main() -> None:
    content_path, themes_path, slug, out_dir = sys.argv[1:5]
    with open(content_path, encoding="utf-8") as f:
        content = json.load(f)
    with open(themes_path, encoding="utf-8") as f:
        themes = json.load(f)
    theme = themes["themes"][slug]
    base = themes["base_url"].rstrip("/")
    if urlsplit(base).hostname not in ("127.0.0.1", "localhost"):
        raise SystemExit("refusing a non-loopback base URL")
    cat = content["category"]

    s = requests.Session()
    s.trust_env = False
    s.headers["User-Agent"] = UA[theme["ua"]]
    root = os.path.join(out_dir, slug)
    os.makedirs(root, exist_ok=True)

    def fetch(path: str, kind: str):
        s.cookies.clear()  # every page as a first-time visitor
        r = s.get(base + path, timeout=120, allow_redirects=False)
        if r.status_code != 200:
            raise SystemExit(f"{path}: HTTP {r.status_code}")
        raw = r.content.decode("utf-8")
        if kind != "feed":
            mark = f"/themes/{theme['theme']}/"
            if mark not in raw:
                raise SystemExit(f"{path} was not rendered with theme {theme['theme']}")
        text, n_js, n_css = blank_scripts(raw) if kind != "feed" else (raw, 0, 0)
        rel = os.path.join("pages", file_for(path))
        if kind == "feed":
            rel = os.path.join("pages", path.lstrip("/"), "index.xml")
        dest = os.path.join(root, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return rel, text, raw, n_js, n_css

    ids = db_articles()
    pages = []
    blanked = {"script": 0, "style": 0}
    seeds = [a for a in content["articles"] if a.get("seed")]
    others = [a for a in content["articles"]]
    for art in seeds:
        aid, alias = ids[art["title"]]
        path = f"/vi/news/{cat['alias']}/{alias}-{aid}.html"
        rel, text, raw, n_js, n_css = fetch(path, "article")
        blanked["script"] += n_js
        blanked["style"] += n_css
        m = re.search(r'<link rel="canonical" href="([^"]+)"', raw)
        if not m or m.group(1) != base + path:
            raise SystemExit(f"{path}: canonical URL is {m.group(1) if m else None}")
        page_text = visible_text(raw)
        inside = [
            canon(x)
            for x in [art["title"], art["hometext"], *art["body_passages"], *art["may_include"]]
        ]
        missing = [p for p in art["body_passages"] if canon(p) not in page_text]
        if missing:
            raise SystemExit(f"{path}: body passages not on the page: {missing[:2]}")
        candidates = [
            f"Tác giả: {art['author']}",
            *([f"Nguồn tin: {art['sourcetext']}"] if art.get("sourcetext") else []),
            *BOILERPLATE,
            *[o["title"] for o in others if o is not art],
        ]
        must_exclude = []
        for c in candidates:
            cc = canon(c)
            if cc in page_text and not any(cc in x for x in inside) and c not in must_exclude:
                must_exclude.append(c)
        expected_name = f"{art['key']}.json"
        expected = {
            "seed": art["seed"].replace(".json", ".txt"),
            "site": f"NukeViet {themes['version']} news module, theme {theme['theme']}"
            f"{' (mobile user agent)' if theme['ua'] == 'mobile' else ''}, rendered locally",
            "url": base + path,
            "title": art["title"],
            "section": cat["title"],
            "published": datetime.fromisoformat(art["published"]).astimezone(ICT).isoformat(),
            "authors": art["authors"],
            "lead": art["hometext"],
            "tags": art["tags"],
            "body_must_include": art["body_passages"],
            "may_include": art["may_include"],
            "must_exclude": must_exclude,
        }
        with open(os.path.join(root, expected_name), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=1)
            f.write("\n")
        pages.append(
            {"file": rel, "url": base + path, "kind": "article", "expected": expected_name}
        )

    for path in (f"/vi/news/{cat['alias']}/", f"/vi/news/{cat['alias']}/page-2/"):
        rel, text, raw, n_js, n_css = fetch(path, "listing")
        blanked["script"] += n_js
        blanked["style"] += n_css
        pages.append({"file": rel, "url": base + path, "kind": "listing", "expected": None})
    rel, text, raw, _, _ = fetch("/vi/news/rss/", "feed")
    pages.append({"file": rel, "url": base + "/vi/news/rss/", "kind": "feed", "expected": None})

    index = {
        "cms": "NukeViet",
        "version": themes["version"],
        "theme": theme["theme"],
        "theme_version": theme["theme_version"],
        **(
            {
                "theme_source": theme["theme_source"],
                "theme_source_commit": theme["theme_source_commit"],
            }
            if theme.get("theme_source")
            else {}
        ),
        "user_agent": UA[theme["ua"]],
        "source": themes["source"],
        "source_commit": themes["source_commit"],
        "rendered_at": datetime.now(ICT).replace(microsecond=0).isoformat(),
        "base_url": base,
        "pages": pages,
    }
    with open(os.path.join(root, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)
        f.write("\n")

    php = subprocess.run(
        ["php", "-r", "echo PHP_VERSION;"], capture_output=True, text=True
    ).stdout.strip()
    notes = themes["notes_template"].format(
        theme=theme["theme"],
        slug=slug,
        version=themes["version"],
        source=themes["source"],
        source_commit=themes["source_commit"],
        theme_source=(
            f" Source: {theme['theme_source']} (commit {theme['theme_source_commit']}), folder themes/egov."
            if theme.get("theme_source")
            else ""
        ),
        theme_version=theme["theme_version"],
        theme_how=theme["how"],
        php=php,
        base=base,
        rendered_at=index["rendered_at"],
        n_script=blanked["script"],
        n_style=blanked["style"],
        ua=UA[theme["ua"]],
        pages="\n".join(
            f"- `{p['file']}` — {p['kind']} — {p['url']}"
            + (f" — expected `{p['expected']}`" if p["expected"] else "")
            for p in pages
        ),
    )
    with open(os.path.join(root, "NOTES.md"), "w", encoding="utf-8") as f:
        f.write(notes)
    print(
        f"{slug}: {len(pages)} pages, blanked {blanked['script']} inline scripts, {blanked['style']} styles"
    )


if __name__ == "__main__":
    main()
