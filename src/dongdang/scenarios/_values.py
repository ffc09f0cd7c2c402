"""Shared values of the scenarios: amounts of a table, the start of a change, exact decimals."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, TypeAlias

from dongdang._decimal import QUOTIENT
from dongdang._validators import field_date

if TYPE_CHECKING:
    import datetime as dt

#: An amount in a table: whole đồng (int), or an exact fraction of the table's unit.
Amount: TypeAlias = int | Fraction


def _start(value: dt.date) -> dt.date:
    return field_date(value, "start")


def _decimal(value: Fraction) -> Decimal:
    return QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator))
