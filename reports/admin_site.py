"""The admin site: an index that opens on the unit's own work (``reports.selectors.own_work``)
and lists the main records first, the linking and login-lockout tables in sections of their
own further down."""

from __future__ import annotations

from django.contrib import admin
from django.utils import timezone

from reports.selectors.own_work import own_work_for

# (section title, app label, model names in order); models of an app not named here keep
# Django's own grouping, between the main records and the tables below
MAIN_SECTION = (
    "Dữ liệu chính",
    "reports",
    ["meeting", "task", "directive", "unit", "person", "sourcedocument"],
)
LOWER_SECTIONS = [
    (
        "Bảng liên kết",
        "reports",
        [
            "participation",
            "citation",
            "taskunit",
            "unitalias",
            "directiverelation",
            "staffprofile",
        ],
    ),
    ("Khóa đăng nhập", "axes", ["accessattempt", "accessfailurelog", "accesslog"]),
]


class ReportsAdminSite(admin.AdminSite):
    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        if app_label is not None:
            return apps
        return sections(apps)

    def index(self, request, extra_context=None):
        context = {"own_work": own_work_for(user=request.user, today=timezone.localdate())}
        return super().index(request, {**context, **(extra_context or {})})


def sections(apps: list[dict]) -> list[dict]:
    """Django's list of apps regrouped: the main records, the rest, then the lower sections."""
    by_app = {app["app_label"]: app for app in apps}
    taken: set[tuple[str, str]] = set()

    def section(title: str, app_label: str, names: list[str]) -> dict | None:
        app = by_app.get(app_label)
        if app is None:
            return None
        models = {m["object_name"].lower(): m for m in app["models"]}
        chosen = [models[name] for name in names if name in models]
        taken.update((app_label, name) for name in names if name in models)
        if not chosen:
            return None
        return {**app, "name": title, "models": chosen}

    first = section(*MAIN_SECTION)
    lower = [section(*spec) for spec in LOWER_SECTIONS]
    middle = []
    for app in apps:
        rest = [
            m for m in app["models"] if (app["app_label"], m["object_name"].lower()) not in taken
        ]
        if rest:
            middle.append({**app, "models": rest})
    return [s for s in [first, *middle, *lower] if s is not None]
