"""The checks and converters of the capital records' fields."""

# ruff: noqa: TC002, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final, TypeVar, cast

import attrs

from dongdang._validators import dong_amount as _dong_amount
from dongdang._validators import field_date as _field_date
from dongdang._validators import field_text as _text
from dongdang._validators import optional_field_text as _optional_text
from dongdang._validators import with_article
from dongdang.errors import InvalidTypeError, InvalidValueError, UnitMismatchError
from dongdang.legal import LegalReference
from dongdang.units import Quantity, unit_of, ureg

if TYPE_CHECKING:
    from collections.abc import Iterable


_Item = TypeVar("_Item")

_VND_DIMENSION: Final = ureg.Unit("VND").dimensionality
_CODE: Final = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_LAST_YEAR: Final = 9999


def _date(value: dt.date, name: str) -> dt.date:
    # A datetime is a date too; a capital record is dated by the day.
    return _field_date(value, name)


def _record_date(value: dt.date) -> dt.date:
    return _date(value, "date")


def _optional_date(value: dt.date | None) -> dt.date | None:
    return None if value is None else _date(value, "disbursement_deadline")


def _amount(value: Quantity) -> Quantity:
    return _dong_amount(value, "amount")


def _id(value: str) -> str:
    return _text(value, "id")


def _optional_id(value: str | None) -> str | None:
    return _optional_text(value, "id")


def _name(value: str) -> str:
    return _text(value, "name")


def _code(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError.of("code", "a str", value)
    if _CODE.fullmatch(value) is None:
        raise InvalidValueError.not_a_code(
            "code", value, "bql-kktck-dong-dang-lang-son", joined="'-' or '_'"
        )
    return value


def _flag(_instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidTypeError.of(attribute.name, "True or False", value)


def _legal(value: LegalReference | str | None) -> LegalReference | None:
    if value is None or isinstance(value, LegalReference):
        return value
    if isinstance(value, str):
        return LegalReference.parse(value)
    raise InvalidTypeError.of(
        "legal",
        "a LegalReference, a citation such as 'Quyết định số 1055/QĐ-TTg', or None",
        value,
    )


def _year(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.of(name, "an int", value)
    if not 1 <= value <= _LAST_YEAR:
        raise InvalidValueError.out_of_range(name, value, 1, _LAST_YEAR)
    return value


def _plan_year(value: int) -> int:
    return _year(value, "year")


def _from_year(value: int | None) -> int | None:
    return None if value is None else _year(value, "from_year")


def _sequence(kind: type[_Item], name: str, value: object) -> tuple[_Item, ...]:
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        raise InvalidTypeError.of(name, f"a sequence of {kind.__name__}", value)
    items = tuple(cast("Iterable[object]", value))
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise InvalidTypeError.of(f"{name}[{index}]", with_article(kind), item)
    return cast("tuple[_Item, ...]", items)


def _notes(value: Iterable[str]) -> tuple[str, ...]:
    return _sequence(str, "notes", value)


def _reporting_unit(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError.of("unit", "the name of a unit of đồng", value)
    if unit_of(value).dimensionality != _VND_DIMENSION:
        raise UnitMismatchError.of("unit", value, "a unit of đồng such as 'million_VND'")
    return value
