"""One task: its source, dates and reference."""

from __future__ import annotations

from typing import TYPE_CHECKING, final

import attrs

from dongdang._validators import field_date as _date
from dongdang._validators import optional_instance_of as _optional_instance
from dongdang._validators import optional_note as _note
from dongdang.errors import (
    InvalidValueError,
)
from dongdang.legal import LegalReference
from dongdang.tasks._fields import (
    _assigned,
    _assigned_by,
    _code,
    _completed,
    _due,
    _source,
    _title,
)
from dongdang.tasks._kinds import TaskSource, TaskState

if TYPE_CHECKING:
    import datetime as dt


# -- tasks -------------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class Task:
    """One task assigned to the Board, identified by its code.

    Attributes:
        code: its stable code, such as ``"ioffice-2020-014"``.
        title: what is to be done.
        source: how it reached the Board; a code such as ``"vnpt-ioffice"`` is accepted.
        assigned: the day it was assigned.
        due: its deadline, or None for a task without one.
        completed: the day it was completed, or None while it is open.
        assigned_by: who assigned it ("UBND tỉnh"), or None.
        reference: the document that assigned it (a notice, a decision), or None.
        note: anything more.

    A deadline or a completion before the assignment is refused. A task
    without a deadline is never late: completed, it is on time; open, it is
    pending.

    >>> from dongdang.tasks import Task
    >>> task = Task(
    ...     code="tb-01",
    ...     title="Báo cáo tình hình thông quan",
    ...     source="conclusion-notice",
    ...     assigned=dt.date(2020, 3, 2),
    ...     due=dt.date(2020, 3, 20),
    ...     completed=dt.date(2020, 3, 25),
    ... )
    >>> task.state_on(dt.date(2020, 3, 21)), task.state_on(dt.date(2020, 4, 1))
    (<TaskState.OVERDUE: 'chưa hoàn thành, đã quá hạn'>, <TaskState.LATE: 'hoàn thành quá hạn'>)
    """

    code: str = attrs.field(converter=_code)
    title: str = attrs.field(converter=_title)
    source: TaskSource = attrs.field(converter=_source)
    assigned: dt.date = attrs.field(converter=_assigned)
    due: dt.date | None = attrs.field(default=None, converter=_due)
    completed: dt.date | None = attrs.field(default=None, converter=_completed)
    assigned_by: str | None = attrs.field(default=None, converter=_assigned_by)
    reference: LegalReference | None = attrs.field(
        default=None, validator=_optional_instance(LegalReference, "reference")
    )
    note: str | None = attrs.field(default=None, converter=_note)

    def __attrs_post_init__(self) -> None:
        for what, day in (("due", self.due), ("completed", self.completed)):
            if day is not None and day < self.assigned:
                raise InvalidValueError.earlier_than(
                    what, day, "assigned", self.assigned, where=f"task {self.code}"
                )

    def state_on(self, day: dt.date) -> TaskState:
        """Where it stands on ``day``; a completion after ``day`` has not happened yet.

        Raises:
            InvalidValueError: ``day`` is before the task was assigned.
        """
        day = _date(day, "day")
        if day < self.assigned:
            raise InvalidValueError.earlier_than(
                "day", day, "assigned", self.assigned, where=f"task {self.code}"
            )
        if self.completed is not None and self.completed <= day:
            late = self.due is not None and self.completed > self.due
            return TaskState.LATE if late else TaskState.ON_TIME
        overdue = self.due is not None and day > self.due
        return TaskState.OVERDUE if overdue else TaskState.PENDING
