"""What a question to a ledger may name: its filters and the fields flows are grouped by."""

from __future__ import annotations

import enum
from collections import abc
from typing import TYPE_CHECKING, Any, Final, TypedDict, cast

from dongdang.errors import InvalidTypeError, InvalidValueError, UnknownCodeError
from dongdang.trade.flows import HSCode

if TYPE_CHECKING:
    from collections.abc import Iterable


class _Any(enum.Enum):
    ANY = "any"


#: The default of every filter, which lets any value pass (None is a value, no gate or no HS code).
ANY: Final = _Any.ANY


class Filters(TypedDict, total=False):
    """The filters every question to a ledger takes, as keywords; see :meth:`TradeLedger.filter`."""

    direction: object
    measure: object
    gate: object
    hs: object
    estimated: object


#: The fields flows can be grouped by.
FIELDS: Final = (
    "direction",
    "measure",
    "gate",
    "commodity",
    "hs2",
    "hs4",
    "hs6",
    "hs8",
    "valuation",
    "estimated",
    "period",
    "month",
    "quarter",
    "half",
    "year",
)
_TIME: Final = {"month": 1, "quarter": 3, "half": 6, "year": 12}


_HS_LEVEL: Final = {"hs2": 2, "hs4": 4, "hs6": 6, "hs8": 8}


def _several(value: object, name: str, *, none: bool = False) -> list[Any]:
    if value is None:
        if not none:
            raise InvalidTypeError.of(name, "a value to filter by or several, not None", value)
        return [None]
    if isinstance(value, (str, enum.Enum, HSCode)) or not isinstance(value, abc.Iterable):
        return [value]
    return list(value)


def _fields(by: object) -> tuple[str, ...]:
    fields = (by,) if isinstance(by, str) else tuple(cast("Iterable[str]", by))
    if not fields:
        raise InvalidValueError.needs_one("group by", "field", value=fields)
    for name in fields:
        if name not in FIELDS:
            raise UnknownCodeError("field to group by", name, FIELDS)
    twice = [name for position, name in enumerate(fields) if name in fields[:position]]
    if twice:
        raise InvalidValueError.duplicate("field to group by", twice[0])
    if sum(name in _TIME or name == "period" for name in fields) > 1:
        raise InvalidValueError.of("by", fields, "must hold one time field at most")
    return fields
