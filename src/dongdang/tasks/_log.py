"""The log of tasks and stated counts, its tables, and the bundled log of seed 004."""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Final, cast, final

import attrs

from dongdang._frames import FrameColumns
from dongdang._toml import parse_toml, read_data_file
from dongdang._validators import field_date as _date
from dongdang._validators import find as _find
from dongdang._validators import tuple_of
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    ParseError,
)
from dongdang.legal import LegalKind, LegalReference
from dongdang.periods import Period
from dongdang.tasks._counts import StatedTaskCount, TaskCheck, TaskCounts
from dongdang.tasks._fields import _sources
from dongdang.tasks._kinds import TaskSource, TaskState
from dongdang.tasks._reader import _Reader
from dongdang.tasks._task import Task

if TYPE_CHECKING:
    import datetime as dt
    import os
    from collections.abc import Iterable, Mapping
    from decimal import Decimal

    from dongdang.tables import Column


# -- the log -------------------------------------------------------------------------------


def _tasks(value: tuple[Task, ...] | list[Task]) -> tuple[Task, ...]:
    return tuple_of(Task, "tasks", value)


def _stated(
    value: tuple[StatedTaskCount, ...] | list[StatedTaskCount],
) -> tuple[StatedTaskCount, ...]:
    return tuple_of(StatedTaskCount, "stated", value)


#: The columns of a task's document in four parts: to_frame writes them, from_frame reads them.
_NUMBER: Final = "reference_number"
_KIND: Final = "reference_kind"
_ISSUER: Final = "reference_issuer"
_SIGNED: Final = "reference_signed"


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
            Column(_NUMBER, "text", required=False),
            Column(_KIND, "text", required=False),
            Column(_ISSUER, "text", required=False),
            Column(_SIGNED, "date", required=False),
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
                    raise InvalidValueError.duplicate(what, key)
                seen.add(key)

    def task(self, code: str) -> Task:
        """The task with this code.

        Raises:
            UnknownCodeError: no task has it.
        """
        return _find("task", self.tasks, code)

    def stated_count(self, key: str) -> StatedTaskCount:
        """The stated count with this key.

        Raises:
            UnknownCodeError: no stated count has it.
        """
        return _find("stated count", self.stated, key, "key")

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
            raise InvalidTypeError.of(
                "as_of", "a date when assigned_in (a Period) is not given", as_of
            )
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
            raise InvalidValueError.of(
                "as_of",
                stated.as_of,
                f"must give the day its counts stand at{said}",
                where=f"stated count {key}",
                hint="dongdang does not guess it",
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
        columns.text(_NUMBER, [None if r is None else r.number for r in references])
        columns.code(_KIND, [None if r is None else r.kind.value for r in references])
        columns.code(_ISSUER, [None if r is None else r.issuer for r in references])
        columns.date(_SIGNED, [None if r is None else r.signed for r in references])
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
        from dongdang.tables import _read_rows, _RowError, _twice  # noqa: PLC0415

        found = getattr(frame, "attrs", None)
        if stated is None and isinstance(found, dict):
            stated = found.get("stated")

        def task(cells: dict[str, Any]) -> Task:
            fields = {key: cells[key] for key in _TASK_FIELDS}
            try:
                return Task(reference=_reference_of(cells), **fields)
            except ValueError as error:  # a DongDangError, or an unknown kind
                raise _RowError(_column_of(error), str(error)) from None

        read = _read_rows(
            frame,
            _table_columns(),
            task,
            key=lambda task: task.code,
            twice=lambda task, first: _RowError("code", _twice(f"the task {task.code!r}", first)),
            mapping=mapping,
            name=name or f"<{type(frame).__name__}>",
        )
        tasks = [task for _, task in read]
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
        return _Reader(name).log(parse_toml(text, name), cls)

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


def _reference_of(cells: Mapping[str, Any]) -> LegalReference | None:
    """The document of a row of a table of tasks: its parts, or a citation."""
    number = cells[_NUMBER]
    if number is not None:
        kind = cells[_KIND]
        return LegalReference(
            number=number,
            kind=LegalKind(kind) if kind is not None else LegalReference.parse(number).kind,
            issuer=cells[_ISSUER],
            signed=cells[_SIGNED],
        )
    citation = cells["reference"]
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
