"""Load test (`make loadtest`): gunicorn with the production settings under 20 logged-in clients.

    python -m benchmarks.loadtest                    # SQLite file, 10,000 tasks, 60 s
    DATABASE_URL=postgres://user@host/name python -m benchmarks.loadtest --tasks 100000

1. Creates a throw-away database (SQLite: a temporary file; PostgreSQL: ``<name>_loadtest``
   on the server of ``DATABASE_URL``, dropped at the end), migrates it and fills it with
   ``manage.py generate_demo_data``; creates the staff users; collects the static files.
2. Starts gunicorn on 127.0.0.1 (a free port) with ``DJANGO_ENV=production``, a generated
   ``SECRET_KEY``, and, for plain HTTP on the loopback only, ``SECURE_SSL_REDIRECT=0``,
   ``SESSION_COOKIE_SECURE=0``, ``CSRF_COOKIE_SECURE=0``, ``BEHIND_PROXY=0`` (environment
   switches; the production defaults stay on).
3. Logs the users in through the admin login form, then runs one client per user (threads,
   on the loopback only) for ``--seconds`` or until ``--max-requests``: the Task and Meeting
   changelists, a search, a task's change form, ``/reports/`` and a CSV export of one unit's
   lead tasks.
4. Prints requests/s, p50, p95, p99 and the error count (any answer but 200, or no answer),
   overall and per page; passes when there are 0 errors and p99 ≤ 5x p50.
Stops gunicorn and removes the database and files it created, also on failure or Ctrl-C.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
P99_OVER_P50_TARGET = 5.0
PASSWORD = "tai-khoan-thu-tai-" + secrets.token_hex(4)
CSRF_RX = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- the throw-away database -------------------------------------------------------------------


def throwaway_database(base_url: str, tmp: Path) -> tuple[str, callable]:
    """The URL of a new empty database and the function that removes it."""
    if not base_url.startswith(("postgres://", "postgresql://")):
        path = tmp / "loadtest.sqlite3"
        return f"sqlite:///{path}", lambda: None
    import psycopg

    parts = urlsplit(base_url)
    name = f"{parts.path.lstrip('/') or 'postgres'}_loadtest"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def manage(env: dict, *args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


# Every client is an ordinary editor ("Biên tập viên", not a superuser) who sees one province
# (its unit and every unit below it), as staff work: the per-unit filters of
# reports.selectors.access and the scoped form links are under load on every page.
PREPARE = """
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from reports.models import StaffProfile, TaskUnit, Unit
from reports.selectors.access import tasks_visible_to, visible_unit_ids
User = get_user_model()
editors = Group.objects.get(name="Biên tập viên")
provinces = list(
    Unit.objects.filter(level=Unit.Level.PROVINCE, parent__level=Unit.Level.CENTRAL)
    .order_by("pk")
)
users = {{}}
for i in range({users}):
    name = f"canbo{{i:02d}}"
    user = User.objects.create_user(name, f"{{name}}@example.vn", {password!r}, is_staff=True)
    user.groups.add(editors)
    StaffProfile.objects.create(user=user).units.add(provinces[i % len(provinces)])
    unit_ids = visible_unit_ids(user)
    assert unit_ids is not None, "a load test client must be unit-scoped"
    leads = Unit.objects.filter(task_roles__role=TaskUnit.Role.LEAD, pk__in=unit_ids)
    users[name] = {{
        "task_ids": list(tasks_visible_to(user).order_by("?").values_list("pk", flat=True)[:200]),
        "units": list(leads.values_list("pk", "name").distinct()[:200]),
    }}
print(json.dumps(users))
"""


# --- a small HTTP client -------------------------------------------------------------------------


class Session:
    """One logged-in user: a keep-alive connection and its cookies."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.conn = http.client.HTTPConnection(HOST, port, timeout=60)

    def request(self, method: str, path: str, body: dict | None = None):
        headers = {"Host": HOST}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                content = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # gunicorn closed an idle keep-alive connection: one new connection
                self.conn.close()
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
                if attempt == 2:
                    raise
        for header in response.headers.get_all("Set-Cookie") or []:
            for key, morsel in SimpleCookie(header).items():
                self.cookies[key] = morsel.value
        return response.status, response.headers, content

    def login(self, username: str) -> None:
        status, _, content = self.request("GET", "/admin/login/?next=/admin/")
        token = CSRF_RX.search(content.decode())
        if status != 200 or token is None:
            raise SystemExit(f"login page answered {status}")
        status, headers, _ = self.request(
            "POST",
            "/admin/login/?next=/admin/",
            {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token.group(1),
             "next": "/admin/"},
        )  # fmt: skip
        if status != 302 or "sessionid" not in self.cookies:
            raise SystemExit(f"login of {username} answered {status}")


@dataclass
class Results:
    samples: list[tuple[str, float, int]] = field(default_factory=list)  # page, seconds, status
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, page: str, seconds: float, status: int) -> None:
        with self.lock:
            self.samples.append((page, seconds, status))


def pages(data: dict, rnd: random.Random) -> list[tuple[str, str]]:
    """The pages a member of staff opens, as (name, path)."""
    unit_id, unit_name = rnd.choice(data["units"])
    task_id = rnd.choice(data["task_ids"])
    return [
        ("task changelist", "/admin/reports/task/"),
        ("meeting changelist", "/admin/reports/meeting/"),
        ("task search", "/admin/reports/task/?" + urlencode({"q": unit_name})),
        ("task change form", f"/admin/reports/task/{task_id}/change/"),
        ("/reports/", "/reports/"),
        ("export CSV", f"/admin/reports/task/xuat/?lead_unit={unit_id}&_dinh_dang=csv"),
    ]


def client(session: Session, data, results: Results, stop_at: float, budget, seed: int):
    rnd = random.Random(seed)
    while time.monotonic() < stop_at:
        for page, path in pages(data, rnd):
            if time.monotonic() >= stop_at or not budget.acquire(blocking=False):
                return
            started = time.perf_counter()
            try:
                status, _, _ = session.request("GET", path)
            except (OSError, http.client.HTTPException):
                status = 0
            results.add(page, time.perf_counter() - started, status)


def percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[q - 1]
        if len(values) > 1
        else (values[0] if values else 0.0)
    )


# --- main ---------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped while starting")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/admin/login/", headers={"Host": HOST})
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer within a minute")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--max-requests", type=int, default=50_000, help="a bound on the load")
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="loadtest-"))
    drop_database = lambda: None  # noqa: E731
    server = None
    try:
        database_url, drop_database = throwaway_database(os.environ.get("DATABASE_URL", ""), tmp)
        env = {
            **{k: v for k, v in os.environ.items() if k not in {"DEBUG"}},
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DJANGO_ENV": "production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "DATABASE_URL": database_url,
            "STATIC_ROOT": str(tmp / "static"),
            # plain HTTP on the loopback: no HTTPS to redirect to, cookies sent over HTTP
            "SECURE_SSL_REDIRECT": "0",
            "SESSION_COOKIE_SECURE": "0",
            "CSRF_COOKIE_SECURE": "0",
            "BEHIND_PROXY": "0",
        }
        started = time.perf_counter()
        manage(env, "migrate", "--noinput")
        manage(env, "generate_demo_data", "--meetings", str(max(1, args.tasks // 50)),
               "--tasks", str(args.tasks), "--seed", "1")  # fmt: skip
        # planner statistics, as autovacuum keeps them on PostgreSQL (SQLite never gathers
        # them by itself: without them /reports/ takes seconds there, see the README)
        manage(env, "shell", "-c", "from django.db import connection; "
               "connection.cursor().execute('ANALYZE')")  # fmt: skip
        import json

        prepared = manage(env, "shell", stdin=PREPARE.format(users=args.users, password=PASSWORD))
        data = json.loads(prepared.strip().splitlines()[-1])
        manage(env, "collectstatic", "--noinput")
        print(f"prepared {args.tasks} tasks, {args.users} users in "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr)  # fmt: skip

        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi:application",
             "--bind", f"{HOST}:{port}", "--workers", str(args.workers),
             "--timeout", "120", "--log-level", "warning"],
            cwd=ROOT, env=env, start_new_session=True,
        )  # fmt: skip
        wait_until_up(port, server)

        sessions = []
        for username, seen in data.items():
            if not (seen["task_ids"] and seen["units"]):
                raise SystemExit(f"{username} sees no task: generate more data (--tasks)")
            session = Session(port)
            session.login(username)
            sessions.append((session, seen))

        results = Results()
        budget = threading.Semaphore(args.max_requests)
        stop_at = time.monotonic() + args.seconds
        t0 = time.perf_counter()
        threads = [
            threading.Thread(target=client, args=(s, seen, results, stop_at, budget, i))
            for i, (s, seen) in enumerate(sessions)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - t0
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        drop_database()
        shutil.rmtree(tmp, ignore_errors=True)

    samples = results.samples
    vendor = "postgresql" if database_url.startswith("postgres") else "sqlite"
    print(f"\nLoad test ({vendor}, gunicorn {args.workers} workers, {args.users} clients, "
          f"{elapsed:.0f} s, {args.tasks} tasks)")  # fmt: skip
    print(f"{'page':22}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
          f"{'errors':>8}")  # fmt: skip
    rows = sorted(
        {p for p, _, _ in samples},
        key=[n for n, _ in pages(next(iter(data.values())), random.Random())].index,
    )
    for name in [*rows, "all"]:
        chosen = [s for s in samples if name in ("all", s[0])]
        times = [s[1] for s in chosen]
        errors = sum(1 for s in chosen if s[2] != 200)
        print(f"{name:22}{len(chosen):9}{len(chosen) / elapsed:8.1f}"
              f"{percentile(times, 50) * 1000:8.0f}{percentile(times, 95) * 1000:8.0f}"
              f"{percentile(times, 99) * 1000:8.0f}{errors:8}")  # fmt: skip
    times = [s[1] for s in samples]
    errors = sum(1 for s in samples if s[2] != 200)
    ratio = percentile(times, 99) / percentile(times, 50)
    print(f"errors: {errors} (target 0); p99 / p50: {ratio:.2f} (target ≤ {P99_OVER_P50_TARGET})")
    if errors:
        statuses = sorted({(s[0], s[2]) for s in samples if s[2] != 200})
        print(f"failed answers (page, status): {statuses}")
    ok = errors == 0 and ratio <= P99_OVER_P50_TARGET and len(samples) > 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
