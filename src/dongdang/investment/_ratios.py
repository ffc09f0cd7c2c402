"""Disbursement ratios and what a plan's records show that deserves a look."""

# ruff: noqa: TC001, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import TYPE_CHECKING, final

import attrs

from dongdang._decimal import EXACT, round_half_up
from dongdang._messages import day as _day
from dongdang._messages import message, qualified
from dongdang._validators import language as _check_lang
from dongdang._vocabulary import Vocabulary
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.investment._versions import PlanVersion
from dongdang.text import (
    Figure,
    Qualifier,
    format_amount,
    format_number,
    format_percent,
    read_figure,
)
from dongdang.units import Quantity, magnitude_in

if TYPE_CHECKING:
    from dongdang.periods import Language


def _word(qualifier: Qualifier | None, lang: Language) -> str:
    return qualified(qualifier, "", lang)


# -- ratios ----------------------------------------------------------------------------


class RatioBase(Vocabulary):
    """What disbursed capital is measured against: "kế hoạch vốn" or "nguồn vốn đã được cấp"."""

    #: The capital plan in force on the date, as in "bằng X% kế hoạch vốn (giao)".
    PLAN = "plan"
    #: The capital allocated by the date, as in "đạt X% nguồn vốn đã được cấp".
    ALLOCATED = "allocated"

    @classmethod
    def _catalogue(cls) -> str:
        return "investment.base"


def _base(value: RatioBase | str) -> RatioBase:
    return RatioBase.of(value)


@final
@attrs.frozen(kw_only=True)
class DisbursementRatio:
    """Capital disbursed by a date over its base, naming the base and the plan version.

    Attributes:
        plan: the code of the plan, such as ``"bql-kktck-dong-dang-lang-son-2020"``.
        year: the plan's year.
        as_of: the date: disbursements on or before it are counted.
        base: what the ratio is measured against (:class:`RatioBase`).
        disbursed: the capital disbursed on or before ``as_of``.
        base_amount: the plan in force on ``as_of``, or the capital allocated by then.
        version: the plan version in force on ``as_of``.
        plan_total: the plan in force on ``as_of`` (the base itself when ``base`` is PLAN).
        ratio: ``disbursed / base_amount`` as a fraction.
        qualifier: what the qualifiers of the figures make of the ratio
            (AT_LEAST when the disbursed amount is a lower bound), or None.
        disbursed_qualifier: the qualifier of the disbursed amount, or None.
        base_qualifier: the qualifier of the capital allocated, or None.
    """

    plan: str
    year: int
    as_of: dt.date
    base: RatioBase
    disbursed: Quantity
    base_amount: Quantity
    version: PlanVersion
    plan_total: Quantity
    ratio: Decimal
    qualifier: Qualifier | None = None
    disbursed_qualifier: Qualifier | None = None
    base_qualifier: Qualifier | None = None

    def prints_as(self, printed: str | Figure) -> bool:
        """Whether the ratio, rounded half-up to the printed decimals, is the printed percent.

        >>> from dongdang.data import seed_capital_plan
        >>> seed_capital_plan().ratio(dt.date(2020, 5, 25)).prints_as("41%")
        True
        """
        figure = read_figure(printed) if isinstance(printed, str) else printed
        if not isinstance(figure, Figure):
            raise InvalidTypeError.of("printed", "a percent such as '41%'", printed)
        if figure.unit != "percent":
            raise InvalidValueError.of("printed", printed, "must be a percent such as '41%'")
        return round_half_up(self.ratio.scaleb(2, EXACT), figure.decimals) == figure.value

    def describe(self, lang: Language = "vi", decimals: int = 1) -> str:
        """The ratio as a report would write it, with its base and plan version."""
        _check_lang(lang)
        unit = str(self.base_amount.units)
        word = _word(self.qualifier, lang)
        disbursed = _word(self.disbursed_qualifier, lang) + format_number(
            magnitude_in(self.disbursed, unit), lang
        )
        base = _word(self.base_qualifier, lang) + format_amount(self.base_amount, unit, lang)
        percent = format_percent(self.ratio, lang, decimals)
        version = self.version
        return message(
            f"investment.ratio.{self.base.value}",
            lang,
            day=_day(self.as_of, lang),
            disbursed=disbursed,
            base=base,
            ratio=word + percent,
            year=self.year,
            version=version.label(lang),
        )


# -- findings --------------------------------------------------------------------------


class PlanFindingKind(enum.Enum):
    """Something a plan's records allow but that deserves a look."""

    #: More capital allocated than the plan in force.
    ALLOCATED_ABOVE_PLAN = "allocated_above_plan"
    #: More capital disbursed than the plan in force.
    DISBURSED_ABOVE_PLAN = "disbursed_above_plan"
    #: More capital disbursed than allocated (from the first allocation on record).
    DISBURSED_ABOVE_ALLOCATED = "disbursed_above_allocated"


@final
@attrs.frozen(kw_only=True)
class PlanFinding:
    """A first day on which a plan's records show something unusual.

    Attributes:
        kind: what was found.
        plan: the plan's code.
        on: the first day it holds.
        amount: the capital allocated or disbursed by then.
        limit: the plan in force, or the capital allocated, that it exceeds.
        version: the plan version in force that day, if any.
        year: the plan's year, which names the plan in Vietnamese; None if not known.
    """

    kind: PlanFindingKind
    plan: str
    on: dt.date
    amount: Quantity
    limit: Quantity
    version: PlanVersion | None = None
    year: int | None = None

    def describe(self, lang: Language = "vi") -> str:
        """The finding in words."""
        _check_lang(lang)
        unit = str(self.limit.units)
        amount = format_amount(self.amount, unit, lang)
        limit = format_amount(self.limit, unit, lang)
        what = message(f"investment.finding.{self.kind.value}", lang, amount=amount, limit=limit)
        # The Vietnamese names the plan by its year, never by its code.
        key = "investment.finding" if self.year is None else "investment.finding.year"
        return message(
            key, lang, plan=self.plan, year=self.year, day=_day(self.on, lang), what=what
        )
