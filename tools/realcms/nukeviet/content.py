"""Article content for the NukeViet fixture site, built from the project's seed texts.

Development tool for tools/realcms/nukeviet/render.sh; not part of CI.

``python3 content.py SEEDS_DIR OUT.json`` writes the list of articles to post (title, lead,
body HTML as a CKEditor user would leave it, author, source, time, tags, images) together
with the passages each body holds, so the expected JSON can be written from what went in.

The seed articles keep their texts exactly (title, lead = NukeViet "hometext", paragraphs);
their bodies are marked up in three different editor styles:
  * seed 003: bare leading text node, then <div> and <p> paragraphs, one <blockquote>, two
    images (CKEditor image2 <figure>/<figcaption>, and <p><img></p> + <p><em>caption</em></p>);
  * seed 000: <p> paragraphs with an <embed> (flash clip) between two of them, a <br>-separated
    multi-line paragraph, a short <ul> and a small <table> (the list/table/line texts are ours);
  * seed 004: <p> paragraphs, a lead image with caption (NukeViet's homeimg + homeimgalt) and
    an image captioned in a two-row table.
Nine short filler articles (our own text) fill the category so that its listing has two pages.
"""

from __future__ import annotations

import glob
import html
import json
import os
import sys

CATEGORY = {"title": "Hoạt động", "alias": "hoat-dong"}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def load_seed(seeds_dir: str, prefix: str) -> dict:
    (path,) = glob.glob(os.path.join(seeds_dir, "expected", prefix + "_*.json"))
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    data["_file"] = os.path.basename(path)
    return data


def seed_003(seeds_dir: str) -> dict:
    s = load_seed(seeds_dir, "003")
    p = s["body_must_include"]
    cap1 = "Đồng chí Bùi Thu Hằng - Giám đốc Sở Y tế phát biểu chỉ đạo Hội nghị"
    cap2 = "Hai đơn vị nhận Cờ thi đua của UBND tỉnh"
    body = (
        f"{esc(p[0])}\n"
        f"<div>{esc(p[1])}</div>\n"
        f"<div>{esc(p[2])}</div>\n"
        f"<p>{esc(p[3])}</p>\n"
        f"<blockquote>\n<p>{esc(p[4])}</p>\n</blockquote>\n"
        f"<p>{esc(p[5])}</p>\n"
        '<figure class="image" style="display:inline-block"><img alt="Hội nghị sơ kết công tác y tế 6 tháng đầu năm 2024" '
        'height="400" src="/uploads/news/2024_07/hoi-nghi-so-ket-6-thang-2024.jpg" width="600" />'
        f"<figcaption>{esc(cap1)}</figcaption></figure>\n"
        '<p style="text-align:center"><img alt="Trao cờ thi đua" height="400" '
        'src="/uploads/news/2024_07/trao-co-thi-dua-2024.jpg" width="600" /></p>\n'
        f'<p style="text-align:center"><em>{esc(cap2)}</em></p>'
    )
    return {
        "key": "seed_003",
        "seed": s["_file"],
        "title": s["title"],
        "hometext": s["lead"],
        "bodyhtml": body,
        "author": "Hồng Dung",
        "authors": ["Hồng Dung"],
        "sourcetext": "CDC Hoà Bình",
        "published": "2024-07-10T06:39:00+07:00",
        "tags": ["hội nghị sơ kết", "y tế Hòa Bình", "6 tháng đầu năm 2024"],
        "homeimg": None,
        "homeimgalt": "",
        "images": [
            {
                "path": "2024_07/hoi-nghi-so-ket-6-thang-2024.jpg",
                "label": "Hội nghị sơ kết 6 tháng",
                "color": [38, 92, 140],
            },
            {
                "path": "2024_07/trao-co-thi-dua-2024.jpg",
                "label": "Trao cờ thi đua",
                "color": [150, 40, 36],
            },
        ],
        "body_passages": list(p),
        "may_include": [cap1, cap2],
    }


def seed_000(seeds_dir: str) -> dict:
    s = load_seed(seeds_dir, "000")
    p = s["body_must_include"]
    lines = [
        "Một số kết quả nổi bật của ngành Y tế Thái Nguyên năm 2023:",
        "- Hoàn thành nhiều mục tiêu của Đề án ứng dụng công nghệ thông tin y tế thông minh;",
        "- Liên thông kết quả xét nghiệm giữa các khoa trên hệ thống;",
        "- Chuyển gần 100 bệnh án bệnh không lây nhiễm từ tuyến huyện về tuyến xã.",
    ]
    items = [
        "Làm tốt công tác y tế dự phòng;",
        "Quản lý tốt các bệnh truyền nhiễm, nhất là các bệnh truyền nhiễm nguy hiểm;",
        "Độ bao phủ tiêm vắc xin trong chương trình tiêm chủng mở rộng đạt trên 90%.",
    ]
    cells = [
        ["Chỉ tiêu", "Kết quả năm 2023"],
        ["Người từ 12 tuổi trở lên tiêm đủ 2 mũi cơ bản vắc xin phòng Covid-19", "Xấp xỉ 100%"],
        ["Bệnh án bệnh không lây nhiễm chuyển về tuyến xã", "Gần 100 bệnh án"],
    ]
    table = (
        '<table border="1" cellpadding="1" cellspacing="1" style="width:100%">\n\t<tbody>\n'
        + "".join(
            "\t\t<tr>\n"
            + "".join(
                f"\t\t\t<td>{'<strong>' + esc(c) + '</strong>' if r == 0 else esc(c)}</td>\n"
                for c in row
            )
            + "\t\t</tr>\n"
            for r, row in enumerate(cells)
        )
        + "\t</tbody>\n</table>"
    )
    body = (
        f"<p>{esc(p[0])}</p>\n"
        f"<p>{esc(p[1])}</p>\n"
        '<p style="text-align:center"><embed allowfullscreen="true" height="360" '
        'src="/uploads/news/clip.swf" type="application/x-shockwave-flash" width="640"></embed></p>\n'
        f"<p>{esc(p[2])}</p>\n"
        f"<p>{esc(p[3])}</p>\n"
        "<p>" + "<br />\n".join(esc(x) for x in lines) + "</p>\n"
        f"<p>{esc(p[4])}</p>\n"
        f"<p>{esc(p[5])}</p>\n"
        "<ul>\n" + "".join(f"\t<li>{esc(x)}</li>\n" for x in items) + "</ul>\n"
        f"{table}\n"
        f"<p>{esc(p[6])}</p>"
    )
    passages = [
        p[0],
        p[1],
        p[2],
        p[3],
        *lines,
        p[4],
        p[5],
        *items,
        *[c for row in cells for c in row],
        p[6],
    ]
    return {
        "key": "seed_000",
        "seed": s["_file"],
        "title": s["title"],
        "hometext": s["lead"],
        "bodyhtml": body,
        "author": "Đỗ Nhung, Quốc Hưng",
        "authors": ["Đỗ Nhung", "Quốc Hưng"],
        "sourcetext": "Đài PT-TH Thái Nguyên",
        # the seed page shows no date; this one was chosen for the fixture
        "published": "2024-01-05T10:25:00+07:00",
        "tags": ["chuyển đổi số", "y tế Thái Nguyên", "tiêm chủng"],
        "homeimg": None,
        "homeimgalt": "",
        "images": [],
        "body_passages": passages,
        "may_include": [],
    }


def seed_004(seeds_dir: str) -> dict:
    s = load_seed(seeds_dir, "004")
    p = s["body_must_include"]
    cap_home = "Toàn cảnh Hội nghị"
    cap_body = "Các Đại biểu dự Hội nghị"
    body = (
        f"<p>{esc(p[0])}</p>\n"
        '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px">\n\t<tbody>\n'
        '\t\t<tr>\n\t\t\t<td style="text-align:center"><img alt="Đại biểu dự hội nghị" height="400" '
        'src="/uploads/news/2022_01/dai-bieu-du-hoi-nghi.jpg" width="600" /></td>\n\t\t</tr>\n'
        f'\t\t<tr>\n\t\t\t<td style="text-align:center"><em>{esc(cap_body)}</em></td>\n\t\t</tr>\n'
        "\t</tbody>\n</table>\n"
        f"<p>{esc(p[1])}</p>\n"
        f"<p>{esc(p[2])}</p>"
    )
    return {
        "key": "seed_004",
        "seed": s["_file"],
        "title": s["title"],
        "hometext": s["lead"],
        "bodyhtml": body,
        "author": "Trung Thành",
        "authors": ["Trung Thành"],
        "sourcetext": "Trung tâm Y tế huyện Na Hang",
        # the seed page shows no date; the event was on the morning of 5.1.2022
        "published": "2022-01-05T15:42:00+07:00",
        "tags": ["Na Hang", "tổng kết năm 2021", "trung tâm y tế"],
        "homeimg": "2022_01/toan-canh-hoi-nghi.jpg",
        "homeimgalt": cap_home,
        "images": [
            {
                "path": "2022_01/toan-canh-hoi-nghi.jpg",
                "label": "Toàn cảnh Hội nghị",
                "color": [46, 110, 70],
            },
            {
                "path": "2022_01/dai-bieu-du-hoi-nghi.jpg",
                "label": "Đại biểu dự Hội nghị",
                "color": [120, 90, 40],
            },
        ],
        "body_passages": list(p),
        "may_include": [cap_home, cap_body],
    }


FILLERS = [
    (
        "Bài mẫu số 1: tập huấn giám sát bệnh truyền nhiễm cho y tế cơ sở",
        "Minh Anh",
        "2024-07-12T08:20:00+07:00",
        "Trung tâm tổ chức lớp tập huấn giám sát bệnh truyền nhiễm cho cán bộ trạm y tế xã trong hai ngày.",
        [
            "Lớp tập huấn có 45 học viên là cán bộ phụ trách phòng chống dịch của các trạm y tế.",
            "Học viên được hướng dẫn cách ghi chép, báo cáo ca bệnh và điều tra ổ dịch.",
        ],
    ),
    (
        "Bài mẫu số 2: kiểm tra công tác tiêm chủng tại huyện miền núi",
        "Thu Trang",
        "2024-07-18T14:05:00+07:00",
        "Đoàn công tác đã kiểm tra việc bảo quản vắc xin và quy trình tiêm chủng an toàn tại 4 xã.",
        [
            "Các điểm tiêm đều có tủ lạnh bảo quản vắc xin và nhiệt kế theo dõi hằng ngày.",
            "Đoàn đề nghị các xã rà soát, tiêm vét cho trẻ chưa tiêm đủ mũi.",
        ],
    ),
    (
        "Bài mẫu số 3: hưởng ứng ngày thế giới phòng chống viêm gan",
        "Minh Anh",
        "2024-07-26T09:40:00+07:00",
        "Nhiều hoạt động truyền thông được tổ chức nhân ngày thế giới phòng chống viêm gan 28/7.",
        [
            "Các đơn vị treo băng rôn, phát tờ rơi và tư vấn xét nghiệm viêm gan B miễn phí.",
            "Người dân được khuyến cáo tiêm vắc xin viêm gan B đầy đủ.",
        ],
    ),
    (
        "Bài mẫu số 4: lịch tiêm chủng tháng 8 tại các trạm y tế",
        "Lan Hương",
        "2024-07-30T16:10:00+07:00",
        "Trung tâm thông báo lịch tiêm chủng mở rộng tháng 8 tại các trạm y tế xã, phường.",
        [
            "Buổi tiêm được tổ chức vào ngày 15 hằng tháng, từ 7 giờ 30 đến 11 giờ.",
            "Phụ huynh mang theo sổ tiêm chủng khi đưa trẻ đi tiêm.",
        ],
    ),
    (
        "Bài mẫu số 5: giám sát chất lượng nước sinh hoạt mùa mưa",
        "Quang Huy",
        "2024-08-02T10:15:00+07:00",
        "Các đoàn giám sát lấy mẫu nước tại các nhà máy nước và công trình cấp nước tập trung.",
        [
            "Mẫu nước được xét nghiệm các chỉ tiêu vi sinh và hóa lý tại phòng xét nghiệm của Trung tâm.",
            "Kết quả sẽ được thông báo cho chính quyền địa phương và đơn vị cấp nước.",
        ],
    ),
    (
        "Bài mẫu số 6: ra quân diệt bọ gậy phòng sốt xuất huyết",
        "Thu Trang",
        "2024-08-07T07:55:00+07:00",
        "Chiến dịch diệt lăng quăng, bọ gậy được triển khai đồng loạt tại các khu dân cư.",
        [
            "Lực lượng y tế cùng đoàn thanh niên đến từng hộ gia đình hướng dẫn loại bỏ dụng cụ chứa nước.",
            "Người dân được nhắc đậy kín chum vại và thay nước bình hoa hằng tuần.",
        ],
    ),
    (
        "Bài mẫu số 7: hội thi tuyên truyền viên dân số giỏi",
        "Lan Hương",
        "2024-08-13T15:30:00+07:00",
        "Hội thi thu hút 12 đội đến từ các huyện, thành phố tham gia.",
        [
            "Các đội trình bày tiểu phẩm về chăm sóc sức khỏe sinh sản và người cao tuổi.",
            "Ban tổ chức trao một giải nhất, hai giải nhì và ba giải ba.",
        ],
    ),
    (
        "Bài mẫu số 8: cấp phát thuốc điều trị tăng huyết áp tại trạm y tế",
        "Quang Huy",
        "2024-08-20T09:05:00+07:00",
        "Người bệnh tăng huyết áp được quản lý, cấp thuốc định kỳ ngay tại trạm y tế xã.",
        [
            "Mỗi tháng trạm y tế tổ chức khám lại và cấp thuốc cho người bệnh theo đơn.",
            "Việc điều trị tại tuyến xã giúp người bệnh tiết kiệm thời gian và chi phí đi lại.",
        ],
    ),
    (
        "Bài mẫu số 9: sơ kết chương trình phòng chống bệnh không lây nhiễm",
        "Minh Anh",
        "2024-08-27T14:45:00+07:00",
        "Hội nghị đánh giá kết quả sàng lọc, quản lý bệnh đái tháo đường và tăng huyết áp.",
        [
            "Trong 6 tháng, các trạm y tế đã sàng lọc cho hơn 8 nghìn người từ 40 tuổi trở lên.",
            "Hội nghị thống nhất tăng cường truyền thông về chế độ ăn uống và vận động hợp lý.",
        ],
    ),
]


def fillers() -> list[dict]:
    out = []
    for i, (title, author, when, lead, paras) in enumerate(FILLERS, 1):
        out.append(
            {
                "key": f"filler_{i}",
                "seed": None,
                "title": title,
                "hometext": lead,
                "bodyhtml": "\n".join(f"<p>{esc(x)}</p>" for x in paras),
                "author": author,
                "authors": [author],
                "sourcetext": "",
                "published": when,
                "tags": [],
                "homeimg": None,
                "homeimgalt": "",
                "images": [],
                "body_passages": paras,
                "may_include": [],
            }
        )
    return out


def build(seeds_dir: str) -> dict:
    return {
        "category": CATEGORY,
        "articles": [seed_003(seeds_dir), seed_000(seeds_dir), seed_004(seeds_dir), *fillers()],
    }


if __name__ == "__main__":
    seeds, out = sys.argv[1], sys.argv[2]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(build(seeds), f, ensure_ascii=False, indent=1)
    print(out)
