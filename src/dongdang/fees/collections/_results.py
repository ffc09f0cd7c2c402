"""What a collection answers: totals, growths, breakdowns, attainments, fees per trip, findings."""

# ruff: noqa: TC001, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING, cast, final

import attrs

from dongdang._decimal import EXACT, ONE, tidy
from dongdang._messages import change, message
from dongdang.fees.collections._bounds import _consistent, _prints_as
from dongdang.fees.collections._lines import Basis, FeeLine
from dongdang.fees.collections._record import FeeRecord, _sources, _where
from dongdang.fees.collections._words import (
    _against,
    _amount_text,
    _change,
    _describe_bounds,
    _describe_point,
    _plain,
)
from dongdang.periods import Period
from dongdang.provenance import Source
from dongdang.text import Figure, Qualifier
from dongdang.units import (
    Quantity,
    sum_amounts,
)

if TYPE_CHECKING:
    from dongdang.periods import Language


# -- results ---------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class FeeTotal:
    """The amount collected on a line in a period, and what it is made of.

    Attributes:
        period: the period.
        line: the line, or :attr:`FeeLine.TOTAL`.
        gate: the gate, or None for all gates.
        amount: the amount, exact.
        qualifier: the qualifier the amount carries from its records, or None.
        trips: the vehicle trips, where every record summed has them.
        estimate: the budget estimate, where every record summed has one.
        basis: :attr:`Basis.RECORDED` for a record, :attr:`Basis.LINES` for the sum of the lines.
        records: the records summed.
    """

    period: Period
    line: FeeLine
    gate: str | None
    amount: Quantity
    qualifier: Qualifier | None
    trips: int | None
    estimate: Quantity | None
    basis: Basis
    records: tuple[FeeRecord, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        """The documents the records were read from."""
        return _sources(self.records)


@final
@attrs.frozen(kw_only=True)
class FeeGrowth:
    """The growth of a line on the same period last year: "tăng X% so với cùng kỳ".

    Attributes:
        period: the period.
        previous_period: the same period last year, which it is compared with.
        line: the line, or :attr:`FeeLine.TOTAL`.
        gate: the gate, or None for all gates.
        current: the amount in ``period``.
        current_qualifier: the qualifier of ``current``, or None.
        previous: the amount in ``previous_period``: on record, or implied.
            An implied amount that is a bound ("trên", "gần") is the bound
            the printed figures guarantee, their rounding included
            (:func:`~dongdang.intervals.implied_previous_interval`): "trên
            344,8 tỷ đồng, giảm 21,5%" implies "trên 438,9 tỷ đồng", not
            the 439,2 the printed numbers give.
        previous_qualifier: the qualifier of ``previous``, or None.
        rate: the growth as a fraction (``0.144`` for 14,4%).
        qualifier: the qualifier of ``rate``, or None.
        basis: where ``previous`` comes from (:class:`Basis`).
        stated: the growth the report prints for this record, or None.
        parts: for :attr:`Basis.LINES`, the growth of each line.
        records: the records used, this year's and last year's.
    """

    period: Period
    previous_period: Period
    line: FeeLine
    gate: str | None
    current: Quantity
    current_qualifier: Qualifier | None
    previous: Quantity
    previous_qualifier: Qualifier | None
    rate: Decimal
    qualifier: Qualifier | None
    basis: Basis
    stated: Figure | None
    parts: tuple[FeeGrowth, ...] = ()
    records: tuple[FeeRecord, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        """The documents the records were read from."""
        return _sources(self.records)

    def matches_stated(self) -> bool | None:
        """Whether ``rate`` prints as the stated growth at its printed precision.

        None when the report states no growth for this record.
        """
        return _prints_as(self.rate, self.stated)

    def phrase(
        self,
        unit: str | None = None,
        lang: Language = "vi",
        decimals: int | None = None,
        *,
        compared: bool = True,
    ) -> str:
        """The amount and its growth in the words of a report.

        ``unit`` defaults to the amount's own; ``decimals`` to the stated growth's
        printed decimals, or 1. ``compared=False`` leaves out "so với cùng kỳ …".

        >>> from dongdang.data import seed_fee_collections
        >>> growth = seed_fee_collections().growth(Period.first_months(2020, 9))
        >>> growth.phrase()
        'trên 344,8 tỷ đồng, giảm 21,5% so với cùng kỳ năm 2019'
        >>> growth.phrase("million_VND", lang="en", compared=False)
        'over 344,800 million VND, down 21.5%'
        """
        places = (
            (self.stated.decimals if self.stated is not None else 1)
            if decimals is None
            else decimals
        )
        amount_text = _amount_text(self.current, self.current_qualifier, unit, lang)
        change = _change(self.rate, self.qualifier, places, lang)
        if not compared:
            return f"{amount_text}, {change}"
        return f"{amount_text}, {change} {_against(self.previous_period, lang)}"


@final
@attrs.frozen(kw_only=True)
class LineContribution:
    """One line's part in the growth of the total.

    Attributes:
        line: the line.
        growth: the line's own growth.
        share: its share of the total now.
        previous_share: its share of the total in the same period last year.
        contribution: the points of the total's growth it accounts for, as a
            fraction: ``(now - before) / total before``. The contributions of the
            lines add up to the total's growth.
    """

    line: FeeLine
    growth: FeeGrowth
    share: Decimal
    previous_share: Decimal
    contribution: Decimal


@final
@attrs.frozen(kw_only=True)
class GrowthBreakdown:
    """The growth of the total built up from its lines.

    Attributes:
        period: the period.
        gate: the gate, or None for all gates.
        total: the total's growth from its lines (:attr:`Basis.LINES`).
        lines: each line's share and contribution.
        stated: the growth the report prints for the total, or None.
        bounds: the lowest and highest growth of the total the lines allow
            within the rounding of their printed figures (the highest None when
            unbounded); None where a figure is qualified.
    """

    period: Period
    gate: str | None
    total: FeeGrowth
    lines: tuple[LineContribution, ...]
    stated: Figure | None
    bounds: tuple[Decimal, Decimal | None] | None

    def matches_stated(self) -> bool | None:
        """Whether the lines' growth of the total prints as the stated one; None if none is."""
        return _prints_as(self.total.rate, self.stated)

    def consistent_with_stated(self) -> bool | None:
        """Whether the stated growth of the total is within reach of the lines' rounding.

        None when nothing is stated or a figure is qualified.
        """
        if self.stated is None or self.bounds is None:
            return None
        return _consistent(self.bounds, self.stated)


@final
@attrs.frozen(kw_only=True)
class FeeAttainment:
    """How much of the budget estimate was collected: "đạt X% chỉ tiêu dự toán giao".

    Attributes:
        period: the period.
        line: the line, or :attr:`FeeLine.TOTAL`.
        gate: the gate, or None for all gates.
        amount: the amount collected.
        estimate: the estimate: on record, or implied by the stated attainment.
        ratio: ``amount / estimate`` (``1.7826`` for 178,26%).
        qualifier: the qualifier of ``ratio``, or None.
        estimate_qualifier: the qualifier of ``estimate``, or None.
        basis: :attr:`Basis.RECORDED` (the estimate is on record) or :attr:`Basis.STATED`.
        stated: the attainment the report prints, or None.
        records: the records used.
    """

    period: Period
    line: FeeLine
    gate: str | None
    amount: Quantity
    estimate: Quantity
    ratio: Decimal
    qualifier: Qualifier | None
    estimate_qualifier: Qualifier | None
    basis: Basis
    stated: Figure | None
    records: tuple[FeeRecord, ...]

    @property
    def excess(self) -> Decimal:
        """How far the estimate was exceeded ("vượt X%"), ``ratio - 1``."""
        return tidy(EXACT.subtract(self.ratio, ONE))

    def matches_stated(self) -> bool | None:
        """Whether ``ratio`` prints as the stated attainment; None if none is stated."""
        return _prints_as(self.ratio, self.stated)


@final
@attrs.frozen(kw_only=True)
class FeePerTrip:
    """The average fee per vehicle trip.

    Attributes:
        period: the period.
        line: the line, or :attr:`FeeLine.TOTAL`.
        gate: the gate, or None for all gates.
        amount: the amount collected.
        trips: the vehicle trips.
        average: ``amount / trips`` in đồng (or the currency's unit) per vehicle
            trip, to 34 significant digits.
        qualifier: the qualifier the amount carries, or None.
        records: the records used.
    """

    period: Period
    line: FeeLine
    gate: str | None
    amount: Quantity
    trips: int
    average: Quantity
    qualifier: Qualifier | None
    records: tuple[FeeRecord, ...]


class FindingKind(enum.Enum):
    """What a finding says is wrong."""

    #: A total that is not the sum of its two lines beyond the rounding of the printed figures.
    TOTAL_NOT_SUM_OF_LINES = "total_not_sum_of_lines"
    #: Some of the lines alone add up to more than the total.
    LINES_EXCEED_TOTAL = "lines_exceed_total"
    #: The gates on record add up to more than the all-gates figure.
    GATES_EXCEED_TOTAL = "gates_exceed_total"
    #: A stated growth the other figures contradict (last year's records, or the lines).
    GROWTH_DIFFERS = "growth_differs"
    #: A stated attainment the amount and estimate on record contradict.
    ATTAINMENT_DIFFERS = "attainment_differs"


@final
@attrs.frozen(kw_only=True)
class FeeFinding:
    """An inconsistency among the figures of a collection.

    Attributes:
        kind: what is wrong.
        period: the period.
        line: the line of the figure in question.
        gate: the gate, or None for all gates.
        records: the records involved; the first is the figure in question.
        stated: the printed percent in question, for a growth or an attainment.
        derived: what the other figures give for it, where defined.
        bounds: the range the other figures allow within their printed rounding
            (the high end None when unbounded).
        basis: for a growth, what it is derived from: :attr:`Basis.RECORDED`
            (last year's records) or :attr:`Basis.LINES`.
        difference: for a total, the total minus the sum of its parts.
    """

    kind: FindingKind
    period: Period
    line: FeeLine
    gate: str | None
    records: tuple[FeeRecord, ...]
    stated: Figure | None = None
    derived: Decimal | None = None
    bounds: tuple[Decimal, Decimal | None] | None = None
    basis: Basis | None = None
    difference: Quantity | None = None

    @property
    def sources(self) -> tuple[Source, ...]:
        """The documents the records were read from."""
        return _sources(self.records)

    def describe(self, lang: Language = "vi") -> str:
        """The finding in words, in ``lang``."""
        if self.kind is FindingKind.TOTAL_NOT_SUM_OF_LINES:
            return self._describe_sum(lang)
        if self.stated is None:
            return self._describe_excess(lang)
        return self._describe_percent(self.stated, lang)

    def _describe_sum(self, lang: Language) -> str:
        total, parts = self.records[0], self.records[1:]
        terms = " + ".join(_amount_text(r.amount, None, None, lang) for r in parts)
        summed = _amount_text(sum_amounts(r.amount for r in parts), None, None, lang)
        return message(
            "fees.finding.sum",
            lang,
            where=_where(self.line, self.period, self.gate, lang),
            total=_amount_text(total.amount, None, None, lang),
            terms=terms,
            summed=summed,
            gap=_amount_text(cast("Quantity", self.difference), None, None, lang),
        )

    def _describe_excess(self, lang: Language) -> str:
        total, parts = self.records[0], self.records[1:]
        from dongdang.gates import gate_name  # noqa: PLC0415 - the registry is read when named

        lines = self.kind is FindingKind.LINES_EXCEED_TOTAL
        names = ", ".join(
            r.line.label(lang) if lines else gate_name(cast("str", r.gate)) for r in parts
        )
        return message(
            "fees.finding.lines_exceed" if lines else "fees.finding.gates_exceed",
            lang,
            where=_where(self.line, self.period, self.gate, lang),
            names=names,
            summed=_amount_text(sum_amounts(r.amount for r in parts), None, None, lang),
            total=_amount_text(total.amount, None, None, lang),
        )

    def _describe_percent(self, stated: Figure, lang: Language) -> str:
        growth = self.kind is FindingKind.GROWTH_DIFFERS
        shown = change(stated.fraction, lang, stated.decimals) if growth else _plain(stated, lang)
        point = _describe_point(self.derived, lang, signed=growth)
        span = _describe_bounds(
            cast("tuple[Decimal, Decimal | None]", self.bounds), lang, signed=growth
        )
        values = {
            "where": _where(self.line, self.period, self.gate, lang),
            "shown": shown,
            "point": point,
            "range": span,
        }
        if not growth:
            estimate = _amount_text(cast("Quantity", self.records[0].estimate), None, None, lang)
            return message("fees.finding.attainment", lang, estimate=estimate, **values)
        basis = "recorded" if self.basis is Basis.RECORDED else "lines"
        return message(f"fees.finding.growth.{basis}", lang, **values)
