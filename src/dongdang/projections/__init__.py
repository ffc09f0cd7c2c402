"""Projections: where a year ends at this pace, the pace a target needs, a growth path.

Three questions analysts ask of a report's figures, each answered by a small
frozen value that names its method, states its assumptions in Vietnamese and
English, keeps its inputs, and, where an input is a printed figure, carries
the interval of results the printed figures allow (:func:`dongdang.intervals.interval_of`):

* :func:`run_rate` and :func:`same_period_share`: the year-end from a
  year-to-date figure (:class:`YearEndProjection`);
* :func:`pace_needed` and :func:`disbursement_pace`: the amount still to do
  by a deadline, per month and per day, and as a multiple of the pace so far
  (:class:`PaceNeeded`);
* :func:`growth_path`: the constant yearly growth from a base year's value to
  a target year's, and the path year by year (:class:`GrowthPath`).

>>> from dongdang.data import seed_figures
>>> from dongdang.projections import run_rate
>>> fees = seed_figures()["fee-2020-9m-total"]
>>> projection = run_rate(fees.figure, fees.period)
>>> print(projection.describe())
Ước thực hiện năm 2020 theo nhịp độ bình quân tháng của 9 tháng đầu năm 2020: trên 344,8 tỷ đồng × 12/9 = 459,7 tỷ đồng; số liệu đã công bố cho phép từ 459,7 tỷ đồng trở lên.

**Months are calendar months**, counted exactly (:func:`calendar_months`):
whole months from the first day, as ``dateutil``'s ``relativedelta``
steps them (31 January plus one month is 29 February), and the days left
over as a fraction of the month they fall in. "9 tháng đầu năm" is exactly
9 months, so a run rate multiplies by 12/9 as the reports do; 1 January to
25 May 2020 is 4 + 25/31 months. Amounts are exact :class:`~fractions.Fraction`
values in the unit of the first input; the :class:`~dongdang.units.Quantity`
properties round them to 34 significant digits.
"""  # noqa: E501 - a doctest output line

from __future__ import annotations

import calendar
import datetime as dt
import enum
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, cast, final

import attrs

from dongdang._decimal import QUOTIENT, round_half_up, tidy, to_decimal
from dongdang._frames import FrameColumns
from dongdang._messages import capital, day, message, qualified, span
from dongdang._validators import field_date as _field_date
from dongdang._validators import language as _check_lang
from dongdang.auditing import Interval, interval_of
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UndefinedRatioError,
    UnitMismatchError,
)
from dongdang.indicators import cagr
from dongdang.investment import CapitalPlan, StatutoryWindow
from dongdang.periods import Period
from dongdang.text import (
    Figure,
    Qualifier,
    format_amount,
    format_number,
    format_percent,
    unit_phrase,
)
from dongdang.units import Quantity, is_quantity, magnitude_in, unit_of, ureg

if TYPE_CHECKING:
    from dongdang.periods import Language

__all__ = [
    "GrowthPath",
    "Method",
    "PaceKind",
    "PaceNeeded",
    "ProjectionInput",
    "YearEndProjection",
    "calendar_months",
    "disbursement_pace",
    "growth_path",
    "pace_needed",
    "run_rate",
    "same_period_share",
]

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


# -- inputs ------------------------------------------------------------------------------


def _decimal(value: Fraction) -> Decimal:
    """A fraction as a Decimal of 34 significant digits."""
    return tidy(QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator)))


def _short(value: Fraction, unit: str) -> str:
    """An amount for a repr: four decimals at most, and the unit's name."""
    return f"{tidy(round_half_up(_decimal(value), 4))} {unit}"


def _quantity(value: Fraction, unit: str) -> Quantity:
    return ureg.Quantity(_decimal(value), unit_of(unit))


@final
@attrs.frozen(kw_only=True, repr=False)
class ProjectionInput:
    """One input of a projection: its name, its amount, and the printed figure it was read from.

    Attributes:
        name: the argument it was given as ("ytd", "done", "target", …).
        value: the amount, in its own unit.
        figure: the printed figure, or None for an exact amount.
    """

    name: str
    value: Quantity
    figure: Figure | None = None

    def __repr__(self) -> str:
        printed = self.value if self.figure is None else repr(self.figure.text)
        return f"<ProjectionInput {self.name}: {printed}>"

    @property
    def interval(self) -> Interval | None:
        """The values the printed figure allows, in its unit; None for an exact amount."""
        return None if self.figure is None else interval_of(self.figure)

    def bounds(self, unit: str) -> tuple[Fraction | None, Fraction | None]:
        """The least and greatest values in ``unit`` (None: unbounded); never below zero."""
        value = Fraction(magnitude_in(self.value, unit))
        interval = self.interval
        if interval is None:
            return value, value
        factor = Fraction(magnitude_in(ureg.Quantity(Decimal(1), self.value.units), unit))
        low = Fraction(0) if interval.low is None else max(interval.low * factor, Fraction(0))
        return low, None if interval.high is None else interval.high * factor

    def text(self, lang: Language, decimals: int) -> str:
        """The input as a report writes it: a figure as printed (in English, with English numbers).

        An exact amount is written with all its digits, or rounded half up to
        ``decimals`` if it has more.
        """
        if self.figure is not None:
            if lang == "vi":
                return self.figure.text[self.figure.span[0] : self.figure.span[1]]
            unit = cast("str", self.figure.unit)
            written = format_amount(self.value, unit, "en", self.figure.decimals)
            return qualified(self.figure.qualifier, written, "en")
        magnitude = tidy(to_decimal(self.value.magnitude, self.name))
        places = max(0, -int(magnitude.as_tuple().exponent))
        unit = str(self.value.units)
        return format_amount(self.value, unit, lang, decimals if places > decimals else None)


def _input(value: object, name: str) -> ProjectionInput:
    """An amount under the number policy, not negative, with the figure it was printed as."""
    figure: Figure | None = None
    if isinstance(value, Figure):
        if value.unit is None or value.unit == "percent":
            raise InvalidValueError(
                f"{name} must be an amount with a unit such as '344,8 tỷ đồng', "
                f"got the figure {value.text!r}"
            )
        figure, quantity = value, value.quantity
    elif is_quantity(value):
        given = cast("Quantity", value)
        magnitude = to_decimal(given.magnitude, name)
        quantity = ureg.Quantity(magnitude, unit_of(str(given.units)))
    else:
        raise InvalidTypeError(
            f"{name} must be an amount (a Quantity such as parse_amount('344,8 tỷ đồng'), "
            f"or a Figure from read_figure), got {value!r}"
        )
    if quantity.magnitude < 0:
        raise InvalidValueError(f"{name} must not be negative, got {quantity}")
    return ProjectionInput(name=name, value=quantity, figure=figure)


def _unit(first: ProjectionInput, *others: ProjectionInput) -> str:
    """The unit of ``first``, after checking that ``others`` are in its dimension."""
    for other in others:
        if other.value.dimensionality != first.value.dimensionality:
            raise UnitMismatchError(
                f"{other.name} ({other.value}) is not in the dimension of "
                f"{first.name} ({first.value}); give amounts of one kind"
            )
    return str(first.value.units)


def _exact(item: ProjectionInput, unit: str) -> Fraction:
    return Fraction(magnitude_in(item.value, unit))


def _date(value: dt.date, name: str) -> dt.date:
    return _field_date(value, name)


def _times(bound: Fraction | None, factor: Fraction) -> Fraction | None:
    return None if bound is None else bound * factor


def _interval(low: Fraction | None, high: Fraction | None) -> Interval:
    return Interval(low=low, high=high)


def _range_words(interval: Interval, unit: str, lang: Language, decimals: int) -> str:
    def written(value: Fraction | None) -> str | None:
        return (
            None if value is None else format_amount(_quantity(value, unit), unit, lang, decimals)
        )

    if interval.low is None and interval.high is None:
        return message("projection.any", lang)
    return span(written(interval.low), written(interval.high), lang)


def _months_words(months: Fraction, lang: Language) -> str:
    decimals = None if months.denominator == 1 else 2
    return format_number(_decimal(months), lang, decimals)


# -- the year-end ------------------------------------------------------------------------


class Method(enum.Enum):
    """How a year-end projection is made.

    ==================  =================================================================
    member              the year-end is
    ==================  =================================================================
    RUN_RATE_MONTHS     year to date × 12 / the calendar months elapsed (what reports do)
    RUN_RATE_DAYS       year to date × the days of the year / the days elapsed
    SAME_PERIOD_SHARE   year to date × last year / the same period of last year
    ==================  =================================================================
    """

    RUN_RATE_MONTHS = "run_rate_months"
    RUN_RATE_DAYS = "run_rate_days"
    SAME_PERIOD_SHARE = "same_period_share"


@final
@attrs.frozen(kw_only=True, repr=False)
class YearEndProjection:
    """The year-end a year-to-date figure points to, by one :class:`Method`.

    Built by :func:`run_rate` and :func:`same_period_share`, which check the inputs.

    Attributes:
        method: how the year-end is projected.
        period: the year-to-date period, from 1 January.
        ytd: the amount of that period.
        last_ytd: the same period of last year (SAME_PERIOD_SHARE only).
        last_year: last year as a whole (SAME_PERIOD_SHARE only).
    """

    method: Method
    period: Period
    ytd: ProjectionInput
    last_ytd: ProjectionInput | None = None
    last_year: ProjectionInput | None = None

    @property
    def year(self) -> Period:
        """The year projected."""
        return Period.year(self.period.start.year)

    @property
    def unit(self) -> str:
        """The unit of the year-to-date amount, the projection's unit."""
        return str(self.ytd.value.units)

    def _seasonal(self) -> tuple[ProjectionInput, ProjectionInput]:
        return cast("ProjectionInput", self.last_ytd), cast("ProjectionInput", self.last_year)

    @property
    def elapsed(self) -> Fraction:
        """The part of the year behind the year-to-date figure.

        Calendar months or days for a run rate, last year's same period for last year's share.

        12/9 for nine months by run rate, 9 months out of 12, is ``elapsed / whole``.
        """
        if self.method is Method.RUN_RATE_MONTHS:
            return calendar_months(self.period)
        if self.method is Method.RUN_RATE_DAYS:
            return Fraction(self.period.days)
        return _exact(self._seasonal()[0], self.unit)

    @property
    def whole(self) -> Fraction:
        """What ``elapsed`` is a part of: 12 months, the days of the year, or last year."""
        if self.method is Method.RUN_RATE_MONTHS:
            return Fraction(_MONTHS_IN_YEAR)
        if self.method is Method.RUN_RATE_DAYS:
            return Fraction(self.year.days)
        return _exact(self._seasonal()[1], self.unit)

    @property
    def factor(self) -> Fraction:
        """What the year-to-date amount is multiplied by, ``whole / elapsed``."""
        return self.whole / self.elapsed

    @property
    def exact(self) -> Fraction:
        """The projected year-end, exactly, in :attr:`unit`."""
        return _exact(self.ytd, self.unit) * self.factor

    @property
    def value(self) -> Quantity:
        """The projected year-end as a quantity (34 significant digits)."""
        return _quantity(self.exact, self.unit)

    @property
    def interval(self) -> Interval | None:
        """The year-ends the printed figures allow; None when every input is exact.

        The year-end grows with the year-to-date amount and last year's total,
        and falls with last year's same period, so its least value takes the
        least of the first two and the greatest of the third.
        """
        inputs = [self.ytd] if self.last_ytd is None else [self.ytd, *self._seasonal()]
        if all(item.figure is None for item in inputs):
            return None
        low, high = self.ytd.bounds(self.unit)
        if self.method is not Method.SAME_PERIOD_SHARE:
            return _interval(_times(low, self.factor), _times(high, self.factor))
        last_ytd, last_year = self._seasonal()
        last_low, last_high = last_ytd.bounds(self.unit)
        year_low, year_high = last_year.bounds(self.unit)
        least = None if low is None or year_low is None or last_high is None else low * year_low
        most = None if high is None or year_high is None else high * year_high
        return _interval(
            None if least is None else least / cast("Fraction", last_high),
            None if most is None or not last_low else most / last_low,
        )

    def method_label(self, lang: Language = "vi") -> str:
        """The method in words: "run rate over 9 months"."""
        _check_lang(lang)
        elapsed = _months_words(self.elapsed, lang)
        if self.method is Method.SAME_PERIOD_SHARE:
            last = self.period.same_period_last_year()
            return message(
                "projection.method.share", lang, period=last.label(lang), year=last.start.year
            )
        return message(
            f"projection.method.{self.method.value}",
            lang,
            count=elapsed,
            period=self.period.label(lang),
        )

    def assumptions(self, lang: Language = "vi") -> tuple[str, ...]:
        """What the projection takes for granted, in ``lang``."""
        _check_lang(lang)
        period, before = self.period.label(lang), self.year.start.year - 1
        if self.method is Method.SAME_PERIOD_SHARE:
            last = self.period.same_period_last_year().label(lang)
            share = message(
                "projection.assume.share", lang, period=period, earlier=last, year=before
            )
            return (capital(share),)  # a sentence that opens with the period
        pace = message(f"projection.assume.{self.method.value}", lang, period=period)
        return (pace, message("projection.assume.no_season", lang))

    def _formula(self, lang: Language, decimals: int) -> str:
        ytd = self.ytd.text(lang, decimals)
        if self.method is Method.SAME_PERIOD_SHARE:
            last_ytd, last_year = self._seasonal()
            return message(
                "projection.formula.share",
                lang,
                ytd=ytd,
                last_year=last_year.text(lang, decimals),
                last_ytd=last_ytd.text(lang, decimals),
            )
        return message(
            "projection.formula.run_rate",
            lang,
            ytd=ytd,
            whole=format_number(_decimal(self.whole), lang),
            elapsed=_months_words(self.elapsed, lang),
        )

    def describe(self, lang: Language = "vi", decimals: int = 1) -> str:
        """The projection as a sentence of a report, in ``lang``.

        >>> from dongdang.projections import run_rate
        >>> ytd = parse_amount("278.718 triệu đồng")
        >>> may = run_rate(ytd, Period.parse("từ ngày 01/01-31/5/2024"))
        >>> print(may.describe("en", decimals=0))
        2024 projected by run rate over 5 months (the first 5 months of 2024): 278,718 million VND × 12/5 = 668,923 million VND.
        """  # noqa: E501 - a doctest output line
        _check_lang(lang)
        unit = unit_phrase(self.unit, lang)
        interval = self.interval
        allowed = (
            ""
            if interval is None
            else message(
                "projection.allowed",
                lang,
                allowed=_range_words(interval, self.unit, lang, decimals),
            )
        )
        return message(
            "projection.year_end",
            lang,
            year=self.year.start.year,
            method=self.method_label(lang),
            formula=self._formula(lang, decimals),
            result=format_amount(self.value, unit, lang, decimals),
            allowed=allowed,
        )

    def __repr__(self) -> str:
        return f"<YearEndProjection {self.method_label('en')}: {_short(self.exact, self.unit)}>"


def _year_to_date(period: object) -> Period:
    if not isinstance(period, Period):
        raise InvalidTypeError.of("period", "a Period", period)
    if (period.start.month, period.start.day) != (1, 1) or period.end.year != period.start.year:
        raise InvalidValueError(
            f"period must run from 1 January within one year (a year to date), got {period}"
        )
    return period


def run_rate(
    ytd: Quantity | Figure, period: Period, *, method: Method = Method.RUN_RATE_MONTHS
) -> YearEndProjection:
    """The year-end if the average pace of the year to date holds: ``ytd × 12 / months``.

    Reports count in months ("9 tháng đầu năm"), so months are the default;
    ``Method.RUN_RATE_DAYS`` counts days instead (a leap year has 366).

    Raises:
        InvalidTypeError: ``ytd`` is not an amount, ``period`` not a Period.
        InvalidValueError: ``ytd`` is negative or a percent; ``period`` does
            not run from 1 January within one year; ``method`` is not a run rate.

    >>> from dongdang.projections import run_rate
    >>> nine = run_rate(parse_amount("344,8 tỷ đồng"), Period.first_months(2020, 9))
    >>> nine.factor, nine.value
    (Fraction(4, 3), <Quantity(459.7333333333333333333333333333333, 'billion_VND')>)
    """
    item = _input(ytd, "ytd")
    year_to_date = _year_to_date(period)
    if method not in (Method.RUN_RATE_MONTHS, Method.RUN_RATE_DAYS):
        raise InvalidValueError(
            f"method must be Method.RUN_RATE_MONTHS or Method.RUN_RATE_DAYS, got {method!r}; "
            "for last year's share use same_period_share"
        )
    return YearEndProjection(method=method, period=year_to_date, ytd=item)


def same_period_share(
    ytd: Quantity | Figure,
    period: Period,
    *,
    last_ytd: Quantity | Figure,
    last_year: Quantity | Figure,
) -> YearEndProjection:
    """The year-end if the year to date is the share of the year it was last year.

    ``ytd × last_year / last_ytd``: seasonality taken from the same period of
    last year ("cùng kỳ").

    Raises:
        InvalidTypeError: an amount or the period of the wrong type.
        InvalidValueError: a negative amount, a period that is not a year to
            date, or a ``last_year`` below ``last_ytd``.
        UnitMismatchError: amounts of different kinds.
        UndefinedRatioError: ``last_ytd`` is zero.

    >>> from dongdang.projections import same_period_share
    >>> share = same_period_share(
    ...     parse_amount("300 tỷ đồng"),
    ...     Period.first_months(2021, 9),
    ...     last_ytd=parse_amount("200 tỷ đồng"),
    ...     last_year=parse_amount("250 tỷ đồng"),
    ... )
    >>> share.value
    <Quantity(375, 'billion_VND')>
    """
    item = _input(ytd, "ytd")
    year_to_date = _year_to_date(period)
    before = _input(last_ytd, "last_ytd")
    whole = _input(last_year, "last_year")
    unit = _unit(item, before, whole)
    if not _exact(before, unit):
        raise UndefinedRatioError(
            f"last_ytd is {before.value}: last year's share needs a same period above zero",
            argument="last_ytd",
        )
    if _exact(whole, unit) < _exact(before, unit):
        raise InvalidValueError(
            f"last_year ({whole.value}) is below last_ytd ({before.value}): "
            "a year holds its first months"
        )
    return YearEndProjection(
        method=Method.SAME_PERIOD_SHARE,
        period=year_to_date,
        ytd=item,
        last_ytd=before,
        last_year=whole,
    )


# -- the pace a target needs ---------------------------------------------------------------


class PaceKind(enum.Enum):
    """What a pace is of: the verb and the target's name in each language."""

    DISBURSEMENT = "disbursement"
    FEE_ESTIMATE = "fee_estimate"
    TRADE_PLAN = "trade_plan"
    TARGET = "target"

    def words(self, lang: Language = "vi") -> tuple[str, str]:
        """The verb and the target: ("giải ngân", "kế hoạch vốn")."""
        _check_lang(lang)
        key = f"projection.pace.{self.value}"
        return message(f"{key}.verb", lang), message(f"{key}.noun", lang)


@final
@attrs.frozen(kw_only=True, repr=False)
class PaceNeeded:
    """The pace that reaches a target by a deadline, beside the pace so far.

    Built by :func:`pace_needed` and :func:`disbursement_pace`, which check the inputs.
    Time so far runs from ``since`` to ``as_of``, both included; time remaining
    from the day after ``as_of`` to ``deadline``, included. Months are
    :func:`calendar_months`. Amounts are exact fractions in :attr:`unit`, so
    ``done + per_month × months_remaining == target`` holds exactly.

    Attributes:
        kind: what is done (disbursed, collected, traded).
        done: the amount done by ``as_of``.
        plan: the plan, estimate or target.
        share: the part of ``plan`` to reach (1 for all of it, 0.95 for 95 %).
        since: the first day counted in the pace so far (1 January).
        as_of: the day ``done`` stands at.
        deadline: the last day to reach the target.
        law: the law that sets the deadline, if any.
        done_qualifier: the qualifier of a disbursed amount that is a bound
            (the plan records "trên 52,6 tỷ đồng" as at least), or None: the
            pace is computed from the recorded amount.
    """

    kind: PaceKind
    done: ProjectionInput
    plan: ProjectionInput
    share: Decimal
    since: dt.date
    as_of: dt.date
    deadline: dt.date
    law: StatutoryWindow | None = None
    done_qualifier: Qualifier | None = None

    @property
    def unit(self) -> str:
        """The unit of ``done``, the unit of every amount here."""
        return str(self.done.value.units)

    @property
    def target(self) -> Fraction:
        """The amount to reach, ``share × plan``."""
        return Fraction(self.share) * _exact(self.plan, self.unit)

    @property
    def remaining(self) -> Fraction:
        """What is left to do, ``target − done`` (zero or less once the target is reached)."""
        return self.target - _exact(self.done, self.unit)

    @property
    def months_elapsed(self) -> Fraction:
        """Calendar months from ``since`` to ``as_of``, both included."""
        return calendar_months(Period(start=self.since, end=self.as_of))

    @property
    def months_remaining(self) -> Fraction:
        """Calendar months from the day after ``as_of`` to ``deadline``."""
        return calendar_months(Period(start=self.as_of + dt.timedelta(days=1), end=self.deadline))

    @property
    def days_elapsed(self) -> int:
        """Days from ``since`` to ``as_of``, both included."""
        return (self.as_of - self.since).days + 1

    @property
    def days_remaining(self) -> int:
        """Days from the day after ``as_of`` to ``deadline``, included."""
        return (self.deadline - self.as_of).days

    @property
    def per_month(self) -> Fraction:
        """The amount needed each month remaining."""
        return self.remaining / self.months_remaining

    @property
    def per_day(self) -> Fraction:
        """The amount needed each day remaining."""
        return self.remaining / self.days_remaining

    @property
    def pace_so_far(self) -> Fraction:
        """The amount done each month so far."""
        return _exact(self.done, self.unit) / self.months_elapsed

    @property
    def multiple(self) -> Fraction | None:
        """The pace needed over the pace so far (months); None if nothing is done yet."""
        pace = self.pace_so_far
        return None if not pace else self.per_month / pace

    def amount(self, value: Fraction) -> Quantity:
        """One of the exact amounts here as a quantity in :attr:`unit` (34 significant digits)."""
        return _quantity(value, self.unit)

    def _target_bounds(self) -> tuple[Fraction | None, Fraction | None]:
        low, high = self.plan.bounds(self.unit)
        share = Fraction(self.share)
        return _times(low, share), _times(high, share)

    @property
    def per_month_interval(self) -> Interval | None:
        """The monthly paces the printed figures allow; None when every input is exact."""
        if self.done.figure is None and self.plan.figure is None:
            return None
        target_low, target_high = self._target_bounds()
        done_low, done_high = self.done.bounds(self.unit)
        months = self.months_remaining
        low = None if target_low is None or done_high is None else target_low - done_high
        high = None if target_high is None else target_high - cast("Fraction", done_low)
        return _interval(_times(low, 1 / months), _times(high, 1 / months))

    @property
    def multiple_interval(self) -> Interval | None:
        """The multiples the printed figures allow; None when every input is exact.

        The multiple is ``(target / done − 1) × months elapsed / months
        remaining``: it grows with the target and falls with what is done.
        """
        if self.done.figure is None and self.plan.figure is None:
            return None
        target_low, target_high = self._target_bounds()
        done_low, done_high = self.done.bounds(self.unit)
        ratio = self.months_elapsed / self.months_remaining
        low = None if target_low is None or done_high is None else target_low / done_high - 1
        high = None if target_high is None or not done_low else target_high / done_low - 1
        return _interval(_times(low, ratio), _times(high, ratio))

    def method_label(self, lang: Language = "vi") -> str:
        """The method in words: "pace needed to reach 100% of the plan by 31 January 2021"."""
        _check_lang(lang)
        return message(
            "projection.pace",
            lang,
            share=format_percent(self.share, lang),
            noun=self.kind.words(lang)[1],
            deadline=day(self.deadline, lang),
        )

    def assumptions(self, lang: Language = "vi") -> tuple[str, ...]:
        """What the pace takes for granted, in ``lang``."""
        _check_lang(lang)
        found = [
            message(
                "projection.pace.remaining",
                lang,
                start=day(self.as_of + dt.timedelta(1), lang),
                deadline=day(self.deadline, lang),
            ),
            message("projection.pace.since", lang, since=day(self.since, lang)),
        ]
        if self.done_qualifier is not None:
            word = message(f"qualifier.{self.done_qualifier.value}", "vi")
            found.append(message("projection.pace.bound", lang, word=word))
        if self.law is not None:
            year = self.deadline.year - 1
            found.append(
                message(
                    "projection.pace.law",
                    lang,
                    year=year,
                    deadline=day(dt.date(year + 1, 1, 31), lang),
                    law=self.law.cite(lang),
                )
            )
        return tuple(found)

    def describe(self, lang: Language = "vi", decimals: int = 1) -> str:
        """The pace as a sentence of a report, in ``lang``.

        >>> from dongdang.projections import PaceKind, pace_needed
        >>> pace = pace_needed(
        ...     parse_amount("150 tỷ đồng"),
        ...     parse_amount("400 tỷ đồng"),
        ...     as_of=dt.date(2024, 5, 31),
        ...     kind=PaceKind.FEE_ESTIMATE,
        ... )
        >>> print(pace.describe())
        Đến ngày 31/05/2024 đã thu 150 tỷ đồng; để đạt 100% dự toán thu (400 tỷ đồng) đến ngày 31/12/2024, còn phải thu 250,0 tỷ đồng trong 214 ngày (7 tháng): bình quân 35,7 tỷ đồng mỗi tháng, 1,2 tỷ đồng mỗi ngày, bằng 1,19 lần nhịp độ bình quân từ ngày 01/01/2024 (30,0 tỷ đồng mỗi tháng).
        """  # noqa: E501 - a doctest output line
        _check_lang(lang)
        verb, noun = self.kind.words(lang)
        unit = unit_phrase(self.unit, lang)

        def money(value: Fraction) -> str:
            return format_amount(self.amount(value), unit, lang, decimals)

        words = {
            "as_of": day(self.as_of, lang),
            "verb": verb,
            "done": self.done.text(lang, decimals),
            "share": format_percent(self.share, lang),
            "noun": noun,
            "plan": self.plan.text(lang, decimals),
        }
        if self.remaining <= 0:
            return message("projection.pace.reached", lang, **words)
        multiple = self.multiple
        times = (
            ""
            if multiple is None
            else message(
                "projection.pace.times",
                lang,
                multiple=format_number(_decimal(multiple), lang, 2),
                since=day(self.since, lang),
                pace=money(self.pace_so_far),
            )
        )
        return message(
            "projection.pace.needed",
            lang,
            **words,
            deadline=day(self.deadline, lang),
            remaining=money(self.remaining),
            days=self.days_remaining,
            months=_months_words(self.months_remaining, lang),
            per_month=money(self.per_month),
            per_day=money(self.per_day),
            times=times,
        )

    def __repr__(self) -> str:
        per_month = _short(self.per_month, self.unit)
        return f"<PaceNeeded {per_month} a month to {self.deadline.isoformat()}>"


def _share(value: object) -> Decimal:
    share = to_decimal(value, "share")
    if share <= 0:
        raise InvalidValueError(f"share must be above zero (1 for the whole target), got {value!r}")
    return share


def pace_needed(
    done: Quantity | Figure,
    target: Quantity | Figure,
    *,
    as_of: dt.date,
    deadline: dt.date | None = None,
    since: dt.date | None = None,
    share: Decimal | float = 1,
    kind: PaceKind = PaceKind.TARGET,
) -> PaceNeeded:
    """The pace that takes ``done`` (by ``as_of``) to ``share × target`` by ``deadline``.

    For a fee estimate or a trade plan the deadline is the end of ``as_of``'s
    year (the default), and the pace so far counts from 1 January of that
    year (``since``). For a capital plan see :func:`disbursement_pace`.

    Raises:
        InvalidTypeError: an amount or a date of the wrong type.
        InvalidValueError: a negative amount; ``share`` not above zero;
            ``since`` after ``as_of``, or ``deadline`` not after it.
        UnitMismatchError: ``done`` and ``target`` of different kinds.

    >>> from dongdang.projections import pace_needed
    >>> pace = pace_needed(
    ...     parse_amount("42.119 triệu đồng"),
    ...     parse_amount("102.681 triệu đồng"),
    ...     as_of=dt.date(2020, 5, 25),
    ...     deadline=dt.date(2021, 1, 31),
    ...     share=Decimal("0.95"),
    ... )
    >>> pace.remaining, pace.months_remaining
    (Fraction(1108559, 20), Fraction(254, 31))
    """
    done_input = _input(done, "done")
    target_input = _input(target, "target")
    _unit(done_input, target_input)
    day = _date(as_of, "as_of")
    start = dt.date(day.year, 1, 1) if since is None else _date(since, "since")
    end = dt.date(day.year, 12, 31) if deadline is None else _date(deadline, "deadline")
    if start > day:
        raise InvalidValueError(
            f"since ({start.isoformat()}) is after as_of ({day.isoformat()}): "
            "the pace so far needs at least one day"
        )
    if end <= day:
        raise InvalidValueError(
            f"deadline ({end.isoformat()}) is not after as_of ({day.isoformat()}): "
            "no time remains to reach the target"
        )
    if not isinstance(kind, PaceKind):
        raise InvalidTypeError.of("kind", "a PaceKind", kind)
    return PaceNeeded(
        kind=kind,
        done=done_input,
        plan=target_input,
        share=_share(share),
        since=start,
        as_of=day,
        deadline=end,
    )


def disbursement_pace(
    plan: CapitalPlan,
    as_of: dt.date,
    *,
    share: Decimal | float = 1,
    deadline: dt.date | None = None,
) -> PaceNeeded:
    """The disbursement pace that reaches ``share`` of ``plan`` by its deadline.

    The deadline is the plan's: 31 January of the next year under the Law on
    Public Investment (:func:`~dongdang.investment.statutory_window`), or the
    plan's extension (``disbursement_deadline``), or the end of the year for
    a plan before 2020 (the 2014 law's window is not modelled); give
    ``deadline`` for another. The plan and the amount disbursed are those in force and
    recorded on ``as_of``, taken as exact amounts; the pace so far counts
    from 1 January of the plan's year.

    Raises:
        InvalidTypeError: ``plan`` is not a CapitalPlan, or a date of the wrong type.
        InvalidValueError: ``share`` not above zero, or ``as_of`` not before the deadline.
        NotInForceError: no plan version is in force on ``as_of``.
        UndefinedRatioError: the plan in force on ``as_of`` is zero.

    >>> from dongdang.data import seed_capital_plan
    >>> from dongdang.projections import disbursement_pace
    >>> pace = disbursement_pace(seed_capital_plan(), dt.date(2020, 5, 25))
    >>> pace.deadline, pace.amount(pace.per_month)
    (datetime.date(2021, 1, 31), <Quantity(7391.42519685039370078740157480315, 'million_VND')>)
    """
    if not isinstance(plan, CapitalPlan):
        raise InvalidTypeError.of("plan", "a CapitalPlan", plan)
    day = _date(as_of, "as_of")
    end = plan.window.end if deadline is None else _date(deadline, "deadline")
    ratio = plan.ratio(day)
    pace = pace_needed(
        ratio.disbursed,
        ratio.plan_total,
        as_of=day,
        deadline=end,
        since=plan.window.start,
        share=share,
        kind=PaceKind.DISBURSEMENT,
    )
    law = plan.statutory if deadline is None and plan.disbursement_deadline is None else None
    return attrs.evolve(
        pace,
        done=attrs.evolve(pace.done, name="disbursed"),
        plan=attrs.evolve(pace.plan, name="plan"),
        law=law,
        done_qualifier=ratio.disbursed_qualifier,
    )


# -- a growth path -------------------------------------------------------------------------


def _cagr(first: Fraction, last: Fraction, years: int) -> Decimal:
    return cagr(_decimal(first), _decimal(last), years)


@final
@attrs.frozen(kw_only=True, repr=False)
class GrowthPath:
    """The constant yearly growth from a base year's value to a target year's, and its path.

    Built by :func:`growth_path`, which checks the inputs.

    Attributes:
        base: the value of ``base_year``.
        target: the value to reach in ``target_year``.
        base_year: the year of ``base``.
        target_year: the year of ``target``, after ``base_year``.
    """

    base: ProjectionInput
    target: ProjectionInput
    base_year: int
    target_year: int

    @property
    def unit(self) -> str:
        """The unit of ``base``, the unit of the path."""
        return str(self.base.value.units)

    @property
    def years(self) -> int:
        """How many years of growth, ``target_year − base_year``."""
        return self.target_year - self.base_year

    @property
    def rate(self) -> Decimal:
        """The compound annual growth rate (:func:`~dongdang.indicators.cagr`), 34 digits."""
        return _cagr(_exact(self.base, self.unit), _exact(self.target, self.unit), self.years)

    @property
    def rate_interval(self) -> Interval | None:
        """The rates the printed figures allow; None when both inputs are exact.

        The rate grows with the target and falls with the base.
        """
        if self.base.figure is None and self.target.figure is None:
            return None
        base_low, base_high = self.base.bounds(self.unit)
        target_low, target_high = self.target.bounds(self.unit)
        years = self.years
        low = None if base_high is None else _cagr(base_high, cast("Fraction", target_low), years)
        high = (
            None
            if target_high is None or not base_low
            else _cagr(base_low, target_high, self.years)
        )
        return _interval(
            None if low is None else Fraction(low), None if high is None else Fraction(high)
        )

    def path(self) -> tuple[tuple[int, Quantity], ...]:
        """Each year from ``base_year`` to ``target_year`` with its value on the path.

        The first is ``base`` and the last ``target``, exactly; the years
        between are ``base × (1 + rate) ** k`` to 34 significant digits.
        """
        unit = unit_of(self.unit)
        base = magnitude_in(self.base.value, unit)
        factor = QUOTIENT.add(1, self.rate)
        middle = tuple(
            (self.base_year + k, ureg.Quantity(tidy(QUOTIENT.multiply(base, factor**k)), unit))
            for k in range(1, self.years)
        )
        last = ureg.Quantity(magnitude_in(self.target.value, unit), unit)
        return ((self.base_year, ureg.Quantity(base, unit)), *middle, (self.target_year, last))

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The path as a pandas DataFrame, a row per year (needs ``dongdang[pandas]``).

        Columns: ``start`` and ``end`` of each year (datetime64), and
        ``value_<unit>`` (``value_million_usd``): float64, or Decimal with
        ``exact=True``.

        >>> from dongdang.units import amount
        >>> path = growth_path(amount(100, "million_USD"), amount(121, "million_USD"), 2020, 2022)
        >>> path.to_frame()
               start        end  value_million_usd
        0 2020-01-01 2020-12-31              100.0
        1 2021-01-01 2021-12-31              110.0
        2 2022-01-01 2022-12-31              121.0
        """
        steps = self.path()
        columns = FrameColumns(exact=exact)
        columns.period([Period.year(year) for year, _ in steps])
        columns.number("value", [value.magnitude for _, value in steps], self.unit)
        return columns.frame()

    def method_label(self, lang: Language = "vi") -> str:
        """The method in words: "constant yearly growth (CAGR), 2020 to 2025"."""
        _check_lang(lang)
        return message("projection.growth", lang, first=self.base_year, last=self.target_year)

    def assumptions(self, lang: Language = "vi") -> tuple[str, ...]:
        """What the path takes for granted, in ``lang``."""
        _check_lang(lang)
        return (
            message("projection.assume.growth", lang, first=self.base_year, last=self.target_year),
        )

    def describe(self, lang: Language = "vi", decimals: int = 1) -> str:
        """The path as a sentence of a report, in ``lang``.

        >>> from dongdang.projections import growth_path
        >>> path = growth_path(parse_amount("100 tỷ đồng"), parse_amount("121 tỷ đồng"), 2020, 2022)
        >>> print(path.describe("en"))
        From 100 billion VND in 2020 to 121 billion VND in 2022 needs 10.0% a year on average: 2021: 110.0 billion VND; 2022: 121.0 billion VND.
        """  # noqa: E501 - a doctest output line
        _check_lang(lang)
        unit = unit_phrase(self.unit, lang)
        steps = "; ".join(
            message(
                "projection.growth.step",
                lang,
                year=year,
                amount=format_amount(value, unit, lang, decimals),
            )
            for year, value in self.path()[1:]
        )
        return message(
            "projection.growth.path",
            lang,
            origin=self.base.text(lang, decimals),
            first=self.base_year,
            goal=self.target.text(lang, decimals),
            last=self.target_year,
            rate=format_percent(self.rate, lang, decimals),
            steps=steps,
        )

    def __repr__(self) -> str:
        return (
            f"<GrowthPath {self.base_year}→{self.target_year}: "
            f"{format_percent(self.rate, 'en', 2)} a year>"
        )


def growth_path(
    base: Quantity | Figure, target: Quantity | Figure, base_year: int, target_year: int
) -> GrowthPath:
    """The constant yearly growth from ``base`` in ``base_year`` to ``target`` in ``target_year``.

    Raises:
        InvalidTypeError: an amount of the wrong type, or a year that is not an int.
        InvalidValueError: a negative amount, or ``target_year`` not after ``base_year``.
        UnitMismatchError: ``base`` and ``target`` of different kinds.
        UndefinedRatioError: ``base`` is zero.

    >>> from dongdang.projections import growth_path
    >>> path = growth_path(
    ...     read_figure("2.810 triệu USD"), read_figure("4.270 triệu USD"), 2020, 2021
    ... )
    >>> format_percent(path.rate, decimals=1), str(path.rate_interval)
    ('52,0%', '[0.52, 0.52]')
    """
    base_input = _input(base, "base")
    target_input = _input(target, "target")
    unit = _unit(base_input, target_input)
    for name, year in (("base_year", base_year), ("target_year", target_year)):
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidTypeError.of(name, "an int", year)
    if target_year <= base_year:
        raise InvalidValueError(
            f"target_year ({target_year}) must come after base_year ({base_year})"
        )
    if not _exact(base_input, unit):
        raise UndefinedRatioError(
            f"base is {base_input.value}: a growth path needs a base above zero", argument="base"
        )
    return GrowthPath(
        base=base_input, target=target_input, base_year=base_year, target_year=target_year
    )
