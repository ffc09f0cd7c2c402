"""Where a year ends at this pace: the run rate and the same-period share."""

# ruff: noqa: TC001 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import enum
from fractions import Fraction
from typing import TYPE_CHECKING, cast, final

import attrs

from dongdang._messages import capital, message
from dongdang._validators import language as _check_lang
from dongdang.auditing import Interval
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UndefinedRatioError,
)
from dongdang.periods import Period
from dongdang.projections._inputs import (
    ProjectionInput,
    _decimal,
    _exact,
    _input,
    _interval,
    _months_words,
    _quantity,
    _range_words,
    _short,
    _times,
    _unit,
)
from dongdang.projections._months import _MONTHS_IN_YEAR, calendar_months
from dongdang.text import (
    Figure,
    format_amount,
    format_number,
    unit_phrase,
)
from dongdang.units import Quantity

if TYPE_CHECKING:
    from dongdang.periods import Language


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
        raise InvalidValueError.of(
            "period", period, "must run from 1 January within one year (a year to date)"
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
        raise InvalidValueError.of(
            "method",
            method,
            "must be Method.RUN_RATE_MONTHS or Method.RUN_RATE_DAYS",
            accepted=(Method.RUN_RATE_MONTHS, Method.RUN_RATE_DAYS),
            hint="for last year's share use same_period_share",
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
        raise UndefinedRatioError.for_base(
            "last_ytd", before.value, "last year's share needs a same period above zero"
        )
    if _exact(whole, unit) < _exact(before, unit):
        raise InvalidValueError.of(
            "last_year",
            whole.value,
            f"must not be below last_ytd ({before.value})",
            bound=before.value,
            bound_name="last_ytd",
            hint="a year holds its first months",
        )
    return YearEndProjection(
        method=Method.SAME_PERIOD_SHARE,
        period=year_to_date,
        ytd=item,
        last_ytd=before,
        last_year=whole,
    )
