"""The checks and converters of a project's fields."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dongdang._validators import field_code as _field_code
from dongdang._validators import field_text as _text
from dongdang._validators import optional_field_date as _optional_date
from dongdang._validators import optional_field_text as _optional_text
from dongdang.exchange import currency_or_none
from dongdang.projects._vocabulary import CapitalSource, MilestoneKind, ProjectStatus

if TYPE_CHECKING:
    import datetime as dt

    from dongdang._vocabulary import Vocabulary
    from dongdang.units import Quantity


def _code(value: str, what: str = "code") -> str:
    return _field_code(value, what, "kcn-dong-banh")


def _zone(value: str | None) -> str | None:
    return None if value is None else _code(value, "zone")


def _name(value: str) -> str:
    return _text(value, "name")


# Named converters: mypy's attrs plugin reads only named functions.
def _planned(value: dt.date | None) -> dt.date | None:
    return _optional_date(value, "planned")


def _actual(value: dt.date | None) -> dt.date | None:
    return _optional_date(value, "actual")


def _phase(value: str | None) -> str | None:
    return _optional_text(value, "phase")


def _label(value: str | None) -> str | None:
    return _optional_text(value, "name")


def _investor(value: str | None) -> str | None:
    return _optional_text(value, "investor")


def _location(value: str | None) -> str | None:
    return _optional_text(value, "location")


def _source_or_none(value: CapitalSource | str | None) -> CapitalSource | None:
    return None if value is None else CapitalSource.of(value)


def _status_or_none(value: ProjectStatus | str | None) -> ProjectStatus | None:
    return None if value is None else ProjectStatus.of(value)


def _is_money(quantity: Quantity) -> bool:
    return currency_or_none(quantity) is not None


def _code_or_none(value: Vocabulary | None) -> str | None:
    return None if value is None else value.code


def _kind(value: MilestoneKind | str) -> MilestoneKind:
    return MilestoneKind.of(value)
