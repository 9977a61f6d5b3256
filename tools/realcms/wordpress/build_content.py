#!/usr/bin/env python3
"""Build the content for the WordPress fixture site (tools/realcms/wordpress; not part of CI).

Usage: python3 build_content.py OUT_DIR
Writes OUT_DIR/content.json (site options, users, category, tags, posts, comment, page,
menu) and OUT_DIR/images/*.jpg (small generated pictures). setup.php reads both.

The three article posts are the project's seed texts (/work/shared/seeds, or $SEEDS_DIR):
title, author, lead and body paragraphs come unchanged from seeds/expected/<seed>.json.
Everything else (filler posts, comment, "Giới thiệu" page, captions of seed 002) is made up
here and says so. Deterministic: same input, same output.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

SEEDS_DIR = Path(os.environ.get("SEEDS_DIR", "/work/shared/seeds"))

SITE = {
    "blogname": "Bản tin Y tế Mẫu",
    "blogdescription": "Trang WordPress thử nghiệm cho bộ lưu trữ tin tức",
    "timezone_string": "Asia/Ho_Chi_Minh",
    "posts_per_page": 5,
    "permalink_structure": "/%year%/%monthnum%/%day%/%postname%/",
}

CATEGORY = {"name": "Y tế", "slug": "y-te", "description": "Tin tức y tế, sức khỏe (trang mẫu)."}

# seed file stem -> what the seed does not say (date for 002/004, tags, picture caption).
# 003's date is the seed's own (10/07/2024 06:39); 004 and 002 have none in the seed, so a
# plausible one is chosen (after the event the text reports) and recorded in the expectations.
SEED_POSTS = [
    {
        "seed": "003_c7ddeceb1cb450d9",
        "expected_name": "seed_003.json",
        "login": "hongdung",
        "post_date": "2024-07-10 06:39:00",
        "tags": ["Hòa Bình", "Sở Y tế", "Hội nghị sơ kết"],
        "caption": "Đồng chí Bùi Thu Hằng - Giám đốc Sở Y tế phát biểu chỉ đạo Hội nghị",
        "alt": "Hội nghị sơ kết công tác y tế 6 tháng đầu năm 2024",
        "image": "hoi-nghi-so-ket-6-thang.jpg",
        "color": [30, 110, 160],
    },
    {
        "seed": "004_5c1a0c0ea6d38bec",
        "expected_name": "seed_004.json",
        "login": "trungthanh",
        "post_date": "2022-01-06 10:25:00",
        "tags": ["Na Hang", "Tuyên Quang", "Tổng kết năm"],
        "caption": "Toàn cảnh Hội nghị",
        "alt": "Toàn cảnh Hội nghị tổng kết công tác y tế năm 2021",
        "image": "toan-canh-hoi-nghi-na-hang.jpg",
        "color": [40, 140, 90],
    },
    {
        "seed": "002_15a0222e34ae7e7e",
        "expected_name": "seed_002.json",
        "login": "khanhly",
        "post_date": "2025-08-27 09:30:00",
        "tags": ["Lào Cai", "Chuyển đổi số", "Khám chữa bệnh"],
        "caption": "Ảnh minh họa cho bài viết (ảnh mẫu tạo cho bộ dữ liệu kiểm thử)",
        "alt": "Ảnh minh họa ngành y tế Lào Cai",
        "image": "nganh-y-te-lao-cai.jpg",
        "color": [170, 70, 50],
    },
]

# Made-up filler posts (our own text), so that the category listing has two pages.
FILLERS = [
    (
        "2025-09-05 08:20:00",
        "Bài viết mẫu số 1: Thông báo lịch tiêm chủng mở rộng tháng 9",
        "Lịch tiêm chủng mở rộng tháng 9 được niêm yết tại trạm y tế các xã, thị trấn"
        " (thông tin giả lập).",
    ),
    (
        "2025-06-18 14:05:00",
        "Bài viết mẫu số 2: Hướng dẫn phòng chống sốt xuất huyết mùa mưa",
        "Người dân được khuyến cáo súc rửa dụng cụ chứa nước hằng tuần và ngủ màn"
        " (thông tin giả lập).",
    ),
    (
        "2025-03-02 09:40:00",
        "Bài viết mẫu số 3: Lịch khám sức khỏe định kỳ cho người cao tuổi",
        "Đợt khám dự kiến kéo dài hai tuần, ưu tiên người trên 75 tuổi (thông tin giả lập).",
    ),
    (
        "2024-11-20 15:10:00",
        "Bài viết mẫu số 4: Tập huấn sơ cấp cứu cho nhân viên y tế thôn bản",
        "Lớp tập huấn gồm ba buổi lý thuyết và một buổi thực hành (thông tin giả lập).",
    ),
    (
        "2024-08-14 07:55:00",
        "Bài viết mẫu số 5: Thông báo lịch tiêm chủng tháng 8",
        "Các gia đình có trẻ dưới 1 tuổi mang theo sổ tiêm chủng khi đến trạm (thông tin giả lập).",
    ),
    (
        "2024-05-21 16:30:00",
        "Bài viết mẫu số 6: Ngày hội hiến máu tình nguyện tại trung tâm huyện",
        "Ban tổ chức dự kiến tiếp nhận khoảng 200 đơn vị máu (thông tin giả lập).",
    ),
    (
        "2023-09-08 11:15:00",
        "Bài viết mẫu số 7: Kiểm tra an toàn thực phẩm dịp Tết Trung thu",
        "Đoàn kiểm tra làm việc tại các cơ sở sản xuất bánh trung thu trên địa bàn"
        " (thông tin giả lập).",
    ),
]

COMMENT = {
    "on_seed": "003_c7ddeceb1cb450d9",
    "author": "Trần Thị Mai",
    "email": "tranthimai@example.invalid",
    "date": "2024-07-11 08:15:00",
    "content": "Cảm ơn bài viết. Mong Sở Y tế sớm thông báo lịch tiêm chủng cho các xã vùng cao."
    " (Bình luận mẫu để kiểm thử)",
}

PAGE = {
    "title": "Giới thiệu",
    "slug": "gioi-thieu",
    "date": "2023-01-02 09:00:00",
    "paragraphs": [
        "Đây là trang giới thiệu của một website mẫu dùng để kiểm thử bộ thu thập tin;"
        " mọi nội dung ở đây là giả lập."
    ],
}


def make_image(path: Path, color: list[int], label: str) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (800, 450), tuple(color))
    draw = ImageDraw.Draw(img)
    for i in range(0, 800, 40):
        draw.line([(i, 0), (i + 200, 450)], fill=tuple(min(255, c + 40) for c in color), width=6)
    draw.rectangle([40, 330, 760, 410], fill=(255, 255, 255))
    draw.text((60, 360), label, fill=(0, 0, 0))
    img.save(path, "JPEG", quality=85, optimize=False, progressive=False)


def main(out: Path) -> None:
    (out / "images").mkdir(parents=True, exist_ok=True)
    authors = {}
    posts = []
    for spec in SEED_POSTS:
        exp = json.loads(
            (SEEDS_DIR / "expected" / f"{spec['seed']}.json").read_text(encoding="utf-8")
        )
        assert len(exp["authors"]) == 1, spec["seed"]
        authors[spec["login"]] = exp["authors"][0]
        make_image(out / "images" / spec["image"], spec["color"], f"Anh minh hoa - {spec['image']}")
        posts.append(
            {
                "kind": "seed",
                "seed": spec["seed"],
                "expected_name": spec["expected_name"],
                "title": exp["title"],
                "author_login": spec["login"],
                "post_date": spec["post_date"],
                "lead": exp["lead"],
                "paragraphs": exp["body_must_include"],
                "image": {"file": spec["image"], "caption": spec["caption"], "alt": spec["alt"]},
                "tags": spec["tags"],
            }
        )
    for n, (date, title, text) in enumerate(FILLERS, 1):
        posts.append(
            {
                "kind": "filler",
                "title": title,
                "author_login": "admin",
                "post_date": date,
                "lead": None,
                "paragraphs": [
                    f"Đây là bài viết mẫu số {n} do nhóm phát triển tạo ra"
                    " để kiểm thử bộ thu thập tin; nội dung không có thật.",
                    text,
                ],
                "image": None,
                "tags": ["Bài mẫu"],
            }
        )
    users = [{"login": "admin", "display_name": "Ban biên tập", "role": "administrator"}]
    users += [
        {"login": login, "display_name": name, "role": "author"} for login, name in authors.items()
    ]
    content = {
        "site": SITE,
        "category": CATEGORY,
        "users": users,
        "posts": posts,
        "comment": COMMENT,
        "page": PAGE,
        "menu": {"name": "Menu chính", "items": ["home", "category", "page"]},
    }
    (out / "content.json").write_text(
        json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
