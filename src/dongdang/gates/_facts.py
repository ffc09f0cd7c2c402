"""Small validators of the gates, and the provenance every fact of a pair or route carries."""

# ruff: noqa: TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt

from dongdang._validators import date as _date
from dongdang._validators import field_date as _field_date
from dongdang._validators import named_pairs as _named_pairs
from dongdang._validators import tuple_of as _tuple_of
from dongdang.errors import (
    InvalidTypeError,
    UnknownCodeError,
)
from dongdang.periods import Period
from dongdang.provenance import Citation, Provenance

# -- small validators ----------------------------------------------------------------


def _when(value: Period | dt.date) -> Period:
    if isinstance(value, Period):
        return value
    day = _date(value)
    return Period(start=day, end=day)


def _citations(value: tuple[Citation, ...] | list[Citation]) -> tuple[Citation, ...]:
    return _tuple_of(Citation, "sources", value)


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidTypeError.of("strict", "a bool", value)
    return value


def _path_value(owner: object, path: str) -> object:
    value = owner
    for part in path.split("."):
        value = getattr(value, part)
    return value


def _day(value: object, name: str) -> dt.date:
    return _field_date(value, name)


# -- sources and provenance -----------------------------------------------------------


def _provenance(
    value: dict[str, Provenance]
    | tuple[tuple[str, Provenance], ...]
    | list[tuple[str, Provenance]],
) -> tuple[tuple[str, Provenance], ...]:
    return _named_pairs(Provenance, value, "fact paths")


def _source_of(owner: str, provenance: tuple[tuple[str, Provenance], ...], path: str) -> Provenance:
    for name, source in provenance:
        if name == path:
            return source
    raise UnknownCodeError("fact", path, [name for name, _ in provenance], where=owner)
