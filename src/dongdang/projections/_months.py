"""Calendar months: how many months of a year a period covers."""

from __future__ import annotations

import calendar
import datetime as dt
from fractions import Fraction
from typing import Final

from dongdang.errors import (
    InvalidTypeError,
)
from dongdang.periods import Period

_MONTHS_IN_YEAR: Final = 12
#: Days in 400 Gregorian years: moves a date past 9999 back into range.
_DAYS_IN_400_YEARS: Final = 146097

# -- months ------------------------------------------------------------------------------


#: Days of each month of a common year.
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]  # noqa: PLR2004


def _anchor(start: dt.date, months: int) -> tuple[int, int, int]:
    """``start`` plus ``months`` months, as relativedelta steps: the day is clamped to the month."""
    year, month = divmod(start.month - 1 + months, _MONTHS_IN_YEAR)
    year, month = start.year + year, month + 1
    return year, month, min(start.day, _month_days(year, month))


def _ordinal(day: tuple[int, int, int]) -> int:
    """The proleptic ordinal of a (year, month, day), also past 31/12/9999."""
    year, month, number = day
    if year > dt.MAXYEAR:
        return dt.date(year - 400, month, number).toordinal() + _DAYS_IN_400_YEARS
    return dt.date(year, month, number).toordinal()


def _day_after(day: dt.date) -> tuple[int, int, int]:
    if day.day < _month_days(day.year, day.month):
        return day.year, day.month, day.day + 1
    if day.month < _MONTHS_IN_YEAR:
        return day.year, day.month + 1, 1
    return day.year + 1, 1, 1


def calendar_months(period: Period) -> Fraction:
    """How many calendar months ``period`` lasts, exactly.

    The whole months are counted from the first day as
    ``dateutil``'s ``relativedelta`` steps them, the day of the
    month clamped to the month's length (31/1 + 1 month = 29/2/2020); the
    days left over count as a fraction of the month they fall in, the days
    from the last whole-month step to the next.

    >>> from dongdang.projections import calendar_months
    >>> calendar_months(Period.first_months(2020, 9))
    Fraction(9, 1)
    >>> calendar_months(Period.between(dt.date(2020, 1, 1), dt.date(2020, 5, 25)))
    Fraction(149, 31)
    >>> calendar_months(Period.between(dt.date(2020, 5, 26), dt.date(2021, 1, 31)))
    Fraction(254, 31)

    Counts of consecutive periods need not add up: a leftover day is a 31st
    of one month and a 30th of another.
    """
    if not isinstance(period, Period):
        raise InvalidTypeError.of("period", "a Period", period)
    start = period.start
    end = _day_after(period.end)
    whole = (end[0] - start.year) * _MONTHS_IN_YEAR + end[1] - start.month
    if _anchor(start, whole) > end:
        whole -= 1
    anchor = _ordinal(_anchor(start, whole))
    leftover = _ordinal(end) - anchor
    if not leftover:
        return Fraction(whole)
    return whole + Fraction(leftover, _ordinal(_anchor(start, whole + 1)) - anchor)
