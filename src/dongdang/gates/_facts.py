"""Small validators of the gates, and the provenance every fact of a pair or route carries."""

# ruff: noqa: TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING

from dongdang._validators import date as _date
from dongdang._validators import field_date as _field_date
from dongdang._validators import named_pairs as _named_pairs
from dongdang._validators import tuple_of as _tuple_of
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UnknownCodeError,
)
from dongdang.periods import Period
from dongdang.provenance import Citation, Provenance

if TYPE_CHECKING:
    from collections.abc import Mapping


# -- small validators ----------------------------------------------------------------


def _when(value: Period | dt.date) -> Period:
    if isinstance(value, Period):
        return value
    day = _date(value)
    return Period(start=day, end=day)


def _citations(value: tuple[Citation, ...] | list[Citation]) -> tuple[Citation, ...]:
    return _tuple_of(Citation, "sources", value)


def _key(text: str) -> str:
    """A name as compared: NFC, case-folded, single spaces, no spaces around a dash."""
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return re.sub(r"\s*[-–—]\s*", "-", folded)


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


def _check_facts(
    owner: str, provenance: tuple[tuple[str, Provenance], ...], values: Mapping[str, object]
) -> None:
    given = dict(provenance)
    if len(given) != len(provenance):
        raise InvalidValueError(f"{owner}: a fact has two provenances")
    extra = sorted(set(given) - set(values))
    if extra:
        raise InvalidValueError(
            f"{owner}: provenance for unknown facts {extra}; facts: {[*values]}"
        )
    for path, value in values.items():
        source = given.get(path)
        known = value is not None and value != ()
        if known and (source is None or not source.sources):
            raise InvalidValueError(f"{owner}: {path} = {value!r} has no source", value=value)
        if known and source is not None and source.caveat is not None:
            raise InvalidValueError(
                f"{owner}: {path} = {value!r} is marked {source.caveat.value}; "
                "a caveated fact stays unknown (None)",
                value=value,
            )
        if not known and (source is None or source.caveat is None):
            raise InvalidValueError(f"{owner}: {path} is unknown but no caveat says why")


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
