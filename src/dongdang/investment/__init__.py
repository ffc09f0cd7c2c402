"""Public investment: capital plans, allocations and disbursements, and their ratios.

Each year the state budget gives a project owner (chủ đầu tư), such as the
zone's Management Board, a **capital plan** (kế hoạch vốn) for its public
investment projects. The plan changes during the year: it is assigned
(giao), adjusted (điều chỉnh), supplemented (bổ sung), and capital of an
earlier year's plan may be carried over into it (kéo dài). Capital is then
**allocated** (nguồn vốn đã được cấp / phân bổ: released for the owner to
pay from), and **disbursed** (giải ngân: paid out for works, goods and
services). Reports measure progress by two ratios, each as of a date:

* disbursed ÷ the plan in force on that date ("bằng 41% kế hoạch vốn");
* disbursed ÷ the capital allocated by that date ("đạt 89,6% nguồn vốn đã được cấp").

A :class:`CapitalPlan` holds the dated :class:`PlanVersion`, :class:`Allocation`
and :class:`Disbursement` records of one owner and one year, and answers with
a :class:`DisbursementRatio` that names its base and the plan version in force:

>>> from dongdang.investment import CapitalPlan, Disbursement, PlanVersion, MANAGEMENT_BOARD
>>> plan = CapitalPlan(
...     year=2020,
...     owner=MANAGEMENT_BOARD,
...     versions=[PlanVersion.read("2020-giao", "giao", dt.date(2020, 1, 2), "102.681 triệu đồng")],
...     disbursements=[Disbursement.read(dt.date(2020, 5, 25), "42.119 triệu đồng")],
... )
>>> ratio = plan.ratio(dt.date(2020, 5, 25))
>>> print(ratio.describe(decimals=0))
đến ngày 25/05/2020 đã giải ngân 42.119/102.681 triệu đồng, bằng 41% kế hoạch vốn năm 2020,
theo kế hoạch vốn giao, 102.681 triệu đồng, ngày 02/01/2020

What cannot be is refused with an error naming the input: a negative amount,
money other than đồng, a disbursement dated outside the plan's disbursement
window, a version dated before its predecessor or duplicating one, a ratio
asked on a day no version is in force. What a report *can* print but looks
wrong, such as capital allocated above the plan, is accepted and reported by
:meth:`CapitalPlan.findings`.

The records map to the transaction types of the IATI Standard
(:class:`IatiTransactionType`) and to the transaction fields of the Open
Contracting Data Standard (:meth:`CapitalTransaction.to_ocds`); see
:class:`Perspective` for the mapping and why "giải ngân" is an IATI
*expenditure*, not an IATI *disbursement*.

Amounts are exact: sums are Decimal to the đồng, ratios carry 34 significant
digits, and rounding happens only when a figure is written.
"""

from __future__ import annotations

import bisect
import datetime as dt
import decimal
import enum
import re
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast, final

import attrs

from dongdang._decimal import (
    EXACT,
    MAX_EMAX,
    MIN_EMIN,
    QUOTIENT_DIGITS,
    round_half_up,
    tidy,
)
from dongdang._frames import FrameColumns
from dongdang._messages import day as _day
from dongdang._messages import message, qualified
from dongdang._validators import field_date as _field_date
from dongdang._validators import instance_of as _instance
from dongdang._validators import language as _check_lang
from dongdang._validators import non_negative_amount, with_article
from dongdang._validators import optional_instance_of as _optional
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    OverlappingVersionsError,
    UndefinedRatioError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.indicators import disbursement_ratio, implied_base
from dongdang.intervals import combine as _combine
from dongdang.intervals import over as _over
from dongdang.intervals import range_interval
from dongdang.intervals import to_decimal as interval_decimal
from dongdang.legal import LegalReference
from dongdang.periods import Period
from dongdang.provenance import Source
from dongdang.text import (
    Figure,
    Qualifier,
    format_amount,
    format_number,
    format_percent,
    read_figure,
)
from dongdang.units import Quantity, is_quantity, magnitude_in, sum_amounts, unit_of, ureg

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.data import seed_capital_plan
    from dongdang.periods import Language

__all__ = [
    "MANAGEMENT_BOARD",
    "PUBLIC_INVESTMENT_LAWS",
    "Allocation",
    "CapitalFlow",
    "CapitalPlan",
    "CapitalTransaction",
    "Disbursement",
    "DisbursementRatio",
    "IatiTransactionType",
    "ImpliedBase",
    "Organization",
    "Perspective",
    "PlanFinding",
    "PlanFindingKind",
    "PlanVersion",
    "PlanVersionKind",
    "RatioBase",
    "StatutoryWindow",
    "implied_base_range",
    "seed_capital_plan",
    "statutory_window",
]

_Item = TypeVar("_Item")

_VND_DIMENSION: Final = ureg.Unit("VND").dimensionality
_CODE: Final = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_LAST_YEAR: Final = 9999

# -- validation ------------------------------------------------------------------------


def _date(value: dt.date, name: str) -> dt.date:
    # A datetime is a date too; a capital record is dated by the day.
    return _field_date(value, name)


def _record_date(value: dt.date) -> dt.date:
    return _date(value, "date")


def _optional_date(value: dt.date | None) -> dt.date | None:
    return None if value is None else _date(value, "disbursement_deadline")


def _vnd(value: object, name: str) -> Quantity:
    """An amount of đồng under the number policy: finite, not negative, whole đồng."""
    money = non_negative_amount(
        value,
        name,
        expected="an amount in đồng such as amount(102681, 'million_VND') or "
        "parse_amount('102.681 triệu đồng')",
        accepts=_in_dong,
        must_be="in đồng (VND)",
        hint=": capital plans are kept in đồng; "
        "convert other currencies with an ExchangeRate first",
    )
    dong = magnitude_in(money, "VND")
    if dong != dong.to_integral_value():
        raise InvalidValueError(
            f"{name} must be a whole number of đồng, got {value} (= {dong} đồng); "
            "the đồng has no smaller unit"
        )
    return money


def _in_dong(quantity: Quantity) -> bool:
    return bool(quantity.dimensionality == _VND_DIMENSION)


def _amount(value: Quantity) -> Quantity:
    return _vnd(value, "amount")


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError.of(name, "a non-empty str", value)
    if not value.strip():
        raise InvalidValueError.empty(name, value)
    return unicodedata.normalize("NFC", value.strip())


def _id(value: str) -> str:
    return _text(value, "id")


def _optional_id(value: str | None) -> str | None:
    return None if value is None else _text(value, "id")


def _name(value: str) -> str:
    return _text(value, "name")


def _note(value: str | None) -> str | None:
    return None if value is None else _text(value, "note")


def _code(value: str) -> str:
    if not isinstance(value, str) or _CODE.fullmatch(value) is None:
        error = InvalidTypeError if not isinstance(value, str) else InvalidValueError
        raise error(
            "code must be lower-case letters and digits joined by hyphens or underscores, "
            f"such as 'bql-kktck-dong-dang-lang-son', got {value!r}"
        )
    return value


def _flag(_instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidTypeError.of(attribute.name, "True or False", value)


def _legal(value: LegalReference | str | None) -> LegalReference | None:
    if value is None or isinstance(value, LegalReference):
        return value
    if isinstance(value, str):
        return LegalReference.parse(value)
    raise InvalidTypeError(
        f"legal must be a LegalReference, a citation such as 'Quyết định số 1055/QĐ-TTg', "
        f"or None, got {value!r}"
    )


def _year(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.of(name, "an int", value)
    if not 1 <= value <= _LAST_YEAR:
        raise InvalidValueError.out_of_range(name, value, 1, _LAST_YEAR)
    return value


def _plan_year(value: int) -> int:
    return _year(value, "year")


def _from_year(value: int | None) -> int | None:
    return None if value is None else _year(value, "from_year")


def _sequence(kind: type[_Item], name: str, value: object) -> tuple[_Item, ...]:
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        raise InvalidTypeError.of(name, f"a sequence of {kind.__name__}", value)
    items = tuple(cast("Iterable[object]", value))
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise InvalidTypeError(f"{name}[{index}] must be {with_article(kind)}, got {item!r}")
    return cast("tuple[_Item, ...]", items)


def _notes(value: Iterable[str]) -> tuple[str, ...]:
    return _sequence(str, "notes", value)


def _reporting_unit(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError.of("unit", "the name of a unit of đồng", value)
    if unit_of(value).dimensionality != _VND_DIMENSION:
        raise UnitMismatchError.of("unit", value, "a unit of đồng such as 'million_VND'")
    return value


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


# -- organisations ---------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class Organization:
    """An organisation that gives, receives or spends capital, identified by a stable code.

    Attributes:
        code: a lower-case code such as ``"bql-kktck-dong-dang-lang-son"``.
        name: its name as reports write it.

    >>> from dongdang.investment import MANAGEMENT_BOARD
    >>> MANAGEMENT_BOARD.reference()
    {'id': 'bql-kktck-dong-dang-lang-son', 'name': 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn'}
    """  # noqa: E501 - a doctest output line

    code: str = attrs.field(converter=_code)
    name: str = attrs.field(converter=_name)

    def reference(self) -> dict[str, str]:
        """The OCDS organization reference: ``{"id": code, "name": name}``."""
        return {"id": self.code, "name": self.name}


#: The zone's Management Board, owner (chủ đầu tư) of the public investment
#: projects the seed articles report on ("Các dự án đầu tư công do Ban Quản lý làm
#: chủ đầu tư", seed-000).
MANAGEMENT_BOARD: Final = Organization(
    code="bql-kktck-dong-dang-lang-son",
    name="Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
)


# -- plan versions ---------------------------------------------------------------------


class PlanVersionKind(enum.Enum):
    """How a version changes the capital plan.

    ==============  =============  ============================================================
    member          Vietnamese     effect on the plan in force
    ==============  =============  ============================================================
    ASSIGNED        giao           the plan as first assigned for the year (the first version)
    ADJUSTED        điều chỉnh     the plan *after* the adjustment (kế hoạch sau điều chỉnh)
    SUPPLEMENTED    bổ sung        capital added to the plan
    CARRIED_OVER    kéo dài        capital of an earlier year's plan carried into this year
    ==============  =============  ============================================================

    >>> from dongdang.investment import PlanVersionKind
    >>> PlanVersionKind.parse("Kế hoạch vốn điều chỉnh")
    <PlanVersionKind.ADJUSTED: 'điều chỉnh'>
    >>> PlanVersionKind.CARRIED_OVER.label("en")
    'carried over'
    """

    ASSIGNED = "giao"
    ADJUSTED = "điều chỉnh"
    SUPPLEMENTED = "bổ sung"
    CARRIED_OVER = "kéo dài"

    def label(self, lang: Language = "vi") -> str:
        """The name in ``lang``: "kế hoạch vốn giao", or "assigned" in English."""
        _check_lang(lang)
        return message(f"investment.kind.{self.name.lower()}", lang)

    @classmethod
    def parse(cls, text: str) -> PlanVersionKind:
        """Read a kind from its Vietnamese or English name; "kế hoạch vốn" may come first.

        Raises:
            UnknownCodeError: the text names no kind.
            InvalidTypeError: the text is not a str.
        """
        if not isinstance(text, str):
            raise InvalidTypeError(f"a plan version kind must be named by a str, got {text!r}")
        folded = _fold(text).removeprefix("kế hoạch vốn ").removeprefix("kế hoạch ")
        kind = _KIND_WORDS.get(folded)
        if kind is None:
            raise UnknownCodeError(
                "kind of plan version",
                text,
                ["giao", "điều chỉnh", "bổ sung", "kéo dài"],
                also="or 'assigned', 'adjusted', 'supplemented', 'carried over'",
            )
        return kind


_KIND_ENGLISH: Final = {
    PlanVersionKind.ASSIGNED: "assigned",
    PlanVersionKind.ADJUSTED: "adjusted",
    PlanVersionKind.SUPPLEMENTED: "supplemented",
    PlanVersionKind.CARRIED_OVER: "carried over",
}
_KIND_WORDS: Final = {
    **{kind.value: kind for kind in PlanVersionKind},
    **{english: kind for kind, english in _KIND_ENGLISH.items()},
    "được giao": PlanVersionKind.ASSIGNED,
    "kéo dài sang": PlanVersionKind.CARRIED_OVER,
}


def _kind(value: PlanVersionKind | str) -> PlanVersionKind:
    if isinstance(value, PlanVersionKind):
        return value
    return PlanVersionKind.parse(value)


@final
@attrs.frozen(kw_only=True)
class PlanVersion:
    """One dated version of a capital plan.

    Attributes:
        id: a stable name for the version, such as ``"2020-giao"``.
        kind: how the version changes the plan (:class:`PlanVersionKind`).
        date: the day the version takes effect (the date of its decision).
        amount: the plan as assigned or as adjusted, or the capital added.
        legal: the decision behind it, where known.
        from_year: for capital carried over (kéo dài), the year it comes from.
        date_assumed: True when ``date`` is not the decision's date but an
            assumption, which ``note`` explains.
        source: the document the version was read from, or None.
        note: what is known and unknown about the version.

    >>> from dongdang.investment import PlanVersion
    >>> PlanVersion.read(
    ...     "2019-keo-dai", "kéo dài", dt.date(2020, 3, 1), "5.000 triệu đồng", from_year=2019
    ... ).label("en")
    '2019-keo-dai: carried over from 2019, 5,000 million VND, dated 1 March 2020'
    >>> PlanVersion.read("x", "bổ sung", dt.date(2020, 3, 1), "-5 triệu đồng")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: amount must not be negative, got -5 million_VND
    """

    id: str = attrs.field(converter=_id)
    kind: PlanVersionKind = attrs.field(converter=_kind)
    date: dt.date = attrs.field(converter=_record_date)
    amount: Quantity = attrs.field(converter=_amount)
    legal: LegalReference | None = attrs.field(default=None, converter=_legal)
    from_year: int | None = attrs.field(default=None, converter=_from_year)
    date_assumed: bool = attrs.field(default=False, validator=_flag)
    source: Source | None = attrs.field(default=None, validator=_optional(Source, "source"))
    note: str | None = attrs.field(default=None, converter=_note)

    def __attrs_post_init__(self) -> None:
        carried = self.kind is PlanVersionKind.CARRIED_OVER
        if carried and self.from_year is None:
            raise InvalidValueError(
                f"version {self.id}: capital carried over (kéo dài) needs from_year, "
                "the year whose plan it comes from"
            )
        if not carried and self.from_year is not None:
            raise InvalidValueError(
                f"version {self.id}: from_year={self.from_year} is only for capital carried "
                f"over (kéo dài), not for {self.kind.label('en')} capital"
            )

    @classmethod
    def read(
        cls,
        id: str,  # noqa: A002 - the field's name
        kind: PlanVersionKind | str,
        date: dt.date,
        text: str,
        **fields: Any,  # noqa: ANN401 - the other fields, passed through
    ) -> PlanVersion:
        """A version from the words of a report: ``text`` is the amount, "102.681 triệu đồng".

        A plan is a decision's figure, not an estimate: a qualified amount
        ("trên 100 tỷ đồng") is refused.

        Raises:
            InvalidValueError: the amount is qualified, negative or not money.
            ParseError: the text is not an amount.
        """
        figure = read_figure(text)
        if figure.qualifier is not None:
            raise InvalidValueError(
                f"the plan amount {text!r} is qualified by {figure.qualifier_word!r}; "
                "a plan version states its amount exactly"
            )
        return cls(id=id, kind=kind, date=date, amount=_figure_quantity(figure), **fields)

    def label(self, lang: Language = "vi") -> str:
        """The version in words: id, kind, amount and date."""
        _check_lang(lang)
        kind = self.kind.label(lang)
        if self.from_year is not None:
            kind = message("investment.version.from_year", lang, kind=kind, year=self.from_year)
        # The Vietnamese leaves the version's id out: it is a code, and an official
        # names the plan by its words.
        return message(
            "investment.version.assumed" if self.date_assumed else "investment.version",
            lang,
            id=self.id,
            kind=kind,
            amount=format_amount(self.amount, str(self.amount.units), lang),
            day=_day(self.date, lang),
        )


def _figure_quantity(figure: Figure) -> Quantity:
    if figure.unit is None or figure.unit == "percent":
        raise InvalidValueError(
            f"expected an amount of đồng, got {figure.text!r}", value=figure.text
        )
    return figure.quantity


# -- allocations and disbursements -----------------------------------------------------


def _read_flow(text: str) -> tuple[Quantity, Qualifier | None]:
    figure = read_figure(text)
    return _figure_quantity(figure), figure.qualifier


@final
@attrs.frozen(kw_only=True)
class Allocation:
    """Capital allocated to the owner on a date: "nguồn vốn đã được cấp / phân bổ".

    Attributes:
        date: the day the capital was allocated (released).
        amount: how much.
        id: a stable name, or None (one is derived from the date when needed).
        qualifier: what a word before a printed amount says ("trên": at least), or None.
        legal: the decision allocating it, where known.
        source: the document the allocation was read from, or None.
        note: what is known and unknown about it.
    """

    date: dt.date = attrs.field(converter=_record_date)
    amount: Quantity = attrs.field(converter=_amount)
    id: str | None = attrs.field(default=None, converter=_optional_id)
    qualifier: Qualifier | None = attrs.field(
        default=None, validator=_optional(Qualifier, "qualifier")
    )
    legal: LegalReference | None = attrs.field(default=None, converter=_legal)
    source: Source | None = attrs.field(default=None, validator=_optional(Source, "source"))
    note: str | None = attrs.field(default=None, converter=_note)

    @classmethod
    def read(cls, date: dt.date, text: str, **fields: Any) -> Allocation:  # noqa: ANN401
        """An allocation from a report's amount, keeping its qualifier."""
        amount, qualifier = _read_flow(text)
        return cls(date=date, amount=amount, qualifier=qualifier, **fields)


@final
@attrs.frozen(kw_only=True)
class Disbursement:
    """Capital disbursed (giải ngân) on a date: paid out for works, goods and services.

    A report usually prints a cumulative figure ("đã giải ngân được 42.119
    triệu đồng" since the start of the year); record it as one disbursement
    dated on the report's date, or as the difference from the previous report.

    Attributes:
        date: the day of the payment, or the date a reported amount stood at.
        amount: how much.
        id: a stable name, or None (one is derived from the date when needed).
        qualifier: what a word before a printed amount says ("trên": at least), or None.
        payee: who was paid (a contractor), where known.
        source: the document the disbursement was read from, or None.
        note: what is known and unknown about it.

    >>> from dongdang.investment import Disbursement
    >>> Disbursement.read(dt.date(2020, 9, 30), "trên 52,6 tỷ đồng").qualifier
    <Qualifier.AT_LEAST: 'at_least'>
    >>> Disbursement.read(dt.date(2020, 9, 30), "2 triệu USD")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnitMismatchError: amount must be in đồng (VND), got 2 million_USD: ...
    """

    date: dt.date = attrs.field(converter=_record_date)
    amount: Quantity = attrs.field(converter=_amount)
    id: str | None = attrs.field(default=None, converter=_optional_id)
    qualifier: Qualifier | None = attrs.field(
        default=None, validator=_optional(Qualifier, "qualifier")
    )
    payee: Organization | None = attrs.field(
        default=None, validator=_optional(Organization, "payee")
    )
    source: Source | None = attrs.field(default=None, validator=_optional(Source, "source"))
    note: str | None = attrs.field(default=None, converter=_note)

    @classmethod
    def read(cls, date: dt.date, text: str, **fields: Any) -> Disbursement:  # noqa: ANN401
        """A disbursement from a report's amount, keeping its qualifier ("trên 52,6 tỷ đồng")."""
        amount, qualifier = _read_flow(text)
        return cls(date=date, amount=amount, qualifier=qualifier, **fields)


# -- qualifiers ------------------------------------------------------------------------


def _word(qualifier: Qualifier | None, lang: Language) -> str:
    return qualified(qualifier, "", lang)


# -- ratios ----------------------------------------------------------------------------


class RatioBase(enum.Enum):
    """What disbursed capital is measured against."""

    #: The capital plan in force on the date, as in "bằng X% kế hoạch vốn (giao)".
    PLAN = "plan"
    #: The capital allocated by the date, as in "đạt X% nguồn vốn đã được cấp".
    ALLOCATED = "allocated"

    def label(self, lang: Language = "vi") -> str:
        """The base in words."""
        _check_lang(lang)
        return message(f"investment.base.{self.value}", lang)


def _base(value: object) -> RatioBase:
    if isinstance(value, RatioBase):
        return value
    for member in RatioBase:
        if value == member.value:
            return member
    raise UnknownCodeError("ratio base", value, [member.value for member in RatioBase])


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
            raise InvalidTypeError(f"expected a percent such as '41%', got {printed!r}")
        if figure.unit != "percent":
            raise InvalidValueError(
                f"expected a percent such as '41%', got {printed!r}", value=printed
            )
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


# -- IATI and OCDS ---------------------------------------------------------------------


class IatiTransactionType(enum.Enum):
    """Codes of the IATI TransactionType codelist that capital plans use.

    ======  ====================  =================================================================
    code    name                  the codelist's meaning
    ======  ====================  =================================================================
    1       Incoming Funds        funds received for use on the activity
    2       Outgoing Commitment   a firm, written obligation from a provider to provide a
                                  specified amount, for specific purposes, for the recipient
    3       Disbursement          outgoing funds placed at the disposal of a recipient
                                  government or organisation (or moved to another reported
                                  activity)
    4       Expenditure           outgoing funds spent on goods and services for the activity;
                                  the recipients fall outside IATI traceability
    11      Incoming Commitment   a firm, written obligation to provide funds, reported by the
                                  recipient
    ======  ====================  =================================================================
    """

    INCOMING_FUNDS = 1
    OUTGOING_COMMITMENT = 2
    DISBURSEMENT = 3
    EXPENDITURE = 4
    INCOMING_COMMITMENT = 11

    @property
    def code(self) -> str:
        """The code as IATI XML writes it, such as ``"4"``."""
        return str(self.value)

    @property
    def title(self) -> str:
        """The codelist name, such as "Outgoing Commitment"."""
        return self.name.replace("_", " ").title()


class CapitalFlow(enum.Enum):
    """What a capital transaction records."""

    #: A plan version, capital promised to the owner (kế hoạch vốn).
    PLAN = "kế hoạch vốn"
    #: Capital allocated, released for the owner to pay from (cấp vốn).
    ALLOCATION = "cấp vốn"
    #: Capital disbursed, paid by the owner for works, goods and services (giải ngân).
    DISBURSEMENT = "giải ngân"


class Perspective(enum.Enum):
    """Whose activity the IATI transactions describe: the mapping of capital to IATI types.

    OWNER: the project owner (chủ đầu tư) reports its own activity. PROVIDER:
    the budget that assigns the plan and allocates the capital reports it.

    ============  =======================  ======================
    record        OWNER                    PROVIDER
    ============  =======================  ======================
    plan version  11 Incoming Commitment   2 Outgoing Commitment
    allocation    1 Incoming Funds         3 Disbursement
    giải ngân     4 Expenditure            4 Expenditure
    ============  =======================  ======================

    A plan version is a written decision obliging funds for the owner's
    projects: a commitment. Allocating capital places funds at the owner's
    disposal: incoming funds for the owner, a disbursement for the provider.

    **"Giải ngân" is an IATI expenditure, not an IATI disbursement.** The
    Vietnamese word translates as "disbursement", but what the owner disburses
    is paid to contractors and suppliers for the project's works, goods and
    services, and they do not report to IATI: that is what the codelist calls
    *Expenditure* (4). IATI's *Disbursement* (3) is money placed at the
    disposal of another organisation to spend, which is what allocating
    capital to the owner does, seen from the provider's side.

    A plan version's transaction is the *change* it makes to the plan in
    force (an adjustment downwards is a negative commitment), so that the
    commitments add up to the plan.
    """

    OWNER = "owner"
    PROVIDER = "provider"


_IATI_TYPES: Final = {
    Perspective.OWNER: {
        CapitalFlow.PLAN: IatiTransactionType.INCOMING_COMMITMENT,
        CapitalFlow.ALLOCATION: IatiTransactionType.INCOMING_FUNDS,
        CapitalFlow.DISBURSEMENT: IatiTransactionType.EXPENDITURE,
    },
    Perspective.PROVIDER: {
        CapitalFlow.PLAN: IatiTransactionType.OUTGOING_COMMITMENT,
        CapitalFlow.ALLOCATION: IatiTransactionType.DISBURSEMENT,
        CapitalFlow.DISBURSEMENT: IatiTransactionType.EXPENDITURE,
    },
}
#: Vietnam's offset from UTC, for OCDS date-times (a record is dated by the local day).
_ICT: Final = "+07:00"


def _perspective(value: object) -> Perspective:
    if isinstance(value, Perspective):
        return value
    for member in Perspective:
        if value == member.value:
            return member
    raise UnknownCodeError("perspective", value, [member.value for member in Perspective])


def _dong(quantity: Quantity) -> int:
    return int(magnitude_in(quantity, "VND"))


@final
@attrs.frozen(kw_only=True)
class CapitalTransaction:
    """One record of a plan as a transaction, with its IATI type and its parties.

    Attributes:
        id: unique within the plan: ``"<plan code>:<flow>:<record id or date-n>"``.
        flow: what it records (:class:`CapitalFlow`).
        iati_type: its IATI transaction type in the chosen :class:`Perspective`.
        date: its date.
        value: the amount; for a plan version, the change it makes to the plan
            (negative for an adjustment downwards).
        provider: the organisation the funds come from, where known.
        receiver: the organisation the funds go to, where known.
        description: what it is, in words.
    """

    id: str
    flow: CapitalFlow
    iati_type: IatiTransactionType
    date: dt.date
    value: Quantity
    provider: Organization | None
    receiver: Organization | None
    description: str

    def to_iati(self) -> dict[str, Any]:
        """The transaction's IATI elements as a dict (names as in the IATI XML).

        No IATI organisation identifier is known for these organisations, so
        ``provider-org`` and ``receiver-org`` carry only a narrative (the name).
        """
        record: dict[str, Any] = {
            "ref": self.id,
            "transaction-type": {"code": self.iati_type.code},
            "transaction-date": {"iso-date": self.date.isoformat()},
            "value": {
                "amount": _dong(self.value),
                "currency": "VND",
                "value-date": self.date.isoformat(),
            },
            "description": {"narrative": self.description},
        }
        if self.provider is not None:
            record["provider-org"] = {"narrative": self.provider.name}
        if self.receiver is not None:
            record["receiver-org"] = {"narrative": self.receiver.name}
        return record

    def to_ocds(self, source: str | None = None) -> dict[str, Any]:
        """The transaction in OCDS fields: id, source, date, value, payer, payee.

        OCDS transactions (``contracts/implementation/transactions``) are
        spending on a contract, so only a disbursement (giải ngân) is one: a
        plan belongs in OCDS ``planning/budget``, and an allocation has no OCDS
        counterpart. ``date`` is the day at midnight, Vietnam time (UTC+7);
        ``value.amount`` is whole đồng; ``payer`` is the owner and ``payee``
        the payee where known. ``source`` is a URI of the data, if given.

        Raises:
            InvalidValueError: the transaction is not a disbursement.
        """
        if self.flow is not CapitalFlow.DISBURSEMENT:
            raise InvalidValueError(
                f"transaction {self.id} records {self.flow.name.lower()} ({self.flow.value}): "
                "an OCDS transaction is a payment (giải ngân); put a plan in planning/budget"
            )
        record: dict[str, Any] = {"id": self.id}
        if source is not None:
            record["source"] = source
        record["date"] = f"{self.date.isoformat()}T00:00:00{_ICT}"
        record["value"] = {"amount": _dong(self.value), "currency": "VND"}
        if self.provider is not None:
            record["payer"] = self.provider.reference()
        if self.receiver is not None:
            record["payee"] = self.receiver.reference()
        return record


# -- the plan --------------------------------------------------------------------------


def _versions(value: Iterable[PlanVersion]) -> tuple[PlanVersion, ...]:
    return _sequence(PlanVersion, "versions", value)


_Flow = TypeVar("_Flow", Allocation, Disbursement)


def _by_date(items: tuple[_Flow, ...]) -> tuple[_Flow, ...]:
    return tuple(sorted(items, key=lambda item: item.date))


def _allocations(value: Iterable[Allocation]) -> tuple[Allocation, ...]:
    return _by_date(_sequence(Allocation, "allocations", value))


def _disbursements(value: Iterable[Disbursement]) -> tuple[Disbursement, ...]:
    return _by_date(_sequence(Disbursement, "disbursements", value))


_LAWNET_2019: Final = (
    "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/"
    "new-regulations-on-the-disbursement-time-of-public-investment-capital-in-2020-142656.html"
)
_LAWNET_2024: Final = (
    "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/implementation-and-disbursement-"
    "period-of-annual-public-investment-plan-funds-under-the-law-on-public-investment-2024-"
    "in-vietnam-175152.html"
)


@final
@attrs.frozen(kw_only=True)
class StatutoryWindow:
    """How long a year's public-investment plan may be disbursed, by the law that says so.

    Under the Law on Public Investment a year's plan may be disbursed until 31
    January of the following year, and, when extended by decision (*kéo
    dài*), until no later than 31 December of the following year.

    Attributes:
        law: the law's name, such as "Luật Đầu tư công 2019".
        year: the law's year, for the English name.
        number: its number where a source gives it, else None.
        article: the article that sets the window.
        first_plan_year: the first plan year dongdang reads under it (the
            year the law took effect).
        source: where the article was read.
        quote: what the source says.

    >>> from dongdang.investment import statutory_window
    >>> window = statutory_window(2020)
    >>> window.deadline(2020), window.extension_limit(2020)
    (datetime.date(2021, 1, 31), datetime.date(2021, 12, 31))
    >>> window.cite("vi"), statutory_window(2025).cite("en")
    ('Điều 68 Luật Đầu tư công 2019', 'Article 72 of the Law on Public Investment 2024')
    """

    law: str
    year: int
    number: str | None
    article: int
    first_plan_year: int
    source: str
    quote: str

    def deadline(self, plan_year: int) -> dt.date:
        """The last day ``plan_year``'s plan may be disbursed without an extension: 31/1 next."""
        return dt.date(_plan_year(plan_year) + 1, 1, 31)

    def extension_limit(self, plan_year: int) -> dt.date:
        """The latest day an extension by decision may reach: 31/12 of the next year."""
        return dt.date(_plan_year(plan_year) + 1, 12, 31)

    def cite(self, lang: Language = "vi") -> str:
        """The article and the law: "Điều 68 Luật Đầu tư công 2019"."""
        _check_lang(lang)
        return message("investment.law", lang, article=self.article, law=self.law, year=self.year)


#: The laws that set the disbursement window, oldest first.
PUBLIC_INVESTMENT_LAWS: Final = (
    StatutoryWindow(
        law="Luật Đầu tư công 2019",
        year=2019,
        number=None,  # the number is not in the sources read
        article=68,
        first_plan_year=2020,  # in force from 1/1/2020 (cbamekong.org, citing the law)
        source=_LAWNET_2019,
        quote=(
            "The time of implementation and disbursement of public investment capital for the "
            "annual plan is until January 31 of the following year. In force majeure cases, the "
            "Prime Minister ... and the Provincial People's Council ... allow the extension of "
            "implementation time, but no later than December 31 of the following year."
        ),
    ),
    StatutoryWindow(
        law="Luật Đầu tư công 2024",
        year=2024,
        number="58/2024/QH15",
        article=72,
        first_plan_year=2025,  # in force from 1/1/2025 (vietnam.vn, the Ministry's notice)
        source=_LAWNET_2024,
        quote=(
            "The implementation and disbursement period for the annual public investment capital "
            "is until January 31 of the following year. ... allowing the extension of the "
            "implementation and disbursement time ... until but not later than December 31 of the "
            "following year."
        ),
    ),
)


def statutory_window(plan_year: int) -> StatutoryWindow | None:
    """The law that sets the disbursement window of ``plan_year``'s plan, or None before 2020.

    Plans of 2020 to 2024 are read under the 2019 law (Art. 68), plans from
    2025 on under the 2024 law (Art. 72). dongdang does not model the window of
    the 2014 law, so a plan before 2020 has none.
    """
    year = _plan_year(plan_year)
    found = None
    for law in PUBLIC_INVESTMENT_LAWS:
        if law.first_plan_year <= year:
            found = law
    return found


@final
@attrs.frozen(kw_only=True)
class CapitalPlan:
    """The capital plan of one owner for one year, with its versions, allocations and disbursements.

    Attributes:
        year: the plan's year.
        owner: the project owner (chủ đầu tư) the plan is assigned to.
        versions: the plan's versions, in the order they were issued; the
            first is the assignment (giao).
        allocations: capital allocated, sorted by date.
        disbursements: capital disbursed, sorted by date.
        provider: who assigns the plan and allocates the capital, where known.
        disbursement_deadline: the last day the plan may be disbursed, when
            given explicitly (an extension by decision, kéo dài); None for
            the statutory deadline, 31 January of the next year (see
            :func:`statutory_window`), or the last day of the year before
            2020.
        unit: the unit sums and ratios are written in (triệu đồng by default).
        notes: what is known and unknown about the plan.

    A version takes effect on its date and stays in force until the next
    one. The plan in force is the assigned amount, replaced by each
    adjustment, plus each supplement and carried-over amount.

    **The disbursement window.** A disbursement must fall in the plan's year
    or by its deadline. Under the Law on Public Investment (2019, Art. 68;
    2024, Art. 72) a year's plan may be disbursed until 31 January of the
    following year, and, extended by decision (kéo dài), until no later than
    31 December of the following year: give ``disbursement_deadline`` for an
    extension. Plans before 2020 keep the calendar year (the 2014 law's
    window is not modelled). "The ratio at year end" is the ratio at that
    deadline: :meth:`year_end_ratio`.

    >>> from dongdang.investment import CapitalPlan, PlanVersion, MANAGEMENT_BOARD
    >>> CapitalPlan(
    ...     year=2020,
    ...     owner=MANAGEMENT_BOARD,
    ...     versions=[
    ...         PlanVersion.read("giao", "giao", dt.date(2020, 1, 2), "100 tỷ đồng"),
    ...         PlanVersion.read("dc", "điều chỉnh", dt.date(2019, 12, 1), "90 tỷ đồng"),
    ...     ],
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: plan bql-kktck-dong-dang-lang-son-2020: version dc is dated 2019-12-01, before its predecessor giao (2020-01-02); ...
    """  # noqa: E501 - a doctest output line

    year: int = attrs.field(converter=_plan_year)
    owner: Organization = attrs.field(validator=_instance(Organization, "owner"))
    versions: tuple[PlanVersion, ...] = attrs.field(default=(), converter=_versions)
    allocations: tuple[Allocation, ...] = attrs.field(default=(), converter=_allocations)
    disbursements: tuple[Disbursement, ...] = attrs.field(default=(), converter=_disbursements)
    provider: Organization | None = attrs.field(
        default=None, validator=_optional(Organization, "provider")
    )
    disbursement_deadline: dt.date | None = attrs.field(default=None, converter=_optional_date)
    unit: str = attrs.field(default="million_VND", converter=_reporting_unit)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_notes)

    def __repr__(self) -> str:
        return (
            f"<CapitalPlan {self.year} of {self.owner.code}: {len(self.versions)} versions, "
            f"{len(self.allocations)} allocations, {len(self.disbursements)} disbursements, "
            f"in {self.unit}>"
        )

    def __attrs_post_init__(self) -> None:
        window = self.window  # checks the deadline
        self._check_versions(window)
        ids = [flow.id for flow in self.allocations] + [flow.id for flow in self.disbursements]
        named = [name for name in ids if name is not None]
        for position, name in enumerate(named):
            if name in named[:position]:
                raise InvalidValueError(
                    f"plan {self.code}: two records are called {name!r}", value=name
                )
        for allocation in self.allocations:
            if allocation.date > window.end:
                raise InvalidValueError(
                    f"plan {self.code}: an allocation of {allocation.amount} is dated "
                    f"{allocation.date.isoformat()}, after the plan closes "
                    f"({window.end.isoformat()})"
                )
        for disbursement in self.disbursements:
            if disbursement.date not in window:
                raise InvalidValueError(
                    f"plan {self.code}: a disbursement of {disbursement.amount} is dated "
                    f"{disbursement.date.isoformat()}, outside the plan's disbursement window "
                    f"{window.start.isoformat()} – {window.end.isoformat()}; a year's plan is "
                    "disbursed in its year and to its deadline: 31 January of the next year "
                    "under the Law on Public Investment, or disbursement_deadline if extended"
                )

    def _check_versions(self, window: Period) -> None:
        seen: dict[str, PlanVersion] = {}
        cited: dict[str, PlanVersion] = {}
        for version in self.versions:
            if version.id in seen:
                raise OverlappingVersionsError(
                    f"plan {self.code}: two versions are called {version.id!r}"
                )
            seen[version.id] = version
            number = None if version.legal is None else version.legal.number
            if number in cited:
                raise OverlappingVersionsError(
                    f"plan {self.code}: version {version.id} cites {number}, as version "
                    f"{cited[number].id} does: one decision makes one version"
                )
            if number is not None:
                cited[number] = version
        for position, version in enumerate(self.versions):
            self._check_version(position, version, window)

    def _check_version(self, position: int, version: PlanVersion, window: Period) -> None:
        where = f"plan {self.code}: version {version.id}"
        assigned = version.kind is PlanVersionKind.ASSIGNED
        if position == 0 and not assigned:
            raise InvalidValueError(
                f"{where} is {version.kind.label('en')} ({version.kind.value}) but comes "
                "first: a plan starts with its assignment (giao)"
            )
        if position > 0 and assigned:
            raise InvalidValueError(
                f"{where} is a second assignment (giao); a plan is assigned once, "
                "then adjusted (điều chỉnh), supplemented (bổ sung) or carried over (kéo dài)"
            )
        if version.from_year is not None and version.from_year >= self.year:
            raise InvalidValueError(
                f"{where} carries capital over from {version.from_year}, which is not "
                f"a year before {self.year}"
            )
        if version.date > window.end:
            raise InvalidValueError(
                f"{where} is dated {version.date.isoformat()}, after the plan closes "
                f"({window.end.isoformat()})"
            )
        if position == 0:
            return
        previous = self.versions[position - 1]
        if version.date < previous.date:
            raise InvalidValueError(
                f"{where} is dated {version.date.isoformat()}, before its predecessor "
                f"{previous.id} ({previous.date.isoformat()}); give the versions in the "
                "order they were issued"
            )
        if version.date == previous.date:
            raise OverlappingVersionsError(
                f"{where} and version {previous.id} are both dated "
                f"{version.date.isoformat()}: which is in force that day would be "
                "ambiguous; make them one version"
            )

    # -- identity and words -----------------------------------------------------------------

    @property
    def code(self) -> str:
        """The plan's stable code, made of the owner's code and the year."""
        return f"{self.owner.code}-{self.year}"

    @property
    def window(self) -> Period:
        """The days the plan may be disbursed on, its year or up to ``disbursement_deadline``.

        Raises:
            InvalidValueError: the deadline is before the end of the plan's year.
        """
        start = Period.year(self.year)
        law = self.statutory
        end = self.disbursement_deadline
        if end is None:
            return start if law is None else Period(start=start.start, end=law.deadline(self.year))
        if end < start.end:
            raise InvalidValueError(
                f"plan {self.code}: disbursement_deadline {end.isoformat()} is before the end "
                f"of the plan's year ({start.end.isoformat()})"
            )
        if law is not None and end > law.extension_limit(self.year):
            raise InvalidValueError(
                f"plan {self.code}: disbursement_deadline {end.isoformat()} is after "
                f"{law.extension_limit(self.year).isoformat()}, the latest an extension may "
                f"reach under {law.cite('en')}"
            )
        return Period(start=start.start, end=end)

    @property
    def statutory(self) -> StatutoryWindow | None:
        """The law that sets the plan's disbursement window, or None before 2020."""
        return statutory_window(self.year)

    def label(self, lang: Language = "vi") -> str:
        """The plan in words: "kế hoạch vốn năm 2020 của Ban Quản lý …"."""
        _check_lang(lang)
        return message("investment.plan", lang, year=self.year, owner=self.owner.name)

    # -- new plans from old ----------------------------------------------------------------

    def with_version(self, version: PlanVersion) -> CapitalPlan:
        """A new plan with ``version`` issued after the others; the records stay as they are."""
        return attrs.evolve(self, versions=(*self.versions, version))

    def with_allocation(self, allocation: Allocation) -> CapitalPlan:
        """A new plan with one more allocation."""
        return attrs.evolve(self, allocations=(*self.allocations, allocation))

    def with_disbursement(self, disbursement: Disbursement) -> CapitalPlan:
        """A new plan with one more disbursement."""
        return attrs.evolve(self, disbursements=(*self.disbursements, disbursement))

    # -- amounts as of a date ---------------------------------------------------------------

    def _in_force(self, on: dt.date, name: str = "on") -> int:
        """The index of the version in force on ``on``."""
        day = _date(on, name)
        index = bisect.bisect_right([version.date for version in self.versions], day) - 1
        if index < 0:
            if not self.versions:
                reason = "it has no versions"
            else:
                first = self.versions[0]
                reason = f"its first version, {first.id}, is dated {first.date.isoformat()}"
            raise NotInForceError(
                f"plan {self.code} has no version in force on {day.isoformat()}: {reason}"
            )
        return index

    def version_in_force(self, on: dt.date) -> PlanVersion:
        """The version in force on ``on``: the last one dated on or before it.

        Raises:
            NotInForceError: no version is dated on or before ``on``.
        """
        return self.versions[self._in_force(on)]

    def _totals(self) -> list[Decimal]:
        """The plan in force after each version, in ``unit``."""
        totals: list[Decimal] = []
        total = Decimal(0)
        for version in self.versions:
            value = magnitude_in(version.amount, self.unit)
            replaces = version.kind in (PlanVersionKind.ASSIGNED, PlanVersionKind.ADJUSTED)
            total = value if replaces else EXACT.add(total, value)
            totals.append(total)
        return totals

    def total(self, on: dt.date) -> Quantity:
        """The plan in force on ``on``, in ``unit``.

        Raises:
            NotInForceError: no version is in force on ``on``.
        """
        return ureg.Quantity(tidy(self._totals()[self._in_force(on)]), self.unit)

    def carried_over(self, on: dt.date) -> Quantity:
        """The capital carried over (kéo dài) into the plan by ``on``: part of :meth:`total`."""
        day = _date(on, "on")
        parts = [
            version.amount
            for version in self.versions
            if version.kind is PlanVersionKind.CARRIED_OVER and version.date <= day
        ]
        return sum_amounts(parts, self.unit)

    def _sum(self, flows: Iterable[_Flow], as_of: dt.date) -> tuple[Quantity, Qualifier | None]:
        day = _date(as_of, "as_of")
        counted = [flow for flow in flows if flow.date <= day]
        total = sum_amounts([flow.amount for flow in counted], self.unit)
        return total, _combine(flow.qualifier for flow in counted)

    def disbursed(self, as_of: dt.date) -> Quantity:
        """The capital disbursed on or before ``as_of``, exactly, in ``unit``."""
        return self._sum(self.disbursements, as_of)[0]

    def allocated(self, as_of: dt.date) -> Quantity:
        """The capital allocated on or before ``as_of``, exactly, in ``unit``."""
        return self._sum(self.allocations, as_of)[0]

    def ratio(self, as_of: dt.date, base: RatioBase | str = RatioBase.PLAN) -> DisbursementRatio:
        """Capital disbursed on or before ``as_of`` over the plan in force or the capital allocated.

        Raises:
            NotInForceError: no plan version is in force on ``as_of``.
            UndefinedRatioError: the base is zero (a plan of nothing, or no
                capital allocated by ``as_of``).
        """
        kind = _base(base)
        index = self._in_force(as_of, "as_of")
        version = self.versions[index]
        plan_total = ureg.Quantity(tidy(self._totals()[index]), self.unit)
        disbursed, qualifier = self._sum(self.disbursements, as_of)
        base_amount: Quantity
        base_qualifier: Qualifier | None
        if kind is RatioBase.PLAN:
            base_amount, base_qualifier = plan_total, None
        else:
            base_amount, base_qualifier = self._sum(self.allocations, as_of)
        if base_amount.magnitude == 0:
            what = (
                f"the plan in force ({version.id}) is zero"
                if kind is RatioBase.PLAN
                else f"no capital is allocated on or before {as_of.isoformat()}"
            )
            raise UndefinedRatioError(
                f"plan {self.code}: no ratio to the {kind.label('en')} as of "
                f"{as_of.isoformat()}: {what}",
                argument="base",
            )
        return DisbursementRatio(
            plan=self.code,
            year=self.year,
            as_of=as_of,
            base=kind,
            disbursed=disbursed,
            base_amount=base_amount,
            version=version,
            plan_total=plan_total,
            ratio=disbursement_ratio(disbursed, base_amount),
            qualifier=_over(qualifier, base_qualifier),
            disbursed_qualifier=qualifier,
            base_qualifier=base_qualifier,
        )

    def year_end_ratio(self, base: RatioBase | str = RatioBase.PLAN) -> DisbursementRatio:
        """The ratio "at year end": on the plan's last disbursement day, its deadline.

        That is 31 January of the next year under the law, or the deadline an
        extension gives; a report that means 31 December says so, and
        :meth:`ratio` takes that day.
        """
        return self.ratio(self.window.end, base)

    # -- tables ------------------------------------------------------------------------------

    def _ratio_columns(self, dates: Iterable[dt.date] | None, *, exact: bool) -> FrameColumns:
        if dates is None:
            dates = [
                *(version.date for version in self.versions),
                *(flow.date for flow in self.allocations),
                *(flow.date for flow in self.disbursements),
                self.window.end,
            ]
        first = self.versions[0].date if self.versions else None
        days = sorted({day for day in (_date(d, "dates") for d in dates) if first and day >= first})
        columns = FrameColumns(exact=exact)
        columns.date("as_of", days)
        columns.code("version", [self.version_in_force(day).id for day in days])
        columns.number("plan", [self.total(day).magnitude for day in days], self.unit)
        columns.number("allocated", [self.allocated(day).magnitude for day in days], self.unit)
        columns.number("disbursed", [self.disbursed(day).magnitude for day in days], self.unit)
        for base in RatioBase:
            columns.number(
                f"disbursed_of_{base.value}",
                [self._percent(day, base) for day in days],
                "%",
            )
        return columns

    def _percent(self, day: dt.date, base: RatioBase) -> Decimal | None:
        try:
            ratio = self.ratio(day, base)
        except UndefinedRatioError:
            return None
        return tidy(ratio.ratio.scaleb(2, EXACT))

    def ratio_frame(self, dates: Iterable[dt.date] | None = None, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The plan, the capital allocated and disbursed and their ratios over time.

        One row per day of ``dates`` on which a version is in force (by
        default, every day a version, an allocation or a disbursement is dated,
        and the plan's last disbursement day): ``as_of`` (datetime64),
        ``version`` (the version in force), ``plan_<unit>``,
        ``allocated_<unit>``, ``disbursed_<unit>`` (to the day, ``unit`` the
        plan's reporting unit: ``plan_million_vnd``),
        ``disbursed_of_plan_percent`` and ``disbursed_of_allocated_percent``
        (NaN where the base is zero): float64, or Decimal with ``exact=True``.
        Needs ``dongdang[pandas]``.

        >>> from dongdang.data import seed_capital_plan
        >>> frame = seed_capital_plan().ratio_frame([dt.date(2020, 5, 25)])
        >>> frame[["version", "disbursed_of_plan_percent"]].round(1)
             version  disbursed_of_plan_percent
        0  2020-giao                       41.0
        """
        return self._ratio_columns(dates, exact=exact).frame(
            metadata={"plan": self.code, "unit": self.unit}
        )

    def _repr_html_(self) -> str:
        return self._ratio_columns(None, exact=True).html(repr(self))

    # -- findings ----------------------------------------------------------------------------

    def findings(self) -> tuple[PlanFinding, ...]:
        """The first day, for each kind, that capital goes beyond its limit.

        Allocations above the plan happen (a plan adjusted downwards after
        capital was released, capital allocated ahead of an adjustment), so
        they are reported, not refused; so are disbursements above the plan
        or above the capital allocated. Allocations count as known from the
        first one on record: before it, disbursing is not "above" anything.

        >>> from dongdang.investment import Allocation, CapitalPlan, PlanVersion, MANAGEMENT_BOARD
        >>> plan = CapitalPlan(
        ...     year=2020,
        ...     owner=MANAGEMENT_BOARD,
        ...     versions=[PlanVersion.read("giao", "giao", dt.date(2020, 1, 2), "100 tỷ đồng")],
        ...     allocations=[Allocation.read(dt.date(2020, 6, 1), "120 tỷ đồng")],
        ... )
        >>> print(plan.findings()[0].describe("en"))
        bql-kktck-dong-dang-lang-son-2020, 1 June 2020: capital allocated, 120,000 million VND,
        exceeds the plan, 100,000 million VND
        """
        events = sorted(
            [(version.date, 0, version.amount) for version in self.versions]
            + [(allocation.date, 1, allocation.amount) for allocation in self.allocations]
            + [(item.date, 2, item.amount) for item in self.disbursements],
            key=lambda event: (event[0], event[1]),
        )
        totals = self._totals()
        # Running sums in ``unit``: one pass, whatever the number of records.
        allocated, disbursed = Decimal(0), Decimal(0)
        versions = 0
        found: dict[PlanFindingKind, PlanFinding] = {}
        for position, (day, kind, value) in enumerate(events):
            if kind == 0:
                versions += 1
            elif kind == 1:
                allocated = EXACT.add(allocated, magnitude_in(value, self.unit))
            else:
                disbursed = EXACT.add(disbursed, magnitude_in(value, self.unit))
            if position + 1 < len(events) and events[position + 1][0] == day:
                continue  # the day is not over
            plan_total = totals[versions - 1] if versions else None
            # Allocations are known from the first one on; before it, nothing is.
            known = bool(self.allocations) and day >= self.allocations[0].date
            checks = (
                (PlanFindingKind.ALLOCATED_ABOVE_PLAN, allocated, plan_total),
                (PlanFindingKind.DISBURSED_ABOVE_PLAN, disbursed, plan_total),
                (
                    PlanFindingKind.DISBURSED_ABOVE_ALLOCATED,
                    disbursed,
                    allocated if known else None,
                ),
            )
            for finding, amount, limit in checks:
                if finding in found or limit is None or amount <= limit:
                    continue
                found[finding] = PlanFinding(
                    kind=finding,
                    plan=self.code,
                    on=day,
                    amount=ureg.Quantity(tidy(amount), self.unit),
                    limit=ureg.Quantity(tidy(limit), self.unit),
                    version=self.versions[versions - 1] if versions else None,
                    year=self.year,
                )
        return tuple(sorted(found.values(), key=lambda finding: finding.on))

    # -- transactions ------------------------------------------------------------------------

    def transactions(
        self, perspective: Perspective | str = Perspective.OWNER
    ) -> tuple[CapitalTransaction, ...]:
        """Every record as a :class:`CapitalTransaction`, by date, typed for ``perspective``.

        >>> from dongdang.data import seed_capital_plan
        >>> [t.iati_type.code for t in seed_capital_plan().transactions("provider")]
        ['2', '4', '4']
        """
        side = _perspective(perspective)
        types = _IATI_TYPES[side]
        result: list[CapitalTransaction] = []
        previous = Decimal(0)
        for version, total in zip(self.versions, self._totals(), strict=True):
            change = EXACT.subtract(total, previous)
            previous = total
            result.append(
                CapitalTransaction(
                    id=f"{self.code}:plan:{version.id}",
                    flow=CapitalFlow.PLAN,
                    iati_type=types[CapitalFlow.PLAN],
                    date=version.date,
                    value=ureg.Quantity(tidy(change), self.unit),
                    provider=self.provider,
                    receiver=self.owner,
                    description=version.label("en"),
                )
            )
        result.extend(
            self._flow_transactions(self.allocations, CapitalFlow.ALLOCATION, types, self.provider)
        )
        result.extend(
            self._flow_transactions(self.disbursements, CapitalFlow.DISBURSEMENT, types, self.owner)
        )
        return tuple(sorted(result, key=lambda transaction: transaction.date))

    def _flow_transactions(
        self,
        flows: tuple[_Flow, ...],
        flow: CapitalFlow,
        types: dict[CapitalFlow, IatiTransactionType],
        provider: Organization | None,
    ) -> list[CapitalTransaction]:
        result = []
        counts: dict[dt.date, int] = {}
        for item in flows:
            counts[item.date] = counts.get(item.date, 0) + 1
            local = item.id or f"{item.date.isoformat()}-{counts[item.date]}"
            receiver = self.owner if isinstance(item, Allocation) else item.payee
            word = _word(item.qualifier, "en")
            result.append(
                CapitalTransaction(
                    id=f"{self.code}:{flow.name.lower()}:{local}",
                    flow=flow,
                    iati_type=types[flow],
                    date=item.date,
                    value=item.amount,
                    provider=provider,
                    receiver=receiver,
                    description=(
                        f"{flow.value}: {word}"
                        f"{format_amount(item.amount, str(item.amount.units), 'en')}"
                    ),
                )
            )
        return result

    def ocds_transactions(self, source: str | None = None) -> list[dict[str, Any]]:
        """The disbursements as OCDS transactions (see :meth:`CapitalTransaction.to_ocds`)."""
        return [
            transaction.to_ocds(source)
            for transaction in self.transactions(Perspective.OWNER)
            if transaction.flow is CapitalFlow.DISBURSEMENT
        ]


# -- what printed figures imply --------------------------------------------------------

_FLOOR: Final = decimal.Context(
    prec=QUOTIENT_DIGITS, rounding=decimal.ROUND_FLOOR, Emax=MAX_EMAX, Emin=MIN_EMIN
)
_CEILING: Final = decimal.Context(
    prec=QUOTIENT_DIGITS, rounding=decimal.ROUND_CEILING, Emax=MAX_EMAX, Emin=MIN_EMIN
)


def _bounds(figure: Figure, *, honour_qualifier: bool) -> tuple[Decimal, Decimal | None]:
    """What the true value of a printed figure may be: ``[low, high]``, high None if unbounded.

    The interval is :func:`dongdang.intervals.range_interval`'s, the one every
    module uses: the values that round to the printed figure, moved by its
    qualifier ("trên": no upper bound; "gần", "dưới": no lower one; "khoảng",
    "ước": the printed rounding). Nothing is below zero.
    """
    qualifier = figure.qualifier if honour_qualifier else None
    span = range_interval(figure, figure, qualifier)
    low = Decimal(0) if span.low is None else max(interval_decimal(span.low), Decimal(0))
    return low, None if span.high is None else interval_decimal(span.high)


def _as_figure(value: object, name: str) -> Figure:
    if isinstance(value, Figure):
        return value
    if isinstance(value, str):
        return read_figure(value)
    raise InvalidTypeError(
        f"{name} must be a figure as printed (a str such as '52,6 tỷ đồng' or a Figure), "
        f"got {value!r}"
    )


@final
@attrs.frozen(kw_only=True)
class ImpliedBase:
    """The base a printed amount and a printed percent imply, with the range their rounding allows.

    "Giải ngân được trên 52,6 tỷ đồng, bằng 51,2% kế hoạch" implies a plan of
    52,6 ÷ 0,512 = 102,734375 tỷ đồng (``point``). But 52,6 stands for
    anything from 52,55 to 52,65 (and "trên" makes it only a lower bound),
    and 51,2% for 51,15% to 51,25%: the plan lies strictly between
    ``low`` and ``high``.

    Attributes:
        value: the printed amount, with its qualifier.
        ratio: the printed percent.
        point: ``value / ratio`` from the printed digits, by
            :func:`~dongdang.indicators.implied_base`.
        low: the greatest lower bound of the base (not itself possible).
        high: the least upper bound, or None if the figures set none.
        honour_qualifier: whether the amount's qualifier was taken into account.
    """

    value: Figure
    ratio: Figure
    point: Quantity
    low: Quantity
    high: Quantity | None
    honour_qualifier: bool = True

    def contains(self, amount: Quantity) -> bool:
        """Whether ``amount`` is a base the printed figures allow: ``low < amount < high``."""
        if not is_quantity(amount):
            raise InvalidTypeError.of("amount", "a quantity", amount)
        value = magnitude_in(amount, str(self.low.units))
        above = value > self.low.magnitude
        return above and (self.high is None or value < self.high.magnitude)

    def agrees_with(self, printed: str | Figure) -> bool:
        """Whether some value that prints as ``printed`` is a base the figures allow.

        >>> from dongdang.investment import implied_base_range
        >>> plan = implied_base_range("trên 52,6 tỷ đồng", "51,2 %")
        >>> plan.agrees_with("102.681 triệu đồng"), plan.agrees_with("100 tỷ đồng")
        (True, False)
        """
        figure = _as_figure(printed, "printed")
        quantity = _figure_quantity(figure)
        unit = str(self.low.units)
        low, high = _bounds(figure, honour_qualifier=True)
        scale = magnitude_in(ureg.Quantity(Decimal(1), quantity.units), unit)
        bottom = EXACT.multiply(low, scale)
        top = None if high is None else EXACT.multiply(high, scale)
        above = top is None or top > self.low.magnitude
        return above and (self.high is None or bottom < self.high.magnitude)

    def describe(self, lang: Language = "vi", decimals: int = 3) -> str:
        """The implied base and its range in words."""
        _check_lang(lang)
        unit = str(self.point.units)

        def show(quantity: Quantity) -> str:
            return format_amount(quantity, unit, lang, decimals)

        if self.high is None:
            return message(
                "investment.implied.above", lang, point=show(self.point), low=show(self.low)
            )
        return message(
            "investment.implied.between",
            lang,
            point=show(self.point),
            low=show(self.low),
            high=show(self.high),
        )


def implied_base_range(
    value: str | Figure, ratio: str | Figure, *, honour_qualifier: bool = True
) -> ImpliedBase:
    """The base that a printed amount and a printed percent of it imply, and its range.

    ``value`` and ``ratio`` are figures as printed: "trên 52,6 tỷ đồng" and
    "51,2 %". The point estimate comes from :func:`~dongdang.indicators.implied_base`;
    the range from the rounding of both figures (half-up, to their printed
    decimals) and from the amount's qualifier: "trên" makes the amount a
    lower bound, so the base has no upper bound, unless
    ``honour_qualifier=False`` reads the amount as merely rounded.

    >>> from dongdang.investment import implied_base_range
    >>> plan = implied_base_range("trên 52,6 tỷ đồng", "51,2 %")
    >>> print(plan.describe("en"))
    about 102.734 billion VND (above 102.537 billion VND within the rounding of the printed figures)
    >>> print(implied_base_range("trên 52,6 tỷ đồng", "51,2 %", honour_qualifier=False).describe())
    khoảng 102,734 tỷ đồng (trên 102,537 tỷ đồng và dưới 102,933 tỷ đồng trong phạm vi làm tròn)

    Raises:
        InvalidValueError: ``value`` is not an amount, or ``ratio`` not a percent.
        UndefinedRatioError: the percent is zero or less.
    """
    amount_figure = _as_figure(value, "value")
    percent_figure = _as_figure(ratio, "ratio")
    quantity = _figure_quantity(amount_figure)
    if percent_figure.unit != "percent":
        raise InvalidValueError.of(
            "ratio", percent_figure.text, "must be a percent such as '51,2%'"
        )
    point = implied_base(quantity, percent_figure.fraction)
    top_low, top_high = _bounds(amount_figure, honour_qualifier=honour_qualifier)
    rate_low, rate_high = _bounds(percent_figure, honour_qualifier=True)
    rate_low = rate_low.scaleb(-2, EXACT)
    rate_high = None if rate_high is None else rate_high.scaleb(-2, EXACT)
    low = Decimal(0) if rate_high is None else _FLOOR.divide(top_low, rate_high)
    high = None if top_high is None or rate_low == 0 else _CEILING.divide(top_high, rate_low)
    unit = quantity.units
    return ImpliedBase(
        value=amount_figure,
        ratio=percent_figure,
        point=point,
        low=ureg.Quantity(tidy(low), unit),
        high=None if high is None else ureg.Quantity(tidy(high), unit),
        honour_qualifier=honour_qualifier,
    )


def __getattr__(name: str) -> object:
    # The seed plan is built one layer up, in dongdang.data; the old name still
    # works, without importing the bundled data with this module.
    if name == "seed_capital_plan":
        from dongdang import data  # noqa: PLC0415 - the layer above, on demand

        return data.seed_capital_plan
    message = f"module 'dongdang.investment' has no attribute {name!r}"
    raise AttributeError(message)
