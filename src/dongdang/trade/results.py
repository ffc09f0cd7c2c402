"""What a trade ledger answers: totals, growths, breakdowns, checks against a report.

Each answer is a small object that says what it compares. Money comes back as
exact quantities in the ledger's currency; rates as :class:`~decimal.Decimal`
(34 significant digits), or as float64 arrays on the columnar path.
"""

from __future__ import annotations

import enum
import functools
import sys
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, TypeAlias, final

import attrs

from dongdang import indicators, intervals
from dongdang._decimal import EXACT, round_half_up, tidy
from dongdang._frames import FrameColumns
from dongdang._messages import change, change_range, message
from dongdang._sums import Part, sum_growth_bounds
from dongdang._validators import language as _check_lang
from dongdang._vocabulary import Vocabulary
from dongdang.errors import InvalidTypeError, InvalidValueError, show
from dongdang.intervals import to_decimal as interval_decimal
from dongdang.periods import Period
from dongdang.text import Figure, format_amount, read_figure
from dongdang.trade.flows import Direction, Measure, Valuation
from dongdang.units import Quantity, magnitude_in, ureg

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    import numpy as np
    import numpy.typing as npt

    #: A numpy column: int64 (or, past 2**63, Python ints), of a ledger or a table.
    Column: TypeAlias = npt.NDArray[Any]
    #: A boolean numpy array.
    Mask: TypeAlias = npt.NDArray[np.bool_]
    #: A float64 numpy array.
    FloatArray: TypeAlias = npt.NDArray[np.float64]

    from dongdang.periods import Language

__all__ = [
    "ComponentGrowth",
    "Granularity",
    "GrowthBasis",
    "GrowthTable",
    "Part",
    "StatedCheck",
    "Totals",
    "TradeBreakdown",
    "TradeGrowth",
]


class Granularity(Vocabulary):
    """The periods a growth table compares, each with the same period a year earlier.

    YEAR_TO_DATE is cumulative: January to each month ("lũy kế", "8 tháng đầu năm").

    >>> from dongdang.trade.results import Granularity
    >>> Granularity.parse("year_to_date"), Granularity.of("quý")
    (<Granularity.YEAR_TO_DATE: 'year_to_date'>, <Granularity.QUARTER: 'quarter'>)
    """

    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR_TO_DATE = "year_to_date"
    YEAR = "year"

    @property
    def months(self) -> int:
        """How many months one unit of the table's time axis holds (1 for YEAR_TO_DATE)."""
        return _MONTHS[self]

    @classmethod
    def parse(cls, value: Granularity | str) -> Granularity:
        """A member, its value such as ``"quarter"``, or its name.

        As :meth:`~dongdang._vocabulary.Vocabulary.of`, under its older name.
        """
        return cls.of(value)

    @classmethod
    def _what(cls) -> str:
        return "granularity"

    @classmethod
    def _vietnamese_names(cls) -> Mapping[Any, str]:
        return _GRANULARITY_WORDS["vi"]

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _GRANULARITY_WORDS["en"]


_GRANULARITY_WORDS: Final = {
    "vi": {
        Granularity.MONTH: "tháng",
        Granularity.QUARTER: "quý",
        Granularity.HALF: "6 tháng",
        Granularity.YEAR_TO_DATE: "lũy kế từ đầu năm",
        Granularity.YEAR: "năm",
    },
    "en": {
        Granularity.MONTH: "month",
        Granularity.QUARTER: "quarter",
        Granularity.HALF: "half year",
        Granularity.YEAR_TO_DATE: "year to date",
        Granularity.YEAR: "year",
    },
}
_MONTHS: Final = {
    Granularity.MONTH: 1,
    Granularity.QUARTER: 3,
    Granularity.HALF: 6,
    Granularity.YEAR_TO_DATE: 1,
    Granularity.YEAR: 12,
}


def period_of(unit: int, months: int) -> Period:
    """The period of time unit ``unit`` (counted from January of year 0) of ``months`` months."""
    first = unit * months
    year, month = divmod(first, 12)
    if months == 1:
        return Period.month(year, month + 1)
    if months == 3:  # noqa: PLR2004
        return Period.quarter(year, month // 3 + 1)
    if months == 6:  # noqa: PLR2004
        return Period.half(year, month // 6 + 1)
    return Period.year(year)


class GrowthBasis(enum.Enum):
    """Where the figure a growth compares with comes from."""

    #: Last year's flows are in the ledger.
    RECORDED = "recorded"
    #: Implied from the growth the report states with each flow, as ``value / (1 + growth)``.
    STATED = "stated"
    #: The sum of the components' figures, each recorded or stated.
    COMPONENTS = "components"


def quantity(minor: int, currency: str, decimals: int) -> Quantity:
    """``minor`` units (cents for ``decimals=2``) as an exact quantity of ``currency``."""
    return ureg.Quantity(tidy(Decimal(int(minor)).scaleb(-decimals, EXACT)), currency)


# -- totals -------------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class Totals:
    """Exact totals by group: the answer of :meth:`~dongdang.trade.ledger.TradeLedger.totals`.

    Attributes:
        by: the fields grouped by, such as ``("gate", "month")``.
        keys: one key per group with flows, sorted; a tuple of one value per
            field (a gate code or None, a :class:`~dongdang.trade.flows.Direction`, a
            :class:`~dongdang.periods.Period`, an :class:`~dongdang.trade.flows.HSCode`…).
        minor: each group's total in minor units of the currency (cents for USD).
        currency: the currency.
        decimals: how many decimals one minor unit is.
        measures: the measures of the flows summed.

    A key of a single field may be given without the tuple: ``totals["huu-nghi"]``.
    """

    by: tuple[str, ...]
    keys: tuple[tuple[Any, ...], ...]
    minor: tuple[int, ...]
    currency: str
    decimals: int
    measures: frozenset[Any]

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.keys)

    def _key(self, key: object) -> tuple[Any, ...]:
        return key if isinstance(key, tuple) and len(key) == len(self.by) else (key,)

    def __contains__(self, key: object) -> bool:
        return self._key(key) in self._index

    def __getitem__(self, key: object) -> Quantity:
        """The total of one group; a group without flows raises KeyError naming it."""
        try:
            position = self._index[self._key(key)]
        except KeyError:
            raise KeyError(f"no flows for {key!r} grouped by {', '.join(self.by)}") from None
        return quantity(self.minor[position], self.currency, self.decimals)

    @functools.cached_property
    def _index(self) -> dict[tuple[Any, ...], int]:
        return {key: position for position, key in enumerate(self.keys)}

    def items(self) -> Iterator[tuple[tuple[Any, ...], Quantity]]:
        """Each key with its total."""
        for key, minor in zip(self.keys, self.minor, strict=True):
            yield key, quantity(minor, self.currency, self.decimals)

    def as_dict(self) -> dict[tuple[Any, ...], Quantity]:
        """The totals by key."""
        return dict(self.items())

    def _check_one_measure(self) -> None:
        if len(self.measures) > 1:
            raise InvalidValueError.of(
                "measures",
                tuple(sorted(measure.value for measure in self.measures)),
                "must be one series of 'kim ngạch'",
                hint="the sum or shares of these totals would mix the measures",
            )

    def total(self) -> Quantity:
        """The sum of all groups.

        Raises:
            InvalidValueError: the groups are of different measures.
        """
        self._check_one_measure()
        return quantity(sum(self.minor), self.currency, self.decimals)

    def shares(self) -> dict[tuple[Any, ...], Decimal]:
        """Each group's share of the sum of all groups ("chiếm X%").

        Raises:
            InvalidValueError: the groups are of different measures.
            UndefinedRatioError: the sum is zero.
        """
        self._check_one_measure()
        whole = Decimal(sum(self.minor))
        return {
            key: indicators.share(Decimal(minor), whole)
            for key, minor in zip(self.keys, self.minor, strict=True)
        }

    def roll_up(self, to: Granularity | str) -> Totals:
        """The same totals over coarser periods: months to quarters, halves or years.

        The time field (``month``, ``quarter`` or ``half``) is replaced by ``to``.

        Raises:
            InvalidValueError: no time field, or ``to`` is not coarser than it.
        """
        target = Granularity.parse(to)
        times = [field for field in self.by if field in _TIME_FIELDS]
        if len(times) != 1 or target is Granularity.YEAR_TO_DATE:
            raise InvalidValueError.of(
                "to",
                target.value,
                "must be a month, quarter, half or year coarser than the one time field "
                "(month, quarter or half) the totals are by",
                hint=f"the totals are by {self.by}",
            )
        (field,) = times
        source = _TIME_FIELDS[field]
        if target.months <= source.months or target.months % source.months:
            raise InvalidValueError.of(
                "to",
                target.value,
                f"must be made of whole {field}s and coarser, to roll {field} totals up",
            )
        at = self.by.index(field)
        sums: dict[tuple[Any, ...], int] = {}
        for key, minor in zip(self.keys, self.minor, strict=True):
            period: Period = key[at]
            unit = (period.start.year * 12 + period.start.month - 1) // target.months
            new = (*key[:at], period_of(unit, target.months), *key[at + 1 :])
            sums[new] = sums.get(new, 0) + minor
        by = (*self.by[:at], target.value, *self.by[at + 1 :])
        ordered = sorted(sums, key=sort_key)
        return attrs.evolve(
            self, by=by, keys=tuple(ordered), minor=tuple(sums[key] for key in ordered)
        )

    def _frame_columns(self, *, exact: bool) -> FrameColumns:
        columns = FrameColumns(exact=exact)
        key_columns(columns, self.by, self.keys)
        values = [quantity(minor, self.currency, self.decimals).magnitude for minor in self.minor]
        columns.number("value", values, self.currency, exact_name="value")
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """A pandas DataFrame: the fields, then ``value_<currency>`` (float64).

        The time field is two date columns, ``start`` and ``end``; a gate, a direction, a
        measure, an HS code are categoricals. With ``exact=True`` the value
        is ``value``, Decimal in the currency. ``frame.attrs["currency"]``
        holds the currency.
        """
        return self._frame_columns(exact=exact).frame(metadata={"currency": self.currency})

    def _repr_html_(self) -> str:
        return self._frame_columns(exact=True).html(
            f"<Totals by {', '.join(self.by)}: {len(self)} groups in {self.currency}>"
        )


def key_columns(columns: FrameColumns, by: Sequence[str], keys: Sequence[tuple[Any, ...]]) -> None:
    """A column per field of ``keys`` (two for the time field: its periods' start and end)."""
    for at, field in enumerate(by):
        parts = [key[at] for key in keys]
        if any(isinstance(part, Period) for part in parts):
            columns.period(parts)
        elif any(isinstance(part, bool) for part in parts):
            columns.flag(field, parts)
        else:
            columns.code(field, [_code(part) for part in parts])


def _code(part: object) -> str | None:
    """A key's part as text: an enum member's value, an HS code's code, a gate's code."""
    if part is None:
        return None
    if isinstance(part, enum.Enum):
        return str(part.value)
    return str(getattr(part, "code", part))


_HUNDRED: Final = Decimal(100)

_TIME_FIELDS: Final = {
    "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER,
    "half": Granularity.HALF,
}


def sort_key(key: tuple[Any, ...]) -> tuple[Any, ...]:
    """Order keys whose parts may be None, enum members, periods or codes."""
    parts: list[Any] = []
    for part in key:
        if part is None:
            parts.append((0, ""))
        elif isinstance(part, enum.Enum):
            parts.append((1, _ORDER.get(part, 0), str(part.value)))
        elif isinstance(part, Period):
            parts.append((1, part.start, part.end))
        elif isinstance(part, bool):
            parts.append((1, int(part)))
        else:
            parts.append((1, str(getattr(part, "vintage", "")), str(getattr(part, "code", part))))
    return tuple(parts)


_ORDER: Final[dict[enum.Enum, int]] = {
    member: position
    for kind in (Direction, Measure, Valuation)
    for position, member in enumerate(kind)
}


# -- growth ---------------------------------------------------------------------------------


def _prints_as(value: Decimal | None, stated: Figure | None) -> bool | None:
    if stated is None or value is None:
        return None
    return round_half_up(value.scaleb(2, EXACT), stated.decimals) == stated.value


@final
@attrs.frozen(kw_only=True)
class TradeGrowth:
    """A total and its growth on the same period last year: "tăng X% so với cùng kỳ".

    Attributes:
        period: the period.
        previous_period: the same period a year earlier, compared with.
        key: the group (a component's key), or None for the whole selection.
        current: the total in ``period``.
        previous: the total in ``previous_period``: recorded, or implied.
        rate: the growth as a fraction (0.123 for 12,3%), or None when
            ``previous`` is zero.
        basis: where ``previous`` comes from (:class:`GrowthBasis`).
        stated: the growth the report prints with the flow, where there is one flow.
    """

    period: Period
    previous_period: Period
    key: Any
    current: Quantity
    previous: Quantity
    rate: Decimal | None
    basis: GrowthBasis
    stated: Figure | None = None

    def matches_stated(self) -> bool | None:
        """Whether ``rate`` prints as the stated growth; None when nothing is stated."""
        return _prints_as(self.rate, self.stated)

    def phrase(self, unit: str, lang: Language = "vi", decimals: int = 1) -> str:
        """The total and its growth in the words of a report.

        >>> from dongdang.trade import TradeFlow, TradeLedger
        >>> ledger = TradeLedger(
        ...     [
        ...         TradeFlow.read(
        ...             "1.370 triệu USD",
        ...             direction="xuất khẩu",
        ...             period="năm 2021",
        ...             measure="unverified",
        ...             growth="12,3%",
        ...         )
        ...     ]
        ... )
        >>> ledger.growth(Period.year(2021)).phrase("triệu USD")
        '1.370 triệu USD, tăng 12,3% so với cùng kỳ năm 2020'
        >>> ledger.growth(Period.year(2021)).phrase("million_USD", lang="en", decimals=2)
        '1,370 million USD, up 12.30% on 2020'
        """
        _check_lang(lang)
        amount_text = format_amount(self.current, unit, lang)
        if self.rate is None:
            return message("trade.growth.none", lang, amount=amount_text)
        return message(
            "growth_on",
            lang,
            amount=amount_text,
            change=change(self.rate, lang, decimals),
            period=self.previous_period.label(lang),
        )


@final
@attrs.frozen(kw_only=True)
class ComponentGrowth:
    """One component's part in the growth of the total.

    Attributes:
        key: the component (a direction, a gate, an HS code…).
        growth: its own growth.
        share: its share of the total now.
        previous_share: its share of the total a year earlier, or None when that is zero.
        contribution: the part of the total's growth it accounts for, as a
            fraction: ``(now - before) / total before``; None when the total
            before is zero. The contributions add up to the total's growth.
    """

    key: Any
    growth: TradeGrowth
    share: Decimal | None
    previous_share: Decimal | None
    contribution: Decimal | None


def _figure(value: object, name: str, *, percent: bool) -> Figure:
    figure = read_figure(value) if isinstance(value, str) else value
    if not isinstance(figure, Figure):
        raise InvalidTypeError.of(name, "a figure as printed (str or Figure)", value)
    if percent and figure.unit != "percent":
        raise InvalidValueError.of(name, figure.text, "must be a percent such as '52%'")
    if not percent and (figure.unit is None or figure.unit == "percent"):
        raise InvalidValueError.of(name, figure.text, "must be an amount such as '4.270 triệu USD'")
    return figure


def half_unit(figure: Figure) -> Decimal:
    """Half a unit of the last printed digit of ``figure``, in its own unit (percent: fraction).

    From :func:`dongdang.intervals.half_unit`, the one rounding rule of the library.
    """
    half = interval_decimal(intervals.half_unit(figure))
    return half.scaleb(-2, EXACT) if figure.unit == "percent" else half


@final
@attrs.frozen(kw_only=True)
class StatedCheck:
    """A report's stated total and growth, checked against the components it is made of.

    Attributes:
        stated_growth: the growth the report prints for the total ("52%").
        implied: the growth the components give.
        matches: whether ``implied`` prints as ``stated_growth`` at its printed decimals.
        bounds: the lowest and highest growth the components allow within the
            rounding of their printed values and growths, for any number of
            them; None in a check built without them.
        consistent: whether the stated growth, within its own rounding, meets
            ``bounds``; None without bounds.
        total: the sum of the components.
        stated_total: the total the report prints, or None.
        total_difference: ``total`` less ``stated_total``, or None.
        total_consistent: whether the difference is within the rounding of the
            printed figures, or None.
    """

    stated_growth: Figure
    implied: Decimal | None
    matches: bool | None
    bounds: tuple[Decimal, Decimal | None] | None
    consistent: bool | None
    total: Quantity
    stated_total: Figure | None
    total_difference: Quantity | None
    total_consistent: bool | None

    def describe(self, lang: Language = "vi") -> str:
        """The check in one sentence.

        >>> from dongdang.data import seed_trade_ledger
        >>> check = (
        ...     seed_trade_ledger()
        ...     .breakdown(Period.year(2021), by="direction")
        ...     .check(growth="52%", total="4.270 triệu USD")
        ... )
        >>> print(check.describe("en"))
        the components give up 52.0% (up 51.9% to 52.0% within rounding) for the stated growth,
        up 52%: consistent; they add up to the stated total
        """
        _check_lang(lang)
        shown = change(self.stated_growth.fraction, lang, self.stated_growth.decimals)
        if self.implied is None:
            return message("trade.check.underived", lang, stated=shown)
        places = self.stated_growth.decimals + 1
        within = (
            ""
            if self.bounds is None
            else message(
                "trade.check.within",
                lang,
                range=change_range(self.bounds[0], self.bounds[1], lang, places),
            )
        )
        verdict = {(True, True): "consistent", (True, False): "inconsistent"}.get(
            (self.consistent is not None, bool(self.consistent)), "unchecked"
        )
        text = message(
            "trade.check",
            lang,
            implied=change(self.implied, lang, places),
            within=within,
            stated=shown,
            verdict=message(f"trade.check.{verdict}", lang),
        )
        if self.total_consistent is None:
            return text
        tail = "trade.check.adds_up" if self.total_consistent else "trade.check.does_not_add_up"
        return f"{text}; {message(tail, lang)}"


def growth_bounds(
    current: Sequence[Part], previous: Sequence[Part]
) -> tuple[Decimal, Decimal | None]:
    """The least and greatest growth of the total within the rounding of every figure.

    ``current`` holds this year's flows; those with a stated growth imply last
    year's. ``previous`` holds last year's recorded flows (their ``current``).
    The bounds are :func:`dongdang._sums.sum_growth_bounds`'s, for any number
    of flows.
    """
    before = (
        Part(Decimal(0), Decimal(0), previous=p.current, previous_half=p.current_half)
        for p in previous
    )
    return sum_growth_bounds([*current, *before])


def _total(values: Iterable[Decimal]) -> Decimal:
    return functools.reduce(EXACT.add, values, Decimal(0))


@final
@attrs.frozen(kw_only=True)
class TradeBreakdown:
    """The growth of a total built up from its components: shares and contributions.

    Attributes:
        period: the period.
        by: the field the components are grouped by.
        total: the total's growth (:attr:`GrowthBasis.COMPONENTS` when implied from
            stated growths, :attr:`GrowthBasis.RECORDED` when last year is recorded).
        components: each component's growth, share and contribution.
        parts: this year's flows, and last year's recorded ones, for the bounds.
    """

    period: Period
    by: tuple[str, ...]
    total: TradeGrowth
    components: tuple[ComponentGrowth, ...]
    parts: tuple[tuple[Part, ...], tuple[Part, ...]] = attrs.field(repr=False)

    def contributions(self) -> Decimal:
        """The sum of the components' contributions: the total's growth, to 34 digits."""
        return functools.reduce(
            EXACT.add,
            (item.contribution or Decimal(0) for item in self.components),
            Decimal(0),
        )

    def check(self, growth: str | Figure, total: str | Figure | None = None) -> StatedCheck:
        """Check the growth (and total) a report states against these components.

        ``growth`` is the printed growth of the total ("52%"); ``total`` the
        printed total ("4.270 triệu USD"), if the report gives one.
        """
        stated = _figure(growth, "growth", percent=True)
        printed = None if total is None else _figure(total, "total", percent=False)
        low, high = growth_bounds(*self.parts)
        allowed = intervals.Interval(
            low=Fraction(low) * 100, high=None if high is None else Fraction(high) * 100
        )
        # what the stated growth allows, qualifier included: dongdang.intervals
        consistent = allowed.meets(intervals.interval_of(stated))
        difference = total_consistent = None
        if printed is not None:
            unit = str(self.total.current.units)
            stated_total = magnitude_in(printed.quantity, unit)
            current = magnitude_in(self.total.current, unit)
            difference = ureg.Quantity(tidy(EXACT.subtract(current, stated_total)), unit)
            slack = magnitude_in(ureg.Quantity(half_unit(printed), printed.unit), unit)
            slack = EXACT.add(slack, _total(p.current_half for p in self.parts[0]))
            total_consistent = abs(difference.magnitude) <= slack
        return StatedCheck(
            stated_growth=stated,
            implied=self.total.rate,
            matches=_prints_as(self.total.rate, stated),
            bounds=(low, high),
            consistent=consistent,
            total=self.total.current,
            stated_total=printed,
            total_difference=difference,
            total_consistent=total_consistent,
        )


# -- the columnar growth table ------------------------------------------------------------


def _numpy() -> Any:  # noqa: ANN401 - numpy, already imported by the ledger
    return sys.modules["numpy"]


@final
@attrs.frozen(kw_only=True, eq=False)
class GrowthTable:
    """Totals by group and period, each with the same period a year earlier.

    What :meth:`TradeLedger.growth_table <dongdang.trade.ledger.TradeLedger.growth_table>`
    returns. Rows are groups, columns periods.

    Attributes:
        granularity: the periods compared.
        by: the fields grouped by (besides time), possibly none.
        groups: the group keys, one per row (``()`` when ``by`` is empty).
        periods: the periods, one per column, in order.
        current: the totals in minor units, shape (groups, periods).
        previous: the totals of the same periods a year earlier.
        has_current: whether a cell has flows.
        has_previous: whether its period a year earlier has flows.
        currency: the currency.
        decimals: how many decimals one minor unit is.
    """

    granularity: Granularity
    by: tuple[str, ...]
    groups: tuple[tuple[Any, ...], ...]
    periods: tuple[Period, ...]
    current: Column
    previous: Column
    has_current: Mask
    has_previous: Mask
    currency: str
    decimals: int

    def __eq__(self, other: object) -> bool:
        """Equal when every field and every cell is: a table compares by what it holds."""
        if not isinstance(other, GrowthTable):
            return NotImplemented
        numpy = _numpy()
        same = (self.granularity, self.by, self.groups, self.periods, self.currency) == (
            other.granularity,
            other.by,
            other.groups,
            other.periods,
            other.currency,
        ) and self.decimals == other.decimals
        cells = ("current", "previous", "has_current", "has_previous")
        return same and all(
            bool(numpy.array_equal(getattr(self, name), getattr(other, name))) for name in cells
        )

    __hash__ = None  # type: ignore[assignment]  # its cells are mutable numpy arrays

    def __repr__(self) -> str:
        span = f"{self.periods[0]} – {self.periods[-1]}" if self.periods else "no period"
        return (
            f"<GrowthTable by {self.granularity.value}"
            f"{' and ' + ', '.join(self.by) if self.by else ''}: {len(self.groups)} groups × "
            f"{len(self.periods)} periods ({span}), {self.currency}>"
        )

    def rates(self) -> FloatArray:
        """The growth of every cell as float64; NaN where last year has no flows or sums to zero."""
        numpy = _numpy()
        now = self.current.astype(numpy.float64)
        before = self.previous.astype(numpy.float64)
        defined = self.has_previous & (before > 0)
        out = numpy.full(now.shape, numpy.nan)
        numpy.divide(now, before, out=out, where=defined)
        return out - 1.0  # type: ignore[no-any-return]

    def _cell(self, period: Period, group: object) -> tuple[int, int]:
        key = group if isinstance(group, tuple) else (group,)
        try:
            row = self.groups.index(key) if self.by else 0
        except ValueError:
            raise KeyError(f"no group {group!r} in the table") from None
        try:
            column = self.periods.index(period)
        except ValueError:
            raise KeyError(f"no period {show(period)} in the table") from None
        return row, column

    def growth(self, period: Period, group: object = None) -> TradeGrowth:
        """The exact growth of one cell (``group`` is its key; omit it without ``by``)."""
        row, column = self._cell(period, group)
        now = int(self.current[row, column])
        before = int(self.previous[row, column])
        rate = None
        if self.has_previous[row, column] and before > 0:
            rate = indicators.growth_rate(Decimal(now), Decimal(before))
        return TradeGrowth(
            period=period,
            previous_period=period.same_period_last_year(),
            key=self.groups[row] if self.by else None,
            current=quantity(now, self.currency, self.decimals),
            previous=quantity(before, self.currency, self.decimals),
            rate=rate,
            basis=GrowthBasis.RECORDED,
        )

    def _frame_columns(self, *, exact: bool) -> FrameColumns:
        cells = [
            (r, c)
            for r in range(len(self.groups))
            for c in range(len(self.periods))
            if self.has_current[r, c]
        ]
        columns = FrameColumns(exact=exact)
        key_columns(columns, self.by, [self.groups[r] for r, _ in cells])
        columns.period([self.periods[c] for _, c in cells])
        growths = [
            self.growth(self.periods[c], self.groups[r] if self.by else None) for r, c in cells
        ]
        columns.number("current", [g.current.magnitude for g in growths], self.currency)
        columns.number(
            "previous",
            [
                g.previous.magnitude if self.has_previous[r, c] else None
                for g, (r, c) in zip(growths, cells, strict=True)
            ],
            self.currency,
        )
        columns.number(
            "growth",
            [None if g.rate is None else tidy(EXACT.multiply(g.rate, _HUNDRED)) for g in growths],
            "%",
        )
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """A long pandas DataFrame of the cells with flows.

        Columns: the fields (as :meth:`Totals.to_frame` writes them), the
        period's ``start`` and ``end``, ``current_<currency>`` and ``previous_<currency>``
        (NaN where last year has no flows), ``growth_percent`` (NaN where it is
        undefined): float64, or Decimal with ``exact=True``.
        ``frame.attrs["currency"]`` holds the currency.
        """
        return self._frame_columns(exact=exact).frame(metadata={"currency": self.currency})

    def _repr_html_(self) -> str:
        return self._frame_columns(exact=True).html(
            f"<GrowthTable of {self.granularity.value}s by {', '.join(self.by) or 'nothing'}: "
            f"{len(self.groups)} groups, {len(self.periods)} periods, {self.currency}>"
        )
