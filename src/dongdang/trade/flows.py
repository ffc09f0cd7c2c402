"""Trade flows: one printed or declared value of goods crossing, with what it belongs to.

A :class:`TradeFlow` is a value of goods (kim ngạch) moving in one
:class:`Direction` through a gate pair, or through the province as a whole, in
a :class:`~dongdang.periods.Period`, counted under one :class:`Measure`.
"""

from __future__ import annotations

import functools
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, cast, final

import attrs

from dongdang._decimal import EXACT, tidy, to_decimal
from dongdang._messages import message
from dongdang._validators import gate_code as _gate_code
from dongdang._validators import money as _check_money
from dongdang._vocabulary import Vocabulary
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.exchange import ExchangeRateTable, currency_of
from dongdang.periods import Period
from dongdang.provenance import Source
from dongdang.text import Figure, Qualifier, read_figure
from dongdang.units import Quantity, convert, is_quantity, magnitude_in, unit_of, ureg

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Mapping

    from dongdang.data import SeedFigure
    from dongdang.periods import Language

__all__ = [
    "HS_VINTAGES",
    "Direction",
    "HSCode",
    "Measure",
    "TradeFlow",
    "Valuation",
    "balance_of",
    "check_gate",
    "sum_flows",
]


# -- directions -------------------------------------------------------------------------


class Direction(Vocabulary):
    """Which way goods move through a gate.

    ==================  ==================  ==========================================
    member              Vietnamese          what it is
    ==================  ==================  ==========================================
    EXPORT              xuất khẩu (XK)      goods leaving Viet Nam
    IMPORT              nhập khẩu (NK)      goods entering Viet Nam
    TEMPORARY_IMPORT    tạm nhập            entering to be re-exported: the first leg
                                            of tạm nhập tái xuất (TNTX)
    RE_EXPORT           tái xuất            leaving again: the second leg of TNTX
    TRANSIT             quá cảnh            crossing Viet Nam on the way elsewhere
    ==================  ==================  ==========================================

    :attr:`sign` says how a flow counts in the balance: exports and re-exports
    +1, imports and temporary imports -1, transit 0.

    >>> from dongdang.trade import Direction
    >>> Direction.parse("xuất khẩu"), Direction.parse("Re-export")
    (<Direction.EXPORT: 'export'>, <Direction.RE_EXPORT: 're_export'>)
    >>> Direction.TEMPORARY_IMPORT.label(), Direction.TEMPORARY_IMPORT.sign
    ('tạm nhập', -1)
    """

    EXPORT = "export"
    IMPORT = "import"
    TEMPORARY_IMPORT = "temporary_import"
    RE_EXPORT = "re_export"
    TRANSIT = "transit"

    @property
    def sign(self) -> int:
        """+1 for goods leaving, -1 for goods entering, 0 for goods in transit."""
        return _SIGNS[self]

    @classmethod
    def _vietnamese_names(cls) -> Mapping[Direction, str]:
        return {member: words[0] for member, words in _DIRECTION_WORDS.items()}

    @classmethod
    def _english_names(cls) -> Mapping[Direction, str]:
        return {member: words[1] for member, words in _DIRECTION_WORDS.items()}

    @classmethod
    def _what(cls) -> str:
        return "direction"

    @classmethod
    def _aliases(cls) -> Mapping[Direction, Iterable[str]]:
        return _DIRECTION_WORDS

    @classmethod
    def parse(cls, text: Direction | str) -> Direction:
        """The direction a code, a Vietnamese or an English name stands for.

        As :meth:`~dongdang._vocabulary.Vocabulary.of`, under its older name.

        Accepted: the codes (``"export"``, ``"re_export"``, …), the names in
        either language, "XK" and "NK". "TNTX" is refused: it names both legs.

        Raises:
            UnknownCodeError: nothing of the sort; the message names the text.
            InvalidTypeError: ``text`` is neither a Direction nor a str.
        """
        return cls.of(text)


_SIGNS: Final = {
    Direction.EXPORT: 1,
    Direction.RE_EXPORT: 1,
    Direction.IMPORT: -1,
    Direction.TEMPORARY_IMPORT: -1,
    Direction.TRANSIT: 0,
}
_DIRECTION_WORDS: Final = {
    Direction.EXPORT: ("xuất khẩu", "export", "xk", "exports", "xuất"),
    Direction.IMPORT: ("nhập khẩu", "import", "nk", "imports", "nhập"),
    Direction.TEMPORARY_IMPORT: (
        "tạm nhập",
        "temporary import for re-export",
        "temporary import",
        "tạm nhập để tái xuất",
    ),
    Direction.RE_EXPORT: ("tái xuất", "re-export", "re-exports", "reexport"),
    Direction.TRANSIT: ("quá cảnh", "transit", "hàng quá cảnh"),
}
# -- measures ---------------------------------------------------------------------------


class Measure(Vocabulary):
    """Which "kim ngạch" a figure counts: two different series, never added together.

    Reports call two different quantities *kim ngạch* (turnover):

    ==========  ==============================================================
    member      what it counts
    ==========  ==============================================================
    PROVINCE    all goods through the province, of every kind, transit and
                TNTX included: "tổng kim ngạch … của tất cả các loại hình qua
                địa bàn tỉnh"; tens of billions of USD a year
    CUSTOMS     goods declared at Lạng Sơn Customs: "kim ngạch … mở tờ khai
                hải quan tại Cục Hải quan Lạng Sơn"; 4–5 billion USD a year
    UNVERIFIED  a figure printed as "kim ngạch" whose measure has not been
                established (its words say one, its size the other)
    ==========  ==============================================================

    An UNVERIFIED figure is a series of its own: it adds to neither of the others.

    >>> from dongdang.trade import Measure
    >>> Measure.CUSTOMS.label("en")
    'goods declared at Lạng Sơn Customs'
    """

    PROVINCE = "province"
    CUSTOMS = "customs"
    UNVERIFIED = "unverified"

    @classmethod
    def _what(cls) -> str:
        return "measure"

    @classmethod
    def _catalogue(cls) -> str:
        return "trade.measure"


class Valuation(Vocabulary):
    """The basis of a customs value: free on board, or with cost, insurance and freight.

    Its code is the Incoterm, as data files write it:

    >>> from dongdang.trade import Valuation
    >>> Valuation.from_code("CIF"), Valuation.FOB.label()
    (<Valuation.CIF: 'CIF'>, 'giá FOB')
    """

    FOB = "FOB"
    CIF = "CIF"

    @classmethod
    def _what(cls) -> str:
        return "valuation"

    @classmethod
    def _vietnamese_names(cls) -> Mapping[Any, str]:
        return {member: f"giá {member.value}" for member in cls}

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return {
            Valuation.FOB: "free on board (FOB)",
            Valuation.CIF: "cost, insurance and freight (CIF)",
        }

    @property
    def code(self) -> str:
        """The Incoterm, ``"FOB"`` or ``"CIF"``: the member's value."""
        return str(self.value)


def read_measure(value: Measure | str) -> Measure:
    """The measure whose code is ``value`` (``"customs"``), or a measure: for converters."""
    return Measure.from_code(value)


def _valuation(value: Valuation | str | None) -> Valuation | None:
    return None if value is None else Valuation.from_code(value)


# -- HS codes ---------------------------------------------------------------------------

#: The Harmonized System editions, with the classification code UN Comtrade gives each.
HS_VINTAGES: Final = {
    "HS1992": "H0",
    "HS1996": "H1",
    "HS2002": "H2",
    "HS2007": "H3",
    "HS2012": "H4",
    "HS2017": "H5",
    "HS2022": "H6",
}
_HS_LEVELS: Final = (2, 4, 6, 8, 10)


def _hs_digits(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError.of("an HS code", "a str of digits", value)
    if not value.isascii() or not value.isdigit() or len(value) not in _HS_LEVELS:
        raise InvalidValueError.of(
            "code",
            value,
            "must be an HS code of 2, 4, 6, 8 or 10 digits (chapter, heading, subheading, "
            "national lines), such as '0810' or '08109010'",
        )
    return value


def _hs_vintage(value: str) -> str:
    if value not in HS_VINTAGES:
        raise UnknownCodeError("HS vintage", value, HS_VINTAGES)
    return value


@final
@attrs.frozen(kw_only=True, order=True)
class HSCode:
    """A Harmonized System code of a given edition: chapter, heading, subheading or finer.

    Codes of different editions are different codes: ``0810`` of HS2017 is not
    ``0810`` of HS2022.

    >>> from dongdang.trade import HSCode
    >>> fruit = HSCode.parse("0810.90.10", vintage="HS2022")
    >>> fruit.code, str(fruit), fruit.truncate(4).label()
    ('08109010', '0810.90.10', '0810 (HS2022)')
    >>> HSCode(code="081", vintage="HS2022")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: code must be an HS code of 2, 4, 6, 8 or 10 digits ...
    """

    vintage: str = attrs.field(converter=_hs_vintage)
    code: str = attrs.field(converter=_hs_digits)

    @classmethod
    def parse(cls, text: str, *, vintage: str) -> HSCode:
        """Read a code as tariffs print it: "0810.90.10", "0810 90", "08".

        Raises:
            ParseError: a character other than a digit, a point or a space.
            InvalidValueError: a number of digits no HS level has.
        """
        if not isinstance(text, str):
            raise InvalidTypeError.of("an HS code", "a str", text)
        for position, char in enumerate(text):
            if not (char.isascii() and (char.isdigit() or char in ". ")):
                raise ParseError(
                    text, position, "an HS code holds digits, with '.' or ' ' between groups"
                )
        return cls(code=text.replace(".", "").replace(" ", ""), vintage=vintage)

    @property
    def digits(self) -> int:
        """The number of digits (2 a chapter, 4 a heading, 6 a subheading, 8 or 10 a line)."""
        return len(self.code)

    @property
    def comtrade_classification(self) -> str:
        """The code UN Comtrade gives the edition, such as ``"H6"`` for HS2022."""
        return HS_VINTAGES[self.vintage]

    def truncate(self, digits: int) -> HSCode:
        """The code at a coarser level: ``truncate(2)`` is the chapter.

        Raises:
            InvalidValueError: ``digits`` is not an HS level or is finer than the code.
        """
        if digits not in _HS_LEVELS or digits > self.digits:
            accepted = [level for level in _HS_LEVELS if level <= self.digits]
            shared = InvalidValueError.not_one_of("digits", digits, accepted)
            raise InvalidValueError.of(
                "digits",
                digits,
                cast("str", shared.problem),
                accepted=accepted,
                where=f"HS code {self.code!r}",
            )
        return HSCode(code=self.code[:digits], vintage=self.vintage)

    def contains(self, other: HSCode) -> bool:
        """Whether ``other`` is this code or falls under it, in the same edition."""
        return self.vintage == other.vintage and other.code.startswith(self.code)

    def label(self) -> str:
        """The code with its edition: "0810.90 (HS2022)"."""
        return f"{self} ({self.vintage})"

    def __str__(self) -> str:
        groups = [self.code[:4], *(self.code[i : i + 2] for i in range(4, self.digits, 2))]
        return ".".join(group for group in groups if group)


# -- the flow ---------------------------------------------------------------------------


def check_gate(value: str | None) -> str | None:
    """A gate pair code such as ``"huu-nghi"`` (see :mod:`dongdang.gates`), or None.

    None stands for the province as a whole. Only the form is checked: the
    codes of the bundled registry are ``dongdang.gates.lang_son_gates().codes``.

    Raises:
        InvalidTypeError, InvalidValueError: not a code; the message names it.
    """
    return _gate_code(value)


def _direction(value: Direction | str) -> Direction:
    return Direction.parse(value)


def _period(value: Period | str) -> Period:
    if isinstance(value, str):
        return Period.parse(value)
    if not isinstance(value, Period):
        raise InvalidTypeError.of("period", "a Period or a report phrase", value)
    return value


def _money(value: Quantity) -> Quantity:
    return _check_money(value, "value", negative_hint="a flow's direction says which way")


def _net_weight(value: Quantity | Decimal | float | None) -> Quantity | None:
    if value is None:
        return None
    if is_quantity(value):
        quantity = cast("Quantity", value)
        if quantity.dimensionality != ureg.Unit("tonne").dimensionality:
            raise UnitMismatchError.of("net_weight", value, "a mass such as 12.5 tonne")
        weight = convert(
            ureg.Quantity(to_decimal(quantity.magnitude, "net_weight"), quantity.units), "tonne"
        )
    else:
        weight = ureg.Quantity(to_decimal(value, "net_weight"), unit_of("tonne"))
    if weight.magnitude < 0:
        raise InvalidValueError.negative("net_weight", value)
    return weight


def _vehicles(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.of("vehicles", "a whole number (int) or None", value)
    if value < 0:
        raise InvalidValueError.negative("vehicles", value)
    return value


def read_growth(value: Figure | str | None) -> Figure | None:
    if value is None:
        return None
    figure = read_figure(value) if isinstance(value, str) else value
    if not isinstance(figure, Figure):
        raise InvalidTypeError.of(
            "growth", "a percent as printed (a Figure or a str such as '12,3%')", value
        )
    if figure.unit != "percent" or figure.qualifier is not None:
        raise InvalidValueError.of("growth", figure.text, "must be a bare percent such as '12,3%'")
    if figure.fraction <= -1:
        raise InvalidValueError.of(
            "growth",
            figure.text,
            "must be above -100%",
            hint="a flow cannot fall by 100% or more and still be here",
        )
    return figure


def _estimated(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidTypeError.of("estimated", "True or False", value)


def _hs(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, HSCode):
        raise InvalidTypeError.of("hs", "an HSCode or None", value)


def _source(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Source):
        raise InvalidTypeError.of("source", "a dongdang.data.Source or None", value)


def read_note(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidTypeError.of("note", "a non-empty str or None", value)
    return unicodedata.normalize("NFC", value.strip())


@final
@attrs.frozen(kw_only=True)
class TradeFlow:
    """A value of goods moving one way through a gate, or the province, in a period.

    Attributes:
        direction: which way (:class:`Direction`); a code or name is read.
        period: the period the value covers; a report phrase is read.
        value: the value, in VND, USD or CNY at any scale; never negative.
        measure: which series of "kim ngạch" it belongs to (:class:`Measure`).
        gate: the gate pair code (``"huu-nghi"``), or None for the province as a whole.
        hs: the goods' HS code, or None.
        net_weight: the net weight, in tonnes (a number is read as tonnes), or None.
        vehicles: how many vehicles carried it, or None.
        valuation: FOB or CIF, where the source says, or None.
        estimated: whether the value is an estimate ("ước", "ước đạt").
        growth: the growth on the same period last year the report states with
            it, as printed ("12,3%"), or None.
        source: the document the figure was read from, or None.
        note: a remark, or None.

    >>> from dongdang.trade import Measure, TradeFlow
    >>> exports = TradeFlow.read(
    ...     "1.370 triệu USD",
    ...     direction="xuất khẩu",
    ...     period="năm 2021",
    ...     measure=Measure.UNVERIFIED,
    ...     growth="12,3%",
    ... )
    >>> exports.value, exports.growth.fraction, exports.currency
    (<Quantity(1370, 'million_USD')>, Decimal('0.123'), 'USD')
    >>> TradeFlow.read("-5 USD", direction="export", period="năm 2021", measure="customs")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: value must not be negative, got -5 USD; ...
    """

    direction: Direction = attrs.field(converter=_direction)
    period: Period = attrs.field(converter=_period)
    value: Quantity = attrs.field(converter=_money)
    measure: Measure = attrs.field(converter=read_measure)
    gate: str | None = attrs.field(default=None, converter=check_gate)
    hs: HSCode | None = attrs.field(default=None, validator=_hs)
    net_weight: Quantity | None = attrs.field(default=None, converter=_net_weight)
    vehicles: int | None = attrs.field(default=None, converter=_vehicles)
    valuation: Valuation | None = attrs.field(default=None, converter=_valuation)
    estimated: bool = attrs.field(default=False, validator=_estimated)
    growth: Figure | None = attrs.field(default=None, converter=read_growth)
    source: Source | None = attrs.field(default=None, validator=_source)
    note: str | None = attrs.field(default=None, converter=read_note)

    @classmethod
    def read(
        cls,
        text: str,
        *,
        direction: Direction | str,
        period: Period | str,
        measure: Measure | str,
        **fields: Any,  # noqa: ANN401 - the other fields of the flow
    ) -> TradeFlow:
        """A flow from the words of a report: "ước đạt 4.270 triệu USD".

        "ước", "ước đạt", "khoảng", "xấp xỉ" in front of the value make it an
        estimate. A bound ("trên", "gần", "dưới") is not a value, and is refused.

        Raises:
            ParseError: the text is not an amount.
            InvalidValueError: the amount is a bound, or not money.
        """
        figure = read_figure(text)
        if figure.qualifier not in (None, Qualifier.ABOUT, Qualifier.ESTIMATE):
            raise InvalidValueError.of(
                "text",
                figure.text,
                f"must be a value, not a bound ({figure.qualifier_word!r})",
                hint="a trade flow needs the value itself",
            )
        if figure.unit is None or figure.unit == "percent":
            raise InvalidValueError.of("text", figure.text, "must be an amount of money")
        fields.setdefault("estimated", figure.qualifier in (Qualifier.ABOUT, Qualifier.ESTIMATE))
        return cls(
            direction=direction,
            period=period,
            value=figure.quantity,
            measure=measure,
            **fields,
        )

    @classmethod
    def from_seed(
        cls,
        item: SeedFigure,
        *,
        direction: Direction | str,
        measure: Measure | str,
        **fields: Any,  # noqa: ANN401 - the other fields of the flow
    ) -> TradeFlow:
        """A flow from a bundled seed figure, with its period, stated growth and source.

        >>> from dongdang.data import seed_figures
        >>> from dongdang.trade import Measure, TradeFlow
        >>> flow = TradeFlow.from_seed(
        ...     seed_figures()["trade-2021-import"], direction="nhập khẩu", measure="unverified"
        ... )
        >>> flow.value, flow.growth.text, flow.source.id
        (<Quantity(2900, 'million_USD')>, '82,4%', 'seed-003')
        """
        return cls.read(
            item.figure.text,
            direction=direction,
            period=item.period,
            measure=measure,
            **{"growth": item.growth, "source": item.source, **fields},
        )

    @property
    def currency(self) -> str:
        """The ISO code of the value's currency."""
        return currency_of(self.value)

    def magnitude(self, unit: str) -> Decimal:
        """The value in ``unit`` (same currency), exactly."""
        return magnitude_in(self.value, unit)

    def converted(
        self,
        table: ExchangeRateTable,
        currency: str,
        *,
        on: dt.date | None = None,
        decimals: int | None = None,
    ) -> TradeFlow:
        """The same flow with its value in ``currency`` at the rate in force on ``on``.

        ``on`` defaults to the flow's day; a flow over several days has no one
        rate day, so give ``on``. ``decimals`` rounds the converted value half-up
        (see :meth:`dongdang.exchange.ExchangeRateTable.convert`).

        Raises:
            InvalidValueError: no ``on`` for a flow of more than one day.
            NotInForceError: no rate in force on that day.
        """
        if not isinstance(table, ExchangeRateTable):
            raise InvalidTypeError.of("table", "an ExchangeRateTable", table)
        if on is None:
            if self.period.days != 1:
                raise InvalidValueError.of(
                    "on",
                    on,
                    f"must be given, as the flow covers {self.period.label('en')}, not one day",
                    hint="say which day's rate converts it with on=",
                )
            on = self.period.start
        value = table.convert(self.value, currency, on=on, decimals=decimals)
        return attrs.evolve(self, value=value)

    def label(self, lang: Language = "vi") -> str:
        """A short description: direction, place, period."""
        direction, period = self.direction.label(lang), self.period.label(lang)
        if self.gate is None:
            return message("trade.flow.province", lang, direction=direction, period=period)
        from dongdang.gates import gate_name  # noqa: PLC0415 - the registry is read when named

        return message(
            "trade.flow", lang, direction=direction, gate=gate_name(self.gate), period=period
        )


# -- exact sums over flows ----------------------------------------------------------------


def _check_flows(flows: Iterable[TradeFlow]) -> list[TradeFlow]:
    items = list(flows)
    for index, flow in enumerate(items):
        if not isinstance(flow, TradeFlow):
            raise InvalidTypeError.of(f"flows[{index}]", "a TradeFlow", flow)
    measures: dict[Measure, str] = {}
    currencies: dict[str, int] = {}
    for index, flow in enumerate(items):
        measures.setdefault(flow.measure, f"flows[{index}]")
        currencies.setdefault(flow.currency, index)
    if len(measures) > 1:
        raise mixed_measures(measures)
    if len(currencies) > 1:
        i, j = list(currencies.values())[:2]
        raise UnitMismatchError.unlike(
            f"flows[{j}]",
            items[j].value,
            f"flows[{i}]",
            items[i].value,
            hint="convert one currency with an ExchangeRateTable before adding",
        )
    return items


def mixed_measures(first: dict[Measure, str]) -> InvalidValueError:
    """The error for a total that would add measures; ``first`` names a flow of each."""
    parts = [
        f"{where} counts {measure.value!r} ({measure.label('en')})"
        for measure, where in first.items()
    ]
    return InvalidValueError.of(
        "measure",
        tuple(measure.value for measure in first),
        "must be one series of 'kim ngạch' to add up",
        hint=" but ".join(parts[:2]) + "; filter by measure first",
    )


def sum_flows(flows: Iterable[TradeFlow], unit: str | None = None) -> Quantity:
    """The exact total of flows of one measure and one currency, in ``unit``.

    ``unit`` defaults to the first flow's currency (``"USD"``).

    Raises:
        InvalidValueError: the flows mix measures, or there are none and no ``unit``.
        UnitMismatchError: the flows mix currencies.

    >>> from dongdang.trade import TradeFlow, sum_flows
    >>> flows = [
    ...     TradeFlow.read(text, direction=way, period="năm 2021", measure="unverified")
    ...     for text, way in [("1.370 triệu USD", "export"), ("2.900 triệu USD", "import")]
    ... ]
    >>> sum_flows(flows, "million_USD")
    <Quantity(4270, 'million_USD')>
    """
    items = _check_flows(flows)
    if not items and unit is None:
        raise InvalidValueError.needs_one("sum_flows", "flow, or a unit, to know the unit")
    target = unit_of(unit if unit is not None else items[0].currency)
    total = functools.reduce(
        EXACT.add, (magnitude_in(flow.value, target) for flow in items), Decimal(0)
    )
    return ureg.Quantity(tidy(total), target)


def balance_of(flows: Iterable[TradeFlow], unit: str | None = None) -> Quantity:
    """Exports and re-exports less imports and temporary imports, exactly; transit is left out.

    Raises:
        InvalidValueError, UnitMismatchError: as :func:`sum_flows`.

    >>> from dongdang.trade import TradeFlow, balance_of
    >>> flows = [
    ...     TradeFlow.read(text, direction=way, period="năm 2021", measure="unverified")
    ...     for text, way in [("1.370 triệu USD", "export"), ("2.900 triệu USD", "import")]
    ... ]
    >>> balance_of(flows, "million_USD")
    <Quantity(-1530, 'million_USD')>
    """
    items = _check_flows(flows)
    if not items and unit is None:
        raise InvalidValueError.needs_one("balance_of", "flow, or a unit, to know the unit")
    target = unit_of(unit if unit is not None else items[0].currency)
    total = functools.reduce(
        EXACT.add,
        (EXACT.multiply(flow.direction.sign, magnitude_in(flow.value, target)) for flow in items),
        Decimal(0),
    )
    return ureg.Quantity(tidy(total), target)
