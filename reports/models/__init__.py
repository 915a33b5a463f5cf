"""The data model: one module per aggregate (see shared/design.md)."""

from reports.models.access import StaffProfile
from reports.models.api_tokens import ApiToken
from reports.models.common import LOCKED_STATES, ReviewState
from reports.models.directives import Citation, Directive, DirectiveRelation
from reports.models.documents import SourceDocument
from reports.models.import_runs import ImportRun, ImportRunItem
from reports.models.meetings import Meeting, MeetingSource, Participation
from reports.models.people import Person
from reports.models.reminders import ReminderLog
from reports.models.schedules import JobSchedule
from reports.models.tasks import Task, TaskUnit, TaskUpdate
from reports.models.units import Unit, UnitAlias
from reports.models.versions import DataVersion

__all__ = [
    "ApiToken",
    "LOCKED_STATES",
    "Citation",
    "DataVersion",
    "Directive",
    "DirectiveRelation",
    "ImportRun",
    "ImportRunItem",
    "JobSchedule",
    "Meeting",
    "MeetingSource",
    "Participation",
    "Person",
    "ReminderLog",
    "ReviewState",
    "SourceDocument",
    "StaffProfile",
    "Task",
    "TaskUnit",
    "TaskUpdate",
    "Unit",
    "UnitAlias",
]
