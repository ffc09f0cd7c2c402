"""Sums of project capital and land, and overdue milestones."""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - the API page resolves the hints with it
from decimal import Decimal
from typing import TYPE_CHECKING, final

import attrs

from dongdang.errors import InvalidValueError, UnitMismatchError
from dongdang.projects._milestones import Milestone  # noqa: TC001 - the API page resolves the hints with it
from dongdang.units import CURRENCIES, Quantity, sum_amounts, ureg

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.projects._project import Project
    from dongdang.projects._vocabulary import CapitalMeasure


@final
@attrs.frozen(kw_only=True)
class CapitalTotal:
    """A sum of project capital, kept per currency.

    Attributes:
        measure: which capital figure was added.
        amounts: one exact sum per currency met, in the currency's own unit
            (``VND``, ``USD``, ``CNY``), in that order.
        projects: the codes of the projects added, sorted.
        missing: the codes of the projects whose figure is unknown, sorted.
        qualified: the codes of the projects whose figure is a bound or an
            estimate ("hơn", "khoảng"), added at face value; sorted.

    :attr:`amount` gives the total in its one currency, and refuses to add two
    currencies: convert with a dated :class:`~dongdang.units.ExchangeRate` first.
    """

    measure: CapitalMeasure
    amounts: tuple[Quantity, ...]
    projects: tuple[str, ...]
    missing: tuple[str, ...]
    qualified: tuple[str, ...]

    @property
    def currencies(self) -> tuple[str, ...]:
        """The currencies met, in the order ``VND``, ``USD``, ``CNY``."""
        return tuple(str(amount.units) for amount in self.amounts)

    @property
    def amount(self) -> Quantity:
        """The total in its one currency.

        Raises:
            UnitMismatchError: the projects hold capital in more than one currency.
            InvalidValueError: no project added has a known figure.
        """
        if len(self.amounts) > 1:
            raise UnitMismatchError.of(
                f"the {self.measure.english} of {', '.join(self.projects)}",
                self.currencies,
                "in one currency, for one total",
                hint="use in_currency() or convert with an ExchangeRate",
            )
        if not self.amounts:
            raise InvalidValueError.of(
                "projects",
                self.missing,
                f"must include one whose {self.measure.english} is known",
            )
        return self.amounts[0]

    def in_currency(self, code: str) -> Quantity:
        """The sum of the figures in one currency (zero if none is in it).

        Raises:
            InvalidValueError: ``code`` is not ``VND``, ``USD`` or ``CNY``.
        """
        if code not in CURRENCIES:
            raise InvalidValueError.not_one_of("currency", code, CURRENCIES)
        for amount in self.amounts:
            if str(amount.units) == code:
                return amount
        return ureg.Quantity(Decimal(0), code)

    @property
    def exact(self) -> bool:
        """Whether every project added has a known, bare figure."""
        return not self.missing and not self.qualified


@final
@attrs.frozen(kw_only=True)
class AreaTotal:
    """A sum of project land, in hectares.

    Attributes:
        area: the exact sum of the known areas, in hectares.
        projects: the codes of the projects added, sorted.
        missing: the codes of the projects whose area is unknown, sorted.
    """

    area: Quantity
    projects: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def exact(self) -> bool:
        """Whether every project's area is known."""
        return not self.missing


@final
@attrs.frozen(kw_only=True)
class MilestoneDelay:
    """A milestone overdue on a day.

    Attributes:
        project: the project's code.
        milestone: the milestone.
        on: the day asked about.
    """

    project: str
    milestone: Milestone
    on: dt.date

    @property
    def days(self) -> int:
        """How many days past its planned date it is on ``on`` (at least 1)."""
        assert self.milestone.planned is not None  # noqa: S101 - only overdue milestones
        return (self.on - self.milestone.planned).days


def _capital_total(projects: Iterable[Project], measure: CapitalMeasure) -> CapitalTotal:
    by_currency: dict[str, list[Quantity]] = {}
    codes, missing, qualified = [], [], []
    for project in projects:
        codes.append(project.code)
        figure = project.capital(measure)
        if figure is None:
            missing.append(project.code)
            continue
        if not figure.exact:
            qualified.append(project.code)
        by_currency.setdefault(figure.currency, []).append(figure.amount)
    amounts = tuple(
        sum_amounts(by_currency[code], code) for code in CURRENCIES if code in by_currency
    )
    return CapitalTotal(
        measure=measure,
        amounts=amounts,
        projects=tuple(sorted(codes)),
        missing=tuple(sorted(missing)),
        qualified=tuple(sorted(qualified)),
    )


def _area_total(projects: Iterable[Project]) -> AreaTotal:
    areas, codes, missing = [], [], []
    for project in projects:
        codes.append(project.code)
        if project.land_area is None:
            missing.append(project.code)
        else:
            areas.append(project.land_area)
    return AreaTotal(
        area=sum_amounts(areas, "hectare"),
        projects=tuple(sorted(codes)),
        missing=tuple(sorted(missing)),
    )
