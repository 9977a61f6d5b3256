"""Every label of the reading room in Vietnamese (the default) and English.

A small dict catalogue rather than gettext ``.po``/``.mo`` files: two languages, a few
hundred strings, no compile step to forget in a deployment, and a test
(``tests/test_webapp.py``) that every key has both languages and the same ``{fields}``.
Templates call ``t("key", n=…)``; a missing key raises, so a typo fails the tests.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import datetime

from crawler.extract.dates import VIETNAM

LANGUAGES = ("vi", "en")
DEFAULT = "vi"
COOKIE = "lang"

MESSAGES: dict[str, dict[str, str]] = {
    "app_title": {"vi": "Kho lưu trữ báo địa phương", "en": "Provincial News Archive"},
    "skip": {"vi": "Chuyển đến nội dung", "en": "Skip to content"},
    "nav_search": {"vi": "Tìm kiếm", "en": "Search"},
    "nav_time": {"vi": "Theo thời gian", "en": "Over time"},
    "nav_sites": {"vi": "Các trang nguồn", "en": "Sites"},
    "nav_label": {"vi": "Điều hướng chính", "en": "Main navigation"},
    "language": {"vi": "Ngôn ngữ", "en": "Language"},
    "switch_language": {"vi": "English", "en": "Tiếng Việt"},
    "footer": {
        "vi": "Chỉ đọc. Thời gian theo giờ Việt Nam (UTC+7).",
        "en": "Read-only. Times are Vietnam time (UTC+7).",
    },
    # search
    "search_label": {"vi": "Tìm trong kho lưu trữ", "en": "Search the archive"},
    "search_button": {"vi": "Tìm", "en": "Search"},
    "search_help": {
        "vi": 'Các từ đều phải có; "cụm từ" trong ngoặc kép; OR giữa các lựa chọn; '
        "-từ hoặc NOT từ để loại trừ; (ngoặc) để nhóm. Gõ không dấu để tìm không phân "
        "biệt dấu.",
        "en": 'Every word must appear; "a phrase" in quotes; OR between alternatives; '
        "-word or NOT word excludes; (parentheses) group. Type without diacritics to "
        "match any diacritics.",
    },
    "filters": {"vi": "Bộ lọc", "en": "Filters"},
    "site": {"vi": "Trang", "en": "Site"},
    "all_sites": {"vi": "Tất cả các trang", "en": "All sites"},
    "province": {"vi": "Tỉnh, thành phố", "en": "Province"},
    "province_help": {
        "vi": "tên trước hoặc sau sáp nhập 2025",
        "en": "name before or after the 2025 merger",
    },
    "section": {"vi": "Chuyên mục", "en": "Section"},
    "author": {"vi": "Tác giả", "en": "Author"},
    "since": {"vi": "Từ ngày", "en": "From"},
    "until": {"vi": "Đến ngày", "en": "To"},
    "sort": {"vi": "Sắp xếp", "en": "Sort"},
    "sort_relevance": {"vi": "Liên quan nhất", "en": "Relevance"},
    "sort_date": {"vi": "Mới nhất", "en": "Newest first"},
    "ignore_diacritics": {"vi": "Bỏ qua dấu", "en": "Ignore diacritics"},
    "apply": {"vi": "Áp dụng", "en": "Apply"},
    "clear": {"vi": "Xóa bộ lọc", "en": "Clear"},
    "matches": {"vi": "{n} bài viết phù hợp", "en": "{n} matching articles"},
    "matches_capped": {"vi": "Hơn {n} bài viết phù hợp", "en": "More than {n} matching articles"},
    "showing": {"vi": "hiển thị {first}–{last}", "en": "showing {first}–{last}"},
    "newest_heading": {"vi": "Bài viết mới nhất", "en": "Newest articles"},
    "results_heading": {"vi": "Kết quả", "en": "Results"},
    "no_results": {"vi": "Không có bài viết nào phù hợp.", "en": "No article matches."},
    "hint_diacritics": {
        "vi": "Từ có dấu được so khớp chính xác; hãy thử gõ không dấu hoặc chọn «Bỏ qua dấu».",
        "en": "Words with diacritics are matched exactly; try typing them without, or tick "
        "“Ignore diacritics”.",
    },
    "hint_filters": {
        "vi": "Bộ lọc đang dùng có thể thu hẹp kết quả.",
        "en": "The filters in force may narrow the results.",
    },
    "hint_spelling": {
        "vi": "Kiểm tra chính tả, hoặc dùng OR giữa các từ thay thế.",
        "en": "Check the spelling, or use OR between alternatives.",
    },
    "folded_note": {
        "vi": "Từ khóa không dấu: tìm không phân biệt dấu.",
        "en": "Typed without diacritics: matching ignores them.",
    },
    "rank_note": {
        "vi": "Xếp theo mức liên quan trong {n} bài phù hợp mới nhất.",
        "en": "Ranked by relevance among the newest {n} matches.",
    },
    "previous": {"vi": "‹ Trang trước", "en": "‹ Previous"},
    "next": {"vi": "Trang sau ›", "en": "Next ›"},
    "page_n": {"vi": "Trang {n}", "en": "Page {n}"},
    "pagination": {"vi": "Phân trang", "en": "Pages"},
    "undated": {"vi": "Không rõ ngày", "en": "Undated"},
    "query_error": {
        "vi": "Không thể tìm với từ khóa này: {reason}",
        "en": "This query cannot be searched: {reason}",
    },
    "err_no_word": {"vi": "không có từ nào để tìm.", "en": "it has no word to search for."},
    "err_expected_word": {
        "vi": "thiếu một từ hoặc cụm từ (ví dụ sau OR).",
        "en": "a word or a phrase is missing (after an OR, say).",
    },
    "err_parens": {"vi": "dấu ngoặc không cân đối.", "en": "the parentheses do not balance."},
    "err_not": {
        "vi": "NOT phải đi kèm một từ hoặc cụm từ.",
        "en": "NOT must be followed by a word or a phrase.",
    },
    "err_depth": {"vi": "lồng ngoặc quá sâu.", "en": "it nests too deep."},
    "err_only_excluded": {
        "vi": "cần ít nhất một từ không bị loại trừ.",
        "en": "it needs at least one word that is not excluded.",
    },
    "err_invalid": {"vi": "cú pháp không hợp lệ.", "en": "the syntax is not valid."},
    "err_province": {
        "vi": "Không biết tỉnh «{name}»; ví dụ: Tuyên Quang, Hà Giang, Huế.",
        "en": "Unknown province “{name}”; e.g. Tuyên Quang, Hà Giang, Huế.",
    },
    "err_date": {
        "vi": "Ngày «{value}» không đúng dạng NNNN-TT-NN.",
        "en": "“{value}” is not a date in YYYY-MM-DD form.",
    },
    "err_database": {
        "vi": "Kho lưu trữ không trả lời được yêu cầu này; hãy thử lại hoặc thu hẹp tìm kiếm.",
        "en": "The archive could not answer this request; try again or narrow the search.",
    },
    # export
    "export_heading": {"vi": "Tải xuống", "en": "Download"},
    "export_help": {
        "vi": "Toàn bộ bài viết phù hợp với tìm kiếm và bộ lọc hiện tại:",
        "en": "Every article matching the current search and filters:",
    },
    "export_csv": {"vi": "CSV (Excel)", "en": "CSV (Excel)"},
    "export_jsonl": {"vi": "JSON Lines", "en": "JSON Lines"},
    "export_parquet": {"vi": "Parquet", "en": "Parquet"},
    "see_over_time": {"vi": "Xem theo thời gian", "en": "See over time"},
    # article
    "published": {"vi": "Đăng lúc", "en": "Published"},
    "updated": {"vi": "Cập nhật", "en": "Updated"},
    "raw_date": {"vi": "Ngày in trên trang", "en": "Date as printed"},
    "authors": {"vi": "Tác giả", "en": "Authors"},
    "tags": {"vi": "Thẻ", "en": "Tags"},
    "images": {"vi": "Ảnh", "en": "Images"},
    "image_note": {
        "vi": "Ảnh không được tải từ trang gốc; bấm vào liên kết để mở.",
        "en": "Images are not loaded from the site; follow a link to open one.",
    },
    "image_untitled": {"vi": "Ảnh không có chú thích", "en": "Image without a caption"},
    "original_url": {"vi": "Địa chỉ gốc", "en": "Original address"},
    "details": {"vi": "Thông tin", "en": "Details"},
    "length": {"vi": "Độ dài", "en": "Length"},
    "words": {"vi": "{n} từ", "en": "{n} words"},
    "first_seen": {"vi": "Lưu lần đầu", "en": "First archived"},
    "last_seen": {"vi": "Thấy lần cuối", "en": "Last seen"},
    "extractor": {"vi": "Phiên bản trích xuất", "en": "Extractor version"},
    "versions": {"vi": "Các phiên bản", "en": "Versions"},
    "version_n": {"vi": "Phiên bản {n}", "en": "Version {n}"},
    "fetched": {"vi": "Thu thập lúc", "en": "Fetched"},
    "origin_fetch": {"vi": "tải từ trang", "en": "fetched"},
    "origin_reextract": {"vi": "trích xuất lại", "en": "re-extracted"},
    "diff_heading": {
        "vi": "Thay đổi từ phiên bản {old} sang {new}",
        "en": "Changes from version {old} to {new}",
    },
    "diff_legend": {
        "vi": "Chữ bị xóa bị gạch ngang, chữ thêm vào được tô sáng.",
        "en": "Removed words are struck through; added words are highlighted.",
    },
    "removed": {"vi": "đã xóa", "en": "removed"},
    "added": {"vi": "thêm vào", "en": "added"},
    "no_changes": {"vi": "Không thay đổi.", "en": "Unchanged."},
    "one_version": {
        "vi": "Bài viết chỉ có một phiên bản.",
        "en": "This article has had one version.",
    },
    "field_title": {"vi": "Tiêu đề", "en": "Title"},
    "field_lead": {"vi": "Sapo", "en": "Lead"},
    "field_text": {"vi": "Nội dung", "en": "Text"},
    "field_authors": {"vi": "Tác giả", "en": "Authors"},
    "field_sources": {"vi": "Nguồn của từng trường", "en": "Field sources"},
    "warnings": {"vi": "Cảnh báo trích xuất", "en": "Extraction warnings"},
    "none": {"vi": "Không có", "en": "None"},
    "capture": {"vi": "Bản lưu gốc (WARC)", "en": "Raw capture (WARC)"},
    "capture_link": {
        "vi": "Xem phản hồi HTTP đã lưu ngày {when}",
        "en": "View the HTTP response stored on {when}",
    },
    "no_capture": {
        "vi": "Không có bản lưu gốc (bài được lưu trước khi có WARC).",
        "en": "No raw capture (archived before captures were kept).",
    },
    "capture_heading": {"vi": "Phản hồi HTTP đã lưu", "en": "Stored HTTP response"},
    "capture_unreadable": {
        "vi": "Không đọc được tệp WARC của bản lưu này.",
        "en": "The WARC file of this capture cannot be read here.",
    },
    "capture_body": {
        "vi": "Nội dung (hiển thị dạng văn bản, không bao giờ như trang web)",
        "en": "Body (shown as text, never rendered as a page)",
    },
    "capture_cut": {
        "vi": "Chỉ hiển thị {n} byte đầu.",
        "en": "Only the first {n} bytes are shown.",
    },
    "headers": {"vi": "Các trường tiêu đề HTTP", "en": "HTTP headers"},
    "back_to_article": {"vi": "← Về bài viết", "en": "← Back to the article"},
    # over time
    "time_heading": {"vi": "Số bài viết theo thời gian", "en": "Articles over time"},
    "period": {"vi": "Chu kỳ", "en": "Period"},
    "day": {"vi": "Ngày", "en": "Day"},
    "week": {"vi": "Tuần (từ thứ hai)", "en": "Week (from Monday)"},
    "month": {"vi": "Tháng", "en": "Month"},
    "split_by": {"vi": "Chia theo", "en": "Split by"},
    "split_none": {"vi": "Không chia", "en": "No split"},
    "split_site": {"vi": "Trang", "en": "Site"},
    "split_province": {"vi": "Tỉnh", "en": "Province"},
    "show": {"vi": "Xem", "en": "Show"},
    "download_csv": {"vi": "Tải chuỗi số liệu (CSV)", "en": "Download the series (CSV)"},
    "count": {"vi": "Số bài", "en": "Articles"},
    "total": {"vi": "Tổng", "en": "Total"},
    "undated_note": {
        "vi": "{n} bài phù hợp không có ngày đăng và không được tính.",
        "en": "{n} matching articles have no date and are not counted.",
    },
    "chart_title": {
        "vi": "Biểu đồ số bài viết theo {period}",
        "en": "Chart of articles per {period}",
    },
    "table_caption": {"vi": "Số bài viết theo {period}", "en": "Articles per {period}"},
    "no_data": {"vi": "Không có dữ liệu.", "en": "No data."},
    "other": {"vi": "Khác", "en": "Other"},
    "all_articles": {"vi": "Tất cả bài viết", "en": "All articles"},
    "unknown_province": {"vi": "(không rõ tỉnh)", "en": "(no province)"},
    # sites
    "sites_heading": {"vi": "Tình trạng các trang nguồn", "en": "Health of the sites"},
    "status_ok": {"vi": "Ổn định", "en": "OK"},
    "status_attention": {"vi": "Cần chú ý", "en": "Needs attention"},
    "last_success": {"vi": "Thu thập thành công lần cuối", "en": "Last successful crawl"},
    "last_status": {"vi": "Kết quả lần chạy cuối", "en": "Last run's outcome"},
    "articles_7d": {"vi": "Bài trong 7 ngày", "en": "Articles, 7 days"},
    "articles_30d": {"vi": "Bài trong 30 ngày", "en": "Articles, 30 days"},
    "usual_week": {"vi": "Thường mỗi tuần", "en": "Usually per week"},
    "last_run": {"vi": "Lần chạy cuối", "en": "Last run"},
    "pages_errors": {"vi": "{pages} trang, {errors} lỗi", "en": "{pages} pages, {errors} errors"},
    "problems": {"vi": "Vấn đề", "en": "Problems"},
    "never": {"vi": "chưa bao giờ", "en": "never"},
    "view_articles": {"vi": "Xem bài viết", "en": "View articles"},
    "no_sites": {"vi": "Kho lưu trữ chưa có trang nào.", "en": "The archive has no site yet."},
    # errors
    "not_found": {"vi": "Không tìm thấy trang này.", "en": "This page does not exist."},
    "article_not_found": {
        "vi": "Không có bài viết số {id} trong kho.",
        "en": "There is no article {id} in the archive.",
    },
    "server_error": {
        "vi": "Đã có lỗi khi trả lời yêu cầu; vui lòng thử lại.",
        "en": "Something went wrong answering this request; please try again.",
    },
    "home": {"vi": "Về trang tìm kiếm", "en": "Back to search"},
}

WEEKDAYS = {
    "vi": ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Messages of crawler.search.query.QueryError → catalogue keys (prefix match).
QUERY_ERRORS = (
    ("the query has no word", "err_no_word"),
    ("expected a word", "err_expected_word"),
    ("unbalanced parentheses", "err_parens"),
    ("NOT must be followed", "err_not"),
    ("the query nests", "err_depth"),
    ("a query needs at least one word", "err_only_excluded"),
    ("a query cannot start with NOT", "err_only_excluded"),
)


def language(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT


def fields(text: str) -> set[str]:
    """The ``{names}`` a message takes."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def translator(lang: str) -> Callable[..., str]:
    lang = language(lang)

    def t(key: str, **values: object) -> str:
        text = MESSAGES[key][lang]
        return text.format(**values) if values else text

    return t


def query_error_key(message: str) -> str:
    return next((key for prefix, key in QUERY_ERRORS if message.startswith(prefix)), "err_invalid")


def format_datetime(value: datetime | None, lang: str) -> str:
    """A time in Vietnam time: ``Thứ tư, 10/07/2024 06:39`` / ``Wed 10 Jul 2024, 06:39``."""
    if value is None:
        return ""
    local = value.astimezone(VIETNAM)
    if language(lang) == "vi":
        return f"{WEEKDAYS['vi'][local.weekday()]}, {local:%d/%m/%Y %H:%M}"
    month = MONTHS_EN[local.month - 1]
    return f"{WEEKDAYS['en'][local.weekday()]} {local.day} {month} {local.year}, {local:%H:%M}"


def format_number(value: int | float, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if language(lang) == "vi" else text
