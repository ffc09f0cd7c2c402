r"""The record tables of a dataset: crossings, exchange rates, capital plans, printed figures.

Each table has a reader (a CSV or Parquet file, a pandas or polars DataFrame,
a pyarrow Table, or a mapping of columns) that names every bad cell by file,
row (as a spreadsheet shows it: the header is row 1) and column, all the
problems of a table together up to :data:`~dongdang.tables.LIMIT`, and a
function giving the records back as columns, which
:func:`~dongdang.tables.write_table` writes: ``read(write(x)) == x``.

>>> import datetime as dt
>>> import io
>>> from dongdang.records import read_exchange_rates
>>> rates = read_exchange_rates(
...     io.StringIO("base,quote,rate,on,source\nUSD,VND,25450,2025-08-01,an example\n"),
...     name="exchange_rates.csv",
... )
>>> rates.factor("USD", "VND", dt.date(2025, 8, 1))
Decimal('25450')

A table of crossings stays columnar (:class:`CrossingTable`): a million rows are
checked with numpy, each distinct text once, and never become a million objects.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final, final

import attrs
import numpy as np
import numpy.typing as npt

from dongdang._columnar import encode, kind, to_numpy
from dongdang.errors import DongDangError
from dongdang.exchange import ExchangeRateTable
from dongdang.fees.crossings import GoodsRegime, Journey, check_goods_code
from dongdang.fees.vehicles import ContainerSize
from dongdang.investment import (
    Allocation,
    CapitalPlan,
    Disbursement,
    Organization,
    PlanVersion,
    PlanVersionKind,
)
from dongdang.legal import LegalReference
from dongdang.periods import Period
from dongdang.tables import (
    LIMIT,
    Column,
    _read_rows,
    _RowError,
    arrow_numbers,
    read_table,
    table_columns,
)
from dongdang.tables import _Collector as Collector
from dongdang.tasks import Task, TaskLog
from dongdang.tasks import _table_columns as task_table_columns
from dongdang.text import Qualifier, read_figure
from dongdang.units import ExchangeRate, magnitude_in, ureg

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping, Sequence

    from dongdang.data import SeedFigure
    from dongdang.provenance import Source
    from dongdang.units import Quantity

__all__ = [
    "CROSSING_COLUMNS",
    "EXCHANGE_RATE_COLUMNS",
    "FIGURE_COLUMNS",
    "PLAN_TABLES",
    "TASK_COLUMNS",
    "CrossingTable",
    "capital_plan_columns",
    "crossing_columns",
    "exchange_rate_columns",
    "figure_columns",
    "read_capital_plans",
    "read_crossings",
    "read_exchange_rates",
    "read_figures",
    "read_tasks",
    "task_columns",
]


def _label(source: object, name: str | None) -> str:
    if name is not None:
        return name
    if isinstance(source, str) or hasattr(source, "__fspath__"):
        return str(source)
    return f"<{type(source).__name__}>"


# -- crossings ----------------------------------------------------------------------------

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
    what: str,
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
            problems.add(row + 2, name, f"{what}, {uniques[int(codes[row])]!r}")
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
    checks: dict[str, tuple[Callable[[str], bool], str]] = {
        "regime": (_REGIMES.__contains__, "an unknown goods regime"),
        "goods": (_good_goods, "not goods codes (lower-case, joined by +)"),
        "container": (_CONTAINERS.__contains__, "an unknown container size"),
        "journey": (_JOURNEYS.__contains__, "an unknown journey"),
        "gate": (
            (lambda _code: True) if gates is None else frozenset(gates).__contains__,
            "an unknown gate",
        ),
    }
    text = {
        # a column not given: every row empty (a read-only view, no row allocated)
        key: _Coded(np.broadcast_to(np.intp(-1), (size,)), ())
        if key not in raw
        else _recode(key, raw[key], problems, allowed, what)
        for key, (allowed, what) in checks.items()
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

#: The columns of an exchange-rate table, a row for one rate of a pair on a day.
EXCHANGE_RATE_COLUMNS: Final = (
    Column("base", "text"),
    Column("quote", "text"),
    Column("rate", "decimal"),
    Column("on", "date"),
    Column("source", "text"),
)


def read_exchange_rates(
    table: object, *, mapping: Mapping[str, str] | None = None, name: str | None = None
) -> ExchangeRateTable:
    """The rates of a table (``base``, ``quote``, ``rate``, ``on``, ``source``).

    Raises:
        TableError: a bad cell, a rate the domain refuses (an unknown currency,
            a rate of zero), or a pair given twice on one day, by row and column.
    """
    read = _read_rows(
        table,
        EXCHANGE_RATE_COLUMNS,
        lambda cells: _made(_RATE_COLUMN, ExchangeRate, **cells),
        key=lambda rate: (*sorted((rate.base, rate.quote)), rate.on),
        twice=lambda rate, first: _RowError(
            "on",
            f"the {rate.base}/{rate.quote} rate of {rate.on.isoformat()} "
            f"is given twice (row {first} too)",
        ),
        mapping=mapping,
        name=_label(table, name),
    )
    rates = [rate for _, rate in read]
    return ExchangeRateTable(rates=rates)


#: The column a refused rate is named by, and the columns its message may name first.
_RATE_COLUMN: Final = ("rate", ("base", "quote", "rate", "on", "source"))


def exchange_rate_columns(rates: ExchangeRateTable) -> dict[str, list[Any]]:
    """The rates as columns (the rate as its decimal text, exact)."""
    return {
        "base": [rate.base for rate in rates.rates],
        "quote": [rate.quote for rate in rates.rates],
        "rate": [f"{rate.rate:f}" for rate in rates.rates],
        "on": [rate.on for rate in rates.rates],
        "source": [rate.source for rate in rates.rates],
    }


def _build(
    problems: Collector,
    row: int,
    column: tuple[str, tuple[str, ...]],
    kind_of: Callable[..., Any],
    **values: Any,  # noqa: ANN401
) -> Any:  # noqa: ANN401
    """``kind_of(**values)``, or None with its refusal (:func:`_made`) a problem of ``row``."""
    try:
        return _made(column, kind_of, **values)
    except _RowError as refused:
        problems.add(row, refused.column, refused.message)
        return None


def _made(
    column: tuple[str, tuple[str, ...]],
    kind_of: Callable[..., Any],
    **values: Any,  # noqa: ANN401
) -> Any:  # noqa: ANN401
    """``kind_of(**values)``; a refusal raised as the row's error, naming a column.

    The error names the column of ``column[1]`` the message mentions first
    (as a word), else ``column[0]``.
    """
    try:
        return kind_of(**values)
    except DongDangError as error:
        text = str(error)
        words = re.findall(r"\w+", text)
        mentioned = [key for key in words if key in column[1]]
        raise _RowError(mentioned[0] if mentioned else column[0], text) from None


# -- capital plans ------------------------------------------------------------------------

_PLAN_KEY: Final = (Column("year", "count"), Column("owner", "text"))


def _flow_columns(*own: str) -> tuple[Column, ...]:
    """The columns of a table of capital flows (allocations, disbursements), ``own`` among them."""
    return (
        *_PLAN_KEY,
        Column("date", "date"),
        Column("amount", "decimal"),
        Column("unit", "text"),
        *(Column(name, "text", required=False) for name in ("id", "qualifier", *own)),
        *(Column(name, "text", required=False) for name in ("source", "note")),
    )


#: The tables of the capital plans, by stem, with their columns.
PLAN_TABLES: Final = {
    "capital_plans": (
        *_PLAN_KEY,
        Column("owner_name", "text"),
        Column("provider", "text", required=False),
        Column("provider_name", "text", required=False),
        Column("disbursement_deadline", "date", required=False),
        Column("unit", "text", required=False),
        Column("notes", "text", required=False),
    ),
    "plan_versions": (
        *_PLAN_KEY,
        Column("id", "text"),
        Column("kind", "text"),
        Column("date", "date"),
        Column("amount", "decimal"),
        Column("unit", "text"),
        Column("legal", "text", required=False),
        Column("from_year", "count", required=False),
        Column("date_assumed", "flag", required=False),
        Column("source", "text", required=False),
        Column("note", "text", required=False),
    ),
    "allocations": _flow_columns("legal"),
    "disbursements": _flow_columns("payee", "payee_name"),
}

#: Notes of a plan are written one a line in the ``notes`` cell.
_NOTE_SEPARATOR: Final = "\n"


class _RefusedError(Exception):
    """A cell refused, with its column."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def _member(kind_of: type[Qualifier | PlanVersionKind], what: str) -> Callable[[str], Any]:
    def read(value: str) -> Any:  # noqa: ANN401 - a member of kind_of
        try:
            return kind_of(value)
        except ValueError:
            known = [member.value for member in kind_of]
            message = f"an unknown {what} {value!r}; the {what}s are {known}"
            raise _RefusedError(what, message) from None

    return read


def _citation_of(value: str, column: str = "legal") -> LegalReference:
    try:
        return LegalReference.parse(value)
    except DongDangError as error:
        raise _RefusedError(column, str(error)) from None


#: How a record's cells are read, by column.
_CELLS: Final[dict[str, Callable[[str], Any]]] = {
    "qualifier": _member(Qualifier, "qualifier"),
    "kind": _member(PlanVersionKind, "kind"),
    "legal": _citation_of,
}


def _cells_of(
    problems: Collector, columns: dict[str, list[Any]], index: int, sources: Mapping[str, Source]
) -> dict[str, Any] | None:
    """One row's fields for a record: units, qualifiers, citations and sources resolved."""
    values = {key: column[index] for key, column in columns.items()}
    unit = values.pop("unit", None)
    try:
        if unit not in ureg:  # every record has an amount, read as a number already
            message = f"an unknown unit {unit!r}; write million_VND, billion_VND, VND"
            raise _RefusedError("unit", message)  # noqa: TRY301 - named with the others
        values["amount"] = ureg.Quantity(values["amount"], unit)
        for key, read in _CELLS.items():
            if values.get(key) is not None:
                values[key] = read(values[key])
        if values.get("source") is not None:
            if values["source"] not in sources:
                message = (
                    f"an unknown document {values['source']!r}; the sources are {sorted(sources)}"
                )
                raise _RefusedError("source", message)  # noqa: TRY301 - named with the others
            values["source"] = sources[values["source"]]
    except _RefusedError as refused:
        problems.add(index + 2, refused.column, str(refused))
        return None
    return values


def read_capital_plans(
    tables: Mapping[str, object],
    *,
    sources: Mapping[str, Source] | None = None,
    names: Mapping[str, str] | None = None,
    mappings: Mapping[str, Mapping[str, str]] | None = None,
    rows: dict[str, dict[tuple[int, str, object], int]] | None = None,
) -> tuple[CapitalPlan, ...]:
    """The capital plans of four tables (see :data:`PLAN_TABLES`), by stem.

    ``capital_plans`` has a row per plan (its year and owner); ``plan_versions``,
    ``allocations`` and ``disbursements`` a row per record, each naming its
    plan by ``year`` and ``owner``. Amounts are plain numbers with their
    ``unit``; a record's ``source`` is a document id of ``sources``. Each
    table may be a CSV or Parquet file, a pandas or polars DataFrame (codes
    as categoricals too) or an Arrow table; ``mappings`` gives, by stem, a
    table's own column names to those of :data:`PLAN_TABLES`.

    If ``rows`` is given, each version, allocation and disbursement read is
    added to it, by stem, under its plan's year and owner code and itself,
    with its row in its table (2 for the first): a plan keeps its records in
    order of date, not of the table.

    Raises:
        TableError: a bad cell, a record of an unknown plan, a plan given twice,
            or a record or plan the domain refuses, by file, row and column.
    """
    known = sources or {}
    labels = {stem: _label(table, (names or {}).get(stem)) for stem, table in tables.items()}
    read = {
        stem: read_table(
            table, PLAN_TABLES[stem], mapping=(mappings or {}).get(stem), name=labels[stem]
        )
        for stem, table in tables.items()
    }
    plans = read.get("capital_plans", {"year": [], "owner": []})
    heads = Collector(labels.get("capital_plans", "capital_plans"), LIMIT)
    owners = _plan_heads(plans, heads)
    records: dict[tuple[int, str], dict[str, list[Any]]] = {key: {} for key in owners}
    for stem, kind_of in (
        ("plan_versions", PlanVersion),
        ("allocations", Allocation),
        ("disbursements", Disbursement),
    ):
        if stem in read:
            problems = Collector(labels[stem], LIMIT)
            read_rows = {} if rows is None else rows.setdefault(stem, {})
            for key, record, row in _plan_records(read[stem], kind_of, owners, problems, known):
                records[key].setdefault(stem, []).append(record)
                read_rows[(*key, record)] = row
            problems.check()
    heads_at = {key: index for key, (index, _, _) in owners.items()}
    built: list[CapitalPlan] = []
    for (year, owner), index in heads_at.items():
        cells = {key: column[index] for key, column in plans.items()}
        _, holder, provider = owners[(year, owner)]
        notes = cells.get("notes")
        plan = _build(
            heads,
            index + 2,
            ("year", ("disbursement_deadline", "unit", "year")),
            CapitalPlan,
            year=year,
            owner=holder,
            provider=provider,
            disbursement_deadline=cells.get("disbursement_deadline"),
            unit=cells.get("unit") or "million_VND",
            notes=() if notes is None else tuple(notes.split(_NOTE_SEPARATOR)),
            versions=records[(year, owner)].get("plan_versions", ()),
            allocations=records[(year, owner)].get("allocations", ()),
            disbursements=records[(year, owner)].get("disbursements", ()),
        )
        if plan is not None:
            built.append(plan)
    heads.check()
    return tuple(built)


def _plan_heads(
    plans: Mapping[str, list[Any]], heads: Collector
) -> dict[tuple[int, str], tuple[int, Organization, Organization | None]]:
    """Each plan's row, owner and provider, by year and owner code."""
    owners: dict[tuple[int, str], tuple[int, Organization, Organization | None]] = {}
    for index, key in enumerate(zip(plans["year"], plans["owner"], strict=True)):
        if key in owners:
            heads.add(index + 2, "owner", f"the plan {key[0]} of {key[1]} is given twice")
            continue
        cells = {column: values[index] for column, values in plans.items()}
        provider = None
        if cells.get("provider") is not None:
            provider = _build(
                heads,
                index + 2,
                ("provider", ("provider",)),
                Organization,
                code=cells["provider"],
                name=cells.get("provider_name") or "",
            )
        holder = _build(
            heads,
            index + 2,
            ("owner", ("owner",)),
            Organization,
            code=key[1],
            name=cells["owner_name"],
        )
        owners[key] = (index, holder, provider)
    heads.check()
    return owners


def _plan_records(
    columns: Mapping[str, list[Any]],
    kind_of: type[PlanVersion | Allocation | Disbursement],
    owners: Mapping[tuple[int, str], object],
    problems: Collector,
    sources: Mapping[str, Source],
) -> list[tuple[tuple[int, str], Any, int]]:
    """The records of a table, each with the key of its plan and its row."""
    records: list[tuple[tuple[int, str], Any, int]] = []
    fields = {k: v for k, v in columns.items() if k not in ("year", "owner")}
    for index, key in enumerate(zip(columns["year"], columns["owner"], strict=True)):
        if key not in owners:
            problems.add(index + 2, "year", f"no plan {key[0]} of {key[1]} in capital_plans")
            continue
        values = _cells_of(problems, fields, index, sources)
        if values is None:
            continue
        if "payee" in values:
            payee, payee_name = values.pop("payee"), values.pop("payee_name")
            if payee is not None:
                values["payee"] = _build(
                    problems,
                    index + 2,
                    ("payee", ("payee",)),
                    Organization,
                    code=payee,
                    name=payee_name or "",
                )
        record = _build(
            problems,
            index + 2,
            ("amount", tuple(fields)),
            kind_of,
            **{k: v for k, v in values.items() if v is not None},
        )
        if record is not None:
            records.append((key, record, index + 2))
    return records


def _amount_cells(quantity: Quantity) -> tuple[str, str]:
    unit = str(quantity.units)
    return f"{magnitude_in(quantity, unit):f}", unit


def capital_plan_columns(plans: Sequence[CapitalPlan]) -> dict[str, dict[str, list[Any]]]:
    """The plans as the four tables of :data:`PLAN_TABLES`, by stem (amounts as exact text).

    Raises:
        DataFileError: a legal reference carrying more than its citation
            (issuer, dates): a table keeps only the citation.
    """
    tables: dict[str, dict[str, list[Any]]] = {
        stem: {column.name: [] for column in columns} for stem, columns in PLAN_TABLES.items()
    }

    def add(stem: str, **cells: Any) -> None:  # noqa: ANN401
        for key, column in tables[stem].items():
            column.append(cells.get(key))

    for plan in plans:
        key = {"year": plan.year, "owner": plan.owner.code}
        add(
            "capital_plans",
            **key,
            owner_name=plan.owner.name,
            provider=None if plan.provider is None else plan.provider.code,
            provider_name=None if plan.provider is None else plan.provider.name,
            disbursement_deadline=plan.disbursement_deadline,
            unit=plan.unit,
            notes=_NOTE_SEPARATOR.join(plan.notes) if plan.notes else None,
        )
        for version in plan.versions:
            amount, unit = _amount_cells(version.amount)
            add(
                "plan_versions",
                **key,
                id=version.id,
                kind=version.kind.value,
                date=version.date,
                amount=amount,
                unit=unit,
                legal=_citation(version.legal),
                from_year=version.from_year,
                date_assumed=version.date_assumed,
                source=None if version.source is None else version.source.id,
                note=version.note,
            )
        for allocation in plan.allocations:
            amount, unit = _amount_cells(allocation.amount)
            add(
                "allocations",
                **key,
                date=allocation.date,
                amount=amount,
                unit=unit,
                id=allocation.id,
                qualifier=None if allocation.qualifier is None else allocation.qualifier.value,
                legal=_citation(allocation.legal),
                source=None if allocation.source is None else allocation.source.id,
                note=allocation.note,
            )
        for disbursement in plan.disbursements:
            amount, unit = _amount_cells(disbursement.amount)
            payee = disbursement.payee
            add(
                "disbursements",
                **key,
                date=disbursement.date,
                amount=amount,
                unit=unit,
                id=disbursement.id,
                qualifier=None if disbursement.qualifier is None else disbursement.qualifier.value,
                payee=None if payee is None else payee.code,
                payee_name=None if payee is None else payee.name,
                source=None if disbursement.source is None else disbursement.source.id,
                note=disbursement.note,
            )
    return tables


def _citation(legal: LegalReference | None) -> str | None:
    if legal is None:
        return None
    text = legal.cite()
    if LegalReference.parse(text) != legal:
        from dongdang.errors import DataFileError  # noqa: PLC0415 - rare

        raise DataFileError(
            f"the legal reference {text!r} carries more than its citation "
            "(issuer, dates); a table keeps only the citation"
        )
    return text


# -- printed figures ----------------------------------------------------------------------

#: The columns of a table of printed figures, which a report compares its records with.
FIGURE_COLUMNS: Final = (
    Column("id", "text"),
    Column("source", "text"),
    Column("start", "date"),
    Column("end", "date"),
    Column("text", "text"),
    Column("sentence", "text"),
    Column("as_of", "date", required=False),
    Column("trade_total", "flag", required=False),
    Column("growth", "text", required=False),
    Column("attainment", "text", required=False),
    Column("ratio_to_plan", "text", required=False),
    Column("ratio_to_allocated", "text", required=False),
    Column("note", "text", required=False),
    Column("note_vi", "text", required=False),
)

_PERCENTS: Final = ("growth", "attainment", "ratio_to_plan", "ratio_to_allocated")


def read_figures(
    table: object,
    *,
    sources: Mapping[str, Source] | None = None,
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
) -> dict[str, SeedFigure]:
    """The figures a report prints, as printed, by id (see :data:`FIGURE_COLUMNS`).

    ``text`` is the figure as printed ("4.270 triệu USD"); the percent columns
    the percents the same sentence states about it ("52%").

    Raises:
        TableError: a bad cell, an id given twice, an unknown document, a
            figure or percent that does not read, by file, row and column.
    """
    from dongdang.data import SeedFigure  # noqa: PLC0415 - the record type, one layer up

    known = sources or {}

    def figure(values: dict[str, Any]) -> SeedFigure:
        if values["source"] not in known:
            raise _RowError(
                "source",
                f"an unknown document {values['source']!r}; the sources are {sorted(known)}",
            )
        try:
            period = Period(start=values["start"], end=values["end"])
        except DongDangError as error:
            raise _RowError("end", str(error)) from None
        figures = _printed(values)
        return SeedFigure(
            id=values["id"],
            source=known[values["source"]],
            period=period,
            figure=figures.pop("text"),
            sentence=values["sentence"],
            as_of=values["as_of"],
            trade_total=bool(values["trade_total"]),
            note=values["note"],
            note_vi=values["note_vi"],
            **figures,
        )

    read = _read_rows(
        table,
        FIGURE_COLUMNS,
        figure,
        key=lambda figure: figure.id,
        twice=lambda figure, first: _RowError(
            "id", f"the id {figure.id!r} is given twice: first in row {first}"
        ),
        mapping=mapping,
        name=_label(table, name),
    )
    return {figure.id: figure for _, figure in read}


def _printed(values: Mapping[str, Any]) -> dict[str, Any]:
    """The figure and the percents of a row, read as printed.

    Raises:
        _RowError: one that does not read, or a percent that is not a bare one.
    """
    figures: dict[str, Any] = {}
    for column in ("text", *_PERCENTS):
        if values[column] is None:
            continue
        try:
            figure = read_figure(values[column])
        except DongDangError as error:
            raise _RowError(
                column, f"not a figure as printed, {values[column]!r}: {error}"
            ) from None
        if column != "text" and (figure.unit != "percent" or figure.qualifier is not None):
            raise _RowError(column, f"not a bare percent, {values[column]!r}")
        figures[column] = figure
    return figures


def figure_columns(figures: Mapping[str, SeedFigure]) -> dict[str, list[Any]]:
    """The figures as columns, each as printed."""
    items = list(figures.values())
    columns: dict[str, list[Any]] = {
        "id": [item.id for item in items],
        "source": [item.source.id for item in items],
        "start": [item.period.start for item in items],
        "end": [item.period.end for item in items],
        "text": [item.figure.text for item in items],
        "sentence": [item.sentence for item in items],
        "as_of": [item.as_of for item in items],
        "trade_total": [item.trade_total for item in items],
    }
    for column in _PERCENTS:
        columns[column] = [
            None if getattr(item, column) is None else getattr(item, column).text for item in items
        ]
    columns["note"] = [item.note for item in items]
    columns["note_vi"] = [item.note_vi for item in items]
    return columns


# -- tasks --------------------------------------------------------------------------------

#: The columns of a table of tasks, a row for one task assigned to the Board.
TASK_COLUMNS: Final = task_table_columns(parts=False)


def read_tasks(
    table: object, *, mapping: Mapping[str, str] | None = None, name: str | None = None
) -> tuple[Task, ...]:
    """The tasks of a table (see :data:`TASK_COLUMNS`), in its order.

    ``source`` is how the task reached the Board (a
    :class:`~dongdang.tasks.TaskSource` code: ``vnpt-ioffice``,
    ``conclusion-notice``, …); ``reference`` the document that assigned it, as
    cited ("Thông báo số 12/TB-UBND").

    Raises:
        TableError: a bad cell, a code given twice, a task the domain refuses
            (a deadline before the assignment), by file, row and column.
    """
    # One reader of task tables: the log's own (a reference may also come as
    # the four columns TaskLog.to_frame(exact=True) writes).
    return TaskLog.from_frame(table, mapping=mapping, name=_label(table, name), stated=()).tasks


def task_columns(tasks: Sequence[Task]) -> dict[str, list[Any]]:
    """The tasks as columns (the reference as its citation).

    Raises:
        DataFileError: a reference carrying more than its citation.
    """
    return {
        "code": [task.code for task in tasks],
        "title": [task.title for task in tasks],
        "source": [task.source.code for task in tasks],
        "assigned": [task.assigned for task in tasks],
        "due": [task.due for task in tasks],
        "completed": [task.completed for task in tasks],
        "assigned_by": [task.assigned_by for task in tasks],
        "reference": [_citation(task.reference) for task in tasks],
        "note": [task.note for task in tasks],
    }
