"""``send_reminders``: one digest per person per day of their units' overdue and due-soon
tasks, through Django's outbox and through a real SMTP server on the loopback (aiosmtpd);
the log that stops a second send, a failed send that is retried, the log's scope in the
admin."""

import datetime as dt
import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from reports.models import ReminderLog, Task, TaskUnit
from reports.selectors.reminders import digest_for
from reports.services.reminders import _send_once, digest_message
from tests import factories as f

pytestmark = pytest.mark.django_db
TODAY = dt.date(2025, 6, 20)
SITE = "https://baocao.tuyengiao.example.vn"


def days(n):
    return TODAY + dt.timedelta(days=n)


def task_for(unit, text, due, *, status=Task.Status.IN_PROGRESS, role=TaskUnit.Role.LEAD):
    task = f.make_task(text=text, due_date=due, status=status)
    TaskUnit.objects.create(task=task, unit=unit, role=role)
    return task


@pytest.fixture
def office(settings):
    settings.SITE_URL = SITE
    board = f.make_unit("Ban Tuyên giáo Huyện ủy Tam Đảo")
    cell = f.make_unit("Chi bộ Ban Tuyên giáo", parent=board)
    other = f.make_unit("Ban Dân vận Huyện ủy Sông Lô")
    tasks = {
        "late": task_for(board, "Tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW", days(-3)),
        "soon": task_for(cell, "Báo cáo sơ kết công tác tuyên truyền 6 tháng", days(7)),
        "later": task_for(board, "Chuẩn bị hội nghị báo cáo viên quý III", days(8)),
        "done": task_for(board, "Việc đã hoàn thành", days(-1), status=Task.Status.DONE),
        "theirs": task_for(other, "Việc của Ban Dân vận", days(1)),
    }
    user = f.make_staff_user("chuyenvien", board, email="chuyenvien@example.vn")
    user.first_name, user.last_name = "Lan", "Nguyễn Thị"
    user.save()
    return {"board": board, "cell": cell, "other": other, "tasks": tasks, "user": user}


def test_a_digest_of_the_units_overdue_and_due_tasks(office):
    call_command("send_reminders", "--date", "20/06/2025")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["chuyenvien@example.vn"]
    assert "1 nhiệm vụ quá hạn, 1 sắp đến hạn" in message.subject
    body = message.body
    tasks = office["tasks"]
    assert tasks["late"].text in body and tasks["soon"].text in body
    for absent in ("later", "done", "theirs"):
        assert tasks[absent].text not in body, absent
    # grouped by unit (the sub-unit's task under the sub-unit), with deadlines as dd/mm/yyyy,
    # the lead unit and a link through SITE_URL
    assert body.index("== Ban Tuyên giáo Huyện ủy Tam Đảo ==") < body.index(tasks["late"].text)
    assert body.index("== Chi bộ Ban Tuyên giáo ==") < body.index(tasks["soon"].text)
    assert "Hạn: 17/06/2025 (QUÁ HẠN)" in body and "Hạn: 27/06/2025" in body
    assert "Đơn vị chủ trì: Chi bộ Ban Tuyên giáo" in body
    assert SITE + reverse("admin:reports_task_change", args=[tasks["late"].pk]) in body
    html = message.alternatives[0].content
    assert f'href="{SITE}/admin/reports/task/{tasks["soon"].pk}/change/"' in html
    log = ReminderLog.objects.get()
    assert (log.user, log.day, log.overdue_count, log.due_count) == (office["user"], TODAY, 1, 1)


def test_a_second_run_the_same_day_sends_nothing(office):
    call_command("send_reminders", "--date", "20/06/2025")
    call_command("send_reminders", "--date", "2025-06-20")
    assert len(mail.outbox) == 1
    call_command("send_reminders", "--date", "21/06/2025")  # the next day: again
    assert len(mail.outbox) == 2
    assert ReminderLog.objects.count() == 2


def test_a_run_alongside_that_logged_first_stops_the_send(office):
    """The race of two runs: the log row is inserted before the send, in one transaction;
    if another run has inserted it, this one does not send."""
    user = office["user"]
    digest = digest_for(user=user, today=TODAY, days=7)
    message = digest_message(user=user, digest=digest, today=TODAY, days=7, site_url=SITE)
    ReminderLog.objects.create(
        user=user, day=TODAY, email=user.email, days_ahead=7, overdue_count=1, due_count=1
    )
    assert _send_once(user=user, message=message, digest=digest, today=TODAY, days=7) is False
    assert mail.outbox == [] and ReminderLog.objects.count() == 1


def test_days_widens_the_window(office):
    call_command("send_reminders", "--date", "20/06/2025", "--days", "30")
    assert office["tasks"]["later"].text in mail.outbox[0].body


def test_who_gets_a_digest(office, django_user_model):
    boss = f.make_staff_user("lanhdao", email="lanhdao@example.vn")
    f.grant_units(boss, all_units=True)
    django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "x")  # no profile
    f.make_staff_user("khongthu", office["board"])  # no e-mail address
    f.make_staff_user("banxa", f.make_unit("Ban Tổ chức"), email="btc@example.vn")  # nothing due
    inactive = f.make_staff_user("nghi", office["board"], email="nghi@example.vn")
    inactive.is_active = False
    inactive.save()
    call_command("send_reminders", "--date", "20/06/2025")
    by_address = {m.to[0]: m for m in mail.outbox}
    assert set(by_address) == {"chuyenvien@example.vn", "lanhdao@example.vn"}
    everything = by_address["lanhdao@example.vn"].body
    assert (
        "Việc của Ban Dân vận" in everything and "== Ban Dân vận Huyện ủy Sông Lô ==" in everything
    )
    assert ReminderLog.objects.filter(user__username="banxa").count() == 0


def test_a_bad_date_is_refused():
    with pytest.raises(CommandError, match="30/06/2025"):
        call_command("send_reminders", "--date", "06/31/2025")


# --- a real SMTP server ----------------------------------------------------------------------


class Inbox:
    def __init__(self):
        self.messages = []
        self.port = 0

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    port = inbox.port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.DEFAULT_FROM_EMAIL = "Báo cáo tuyên giáo <bao-cao@example.vn>"
    yield inbox
    controller.stop()


def test_through_a_real_smtp_server(office, smtp_server):
    call_command("send_reminders", "--date", "20/06/2025")
    call_command("send_reminders", "--date", "20/06/2025")
    assert len(smtp_server.messages) == 1
    envelope = smtp_server.messages[0]
    assert envelope.rcpt_tos == ["chuyenvien@example.vn"]
    assert envelope.mail_from == "bao-cao@example.vn"
    parsed = email.message_from_bytes(envelope.original_content, policy=policy.default)
    assert parsed["Subject"].strip().startswith("Nhắc việc ngày 20/06/2025")
    text = parsed.get_body(preferencelist=("plain",)).get_content()
    assert "Kính gửi Lan Nguyễn Thị" in text
    assert office["tasks"]["late"].text in text
    assert f"{SITE}/admin/reports/task/{office['tasks']['late'].pk}/change/" in text
    assert ReminderLog.objects.count() == 1


def test_a_failed_send_is_not_logged_and_is_retried(office, settings, smtp_server):
    settings.EMAIL_PORT = _free_port()  # nothing listens there
    with pytest.raises(CommandError, match="Không gửi được 1 thư"):
        call_command("send_reminders", "--date", "20/06/2025")
    assert ReminderLog.objects.count() == 0
    settings.EMAIL_PORT = smtp_server.port
    call_command("send_reminders", "--date", "20/06/2025")
    assert len(smtp_server.messages) == 1 and ReminderLog.objects.count() == 1


# --- the log in the admin --------------------------------------------------------------------


def test_the_log_is_seen_within_the_viewers_scope(office, client):
    colleague = f.make_staff_user("dongnghiep", office["cell"], email="dn@example.vn")
    stranger = f.make_staff_user("nguoingoai", office["other"], email="nn@example.vn")
    for user in (office["user"], colleague, stranger):
        ReminderLog.objects.create(
            user=user, day=TODAY, email=user.email, days_ahead=7, overdue_count=0, due_count=1
        )
    office["user"].user_permissions.add(Permission.objects.get(codename="view_reminderlog"))
    client.force_login(office["user"])
    url = reverse("admin:reports_reminderlog_changelist")
    shown = {log.user.username for log in client.get(url).context["cl"].result_list}
    assert shown == {"chuyenvien", "dongnghiep"}
    theirs = ReminderLog.objects.get(user=stranger)
    page = client.get(reverse("admin:reports_reminderlog_change", args=[theirs.pk]))
    assert page.status_code == 302  # not found in the viewer's rows: back to the index
