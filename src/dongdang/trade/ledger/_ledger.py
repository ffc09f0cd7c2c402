"""The ledger: flows of one currency as numpy columns, and the questions asked of them."""

from __future__ import annotations

import datetime as dt
import functools
from collections import abc
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias, cast, final

import numpy as np

from dongdang import indicators
from dongdang._columnar import columns_of
from dongdang._decimal import EXACT, tidy
from dongdang._frames import HTML_ROWS, FrameColumns
from dongdang._validators import whole_number
from dongdang.errors import InvalidTypeError, InvalidValueError, UnitMismatchError, UnknownCodeError
from dongdang.exchange import currency_of
from dongdang.periods import Period
from dongdang.trade import _columns
from dongdang.trade._columns import EPOCH, MAX_MINOR
from dongdang.trade.flows import (
    Direction,
    HSCode,
    Measure,
    TradeFlow,
    check_gate,
    mixed_measures,
    read_measure,
)
from dongdang.trade.ledger._exact import _combine, _group_sums, _sum_exact
from dongdang.trade.ledger._filters import _HS_LEVEL, _TIME, ANY, Filters, _fields, _several
from dongdang.trade.ledger._storage import (
    _COLUMN_TYPES,
    _DEFAULT_DECIMALS,
    _DIRECTIONS,
    _FINEST,
    _MEASURES,
    _PLAIN,
    _SIGNS,
    _VALUATIONS,
    _constant,
    _day,
    _gather,
    _is_constant,
    _month,
    _Vocabulary,
)
from dongdang.trade.results import (
    ComponentGrowth,
    Granularity,
    GrowthBasis,
    GrowthTable,
    Part,
    Totals,
    TradeBreakdown,
    TradeGrowth,
    period_of,
    quantity,
    sort_key,
)
from dongdang.units import CURRENCIES, Quantity, convert, magnitude_in, unit_of, ureg

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
    from typing import Unpack

    import numpy.typing as npt

    from dongdang.text import Figure
    from dongdang.trade.results import Column, Mask

    IntArray: TypeAlias = npt.NDArray[np.int64]
    #: Row numbers of a ledger.
    RowNumbers: TypeAlias = npt.NDArray[np.intp]


@final
class TradeLedger:
    """Trade flows of one currency as numpy columns: add, filter, total, compare.

    A ledger is a mutable container, like a list: :meth:`add` and :meth:`extend`
    append flows (in amortised constant time each), :meth:`filter` returns a new
    ledger. Iterating gives the flows back as :class:`~dongdang.trade.flows.TradeFlow` objects.

    Args:
        flows: flows to start with.
        currency: the currency of every value: ``"USD"`` (the default), ``"VND"``
            or ``"CNY"``. Convert others first
            (:meth:`~dongdang.trade.flows.TradeFlow.converted`).
        decimals: the digits after the point one minor unit stands for; by
            default 2 for USD and CNY, 0 for VND.

    >>> from dongdang.trade import TradeFlow, TradeLedger
    >>> ledger = TradeLedger(
    ...     [
    ...         TradeFlow(
    ...             direction="export",
    ...             period=Period.month(2025, 1),
    ...             value=amount(Decimal("1250.50"), "USD"),
    ...             measure="customs",
    ...             gate="huu-nghi",
    ...         ),
    ...         TradeFlow(
    ...             direction="import",
    ...             period=Period.month(2025, 2),
    ...             value=amount(800, "USD"),
    ...             measure="customs",
    ...             gate="chi-ma",
    ...         ),
    ...     ]
    ... )
    >>> ledger.total(), ledger.balance()
    (<Quantity(2050.5, 'USD')>, <Quantity(450.5, 'USD')>)
    >>> ledger.totals("quarter")[Period.quarter(2025, 1)]
    <Quantity(2050.5, 'USD')>
    """

    __slots__ = (
        "_currency",
        "_data",
        "_decimals",
        "_measure_rows",
        "_month_range",
        "_n",
        "_top",
        "_vocabularies",
        "_within_month",
        "_zeros",
    )

    def __init__(
        self,
        flows: Iterable[TradeFlow] = (),
        *,
        currency: str = "USD",
        decimals: int | None = None,
    ) -> None:
        if currency not in CURRENCIES:
            raise InvalidValueError.not_one_of("currency", currency, CURRENCIES)
        if decimals is None:
            decimals = _DEFAULT_DECIMALS[currency]
        whole_number(decimals, "decimals", 0, _FINEST)
        self._currency: str = currency
        self._decimals: int = decimals
        self._n = 0
        self._data: dict[str, npt.NDArray[Any]] = {
            name: np.empty(0, dtype=kind) for name, kind in _COLUMN_TYPES.items()
        }
        self._vocabularies: dict[str, _Vocabulary] = {
            name: _Vocabulary() for name in ("gate", "hs", "growth", "source", "note")
        }
        # What every aggregate would otherwise recompute over all rows.
        self._zeros = 0
        self._top = 0
        self._within_month = True
        self._month_range: tuple[int, int] | None = None
        self._measure_rows: dict[Measure, int] = {}
        self.extend(flows)

    # -- the container ---------------------------------------------------------------

    @property
    def currency(self) -> str:
        """The currency of every value."""
        return self._currency

    @property
    def decimals(self) -> int:
        """How many decimals one minor unit has (values are exact integers of ``10**-decimals``)."""
        return self._decimals

    def __len__(self) -> int:
        return self._n

    def __repr__(self) -> str:
        measures = ", ".join(sorted(measure.value for measure in self._measure_rows))
        return f"<TradeLedger: {self._n} flows in {self._currency}, measures: {measures or 'none'}>"

    def _column(self, name: str) -> npt.NDArray[Any]:
        return self._data[name][: self._n]

    def column(self, name: str) -> Column:
        """A read-only view of a stored column (``"value"`` in minor units, ``"start"``…)."""
        if name not in self._data:
            raise UnknownCodeError("column", name, list(self._data))
        view = self._column(name).view()
        view.flags.writeable = False
        return view

    def __iter__(self) -> Iterator[TradeFlow]:
        for row in range(self._n):
            yield self._flow(row)

    def __getitem__(self, row: int) -> TradeFlow:
        """The flow in row ``row`` (negative rows count from the end)."""
        if isinstance(row, bool) or not isinstance(row, int):
            raise InvalidTypeError.of("a ledger row", "an int", row)
        if not -self._n <= row < self._n:
            raise IndexError(f"row {row} is outside the ledger's {self._n} flows")
        return self._flow(row % self._n)

    def _flow(self, row: int) -> TradeFlow:
        data = {name: array[row] for name, array in self._data.items()}
        vocab = self._vocabularies
        weight = int(data["weight"])
        vehicles = int(data["vehicles"])
        return TradeFlow(
            direction=_DIRECTIONS[int(data["direction"])],
            period=Period(start=_day(data["start"]), end=_day(data["end"])),
            value=self._value(int(data["value"]), int(data["exponent"])),
            measure=_MEASURES[int(data["measure"])],
            gate=vocab["gate"].items[int(data["gate"])],
            hs=vocab["hs"].items[int(data["hs"])],
            net_weight=None
            if weight < 0
            else ureg.Quantity(tidy(Decimal(weight).scaleb(-6, EXACT)), "tonne"),
            vehicles=None if vehicles < 0 else vehicles,
            valuation=_VALUATIONS[int(data["valuation"])],
            estimated=bool(data["estimated"]),
            growth=vocab["growth"].items[int(data["growth"])],
            source=vocab["source"].items[int(data["source"])],
            note=vocab["note"].items[int(data["note"])],
        )

    def _value(self, minor: int, exponent: int) -> Quantity:
        """A stored value as a quantity at the scale and precision it was given in."""
        scale = max((z for z in (0, 3, 6, 9, 12) if z <= exponent), default=0)
        magnitude = Decimal(minor).scaleb(-self._decimals - scale, EXACT)
        # Trailing zeros after the point are kept ("1250.50"); exponents, never ("1E+2").
        places = min(exponent - scale, 0)
        magnitude = magnitude.quantize(Decimal(1).scaleb(places), context=EXACT)
        prefix = {0: "", 3: "thousand_", 6: "million_", 9: "billion_", 12: "trillion_"}[scale]
        return ureg.Quantity(magnitude, f"{prefix}{self._currency}")

    # -- adding ------------------------------------------------------------------------

    def _reserve(self, extra: int) -> None:
        needed = self._n + extra
        capacity = len(self._data["value"])
        if needed <= capacity:
            return
        capacity = max(needed, 2 * capacity, 16)
        for name, array in self._data.items():
            grown = np.empty(capacity, dtype=array.dtype)
            grown[: self._n] = array[: self._n]
            self._data[name] = grown

    def _append(
        self,
        rows: dict[str, npt.NDArray[Any]],
        size: int,
        *,
        months: tuple[int, int] | None = None,
        values: tuple[int, int] | None = None,
    ) -> None:
        """Append ``size`` rows; ``months`` and ``values`` are their least and greatest if known."""
        start = self._n
        if start == 0 and len(self._data["value"]) < size:
            # A first load: the arrays just read become the ledger's (none is the caller's);
            # a column of one value stays one value (read-only: the next load copies it).
            for name, array in self._data.items():
                given = rows[name]
                if not (_is_constant(given) and given.dtype == array.dtype):
                    given = np.ascontiguousarray(given, dtype=array.dtype)
                self._data[name] = given
        else:
            self._reserve(size)
            for name, array in self._data.items():
                array[start : start + size] = rows[name]
        column = rows["value"]
        least, top = (int(column.min()), int(column.max())) if values is None else values
        if least == 0:  # no row of zero when the least is more
            self._zeros += int(np.count_nonzero(column == 0))
        self._top = max(self._top, top)
        first, last = rows["month0"], rows["month1"]
        self._within_month = self._within_month and (
            first is last or bool(np.array_equal(first, last))
        )
        low, high = (int(first.min()), int(last.max())) if months is None else months
        if self._month_range is not None:
            low, high = min(low, self._month_range[0]), max(high, self._month_range[1])
        self._month_range = (low, high)
        self._note_measures(rows["measure"], start)
        self._n += size

    def _note_measures(self, measures: npt.NDArray[np.int8], start: int) -> None:
        """The first row of each measure not yet seen, among rows from ``start``."""
        if _is_constant(measures):
            measures = measures[:1]
        for code, measure in enumerate(_MEASURES):  # three measures: a pass of int8 each
            if measure in self._measure_rows:
                continue
            found = measures == code
            if found.any():
                self._measure_rows[measure] = start + int(np.argmax(found))

    def add(self, flow: TradeFlow) -> None:
        """Append one flow.

        Raises:
            UnitMismatchError: the flow is in another currency.
            InvalidValueError: its value or net weight is finer than the
                ledger stores, or larger than one flow may be.
        """
        self.extend((flow,))

    def extend(self, flows: Iterable[TradeFlow]) -> None:
        """Append flows; none is added if one is refused.

        Raises:
            InvalidTypeError: an item is not a :class:`~dongdang.trade.flows.TradeFlow`.
            UnitMismatchError, InvalidValueError: as :meth:`add`, naming the item.
        """
        if isinstance(cast("object", flows), TradeFlow):
            raise InvalidTypeError.of(
                "flows", "an iterable of flows (add one flow with add())", flows
            )
        rows: dict[str, list[Any]] = {name: [] for name in _COLUMN_TYPES}
        sizes = {name: len(codes.items) for name, codes in self._vocabularies.items()}
        try:
            for index, flow in enumerate(flows):
                self._read(flow, index, rows)
        except BaseException:
            # Codes given to values of flows not added are taken back.
            for name, codes in self._vocabularies.items():
                codes.rollback(sizes[name])
            raise
        count = len(rows["value"])
        if count:
            self._append(
                {
                    name: np.array(values, dtype=_COLUMN_TYPES[name])
                    for name, values in rows.items()
                },
                count,
            )

    def _read(self, flow: TradeFlow, index: int, rows: dict[str, list[Any]]) -> None:
        if not isinstance(flow, TradeFlow):
            raise InvalidTypeError.of(f"flows[{index}]", "a TradeFlow", flow)
        vocab = self._vocabularies
        minor, exponent = self._minor(flow, index)
        weight = self._grams(flow, index)
        start, end = flow.period.start, flow.period.end
        row = {
            "value": minor,
            "exponent": exponent,
            "direction": _DIRECTIONS.index(flow.direction),
            "measure": _MEASURES.index(flow.measure),
            "gate": vocab["gate"].code(flow.gate),
            "start": start.toordinal() - EPOCH,
            "end": end.toordinal() - EPOCH,
            "month0": _month(start),
            "month1": _month(end),
            "hs": vocab["hs"].code(flow.hs),
            "weight": weight,
            "vehicles": -1 if flow.vehicles is None else flow.vehicles,
            "valuation": _VALUATIONS.index(flow.valuation),
            "estimated": flow.estimated,
            "growth": vocab["growth"].code(flow.growth),
            "source": vocab["source"].code(flow.source),
            "note": vocab["note"].code(flow.note),
        }
        for name, value in row.items():
            rows[name].append(value)

    def _minor(self, flow: TradeFlow, index: int) -> tuple[int, int]:
        if flow.currency != self._currency:
            raise UnitMismatchError.unlike(
                f"flows[{index}]",
                flow.value,
                "the ledger",
                self._currency,
                hint="convert it with TradeFlow.converted",
            )
        magnitude = magnitude_in(flow.value, self._currency)
        scaled = magnitude.scaleb(self._decimals, EXACT)
        if scaled != scaled.to_integral_value():
            raise InvalidValueError.of(
                f"flows[{index}].value",
                flow.value,
                "must not be finer than the ledger's resolution of "
                f"{Decimal(1).scaleb(-self._decimals, EXACT)} {self._currency}",
                hint="build the ledger with more decimals",
            )
        if scaled > MAX_MINOR:
            most = Decimal(MAX_MINOR).scaleb(-self._decimals, EXACT)
            raise InvalidValueError.of(
                f"flows[{index}].value",
                flow.value,
                f"must be at most {most} {self._currency}, the most one flow holds",
                high=most,
            )
        scale = magnitude_in(ureg.Quantity(Decimal(1), flow.value.units), self._currency)
        exponent = cast("int", flow.value.magnitude.as_tuple().exponent) + scale.adjusted()
        return int(scaled), min(max(exponent, -self._decimals), 20)

    @staticmethod
    def _grams(flow: TradeFlow, index: int) -> int:
        if flow.net_weight is None:
            return -1
        grams = flow.net_weight.magnitude.scaleb(6, EXACT)
        if grams != grams.to_integral_value() or grams > MAX_MINOR:
            raise InvalidValueError.of(
                f"flows[{index}].net_weight",
                flow.net_weight,
                f"must be whole grams up to {MAX_MINOR} g, as the ledger keeps it",
            )
        return int(grams)

    def extend_columns(
        self,
        columns: Mapping[str, Any] | Any,  # noqa: ANN401 - or a pandas DataFrame
        *,
        unit: str | None = None,
        measure: Measure | str | None = None,
        hs_vintage: str | None = None,
    ) -> None:
        """Append flows given as columns: a mapping of names to 1-D arrays, or a table.

        The table may be a pandas or polars DataFrame or a pyarrow Table (or
        RecordBatch); text columns are hashed once, and the codes of a
        categorical or dictionary column are used as they are.

        ==============  ========  ================================================
        column          needed    what it holds
        ==============  ========  ================================================
        ``value``       yes       numbers in ``unit`` (default: the currency), ≥ 0;
                                  ints, floats (read by their shortest repr) or
                                  Decimals
        ``direction``   yes       codes or names: ``"export"``, ``"nhập khẩu"``…
        ``date``        see note  the day of each flow (datetime64, dates, ISO text)
        ``start``,      see note  the first and last day of each flow's period
        ``end``
        ``measure``     see note  ``"province"``, ``"customs"``, ``"unverified"``;
                                  or give ``measure=`` for all rows
        ``gate``        no        gate pair codes; None or ``""`` for the province
        ``hs``          no        HS codes (``"0810.90"``); with ``hs_vintage``
                                  (a column, or ``hs_vintage=``)
        ``net_weight``  no        tonnes; NaN or None where unknown
        ``vehicles``    no        counts; NaN or None where unknown
        ``valuation``   no        ``"FOB"``, ``"CIF"``, or None
        ``estimated``   no        True for an estimate ("ước")
        ``growth``      no        the stated growth as printed ("12,3%"), or None
        ``source``      no        :class:`~dongdang.provenance.Source`, or None
        ``note``        no        text, or None
        ==============  ========  ================================================

        Give ``date``, or ``start`` and ``end``. Other columns are ignored. None
        is added if a row is refused.

        Raises:
            InvalidValueError, InvalidTypeError, UnknownCodeError: a column or a
                row that cannot be read; the message names the column and the row.
        """
        if not isinstance(columns, abc.Mapping):
            columns = columns_of(columns, _columns.COLUMNS, "extend_columns")
        read = _columns.read_columns(
            columns,
            currency=self._currency,
            decimals=self._decimals,
            unit=unit,
            measure=measure,
            hs_vintage=hs_vintage,
        )
        size = read["size"]
        exponent = read["exponent"]
        rows: dict[str, npt.NDArray[Any]] = {
            "value": read["value"],
            "exponent": (
                _constant(np.clip(exponent[0], -self._decimals, 20), size, np.int8)
                if _is_constant(exponent)
                else np.clip(exponent, -self._decimals, 20)
            ),
            "start": read["start"],
            "end": read["end"],
            "month0": read["month0"],
            "month1": read["month1"],
            "weight": read.get("weight", _constant(-1, size, np.int64)),
            "vehicles": read.get("vehicles", _constant(-1, size, np.int64)),
            "estimated": read.get("estimated", _constant(value=False, size=size, dtype=np.bool_)),
        }
        inverse, uniques = read["direction"]
        rows["direction"] = _gather(
            np.array([_DIRECTIONS.index(d) for d in uniques], np.int8), inverse
        )
        inverse, uniques = read["measure"]
        rows["measure"] = _gather(np.array([_MEASURES.index(m) for m in uniques], np.int8), inverse)
        if "valuation" in read:
            inverse, uniques = read["valuation"]
            codes = np.array([_VALUATIONS.index(v) for v in uniques], np.int8)
            rows["valuation"] = _gather(codes, inverse)
        else:
            rows["valuation"] = _constant(0, size, np.int8)
        for name in ("gate", "hs", "growth", "source", "note"):
            if name in read:
                inverse, uniques = read[name]
                rows[name] = _gather(self._vocabularies[name].codes(uniques), inverse)
            else:
                rows[name] = _constant(0, size, np.int32)
        if size:
            self._append(rows, size, months=read["months"], values=read.get("value_range"))

    @classmethod
    def from_frame(
        cls,
        frame: Any,  # noqa: ANN401 - a pandas DataFrame, or a mapping of columns
        *,
        currency: str = "USD",
        decimals: int | None = None,
        unit: str | None = None,
        measure: Measure | str | None = None,
        hs_vintage: str | None = None,
    ) -> TradeLedger:
        """A ledger of the flows in a DataFrame (see :meth:`extend_columns` for its columns).

        ``currency`` defaults to the frame's ``attrs["currency"]`` when it has one.
        """
        attrs = getattr(frame, "attrs", None)
        if isinstance(attrs, dict) and "currency" in attrs and currency == "USD":
            currency = attrs["currency"]
        ledger = cls(currency=currency, decimals=decimals)
        ledger.extend_columns(frame, unit=unit, measure=measure, hs_vintage=hs_vintage)
        return ledger

    def _frame_columns(self, *, exact: bool) -> FrameColumns:
        """The flows' columns, each read whole from the ledger's own (codes stay codes)."""
        vocab = self._vocabularies

        def decode(name: str, make: Callable[[Any], Any]) -> npt.NDArray[Any]:
            items = np.array([None if v is None else make(v) for v in vocab[name].items], object)
            return items[self._column(name)]  # type: ignore[no-any-return]

        def coded(name: str, column: str, make: Callable[[Any], str]) -> None:
            items = [None if v is None else make(v) for v in vocab[column].items]
            columns.coded(name, self._column(column), items)

        values = self._column("value")
        weights = self._column("weight")
        columns = FrameColumns(exact=exact)
        if exact:
            scale = -self._decimals
            minor = [tidy(Decimal(int(v)).scaleb(scale, EXACT)) for v in values]
            columns.number("value", minor, self._currency, exact_name="value")
        else:
            columns.number("value", values / 10.0**self._decimals, self._currency)
        columns.coded("direction", self._column("direction"), [d.value for d in _DIRECTIONS])
        columns.coded("measure", self._column("measure"), [m.value for m in _MEASURES])
        columns.date("start", self._column("start").astype("datetime64[D]"))
        columns.date("end", self._column("end").astype("datetime64[D]"))
        coded("gate", "gate", str)
        coded("hs", "hs", lambda code: code.code)
        coded("hs_vintage", "hs", lambda code: code.vintage)
        vehicles = self._column("vehicles")
        if exact:
            tonnes = [None if w < 0 else tidy(Decimal(int(w)).scaleb(-6, EXACT)) for w in weights]
            columns.number("net_weight", tonnes, "tonne", exact_name="net_weight")
            columns.count("vehicles", [None if v < 0 else int(v) for v in vehicles])
        else:
            columns.number("net_weight", np.where(weights < 0, np.nan, weights / 1e6), "tonne")
            columns.count("vehicles", np.where(vehicles < 0, np.nan, vehicles.astype(np.float64)))
        valuations = [None if v is None else v.value for v in _VALUATIONS]
        columns.coded("valuation", self._column("valuation"), valuations)
        columns.flag("estimated", self._column("estimated").astype(bool))
        columns.text("growth", decode("growth", lambda figure: figure.text))
        columns.text("source", decode("source", lambda source: source))
        columns.text("note", decode("note", str))
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The flows as a pandas DataFrame, one row each (needs ``dongdang[pandas]``).

        Columns: ``value_<currency>`` (float64 in the currency, ``value_usd``),
        ``direction``, ``measure`` (categoricals), ``start``, ``end``
        (datetime64), ``gate``, ``hs``, ``hs_vintage`` (categoricals),
        ``net_weight_tonne`` (float64), ``vehicles`` (float64), ``valuation``
        (categorical), ``estimated`` (bool), ``growth`` (as printed),
        ``source``, ``note``; NaN or None where a flow has none.
        With ``exact=True``, ``value`` and ``net_weight`` are Decimal and
        ``vehicles`` Int64: the columns :meth:`from_frame` reads, so that
        ``TradeLedger.from_frame(ledger.to_frame(exact=True))`` equals the
        ledger. ``frame.attrs["currency"]`` holds the currency.
        """
        return self._frame_columns(exact=exact).frame(metadata={"currency": self._currency})

    def _repr_html_(self) -> str:
        """The first flows as an HTML table, for notebooks."""
        first = self._subset(np.arange(self._n) < HTML_ROWS)
        return first._frame_columns(exact=True).html(repr(self), rows=self._n)  # noqa: SLF001

    def copy(self) -> TradeLedger:
        """A new ledger with the same flows."""
        return self._subset(None)

    def merge(self, *others: TradeLedger) -> TradeLedger:
        """A new ledger with this ledger's flows, then each other's, in order.

        Column by column, without a flow object per row: the ledgers of the
        partitions of a dataset, built apart, make the ledger of the whole.
        Merging is associative: ``a.merge(b).merge(c)`` equals ``a.merge(b.merge(c))``.

        Raises:
            InvalidTypeError: an argument is not a TradeLedger.
            InvalidValueError: a ledger has another currency or resolution.

        >>> first = TradeLedger(
        ...     [
        ...         TradeFlow(
        ...             value=amount(5, "USD"),
        ...             direction="export",
        ...             period=Period.month(2024, 1),
        ...             measure="customs",
        ...         )
        ...     ]
        ... )
        >>> len(first.merge(first, first))
        3
        """
        merged: TradeLedger = self.copy()
        for other in others:
            if not isinstance(other, TradeLedger):
                raise InvalidTypeError.of("a ledger to merge", "a TradeLedger", other)
            if (other.currency, other.decimals) != (self._currency, self._decimals):
                raise InvalidValueError.of(
                    "currency and decimals",
                    (other.currency, other.decimals),
                    f"must be those of the ledger merged into, ({self._currency!r}, "
                    f"{self._decimals})",
                    accepted=[(self._currency, self._decimals)],
                    hint="convert it first",
                )
            if len(other):
                merged._take(other)
        return merged

    def _take(self, other: TradeLedger) -> None:
        """Append the rows of ``other``, its codes renumbered into this ledger's vocabularies."""
        rows = {name: array.copy() for name, array in zip(*other._columns(), strict=True)}
        for name, items in other._items().items():
            rows[name] = self._vocabularies[name].codes(items)[rows[name]]
        self._append(rows, len(other))

    def _columns(self) -> tuple[list[str], list[npt.NDArray[Any]]]:
        names = list(self._data)
        return names, [self._column(name) for name in names]

    def _items(self) -> dict[str, list[Any]]:
        return {name: vocabulary.items for name, vocabulary in self._vocabularies.items()}

    def _subset(self, mask: Mask | None) -> TradeLedger:
        other = TradeLedger(currency=self._currency, decimals=self._decimals)
        rows = {
            name: (array if mask is None else array[mask])
            for name, array in ((n, self._column(n)) for n in self._data)
        }
        other._vocabularies = {name: _Vocabulary(v.items) for name, v in self._vocabularies.items()}
        size = len(rows["value"])
        if size:
            other._append({k: v.copy() for k, v in rows.items()}, size)
        return other

    # -- selecting -------------------------------------------------------------------------

    def filter(
        self,
        *,
        direction: object = ANY,
        measure: object = ANY,
        gate: object = ANY,
        hs: object = ANY,
        estimated: object = ANY,
        period: Period | None = None,
    ) -> TradeLedger:
        """A new ledger of the flows that pass every filter given.

        Args:
            direction: a :class:`~dongdang.trade.flows.Direction` (or its code, or
                name), or several.
            measure: a :class:`~dongdang.trade.flows.Measure` (or its code), or several.
            gate: a gate pair code, None for province-wide flows, or several.
            hs: an :class:`~dongdang.trade.flows.HSCode` (the flows under it), None
                for flows without one, or several.
            estimated: True or False.
            period: the flows inside this period.

        Raises:
            InvalidValueError: a flow overlaps ``period`` without lying inside it.
        """
        mask = self._mask(
            direction=direction,
            measure=measure,
            gate=gate,
            hs=hs,
            estimated=estimated,
            period=period,
        )
        return self._subset(mask)

    def _mask(
        self,
        *,
        direction: object = ANY,
        measure: object = ANY,
        gate: object = ANY,
        hs: object = ANY,
        estimated: object = ANY,
        period: Period | None = None,
    ) -> Mask | None:
        masks: list[Mask] = []
        if direction is not ANY:
            codes = [
                _DIRECTIONS.index(Direction.parse(item))
                for item in _several(direction, "direction")
            ]
            masks.append(np.isin(self._column("direction"), codes))
        if measure is not ANY:
            codes = [_MEASURES.index(read_measure(item)) for item in _several(measure, "measure")]
            masks.append(np.isin(self._column("measure"), codes))
        if gate is not ANY:
            index = self._vocabularies["gate"].index
            gates = [check_gate(item) for item in _several(gate, "gate", none=True)]
            masks.append(np.isin(self._column("gate"), [index[g] for g in gates if g in index]))
        if hs is not ANY:
            masks.append(self._hs_mask(_several(hs, "hs", none=True)))
        if estimated is not ANY:
            if not isinstance(estimated, bool):
                raise InvalidTypeError.of("estimated", "True or False", estimated)
            masks.append(self._column("estimated") == estimated)
        if period is not None:
            masks.append(self._inside(period))
        if not masks:
            return None
        return functools.reduce(np.logical_and, masks)

    def _hs_mask(self, items: list[Any]) -> Mask:
        wanted: set[int] = set()
        codes = self._vocabularies["hs"].items
        for item in items:
            if item is not None and not isinstance(item, HSCode):
                raise InvalidTypeError.of("hs", "an HSCode or None", item)
            wanted.update(
                position
                for position, code in enumerate(codes)
                if (code is None and item is None)
                or (code is not None and item is not None and item.contains(code))
            )
        return np.isin(self._column("hs"), sorted(wanted))

    def _inside(self, period: Period) -> Mask:
        if not isinstance(period, Period):
            raise InvalidTypeError.of("period", "a Period", period)
        first = period.start.toordinal() - EPOCH
        last = period.end.toordinal() - EPOCH
        start = self._column("start")
        end = self._column("end")
        inside = (start >= first) & (end <= last)
        partial = np.flatnonzero((start <= last) & (end >= first) & ~inside)
        if len(partial):
            row = int(partial[0])
            raise InvalidValueError.of(
                "period",
                period,
                f"must hold or miss each flow whole, but overlaps "
                f"{self._period(row).label('en')} without holding it",
                where=f"flow #{row}",
                hint="a flow cannot be split between periods",
            )
        return inside

    def _period(self, row: int) -> Period:
        return Period(start=_day(self._column("start")[row]), end=_day(self._column("end")[row]))

    def _rows(self, name: str, mask: Mask | None) -> npt.NDArray[Any]:
        column = self._column(name)
        return column if mask is None else column[mask]

    def _row_number(self, mask: Mask | None, position: int) -> int:
        return position if mask is None else int(np.flatnonzero(mask)[position])

    def _one_measure(self, mask: Mask | None) -> Measure | None:
        """The measure of the selected flows; refuse a selection that mixes measures."""
        if len(self._measure_rows) <= 1:
            return next(iter(self._measure_rows), None)
        measures = self._rows("measure", mask)
        counts = np.bincount(measures.astype(np.intp), minlength=len(_MEASURES))
        present = [code for code, count in enumerate(counts) if count]
        if len(present) > 1:
            first = sorted(
                (self._row_number(mask, int(np.argmax(measures == code))), code) for code in present
            )
            raise mixed_measures({_MEASURES[code]: f"flow #{row}" for row, code in first})
        return _MEASURES[present[0]] if present else None

    # -- totals --------------------------------------------------------------------------

    def _in(self, unit: str | None) -> Callable[[int], Quantity]:
        target = None if unit is None else unit_of(unit)
        if target is not None:
            currency_of(ureg.Quantity(Decimal(1), target), "unit")

        def make(minor: int) -> Quantity:
            value = quantity(minor, self._currency, self._decimals)
            return value if target is None else convert(value, target)

        return make

    def total(
        self, *, period: Period | None = None, unit: str | None = None, **filters: Unpack[Filters]
    ) -> Quantity:
        """The exact total of the flows that pass the filters (see :meth:`filter`).

        Raises:
            InvalidValueError: the flows mix measures, or one overlaps ``period``.
        """
        make = self._in(unit)
        mask = self._mask(period=period, **filters)
        self._one_measure(mask)
        return make(_sum_exact(self._rows("value", mask)))

    def balance(
        self, *, period: Period | None = None, unit: str | None = None, **filters: Unpack[Filters]
    ) -> Quantity:
        """Exports and re-exports less imports and temporary imports, exactly.

        Transit counts in neither. Takes the filters of :meth:`filter`.
        """
        make = self._in(unit)
        mask = self._mask(period=period, **filters)
        self._one_measure(mask)
        directions = self._rows("direction", mask).astype(np.intp)
        values = self._rows("value", mask)
        sums = [_sum_exact(values[directions == code]) for code in range(len(_DIRECTIONS))]
        return make(sum(int(sign) * total for sign, total in zip(_SIGNS, sums, strict=True)))

    def totals(
        self, by: str | Sequence[str], *, period: Period | None = None, **filters: Unpack[Filters]
    ) -> Totals:
        """Exact totals by group: ``by="gate"``, ``by=("gate", "month")``, and so on.

        The fields are those of :data:`FIELDS`: ``direction``, ``measure``,
        ``gate``, ``commodity`` (the HS code as recorded), ``hs2`` to ``hs8``
        (codes cut to that many digits), ``valuation``, ``estimated``, ``period``
        (each flow's own period), and the calendar ``month``, ``quarter``,
        ``half``, ``year``. Groups without flows are left out.

        Raises:
            InvalidValueError: a flow is not inside one month (quarter…) when
                grouped by it, an HS code is shorter than the digits asked for,
                or the flows mix measures without grouping by measure.
        """
        fields = _fields(by)
        mask = self._mask(period=period, **filters)
        measures = self._measures_of(mask, fields)
        _, sums, present, decode = self._group(fields, mask)
        found = np.flatnonzero(present)
        decoded = [decode(int(key)) for key in found]
        order = sorted(range(len(found)), key=lambda i: sort_key(decoded[i]))
        return Totals(
            by=fields,
            keys=tuple(decoded[i] for i in order),
            minor=tuple(int(sums[found[i]]) for i in order),
            currency=self._currency,
            decimals=self._decimals,
            measures=measures,
        )

    def _measures_of(self, mask: Mask | None, fields: tuple[str, ...]) -> frozenset[Measure]:
        if "measure" in fields:
            codes = np.unique(self._rows("measure", mask))
            return frozenset(_MEASURES[int(code)] for code in codes)
        measure = self._one_measure(mask)
        return frozenset() if measure is None else frozenset({measure})

    def shares(
        self, by: str | Sequence[str], *, period: Period | None = None, **filters: Unpack[Filters]
    ) -> dict[Any, Decimal]:
        """Each group's share of the total ("chiếm X%"); see :meth:`totals`."""
        return self.totals(by, period=period, **filters).shares()

    def _field(
        self, name: str, mask: Mask | None
    ) -> tuple[npt.NDArray[Any], int, Callable[[int], Any]]:
        """A field's code for each selected row, how many codes, and the value of a code.

        The codes are integers of any width (as stored: no copy).
        """
        if name in _PLAIN:
            column, values = _PLAIN[name]
            return self._rows(column, mask), len(values), values.__getitem__
        if name in ("gate", "commodity"):
            column = "gate" if name == "gate" else "hs"
            items = self._vocabularies[column].items
            return self._rows(column, mask), len(items), items.__getitem__
        if name in _HS_LEVEL:
            return self._hs_level(_HS_LEVEL[name], mask)
        if name == "period":
            return self._period_field(mask)
        units, low, size = self._units(_TIME[name], name, mask)
        months = _TIME[name]
        return units, size, lambda code: period_of(code + low, months)

    def _period_field(
        self, mask: Mask | None
    ) -> tuple[npt.NDArray[np.intp], int, Callable[[int], Any]]:
        # Ordinals of days in the years 1 to 9999 are below 2**22.
        start = self._rows("start", mask).astype(np.int64) + EPOCH
        end = self._rows("end", mask).astype(np.int64) + EPOCH
        uniques, inverse = np.unique((start << 22) + end, return_inverse=True)

        def period(code: int) -> Period:
            key = int(uniques[code])
            return Period(
                start=dt.date.fromordinal(key >> 22),
                end=dt.date.fromordinal(key & ((1 << 22) - 1)),
            )

        return inverse.astype(np.intp), len(uniques), period

    def _hs_level(
        self, digits: int, mask: Mask | None
    ) -> tuple[npt.NDArray[np.intp], int, Callable[[int], Any]]:
        items = self._vocabularies["hs"].items
        cut = _Vocabulary()
        mapping = np.zeros(len(items), dtype=np.intp)
        short: list[int] = []
        for position, code in enumerate(items):
            if code is None:
                continue
            if code.digits < digits:
                short.append(position)
                continue
            mapping[position] = cut.code(code.truncate(digits))
        column = self._rows("hs", mask)
        if short:
            bad = np.flatnonzero(np.isin(column, short))
            if len(bad):
                row = self._row_number(mask, int(bad[0]))
                raise InvalidValueError.of(
                    "digits",
                    digits,
                    f"must not be more than the digits of HS code "
                    f"{items[int(column[bad[0]])].label()}",
                    where=f"flow #{row}",
                )
        return mapping[column], len(cut.items), cut.items.__getitem__

    def _units(
        self, months: int, name: str, mask: Mask | None, *, shifted: bool = True
    ) -> tuple[npt.NDArray[Any], int, int]:
        """Each selected flow's time unit of ``months`` months, from the first, and the span.

        Not ``shifted``: the units since year 0 (the stored column itself, for
        months of all the flows), and the caller takes the first away.
        """
        first = self._rows("month0", mask)
        if mask is not None or not self._within_month:
            last = self._rows("month1", mask)
            if months != 1:
                first, last = first // months, last // months
            if not np.array_equal(first, last):
                position = int(np.argmax(first != last))
                row = self._row_number(mask, position)
                raise InvalidValueError.of(
                    "by",
                    name,
                    f"must hold each flow in one {name}, but "
                    f"{self._period(row).label('en')} is not inside one {name}",
                    where=f"flow #{row}",
                )
            if not len(first):
                return first, 0, 0
            low, high = int(first.min()), int(first.max())
        else:
            if months != 1:
                first = first // months
            if self._month_range is None:
                return first, 0, 0
            low, high = (end // months for end in self._month_range)
        return (first - low if shifted else first), low, high - low + 1

    def _group(
        self, fields: tuple[str, ...], mask: Mask | None
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[Any], Mask, Callable[[int], tuple[Any, ...]]]:
        """Group keys per row, exact sums and presence per key, and the fields of a key."""
        values = self._rows("value", mask)
        if not len(values):
            return np.zeros(0, np.intp), np.zeros(0, np.int64), np.zeros(0, bool), lambda _: ()
        keys, total, decode = _combine([self._field(name, mask) for name in fields], len(values))
        keys = keys.astype(np.intp, copy=False)
        sums = _group_sums(keys, values, total, self._top if mask is None else None)
        present = np.bincount(keys, minlength=total) > 0 if self._zeros else sums > 0
        return keys, sums, present, decode

    # -- growth ----------------------------------------------------------------------------

    def growth_table(
        self,
        granularity: Granularity | str,
        *,
        by: str | Sequence[str] = (),
        **filters: Unpack[Filters],
    ) -> GrowthTable:
        """Totals by period (and group), each with the same period a year earlier.

        ``granularity`` is ``"month"``, ``"quarter"``, ``"half"``,
        ``"year_to_date"`` (January to each month) or ``"year"``. The periods run
        from the first to the last with flows. Takes the filters of :meth:`filter`.

        Raises:
            InvalidValueError: a flow is not inside one period of the granularity
                (for year-to-date: one month), or the flows mix measures.
        """
        grain = Granularity.parse(granularity)
        fields = _fields(by) if by else ()
        mask = self._mask(**filters)
        self._measures_of(mask, fields)
        months = grain.months
        per_year = 12 // months
        units, low, span = self._units(months, grain.value, mask, shifted=False)
        offset = low % per_year
        width = (offset + span + per_year - 1) // per_year * per_year
        values = self._rows("value", mask)
        if fields:
            keys, count, decode = _combine(
                [self._field(name, mask) for name in fields], len(values)
            )
            # keys * width + units - low + offset in place: these are a million rows, and
            # the months of all the flows are the stored column (no copy shifted by low)
            cells = np.multiply(keys, width, dtype=np.int64)
            cells += units
        else:
            count, decode = 1, lambda _: ()
            cells = units.astype(np.int64)
        cells += offset - low  # the first unit of the table (its year's first) at 0
        top = self._top if mask is None else None
        sums = _group_sums(cells, values, count * width, top).reshape(count, width)
        present: npt.NDArray[Any]
        if self._zeros:
            present = np.bincount(cells, minlength=count * width).reshape(count, width)
        else:
            present = sums > 0
        if grain is Granularity.YEAR_TO_DATE:
            years = width // 12
            sums = np.cumsum(sums.reshape(count, years, 12), axis=2).reshape(count, width)
            present = np.cumsum(present.reshape(count, years, 12), axis=2).reshape(count, width)
        previous: npt.NDArray[Any] = np.zeros_like(sums)
        before: npt.NDArray[Any] = np.zeros_like(present)
        previous[:, per_year:] = sums[:, :-per_year]
        before[:, per_year:] = present[:, :-per_year]
        columns = slice(offset, offset + span)
        kept = np.flatnonzero(present.any(axis=1)) if fields else np.arange(count)
        group_keys = [decode(int(key)) for key in kept]
        order = kept[sorted(range(len(kept)), key=lambda i: sort_key(group_keys[i]))]
        periods = tuple(self._period_of(grain, unit) for unit in range(low, low + span))
        return GrowthTable(
            granularity=grain,
            by=fields,
            groups=tuple(decode(int(key)) for key in order),
            periods=periods,
            current=sums[order, columns],
            previous=previous[order, columns],
            has_current=np.greater(present[order, columns], 0),
            has_previous=np.greater(before[order, columns], 0),
            currency=self._currency,
            decimals=self._decimals,
        )

    @staticmethod
    def _period_of(grain: Granularity, unit: int) -> Period:
        if grain is Granularity.YEAR_TO_DATE:
            year, month = divmod(unit, 12)
            return Period.first_months(year, month + 1)
        return period_of(unit, grain.months)

    def growth(self, period: Period, **filters: Unpack[Filters]) -> TradeGrowth:
        """The total in ``period`` and its growth on the same period a year earlier.

        Last year's total is the ledger's flows of that period when it has any
        (:attr:`~dongdang.trade.results.GrowthBasis.RECORDED`); otherwise it is
        implied from the growth stated with each flow
        (:attr:`~dongdang.trade.results.GrowthBasis.STATED`). Takes the filters
        of :meth:`filter`.

        Raises:
            InvalidValueError: no flows in either period; or no flows last year
                and a flow without a stated growth; or mixed measures.
        """
        breakdown = self._breakdown(period, None, filters)
        return breakdown.total

    def breakdown(
        self, period: Period, by: str | Sequence[str], **filters: Unpack[Filters]
    ) -> TradeBreakdown:
        """The growth of the total in ``period`` built up from its components.

        ``by`` groups the flows into components, as in :meth:`totals`. Each
        component has its growth, its share of the total now and a year earlier,
        and its contribution to the total's growth; the contributions add up to
        the total's growth. Last year's figures are recorded or implied as in
        :meth:`growth`. Compare with a report's figures with
        :meth:`TradeBreakdown.check <dongdang.trade.results.TradeBreakdown.check>`.

        >>> from dongdang.data import seed_trade_ledger
        >>> breakdown = seed_trade_ledger().breakdown(Period.year(2021), by="direction")
        >>> [format_percent(item.contribution, decimals=1) for item in breakdown.components]
        ['5,3%', '46,6%']
        >>> format_percent(breakdown.total.rate, decimals=1)
        '52,0%'
        """
        return self._breakdown(period, _fields(by), filters)

    def _breakdown(
        self, period: Period, fields: tuple[str, ...] | None, filters: Filters
    ) -> TradeBreakdown:
        if not isinstance(period, Period):
            raise InvalidTypeError.of("period", "a Period", period)
        earlier = period.same_period_last_year()
        now = self._mask(period=period, **filters)
        before = self._mask(period=earlier, **filters)
        now, before = cast("Mask", now), cast("Mask", before)  # a period was given
        self._one_measure(now | before)
        if not now.any() and not before.any():
            raise InvalidValueError.of(
                "period",
                period,
                f"has no flows, nor has earlier ({earlier.label('en')}), to compare",
                bound=earlier,
                bound_name="earlier",
            )
        recorded = bool(before.any())
        keys_now = self._component_keys(fields, now)
        keys_before = self._component_keys(fields, before) if recorded else {}
        components = sorted(
            set(keys_now) | set(keys_before),
            key=lambda key: sort_key(key if isinstance(key, tuple) else (key,)),
        )
        stated_parts: list[Part] = []
        plain_now = Decimal(0)
        plain_half = Decimal(0)
        results: list[tuple[Any, Decimal, Decimal, Figure | None]] = []
        for key in components:
            picked = keys_now.get(key, np.zeros(0, np.intp))
            current = self._decimal(_sum_exact(self._column("value")[picked]))
            figure = None
            if recorded:
                previous = self._decimal(
                    _sum_exact(self._column("value")[keys_before.get(key, np.zeros(0, np.intp))])
                )
                plain_now = EXACT.add(plain_now, current)
                plain_half = EXACT.add(plain_half, self._half(picked))
            else:
                previous = Decimal(0)
                for row in picked.tolist():
                    part = self._stated_part(int(row), period, earlier)
                    stated_parts.append(part)
                    previous = EXACT.add(
                        previous,
                        indicators.implied_previous(part.current, cast("Decimal", part.growth)),
                    )
                if len(picked) == 1:
                    figure = self._vocabularies["growth"].items[
                        int(self._column("growth")[picked[0]])
                    ]
            results.append((key, current, previous, figure))
        total_now = functools.reduce(EXACT.add, (r[1] for r in results), Decimal(0))
        total_before = functools.reduce(EXACT.add, (r[2] for r in results), Decimal(0))
        basis = GrowthBasis.RECORDED if recorded else GrowthBasis.STATED
        whole = basis if fields is None or recorded else GrowthBasis.COMPONENTS
        single = results[0][3] if len(results) == 1 else None
        total = self._growth_of(
            key=None,
            period=period,
            earlier=earlier,
            current=total_now,
            previous=total_before,
            basis=whole,
            stated=single,
        )
        items = tuple(
            ComponentGrowth(
                key=key,
                growth=self._growth_of(
                    key=key,
                    period=period,
                    earlier=earlier,
                    current=current,
                    previous=previous,
                    basis=basis,
                    stated=figure,
                ),
                share=indicators.share(current, total_now) if total_now > 0 else None,
                previous_share=indicators.share(previous, total_before)
                if total_before > 0
                else None,
                contribution=indicators.contribution_to_growth(current, previous, total_before)
                if total_before > 0
                else None,
            )
            for key, current, previous, figure in results
        )
        previous_parts: tuple[Part, ...] = ()
        current_parts: tuple[Part, ...] = tuple(stated_parts)
        if recorded:
            current_parts = (Part(current=plain_now, current_half=plain_half),)
            previous_parts = (
                Part(
                    current=total_before,
                    current_half=self._half(np.flatnonzero(before)),
                ),
            )
        return TradeBreakdown(
            period=period,
            by=fields or (),
            total=total,
            components=items,
            parts=(current_parts, previous_parts),
        )

    def _component_keys(
        self, fields: tuple[str, ...] | None, mask: Mask
    ) -> dict[Any, npt.NDArray[np.intp]]:
        rows = np.flatnonzero(mask)
        if not len(rows):
            return {}
        if fields is None:
            return {None: rows}
        keys, _, present, decode = self._group(fields, mask)
        order = np.argsort(keys, kind="stable")
        groups = np.flatnonzero(present)
        starts = np.searchsorted(keys[order], groups, side="left")
        ends = np.searchsorted(keys[order], groups, side="right")
        found: dict[Any, npt.NDArray[np.intp]] = {}
        for key, start, end in zip(groups.tolist(), starts.tolist(), ends.tolist(), strict=True):
            value = decode(key)
            found[value[0] if len(fields) == 1 else value] = rows[order[start:end]]
        return found

    def _decimal(self, minor: int) -> Decimal:
        return tidy(Decimal(minor).scaleb(-self._decimals, EXACT))

    def _half(self, rows: npt.NDArray[np.intp]) -> Decimal:
        """Half a unit of the last printed digit of each flow, summed, in the currency."""
        exponents = self._column("exponent")[rows].astype(np.int64)
        if not len(exponents):
            return Decimal(0)
        low = int(exponents.min())
        counts = np.bincount(exponents - low)
        return functools.reduce(
            EXACT.add,
            (
                EXACT.multiply(int(count), Decimal(5).scaleb(low + position - 1, EXACT))
                for position, count in enumerate(counts)
                if count
            ),
            Decimal(0),
        )

    def _stated_part(self, row: int, period: Period, earlier: Period) -> Part:
        figure: Figure | None = self._vocabularies["growth"].items[int(self._column("growth")[row])]
        if figure is None:
            flow = self._flow(row)
            code = "" if flow.gate is None else f"; gate {flow.gate!r}"
            raise InvalidValueError.of(
                "period",
                period,
                f"needs flows of earlier ({earlier.label('en')}) to compare with, as the flow "
                "has no stated growth",
                bound=earlier,
                bound_name="earlier",
                where=f"flow #{row} ({flow.label('en')}{code})",
            )
        return Part(
            current=self._decimal(int(self._column("value")[row])),
            current_half=self._half(np.array([row], dtype=np.intp)),
            growth=figure.fraction,
            growth_half=Decimal(5).scaleb(-(figure.decimals + 3), EXACT),
        )

    def _growth_of(
        self,
        *,
        key: object,
        period: Period,
        earlier: Period,
        current: Decimal,
        previous: Decimal,
        basis: GrowthBasis,
        stated: Figure | None,
    ) -> TradeGrowth:
        rate = indicators.growth_rate(current, previous) if previous > 0 else None
        if basis is GrowthBasis.STATED and stated is not None:
            # the previous value was implied from this very growth (to 28 digits):
            # the growth itself is the printed one, exactly
            rate = stated.fraction
        return TradeGrowth(
            period=period,
            previous_period=earlier,
            key=key,
            current=ureg.Quantity(tidy(current), self._currency),
            previous=ureg.Quantity(tidy(previous), self._currency),
            rate=rate,
            basis=basis,
            stated=stated,
        )

    def rows(self, *, period: Period | None = None, **filters: Unpack[Filters]) -> RowNumbers:
        """The row numbers of the flows that pass the filters (see :meth:`filter`)."""
        mask = self._mask(period=period, **filters)
        return np.arange(self._n, dtype=np.intp) if mask is None else np.flatnonzero(mask)

    def weight_totals(
        self,
        by: str | Sequence[str],
        *,
        period: Period | None = None,
        **filters: Unpack[Filters],
    ) -> dict[tuple[Any, ...], Quantity | None]:
        """The net weight by group, in tonnes; None for a group where a flow has no weight.

        Groups as :meth:`totals` (measures may be mixed: weights are not kim ngạch).
        """
        fields = _fields(by)
        mask = self._mask(period=period, **filters)
        keys, _, present, decode = self._group(fields, mask)
        weights = self._rows("weight", mask)
        size = len(present)
        grams = _group_sums(keys, np.maximum(weights, 0), size)
        missing = np.bincount(keys, weights=weights < 0, minlength=size)
        return {
            decode(int(key)): None
            if missing[key]
            else ureg.Quantity(tidy(Decimal(int(grams[key])).scaleb(-6, EXACT)), "tonne")
            for key in np.flatnonzero(present)
        }

    # -- UN Comtrade ------------------------------------------------------------------------

    def to_comtrade(
        self,
        *,
        frequency: str = "A",
        reporter: int = 704,
        partner: int | None = None,
        digits: int | None = 6,
        **filters: Unpack[Filters],
    ) -> list[dict[str, Any]]:
        """The flows as records with UN Comtrade's field names.

        See :func:`dongdang.trade.comtrade.comtrade_records`, which this calls.
        """
        from dongdang.trade.comtrade import comtrade_records  # noqa: PLC0415 - it imports this

        return comtrade_records(
            self,
            frequency=frequency,
            reporter=reporter,
            partner=partner,
            digits=digits,
            **filters,
        )
