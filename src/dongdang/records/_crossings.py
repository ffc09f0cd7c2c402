"""The crossings table: goods vehicles crossing, read and checked as columns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final, final

import attrs
import numpy as np
import numpy.typing as npt

from dongdang._columnar import encode, kind, to_numpy
from dongdang.errors import DongDangError
from dongdang.fees.crossings import GoodsRegime, Journey, check_goods_code
from dongdang.fees.vehicles import ContainerSize
from dongdang.records._coding import _label
from dongdang.tables import (
    LIMIT,
    _unknown,
    arrow_numbers,
    table_columns,
)
from dongdang.tables import _Collector as Collector

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping


#: The columns of a crossings table, those of
#: :meth:`~dongdang.fees.schedule.FeeSchedule.assess_many`.
CROSSING_COLUMNS: Final = ("date", "regime", "goods", "payload", "container", "journey", "gate")

_REGIMES: Final = frozenset(member.value for member in GoodsRegime)
_JOURNEYS: Final = frozenset(member.value for member in Journey)
_CONTAINERS: Final = frozenset(member.value for member in ContainerSize)


@final
@attrs.frozen(eq=False)
class _Coded:
    """A text column as each row's position among its distinct texts (-1: empty)."""

    codes: npt.NDArray[np.signedinteger[Any]]  # of any width: Arrow's own int8 codes kept
    texts: tuple[str, ...]

    def values(self) -> npt.NDArray[Any]:
        """Each row's text, None where empty (an object array)."""
        values: npt.NDArray[Any] = np.array([*self.texts, None], dtype=object)[self.codes]
        return values


def _good_goods(text: str) -> bool:
    try:
        for code in text.split("+"):
            check_goods_code(code.strip())
    except DongDangError:
        return False
    return True


@final
@attrs.frozen(eq=False, repr=False)
class CrossingTable:
    """Goods vehicles crossing, as checked columns (a row a vehicle).

    The columns are those :meth:`~dongdang.fees.schedule.FeeSchedule.assess_many`
    reads (:meth:`columns` gives them to it). Two tables are equal when every
    row is.

    Attributes:
        date: the day of each crossing (``datetime64[D]``).
        payload: the payload in tonnes, NaN for a container vehicle.
    """

    date: npt.NDArray[np.datetime64]
    payload: npt.NDArray[np.float64]
    _text: Mapping[str, Any] = attrs.field(alias="text")  # _Coded columns, by name

    @classmethod
    def empty(cls) -> CrossingTable:
        """A table of no crossings."""
        none = _Coded(np.zeros(0, np.intp), ())
        return cls(
            date=np.zeros(0, "datetime64[D]"),
            payload=np.zeros(0),
            text=dict.fromkeys(("regime", "goods", "container", "journey", "gate"), none),
        )

    def __len__(self) -> int:
        return len(self.date)

    def __repr__(self) -> str:
        if not len(self):
            return "<CrossingTable: 0 crossings>"
        return f"<CrossingTable: {len(self)} crossings, {self.date.min()} to {self.date.max()}>"

    def text(self, name: str) -> npt.NDArray[Any]:
        """A text column (``regime``, ``goods``, ``container``, ``journey``, ``gate``), None where empty."""  # noqa: E501
        coded: _Coded = self._text[name]
        return coded.values()

    def columns(self) -> dict[str, Any]:
        """The columns, as :meth:`~dongdang.fees.schedule.FeeSchedule.assess_many` reads them."""
        columns: dict[str, Any] = {"date": self.date, "payload": self.payload}
        for name, coded in self._text.items():
            texts = np.array([*coded.texts, ""], dtype=str)
            columns[name] = texts[coded.codes]
        if not any(self._text["journey"].texts):
            del columns["journey"]
        return columns

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CrossingTable):
            return NotImplemented
        return (
            len(self) == len(other)
            and bool(np.array_equal(self.date, other.date))
            and bool(np.array_equal(self.payload, other.payload, equal_nan=True))
            and all(bool(np.array_equal(self.text(name), other.text(name))) for name in self._text)
        )

    __hash__ = None  # type: ignore[assignment]


def _dates(cells: Any, problems: Collector) -> npt.NDArray[np.datetime64] | None:  # noqa: ANN401
    if isinstance(cells, list):
        try:
            return np.array(
                ["NaT" if cell is None else cell.strip() for cell in cells], "datetime64[D]"
            )
        except ValueError:
            days = np.full(len(cells), np.datetime64("NaT"), "datetime64[D]")
            for row, cell in enumerate(cells):
                if cell is None:
                    continue
                try:
                    days[row] = dt.date.fromisoformat(cell.strip())
                except ValueError:
                    problems.add(
                        row + 2, "date", f"not a date written YYYY-MM-DD, {cell.strip()!r}"
                    )
            return days
    array = to_numpy(arrow_numbers(cells))
    if array.dtype.kind == "M":
        return array.astype("datetime64[D]", copy=kind(cells) != "pyarrow")
    problems.add(1, "date", f"a column of type {array.dtype}; dates expected")
    return None


def _recode(
    name: str,
    cells: Any,  # noqa: ANN401 - any library's column
    problems: Collector,
    allowed: Callable[[str], bool],
    refused: Callable[[object], str],
) -> _Coded | None:
    """A text column checked: each distinct text once, the rows found only for a bad one."""
    # Arrow's codes as stored (its memory is immutable); others' copied as intp, as ever
    narrow = kind(cells) == "pyarrow"
    encoded = encode(
        np.array(cells, dtype=object) if isinstance(cells, list) else cells, narrow=narrow
    )
    if encoded is None:
        array = to_numpy(cells)
        if _all_missing(array):  # an empty column, typed by its container as it liked
            return _Coded(np.full(len(array), -1, np.intp), ())
        dtype = getattr(cells, "dtype", None) or getattr(cells, "type", None)
        problems.add(1, name, f"a column of type {dtype}; text expected")
        return None
    codes, uniques = encoded
    texts: list[str] = []
    position: dict[str, int] = {}
    remap = np.empty(len(uniques) + 1, np.intp)
    remap[-1] = -1
    bad: list[int] = []
    for index, value in enumerate(uniques):
        if value is None or (isinstance(value, str) and not value.strip()):
            remap[index] = -1
            continue
        text = value.strip() if isinstance(value, str) else repr(value)
        if not isinstance(value, str) or not allowed(text):
            bad.append(index)
        remap[index] = position.setdefault(text, len(texts))
        if remap[index] == len(texts):
            texts.append(text)
    if bad:
        for row in np.flatnonzero(np.isin(codes, bad))[: LIMIT + 1].tolist():
            problems.add(row + 2, name, refused(uniques[int(codes[row])]))
    if np.array_equal(remap[:-1], np.arange(len(uniques))):  # the codes as they are
        return _Coded(codes, tuple(texts))
    return _Coded(remap[codes], tuple(texts))


def _rows(bad: npt.NDArray[np.bool_]) -> list[int]:
    """The first rows (0-based) where ``bad`` holds, one more than the limit; none at once."""
    if not bad.any():
        return []
    return list(np.flatnonzero(bad)[: LIMIT + 1].tolist())


def _all_missing(array: npt.NDArray[Any]) -> bool:
    if array.dtype.kind == "f":
        return bool(np.isnan(array).all())
    return array.dtype.kind == "O" and all(value is None for value in array.tolist())


def _tonnes(text: str) -> float | None:
    """A payload written in a cell, as the float that is exactly it; None if none is."""
    try:
        exact = Decimal(text.strip())
    except InvalidOperation:
        return None
    if not exact.is_finite():
        return None
    number = float(exact)
    return number if Decimal(repr(number)) == exact else None


def _payloads(cells: Any, problems: Collector) -> npt.NDArray[np.float64] | None:  # noqa: ANN401
    if isinstance(cells, list):
        read: dict[str, float] = {}
        values = np.full(len(cells), np.nan)
        for row, cell in enumerate(cells):
            if cell is None:
                continue
            number = read.get(cell)
            if number is None:
                number = _tonnes(cell)
                if number is None:
                    problems.add(row + 2, "payload", f"not a number of tonnes, {cell!r}")
                    continue
                read[cell] = number
            values[row] = number
    else:
        array = to_numpy(cells)
        if array.dtype.kind not in "iuf":
            problems.add(1, "payload", f"a column of type {array.dtype}; numbers expected")
            return None
        # Arrow's buffers are the table's own; any other array is copied, never the caller's
        values = array.astype(np.float64, copy=kind(cells) != "pyarrow")
    # Two reductions that skip NaN first: the rows are looked at only if one is bad.
    if not (len(values) and np.fmin.reduce(values) >= 0 and np.fmax.reduce(values) < np.inf):
        for row in _rows(~(values >= 0) & ~np.isnan(values) | np.isinf(values)):
            problems.add(
                row + 2, "payload", f"a negative or infinite payload, {float(values[row])!r}"
            )
    return values


def read_crossings(
    table: object,
    *,
    gates: Collection[str] | None = None,
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
) -> CrossingTable:
    """A table of crossings, checked column by column (see :data:`CROSSING_COLUMNS`).

    ``date``, ``regime`` and ``goods`` are needed, and each row has a
    ``payload`` (tonnes) or a ``container`` (``20ft``, ``40ft``), not both;
    ``journey`` and ``gate`` are optional (a gate among ``gates`` when given).
    Text columns are read as their distinct values (categorical and dictionary
    codes as they are), each checked once.

    Raises:
        TableError: every bad column and cell, by file, row and column.
    """
    file = _label(table, name)
    problems = Collector(file, LIMIT)
    raw = table_columns(table, mapping=mapping, name=file)
    _crossing_header(raw, problems)
    size = len(raw["date"])
    days = _dates(raw["date"], problems)
    payload = np.full(size, np.nan) if "payload" not in raw else _payloads(raw["payload"], problems)
    known_gates = () if gates is None else tuple(gates)
    checks: dict[str, tuple[Callable[[str], bool], Callable[[object], str]]] = {
        "regime": (_REGIMES.__contains__, lambda v: _unknown("goods regime", v, sorted(_REGIMES))),
        "goods": (_good_goods, lambda v: f"not goods codes (lower-case, joined by +), {v!r}"),
        "container": (
            _CONTAINERS.__contains__,
            lambda v: _unknown("container size", v, sorted(_CONTAINERS)),
        ),
        "journey": (_JOURNEYS.__contains__, lambda v: _unknown("journey", v, sorted(_JOURNEYS))),
        "gate": (
            (lambda _code: True) if gates is None else frozenset(known_gates).__contains__,
            lambda v: _unknown("gate", v, sorted(known_gates)),
        ),
    }
    text = {
        # a column not given: every row empty (a read-only view, no row allocated)
        key: _Coded(np.broadcast_to(np.intp(-1), (size,)), ())
        if key not in raw
        else _recode(key, raw[key], problems, allowed, refused)
        for key, (allowed, refused) in checks.items()
    }
    _empty_cells(raw, days, text, problems)
    container = text["container"]
    if payload is not None and container is not None:
        for row in _rows(np.isnan(payload) == (container.codes < 0)):
            problems.add(
                row + 2, "payload", "a crossing needs a payload or a container: exactly one"
            )
    problems.check()
    assert days is not None  # noqa: S101 - problems raised above
    assert payload is not None  # noqa: S101
    return CrossingTable(
        date=days, payload=payload, text={key: value for key, value in text.items() if value}
    )


def _crossing_header(raw: Mapping[str, Any], problems: Collector) -> None:
    """The columns of a crossings table: none unknown, none needed missing."""
    for key in raw:
        if key not in CROSSING_COLUMNS:
            problems.add(1, key, f"an unknown column; the columns are {list(CROSSING_COLUMNS)}")
    for key in ("date", "regime", "goods"):
        if key not in raw:
            problems.add(1, key, "a required column is missing")
    if "payload" not in raw and "container" not in raw:
        problems.add(1, "payload", "a required column is missing: payload or container")
    problems.check()


def _empty_cells(
    raw: Mapping[str, Any],
    days: npt.NDArray[np.datetime64] | None,
    text: Mapping[str, _Coded | None],
    problems: Collector,
) -> None:
    """The empty cells of the columns a crossing needs (a bad date is named already)."""
    if days is not None:
        for row in _rows(np.isnat(days)):
            if raw["date"][row] is None or not isinstance(raw["date"], list):
                problems.add(row + 2, "date", "an empty cell in a required column")
    for key in ("regime", "goods"):
        coded = text[key]
        if coded is not None:
            for row in _rows(coded.codes < 0):
                problems.add(row + 2, key, "an empty cell in a required column")


def crossing_columns(crossings: CrossingTable) -> dict[str, Any]:
    """The crossings as columns for :func:`~dongdang.tables.write_table`.

    Dates and payloads as numpy arrays; each text column as ``(codes, texts)``
    is turned into a dictionary column in Parquet, text in CSV.
    """
    columns: dict[str, Any] = {"date": crossings.date, "payload": crossings.payload}
    for name in ("regime", "goods", "container", "journey", "gate"):
        columns[name] = crossings.text(name)
    return columns


# -- exchange rates -----------------------------------------------------------------------
