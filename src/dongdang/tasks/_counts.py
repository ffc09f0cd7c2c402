"""Counts of tasks: computed, stated by a report, and the check of one against the other."""

# ruff: noqa: TC001 - Sphinx evaluates the annotations at run time

from __future__ import annotations

from typing import TYPE_CHECKING, final

import attrs

from dongdang._validators import optional_as_of as _as_of
from dongdang._validators import optional_instance_of as _optional_instance
from dongdang._validators import optional_note as _note
from dongdang.errors import (
    InvalidValueError,
)
from dongdang.periods import Period
from dongdang.provenance import Citation
from dongdang.tasks._fields import (
    _as_written,
    _assigned_by,
    _assigned_count,
    _completed_count,
    _key,
    _not_on_time_count,
    _on_time_count,
    _optional_period,
    _sentence,
    _sources,
)
from dongdang.tasks._kinds import TaskMeasure, TaskRatioBase, TaskSource
from dongdang.tasks._ratios import TaskRatio

if TYPE_CHECKING:
    import datetime as dt


# -- counts ------------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class TaskCounts:
    """How the tasks assigned by a day stand on that day.

    Attributes:
        as_of: the day.
        assigned_in: the days the tasks counted were assigned in, or None for any day.
        sources: the task sources counted, or None for every source.
        on_time: completed on or before the deadline.
        late: completed after the deadline.
        pending: open, the deadline not passed.
        overdue: open, the deadline passed.
        tasks: the codes of the tasks counted, sorted.
    """

    as_of: dt.date
    assigned_in: Period | None
    sources: tuple[TaskSource, ...] | None
    on_time: int
    late: int
    pending: int
    overdue: int
    tasks: tuple[str, ...]

    @property
    def assigned(self) -> int:
        """The tasks counted, on time + late + open."""
        return self.on_time + self.late + self.open

    @property
    def open(self) -> int:
        """The tasks not completed by ``as_of``, pending + overdue."""
        return self.pending + self.overdue

    @property
    def completed(self) -> int:
        """The tasks completed by ``as_of``, on time + late."""
        return self.on_time + self.late

    @property
    def not_on_time(self) -> int:
        """The tasks late or open on ``as_of``, "chưa hoàn thành trong hạn"."""
        return self.late + self.open

    def on_time_ratio(self, base: TaskRatioBase | str = TaskRatioBase.ASSIGNED) -> TaskRatio:
        """The tasks completed on time, over ``base``.

        Raises:
            UndefinedRatioError: the base holds no task.
        """
        chosen = TaskRatioBase.of(base)
        size = {
            TaskRatioBase.ASSIGNED: self.assigned,
            TaskRatioBase.DUE: self.assigned - self.pending,
            TaskRatioBase.COMPLETED: self.completed,
        }[chosen]
        return TaskRatio(
            counted=TaskMeasure.ON_TIME, part=self.on_time, base=size, base_kind=chosen
        )

    def completion_ratio(self) -> TaskRatio:
        """The tasks completed, on time or not, over the tasks assigned.

        Raises:
            UndefinedRatioError: no task was assigned.
        """
        return _completion(self.completed, self.assigned)


@final
@attrs.frozen(kw_only=True)
class StatedTaskCount:
    """Counts of tasks as a report states them, with the sentence they stand in.

    Attributes:
        key: its short name, such as ``"seed-004-ioffice"``.
        text: the words of the report.
        sources: the task sources it counts (one sentence can count two:
            "các thông báo kết luận, quyết định").
        assigned: the tasks assigned ("giao 14 nhiệm vụ").
        on_time: the tasks completed on time ("hoàn thành đúng hạn 8"), or None if not stated.
        not_on_time: the tasks not completed on time ("6 nhiệm vụ chưa hoàn
            thành trong hạn"), late or still open; or None.
        completed: the tasks completed, on time or not ("giải quyết xong 2/2"); or None.
        period: the days the tasks were assigned in ("Tính từ 01/3/2020 –
            25/5/2020"), or None where the report does not say.
        as_of: the day the counts stand at, or None where the report does not say.
        as_written: the report's words for that day when it is not a date ("đến nay").
        assigned_by: who assigned the tasks ("UBND tỉnh"), or None.
        citation: where it was read.
        note: how it was read, or what it leaves open.

    The counts must fit together: on time + not on time = assigned, none above
    assigned, and no more on time than completed.

    >>> from dongdang.tasks import StatedTaskCount
    >>> StatedTaskCount(
    ...     key="x", text="…", sources=["decision"], assigned=15, on_time=8, not_on_time=6
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: stated count x: on_time + not_on_time (8 + 6) must add ...
    """

    key: str = attrs.field(converter=_key)
    text: str = attrs.field(converter=_sentence)
    sources: tuple[TaskSource, ...] = attrs.field(converter=_sources)
    assigned: int = attrs.field(converter=_assigned_count)
    on_time: int | None = attrs.field(default=None, converter=_on_time_count)
    not_on_time: int | None = attrs.field(default=None, converter=_not_on_time_count)
    completed: int | None = attrs.field(default=None, converter=_completed_count)
    period: Period | None = attrs.field(default=None, converter=_optional_period)
    as_of: dt.date | None = attrs.field(default=None, converter=_as_of)
    as_written: str | None = attrs.field(default=None, converter=_as_written)
    assigned_by: str | None = attrs.field(default=None, converter=_assigned_by)
    citation: Citation | None = attrs.field(
        default=None, validator=_optional_instance(Citation, "citation")
    )
    note: str | None = attrs.field(default=None, converter=_note)

    def __attrs_post_init__(self) -> None:
        where = f"stated count {self.key}"
        for what in ("on_time", "not_on_time", "completed"):
            value: int | None = getattr(self, what)
            if value is not None and value > self.assigned:
                raise InvalidValueError.more_than(
                    what, value, "assigned", self.assigned, where=where
                )
        if self.on_time is not None and self.not_on_time is not None:
            total = self.on_time + self.not_on_time
            if total != self.assigned:
                raise InvalidValueError.of(
                    f"on_time + not_on_time ({self.on_time} + {self.not_on_time})",
                    total,
                    f"must add up to assigned ({self.assigned})",
                    bound=self.assigned,
                    bound_name="assigned",
                    where=where,
                )
        on_time = self.on_time_count
        if on_time is not None and self.completed is not None and on_time > self.completed:
            raise InvalidValueError.more_than(
                "on_time", on_time, "completed", self.completed, where=where
            )
        if self.as_of is not None and self.period is not None and self.as_of < self.period.start:
            raise InvalidValueError.earlier_than(
                "as_of", self.as_of, "the start of its period", self.period.start, where=where
            )

    @property
    def on_time_count(self) -> int | None:
        """The tasks on time, as stated or as assigned − not on time; None if neither is stated."""
        if self.on_time is not None:
            return self.on_time
        if self.not_on_time is not None:
            return self.assigned - self.not_on_time
        return None

    def on_time_ratio(self, base: TaskRatioBase | str = TaskRatioBase.ASSIGNED) -> TaskRatio:
        """The tasks completed on time over ``base``: assigned, or completed where stated.

        Raises:
            InvalidValueError: the report states no on-time count, or not the base.
            UndefinedRatioError: the base holds no task.
        """
        chosen = TaskRatioBase.of(base)
        on_time = self.on_time_count
        if on_time is None:
            raise InvalidValueError.of(
                "text", self.text, "states no tasks on time", where=f"stated count {self.key}"
            )
        size = {TaskRatioBase.ASSIGNED: self.assigned, TaskRatioBase.COMPLETED: self.completed}.get(
            chosen
        )
        if size is None:
            raise InvalidValueError.of(
                "text",
                self.text,
                f"does not state {chosen.english}",
                where=f"stated count {self.key}",
            )
        return TaskRatio(counted=TaskMeasure.ON_TIME, part=on_time, base=size, base_kind=chosen)

    def completion_ratio(self) -> TaskRatio:
        """The tasks completed over the tasks assigned: "2/2 kiến nghị" is 100%.

        Raises:
            InvalidValueError: the report does not state how many were completed.
            UndefinedRatioError: no task was assigned.
        """
        if self.completed is None:
            raise InvalidValueError.of(
                "text",
                self.text,
                "does not state how many tasks were completed",
                where=f"stated count {self.key}",
            )
        return _completion(self.completed, self.assigned)


def _completion(completed: int, assigned: int) -> TaskRatio:
    """The tasks completed, on time or not, over the tasks assigned: computed or stated alike."""
    return TaskRatio(
        counted=TaskMeasure.COMPLETED,
        part=completed,
        base=assigned,
        base_kind=TaskRatioBase.ASSIGNED,
    )


@final
@attrs.frozen(kw_only=True)
class TaskCheck:
    """A stated count against the tasks on record for the same sources, days and day.

    Attributes:
        stated: the count as the report states it.
        counts: what the tasks on record give.
    """

    stated: StatedTaskCount
    counts: TaskCounts

    @property
    def differences(self) -> tuple[str, ...]:
        """The stated counts the records do not reproduce, by name."""
        found = {
            "assigned": self.counts.assigned,
            "on_time": self.counts.on_time,
            "not_on_time": self.counts.not_on_time,
            "completed": self.counts.completed,
        }
        return tuple(
            name
            for name, value in found.items()
            if getattr(self.stated, name) is not None and getattr(self.stated, name) != value
        )

    @property
    def reproduced(self) -> bool:
        """Whether the records give every count the report states."""
        return not self.differences
