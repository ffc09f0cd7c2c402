"""The checks of the fields of a task and of a stated count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dongdang._validators import field_code as _field_code
from dongdang._validators import field_date as _date
from dongdang._validators import field_text as _text
from dongdang._validators import optional_field_date as _optional_date
from dongdang._validators import optional_field_text as _optional_text
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
)
from dongdang.periods import Period
from dongdang.tasks._kinds import TaskSource

if TYPE_CHECKING:
    import datetime as dt


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


def _assigned_by(value: str | None) -> str | None:
    return _optional_text(value, "assigned_by")


def _as_written(value: str | None) -> str | None:
    return _optional_text(value, "as_written")


def _sources(
    value: tuple[TaskSource | str, ...] | list[TaskSource | str],
) -> tuple[TaskSource, ...]:
    if isinstance(value, (str, TaskSource)) or not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of("sources", "a list of task sources", value)
    sources = tuple(TaskSource.of(item) for item in value)
    if not sources:
        raise InvalidValueError.of("sources", value, "must name at least one task source")
    if len(set(sources)) != len(sources):
        raise InvalidValueError.of("sources", value, "must not name a task source twice")
    return sources


def _optional_period(value: Period | None) -> Period | None:
    if value is not None and not isinstance(value, Period):
        raise InvalidTypeError.of("period", "a Period or None", value)
    return value


def _count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.of(what, "a whole number of tasks", value)
    if value < 0:
        raise InvalidValueError.negative(what, value)
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
