"""Generated, realistic demo data at any scale, for benchmarks, load tests and demonstrations.

``demo_data_generate(meetings=..., tasks=..., seed=...)`` writes a hierarchy of units (central
bodies, provinces with their boards, districts with theirs), people, meetings of every kind with
participants, directives (some sharing a code across terms, as ``05-CT/TW`` does), citations,
tasks with lead and supporting units, statuses, due and completion dates, and progress updates.

Everything goes in with ``bulk_create`` in batches (no per-row ``save()``); ``_bulk`` derives
the folded ``search_key`` fields as ``save()`` would (``with_search_keys``). The same seed and
the same ``today`` give the same rows. Dates are laid out relative to ``today`` so that a fresh
data set always has tasks overdue, done on time, done late and still within their deadline.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction

from reports.models import (
    Citation,
    Directive,
    Meeting,
    Participation,
    Person,
    ReviewState,
    Task,
    TaskUnit,
    TaskUpdate,
    Unit,
)
from reports.models.common import SearchKeyed, with_search_keys
from reports.services.data_version import data_version_bump

BATCH_SIZE = 2000
# How far back the generated meetings reach, and how far ahead deadlines may fall.
HISTORY_DAYS = 3 * 365
DEADLINE_MAX_DAYS = 365
TASKS_PER_PROVINCE = 2500
DISTRICTS_PER_PROVINCE = 4
MAX_PROVINCES = 34
MIN_PROVINCES = 3

CENTRAL_BODIES = [
    ("Ban Chấp hành Trung ương", "BCH TW", Unit.Kind.COMMITTEE, "TW"),
    ("Bộ Chính trị", "BCT", Unit.Kind.COMMITTEE, "TW"),
    ("Ban Bí thư", "BBT", Unit.Kind.COMMITTEE, "TW"),
    ("Ban Tuyên giáo và Dân vận Trung ương", "BTGDVTW", Unit.Kind.BOARD, "BTGDVTW"),
    ("Đảng ủy các cơ quan Đảng Trung ương", "ĐUCQĐTW", Unit.Kind.PARTY_ORG, "ĐU"),
    ("Đảng ủy Chính phủ", "ĐUCP", Unit.Kind.PARTY_ORG, "ĐU"),
    ("Báo Nhân Dân", "BND", Unit.Kind.PRESS, ""),
]
PROVINCES = [
    "Hà Giang", "Cao Bằng", "Lai Châu", "Lào Cai", "Tuyên Quang", "Lạng Sơn", "Thái Nguyên",
    "Phú Thọ", "Bắc Ninh", "Quảng Ninh", "Hải Phòng", "Hưng Yên", "Ninh Bình", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Đắk Lắk",
    "Khánh Hòa", "Lâm Đồng", "Đồng Nai", "Tây Ninh", "Đồng Tháp", "Vĩnh Long", "An Giang",
    "Cần Thơ", "Cà Mau", "Điện Biên", "Sơn La", "Hà Nội",
]  # fmt: skip
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
DISTRICT_NAMES = [
    "Đông Sơn", "Yên Định", "Thọ Xuân", "Hoằng Hóa", "Nga Sơn", "Tam Đảo", "Lập Thạch",
    "Phù Ninh", "Thanh Ba", "Lâm Thao", "Hạ Hòa", "Cẩm Khê", "Kim Bôi", "Lạc Sơn", "Mai Châu",
]  # fmt: skip
BOARDS = [
    ("Ban Tuyên giáo và Dân vận", "BTGDV", Unit.Kind.BOARD),
    ("Ban Tổ chức", "BTC", Unit.Kind.BOARD),
    ("Ủy ban Kiểm tra", "UBKT", Unit.Kind.BOARD),
    ("Mặt trận Tổ quốc", "MTTQ", Unit.Kind.MASS_ORG),
    ("Báo", "BÁO", Unit.Kind.PRESS),
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Minh", "Hữu", "Đức", "Thanh", "Quang", "Ngọc", "Thu", "Xuân"]
GIVEN = ["An", "Bình", "Chung", "Dũng", "Giang", "Hà", "Hải", "Khánh", "Lâm", "Long", "Mai",
         "Nam", "Oanh", "Phúc", "Quyên", "Sơn", "Thảo", "Tuấn", "Vân", "Yến"]  # fmt: skip
POSITIONS = {
    Participation.Role.CHAIR: "Trưởng ban",
    Participation.Role.DIRECTING: "Phó Bí thư Thường trực",
    Participation.Role.REPORTING: "Phó Trưởng ban Thường trực",
    Participation.Role.CONCLUDING: "Ủy viên Ban Thường vụ",
    Participation.Role.SPEAKING: "Trưởng phòng",
    Participation.Role.ATTENDING: "Chuyên viên",
}
MEETING_TITLES = {
    Meeting.Kind.SO_KET: "Hội nghị sơ kết công tác tuyên giáo {period}",
    Meeting.Kind.TONG_KET: "Hội nghị tổng kết công tác tuyên giáo và dân vận {period}",
    Meeting.Kind.GIAO_BAN: "Hội nghị giao ban công tác tuyên giáo {period}",
    Meeting.Kind.BAO_CAO_VIEN: "Hội nghị báo cáo viên {period}",
    Meeting.Kind.TAP_HUAN: "Tập huấn nghiệp vụ công tác tuyên giáo {period}",
    Meeting.Kind.HOI_THAO: "Hội thảo khoa học về công tác tư tưởng {period}",
    Meeting.Kind.GAP_MAT: "Gặp mặt cán bộ làm công tác tuyên giáo {period}",
    Meeting.Kind.CHUYEN_DE: "Hội nghị chuyên đề học tập và làm theo tư tưởng Hồ Chí Minh {period}",
    Meeting.Kind.KHAC: "Hội nghị triển khai nhiệm vụ {period}",
}
# Review meetings dominate, as they do in the documents.
MEETING_KIND_WEIGHTS = [
    (Meeting.Kind.SO_KET, 25),
    (Meeting.Kind.TONG_KET, 20),
    (Meeting.Kind.GIAO_BAN, 25),
    (Meeting.Kind.BAO_CAO_VIEN, 8),
    (Meeting.Kind.TAP_HUAN, 6),
    (Meeting.Kind.HOI_THAO, 5),
    (Meeting.Kind.GAP_MAT, 4),
    (Meeting.Kind.CHUYEN_DE, 4),
    (Meeting.Kind.KHAC, 3),
]
TASK_TEMPLATES = [
    "Tiếp tục quán triệt, triển khai thực hiện {directive}",
    "Đẩy mạnh tuyên truyền kết quả thực hiện {directive} trên các phương tiện thông tin đại chúng",
    "Tổ chức sơ kết việc thực hiện {directive} tại {unit}",
    "Nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân tại {unit}",
    "Bồi dưỡng, nâng cao chất lượng đội ngũ báo cáo viên của {unit}",
    "Đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
    "Xây dựng kế hoạch học tập chuyên đề năm theo {directive}",
    "Kiểm tra, giám sát việc thực hiện {directive} tại các đảng bộ trực thuộc",
]
UPDATE_NOTES = [
    "Đã ban hành kế hoạch triển khai",
    "Đã tổ chức hội nghị quán triệt",
    "Đang tổng hợp báo cáo từ các đơn vị",
    "Đã hoàn thành {pct}% khối lượng công việc",
    "Đã gửi báo cáo kết quả về Ban Thường vụ",
]
# (type, issuer code, label prefix): central and provincial directives.
DIRECTIVE_KINDS = [
    (Directive.Type.CHI_THI, "CT", "Chỉ thị"),
    (Directive.Type.NGHI_QUYET, "NQ", "Nghị quyết"),
    (Directive.Type.KET_LUAN, "KL", "Kết luận"),
    (Directive.Type.KE_HOACH, "KH", "Kế hoạch"),
    (Directive.Type.HUONG_DAN, "HD", "Hướng dẫn"),
]
SUBJECTS = [
    "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "về tăng cường bảo vệ nền tảng tư tưởng của Đảng",
    "về đổi mới công tác tuyên truyền miệng",
    "về nâng cao chất lượng sinh hoạt chi bộ",
    "về công tác thông tin đối ngoại",
    "về phát triển văn hóa, con người Việt Nam",
    "về chuyển đổi số trong công tác tuyên giáo",
]
# Shares of the task population (they shape the dashboard's headline figures).
NO_DUE_DATE_SHARE = 0.08
NO_LEAD_SHARE = 0.04


@dataclass
class DemoDataResult:
    units: int = 0
    people: int = 0
    directives: int = 0
    meetings: int = 0
    participations: int = 0
    citations: int = 0
    tasks: int = 0
    task_units: int = 0
    task_updates: int = 0


def _bulk(model, objs: list, progress: Callable[[str], None] | None, label: str) -> list:
    """Insert in batches (primary keys come back on SQLite ≥ 3.35 and PostgreSQL)."""
    if issubclass(model, SearchKeyed):
        with_search_keys(objs)  # what save() would derive
    for start in range(0, len(objs), BATCH_SIZE):
        model.objects.bulk_create(objs[start : start + BATCH_SIZE])
        if progress and len(objs) > BATCH_SIZE:
            progress(f"  {label}: {min(start + BATCH_SIZE, len(objs))}/{len(objs)}")
    return objs


def _weighted(rnd: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rnd.choices(values, weights=weights)[0]


def _units(rnd: random.Random, n_provinces: int, progress) -> dict[str, list[Unit]]:
    """Central bodies, then provinces, their boards, districts and district boards, level by
    level (each level's primary keys are needed as the next level's parents)."""
    central = [
        Unit(
            name=name,
            short_name=short,
            kind=kind,
            level=Unit.Level.CENTRAL,
        )
        for name, short, kind, _ in CENTRAL_BODIES
    ]
    _bulk(Unit, central, progress, "đơn vị trung ương")
    root = central[0]
    for unit in central[1:]:
        unit.parent_id = root.pk
    Unit.objects.bulk_update(central[1:], ["parent"])

    provinces = []
    for name in PROVINCES[:n_provinces]:
        full = f"{'Thành ủy' if name in CITIES else 'Tỉnh ủy'} {name}"
        provinces.append(
            Unit(
                name=full,
                kind=Unit.Kind.COMMITTEE,
                level=Unit.Level.PROVINCE,
                parent_id=root.pk,
            )
        )
    _bulk(Unit, provinces, progress, "tỉnh")

    boards, districts = [], []
    for province in provinces:
        for board, short, kind in BOARDS:
            name = f"{board} {province.name}"
            boards.append(
                Unit(
                    name=name,
                    short_name=f"{short} {province.name.split(' ', 2)[-1]}"[:60],
                    kind=kind,
                    level=Unit.Level.PROVINCE,
                    parent_id=province.pk,
                )
            )
        for district in rnd.sample(DISTRICT_NAMES, DISTRICTS_PER_PROVINCE):
            name = f"Huyện ủy {district} ({province.name.split(' ', 2)[-1]})"
            districts.append(
                Unit(
                    name=name,
                    kind=Unit.Kind.COMMITTEE,
                    level=Unit.Level.DISTRICT,
                    parent_id=province.pk,
                )
            )
    _bulk(Unit, boards, progress, "ban tỉnh")
    _bulk(Unit, districts, progress, "huyện")

    district_boards = []
    for district in districts:
        name = f"Ban Tuyên giáo và Dân vận {district.name}"
        district_boards.append(
            Unit(
                name=name,
                kind=Unit.Kind.BOARD,
                level=Unit.Level.DISTRICT,
                parent_id=district.pk,
            )
        )
    _bulk(Unit, district_boards, progress, "ban huyện")
    return {
        "central": central,
        "provinces": provinces,
        "boards": boards,
        "districts": districts,
        "district_boards": district_boards,
    }


def _directives(rnd: random.Random, count: int, today: dt.date, issuers: list[Unit]):
    """Directives with codes; every seventh reuses an earlier code with a date in another term
    (numbering restarts each term). Codes already in the database with the same date are
    reused rather than duplicated, so the command can run twice."""
    specs = []
    used = set()
    for i in range(count):
        doc_type, abbrev, prefix = DIRECTIVE_KINDS[i % len(DIRECTIVE_KINDS)]
        issuer = issuers[i % len(issuers)]
        issuer_code = "TW" if issuer.level == Unit.Level.CENTRAL else "TU"
        if i % 7 == 6 and specs:
            base = specs[rnd.randrange(len(specs))]
            number, issuer_code, doc_type, prefix, abbrev = (
                base["number"],
                base["issuer_code"],
                base["doc_type"],
                base["prefix"],
                base["abbrev"],
            )
            issued = base["issued"] - dt.timedelta(days=5 * 365 + rnd.randrange(200))
        else:
            number = f"{rnd.randrange(1, 99):02d}"
            issued = today - dt.timedelta(days=rnd.randrange(200, 6 * 365))
        code = f"{number}-{abbrev}/{issuer_code}"
        if (code, issued) in used:
            issued -= dt.timedelta(days=1)
        used.add((code, issued))
        specs.append(
            {
                "number": number,
                "issuer_code": issuer_code,
                "doc_type": doc_type,
                "prefix": prefix,
                "abbrev": abbrev,
                "issued": issued,
                "code": code,
                "issuer": issuer,
                "subject": rnd.choice(SUBJECTS),
            }
        )
    existing = {
        (d.code, d.issued): d
        for d in Directive.objects.filter(code__in={s["code"] for s in specs})
        if (d.code, d.issued) in used
    }
    new = []
    result = []
    for s in specs:
        found = existing.get((s["code"], s["issued"]))
        if found is not None:
            result.append(found)
            continue
        label = f"{s['prefix']} số {s['code']}"
        directive = Directive(
            doc_type=s["doc_type"],
            number=s["number"],
            issuer_code=s["issuer_code"],
            code=s["code"],
            label=label,
            issuing_body_id=s["issuer"].pk,
            issuing_body_name=s["issuer"].name,
            issued=s["issued"],
            subject=s["subject"],
            term="XIII" if s["issued"].year >= 2021 else "XII",
            review_state=ReviewState.VERIFIED,
        )
        existing[(s["code"], s["issued"])] = directive
        new.append(directive)
        result.append(directive)
    return result, new


def _review_state(rnd: random.Random) -> str:
    return _weighted(
        rnd,
        [
            (ReviewState.EXTRACTED, 60),
            (ReviewState.NEEDS_REVIEW, 12),
            (ReviewState.EDITED, 13),
            (ReviewState.VERIFIED, 15),
        ],
    )


def _task_dates(rnd: random.Random, assigned: dt.date, today: dt.date):
    """Due date, status and completion date, coherent with ``today``."""
    due = None
    if rnd.random() >= NO_DUE_DATE_SHARE:
        due = assigned + dt.timedelta(days=rnd.randrange(15, DEADLINE_MAX_DAYS))
    roll = rnd.random()
    if roll < 0.03:
        return due, Task.Status.CANCELLED, None
    deadline_passed = due is not None and due < today
    done_share = 0.7 if deadline_passed else 0.3
    if roll < 0.03 + done_share:
        latest = min(today, (due or today) + dt.timedelta(days=120))
        span = max((latest - assigned).days, 1)
        completed = assigned + dt.timedelta(days=rnd.randrange(1, span + 1))
        return due, Task.Status.DONE, min(completed, today)
    status = Task.Status.IN_PROGRESS if rnd.random() < 0.65 else Task.Status.NOT_STARTED
    return due, status, None


@dataclass
class _World:
    """What the generation steps share: the random source, the date everything is laid out
    around, and the records written so far that later rows point at."""

    rnd: random.Random
    today: dt.date
    progress: Callable[[str], None] | None
    hosts: list[Unit]  # who holds meetings
    leads: list[Unit]  # who may lead or support a task
    children_of: dict[int | None, list[Unit]]
    people: list[Person] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    directive_weights: list[float] = field(default_factory=list)

    def say(self, message: str) -> None:
        if self.progress:
            self.progress(message)


def _world(rnd, levels: dict[str, list[Unit]], today: dt.date, progress) -> _World:
    all_units = [u for group in levels.values() for u in group]
    children_of: dict[int | None, list[Unit]] = {}
    for unit in all_units:
        children_of.setdefault(unit.parent_id, []).append(unit)
    return _World(
        rnd=rnd,
        today=today,
        progress=progress,
        hosts=levels["boards"][:: len(BOARDS)] + levels["district_boards"] + levels["central"][3:4],
        leads=levels["boards"] + levels["district_boards"] + levels["districts"],
        children_of=children_of,
    )


def _people(world: _World, count: int) -> list[Person]:
    rnd = world.rnd
    people = [
        Person(full_name=f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}")
        for _ in range(count)
    ]
    world.say(f"Người: {len(people)}")
    return _bulk(Person, people, world.progress, "người")


def _meeting_row(world: _World, i: int) -> tuple[Meeting, Unit]:
    rnd = world.rnd
    # every kind at least once, then in their usual proportions
    kind = (
        MEETING_KIND_WEIGHTS[i][0]
        if i < len(MEETING_KIND_WEIGHTS)
        else _weighted(rnd, MEETING_KIND_WEIGHTS)
    )
    start = world.today - dt.timedelta(days=rnd.randrange(0, HISTORY_DAYS))
    half = 1 if start.month <= 6 else 2
    period = f"6 tháng đầu năm {start.year}" if half == 1 else f"năm {start.year}"
    host = rnd.choice(world.hosts)
    meeting = Meeting(
        title=MEETING_TITLES[kind].format(period=period),
        kind=kind,
        start_date=start,
        end_date=start + dt.timedelta(days=rnd.choice([0, 0, 0, 1])),
        period_label=period,
        period_start=dt.date(start.year, 1, 1),
        period_end=dt.date(start.year, 6, 30) if half == 1 else dt.date(start.year, 12, 31),
        host_unit_id=host.pk,
        location=f"Hội trường {host.name}"[:300],
        review_state=_review_state(rnd),
    )
    return meeting, host


def _cited(world: _World, k: int) -> dict[int, Directive]:
    """``k`` draws of the directives by weight, each directive once, in order drawn."""
    drawn = world.rnd.choices(world.directives, world.directive_weights, k=k)
    return {d.pk: d for d in drawn}


def _meeting_links(world: _World, meetings: list[Meeting]):
    """Each meeting's participants (1 to 4 roles) and the directives it cites (1 to 3)."""
    rnd = world.rnd
    participations, citations = [], []
    roles = list(POSITIONS)
    for meeting in meetings:
        for role in rnd.sample(roles, rnd.randint(1, 4)):
            participations.append(
                Participation(
                    meeting_id=meeting.pk,
                    person_id=rnd.choice(world.people).pk,
                    role=role,
                    position=POSITIONS[role],
                )
            )
        for directive in _cited(world, rnd.randint(1, 3)).values():
            citations.append(
                Citation(
                    directive_id=directive.pk, meeting_id=meeting.pk, as_written=directive.label
                )
            )
    return participations, citations


def _meeting_search_keys(world: _World, meetings, hosts, participations) -> None:
    """A meeting is found by its host and participants too: its key, once they are known."""
    names = {p.pk: p.full_name for p in world.people}
    attending = defaultdict(list)
    for row in participations:
        attending[row.meeting_id].append(names[row.person_id])
    for meeting, host in zip(meetings, hosts, strict=True):
        meeting.host_unit = host
        meeting.search_key = meeting.build_search_key(participant_names=attending[meeting.pk])
    Meeting.objects.bulk_update(meetings, ["search_key"], batch_size=BATCH_SIZE)


@dataclass(frozen=True)
class _TaskPlan:
    """What a task's child rows are drawn from, once the task has its primary key."""

    lead: Unit | None
    cited: dict[int, Directive]
    status: str
    assigned: dt.date
    completed: dt.date | None


def _task_rows(world: _World, count: int, meetings: list[Meeting], hosts: list[Unit]):
    """``count`` tasks, each of a random meeting (numbered within it) or, with no meetings,
    of a random host; their plans in the same order."""
    rnd = world.rnd
    rows, plans = [], []
    per_meeting: dict[int, int] = {}
    for _ in range(count):
        if meetings:
            index = rnd.randrange(len(meetings))
            meeting, host = meetings[index], hosts[index]
            assigned = meeting.start_date
            ordinal = per_meeting[index] = per_meeting.get(index, 0) + 1
        else:
            meeting, host = None, rnd.choice(world.hosts)
            assigned = world.today - dt.timedelta(days=rnd.randrange(0, HISTORY_DAYS))
            ordinal = 1
        row, plan = _task_row(world, meeting, host, assigned, ordinal)
        rows.append(row)
        plans.append(plan)
    return rows, plans


def _task_row(
    world: _World, meeting: Meeting | None, host: Unit, assigned: dt.date, ordinal: int
) -> tuple[Task, _TaskPlan]:
    rnd = world.rnd
    due, status, completed = _task_dates(rnd, assigned, world.today)
    nearby = world.children_of.get(host.pk, []) + world.children_of.get(host.parent_id, [])
    lead = None if rnd.random() < NO_LEAD_SHARE else rnd.choice(nearby or world.leads)
    cited = _cited(world, rnd.randint(0, 2))
    directive = next(iter(cited.values()), None) or rnd.choice(world.directives)
    text = rnd.choice(TASK_TEMPLATES).format(directive=directive.label, unit=(lead or host).name)
    task = Task(
        meeting_id=meeting.pk if meeting else None,
        ordinal=ordinal,
        text=text,
        assigned_by_unit_id=host.pk,
        due_date=due,
        status=status,
        completed_on=completed,
        period_label=meeting.period_label if meeting else "",
        review_state=_review_state(rnd),
    )
    return task, _TaskPlan(lead, cited, status, assigned, completed)


def _task_units(world: _World, task: Task, lead: Unit | None) -> list[TaskUnit]:
    """The lead (if any), then 0 to 3 supporting units other than it."""
    rows, taken = [], set()
    if lead is not None:
        rows.append(TaskUnit(task_id=task.pk, unit_id=lead.pk, role=TaskUnit.Role.LEAD))
        taken.add(lead.pk)
    for support in world.rnd.sample(world.leads, world.rnd.randint(0, 3)):
        if support.pk not in taken:
            taken.add(support.pk)
            rows.append(TaskUnit(task_id=task.pk, unit_id=support.pk, role=TaskUnit.Role.SUPPORT))
    return rows


def _task_updates(world: _World, task: Task, plan: _TaskPlan) -> list[TaskUpdate]:
    """1 to 3 progress notes of a task under way or done, between assignment and its end."""
    if plan.status not in (Task.Status.IN_PROGRESS, Task.Status.DONE):
        return []
    rnd = world.rnd
    last = plan.completed or world.today
    updates = []
    for n in range(rnd.randint(1, 3)):
        span = max((last - plan.assigned).days, 1)
        note = rnd.choice(UPDATE_NOTES).format(pct=30 * (n + 1))
        date = plan.assigned + dt.timedelta(days=rnd.randrange(0, span + 1))
        updates.append(TaskUpdate(task_id=task.pk, date=date, note=note))
    return updates


def _task_links(world: _World, tasks: list[Task], plans: list[_TaskPlan]):
    """Each task's units, citations and progress updates."""
    task_units, citations, updates = [], [], []
    for task, plan in zip(tasks, plans, strict=True):
        task_units += _task_units(world, task, plan.lead)
        citations += [
            Citation(directive_id=directive.pk, task_id=task.pk, as_written=directive.code)
            for directive in plan.cited.values()
        ]
        updates += _task_updates(world, task, plan)
    return task_units, citations, updates


def demo_data_generate(
    *,
    meetings: int,
    tasks: int,
    seed: int = 0,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoDataResult:
    """Write a generated data set of ``meetings`` meetings and ``tasks`` tasks (plus the units,
    people, directives, citations and updates around them) in one transaction. The steps
    draw from one random source in a fixed order: the same seed gives the same rows."""
    if meetings < 0 or tasks < 0:
        raise ValueError("meetings and tasks must not be negative")
    today = today or dt.date.today()
    rnd = random.Random(seed)
    result = DemoDataResult()

    with transaction.atomic():
        n_provinces = max(MIN_PROVINCES, min(MAX_PROVINCES, tasks // TASKS_PER_PROVINCE))
        if progress:
            progress(f"Đơn vị: {n_provinces} tỉnh")
        levels = _units(rnd, n_provinces, progress)
        world = _world(rnd, levels, today, progress)
        result.units = sum(len(group) for group in levels.values())

        world.people = _people(world, max(20, result.units * 2))
        result.people = len(world.people)

        issuers = levels["central"][:4] + levels["provinces"]
        world.directives, new_directives = _directives(
            rnd, max(12, 30 + tasks // 2000), today, issuers
        )
        world.say(f"Văn bản chỉ đạo: {len(world.directives)}")
        _bulk(Directive, new_directives, progress, "văn bản")
        result.directives = len(new_directives)
        # A few directives are cited far more than others, as in life.
        world.directive_weights = [1.0 / (i + 1) ** 0.8 for i in range(len(world.directives))]

        meeting_rows, meeting_hosts = [], []
        for i in range(meetings):
            meeting, host = _meeting_row(world, i)
            meeting_rows.append(meeting)
            meeting_hosts.append(host)
        world.say(f"Hội nghị: {meetings}")
        _bulk(Meeting, meeting_rows, progress, "hội nghị")
        result.meetings = meetings

        participations, citations = _meeting_links(world, meeting_rows)
        _bulk(Participation, participations, progress, "thành phần tham dự")
        result.participations = len(participations)
        _meeting_search_keys(world, meeting_rows, meeting_hosts, participations)

        task_rows, plans = _task_rows(world, tasks, meeting_rows, meeting_hosts)
        world.say(f"Nhiệm vụ: {tasks}")
        _bulk(Task, task_rows, progress, "nhiệm vụ")
        result.tasks = tasks

        task_units, task_citations, updates = _task_links(world, task_rows, plans)
        citations += task_citations
        _bulk(TaskUnit, task_units, progress, "đơn vị thực hiện")
        _bulk(Citation, citations, progress, "trích dẫn")
        _bulk(TaskUpdate, updates, progress, "cập nhật tiến độ")
        result.task_units = len(task_units)
        result.citations = len(citations)
        result.task_updates = len(updates)
        data_version_bump()  # bulk_create sends no post_save
    return result
