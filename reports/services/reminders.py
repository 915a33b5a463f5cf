"""Sending the e-mail reminders: one digest per person per day of the tasks of their units
that are overdue or due within N days (``reports.selectors.reminders``).

Each digest is sent inside a transaction that first inserts its log row (unique per person
and day) and commits it once the mail is sent: a second run the same day finds the row and
sends nothing; a run alongside waits on the row and then skips; a failed send rolls the row
back, so the next run tries again. The command ``send_reminders`` calls
:func:`reminders_send`, and so can a scheduled job.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from reports.models import ReminderLog
from reports.selectors.reminders import Digest, digest_for, reminder_recipients

logger = logging.getLogger(__name__)

DEFAULT_DAYS = 7


@dataclass
class ReminderResult:
    sent: list[str] = field(default_factory=list)
    already_sent: list[str] = field(default_factory=list)
    nothing_due: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


def reminders_send(
    *, today: dt.date, days: int = DEFAULT_DAYS, connection=None, site_url: str | None = None
) -> ReminderResult:
    """Send the day's digests; ``connection``: an open mail connection (default: settings)."""
    if days < 0:
        raise ValueError(f"days must not be negative, not {days}")
    site_url = (site_url if site_url is not None else settings.SITE_URL).rstrip("/")
    result = ReminderResult()
    # not opened here: each send opens it when closed, so a server that is down fails each
    # digest (reported, not logged, retried by the next run) rather than the whole run
    connection = connection or get_connection()
    with translation.override(settings.LANGUAGE_CODE):
        for user in reminder_recipients():
            name = user.get_username()
            if ReminderLog.objects.filter(user=user, day=today).exists():
                result.already_sent.append(name)
                continue
            digest = digest_for(user=user, today=today, days=days)
            if digest.empty:
                result.nothing_due.append(name)
                continue
            message = digest_message(
                user=user, digest=digest, today=today, days=days, site_url=site_url
            )
            message.connection = connection
            try:
                outcome = _send_once(
                    user=user, message=message, digest=digest, today=today, days=days
                )
            except (smtplib.SMTPException, OSError) as exc:
                logger.warning("reminder to %s not sent: %s", user.email, exc)
                result.failed[name] = str(exc)
                continue
            (result.sent if outcome else result.already_sent).append(name)
    return result


def _send_once(*, user, message, digest: Digest, today: dt.date, days: int) -> bool:
    """Send unless a run alongside has; True when this call sent it."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                ReminderLog.objects.create(
                    user=user,
                    day=today,
                    email=user.email,
                    days_ahead=days,
                    overdue_count=digest.overdue_count,
                    due_count=digest.due_count,
                )
        except IntegrityError:
            return False
        message.send()
    return True


def digest_message(
    *, user, digest: Digest, today: dt.date, days: int, site_url: str
) -> EmailMultiAlternatives:
    context = {
        "user": user,
        "name": user.get_full_name() or user.get_username(),
        "digest": digest,
        "today": today,
        "days": days,
        "site_url": site_url,
        "groups": [
            {
                "unit": group.unit,
                "items": [
                    {
                        "task": item.task,
                        "overdue": item.overdue,
                        "leads": ", ".join(str(unit) for unit in item.lead_units),
                        "url": site_url + reverse("admin:reports_task_change", args=[item.task.pk]),
                    }
                    for item in group.tasks
                ],
            }
            for group in digest.groups
        ],
    }
    subject = (
        f"Nhắc việc ngày {date_format(today, 'SHORT_DATE_FORMAT')}: "
        f"{digest.overdue_count} nhiệm vụ quá hạn, {digest.due_count} sắp đến hạn"
    )
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("reports/email/reminder_digest.txt", context),
        to=[user.email],
    )
    message.attach_alternative(
        render_to_string("reports/email/reminder_digest.html", context), "text/html"
    )
    return message
