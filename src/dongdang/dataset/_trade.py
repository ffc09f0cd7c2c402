"""Trade flows as a table: the ledger's columns, their documents looked up once."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np

from dongdang._columnar import encode, kind
from dongdang.errors import DongDangError
from dongdang.tables import (
    LIMIT,
    Column,
    Problem,
    TableError,
    _label,
    _unknown,
    arrow_numbers,
    read_table,
    table_columns,
)
from dongdang.trade._columns import COLUMNS as LEDGER_COLUMNS
from dongdang.trade.ledger import TradeLedger
from dongdang.units import magnitude_in

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dongdang.provenance import Source


#: The columns of a trade-flows table: the ledger's own (:data:`dongdang.trade._columns.COLUMNS`),
#: each flow's period as its ``start`` and ``end`` (the one-day ``date`` is not written).
_TRADE_COLUMNS: Final = tuple(name for name in LEDGER_COLUMNS if name != "date")


def trade_flow_columns(ledger: TradeLedger) -> dict[str, list[Any]]:
    """The ledger's flows as columns, exact (values and weights as decimal text)."""
    flows = list(ledger)
    return {
        "value": [magnitude_in(f.value, ledger.currency) for f in flows],
        "direction": [f.direction.value for f in flows],
        "measure": [f.measure.value for f in flows],
        "start": [f.period.start for f in flows],
        "end": [f.period.end for f in flows],
        "gate": [f.gate for f in flows],
        "hs": [None if f.hs is None else f.hs.code for f in flows],
        "hs_vintage": [None if f.hs is None else f.hs.vintage for f in flows],
        "net_weight": [
            None if f.net_weight is None else magnitude_in(f.net_weight, "t") for f in flows
        ],
        "vehicles": [f.vehicles for f in flows],
        "valuation": [None if f.valuation is None else f.valuation.value for f in flows],
        "estimated": [f.estimated for f in flows],
        "growth": [None if f.growth is None else f.growth.text for f in flows],
        "source": [None if f.source is None else f.source.id for f in flows],
        "note": [f.note for f in flows],
    }


def read_trade_flows(
    table: object,
    *,
    sources: Mapping[str, Source] | None = None,
    currency: str = "USD",
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
) -> TradeLedger:
    """A ledger of the flows of a table, whose ``source`` column holds document ids.

    The columns are those of :meth:`~dongdang.trade.ledger.TradeLedger.extend_columns`,
    ``value`` in ``currency``. A DataFrame's or a Parquet file's columns go to
    the ledger whole (categorical codes reused); a CSV file's text is read
    into numbers first.

    Raises:
        TableError: an unknown column, a source id unknown, or a row the
            ledger refuses, named by file (and row and column where known).
    """
    file = name if name is not None else _label(table)
    columns = table_columns(table, mapping=mapping, name=file)
    problems = [
        Problem(
            file=file,
            row=1,
            column=key,
            message=f"an unknown column; the columns are {list(_TRADE_COLUMNS)}",
        )
        for key in columns
        if key not in _TRADE_COLUMNS
    ]
    if problems:
        raise TableError(file, problems)
    if "source" in columns:
        columns["source"] = _documents(columns["source"], sources or {}, file)
    if any(isinstance(column, list) for column in columns.values()):
        columns = _from_text(columns, file)
    start, end = columns.get("start"), columns.get("end")
    if kind(start) == kind(end) == "pyarrow" and start.equals(end):  # type: ignore[union-attr]
        columns["date"] = columns.pop("start")  # a day a row: one column converted, not two
        del columns["end"]
    columns = {key: arrow_numbers(column) for key, column in columns.items()}
    ledger = TradeLedger(currency=currency)
    try:
        ledger.extend_columns(columns)
    except DongDangError as error:
        raise TableError(
            file, [Problem(file=file, row=None, column=None, message=str(error))]
        ) from None
    return ledger


def _documents(column: Any, sources: Mapping[str, Source], file: str) -> Any:  # noqa: ANN401
    """Document ids to :class:`Source` objects, each distinct id looked up once."""
    encoded = encode(column, narrow=True)
    if encoded is None:
        raise TableError(
            file,
            [Problem(file=file, row=1, column="source", message="not a column of document ids")],
        )
    codes, uniques = encoded
    # an empty cell is no document, whether the container writes it None or ""
    uniques = [None if key == "" else key for key in uniques]
    unknown = [code for code, key in enumerate(uniques) if key is not None and key not in sources]
    if unknown:
        # by code: an empty cell's -1 is no document, not the last one
        rows = np.flatnonzero(np.isin(codes, unknown))
        raise TableError(
            file,
            [
                Problem(
                    file=file,
                    row=int(row) + 2,
                    column="source",
                    message=_unknown("document", uniques[codes[row]], sorted(sources)),
                )
                for row in rows[:LIMIT]
            ],
            more=len(rows) > LIMIT,
        )
    pandas = sys.modules.get("pandas")
    if pandas is None:
        objects = [None if key is None else sources[key] for key in uniques]
        return np.array([*objects, None], object)[codes]
    # A categorical of the documents: the ledger reuses its codes, hashing no row.
    distinct = sorted({key for key in uniques if key is not None})
    position = {key: index for index, key in enumerate(distinct)}
    # as narrow as pandas keeps the codes (int8 for a few documents): no copy made of them
    narrowest = np.min_scalar_type(-len(distinct) - 1)
    remap = np.array([-1 if key is None else position[key] for key in uniques] + [-1], narrowest)
    categories = pandas.Index([sources[key] for key in distinct], dtype=object)
    # the codes are made here, in range: pandas need not check them again
    return pandas.Series(
        pandas.Categorical.from_codes(
            codes if np.array_equal(remap[:-1], range(len(uniques))) else np.take(remap, codes),
            categories=categories,
            validate=False,
        )
    )


#: The columns of a trade table read from text before the ledger reads them.
_FROM_TEXT: Final = (
    Column("value", "decimal"),
    Column("net_weight", "decimal"),
    Column("vehicles", "count"),
    Column("estimated", "flag"),
)


def _from_text(columns: dict[str, Any], file: str) -> dict[str, Any]:
    """The text columns of a CSV file as the ledger reads them: numbers, flags."""
    read = dict(columns)
    given = [column for column in _FROM_TEXT if column.name in read]
    checked = read_table(
        {column.name: read[column.name] for column in given},
        [attrs.evolve(column, required=False) for column in given],
        name=file,
    )
    read.update({column.name: np.array(checked[column.name], object) for column in given})
    if "estimated" in read:
        read["estimated"] = read["estimated"] == True  # noqa: E712 - elementwise, None is False
    return read
