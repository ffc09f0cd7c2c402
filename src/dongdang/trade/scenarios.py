"""Trade scenarios: growth assumptions applied to a base period give a projected ledger.

A :class:`TradeScenario` names growth assumptions (:class:`GrowthAssumption`),
each for the flows of a gate, a direction, a measure (or any), with its
description in Vietnamese and English. :meth:`TradeScenario.project` carries
each flow of the base period one year forward, its value grown by the most
specific assumption that matches it (a flow no assumption matches is carried
unchanged), rounded half-up to the ledger's minor unit. The projected ledger
holds the base flows and the projected ones, so the ledger's own
:meth:`~dongdang.trade.ledger.TradeLedger.breakdown` gives each gate's and
direction's contribution to the total growth under the scenario
(:meth:`TradeScenario.contributions`); the contributions add up to the
total's growth.

>>> from dongdang.trade import seed_trade_ledger
>>> from dongdang.trade.scenarios import GrowthAssumption, TradeScenario
>>> scenario = TradeScenario(
...     name="xk15",
...     base=Period.year(2021),
...     assumptions=[
...         GrowthAssumption(
...             rate=Decimal("0.15"),
...             direction="export",
...             vi="Xuất khẩu tăng 15%",
...             en="Exports grow 15%",
...         ),
...         GrowthAssumption(rate=0, vi="Các dòng khác giữ nguyên", en="Other flows unchanged"),
...     ],
... )
>>> breakdown = scenario.contributions(seed_trade_ledger(), by="direction")
>>> [format_percent(item.contribution, decimals=1) for item in breakdown.components]
['4,8%', '0,0%']
>>> format_percent(breakdown.total.rate, decimals=1)
'4,8%'
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, final

import attrs
from dateutil.relativedelta import relativedelta

from dongdang._decimal import EXACT, round_half_up, tidy, to_decimal
from dongdang._validators import items_of, non_empty_str, optional_field_date
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.periods import Period
from dongdang.trade.flows import Direction, Measure, TradeFlow, check_gate, read_measure
from dongdang.trade.ledger import TradeLedger
from dongdang.units import amount

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from dongdang.trade.results import TradeBreakdown

__all__ = ["GrowthAssumption", "TradeScenario"]


def _rate(value: Decimal | float | str) -> Decimal:
    rate = to_decimal(value, "rate")
    if rate <= -1:
        raise InvalidValueError.of("rate", value, "must be above -1 (-100%)", low=-1)
    return tidy(rate)


def _gate(value: str | None) -> str | None:
    return None if value is None else check_gate(value)


def _direction(value: Direction | str | None) -> Direction | None:
    if value is None or isinstance(value, Direction):
        return value
    return Direction.parse(value)


def _measure(value: Measure | str | None) -> Measure | None:
    return None if value is None else read_measure(value)


def _start(value: dt.date | None) -> dt.date | None:
    return optional_field_date(value, "start")


@final
@attrs.frozen(kw_only=True)
class GrowthAssumption:
    """A growth on the base period for the flows of a gate, a direction and a measure.

    Attributes:
        rate: the growth, 0.15 for +15 %; above -1.
        gate: the gate pair code, or None for any gate.
        direction: the direction, or None for any.
        measure: the measure, or None for any.
        vi: the assumption in Vietnamese.
        en: the assumption in English.
        start: the first day of the projected flows it applies to, or None
            for every one: a flow of the projected period that starts before
            it takes another assumption (a change from a date, see
            :class:`dongdang.scenarios.SetGrowth`).
    """

    rate: Decimal = attrs.field(converter=_rate)
    gate: str | None = attrs.field(default=None, converter=_gate)
    direction: Direction | None = attrs.field(default=None, converter=_direction)
    measure: Measure | None = attrs.field(default=None, converter=_measure)
    vi: str = attrs.field(validator=non_empty_str)
    en: str = attrs.field(validator=non_empty_str)
    start: dt.date | None = attrs.field(default=None, converter=_start)

    @property
    def scope(self) -> tuple[str | None, Direction | None, Measure | None]:
        """The gate, direction and measure it applies to (None for any)."""
        return (self.gate, self.direction, self.measure)

    @property
    def specificity(self) -> int:
        """How many of gate, direction and measure it names."""
        return sum(part is not None for part in self.scope)

    def matches(self, flow: TradeFlow) -> bool:
        """Whether it applies to ``flow``."""
        return all(
            want is None or want == have
            for want, have in zip(
                self.scope, (flow.gate, flow.direction, flow.measure), strict=True
            )
        )


def _assumptions(value: Iterable[GrowthAssumption]) -> tuple[GrowthAssumption, ...]:
    assumptions = items_of(GrowthAssumption, "assumptions", value)
    if not assumptions:
        raise InvalidValueError.needs_one("a trade scenario", "growth assumption")
    scopes = [(item.scope, item.start) for item in assumptions]
    for scope, start in scopes:
        if scopes.count((scope, start)) > 1:
            since = "" if start is None else f" from {start.isoformat()}"
            raise InvalidValueError.duplicate(
                "growth assumption for", f"{_scope_words(scope)}{since}"
            )
    return assumptions


def _scope_words(scope: tuple[str | None, Direction | None, Measure | None]) -> str:
    gate, direction, measure = scope
    return (
        f"gate {gate or 'any'}, direction {direction.value if direction else 'any'}, "
        f"measure {measure.value if measure else 'any'}"
    )


def _base(value: Period) -> Period:
    if not isinstance(value, Period):
        raise InvalidTypeError.of("base", "a Period", value)
    return value


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def next_year(period: Period) -> Period:
    """The same period one year later; a period of whole months stays whole months.

    >>> from dongdang.trade.scenarios import next_year
    >>> next_year(Period.month(2023, 2)) == Period.month(2024, 2)
    True
    """
    start = period.start + relativedelta(years=1)
    end = period.end + relativedelta(years=1)
    if period.start.day == 1 and _month_end(period.end):
        end = end + relativedelta(day=31)
    return Period(start=start, end=end)


@final
@attrs.frozen(kw_only=True)
class TradeScenario:
    """Named growth assumptions applied to the flows of a base period.

    Attributes:
        name: the scenario's short name.
        base: the period whose flows are grown one year forward.
        assumptions: the growth assumptions; a flow takes the most specific
            one that matches it.
    """

    name: str = attrs.field(validator=non_empty_str)
    base: Period = attrs.field(converter=_base)
    assumptions: tuple[GrowthAssumption, ...] = attrs.field(converter=_assumptions)

    @property
    def target(self) -> Period:
        """The base period one year later, the period projected."""
        return next_year(self.base)

    def assumption_for(self, flow: TradeFlow) -> GrowthAssumption | None:
        """The most specific assumption matching ``flow`` (of the base period), or None.

        An assumption with a ``start`` after the day the flow's projection
        starts does not match; of two equally specific ones, the later
        ``start`` wins.

        Raises:
            InvalidValueError: two assumptions of the same specificity and
                start match it; the message names both.
        """
        day = next_year(flow.period).start
        found = [
            item
            for item in self.assumptions
            if item.matches(flow) and (item.start is None or item.start <= day)
        ]
        if not found:
            return None
        best = max((item.specificity, item.start or dt.date.min) for item in found)
        tied = [item for item in found if (item.specificity, item.start or dt.date.min) == best]
        if len(tied) > 1:
            raise InvalidValueError.of(
                "assumptions",
                (_scope_words(tied[0].scope), _scope_words(tied[1].scope)),
                "must not match a flow equally",
                where=f"scenario {self.name}",
                hint="add one for the flows both cover",
            )
        return tied[0]

    def project(self, ledger: TradeLedger) -> TradeLedger:
        """The base period's flows of ``ledger`` and their projections one year later.

        Raises:
            InvalidTypeError: ``ledger`` is not a TradeLedger.
            InvalidValueError: the base period has no flows, or two
                assumptions match a flow equally.
        """
        base, projected = self._project(ledger)
        return base.merge(projected)

    def projected(self, ledger: TradeLedger) -> TradeLedger:
        """The projections alone: the flows of the target period under the scenario.

        Raises:
            InvalidTypeError: ``ledger`` is not a TradeLedger.
            InvalidValueError: as :meth:`project`.
        """
        return self._project(ledger)[1]

    def _project(self, ledger: TradeLedger) -> tuple[TradeLedger, TradeLedger]:
        if not isinstance(ledger, TradeLedger):
            raise InvalidTypeError.of("ledger", "a TradeLedger", ledger)
        base = ledger.filter(period=self.base)
        if not len(base):
            raise InvalidValueError.none_for(
                "flows", f"the base period {self.base.label('en')}", name="base", value=self.base
            )
        currency = ledger.currency
        projected = []
        for flow in base:
            assumption = self.assumption_for(flow)
            rate = Decimal(0) if assumption is None else assumption.rate
            value = Decimal(flow.value.to(currency).magnitude)
            grown = round_half_up(
                EXACT.multiply(value, EXACT.add(Decimal(1), rate)), ledger.decimals
            )
            projected.append(
                attrs.evolve(
                    flow,
                    period=next_year(flow.period),
                    value=amount(grown, currency),
                    growth=None,
                    estimated=True,
                    note=f"kịch bản {self.name}",
                )
            )
        return base, TradeLedger(projected, currency=currency, decimals=ledger.decimals)

    def contributions(
        self, ledger: TradeLedger, by: str | Sequence[str] = "gate"
    ) -> TradeBreakdown:
        """Each group's contribution to the total growth of the target period under the scenario."""
        return self.project(ledger).breakdown(self.target, by=by)
