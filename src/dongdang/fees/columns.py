"""The columnar path: a table of crossings as numpy columns, assessed at once.

:meth:`FeeSchedule.assess_many <dongdang.fees.schedule.FeeSchedule.assess_many>`
takes the crossings as columns, a mapping of column name to a 1-D array (or a
pandas DataFrame), and returns the fees as an int64 array of đồng, the same
fee :meth:`~dongdang.fees.schedule.FeeSchedule.assess` gives for each row.

================  ========  =============================================================
column            needed    what it holds
================  ========  =============================================================
``date``          yes       the day: ``datetime64`` of any unit (read as its day),
                            ``datetime.date`` objects or ISO strings
``regime``        yes       goods regime codes: ``"export"``, ``"transit"``, …
``goods``         yes       one goods code, or several joined by ``+`` for a
                            mixed cargo: ``"fruit+ore"``
``payload``       see note  payload in tonnes (int or float); NaN for a container vehicle
``container``     see note  ``"20ft"`` or ``"40ft"``; ``""`` (or None/NaN in an
                            object column) for a vehicle with a payload
``journey``       no        ``"standard"`` (the default), ``"inland_delivery"``,
                            ``"yard_only"``
``gate``          no        gate codes, for the record; not read
================  ========  =============================================================

At least one of ``payload`` and ``container`` is given, and each row has
exactly one of the two. Other columns are ignored. A float payload means what
its shortest repr says (``2.0`` is 2 tonnes, as
:class:`~dongdang.fees.crossings.Crossing` reads a float), and bracket ends are
compared exactly.

The work is done with numpy: string columns are matched against the
schedule's codes by binary search, the version by bisection on the start
days, the vehicle class by binary search on the bracket ends, and the fee is
gathered from a table of base rates and multiplied by the coefficients as
exact fractions in integer arithmetic, rounded half-up and capped. A mixed
cargo takes the highest of its goods' fees.

>>> import numpy as np
>>> from dongdang.fees import lang_son_fee_schedule
>>> lang_son_fee_schedule().assess_many(
...     {
...         "date": np.array(["2025-06-02"], dtype="datetime64[D]"),
...         "container": np.array(["40ft"]),
...         "regime": np.array(["temporary_import_reexport"]),
...         "goods": np.array(["agricultural_products"]),
...     }
... )
array([4000000])
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Protocol, final

import attrs
import numpy as np

from dongdang._decimal import EXACT
from dongdang.errors import (
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    RateNotFoundError,
)
from dongdang.fees.crossings import GoodsRegime, Journey, goods_codes
from dongdang.fees.vehicles import ContainerSize, PayloadBracket
from dongdang.fees.versions import mixed_message, no_rate_message

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable

    import numpy.typing as npt

    from dongdang.fees.schedule import FeeSchedule
    from dongdang.fees.versions import FeeVersion

__all__ = ["COLUMNS", "REQUIRED_COLUMNS", "DataFrameLike"]

#: The columns read, in order (the required ones, the vehicle ones, the optional ones).
COLUMNS: Final = ("date", "regime", "goods", "payload", "container", "journey", "gate")
#: The columns every table must have, besides ``payload`` or ``container``.
REQUIRED_COLUMNS: Final = ("date", "regime", "goods")

_INT64_MAX: Final = int(np.iinfo(np.int64).max)
_OTHER: Final = ""  # the goods that no provision names: only rows for any goods apply


class DataFrameLike(Protocol):
    """What :meth:`~dongdang.fees.schedule.FeeSchedule.assess_many` needs of a DataFrame."""

    @property
    def columns(self) -> Iterable[object]:
        """The column names."""

    def __getitem__(self, key: str, /) -> Any:  # noqa: ANN401 - a pandas Series
        """The column called ``key``."""


# -- the plan: a schedule as lookup arrays -------------------------------------------


def _first_float(bound: Decimal, *, above: bool) -> float:
    """The least float whose shortest repr is at least (or, if ``above``, above) ``bound``.

    The repr of floats grows with the float, so "payload >= bound" on the
    decimal a float stands for is "float >= this threshold" on the float.
    """

    def past(value: float) -> bool:
        number = Decimal(repr(value))
        return number > bound if above else number >= bound

    # float(bound) is the float nearest bound: every float below it stands for a
    # decimal below bound, so the threshold is float(bound) or a few steps above.
    value = float(bound)
    while not past(value):
        value = math.nextafter(value, math.inf)
    return value


def _pieces(brackets: Iterable[PayloadBracket]) -> tuple[list[float], list[Decimal]]:
    """Cut payloads at every bracket end: thresholds for numpy and one payload per piece.

    With ends b0 < b1 < …, the pieces are (−∞, b0), {b0}, (b0, b1), {b1}, …,
    (bk, ∞): each lies wholly inside or wholly outside every bracket, so one
    payload per piece says which brackets hold the piece.
    """
    ends = sorted({end for b in brackets for end in (b.low, b.high) if end is not None})
    thresholds: list[float] = []
    for end in ends:
        thresholds += [_first_float(end, above=False), _first_float(end, above=True)]
    if not ends:
        return thresholds, [Decimal(0)]
    samples = [ends[0] - 1]
    for low, high in zip(ends, [*ends[1:], None], strict=True):
        after = low + 1 if high is None else EXACT.multiply(low + high, Decimal("0.5"))
        samples += [low, after]
    return thresholds, samples


@final
@attrs.frozen(kw_only=True)
class _Plan:
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    thresholds: npt.NDArray[np.float64]
    pieces: int
    goods: npt.NDArray[np.str_]
    base: npt.NDArray[Any]
    numerators: npt.NDArray[Any]
    denominators: npt.NDArray[Any]
    caps: npt.NDArray[Any]
    has_cap: npt.NDArray[np.bool_]
    mixed: npt.NDArray[np.bool_]
    shape: tuple[int, int, int, int, int]  # versions, classes, regimes, goods, journeys


_REGIMES: Final = sorted(GoodsRegime, key=lambda member: member.value)
_JOURNEYS: Final = sorted(Journey, key=lambda member: member.value)
_CONTAINERS: Final = sorted(ContainerSize, key=lambda member: member.value)


def _codes(members: Iterable[GoodsRegime | Journey | ContainerSize]) -> npt.NDArray[np.str_]:
    return np.array([member.value for member in members], dtype=str)


def _days(day: dt.date) -> int:
    return int(np.datetime64(day, "D").astype(np.int64))


def _base_table(
    versions: tuple[FeeVersion, ...], samples: list[Decimal], goods: list[str]
) -> list[list[list[list[int]]]]:
    """Base rates by version, vehicle class, regime and goods; -1 where none is sourced."""
    classes = len(samples) + len(_CONTAINERS)
    table = [[[[-1] * len(goods) for _ in _REGIMES] for _ in range(classes)] for _ in versions]
    for v, version in enumerate(versions):
        # Rows for any goods first, so that rows for one goods category overwrite them.
        for rate in sorted(version.rates, key=lambda rate: rate.goods is not None):
            if isinstance(rate.vehicle, ContainerSize):
                vehicles = [len(samples) + _CONTAINERS.index(rate.vehicle)]
            else:
                vehicles = [p for p, sample in enumerate(samples) if sample in rate.vehicle]
            columns = range(len(goods)) if rate.goods is None else [goods.index(rate.goods)]
            r = _REGIMES.index(rate.regime)
            for c in vehicles:
                for g in columns:
                    table[v][c][r][g] = rate.amount
    return table


def _coefficient_tables(
    versions: tuple[FeeVersion, ...], goods: list[str]
) -> tuple[npt.NDArray[Any], npt.NDArray[Any]]:
    """The product of the coefficients by version, regime, goods and journey, as n / d."""
    shape = (len(versions), len(_REGIMES), len(goods), len(_JOURNEYS))
    numerators = np.ones(shape, dtype=object)
    denominators = np.ones(shape, dtype=object)
    for v, version in enumerate(versions):
        for r, regime in enumerate(_REGIMES):
            for g, code in enumerate(goods):
                for j, journey in enumerate(_JOURNEYS):
                    factor = Fraction(1)
                    for coefficient in version.coefficients:
                        if coefficient.applies(regime, code, journey):
                            factor *= Fraction(coefficient.factor)
                    numerators[v, r, g, j] = factor.numerator
                    denominators[v, r, g, j] = factor.denominator
    return numerators, denominators


def _build_plan(schedule: FeeSchedule) -> _Plan:
    versions = schedule.versions
    brackets = [
        rate.vehicle
        for version in versions
        for rate in version.rates
        if isinstance(rate.vehicle, PayloadBracket)
    ]
    thresholds, samples = _pieces(brackets)
    vocabulary = sorted(
        {rate.goods for version in versions for rate in version.rates if rate.goods}
        | {goods for version in versions for c in version.coefficients for goods in c.goods}
    )
    goods = [*vocabulary, _OTHER]
    base = np.array(_base_table(versions, samples, goods), dtype=object)
    numerators, denominators = _coefficient_tables(versions, goods)
    caps = np.array([0 if v.cap is None else v.cap.amount for v in versions], dtype=object)
    widest = max(2 * max(base.flat) * max(numerators.flat) + max(denominators.flat), *caps.flat)
    # int64 when no product can overflow; Python integers (slower, exact) otherwise.
    dtype: Any = np.int64 if widest <= _INT64_MAX else object
    return _Plan(
        starts=np.array([_days(version.start) for version in versions], dtype=np.int64),
        ends=np.array(
            [_INT64_MAX if version.end is None else _days(version.end) for version in versions],
            dtype=np.int64,
        ),
        thresholds=np.array(thresholds, dtype=np.float64),
        pieces=len(samples),
        goods=np.array(vocabulary, dtype=str),
        base=base.astype(dtype).ravel(),
        numerators=numerators.astype(dtype).ravel(),
        denominators=denominators.astype(dtype).ravel(),
        caps=caps.astype(dtype),
        has_cap=np.array([version.cap is not None for version in versions], dtype=bool),
        mixed=np.array([version.mixed_cargo is not None for version in versions], dtype=bool),
        shape=(len(versions), base.shape[1], len(_REGIMES), len(goods), len(_JOURNEYS)),
    )


# -- reading the columns -------------------------------------------------------------


def _table(columns: object) -> dict[str, npt.NDArray[Any]]:
    pandas = sys.modules.get("pandas")
    if pandas is not None and isinstance(columns, pandas.DataFrame):
        names = set(columns.columns)
        return {name: columns[name].to_numpy() for name in COLUMNS if name in names}
    if not isinstance(columns, Mapping):
        raise InvalidTypeError(
            "assess_many needs a mapping of column name to array, or a pandas DataFrame, "
            f"got {type(columns).__name__}"
        )
    return {name: np.asarray(columns[name]) for name in COLUMNS if name in columns}


def _check_shape(table: Mapping[str, npt.NDArray[Any]]) -> int:
    for name in REQUIRED_COLUMNS:
        if name not in table:
            raise InvalidValueError(
                f"missing column {name!r}: assess_many needs the columns date, regime, goods, "
                "and payload or container (or both); journey and gate are optional"
            )
    if "payload" not in table and "container" not in table:
        raise InvalidValueError(
            "missing column 'payload' or 'container': each row needs a payload in tonnes or "
            "a container size"
        )
    for name, array in table.items():
        if array.ndim != 1:
            raise InvalidValueError(f"column {name!r} must be 1-D, got shape {array.shape}")
    lengths = {name: len(array) for name, array in table.items()}
    if len(set(lengths.values())) > 1:
        listed = ", ".join(f"{name} {length}" for name, length in lengths.items())
        raise InvalidValueError(f"the columns have different lengths: {listed}")
    return lengths["date"]


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    missing = (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or type(value).__name__ == "NAType"  # pandas.NA, without importing pandas
    )
    return "" if missing else str(value)


def _strings(array: npt.NDArray[Any], name: str) -> npt.NDArray[np.str_]:
    if array.dtype.kind == "U":
        return array
    if array.dtype.kind == "O":
        pandas = sys.modules.get("pandas")
        if pandas is None:
            return np.array([_text(value) for value in array], dtype=str).reshape(array.shape)
        # pandas is loaded (a DataFrame came in, most likely): its isna is vectorised.
        return np.where(pandas.isna(array), "", array).astype(str)
    raise InvalidTypeError(f"column {name!r} must hold str codes, got dtype {array.dtype}")


#: Up to this many codes, comparing with each code beats a binary search and a check.
_FEW_CODES: Final = 8


def _lookup(values: npt.NDArray[np.str_], codes: npt.NDArray[np.str_]) -> npt.NDArray[np.intp]:
    """The position of each value among the sorted ``codes``, or -1."""
    if len(codes) <= _FEW_CODES:
        found = np.full(len(values), -1, dtype=np.intp)
        for index, code in enumerate(codes):
            found[values == code] = index
        return found
    position = np.minimum(np.searchsorted(codes, values), len(codes) - 1)
    return np.where(codes[position] == values, position, -1)


def _factorize(values: npt.NDArray[np.str_]) -> tuple[list[str], npt.NDArray[np.intp]]:
    """The distinct values in order of appearance, and each value's position among them.

    A hash table: on the few rows left over by :func:`_lookup`, quicker than sorting.
    """
    seen: dict[str, int] = {}
    inverse = np.fromiter(
        (seen.setdefault(text, len(seen)) for text in values.tolist()),
        dtype=np.intp,
        count=len(values),
    )
    return list(seen), inverse


@final
class _Rows:
    """The normalised columns of one call, and how to name a row in a message."""

    def __init__(self, table: Mapping[str, npt.NDArray[Any]], length: int) -> None:
        self.length = length
        self.days = self._dates(table["date"])
        self.regime = _strings(table["regime"], "regime")
        self.goods = _strings(table["goods"], "goods")
        self.payload = self._payloads(table.get("payload"))
        self.container = _strings(table.get("container", np.full(length, "")), "container")
        self.journey = _strings(
            table.get("journey", np.full(length, Journey.STANDARD.value)), "journey"
        )

    @staticmethod
    def _dates(array: npt.NDArray[Any]) -> npt.NDArray[np.datetime64]:
        if array.dtype.kind == "M":
            return array.astype("datetime64[D]")
        if array.dtype.kind not in "OU":
            raise InvalidTypeError(
                f"column 'date' must hold dates (datetime64, datetime.date or ISO text), "
                f"got dtype {array.dtype}"
            )
        try:
            return np.asarray(array, dtype="datetime64[D]")
        except (ValueError, TypeError) as error:
            raise InvalidValueError(
                f"column 'date' holds a value that is not a date: {error}"
            ) from None

    def _payloads(self, array: npt.NDArray[Any] | None) -> npt.NDArray[np.float64]:
        if array is None:
            return np.full(self.length, np.nan)
        if array.dtype.kind not in "iuf":
            raise InvalidTypeError(
                f"column 'payload' must hold numbers of tonnes (NaN for a container), "
                f"got dtype {array.dtype}"
            )
        return array.astype(np.float64)

    def describe(self, row: int) -> str:
        return (
            f"date {self.days[row]}, payload {float(self.payload[row])!r}, "
            f"container {str(self.container[row])!r}, regime {str(self.regime[row])!r}, "
            f"goods {str(self.goods[row])!r}, journey {str(self.journey[row])!r}"
        )

    def vehicle(self, row: int) -> str:
        if self.container[row]:
            return f"{self.container[row]} container"
        return f"payload {Decimal(repr(float(self.payload[row])))} t"

    def error(self, row: int | np.integer[Any], error: DongDangError) -> DongDangError:
        """``error`` again, its message prefixed with the row and its values."""
        return type(error)(f"row {int(row)} ({self.describe(int(row))}): {error}")

    def fail_at(self, bad: npt.NDArray[np.bool_], check: Callable[[int], object]) -> None:
        """Raise, for the first row of ``bad``, the error ``check`` raises for it."""
        rows = np.flatnonzero(bad)
        if len(rows):
            row = int(rows[0])
            try:
                check(row)
            except DongDangError as error:
                raise self.error(row, error) from None


def _refuse(message: str, kind: type[DongDangError] = InvalidValueError) -> Callable[[int], None]:
    def check(_row: int) -> None:
        raise kind(message)

    return check


# -- assessing ---------------------------------------------------------------------


def _goods_table(
    rows: _Rows, plan: _Plan
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], list[tuple[str, ...]]]:
    """Each row's goods as a combination id; the goods indices of each combination."""
    known = _lookup(rows.goods, plan.goods)
    combos: list[tuple[str, ...]] = [(str(code),) for code in plan.goods]
    combo = known.copy()
    unmatched = np.flatnonzero(known < 0)
    if len(unmatched):
        texts, inverse = _factorize(rows.goods[unmatched])
        failures: dict[int, DongDangError] = {}
        for position, text in enumerate(texts):
            try:
                combos.append(goods_codes(text))
            except DongDangError as error:
                failures[position] = error
                combos.append(())
        if failures:
            first = int(np.flatnonzero(np.isin(inverse, list(failures)))[0])
            raise rows.error(unmatched[first], failures[int(inverse[first])])
        combo[unmatched] = len(plan.goods) + inverse
    width = max(len(goods) for goods in combos) if combos else 1
    other = len(plan.goods)  # the index of goods no provision names
    indices = np.full((max(len(combos), 1), width), -1, dtype=np.intp)
    vocabulary = {str(code): position for position, code in enumerate(plan.goods)}
    for position, goods in enumerate(combos):
        indices[position, : len(goods)] = [vocabulary.get(code, other) for code in goods]
    return combo, indices, combos


def _fees(
    plan: _Plan,
    index: tuple[npt.NDArray[np.intp], ...],
    goods: npt.NDArray[np.intp],
) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    """Fees of the rows given by (version, class, regime, journey) and a goods index."""
    version, vehicle, regime, journey = index
    _, classes, regimes, goods_count, journeys = plan.shape
    base = plan.base[((version * classes + vehicle) * regimes + regime) * goods_count + goods]
    at = ((version * regimes + regime) * goods_count + goods) * journeys + journey
    numerator, denominator = plan.numerators[at], plan.denominators[at]
    # base × n / d rounded half-up, in integers: floor((2·base·n + d) / 2d).
    fee = (2 * base * numerator + denominator) // (2 * denominator)
    fee = np.where(plan.has_cap[version], np.minimum(fee, plan.caps[version]), fee)
    return fee, base < 0


def assess_columns(
    schedule: FeeSchedule, columns: object, cache: dict[str, object]
) -> npt.NDArray[np.int64]:
    """The fees of a table of crossings: see the module's description of the columns."""
    table = _table(columns)
    length = _check_shape(table)
    plan = cache.get("plan")
    if not isinstance(plan, _Plan):
        plan = cache["plan"] = _build_plan(schedule)
    rows = _Rows(table, length)

    # Values each row must have, checked in the order a Crossing checks them.
    rows.fail_at(np.isnat(rows.days), _refuse("date is missing (NaT)"))
    regime = _lookup(rows.regime, _codes(_REGIMES))
    rows.fail_at(regime < 0, lambda row: GoodsRegime.from_code(str(rows.regime[row])))
    combo, goods, combos = _goods_table(rows, plan)
    payload = rows.payload
    has_payload = ~np.isnan(payload)
    rows.fail_at(
        has_payload & (~(payload >= 0) | np.isinf(payload)),
        lambda row: _refuse(
            f"payload must be a finite number of tonnes, zero or more, got {payload[row]!r}"
        )(row),
    )
    container = _lookup(rows.container, _codes(_CONTAINERS))
    rows.fail_at(
        (container < 0) & (rows.container != ""),
        lambda row: ContainerSize.from_code(str(rows.container[row])),
    )
    journey = _lookup(rows.journey, _codes(_JOURNEYS))
    rows.fail_at(journey < 0, lambda row: Journey.from_code(str(rows.journey[row])))
    has_container = container >= 0
    rows.fail_at(
        has_payload == has_container,
        _refuse("a crossing needs a payload or a container: exactly one of the two"),
    )

    # The version in force on each day.
    days = rows.days.astype(np.int64)
    version = np.searchsorted(plan.starts, days, side="right") - 1
    in_force = (version >= 0) & (days <= plan.ends[np.maximum(version, 0)])
    rows.fail_at(~in_force, lambda row: schedule.in_force(rows.days[row].item()))

    # The vehicle class: a piece of the payload line, or a container size.
    piece = np.searchsorted(plan.thresholds, payload, side="right")
    vehicle = np.where(has_container, plan.pieces + container, piece)
    index = (version, vehicle, regime, journey)

    # Each goods of a row on its own, then the highest (mixed cargo).
    fee, missing = _fees(plan, index, goods[combo, 0])
    missing_at = np.where(missing, 0, -1)
    for slot in range(1, goods.shape[1]):
        selected = np.flatnonzero(goods[combo, slot] >= 0)
        more, lacking = _fees(
            plan,
            tuple(part[selected] for part in index),
            goods[combo[selected], slot],
        )
        fee[selected] = np.maximum(fee[selected], more)
        missing_at[selected] = np.where(
            lacking & (missing_at[selected] < 0), slot, missing_at[selected]
        )
    mixed = goods[combo, 1] >= 0 if goods.shape[1] > 1 else np.zeros(length, dtype=bool)
    unruled = mixed & ~plan.mixed[version]

    def no_rate(row: int) -> None:
        current = schedule.versions[int(version[row])]
        names = combos[int(combo[row])]
        if missing_at[row] >= 0:
            raise RateNotFoundError(
                no_rate_message(
                    current, rows.vehicle(row), str(rows.regime[row]), names[missing_at[row]]
                )
            )
        raise RateNotFoundError(mixed_message(current, names))

    rows.fail_at((missing_at >= 0) | unruled, no_rate)
    if fee.dtype == np.int64:
        return fee
    too_big = np.array([value > _INT64_MAX for value in fee], dtype=bool)
    rows.fail_at(too_big, _refuse("the fee exceeds what an int64 array holds (2**63 - 1 đồng)"))
    return fee.astype(np.int64)
