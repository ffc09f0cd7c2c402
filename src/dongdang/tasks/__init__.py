"""Task tracking: the tasks assigned to the Management Board, and whether they were done on time.

The Provincial People's Committee assigns the Board tasks (nhiệm vụ) through
several channels: its document system VNPT-iOffice, notices of conclusions
(thông báo kết luận), decisions (quyết định), voters' petitions (kiến nghị cử
tri) passed on to the Board, key tasks of the year (nhiệm vụ trọng tâm). Each
task has an assignment date, usually a deadline, and a completion date once
done. On any day a task assigned by then is in one of four states:

=========  ============================  =========================================
state      Vietnamese                    meaning
=========  ============================  =========================================
ON_TIME    hoàn thành đúng hạn           completed on or before its deadline
LATE       hoàn thành quá hạn            completed after its deadline
PENDING    đang thực hiện, chưa đến hạn  open, its deadline not passed
OVERDUE    chưa hoàn thành, đã quá hạn   open, its deadline passed
=========  ============================  =========================================

so that on time + late + open = assigned, on every day. Reports state the
counts rather than the tasks. A :class:`StatedTaskCount` keeps such a
sentence with its counts, and the arithmetic comes from the library:

>>> from dongdang.tasks import StatedTaskCount
>>> ioffice = StatedTaskCount(
...     key="ioffice",
...     text="giao 14 nhiệm vụ trên hệ thống VNPT-iOffice, trong đó hoàn thành đúng hạn "
...     "8 nhiệm vụ, 6 nhiệm vụ chưa hoàn thành trong hạn",
...     sources=["vnpt-ioffice"],
...     assigned=14,
...     on_time=8,
...     not_on_time=6,
... )
>>> ratio = ioffice.on_time_ratio()
>>> ratio.format(), ratio.base_kind.value
('57,1%', 'số nhiệm vụ được giao')

"Chưa hoàn thành trong hạn" (not completed within the deadline) is read as
every assigned task not completed on time by the day of the count, late or
still open, which is what makes the report's figures add up (8 + 6 = 14).
The counts of seed article 004 ship as :func:`lang_son_tasks`.
"""

from __future__ import annotations

import enum
import functools
from fractions import Fraction
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast, final

import attrs

from dongdang._frames import FrameColumns
from dongdang._messages import message
from dongdang._toml import Reader, parse_toml, read_data_file
from dongdang._validators import field_code as _field_code
from dongdang._validators import field_date as _date
from dongdang._validators import field_text as _text
from dongdang._validators import optional_field_date as _optional_date
from dongdang._validators import optional_field_text as _optional_text
from dongdang._vocabulary import Vocabulary
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    UndefinedRatioError,
    UnknownCodeError,
)
from dongdang.indicators import share
from dongdang.legal import LegalKind, LegalReference
from dongdang.periods import Period
from dongdang.provenance import Citation
from dongdang.text import format_percent

if TYPE_CHECKING:
    import datetime as dt
    import os
    from collections.abc import Iterable, Mapping
    from decimal import Decimal

    from dongdang.periods import Language
    from dongdang.tables import Column

__all__ = [
    "StatedTaskCount",
    "Task",
    "TaskCheck",
    "TaskCounts",
    "TaskLog",
    "TaskMeasure",
    "TaskRatio",
    "TaskRatioBase",
    "TaskSource",
    "TaskState",
    "lang_son_tasks",
]

_T = TypeVar("_T")


# -- vocabularies ----------------------------------------------------------------------


class TaskSource(Vocabulary):
    """How a task reached the Board, by its Vietnamese name.

    ``TaskSource.of`` takes a member, its code (``"vnpt-ioffice"``,
    ``"conclusion-notice"``, ``"decision"``, ``"voter-petition"``,
    ``"key-task"``, ``"official-letter"``), or its Vietnamese or English name.

    >>> from dongdang.tasks import TaskSource
    >>> TaskSource.of("thông báo kết luận")
    <TaskSource.CONCLUSION_NOTICE: 'thông báo kết luận'>
    >>> TaskSource.of("email")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown TaskSource 'email'; expected one of ...
    """

    VNPT_IOFFICE = "hệ thống VNPT-iOffice"
    CONCLUSION_NOTICE = "thông báo kết luận"
    DECISION = "quyết định"
    VOTER_PETITION = "kiến nghị cử tri"
    KEY_TASK = "nhiệm vụ trọng tâm"
    OFFICIAL_LETTER = "công văn"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _SOURCE_ENGLISH


_SOURCE_ENGLISH: Final = {
    TaskSource.VNPT_IOFFICE: "the VNPT-iOffice system",
    TaskSource.CONCLUSION_NOTICE: "notice of conclusions",
    TaskSource.DECISION: "decision",
    TaskSource.VOTER_PETITION: "voter petition",
    TaskSource.KEY_TASK: "key task",
    TaskSource.OFFICIAL_LETTER: "official letter",
}


class TaskState(enum.Enum):
    """Where a task stands on a day, by its Vietnamese name."""

    ON_TIME = "hoàn thành đúng hạn"
    LATE = "hoàn thành quá hạn"
    PENDING = "đang thực hiện, chưa đến hạn"
    OVERDUE = "chưa hoàn thành, đã quá hạn"

    @property
    def is_open(self) -> bool:
        """Whether the task is not yet completed."""
        return self in (TaskState.PENDING, TaskState.OVERDUE)


class TaskMeasure(enum.Enum):
    """What a ratio counts: the tasks completed on time, or all the tasks completed."""

    ON_TIME = "hoàn thành đúng hạn"
    COMPLETED = "hoàn thành"

    @property
    def english(self) -> str:
        """The English words, "completed on time" or "completed"."""
        return "completed on time" if self is TaskMeasure.ON_TIME else "completed"


class TaskRatioBase(Vocabulary):
    """What a ratio of tasks is taken over, by its Vietnamese name.

    ``ASSIGNED`` is every task assigned, as reports count. ``DUE`` leaves out
    the tasks still open whose deadline has not passed: the tasks that had to
    be done by the day. ``COMPLETED`` is the tasks done, on time or not.
    """

    ASSIGNED = "số nhiệm vụ được giao"
    DUE = "số nhiệm vụ đã hoàn thành hoặc đã đến hạn"
    COMPLETED = "số nhiệm vụ đã hoàn thành"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _BASE_ENGLISH


_BASE_ENGLISH: Final = {
    TaskRatioBase.ASSIGNED: "the tasks assigned",
    TaskRatioBase.DUE: "the tasks completed or past their deadline",
    TaskRatioBase.COMPLETED: "the tasks completed",
}


# -- small validators ------------------------------------------------------------------


def _code(value: str, what: str = "code") -> str:
    return _field_code(value, what, "ioffice-2020-014")


def _key(value: str) -> str:
    return _code(value, "key")


# Named converters: mypy's attrs plugin reads only named functions.
def _title(value: str) -> str:
    return _text(value, "title")


def _sentence(value: str) -> str:
    return _text(value, "text")


def _source(value: TaskSource | str) -> TaskSource:
    return TaskSource.of(value)


def _assigned(value: dt.date) -> dt.date:
    return _date(value, "assigned")


def _due(value: dt.date | None) -> dt.date | None:
    return _optional_date(value, "due")


def _completed(value: dt.date | None) -> dt.date | None:
    return _optional_date(value, "completed")


def _as_of(value: dt.date | None) -> dt.date | None:
    return _optional_date(value, "as_of")


def _assigned_by(value: str | None) -> str | None:
    return _optional_text(value, "assigned_by")


def _note(value: str | None) -> str | None:
    return _optional_text(value, "note")


def _as_written(value: str | None) -> str | None:
    return _optional_text(value, "as_written")


def _sources(
    value: tuple[TaskSource | str, ...] | list[TaskSource | str],
) -> tuple[TaskSource, ...]:
    if isinstance(value, (str, TaskSource)) or not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of("sources", "a list of task sources", value)
    sources = tuple(TaskSource.of(item) for item in value)
    if not sources:
        raise InvalidValueError("sources must name at least one task source, got []")
    if len(set(sources)) != len(sources):
        raise InvalidValueError(f"sources names a task source twice: {value!r}")
    return sources


def _optional_period(value: Period | None) -> Period | None:
    if value is not None and not isinstance(value, Period):
        raise InvalidTypeError.of("period", "a Period or None", value)
    return value


def _reference(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, LegalReference):
        raise InvalidTypeError.of("reference", "a LegalReference or None", value)


def _citation(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Citation):
        raise InvalidTypeError.of("citation", "a Citation or None", value)


def _count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.of(what, "a whole number of tasks", value)
    if value < 0:
        raise InvalidValueError(f"{what} must not be negative, got {value}")
    return value


def _part(value: int) -> int:
    return _count(value, "part")


def _base(value: int) -> int:
    return _count(value, "base")


def _assigned_count(value: int) -> int:
    return _count(value, "assigned")


def _on_time_count(value: int | None) -> int | None:
    return None if value is None else _count(value, "on_time")


def _not_on_time_count(value: int | None) -> int | None:
    return None if value is None else _count(value, "not_on_time")


def _completed_count(value: int | None) -> int | None:
    return None if value is None else _count(value, "completed")


# -- ratios ------------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class TaskRatio:
    """A share of tasks, with the base it is taken over.

    Attributes:
        counted: what the numerator counts: on time, or completed.
        part: how many tasks it counts.
        base: how many tasks it is taken over.
        base_kind: which tasks the base is: assigned, due, completed.

    >>> from dongdang.tasks import TaskMeasure, TaskRatioBase, TaskRatio
    >>> ratio = TaskRatio(
    ...     counted=TaskMeasure.ON_TIME, part=112, base=115, base_kind=TaskRatioBase.ASSIGNED
    ... )
    >>> ratio.value
    Decimal('0.9739130434782608695652173913043478')
    >>> ratio.format(), ratio.describe("en")
    ('97,4%', '112 of 115 tasks completed on time: 97.4% of the tasks assigned')
    """

    counted: TaskMeasure = attrs.field(validator=attrs.validators.instance_of(TaskMeasure))
    part: int = attrs.field(converter=_part)
    base: int = attrs.field(converter=_base)
    base_kind: TaskRatioBase = attrs.field(validator=attrs.validators.instance_of(TaskRatioBase))

    def __attrs_post_init__(self) -> None:
        if self.base == 0:
            raise UndefinedRatioError(
                f"the base ({self.base_kind.english}) is 0: a ratio of tasks needs at least one",
                argument=self.base_kind.code,
            )
        if self.part > self.base:
            raise InvalidValueError(
                f"{self.part} tasks {self.counted.english} cannot be more than the base, "
                f"{self.base} ({self.base_kind.english})"
            )

    @property
    def value(self) -> Decimal:
        """The ratio as a fraction to 34 significant digits, 0.571… for 8 of 14."""
        return share(self.part, self.base)

    @property
    def exact(self) -> Fraction:
        """The ratio as an exact ``fractions.Fraction``."""
        return Fraction(self.part, self.base)

    def format(self, decimals: int = 1, lang: Language = "vi") -> str:
        """The ratio as a report prints it, rounded half up: "57,1%"."""
        return format_percent(self.value, lang, decimals)

    def describe(self, lang: Language = "vi", decimals: int = 1) -> str:
        """The ratio in words.

        >>> from dongdang.tasks import TaskMeasure, TaskRatioBase, TaskRatio
        >>> TaskRatio(
        ...     counted=TaskMeasure.ON_TIME, part=8, base=14, base_kind=TaskRatioBase.ASSIGNED
        ... ).describe()
        '8/14 nhiệm vụ hoàn thành đúng hạn, bằng 57,1% số nhiệm vụ được giao'
        """
        counted, base_kind = (
            (self.counted.value, self.base_kind.value)
            if lang == "vi"
            else (self.counted.english, self.base_kind.english)
        )
        return message(
            "tasks.ratio",
            lang,
            part=self.part,
            base=self.base,
            counted=counted,
            percent=self.format(decimals, lang),
            base_kind=base_kind,
        )


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
    reference: LegalReference | None = attrs.field(default=None, validator=_reference)
    note: str | None = attrs.field(default=None, converter=_note)

    def __attrs_post_init__(self) -> None:
        for what, day in (("due", self.due), ("completed", self.completed)):
            if day is not None and day < self.assigned:
                raise InvalidValueError(
                    f"task {self.code}: {what} {day.isoformat()} comes before its assignment "
                    f"on {self.assigned.isoformat()}"
                )

    def state_on(self, day: dt.date) -> TaskState:
        """Where it stands on ``day``; a completion after ``day`` has not happened yet.

        Raises:
            InvalidValueError: ``day`` is before the task was assigned.
        """
        day = _date(day, "day")
        if day < self.assigned:
            raise InvalidValueError(
                f"task {self.code} was assigned on {self.assigned.isoformat()}, "
                f"after {day.isoformat()}"
            )
        if self.completed is not None and self.completed <= day:
            late = self.due is not None and self.completed > self.due
            return TaskState.LATE if late else TaskState.ON_TIME
        overdue = self.due is not None and day > self.due
        return TaskState.OVERDUE if overdue else TaskState.PENDING


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
        return TaskRatio(
            counted=TaskMeasure.COMPLETED,
            part=self.completed,
            base=self.assigned,
            base_kind=TaskRatioBase.ASSIGNED,
        )


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
    dongdang.errors.InvalidValueError: stated count x: 8 on time + 6 not on time = 14, not the 15...
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
    citation: Citation | None = attrs.field(default=None, validator=_citation)
    note: str | None = attrs.field(default=None, converter=_note)

    def __attrs_post_init__(self) -> None:
        where = f"stated count {self.key}"
        for what in ("on_time", "not_on_time", "completed"):
            value: int | None = getattr(self, what)
            if value is not None and value > self.assigned:
                raise InvalidValueError(
                    f"{where}: {what} {value} is more than the {self.assigned} assigned"
                )
        if self.on_time is not None and self.not_on_time is not None:
            total = self.on_time + self.not_on_time
            if total != self.assigned:
                raise InvalidValueError(
                    f"{where}: {self.on_time} on time + {self.not_on_time} not on time = "
                    f"{total}, not the {self.assigned} assigned"
                )
        on_time = self.on_time_count
        if on_time is not None and self.completed is not None and on_time > self.completed:
            raise InvalidValueError(
                f"{where}: {on_time} completed on time but only {self.completed} completed"
            )
        if self.as_of is not None and self.period is not None and self.as_of < self.period.start:
            raise InvalidValueError(
                f"{where}: as of {self.as_of.isoformat()}, before its period starts "
                f"on {self.period.start.isoformat()}"
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
            raise InvalidValueError(
                f"stated count {self.key} states no tasks on time; it states: {self.text!r}"
            )
        size = {TaskRatioBase.ASSIGNED: self.assigned, TaskRatioBase.COMPLETED: self.completed}.get(
            chosen
        )
        if size is None:
            raise InvalidValueError(
                f"stated count {self.key} does not state {chosen.english}; it states: {self.text!r}"
            )
        return TaskRatio(counted=TaskMeasure.ON_TIME, part=on_time, base=size, base_kind=chosen)

    def completion_ratio(self) -> TaskRatio:
        """The tasks completed over the tasks assigned: "2/2 kiến nghị" is 100%.

        Raises:
            InvalidValueError: the report does not state how many were completed.
            UndefinedRatioError: no task was assigned.
        """
        if self.completed is None:
            raise InvalidValueError(
                f"stated count {self.key} does not state how many tasks were completed; "
                f"it states: {self.text!r}"
            )
        return TaskRatio(
            counted=TaskMeasure.COMPLETED,
            part=self.completed,
            base=self.assigned,
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


# -- the log -------------------------------------------------------------------------------


def _tasks(value: tuple[Task, ...] | list[Task]) -> tuple[Task, ...]:
    return _tuple_of(Task, "tasks", value)


def _stated(
    value: tuple[StatedTaskCount, ...] | list[StatedTaskCount],
) -> tuple[StatedTaskCount, ...]:
    return _tuple_of(StatedTaskCount, "stated", value)


def _tuple_of(kind: type[_T], what: str, value: object) -> tuple[_T, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of(what, f"a list of {kind.__name__}", value)
    for item in value:
        if not isinstance(item, kind):
            raise InvalidTypeError(
                f"{what} must be a list of {kind.__name__}, got the item {item!r}"
            )
    return tuple(value)


def _table_columns(*, parts: bool = True) -> tuple[Column, ...]:
    """The columns of a table of tasks, one row for one task assigned to the Board.

    ``code``, ``title``, ``source`` and ``assigned`` are needed. The document
    that assigned a task is one ``reference`` citation ("Thông báo số
    105/TB-UBND ngày 12/3/2020") or, with ``parts``, also its four parts as
    :meth:`TaskLog.to_frame` writes them (``reference_number``, ``_kind``,
    ``_issuer``, ``_signed``). A dataset's ``tasks.csv`` has the columns
    without the parts.
    """
    from dongdang.tables import Column  # noqa: PLC0415 - numpy on demand

    reference_parts = (
        (
            Column("reference_number", "text", required=False),
            Column("reference_kind", "text", required=False),
            Column("reference_issuer", "text", required=False),
            Column("reference_signed", "date", required=False),
        )
        if parts
        else ()
    )
    return (
        Column("code", "text"),
        Column("title", "text"),
        Column("source", "text"),
        Column("assigned", "date"),
        Column("due", "date", required=False),
        Column("completed", "date", required=False),
        Column("assigned_by", "text", required=False),
        Column("reference", "text", required=False),
        *reference_parts,
        Column("note", "text", required=False),
    )


@final
@attrs.frozen(kw_only=True)
class TaskLog:
    """The tasks on record and the counts reports state, side by side.

    Task codes are unique, and so are the keys of the stated counts. Every
    count is the same whatever the order of the tasks.

    Attributes:
        tasks: the individual tasks on record.
        stated: the counts reports state.

    >>> from dongdang.tasks import Task, TaskLog
    >>> log = TaskLog(
    ...     tasks=[
    ...         Task(
    ...             code="a",
    ...             title="A",
    ...             source="decision",
    ...             assigned=dt.date(2020, 3, 2),
    ...             due=dt.date(2020, 3, 31),
    ...             completed=dt.date(2020, 3, 30),
    ...         ),
    ...         Task(
    ...             code="b",
    ...             title="B",
    ...             source="decision",
    ...             assigned=dt.date(2020, 3, 9),
    ...             due=dt.date(2020, 4, 15),
    ...         ),
    ...     ]
    ... )
    >>> counts = log.counts(dt.date(2020, 4, 30))
    >>> counts.on_time, counts.overdue, counts.on_time_ratio().format()
    (1, 1, '50,0%')
    """

    tasks: tuple[Task, ...] = attrs.field(default=(), converter=_tasks)
    stated: tuple[StatedTaskCount, ...] = attrs.field(default=(), converter=_stated)

    def __repr__(self) -> str:
        return f"<TaskLog: {len(self.tasks)} tasks, {len(self.stated)} stated counts>"

    def __attrs_post_init__(self) -> None:
        for what, keys in (
            ("task code", [task.code for task in self.tasks]),
            ("stated count", [count.key for count in self.stated]),
        ):
            seen: set[str] = set()
            for key in keys:
                if key in seen:
                    raise InvalidValueError(f"the {what} {key!r} appears twice")
                seen.add(key)

    def task(self, code: str) -> Task:
        """The task with this code.

        Raises:
            UnknownCodeError: no task has it.
        """
        for task in self.tasks:
            if task.code == code:
                return task
        raise UnknownCodeError("task", code, [task.code for task in self.tasks])

    def stated_count(self, key: str) -> StatedTaskCount:
        """The stated count with this key.

        Raises:
            UnknownCodeError: no stated count has it.
        """
        for count in self.stated:
            if count.key == key:
                return count
        raise UnknownCodeError("stated count", key, [count.key for count in self.stated])

    def counts(
        self,
        as_of: dt.date | None = None,
        *,
        assigned_in: Period | None = None,
        sources: Iterable[TaskSource | str] | None = None,
    ) -> TaskCounts:
        """How the tasks stand on ``as_of``: those assigned by then (within ``assigned_in``).

        ``as_of`` defaults to the last day of ``assigned_in``; ``sources`` keeps
        the tasks of those sources only.

        Raises:
            InvalidTypeError: neither ``as_of`` nor ``assigned_in`` is given.
        """
        if assigned_in is not None and not isinstance(assigned_in, Period):
            raise InvalidTypeError.of("assigned_in", "a Period", assigned_in)
        if as_of is None and assigned_in is None:
            raise InvalidTypeError("give as_of (a date), assigned_in (a Period), or both")
        day = _date(as_of, "as_of") if as_of is not None else cast("Period", assigned_in).end
        chosen = None if sources is None else _sources(list(sources))
        states = dict.fromkeys(TaskState, 0)
        counted = []
        for task in self.tasks:
            if task.assigned > day or (
                assigned_in is not None and task.assigned not in assigned_in
            ):
                continue
            if chosen is not None and task.source not in chosen:
                continue
            states[task.state_on(day)] += 1
            counted.append(task.code)
        return TaskCounts(
            as_of=day,
            assigned_in=assigned_in,
            sources=chosen,
            on_time=states[TaskState.ON_TIME],
            late=states[TaskState.LATE],
            pending=states[TaskState.PENDING],
            overdue=states[TaskState.OVERDUE],
            tasks=tuple(sorted(counted)),
        )

    def check(self, key: str) -> TaskCheck:
        """A stated count against the tasks on record.

        Raises:
            UnknownCodeError: no stated count has the key.
            InvalidValueError: the stated count gives no day it stands at.
        """
        stated = self.stated_count(key)
        if stated.as_of is None:
            said = f" (it says {stated.as_written!r})" if stated.as_written else ""
            raise InvalidValueError(
                f"stated count {key} gives no day its counts stand at{said}; "
                "dongdang does not guess it"
            )
        counts = self.counts(stated.as_of, assigned_in=stated.period, sources=stated.sources)
        return TaskCheck(stated=stated, counts=counts)

    # -- tables -----------------------------------------------------------------------

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The tasks as a pandas DataFrame, one row each (needs ``dongdang[pandas]``).

        Columns: ``code``, ``title``, ``source`` (its code, categorical),
        ``assigned``, ``due``, ``completed`` (datetime64, NaT where there is
        none), ``assigned_by`` (categorical), the document that assigned it as
        ``reference_number``, ``reference_kind`` (categorical, "Thông báo",
        "Quyết định"…), ``reference_issuer`` and ``reference_signed``, ``note``,
        and, unless ``exact=True`` (which gives the
        columns :meth:`from_frame` reads), ``days_late``: the days from the
        deadline to the completion, float64 (NaN where the task is open or has
        no deadline, negative when early). ``frame.attrs["stated"]`` holds the stated counts, which
        :meth:`from_frame` reads back with the tasks.

        >>> import datetime as dt
        >>> log = TaskLog(
        ...     tasks=[
        ...         Task(
        ...             code="a",
        ...             title="A",
        ...             source="decision",
        ...             assigned=dt.date(2020, 3, 2),
        ...             due=dt.date(2020, 3, 31),
        ...             completed=dt.date(2020, 4, 2),
        ...         )
        ...     ]
        ... )
        >>> log.to_frame()[["code", "source", "days_late"]]
          code    source  days_late
        0    a  decision        2.0
        >>> TaskLog.from_frame(log.to_frame(exact=True)) == log
        True
        """
        tasks = self.tasks
        columns = FrameColumns(exact=exact)
        columns.code("code", [task.code for task in tasks])
        columns.text("title", [task.title for task in tasks])
        columns.code("source", [task.source.code for task in tasks])
        for name in ("assigned", "due", "completed"):
            columns.date(name, [getattr(task, name) for task in tasks])
        columns.code("assigned_by", [task.assigned_by for task in tasks])
        references = [task.reference for task in tasks]
        columns.text("reference_number", [None if r is None else r.number for r in references])
        columns.code("reference_kind", [None if r is None else r.kind.value for r in references])
        columns.code("reference_issuer", [None if r is None else r.issuer for r in references])
        columns.date("reference_signed", [None if r is None else r.signed for r in references])
        columns.text("note", [task.note for task in tasks])
        if not exact:
            columns.count("days_late", [_days_late(task) for task in tasks])
        return columns.frame(metadata={"stated": self.stated})

    @classmethod
    def from_frame(
        cls,
        frame: object,
        *,
        stated: Iterable[StatedTaskCount] | None = None,
        mapping: Mapping[str, str] | None = None,
        name: str | None = None,
    ) -> TaskLog:
        """A log from a table of tasks (a DataFrame, an Arrow table, a CSV or Parquet file).

        The columns are those of :meth:`to_frame` with ``exact=True``
        (``code``, ``title``, ``source``, ``assigned`` needed); a
        spreadsheet may give the document instead as one ``reference`` column
        of citations ("Thông báo số 105/TB-UBND ngày 12/3/2020"), read by
        :meth:`LegalReference.parse <dongdang.legal.LegalReference.parse>`.
        ``stated`` defaults to the frame's ``attrs["stated"]``.

        Raises:
            TableError: naming the table, the row and the column of every bad
                cell: a missing column, an empty required cell, a date that
                does not read, an unknown source, a reference that does not
                read, a deadline before the assignment, a code given twice.
        """
        from dongdang.tables import LIMIT, Problem, TableError, read_table  # noqa: PLC0415

        found = getattr(frame, "attrs", None)
        if stated is None and isinstance(found, dict):
            stated = found.get("stated")
        spec = _table_columns()
        label = name or f"<{type(frame).__name__}>"
        problems: list[Problem] = []
        cells = read_table(frame, spec, mapping=mapping, name=label, cell_problems=problems)
        bad = {problem.row for problem in problems}
        tasks: list[Task] = []
        seen: dict[str, int] = {}
        for index, code in enumerate(cells["code"]):
            row = index + 2
            if row in bad:
                continue
            if code in seen:
                message = f"the task {code!r} is given twice: first in row {seen[code]}"
                problems.append(Problem(file=label, row=row, column="code", message=message))
                continue
            seen[code] = row
            fields = {key: cells[key][index] for key in _TASK_FIELDS}
            try:
                tasks.append(Task(reference=_reference_of(cells, index), **fields))
            except ValueError as error:  # a DongDangError, or an unknown kind
                column = _column_of(error)
                problems.append(Problem(file=label, row=row, column=column, message=str(error)))
        if problems:
            problems.sort(key=lambda problem: problem.row or 0)
            raise TableError(label, problems[:LIMIT], more=len(problems) > LIMIT)
        return cls(tasks=tasks, stated=() if stated is None else tuple(stated))

    def stated_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The counts reports state, one row each (needs ``dongdang[pandas]``).

        Columns: ``key``, ``start``, ``end`` (the days the tasks were
        assigned in; NaT where not said), ``as_of``, ``assigned``, ``on_time``,
        ``not_on_time``, ``completed`` (float64 counts, NaN where not stated;
        ``Int64`` with ``exact=True``), ``on_time_percent`` (of the assigned,
        where the on-time count is known), ``sources`` (their codes, joined by
        ``;``), ``assigned_by``, ``text``.
        """
        rows = self.stated
        columns = FrameColumns(exact=exact)
        columns.code("key", [count.key for count in rows])
        columns.period([count.period for count in rows])
        columns.date("as_of", [count.as_of for count in rows])
        for what in ("assigned", "on_time", "not_on_time", "completed"):
            columns.count(what, [getattr(count, what) for count in rows])
        columns.number("on_time", [_on_time_percent(count) for count in rows], "%")
        columns.code("sources", [";".join(s.code for s in count.sources) for count in rows])
        columns.code("assigned_by", [count.assigned_by for count in rows])
        columns.text("text", [count.text for count in rows])
        return columns.frame()

    # -- reading ----------------------------------------------------------------------

    @classmethod
    def loads(cls, text: str, *, name: str = "<string>") -> TaskLog:
        """Read a log from TOML text shaped like the bundled ``data/tasks.toml``.

        Raises:
            DataFileError: the text is not TOML (duplicate keys included), a
                table misses a key or has an unknown one, a value is refused;
                the message names ``name`` and the place in the file.
        """
        if not isinstance(text, str):
            raise InvalidTypeError.of("text", "a str", text)
        return _Reader(name).log(parse_toml(text, name))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TaskLog:
        """Read a log from a TOML file; see :meth:`loads`.

        Raises:
            DataFileError: the file cannot be read, or is refused by :meth:`loads`.
        """
        return cls.loads(read_data_file(path), name=str(path))


def _days_late(task: Task) -> int | None:
    if task.completed is None or task.due is None:
        return None
    return (task.completed - task.due).days


def _on_time_percent(count: StatedTaskCount) -> Decimal | None:
    if count.on_time_count is None or not count.assigned:
        return None
    return count.on_time_ratio().value * 100


#: The columns of a table of tasks that make a task.
_TASK_FIELDS: Final = (
    "code",
    "title",
    "source",
    "assigned",
    "due",
    "completed",
    "assigned_by",
    "note",
)


def _reference_of(cells: Mapping[str, list[Any]], index: int) -> LegalReference | None:
    """The document of a row of a table of tasks: its parts, or a citation."""
    number = cells["reference_number"][index]
    if number is not None:
        kind = cells["reference_kind"][index]
        return LegalReference(
            number=number,
            kind=LegalKind(kind) if kind is not None else LegalReference.parse(number).kind,
            issuer=cells["reference_issuer"][index],
            signed=cells["reference_signed"][index],
        )
    citation = cells["reference"][index]
    return None if citation is None else LegalReference.parse(citation)


def _column_of(error: ValueError) -> str:
    """The column a refused task names (its document, a date, its source, else its code)."""
    text = str(error).lower()
    if isinstance(error, ParseError) or "kind" in text:
        return "reference"
    for name in ("due", "completed", "source", "title"):
        if name in text:
            return name
    return "code"


@functools.cache
def lang_son_tasks() -> TaskLog:
    """The counts of tasks seed article 004 states, read once from ``data/tasks.toml``.

    The article (30/6/2020) reports an inspection of the Board: tasks assigned
    on VNPT-iOffice, in notices of conclusions and decisions, key tasks, and
    voters' petitions. It gives counts, not tasks.

    >>> from dongdang.tasks import lang_son_tasks
    >>> log = lang_son_tasks()
    >>> [count.key for count in log.stated]
    ['seed-004-ioffice', 'seed-004-conclusions', 'seed-004-key-tasks', 'seed-004-voters']
    >>> log.stated_count("seed-004-conclusions").on_time_ratio().format()
    '97,4%'
    """
    text = files("dongdang.data").joinpath("tasks.toml").read_text("utf-8")
    return TaskLog.loads(text, name="dongdang/data/tasks.toml")


# -- the loader ---------------------------------------------------------------------------

_TASK_KEYS: Final = frozenset(
    {"title", "source", "assigned", "due", "completed", "assigned_by", "reference", "note"}
)
_STATED_KEYS: Final = frozenset(
    {
        *("text", "sources", "assigned", "on_time", "not_on_time", "completed"),
        *("period", "as_of", "as_written", "assigned_by", "cite", "note"),
    }
)
_TASK_REQUIRED: Final = ("title", "source", "assigned")
_STATED_REQUIRED: Final = ("text", "sources", "assigned")
_SOURCE_KEYS: Final = frozenset({"url", "title", "published", "event", "file", "note"})


class _Reader(Reader):
    """Reads the TOML document of a log, naming the file and place of any error."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.citations: dict[str, Citation] = {}

    def log(self, document: dict[str, Any]) -> TaskLog:
        top = self.table(document, "the top level", frozenset({"sources", "tasks", "stated"}))
        for key, value in self.table(top.get("sources", {}), "sources", None).items():
            fields = self.table(value, f"sources.{key}", _SOURCE_KEYS)
            self.citations[key] = self.build(f"sources.{key}", Citation, key=key, **fields)
        tasks = [
            self.build(
                f"tasks.{code}",
                _task,
                code=code,
                **self.table(value, f"tasks.{code}", _TASK_KEYS, _TASK_REQUIRED),
            )
            for code, value in self.table(top.get("tasks", {}), "tasks", None).items()
        ]
        stated = [
            self.stated(key, value)
            for key, value in self.table(top.get("stated", {}), "stated", None).items()
        ]
        return self.build("the top level", TaskLog, tasks=tasks, stated=stated)

    def stated(self, key: str, value: object) -> StatedTaskCount:
        where = f"stated.{key}"
        fields = dict(self.table(value, where, _STATED_KEYS, _STATED_REQUIRED))
        cite = fields.pop("cite", None)
        if cite is not None and not isinstance(cite, str):
            self.fail(f"{where}.cite", f"expected the key of a source (str), got {cite!r}")
        if cite is not None and cite not in self.citations:
            self.fail(f"{where}.cite", f"cites {cite!r}, which is not in [sources]")
        citation = None if cite is None else self.citations[cite]
        return self.build(where, _stated_count, key=key, citation=citation, **fields)


def _task(reference: object = None, **fields: Any) -> Task:  # noqa: ANN401
    cited = None if reference is None else LegalReference.parse(reference)  # type: ignore[arg-type]
    return Task(reference=cited, **fields)


def _stated_count(period: object = None, **fields: Any) -> StatedTaskCount:  # noqa: ANN401
    if period is not None and not isinstance(period, str):
        raise InvalidTypeError.of(
            "period", "a report phrase such as '01/3/2020 – 25/5/2020'", period
        )
    return StatedTaskCount(period=None if period is None else Period.parse(period), **fields)
