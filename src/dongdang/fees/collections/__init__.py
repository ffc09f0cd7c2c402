"""Fee collections: what the border-gate fee brought in, by line, period and gate.

The Management Board reports the infrastructure fee it collects on two lines:
the **entry–exit** fee, paid by goods vehicles entering and leaving
the gate area ("phí ra vào cửa khẩu", formally "phí đối với phương tiện ra, vào
cửa khẩu"), and the **transshipment** fee, paid by vehicles whose cargo is moved
to other vehicles at a yard ("phí sang tải", "phí đối với phương tiện vận chuyển
hàng hóa sang tải"), together with their **total**. A :class:`FeeRecord` is one
printed amount: a line, a period, optionally a gate, with what the same
sentence says about it (vehicle trips, the budget estimate, a stated growth or
attainment, the qualifier in front of the amount). :class:`FeeCollections`
holds records and answers questions about them.

>>> from dongdang.fees.collections import FeeCollections, FeeLine, FeeRecord
>>> period = Period.parse("từ ngày 01/01-31/5/2024")
>>> fees = FeeCollections(
...     records=[
...         FeeRecord.read(FeeLine.TOTAL, period, "278.718 triệu đồng", growth="14,4%"),
...         FeeRecord.read(FeeLine.ENTRY_EXIT, period, "234.433 triệu đồng", growth="14,1%"),
...         FeeRecord.read(FeeLine.TRANSSHIPMENT, period, "44.285 triệu đồng", growth="17,5%"),
...     ]
... )
>>> print(fees.sentence(period))
Thu phí 5 tháng đầu năm 2024 đạt 278.718 triệu đồng, tăng 14,4% so với cùng kỳ năm 2023,
trong đó phí ra vào cửa khẩu 234.433 triệu đồng, tăng 14,1%;
phí sang tải 44.285 triệu đồng, tăng 17,5%.

Every answer says what it compares. A growth is computed from last year's
records when the collection holds them; otherwise it is the growth the report
states, and last year's amount is *implied* from it (:class:`Basis`). The
lines' own growths imply a growth for the total too, and here it is not the
one the report states:

>>> breakdown = fees.breakdown(period)
>>> format_percent(breakdown.total.rate, decimals=1), breakdown.matches_stated()
('14,6%', False)
>>> print(fees.findings()[0].describe("en"))
total fee, the first 5 months of 2024: the stated growth (up 14.4%) does not fit the stated
growths of its lines, which give up 14.6% (up 14.58% to 14.68% within the rounding of the
printed figures)

**What is refused, what is reported.** Building a record or a collection
refuses what cannot be, with an error naming the input: a negative amount or
trip count, money that is not money, two records for the same line, period and
gate, records in different currencies. What a report *can* print but gets
wrong is accepted and reported by :meth:`FeeCollections.findings`: a total that
is not the sum of its lines beyond the rounding of the printed figures, lines
or gates that add up to more than their total, a stated growth or attainment
that the other figures contradict. Checks leave out qualified figures ("trên
344,8 tỷ đồng" is a bound, not a value).

A figure is taken to be printed to its last digit: ``278718`` million đồng
stands for anything from 278 717,5 to 278 718,5 million, "14,4%" for 14,35% to
14,45%. All sums are exact; quotients carry 34 significant digits.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, cast, final

import attrs

from dongdang import indicators
from dongdang._decimal import EXACT, ONE, QUOTIENT, round_half_up, tidy, to_decimal
from dongdang._messages import change, change_range, message, qualified, span
from dongdang._validators import gate_code as _gate_code
from dongdang._validators import instance_of as _instance
from dongdang._validators import language as _check_lang
from dongdang._validators import non_negative_amount
from dongdang._validators import optional_instance_of as _optional
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UndefinedRatioError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.exchange import currency_or_none
from dongdang.intervals import (
    Interval,
    combine,
    flip,
    half_unit,
    implied_previous_interval,
    interval_of,
)
from dongdang.intervals import over as _over
from dongdang.intervals import to_decimal as interval_decimal
from dongdang.periods import Period
from dongdang.provenance import Source
from dongdang.text import Figure, Qualifier, format_amount, format_number, read_figure
from dongdang.units import (
    Quantity,
    convert,
    is_quantity,
    magnitude_in,
    sum_amounts,
    unit_of,
    ureg,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from dongdang.data import SeedFigure
    from dongdang.periods import Language


__all__ = [
    "REPORTING_LINES",
    "Basis",
    "FeeAttainment",
    "FeeCollections",
    "FeeFinding",
    "FeeGrowth",
    "FeeLine",
    "FeePerTrip",
    "FeeRecord",
    "FeeTotal",
    "FindingKind",
    "GrowthBreakdown",
    "LineContribution",
]


# -- the lines --------------------------------------------------------------------


class FeeLine(enum.Enum):
    """A reporting line of the fee, by its short Vietnamese name.

    ==============  ==========================  ================================================
    member          short name                  the Management Board's category
    ==============  ==========================  ================================================
    ENTRY_EXIT      phí ra vào cửa khẩu         phí đối với phương tiện ra, vào cửa khẩu
    TRANSSHIPMENT   phí sang tải                phí đối với phương tiện vận chuyển hàng hóa
                                                sang tải
    TOTAL           tổng số phí thu             the fee as a whole: phí sử dụng công trình
                                                kết cấu hạ tầng, … trong khu vực cửa khẩu
    ==============  ==========================  ================================================

    >>> from dongdang.fees.collections import FeeLine
    >>> FeeLine.parse("phí đối với phương tiện vận chuyển hàng hoá sang tải")
    <FeeLine.TRANSSHIPMENT: 'phí sang tải'>
    >>> FeeLine.ENTRY_EXIT.label("en")
    'entry–exit fee'
    """

    #: The entry–exit fee, paid by vehicles entering and leaving the gate area.
    ENTRY_EXIT = "phí ra vào cửa khẩu"
    #: The transshipment fee, paid by vehicles whose cargo is moved at a yard.
    TRANSSHIPMENT = "phí sang tải"
    #: Both lines together.
    TOTAL = "tổng số phí thu"

    @property
    def formal(self) -> str:
        """The name of the line in the Management Board's reports and the fee resolutions."""
        return _FORMAL[self]

    @property
    def english(self) -> str:
        """The English name, such as "entry–exit fee"."""
        return _ENGLISH_LINE[self]

    def label(self, lang: Language = "vi") -> str:
        """The short name in ``lang``."""
        _check_lang(lang)
        return self.value if lang == "vi" else self.english

    @classmethod
    def parse(cls, text: str) -> FeeLine:
        """Read a line from its short, formal or English name (case and spacing do not matter).

        Raises:
            UnknownCodeError: the text names no line.
            InvalidTypeError: the text is not a str.

        >>> FeeLine.parse("Phí ra, vào cửa khẩu")
        <FeeLine.ENTRY_EXIT: 'phí ra vào cửa khẩu'>
        >>> FeeLine.parse("phí bến bãi")
        Traceback (most recent call last):
        ...
        dongdang.errors.UnknownCodeError: unknown fee line 'phí bến bãi'; ...
        """
        if not isinstance(text, str):
            raise InvalidTypeError(f"a fee line must be named by a str, got {text!r}")
        line = _LINE_WORDS.get(_fold(text))
        if line is None:
            raise UnknownCodeError(
                "fee line",
                text,
                [member.value for member in FeeLine],
                also="their formal names, or 'entry–exit fee', 'transshipment fee', 'total fee'",
            )
        return line


#: The two lines a total is made of, in the order reports give them.
REPORTING_LINES: Final = (FeeLine.ENTRY_EXIT, FeeLine.TRANSSHIPMENT)

_FORMAL: Final = {
    FeeLine.ENTRY_EXIT: "phí đối với phương tiện ra, vào cửa khẩu",
    FeeLine.TRANSSHIPMENT: "phí đối với phương tiện vận chuyển hàng hóa sang tải",
    FeeLine.TOTAL: "phí sử dụng công trình kết cấu hạ tầng, công trình dịch vụ, "
    "tiện ích công cộng trong khu vực cửa khẩu",
}
_ENGLISH_LINE: Final = {
    FeeLine.ENTRY_EXIT: "entry–exit fee",
    FeeLine.TRANSSHIPMENT: "transshipment fee",
    FeeLine.TOTAL: "total fee",
}
_LINE_ORDER: Final = {FeeLine.TOTAL: 0, FeeLine.ENTRY_EXIT: 1, FeeLine.TRANSSHIPMENT: 2}


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).lower().replace("–", "-").replace("—", "-")
    # Old-style tone placement: "hoá" is "hóa".
    return " ".join(folded.replace("hoá", "hóa").split())


_LINE_WORDS: Final = {
    _fold(word): line
    for line, words in {
        FeeLine.ENTRY_EXIT: (
            "phí ra vào cửa khẩu",
            "phí ra, vào cửa khẩu",
            "phí đối với phương tiện ra, vào cửa khẩu",
            "phí đối với phương tiện ra vào cửa khẩu",
            "entry-exit fee",
            "entry-exit",
            "entry_exit",
        ),
        FeeLine.TRANSSHIPMENT: (
            "phí sang tải",
            "phí đối với phương tiện vận chuyển hàng hóa sang tải",
            "phí đối với phương tiện sang tải",
            "phí thu đối với phương tiện sang tải",
            "transshipment fee",
            "transshipment",
        ),
        FeeLine.TOTAL: (
            "tổng số phí thu",
            "tổng số phí",
            "tổng thu phí",
            "thu phí qua cửa khẩu",
            _FORMAL[FeeLine.TOTAL],
            "phí " + _FORMAL[FeeLine.TOTAL],
            "total fee",
            "total",
        ),
    }.items()
    for word in words
}


class Basis(enum.Enum):
    """Where the base of a comparison (last year's amount, the estimate) comes from."""

    #: Both figures are on record, such as last year's records or the estimate (dự toán).
    RECORDED = "recorded"
    #: The report's stated percent, with the base implied from it.
    STATED = "stated"
    #: The total's figures are its lines' figures (each recorded or stated), summed.
    LINES = "lines"


# -- validation ---------------------------------------------------------------------

_GATE: Final = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def _is_money(quantity: Quantity) -> bool:
    return currency_or_none(quantity) is not None


def _money(value: object, name: str) -> Quantity:
    return non_negative_amount(
        value,
        name,
        expected="an amount of money such as amount(278718, 'million_VND')",
        accepts=_is_money,
        must_be="money (VND, USD or CNY)",
    )


def _amount(value: Quantity) -> Quantity:
    return _money(value, "amount")


def _estimate(value: Quantity | None) -> Quantity | None:
    return None if value is None else _money(value, "estimate")


def _trips(value: Quantity | Decimal | float | None) -> int | None:
    if value is None:
        return None
    if is_quantity(value):
        quantity = cast("Quantity", value)
        if quantity.dimensionality != ureg.Unit("vehicle_trip").dimensionality:
            raise UnitMismatchError(f"trips must be a count of vehicle trips, got {quantity}")
        to_decimal(quantity.magnitude, "trips")
        number = magnitude_in(quantity, "vehicle_trip")
    else:
        number = to_decimal(value, "trips")
    if number != number.to_integral_value():
        raise InvalidValueError(f"trips must be a whole number of vehicle trips, got {value}")
    if number < 0:
        raise InvalidValueError(f"trips must not be negative, got {value}")
    return int(number)


def _percent(value: object, name: str) -> Figure | None:
    if value is None:
        return None
    figure = read_figure(value) if isinstance(value, str) else value
    if not isinstance(figure, Figure):
        raise InvalidTypeError(
            f"{name} must be a percent as printed (a Figure or a str such as '14,4%'), "
            f"got {value!r}"
        )
    if figure.unit != "percent":
        raise InvalidValueError(f"{name} must be a percent such as '14,4%', got {figure.text!r}")
    return figure


def _stated_growth(value: Figure | str | None) -> Figure | None:
    figure = _percent(value, "stated_growth")
    if figure is not None and figure.fraction < -1:
        raise InvalidValueError(
            f"stated_growth is {figure.text!r}: nothing falls by more than 100%"
        )
    return figure


def _stated_attainment(value: Figure | str | None) -> Figure | None:
    figure = _percent(value, "stated_attainment")
    if figure is not None and figure.fraction < 0:
        raise InvalidValueError(f"stated_attainment is {figure.text!r}: it cannot be negative")
    return figure


def _check_gate(value: object) -> None:
    _gate_code(cast("str | None", value))


def _gate(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    _check_gate(value)


# -- qualifiers -----------------------------------------------------------------------


def _combine(*qualifiers: Qualifier | None) -> Qualifier | None:
    """The qualifier of a sum (:func:`dongdang.intervals.combine`)."""
    return combine(qualifiers)


# -- the record ------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class FeeRecord:
    """One amount collected: a line, a period, optionally a gate.

    Attributes:
        line: the reporting line, or :attr:`FeeLine.TOTAL` for both.
        period: the period collected in.
        amount: the amount, in the report's currency and scale (``278718 million_VND``).
        gate: the gate code ("huu-nghi"), or None for all the gates the report covers.
        trips: the vehicle trips the amount was collected on, if printed.
        estimate: the budget estimate (dự toán) for the line and period, if printed.
        qualifier: what the word before the amount says ("trên" is at least), or None.
        stated_growth: the growth on the same period last year as printed, or None.
        stated_attainment: the share of the estimate reached as printed, or None.
        source: the document the amount was read from, or None.
        sentence: the sentence around it, or None.

    >>> from dongdang.fees.collections import FeeLine, FeeRecord
    >>> record = FeeRecord(
    ...     line=FeeLine.TRANSSHIPMENT,
    ...     period=Period.year(2021),
    ...     amount=parse_amount("100.751 triệu đồng"),
    ...     trips=215385,
    ... )
    >>> record.label()
    'phí sang tải năm 2021'
    >>> FeeRecord(line=FeeLine.TOTAL, period=Period.year(2021), amount=amount(-1, "VND"))
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: amount must not be negative, got -1 VND
    """

    line: FeeLine = attrs.field(
        validator=_instance(FeeLine, "line", "; read one with FeeLine.parse")
    )
    period: Period = attrs.field(
        validator=_instance(Period, "period", "; read one with Period.parse")
    )
    amount: Quantity = attrs.field(converter=_amount)
    gate: str | None = attrs.field(default=None, validator=_gate)
    trips: int | None = attrs.field(default=None, converter=_trips)
    estimate: Quantity | None = attrs.field(default=None, converter=_estimate)
    qualifier: Qualifier | None = attrs.field(
        default=None, validator=_optional(Qualifier, "qualifier")
    )
    stated_growth: Figure | None = attrs.field(default=None, converter=_stated_growth)
    stated_attainment: Figure | None = attrs.field(default=None, converter=_stated_attainment)
    source: Source | None = attrs.field(default=None, validator=_optional(Source, "source"))
    sentence: str | None = attrs.field(default=None, validator=_optional(str, "sentence"))

    def __attrs_post_init__(self) -> None:
        if self.estimate is not None and currency_or_none(self.estimate) != self.currency:
            raise UnitMismatchError(
                f"{self.label('en')}: the amount ({self.amount}) and the estimate "
                f"({self.estimate}) are in different currencies"
            )

    @property
    def currency(self) -> str:
        """The ISO code of the amount's currency ("VND")."""
        return cast("str", currency_or_none(self.amount))

    @property
    def key(self) -> tuple[FeeLine, Period, str | None]:
        """The line, period and gate, which identify the record in a collection."""
        return (self.line, self.period, self.gate)

    def label(self, lang: Language = "vi") -> str:
        """The line, period and gate in words: "phí sang tải năm 2021"."""
        return _where(self.line, self.period, self.gate, lang)

    @classmethod
    def read(
        cls,
        line: FeeLine | str,
        period: Period | str,
        text: str,
        *,
        growth: str | Figure | None = None,
        attainment: str | Figure | None = None,
        gate: str | None = None,
        trips: str | int | Quantity | None = None,
        estimate: str | Quantity | None = None,
        source: Source | None = None,
        sentence: str | None = None,
    ) -> FeeRecord:
        """A record from the words of a report.

        ``line``, ``period``, ``text`` (the amount, with any qualifier), ``trips``
        and ``estimate`` may be written as a report writes them.

        >>> from dongdang.fees.collections import FeeRecord
        >>> record = FeeRecord.read(
        ...     "phí sang tải", "năm 2021", "100.751 triệu đồng", trips="215.385 lượt xe"
        ... )
        >>> record.trips, record.amount
        (215385, <Quantity(100751, 'million_VND')>)
        >>> FeeRecord.read(
        ...     "tổng số phí thu", "9 tháng đầu năm 2020", "trên 344,8 tỷ đồng"
        ... ).qualifier
        <Qualifier.AT_LEAST: 'at_least'>
        """
        figure = read_figure(text)
        return cls(
            line=FeeLine.parse(line) if isinstance(line, str) else line,
            period=Period.parse(period) if isinstance(period, str) else period,
            amount=figure.quantity,
            qualifier=figure.qualifier,
            gate=gate,
            trips=read_figure(trips).quantity if isinstance(trips, str) else trips,
            estimate=read_figure(estimate).quantity if isinstance(estimate, str) else estimate,
            stated_growth=growth,
            stated_attainment=attainment,
            source=source,
            sentence=sentence,
        )

    @classmethod
    def from_seed(
        cls,
        item: SeedFigure,
        line: FeeLine | str,
        *,
        gate: str | None = None,
        trips: int | Quantity | None = None,
        estimate: Quantity | None = None,
    ) -> FeeRecord:
        """A record from a bundled seed figure, keeping its source and sentence.

        >>> from dongdang.data import seed_figures
        >>> from dongdang.fees.collections import FeeRecord
        >>> record = FeeRecord.from_seed(seed_figures()["fee-2020-9m-total"], "tổng số phí thu")
        >>> record.qualifier, record.stated_growth.text, record.source.id
        (<Qualifier.AT_LEAST: 'at_least'>, '-21,5%', 'seed-000')
        """
        return cls(
            line=FeeLine.parse(line) if isinstance(line, str) else line,
            period=item.period,
            amount=item.figure.quantity,
            qualifier=item.figure.qualifier,
            gate=gate,
            trips=trips,
            estimate=estimate,
            stated_growth=item.growth,
            stated_attainment=item.attainment,
            source=item.source,
            sentence=item.sentence,
        )


def _records(value: Iterable[FeeRecord]) -> tuple[FeeRecord, ...]:
    try:
        items = tuple(cast("Iterable[object]", value))
    except TypeError:
        raise InvalidTypeError.of("records", "an iterable of FeeRecord", value) from None
    for index, item in enumerate(items):
        if not isinstance(item, FeeRecord):
            raise InvalidTypeError(f"records[{index}] must be a FeeRecord, got {item!r}")
    records = cast("tuple[FeeRecord, ...]", items)
    return tuple(sorted(records, key=_order))


def _order(record: FeeRecord) -> tuple[object, ...]:
    gate = record.gate
    return (
        record.period.start,
        record.period.end,
        gate is not None,
        gate or "",
        _LINE_ORDER[record.line],
    )


def _when(period: Period, gate: str | None, lang: Language) -> str:
    """The period, and the gate if any: "năm 2021 tại cửa khẩu Hữu Nghị"."""
    _check_lang(lang)
    if gate is None:
        return period.label(lang)
    from dongdang.gates import gate_name  # noqa: PLC0415 - the registry is read when named

    return message("fees.at_gate", lang, period=period.label(lang), gate=gate_name(gate))


def _where(line: FeeLine, period: Period, gate: str | None, lang: Language) -> str:
    """The line, the period, and the gate if any: "phí sang tải năm 2021"."""
    return message("fees.where", lang, line=line.label(lang), when=_when(period, gate, lang))


def _sources(records: Iterable[FeeRecord]) -> tuple[Source, ...]:
    return tuple(dict.fromkeys(r.source for r in records if r.source is not None))


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


# -- words -------------------------------------------------------------------------------


def _amount_text(
    quantity: Quantity, qualifier: Qualifier | None, unit: str | None, lang: Language
) -> str:
    text = format_amount(quantity, unit if unit is not None else str(quantity.units), lang)
    return qualified(qualifier, text, lang)


def _change(rate: Decimal, qualifier: Qualifier | None, places: int, lang: Language) -> str:
    """The change in words: "tăng 14,4%", "giảm 21,5%", "không đổi", "up 14.4%"."""
    rounded = round_half_up(rate.scaleb(2, EXACT), places)
    if rounded == 0:
        return message("change.none", lang)
    # A bound on a fall reads the other way: "at least -20%" is "down at most 20%".
    word = qualifier if rounded > 0 else flip(qualifier)
    size = qualified(word, f"{format_number(abs(rounded), lang, places)}%", lang)
    return message("change.up" if rounded > 0 else "change.down", lang, size=size)


def _against(period: Period, lang: Language) -> str:
    """The comparison in words: "so với cùng kỳ năm 2023", "on the same period of 2023"."""
    if period.start.year == period.end.year:
        return message("against.year", lang, year=period.start.year)
    return message("against.period", lang, period=period.label(lang))


def _plain(figure: Figure, lang: Language) -> str:
    return f"{format_number(figure.value, lang, figure.decimals)}%"


def _describe_point(value: Decimal | None, lang: Language, *, signed: bool) -> str:
    if value is None:
        return message("fees.undefined", lang)
    if signed:
        return change(value, lang, 1)
    return f"{format_number(value.scaleb(2, EXACT), lang, 2)}%"


def _describe_bounds(
    bounds: tuple[Decimal, Decimal | None], lang: Language, *, signed: bool
) -> str:
    low, high = bounds

    def show(value: Decimal) -> str:
        return f"{format_number(value.scaleb(2, EXACT), lang, 2)}%"

    if signed:
        words = change_range(low, high, lang, 2)
    else:
        words = span(show(low), None if high is None else show(high), lang)
    return message("fees.within_rounding", lang, range=words)


# -- rounding ranges ------------------------------------------------------------------------


def _prints_as(value: Decimal, stated: Figure | None) -> bool | None:
    if stated is None:
        return None
    return round_half_up(value.scaleb(2, EXACT), stated.decimals) == stated.value


def _half_percent(figure: Figure) -> Decimal:
    """Half a unit of the last printed digit of a percent, as a fraction."""
    return interval_decimal(half_unit(figure) / 100)


def _consistent(bounds: tuple[Decimal, Decimal | None], stated: Figure) -> bool:
    """Whether a range of values meets the values that print as ``stated``.

    The stated figure allows what :func:`dongdang.intervals.interval_of` says,
    qualifier included.
    """
    low, high = bounds
    allowed = Interval(low=Fraction(low) * 100, high=None if high is None else Fraction(high) * 100)
    return allowed.meets(interval_of(stated))


def _half_unit(quantity: Quantity, base: str) -> Decimal:
    """Half a unit of the last digit of ``quantity``'s magnitude, in ``base``."""
    exponent = cast("int", to_decimal(quantity.magnitude, "amount").as_tuple().exponent)
    return magnitude_in(ureg.Quantity(Decimal(5).scaleb(exponent - 1, EXACT), quantity.units), base)


@attrs.frozen
class _Part:
    """A figure and its base, each as printed with half a unit of its last digit."""

    current: Decimal
    current_half: Decimal
    previous: Decimal | None = None
    previous_half: Decimal = Decimal(0)
    growth: Decimal | None = None
    growth_half: Decimal = Decimal(0)


def _printed(records: Iterable[FeeRecord], base: str) -> tuple[Decimal, Decimal]:
    """The sum of the records' amounts in ``base``, and half a unit of each, summed."""
    items = list(records)
    value = functools.reduce(EXACT.add, (magnitude_in(r.amount, base) for r in items), Decimal(0))
    half = functools.reduce(EXACT.add, (_half_unit(r.amount, base) for r in items), Decimal(0))
    return value, half


def _previous_sum(parts: Sequence[_Part], currents: Sequence[Decimal], end: int) -> Decimal | None:
    """The parts' previous amounts summed: each at its least (-1), as printed (0) or most (+1).

    None when a stated growth of -100% or less leaves the previous amount undefined.
    """
    total = Decimal(0)
    for part, now in zip(parts, currents, strict=True):
        if part.previous is not None:
            value = max(
                EXACT.add(part.previous, EXACT.multiply(end, part.previous_half)), Decimal(0)
            )
        else:
            # The most previous goes with the least growth.
            growth = EXACT.subtract(
                cast("Decimal", part.growth), EXACT.multiply(end, part.growth_half)
            )
            base = EXACT.add(ONE, growth)
            if base <= 0:
                return None
            # As implied_previous rounds it, so that the point is the breakdown's growth.
            value = indicators.implied_previous(now, growth)
        total = EXACT.add(total, value)
    return total


def _growth_of(now: Decimal, before: Decimal | None) -> Decimal | None:
    if before is None or before <= 0:
        return None
    return tidy(EXACT.subtract(QUOTIENT.divide(now, before), ONE))


def _growth_bounds(parts: Sequence[_Part]) -> tuple[Decimal, Decimal | None, Decimal | None]:
    """The least and greatest growth the parts allow, and the growth as printed.

    The growth of a sum is monotonic in each previous amount and each stated
    growth, and a ratio of linear functions of the current amounts, so its
    extremes are at the corners of the box of current amounts.
    """
    lows: list[Decimal] = []
    highs: list[Decimal | None] = []
    boxes = [
        (
            max(EXACT.subtract(p.current, p.current_half), Decimal(0)),
            EXACT.add(p.current, p.current_half),
        )
        for p in parts
    ]
    for corner in itertools.product(*boxes):
        now = functools.reduce(EXACT.add, corner, Decimal(0))
        low = _growth_of(now, _previous_sum(parts, corner, +1))
        lows.append(-ONE if low is None else low)
        highs.append(_growth_of(now, _previous_sum(parts, corner, -1)))
    printed = [p.current for p in parts]
    point = _growth_of(
        functools.reduce(EXACT.add, printed, Decimal(0)), _previous_sum(parts, printed, 0)
    )
    high = None if any(h is None for h in highs) else max(cast("list[Decimal]", highs))
    return min(lows), high, point


def _implied(record: FeeRecord, stated: Figure) -> Quantity:
    """Last year's amount a record and its stated growth imply.

    As the printed numbers give it, or, when it is a bound, the bound the printed
    figures guarantee within their rounding.
    """
    point = indicators.implied_previous(record.amount, stated.fraction)
    qualifier = _over(record.qualifier, stated.qualifier)
    if qualifier not in (Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.BELOW):
        return point
    value = to_decimal(record.amount.magnitude, "amount")
    exponent = cast("int", value.as_tuple().exponent)
    printed = Figure(
        text=str(record.amount),
        span=(0, 0),
        qualifier=record.qualifier,
        qualifier_word=None,
        value=value,
        decimals=max(-exponent, 0),
        unit=str(record.amount.units),
    )
    allowed = implied_previous_interval(printed, stated)
    end = allowed.low if qualifier is Qualifier.AT_LEAST else allowed.high
    # A bound in one direction comes from figures bounded on that side, and a
    # stated growth above -100% is above it within its rounding too.
    assert end is not None  # noqa: S101
    exact = QUOTIENT.divide(Decimal(end.numerator), Decimal(end.denominator))
    return ureg.Quantity(tidy(exact), record.amount.units)


# -- the collection ---------------------------------------------------------------------------

_Key = tuple[FeeLine, Period, str | None]


@final
@attrs.frozen(kw_only=True)
class FeeCollections:
    """Fee records, one per line, period and gate, and what they say together.

    Records are kept in a canonical order (by period, gate, line), so two
    collections of the same records are equal whatever order they came in.

    Raises:
        InvalidTypeError: something other than a :class:`FeeRecord`.
        InvalidValueError: two records for the same line, period and gate.
        UnitMismatchError: records in different currencies.

    >>> from dongdang.fees.collections import FeeCollections, FeeLine, FeeRecord
    >>> year = Period.year(2021)
    >>> FeeCollections(
    ...     records=[
    ...         FeeRecord.read(FeeLine.TOTAL, year, "664.127 triệu đồng"),
    ...         FeeRecord.read(FeeLine.TOTAL, year, "664 tỷ đồng"),
    ...     ]
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: two records of the total fee, 2021: 664127 million_VND ...
    """

    records: tuple[FeeRecord, ...] = attrs.field(converter=_records)
    _index: dict[_Key, FeeRecord] = attrs.field(init=False, repr=False, eq=False)

    def __repr__(self) -> str:
        periods = self.periods
        span = f", {periods[0].label('en')} to {periods[-1].label('en')}" if periods else ""
        return (
            f"<FeeCollections: {len(self)} records, {len(periods)} periods{span}, {self.currency}>"
        )

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The records as a pandas DataFrame: see :func:`dongdang.fees.table.fee_records_frame`."""
        from dongdang.fees.table import fee_records_frame  # noqa: PLC0415 - pandas, on demand

        return fee_records_frame(self, exact=exact)

    @classmethod
    def from_frame(
        cls,
        frame: Any,  # noqa: ANN401 - a pandas or polars DataFrame, or a pyarrow Table
        *,
        sources: Mapping[str, Source] | None = None,
        mapping: Mapping[str, str] | None = None,
    ) -> FeeCollections:
        """Collections from a table: see :func:`dongdang.fees.table.read_fee_records`."""
        from dongdang.fees.table import read_fee_records  # noqa: PLC0415 - the table reader

        return read_fee_records(frame, sources=sources, mapping=mapping)

    def growth_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """Every growth the records give: see :func:`dongdang.fees.table.growth_frame`."""
        from dongdang.fees.table import growth_frame  # noqa: PLC0415 - pandas, on demand

        return growth_frame(self, exact=exact)

    def attainment_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """Every attainment the records give: see :func:`dongdang.fees.table.attainment_frame`."""
        from dongdang.fees.table import attainment_frame  # noqa: PLC0415 - pandas, on demand

        return attainment_frame(self, exact=exact)

    def _repr_html_(self) -> str:
        from dongdang.fees.table import fee_records_html  # noqa: PLC0415 - notebooks only

        return fee_records_html(self)

    def __attrs_post_init__(self) -> None:
        index: dict[_Key, FeeRecord] = {}
        for record in self.records:
            other = index.get(record.key)
            if other is not None:
                raise InvalidValueError(
                    f"two records of the {record.label('en')}: {other.amount} and "
                    f"{record.amount}; a line, period and gate has one record"
                )
            first = self.records[0]
            if record.currency != first.currency:
                raise UnitMismatchError(
                    f"records in different currencies: {first.label('en')} is {first.amount}, "
                    f"{record.label('en')} is {record.amount}"
                )
            index[record.key] = record
        object.__setattr__(self, "_index", index)

    def __iter__(self) -> Iterator[FeeRecord]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    @property
    def currency(self) -> str | None:
        """The ISO code of the records' currency, or None for an empty collection."""
        return self.records[0].currency if self.records else None

    @property
    def periods(self) -> tuple[Period, ...]:
        """The periods on record, in order."""
        return tuple(dict.fromkeys(record.period for record in self.records))

    def with_records(self, *records: FeeRecord) -> FeeCollections:
        """A new collection with ``records`` added."""
        return FeeCollections(records=(*self.records, *records))

    # -- lookups -----------------------------------------------------------------------

    def _check(self, period: object, line: object, gate: object) -> None:
        if not isinstance(period, Period):
            raise InvalidTypeError.of("period", "a Period", period)
        if not isinstance(line, FeeLine):
            raise InvalidTypeError.of("line", "a FeeLine", line)
        _check_gate(gate)

    def _missing(self, period: Period, line: FeeLine, gate: str | None) -> InvalidValueError:
        held = "; ".join(dict.fromkeys(r.period.label("en") for r in self.records)) or "nothing"
        return InvalidValueError(
            f"no record of the {_where(line, period, gate, 'en')}; the records cover: {held}"
        )

    def record(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeeRecord:
        """The record of ``line`` for ``period`` at ``gate``.

        Raises:
            InvalidValueError: there is no such record; the message names the
                line, period and gate, and the periods on record.
        """
        self._check(period, line, gate)
        record = self._index.get((line, period, gate))
        if record is None:
            raise self._missing(period, line, gate)
        return record

    def _resolve(self, period: Period, line: FeeLine, gate: str | None) -> FeeTotal | None:
        record = self._index.get((line, period, gate))
        if record is not None:
            return _total_of((record,), period, line, gate, Basis.RECORDED)
        if line is FeeLine.TOTAL:
            parts = [self._index.get((part, period, gate)) for part in REPORTING_LINES]
            if all(part is not None for part in parts):
                found = cast("list[FeeRecord]", parts)
                return _total_of(tuple(found), period, line, gate, Basis.LINES)
        return None

    def total(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeeTotal:
        """The amount collected on ``line`` in ``period`` at ``gate`` (None: all gates).

        The total of both lines is the total's record where there is one, and
        otherwise the exact sum of the two lines' records. Periods are matched
        exactly: records of months are not added up into a quarter.

        Raises:
            InvalidValueError: nothing on record gives it.

        >>> from dongdang.data import seed_fee_collections
        >>> from dongdang.fees.collections import FeeLine
        >>> fees = seed_fee_collections()
        >>> fees.total(Period.year(2021), line=FeeLine.TRANSSHIPMENT).amount
        <Quantity(100751, 'million_VND')>
        >>> fees.total(Period.year(2022))
        Traceback (most recent call last):
        ...
        dongdang.errors.InvalidValueError: no record of the total fee, 2022; the records cover: ...
        """
        self._check(period, line, gate)
        found = self._resolve(period, line, gate)
        if found is None:
            raise self._missing(period, line, gate)
        return found

    # -- growth ---------------------------------------------------------------------------

    def growth(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeeGrowth:
        """The growth of ``line`` on the same period last year.

        In order of preference: from last year's records (:attr:`Basis.RECORDED`);
        the growth the record states, with last year's amount implied
        (:attr:`Basis.STATED`); for the total, from its lines' growths
        (:attr:`Basis.LINES`: then ``current`` and ``previous`` are the lines' sums).

        Raises:
            InvalidValueError: no record for ``period``, or neither last year's
                records nor a stated growth.
            UndefinedRatioError: last year's amount is zero, or a stated fall of
                100% leaves it undefined.

        >>> from dongdang.data import seed_fee_collections
        >>> growth = seed_fee_collections().growth(Period.year(2021))
        >>> growth.basis, growth.rate, growth.previous_period.label()
        (<Basis.STATED: 'stated'>, Decimal('0.402'), 'năm 2020')
        >>> format_amount(growth.previous, "triệu đồng", decimals=0)
        '473.700 triệu đồng'
        """
        self._check(period, line, gate)
        found = self._growth(period, line, gate)
        if isinstance(found, str):
            raise InvalidValueError(found)
        return found

    def _growth(self, period: Period, line: FeeLine, gate: str | None) -> FeeGrowth | str:
        """The growth, or why there is none."""
        current = self._resolve(period, line, gate)
        if current is None:
            return str(self._missing(period, line, gate))
        where = _where(line, period, gate, "en")
        before = period.same_period_last_year()
        previous = self._resolve(before, line, gate)
        stated = current.records[0].stated_growth if current.basis is Basis.RECORDED else None
        if previous is not None:
            if previous.amount.magnitude == 0:
                raise UndefinedRatioError(
                    f"the {_where(line, before, gate, 'en')} is {previous.amount}: "
                    f"the growth of the {where} needs last year's amount above zero",
                    argument="previous",
                )
            return FeeGrowth(
                period=period,
                previous_period=before,
                line=line,
                gate=gate,
                current=current.amount,
                current_qualifier=current.qualifier,
                previous=previous.amount,
                previous_qualifier=previous.qualifier,
                rate=indicators.growth_rate(current.amount, previous.amount),
                qualifier=_over(current.qualifier, previous.qualifier),
                basis=Basis.RECORDED,
                stated=stated,
                records=current.records + previous.records,
            )
        if stated is not None:
            if stated.fraction <= -1:
                raise UndefinedRatioError(
                    f"the {where} is stated to change by {stated.text!r}: "
                    "a fall of 100% leaves last year's amount undefined",
                    argument="growth",
                )
            return FeeGrowth(
                period=period,
                previous_period=before,
                line=line,
                gate=gate,
                current=current.amount,
                current_qualifier=current.qualifier,
                previous=_implied(current.records[0], stated),
                previous_qualifier=_over(current.qualifier, stated.qualifier),
                rate=stated.fraction,
                qualifier=stated.qualifier,
                basis=Basis.STATED,
                stated=stated,
                records=current.records,
            )
        if line is FeeLine.TOTAL:
            parts = [self._growth(period, part, gate) for part in REPORTING_LINES]
            if all(isinstance(part, FeeGrowth) for part in parts):
                return _from_lines(period, gate, cast("list[FeeGrowth]", parts))
        lines = " and its lines give none" if line is FeeLine.TOTAL else ""
        return (
            f"no growth for the {where}: no record for the same period last year "
            f"({before.label('en')}) and no stated growth{lines}"
        )

    def breakdown(self, period: Period, *, gate: str | None = None) -> GrowthBreakdown:
        """The total's growth built up from its two lines: shares and contributions.

        Each line's growth is the one :meth:`growth` gives; the total's is that of
        their sums, so the contributions add up to it. Where the report states a
        growth for the total, compare it with :meth:`GrowthBreakdown.matches_stated`
        and :meth:`GrowthBreakdown.consistent_with_stated`.

        Raises:
            InvalidValueError: a line has no record or no growth for ``period``.
            UndefinedRatioError: the lines' amounts last year add up to zero.
        """
        self._check(period, FeeLine.TOTAL, gate)
        growths: list[FeeGrowth] = []
        for line in REPORTING_LINES:
            found = self._growth(period, line, gate)
            if isinstance(found, str):
                raise InvalidValueError(f"no breakdown of the total by its lines: {found}")
            growths.append(found)
        total = _from_lines(period, gate, growths)
        lines = tuple(
            LineContribution(
                line=part.line,
                growth=part,
                share=indicators.share(part.current, total.current),
                previous_share=indicators.share(part.previous, total.previous),
                contribution=indicators.contribution_to_growth(
                    part.current, part.previous, total.previous
                ),
            )
            for part in growths
        )
        record = self._index.get((FeeLine.TOTAL, period, gate))
        parts = [self._part(period, line, gate) for line in REPORTING_LINES]
        bounds = None
        if all(part is not None for part in parts):
            low, high, _point = _growth_bounds(cast("list[_Part]", parts))
            bounds = (low, high)
        return GrowthBreakdown(
            period=period,
            gate=gate,
            total=total,
            lines=lines,
            stated=None if record is None else record.stated_growth,
            bounds=bounds,
        )

    # -- attainment and averages -------------------------------------------------------------

    def attainment(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeeAttainment:
        """How much of the budget estimate (dự toán) ``line`` collected in ``period``.

        From the estimate on record (:attr:`Basis.RECORDED`), or else the
        attainment the record states, with the estimate implied (:attr:`Basis.STATED`).

        Raises:
            InvalidValueError: no record, or neither an estimate nor a stated attainment.
            UndefinedRatioError: the estimate, or the stated attainment, is zero.

        >>> from dongdang.data import seed_fee_collections
        >>> from dongdang.fees.collections import FeeLine
        >>> reached = seed_fee_collections().attainment(
        ...     Period.year(2021), line=FeeLine.TRANSSHIPMENT
        ... )
        >>> reached.basis, format_amount(reached.estimate, "triệu đồng", decimals=0)
        (<Basis.STATED: 'stated'>, '56.519 triệu đồng')
        """
        self._check(period, line, gate)
        current = self._resolve(period, line, gate)
        if current is None:
            raise self._missing(period, line, gate)
        where = _where(line, period, gate, "en")
        stated = current.records[0].stated_attainment if current.basis is Basis.RECORDED else None
        if current.estimate is not None:
            if current.estimate.magnitude == 0:
                raise UndefinedRatioError(
                    f"the estimate of the {where} is {current.estimate}: "
                    "an attainment needs an estimate above zero",
                    argument="estimate",
                )
            estimate, basis = current.estimate, Basis.RECORDED
            ratio = indicators.attainment(current.amount, estimate)
            ratio_qualifier, estimate_qualifier = current.qualifier, None
        elif stated is not None:
            if stated.fraction == 0:
                raise UndefinedRatioError(
                    f"the {where} is stated to reach {stated.text!r} of its estimate, "
                    "which leaves the estimate undefined",
                    argument="attainment",
                )
            estimate, basis = indicators.implied_base(current.amount, stated.fraction), Basis.STATED
            ratio, ratio_qualifier = stated.fraction, stated.qualifier
            estimate_qualifier = _over(current.qualifier, stated.qualifier)
        else:
            raise InvalidValueError(
                f"no attainment for the {where}: no estimate (dự toán) on record "
                "and no stated attainment"
            )
        return FeeAttainment(
            period=period,
            line=line,
            gate=gate,
            amount=current.amount,
            estimate=estimate,
            ratio=ratio,
            qualifier=ratio_qualifier,
            estimate_qualifier=estimate_qualifier,
            basis=basis,
            stated=stated,
            records=current.records,
        )

    def per_trip(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeePerTrip:
        """The average fee per vehicle trip on ``line`` in ``period``.

        Raises:
            InvalidValueError: no record, or no trip count.
            UndefinedRatioError: the trip count is zero.

        >>> from dongdang.data import seed_fee_collections
        >>> from dongdang.fees.collections import FeeLine
        >>> average = seed_fee_collections().per_trip(Period.year(2021), line=FeeLine.TRANSSHIPMENT)
        >>> format_amount(average.average, "đồng/lượt", decimals=0)
        '467.772 đồng/lượt'
        """
        self._check(period, line, gate)
        current = self._resolve(period, line, gate)
        if current is None:
            raise self._missing(period, line, gate)
        where = _where(line, period, gate, "en")
        if current.trips is None:
            raise InvalidValueError(f"no trip count for the {where}")
        if current.trips == 0:
            raise UndefinedRatioError(
                f"the {where} was collected on 0 trips: an average needs trips above zero",
                argument="trips",
            )
        currency = cast("str", currency_or_none(current.amount))
        magnitude = QUOTIENT.divide(magnitude_in(current.amount, currency), Decimal(current.trips))
        return FeePerTrip(
            period=period,
            line=line,
            gate=gate,
            amount=current.amount,
            trips=current.trips,
            average=ureg.Quantity(tidy(magnitude), unit_of(f"{currency} / vehicle_trip")),
            qualifier=current.qualifier,
            records=current.records,
        )

    # -- findings ---------------------------------------------------------------------------------

    def _part(self, period: Period, line: FeeLine, gate: str | None) -> _Part | None:
        """A record and its base as printed, for rounding ranges; None if a figure is qualified."""
        record = self._index.get((line, period, gate))
        if record is None or record.qualifier is not None:
            return None
        base = record.currency
        current, current_half = _printed((record,), base)
        previous = self._resolve(period.same_period_last_year(), line, gate)
        if previous is not None:
            if previous.qualifier is not None:
                return None
            before, before_half = _printed(previous.records, base)
            return _Part(current, current_half, previous=before, previous_half=before_half)
        stated = record.stated_growth
        if stated is None or stated.qualifier is not None:
            return None
        return _Part(
            current, current_half, growth=stated.fraction, growth_half=_half_percent(stated)
        )

    def findings(self) -> tuple[FeeFinding, ...]:
        """Every inconsistency among the figures, in record order.

        >>> from dongdang.data import seed_fee_collections
        >>> [finding.kind for finding in seed_fee_collections().findings()]
        [<FindingKind.GROWTH_DIFFERS: 'growth_differs'>]
        """
        found: list[FeeFinding] = []
        for record in self.records:
            if record.line is FeeLine.TOTAL:
                found.extend(self._line_findings(record))
            if record.gate is None:
                found.extend(self._gate_findings(record))
            found.extend(self._stated_findings(record))
        return tuple(found)

    def _line_findings(self, total: FeeRecord) -> list[FeeFinding]:
        period, gate = total.period, total.gate
        lines = [self._index.get((line, period, gate)) for line in REPORTING_LINES]
        parts = [line for line in lines if line is not None]
        found: list[FeeFinding] = []
        if parts and not any(r.qualifier is not None for r in (total, *parts)):
            value, half = _printed((total,), total.currency)
            summed, summed_half = _printed(parts, total.currency)
            slack = EXACT.add(half, summed_half)
            gap = EXACT.subtract(value, summed)
            complete = len(parts) == len(REPORTING_LINES)
            if (complete and abs(gap) > slack) or (not complete and -gap > slack):
                unit = str(total.amount.units)
                found.append(
                    FeeFinding(
                        kind=FindingKind.TOTAL_NOT_SUM_OF_LINES
                        if complete
                        else FindingKind.LINES_EXCEED_TOTAL,
                        period=period,
                        line=FeeLine.TOTAL,
                        gate=gate,
                        records=(total, *parts),
                        difference=convert(ureg.Quantity(gap, total.currency), unit),
                    )
                )
        stated = total.stated_growth
        if stated is not None and stated.qualifier is None:
            pieces = [self._part(period, line, gate) for line in REPORTING_LINES]
            if all(piece is not None for piece in pieces):
                low, high, point = _growth_bounds(cast("list[_Part]", pieces))
                if not _consistent((low, high), stated):
                    found.append(
                        FeeFinding(
                            kind=FindingKind.GROWTH_DIFFERS,
                            period=period,
                            line=FeeLine.TOTAL,
                            gate=gate,
                            records=(total, *parts),
                            stated=stated,
                            derived=point,
                            bounds=(low, high),
                            basis=Basis.LINES,
                        )
                    )
        return found

    def _gate_findings(self, whole: FeeRecord) -> list[FeeFinding]:
        gates = [
            r
            for r in self.records
            if r.line is whole.line and r.period == whole.period and r.gate is not None
        ]
        if not gates or any(r.qualifier is not None for r in (whole, *gates)):
            return []
        value, half = _printed((whole,), whole.currency)
        summed, summed_half = _printed(gates, whole.currency)
        if EXACT.subtract(summed, value) <= EXACT.add(half, summed_half):
            return []
        return [
            FeeFinding(
                kind=FindingKind.GATES_EXCEED_TOTAL,
                period=whole.period,
                line=whole.line,
                gate=None,
                records=(whole, *gates),
            )
        ]

    def _stated_findings(self, record: FeeRecord) -> list[FeeFinding]:
        found: list[FeeFinding] = []
        stated = record.stated_growth
        if stated is not None and stated.qualifier is None:
            part = self._part(record.period, record.line, record.gate)
            if part is not None and part.previous is not None:
                low, high, point = _growth_bounds([part])
                if not _consistent((low, high), stated):
                    previous = cast(
                        "FeeTotal",
                        self._resolve(
                            record.period.same_period_last_year(), record.line, record.gate
                        ),
                    )
                    found.append(
                        FeeFinding(
                            kind=FindingKind.GROWTH_DIFFERS,
                            period=record.period,
                            line=record.line,
                            gate=record.gate,
                            records=(record, *previous.records),
                            stated=stated,
                            derived=point,
                            bounds=(low, high),
                            basis=Basis.RECORDED,
                        )
                    )
        reached = record.stated_attainment
        if (
            reached is not None
            and reached.qualifier is None
            and record.estimate is not None
            and record.qualifier is None
        ):
            base = record.currency
            value, half = _printed((record,), base)
            estimate = magnitude_in(record.estimate, base)
            estimate_half = _half_unit(record.estimate, base)
            low_end = EXACT.add(estimate, estimate_half)
            high_end = EXACT.subtract(estimate, estimate_half)
            low = QUOTIENT.divide(max(EXACT.subtract(value, half), Decimal(0)), low_end)
            high = QUOTIENT.divide(EXACT.add(value, half), high_end) if high_end > 0 else None
            if not _consistent((low, high), reached):
                found.append(
                    FeeFinding(
                        kind=FindingKind.ATTAINMENT_DIFFERS,
                        period=record.period,
                        line=record.line,
                        gate=record.gate,
                        records=(record,),
                        stated=reached,
                        derived=tidy(QUOTIENT.divide(value, estimate)) if estimate > 0 else None,
                        bounds=(low, high),
                    )
                )
        return found

    # -- words ------------------------------------------------------------------------------

    def sentence(
        self,
        period: Period,
        *,
        gate: str | None = None,
        unit: str | None = None,
        lang: Language = "vi",
    ) -> str:
        """The collections of ``period`` as a report sentence: the total, then its lines.

        Each figure comes with its growth where one can be had (:meth:`growth`);
        amounts are written in ``unit``, or each in its own.

        Raises:
            InvalidValueError: nothing on record gives the total.

        >>> from dongdang.data import seed_fee_collections
        >>> print(seed_fee_collections().sentence(Period.year(2021), lang="en"))
        Fees collected, 2021: 664,127 million VND, up 40.2% on the same period of 2020, of which
        transshipment fee 100,751 million VND, up 37.5%.
        """
        _check_lang(lang)
        total = self.total(period, gate=gate)
        head = self._growth(period, FeeLine.TOTAL, gate)
        # A growth from the lines goes with the total only where the lines add up to it.
        if isinstance(head, FeeGrowth) and _same(head.current, total.amount):
            text = head.phrase(unit, lang)
        else:
            text = _amount_text(total.amount, total.qualifier, unit, lang)
        items = []
        for line in REPORTING_LINES:
            record = self._index.get((line, period, gate))
            if record is None:
                continue
            growth = self._growth(period, line, gate)
            words = (
                growth.phrase(unit, lang, compared=False)
                if isinstance(growth, FeeGrowth)
                else _amount_text(record.amount, record.qualifier, unit, lang)
            )
            items.append(message("fees.line", lang, line=line.label(lang), amount=words))
        at = _when(period, gate, lang)
        if items:
            lines = message("fees.of_which", lang, lines="; ".join(items))
            return message("fees.collected.lines", lang, when=at, amount=text, lines=lines)
        return message("fees.collected", lang, when=at, amount=text)


def _same(first: Quantity, second: Quantity) -> bool:
    return magnitude_in(first, str(second.units)) == magnitude_in(second, str(second.units))


def _total_of(
    records: tuple[FeeRecord, ...], period: Period, line: FeeLine, gate: str | None, basis: Basis
) -> FeeTotal:
    trips = [r.trips for r in records]
    estimates = [r.estimate for r in records]
    return FeeTotal(
        period=period,
        line=line,
        gate=gate,
        amount=sum_amounts(r.amount for r in records),
        qualifier=_combine(*(r.qualifier for r in records)),
        trips=None if None in trips else sum(cast("list[int]", trips)),
        estimate=None
        if any(e is None for e in estimates)
        else sum_amounts(cast("list[Quantity]", estimates)),
        basis=basis,
        records=records,
    )


def _from_lines(period: Period, gate: str | None, parts: Sequence[FeeGrowth]) -> FeeGrowth:
    """The total's growth from its lines' amounts and bases, summed."""
    current = sum_amounts(part.current for part in parts)
    previous = sum_amounts((part.previous for part in parts), str(current.units))
    current_qualifier = _combine(*(part.current_qualifier for part in parts))
    previous_qualifier = _combine(*(part.previous_qualifier for part in parts))
    if previous.magnitude == 0:
        raise UndefinedRatioError(
            f"the lines of the {_where(FeeLine.TOTAL, period, gate, 'en')} add up to "
            f"{previous} in the same period last year: the total's growth needs a base above zero",
            argument="previous",
        )
    return FeeGrowth(
        period=period,
        previous_period=parts[0].previous_period,
        line=FeeLine.TOTAL,
        gate=gate,
        current=current,
        current_qualifier=current_qualifier,
        previous=previous,
        previous_qualifier=previous_qualifier,
        rate=indicators.growth_rate(current, previous),
        qualifier=_over(current_qualifier, previous_qualifier),
        basis=Basis.LINES,
        stated=None,
        parts=tuple(parts),
        records=tuple(record for part in parts for record in part.records),
    )


# -- the seeds -------------------------------------------------------------------------------------
