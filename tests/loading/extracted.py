"""Builders for extraction results, so loader tests do not depend on the extractor's rules."""

import datetime as dt

from reports.extraction.types import (
    Directive,
    ExtractedDocument,
    Meeting,
    Participant,
    Period,
    Span,
    Task,
    Unit,
)

TEXT = (
    "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024\n\n"
    "Ngày 5/7/2024, Ban Tuyên giáo Tỉnh ủy Hòa Lâm tổ chức Hội nghị sơ kết. "
    "Đồng chí Nguyễn Văn An, Trưởng ban chủ trì. Tiếp tục thực hiện Chỉ thị số 05-CT/TW "
    "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n"
)


def directive(code="05-CT/TW", **kw) -> Directive:
    values = {
        "code": code,
        "type": "chi_thi",
        "number": code.split("-")[0] if code else None,
        "issuer_code": "TW" if code else None,
        "issuing_body": None,
        "issued": None,
        "title": "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "label": f"Chỉ thị số {code}" if code else "Nghị quyết Trung ương 4 khóa XIII",
        "mentions": (Span(150, 170),),
    }
    return Directive(**{**values, **kw})


def task(ordinal=1, text="Tiếp tục thực hiện Chỉ thị số 05-CT/TW", **kw) -> Task:
    values = {
        "ordinal": ordinal,
        "text": text,
        "span": Span(140, 260),
        "assigned_by": "Nguyễn Văn An",
        "assignees": ("Ban Tuyên giáo Tỉnh ủy Hòa Lâm", "các đảng ủy trực thuộc"),
        "lead": (),
        "support": (),
        "due_date": None,
        "period": "6 tháng cuối năm 2024",
        "directives": ("05-CT/TW",),
    }
    return Task(**{**values, **kw})


def meeting(**kw) -> Meeting:
    values = {
        "title": "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024",
        "kind": "so_ket",
        "start_date": dt.date(2024, 7, 5),
        "end_date": dt.date(2024, 7, 5),
        "period": Period("6 tháng đầu năm 2024", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        "host_unit": "Ban Tuyên giáo Tỉnh ủy Hòa Lâm",
        "participants": (
            Participant("Nguyễn Văn An", "Trưởng ban", ("chair",), (Span(120, 133),)),
        ),
        "span": Span(58, 140),
    }
    return Meeting(**{**values, **kw})


def document(text=TEXT, **kw) -> ExtractedDocument:
    values = {
        "source": "hoa_lam.txt",
        "text": text,
        "title": "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024",
        "published": dt.date(2024, 7, 6),
        "meetings": (meeting(),),
        "units": (
            Unit(
                "Ban Tuyên giáo Tỉnh ủy Hòa Lâm",
                ("Ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Ban Tuyên giáo Tỉnh uỷ Hoà Lâm"),
            ),
        ),
        "directives": (directive(),),
        "tasks": (task(),),
    }
    return ExtractedDocument(**{**values, **kw})
