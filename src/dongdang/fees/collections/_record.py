"""One printed fee amount: FeeRecord."""

# ruff: noqa: TC001 - Sphinx evaluates the annotations at run time

from __future__ import annotations

from typing import TYPE_CHECKING, cast, final

import attrs

from dongdang._messages import message
from dongdang._validators import instance_of as _instance
from dongdang._validators import language as _check_lang
from dongdang._validators import optional_instance_of as _optional
from dongdang.errors import (
    InvalidTypeError,
    UnitMismatchError,
)
from dongdang.exchange import currency_or_none
from dongdang.fees.collections._lines import (
    _LINE_ORDER,
    FeeLine,
    _amount,
    _estimate,
    _gate,
    _stated_attainment,
    _stated_growth,
    _trips,
)
from dongdang.intervals import (
    combine,
)
from dongdang.periods import Period
from dongdang.provenance import Source
from dongdang.text import Figure, Qualifier, read_figure
from dongdang.units import Quantity

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.data import SeedFigure
    from dongdang.periods import Language


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
            raise UnitMismatchError.unlike(
                "estimate", self.estimate, "the amount", self.amount, where=self.label("en")
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
            raise InvalidTypeError.of(f"records[{index}]", "a FeeRecord", item)
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
