"""Fill the local NukeViet fixture site through its own admin pages (as an editor would).

Development tool for tools/realcms/nukeviet/render.sh; not part of CI. Talks only to the
local NukeViet served on 127.0.0.1.

    python3 nv_admin.py BASE_URL NUKEVIET_ROOT CONTENT.json STATE.json

Logs in as the fixture admin, creates the category, writes the article images (small JPEGs
made with Pillow) into uploads/news/, and posts every article of CONTENT.json through
admin/index.php?nv=news&op=content (status "Đăng bài viết"), so NukeViet itself filters the
HTML, stores rows/detail/category tables, tags and sources, and clears its caches.
STATE.json gets the article ids NukeViet assigned.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime
from urllib.parse import urlsplit

import requests
from PIL import Image, ImageDraw

ADMIN_USER = "fixtureadmin"
ADMIN_PASS = "Fixture#12345"
DB_HOST = os.environ.get("NV_DB_HOST", "127.0.0.1")
DB_NAME = os.environ.get("NV_DB_NAME", "nv_fixtures")


class Admin:
    def __init__(self, base: str):
        host = urlsplit(base).hostname
        if host not in ("127.0.0.1", "localhost"):
            raise SystemExit(f"refusing non-loopback base URL {base}")
        self.base = base.rstrip("/")
        self.s = requests.Session()
        self.s.trust_env = False  # never go through a proxy
        self.s.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) nv-fixture-admin"

    def url(self, query: str = "") -> str:
        return f"{self.base}/admin/index.php" + (f"?{query}" if query else "")

    def post(self, url: str, data, files=None) -> requests.Response:
        # NukeViet rejects cross-site POSTs: send the Referer/Origin a browser would
        headers = {"Referer": url, "Origin": self.base}
        r = self.s.post(
            url, data=data, files=files, headers=headers, allow_redirects=True, timeout=120
        )
        r.raise_for_status()
        return r

    def login(self) -> None:
        r = self.s.get(self.url(), timeout=60)
        m = re.search(r'name="checkss" value="([^"]+)"', r.text)
        if not m:
            if "nv_login" not in r.text:
                return  # already logged in
            raise SystemExit("admin login form without checkss")
        r = self.post(
            self.url(), {"nv_login": ADMIN_USER, "nv_password": ADMIN_PASS, "checkss": m.group(1)}
        )
        r = self.s.get(self.url("language=vi&nv=news"), timeout=60)
        if "nv_login" in r.text and "checkss" in r.text:
            raise SystemExit("admin login failed")

    @staticmethod
    def category_id(alias: str) -> int | None:
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
                f"SELECT catid FROM nv4_vi_news_cat WHERE alias='{alias}'",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return int(out) if out else None

    def create_category(self, title: str, alias: str) -> None:
        data = {
            "nv": "news",
            "op": "cat",
            "catid": "0",
            "parentid_old": "0",
            "savecat": "1",
            "title": title,
            "alias": alias,
            "titlesite": "",
            "parentid": "0",
            "keywords": "",
            "description": "",
            "image": "",
            "groups_view[]": "6",
            "descriptionhtml": "",
            "viewdescription": "0",
            "layout_func": "",
            "submit1": "Lưu thay đổi",
        }
        self.post(self.url(), data)

    def post_article(self, art: dict, catid: int, base_path: str) -> None:
        when = datetime.fromisoformat(art["published"])
        data = [
            ("title", art["title"]),
            ("alias", ""),
            ("topicid", "0"),
            ("topictext", ""),
            ("homeimg", f"{base_path}uploads/news/{art['homeimg']}" if art.get("homeimg") else ""),
            ("homeimgalt", art.get("homeimgalt") or ""),
            ("imgposition", "2"),
            ("hometext", art["hometext"]),
            ("bodyhtml", art["bodyhtml"]),
            ("sourcetext", art.get("sourcetext") or ""),
            ("catids[]", str(catid)),
            ("catid", str(catid)),
            ("bids[]", "2"),
            ("allowed_comm[]", "4"),
            ("inhome", "1"),
            ("allowed_rating", "1"),
            ("allowed_send", "1"),
            ("allowed_print", "1"),
            ("allowed_save", "1"),
            ("author", art["author"]),
            ("titlesite", ""),
            ("description", ""),
            ("layout_func", ""),
            ("publ_date", when.strftime("%d/%m/%Y")),
            ("phour", str(when.hour)),
            ("pmin", str(when.minute)),
            ("exp_date", ""),
            ("ehour", "0"),
            ("emin", "0"),
            ("archive", "1"),
            ("save", "1"),
            ("copy", "0"),
            ("id", "0"),
            ("referer", ""),
            ("restore", "0"),
            ("restorehash", ""),
            ("status1", "Đăng bài viết"),
        ]
        for t in art.get("tags") or []:
            data.append(("keywords[]", t))
            data.append(("tags[]", t))
        url = self.url("language=vi&nv=news&op=content")
        # the browser sends this form as multipart/form-data
        r = self.post(url, data=None, files=[(k, (None, v)) for k, v in data])
        if "Lỗi" in r.text and "alert-danger" in r.text:
            raise SystemExit(f"posting {art['title']!r} failed")


def make_jpeg(path: str, label: str, color) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img = Image.new("RGB", (600, 400), tuple(color))
    d = ImageDraw.Draw(img)
    for i in range(0, 600, 40):
        d.line([(i, 400), (i + 200, 0)], fill=tuple(min(255, c + 30) for c in color), width=6)
    d.rectangle([40, 300, 560, 360], fill=(250, 250, 245))
    d.text((60, 320), label.encode("ascii", "ignore").decode() or "photo", fill=(20, 20, 20))
    img.save(path, "JPEG", quality=80)


def main() -> None:
    base, root, content_path, state_path = sys.argv[1:5]
    with open(content_path, encoding="utf-8") as f:
        content = json.load(f)
    for art in content["articles"]:
        for im in art.get("images") or []:
            make_jpeg(os.path.join(root, "uploads", "news", im["path"]), im["label"], im["color"])

    adm = Admin(base)
    adm.login()
    cat = content["category"]
    catid = adm.category_id(cat["alias"])
    if catid is None:
        adm.create_category(cat["title"], cat["alias"])
        catid = adm.category_id(cat["alias"])
    if catid is None:
        raise SystemExit("category was not created")
    print("category", cat["alias"], "catid", catid)
    for art in content["articles"]:
        adm.post_article(art, catid, "/")
        print("posted", art["key"], art["title"][:60])
    with open(state_path, "w", encoding="utf-8") as f:
        json.dump({"catid": catid}, f)


if __name__ == "__main__":
    main()


def activate_theme(base: str, theme: str) -> None:
    """Activate a site theme via Admin » Giao diện, as clicking its button does.

    A theme that was never used is first set up (layouts and its default blocks) by one
    click and activated by the next; a theme already set up is activated by one click."""
    adm = Admin(base)
    adm.login()
    done = 0
    for _ in range(2):
        page = adm.s.get(adm.url("language=vi&nv=themes"), timeout=60).text
        m = re.search(
            r'class="[^"]*\bactivate\b[^"]*" data-title="'
            + re.escape(theme)
            + r'" data-checkss="([0-9a-f]{32})"',
            page,
        )
        if not m:
            if done:
                break
            raise SystemExit(f"no activation button for theme {theme}")
        r = adm.post(
            adm.url("language=vi&nv=themes&op=activatetheme"),
            {"theme": theme, "checkss": m.group(1)},
        )
        if not r.text.startswith("OK_"):
            raise SystemExit(f"activating {theme}: {r.text[:200]}")
        done += 1
    print("theme", theme, "active")
