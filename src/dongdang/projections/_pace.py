"""The pace a target needs, and the disbursement pace of a capital plan."""

# ruff: noqa: TC001, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, cast, final

import attrs

from dongdang._decimal import to_decimal
from dongdang._messages import day, message
from dongdang._validators import language as _check_lang
from dongdang.auditing import Interval
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
)
from dongdang.investment import CapitalPlan, StatutoryWindow
from dongdang.periods import Period
from dongdang.projections._inputs import (
    ProjectionInput,
    _date,
    _decimal,
    _exact,
    _input,
    _interval,
    _months_words,
    _quantity,
    _short,
    _times,
    _unit,
)
from dongdang.projections._months import calendar_months
from dongdang.text import (
    Figure,
    Qualifier,
    format_amount,
    format_number,
    format_percent,
    unit_phrase,
)
from dongdang.units import Quantity

if TYPE_CHECKING:
    from dongdang.periods import Language


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
        raise InvalidValueError.of("share", value, "must be above zero (1 for the whole target)")
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
        raise InvalidValueError.later_than(
            "since", start, "as_of", day, hint="the pace so far needs at least one day"
        )
    if end <= day:
        raise InvalidValueError.not_after(
            "deadline", end, "as_of", day, hint="no time remains to reach the target"
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
