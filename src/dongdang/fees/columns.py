"""The columnar path: a table of crossings as numpy columns, assessed at once.

:meth:`FeeSchedule.assess_many <dongdang.fees.schedule.FeeSchedule.assess_many>`
takes the crossings as columns, a mapping of column name to a 1-D array (or a
pandas or polars DataFrame, or a pyarrow Table), and returns the fees as an
int64 array of đồng, the same fee
:meth:`~dongdang.fees.schedule.FeeSchedule.assess` gives for each row.

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

The columns may be numpy arrays (or sequences), or come in a pandas or
polars DataFrame or a pyarrow Table (or RecordBatch). Each text column is
encoded once by hashing its values (``dongdang._columnar.encode``; the
codes of a pandas categorical, an Arrow dictionary array or a polars
Categorical/Enum are used as they are), and each distinct text is checked
once. The schedule is folded, once, into a table of fees by version, vehicle
class, regime, goods and journey (base rate × coefficients as exact fractions,
rounded half-up, capped); each call adds its goods combinations (a mixed cargo
takes the highest of its goods' fees), and each row is then one lookup, its
version found by bisection on the start days and its vehicle class by binary
search on the bracket ends.

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

import itertools
import math
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Protocol, final

import attrs
import numpy as np

from dongdang._columnar import (
    Encoded,
    columns_of,
    encode_all,
    first_not_a_date,
    missing,
    to_numpy,
)
from dongdang._columnar import kind as encoded_kind
from dongdang._decimal import EXACT
from dongdang.errors import (
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    RateNotFoundError,
)
from dongdang.fees.crossings import GoodsRegime, Journey, goods_codes
from dongdang.fees.vehicles import ContainerSize, PayloadBracket, vehicle_words

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Mapping

    import numpy.typing as npt

    from dongdang.fees.schedule import FeeSchedule
    from dongdang.fees.versions import FeeVersion

__all__ = ["COLUMNS", "REQUIRED_COLUMNS", "DataFrameLike"]

#: The columns read, in order (the required ones, the vehicle ones, the optional ones).
COLUMNS: Final = ("date", "regime", "goods", "payload", "container", "journey", "gate")
#: The columns every table must have, besides ``payload`` or ``container``.
REQUIRED_COLUMNS: Final = ("date", "regime", "goods")

_INT64_MAX: Final = int(np.iinfo(np.int64).max)
#: In the folded fee table: no sourced rate (or a mixed cargo without a rule), a fee too big.
_NO_RATE: Final = -1
_TOO_BIG: Final = -2
_OTHER: Final = ""  # the goods that no provision names: only rows for any goods apply
_TEXTS: Final = ("regime", "goods", "container", "journey")


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
    goods: dict[str, int]
    fees: npt.NDArray[np.int64]  # version × class × regime × goods × journey; < 0: see below
    mixed: npt.NDArray[np.bool_]
    gapless: bool  # each version starts the day after the one before ends


_REGIMES: Final = sorted(GoodsRegime, key=lambda member: member.value)
_JOURNEYS: Final = sorted(Journey, key=lambda member: member.value)
_CONTAINERS: Final = sorted(ContainerSize, key=lambda member: member.value)


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


def _fold(
    base: npt.NDArray[Any],
    numerators: npt.NDArray[Any],
    denominators: npt.NDArray[Any],
    caps: list[int | None],
) -> npt.NDArray[np.int64]:
    """Rates × coefficients, rounded half-up and capped, once for every cell of the plan.

    In exact integers: round(base × n / d) is floor((2·base·n + d) / 2d). The
    result is indexed by version, vehicle class, regime, goods and journey;
    :data:`_NO_RATE` where no rate is sourced, :data:`_TOO_BIG` where the fee
    exceeds an int64.
    """
    b = base[:, :, :, :, None]
    n = numerators[:, None, :, :, :]
    d = denominators[:, None, :, :, :]
    fee = (2 * b * n + d) // (2 * d)
    for v, cap in enumerate(caps):
        if cap is not None:
            fee[v] = np.minimum(fee[v], cap)
    fee = np.where(fee > _INT64_MAX, _TOO_BIG, fee)
    return np.where(b < 0, _NO_RATE, fee).astype(np.int64)


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
    # Neighbouring pieces priced alike everywhere are one class: fewer edges to place
    # a payload among ("[2, 5)" needs "≥ 2" and "≥ 5", not also "> 2" and "> 5").
    kept = [0] + [p for p in range(1, len(samples)) if (base[:, p] != base[:, p - 1]).any()]
    thresholds = [thresholds[p - 1] for p in kept[1:]]
    base = base[:, kept + list(range(len(samples), base.shape[1]))]
    numerators, denominators = _coefficient_tables(versions, goods)
    caps = [None if version.cap is None else version.cap.amount for version in versions]
    return _Plan(
        starts=np.array([_days(version.start) for version in versions], dtype=np.int64),
        ends=np.array(
            [_INT64_MAX if version.end is None else _days(version.end) for version in versions],
            dtype=np.int64,
        ),
        thresholds=np.array(thresholds, dtype=np.float64),
        pieces=len(kept),
        goods={code: position for position, code in enumerate(goods)},
        fees=_fold(base, numerators, denominators, caps),
        mixed=np.array([version.mixed_cargo is not None for version in versions], dtype=bool),
        gapless=all(
            first.end is not None and (second.start - first.end).days == 1
            for first, second in itertools.pairwise(versions)
        ),
    )


# -- reading the columns -------------------------------------------------------------


def _table(columns: object) -> dict[str, Any]:
    table = columns_of(columns, COLUMNS, "assess_many")
    for name, column in table.items():
        if encoded_kind(column) is None:
            table[name] = np.asarray(column)
    return table


def _check_shape(table: Mapping[str, Any]) -> int:
    for name in REQUIRED_COLUMNS:
        if name not in table:
            raise InvalidValueError.missing_columns(
                repr(name),
                table,
                hint="assess_many needs the columns date, regime, goods, and payload or "
                "container (or both); journey and gate are optional",
            )
    if "payload" not in table and "container" not in table:
        raise InvalidValueError.missing_columns(
            "'payload' or 'container'",
            table,
            hint="each row needs a payload in tonnes or a container size",
        )
    for name, array in table.items():
        if isinstance(array, np.ndarray) and array.ndim != 1:
            raise InvalidValueError.of(f"column {name!r}", array.shape, "must be 1-D")
    lengths = {name: len(array) for name, array in table.items()}
    if len(set(lengths.values())) > 1:
        raise InvalidValueError.of("columns", lengths, "must all have one length")
    return lengths["date"]


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    return "" if missing(value) else str(value)


@final
class _Text:
    """A text column as its distinct texts (missing ones read as ``""``) and each row's."""

    def __init__(self, column: object, name: str, encoded: Encoded | None) -> None:
        if encoded is None:
            dtype = getattr(column, "dtype", None) or getattr(column, "type", None)
            raise InvalidTypeError.must_hold(f"column {name!r}", "str codes", dtype)
        codes, uniques = encoded
        self.texts = [_text(value) for value in uniques]
        if len(codes) and int(codes.min()) < 0:
            codes = np.where(codes < 0, len(self.texts), codes)
            self.texts.append("")
        self.codes = codes

    @classmethod
    def constant(cls, text: str, length: int) -> _Text:
        column = cls.__new__(cls)
        column.texts = [text]
        column.codes = np.zeros(length, dtype=np.intp)
        return column

    def __getitem__(self, row: int) -> str:
        return self.texts[int(self.codes[row])]

    def positions(self, positions: Mapping[str, int]) -> npt.NDArray[np.intp]:
        """Each distinct text's position in ``positions``, or -1."""
        return np.array([positions.get(text, -1) for text in self.texts], dtype=np.intp)

    def lookup(self, positions: Mapping[str, int]) -> npt.NDArray[np.intp]:
        """Each row's position in ``positions`` (by its text), or -1."""
        found = self.positions(positions)
        return np.take(found, self.codes) if len(found) else np.zeros(0, dtype=np.intp)

    def refuse(
        self, rows: _Rows, allowed: Callable[[str], bool], check: Callable[[str], object]
    ) -> None:
        """Raise, for the first row whose text is not ``allowed``, what ``check`` raises for it.

        The texts are checked first: the rows are looked at only if one is refused.
        """
        bad = [position for position, text in enumerate(self.texts) if not allowed(text)]
        if bad:
            rows.fail_at(np.isin(self.codes, bad), lambda row: check(self[row]))


@final
class _Rows:
    """The normalised columns of one call, and how to name a row in a message."""

    def __init__(self, table: Mapping[str, Any], length: int) -> None:
        self.length = length
        self.days = self._dates(to_numpy(table["date"]))
        texts = {name: table[name] for name in _TEXTS if name in table}
        encoded = encode_all(texts)
        self.regime = _Text(texts["regime"], "regime", encoded["regime"])
        self.goods = _Text(texts["goods"], "goods", encoded["goods"])
        payload = table.get("payload")
        self.payload = self._payloads(None if payload is None else to_numpy(payload))
        self.container = (
            _Text(texts["container"], "container", encoded["container"])
            if "container" in texts
            else _Text.constant("", length)
        )
        self.journey = (
            _Text(texts["journey"], "journey", encoded["journey"])
            if "journey" in texts
            else _Text.constant(Journey.STANDARD.value, length)
        )

    @staticmethod
    def _dates(array: npt.NDArray[Any]) -> npt.NDArray[np.datetime64]:
        if array.dtype.kind == "M":
            return array.astype("datetime64[D]", copy=False)  # read, never written
        if array.dtype.kind not in "OU":
            raise InvalidTypeError.must_hold(
                "column 'date'", "dates (datetime64, datetime.date or ISO text)", array.dtype
            )
        try:
            return np.asarray(array, dtype="datetime64[D]")
        except (ValueError, TypeError):
            row, value = first_not_a_date(array)
            raise InvalidValueError.of(
                "date", value, "must be a date", where=f"column 'date', row {row}"
            ) from None

    def _payloads(self, array: npt.NDArray[Any] | None) -> npt.NDArray[np.float64]:
        if array is None:
            return np.full(self.length, np.nan)
        if array.dtype.kind not in "iuf":
            raise InvalidTypeError.must_hold(
                "column 'payload'", "numbers of tonnes (NaN for a container)", array.dtype
            )
        return array.astype(np.float64, copy=False)  # read, never written

    def describe(self, row: int) -> str:
        return (
            f"date {self.days[row]}, payload {float(self.payload[row])!r}, "
            f"container {self.container[row]!r}, regime {self.regime[row]!r}, "
            f"goods {self.goods[row]!r}, journey {self.journey[row]!r}"
        )

    def vehicle(self, row: int) -> str:
        if self.container[row]:
            return vehicle_words(ContainerSize.from_code(self.container[row]))
        return vehicle_words(Decimal(repr(float(self.payload[row]))))

    def error(self, row: int | np.integer[Any], error: DongDangError) -> DongDangError:
        """``error`` again, its message prefixed with the row and its values."""
        return error.at(f"row {int(row)} ({self.describe(int(row))})")

    def fail_at(self, bad: npt.NDArray[np.bool_], refuse: Callable[[int], object]) -> None:
        """Raise, for the first row of ``bad``, the error ``refuse`` builds or raises for it.

        ``refuse`` builds the row's error (``InvalidValueError.of(...)``) or is a
        check that raises it (``GoodsRegime.from_code``, ``schedule.in_force``).
        """
        if bad.any():
            row = int(np.argmax(bad))
            try:
                error = refuse(row)
            except DongDangError as raised:
                error = raised
            assert isinstance(error, DongDangError)  # noqa: S101 - ``bad`` holds refused rows only
            raise self.error(row, error) from None


# -- assessing ---------------------------------------------------------------------


def _positions(members: Iterable[GoodsRegime | Journey | ContainerSize]) -> dict[str, int]:
    return {member.value: position for position, member in enumerate(members)}


def _goods(
    rows: _Rows, plan: _Plan
) -> tuple[npt.NDArray[np.intp], list[tuple[int, ...]], list[tuple[str, ...]]]:
    """Each distinct goods text's combination; the goods indices and codes of each combination.

    Each distinct goods text is read once; texts naming the same goods (by
    their place in the plan) share a combination.
    """
    other = plan.goods[_OTHER]
    combos: dict[tuple[int, ...], int] = {}
    names: list[tuple[str, ...]] = []
    of_text = np.empty(len(rows.goods.texts), dtype=np.intp)
    failures: dict[int, DongDangError] = {}
    for position, text in enumerate(rows.goods.texts):
        try:
            codes = goods_codes(text)
        except DongDangError as error:
            failures[position] = error
            continue
        key = tuple(plan.goods.get(code, other) for code in codes)
        if key not in combos:
            combos[key] = len(combos)
            names.append(codes)
        of_text[position] = combos[key]
    if failures:
        row = int(np.flatnonzero(np.isin(rows.goods.codes, list(failures)))[0])
        raise rows.error(row, failures[int(rows.goods.codes[row])])
    return of_text, list(combos), names


def _combination_fees(plan: _Plan, combos: list[tuple[int, ...]]) -> npt.NDArray[np.int64]:
    """The fee table by version, class, regime, goods combination and journey.

    A mixed cargo takes the highest of its goods' fees: no fee where one of
    them has no rate, or where the version has no rule for mixed cargo.
    """
    table = np.empty((*plan.fees.shape[:3], max(len(combos), 1), plan.fees.shape[4]), np.int64)
    for position, goods in enumerate(combos):
        fees = plan.fees[:, :, :, list(goods), :]
        fee = fees.max(axis=3)
        fee[(fees == _TOO_BIG).any(axis=3)] = _TOO_BIG
        fee[(fees == _NO_RATE).any(axis=3)] = _NO_RATE
        if len(goods) > 1:
            fee[~plan.mixed] = _NO_RATE
        table[:, :, :, position, :] = fee
    return table


def _kept_combination_fees(
    plan: _Plan, combos: list[tuple[int, ...]], cache: dict[str, object]
) -> npt.NDArray[np.int64]:
    """:func:`_combination_fees`, kept for the next call with the same combinations.

    The batches of a dataset mostly hold the same goods combinations.
    """
    kept = cache.get("combinations")
    if isinstance(kept, tuple) and kept[0] == combos:
        fees: npt.NDArray[np.int64] = kept[1]
        return fees
    fees = _combination_fees(plan, combos)
    cache["combinations"] = (combos, fees)
    return fees


#: Up to this many edges, counting the edges at or below each value beats a binary search.
_FEW_EDGES: Final = 16


def _rank(edges: npt.NDArray[Any], values: npt.NDArray[Any]) -> npt.NDArray[np.intp]:
    """How many of the sorted ``edges`` are at or below each value (NaN: as numpy sorts it)."""
    if len(edges) > _FEW_EDGES:
        return np.searchsorted(edges, values, side="right").astype(np.intp, copy=False)
    # The edges above each value, counted in bytes into one reused mask (a pass of a
    # few bytes a row per edge); NaN is below no edge, so every edge is at or below it.
    below = np.zeros(len(values), dtype=np.uint8)
    mask = np.empty(len(values), dtype=np.bool_)
    for edge in edges:
        np.less(values, edge, out=mask)
        below += mask
    return np.subtract(len(edges), below, dtype=np.intp)


def _add_offsets(at: npt.NDArray[np.intp], *columns: tuple[npt.NDArray[np.intp], Any]) -> None:
    """Add to ``at`` each row's offset: ``offsets[codes]`` for each ``(offsets, codes)``.

    The codes index their offsets by construction: "clip" gathers straight into
    one buffer (numpy's checked take writes a copy first).
    """
    buffer = np.empty_like(at)
    for offsets, codes in columns:
        at += np.take(offsets, codes, out=buffer, mode="clip")


def read_rows(columns: object) -> _Rows:
    """The columns of a table of crossings, read and encoded once for any schedule."""
    table = _table(columns)
    return _Rows(table, _check_shape(table))


def assess_columns(
    schedule: FeeSchedule,
    columns: object,
    cache: dict[str, object],
    rows: _Rows | None = None,
    found: dict[str, object] | None = None,
) -> npt.NDArray[np.int64]:
    """The fees of a table of crossings: see the module's description of the columns.

    ``rows``, from :func:`read_rows`, saves reading the same columns again
    for another schedule. ``found``, if given, receives ``rows``, each row's
    ``version`` and its cell ``at`` in the fee table folded for the call's
    goods ``combos`` from the ``plan`` (:mod:`dongdang.fees.detail` reads them).
    """
    if rows is None:
        rows = read_rows(columns)
    plan = cache.get("plan")
    if not isinstance(plan, _Plan):
        plan = cache["plan"] = _build_plan(schedule)

    # Values each row must have, checked in the order a Crossing checks them.
    rows.fail_at(
        np.isnat(rows.days),
        lambda row: InvalidValueError.of("date", rows.days[row], "must not be missing"),
    )
    regimes = _positions(_REGIMES)
    rows.regime.refuse(rows, regimes.__contains__, GoodsRegime.from_code)
    of_text, combos, names = _goods(rows, plan)
    payload = rows.payload
    has_payload = ~np.isnan(payload)
    # The rows are looked at only if the least or the greatest payload is refused.
    if len(payload) and not (np.fmin.reduce(payload) >= 0 and np.fmax.reduce(payload) < np.inf):
        rows.fail_at(
            has_payload & (~(payload >= 0) | np.isinf(payload)),
            lambda row: InvalidValueError.of(
                "payload",
                float(payload[row]),
                "must be a finite number of tonnes, zero or more",
            ),
        )
    containers = _positions(_CONTAINERS)
    rows.container.refuse(
        rows, lambda text: not text or text in containers, ContainerSize.from_code
    )
    # 0 for no container, a container size's position plus one: added to the class below.
    container = rows.container.lookup({"": 0} | {code: at + 1 for code, at in containers.items()})
    journeys = _positions(_JOURNEYS)
    rows.journey.refuse(rows, journeys.__contains__, Journey.from_code)
    has_container = container > 0
    rows.fail_at(
        has_payload == has_container,
        lambda row: InvalidValueError.either_or(
            "a payload",
            "a container",
            {"payload": float(payload[row]), "container": rows.container[row]},
            both=bool(has_payload[row]),
            where="a crossing",
        ),
    )

    # The version in force on each day.
    days = rows.days.view(np.int64)
    version = _rank(plan.starts, days) - 1
    if len(days) and not (
        plan.gapless and int(days.min()) >= plan.starts[0] and int(days.max()) <= plan.ends[-1]
    ):
        in_force = (version >= 0) & (days <= plan.ends[np.maximum(version, 0)])
        rows.fail_at(~in_force, lambda row: schedule.in_force(rows.days[row].item()))

    # The vehicle class: a piece of the payload line, or a container size (after the
    # pieces: a container's payload is NaN, ranked past every edge, in the last piece).
    vehicle = _rank(plan.thresholds, payload)
    vehicle += container

    # One lookup per row in the table folded for this call's goods combinations: the
    # offsets of the text columns are computed once per distinct text.
    fees = _kept_combination_fees(plan, combos, cache)
    _, classes, regime_count, count, journey_count = fees.shape
    at = version * classes
    at += vehicle
    at *= regime_count * count * journey_count
    _add_offsets(
        at,
        (rows.regime.positions(regimes) * (count * journey_count), rows.regime.codes),
        (of_text * journey_count, rows.goods.codes),
        (rows.journey.positions(journeys), rows.journey.codes),
    )
    fee: npt.NDArray[np.int64] = fees.ravel()[at]

    def no_rate(row: int) -> None:
        current = schedule.versions[int(version[row])]
        combo = int(of_text[rows.goods.codes[row]])
        cell = (int(version[row]), int(vehicle[row]), regimes[rows.regime[row]])
        for slot, index in enumerate(combos[combo]):
            if plan.fees[(*cell, index, journeys[rows.journey[row]])] == _NO_RATE:
                raise RateNotFoundError.no_rate(
                    current, rows.vehicle(row), rows.regime[row], names[combo][slot]
                )
        raise RateNotFoundError.mixed_cargo(current, names[combo])

    refused = fee < 0
    if refused.any():
        rows.fail_at(fee == _NO_RATE, no_rate)
        rows.fail_at(
            fee == _TOO_BIG,
            lambda _row: InvalidValueError.of(
                "fee", "2**63 đồng or more", "must fit an int64 array"
            ),
        )
    if found is not None:
        found.update(rows=rows, version=version, at=at, plan=plan, combos=combos)
    return fee
