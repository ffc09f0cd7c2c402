r"""Fee collections as a table: one row per amount collected, in and out.

The columns (``fee_records.csv`` or ``.parquet`` of a dataset):

=====================  =======  ===========================================================
column                 needed   holds
=====================  =======  ===========================================================
``line``               yes      the reporting line: ``phí ra vào cửa khẩu``, ``phí sang tải``,
                                ``tổng số phí thu`` (or their formal or English names)
``start``, ``end``     yes      the period collected in, as dates (``2021-01-01``)
``amount``             yes      the amount, a plain number in ``unit`` (``664127``)
``unit``               yes      ``VND``, ``million_VND``, ``billion_VND`` …
``qualifier``          no       ``at_least`` (trên, hơn), ``at_most`` (gần), ``below``, ``about``
``gate``               no       the gate's code, empty for all gates
``trips``              no       the vehicle trips, a whole number
``estimate``           no       the budget estimate, in ``unit``
``stated_growth``      no       the growth as printed (``40,2%``)
``stated_attainment``  no       the share of the estimate as printed (``178,26%``)
``source``             no       the id of a document of the dataset's sources
``sentence``           no       the sentence the amount was read in
=====================  =======  ===========================================================

>>> import io
>>> from dongdang.fees.table import read_fee_records
>>> fees = read_fee_records(
...     io.StringIO(
...         "line,start,end,amount,unit\nphí sang tải,2021-01-01,2021-12-31,100751,million_VND\n"
...     )
... )
>>> [record.label() for record in fees]
['phí sang tải năm 2021']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from dongdang.batches import optional
from dongdang.errors import DongDangError
from dongdang.fees.collections import FeeCollections, FeeLine, FeeRecord
from dongdang.periods import Period
from dongdang.tables import LIMIT, Column, Problem, TableError, read_table
from dongdang.text import Figure, Qualifier, read_figure
from dongdang.units import amount, magnitude_in

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping
    from decimal import Decimal

    from dongdang.provenance import Source
    from dongdang.units import Quantity

__all__ = [
    "FEE_RECORD_COLUMNS",
    "fee_record_columns",
    "fee_records_frame",
    "read_fee_records",
]

#: The columns of a table of fee records.
FEE_RECORD_COLUMNS: Final = (
    Column("line", "text"),
    Column("start", "date"),
    Column("end", "date"),
    Column("amount", "decimal"),
    Column("unit", "text"),
    Column("qualifier", "text", required=False),
    Column("gate", "text", required=False),
    Column("trips", "count", required=False),
    Column("estimate", "decimal", required=False),
    Column("stated_growth", "text", required=False),
    Column("stated_attainment", "text", required=False),
    Column("source", "text", required=False),
    Column("sentence", "text", required=False),
)


def read_fee_records(
    table: object,
    *,
    sources: Mapping[str, Source] | None = None,
    gates: Collection[str] | None = None,
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
) -> FeeCollections:
    """Fee collections from a table (a file, a text stream of CSV, or a DataFrame).

    Args:
        table: what :func:`~dongdang.tables.read_table` reads.
        sources: the documents a ``source`` cell may name, by id.
        gates: the gate codes a ``gate`` cell may name (by default, any code).
        mapping: the table's column names to the names above.
        name: how messages name the table.

    Raises:
        TableError: every bad cell or row, named by file, row and column: those
            of :func:`~dongdang.tables.read_table`, and an unknown line,
            qualifier, unit, gate or source, a period that is not one, a
            percent that does not read, a record given twice.
    """
    problems: list[Problem] = []
    columns = read_table(
        table, FEE_RECORD_COLUMNS, mapping=mapping, name=name, cell_problems=problems
    )
    file = name if name is not None else _name(table)
    known = sources or {}
    bad_rows = {problem.row for problem in problems}
    records: list[FeeRecord] = []
    seen: dict[tuple[object, ...], int] = {}
    for index in range(len(columns["line"])):
        row = index + 2
        if row in bad_rows:
            continue
        cells = {key: value[index] for key, value in columns.items()}
        try:
            record = _record(cells, known, gates)
        except _CellError as bad:
            problems.append(Problem(file=file, row=row, column=bad.column, message=bad.message))
            continue
        first = seen.setdefault(record.key, row)
        if first != row:
            problems.append(
                Problem(
                    file=file,
                    row=row,
                    column=None,
                    message=f"{record.label('en')} is given twice: first in row {first}",
                )
            )
            continue
        records.append(record)
    if problems:
        problems.sort(key=lambda problem: problem.row or 0)
        raise TableError(file, problems[:LIMIT], more=len(problems) > LIMIT)
    return FeeCollections(records=records)


def _name(table: object) -> str:
    return str(table) if isinstance(table, str) else f"<{type(table).__name__}>"


class _CellError(Exception):
    """One bad cell of a row: its column and what is wrong."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(column, message)
        self.column = column
        self.message = message


def _record(
    cells: Mapping[str, Any], sources: Mapping[str, Source], gates: Collection[str] | None
) -> FeeRecord:
    gate = cells["gate"]
    if gate is not None and gates is not None and gate not in gates:
        raise _CellError("gate", f"an unknown gate {gate!r}; the gates are {sorted(gates)}")
    fields: dict[str, Any] = {}
    for column, read in (
        ("line", FeeLine.parse),
        ("qualifier", Qualifier),
        ("stated_growth", _percent),
        ("stated_attainment", _percent),
    ):
        value = cells[column]
        try:
            fields[column] = None if value is None else read(value)
        except (DongDangError, ValueError) as error:
            raise _CellError(column, f"{error}") from None
    try:
        period = Period(start=cells["start"], end=cells["end"])
    except DongDangError as error:
        raise _CellError("end", f"not a period: {error}") from None
    try:
        money = amount(cells["amount"], cells["unit"])
    except DongDangError as error:
        raise _CellError("unit", f"{error}") from None
    source = cells["source"]
    if source is not None and source not in sources:
        raise _CellError(
            "source", f"an unknown document {source!r}; the sources are {sorted(sources)}"
        )
    try:
        return FeeRecord(
            line=fields["line"],
            period=period,
            amount=money,
            qualifier=fields["qualifier"],
            gate=cells["gate"],
            trips=cells["trips"],
            estimate=None
            if cells["estimate"] is None
            else amount(cells["estimate"], cells["unit"]),
            stated_growth=fields["stated_growth"],
            stated_attainment=fields["stated_attainment"],
            source=None if source is None else sources[source],
            sentence=cells["sentence"],
        )
    except DongDangError as error:
        raise _CellError("gate", f"{error}") from None


def _percent(text: str) -> Figure:
    return read_figure(text)


def fee_record_columns(collections: FeeCollections) -> dict[str, list[Any]]:
    """The records as the columns :func:`read_fee_records` reads (exact: amounts as text)."""
    rows = list(collections)
    return {
        "line": [record.line.value for record in rows],
        "start": [record.period.start for record in rows],
        "end": [record.period.end for record in rows],
        "amount": [_plain(record.amount) for record in rows],
        "unit": [str(record.amount.units) for record in rows],
        "qualifier": [None if r.qualifier is None else r.qualifier.value for r in rows],
        "gate": [record.gate for record in rows],
        "trips": [record.trips for record in rows],
        "estimate": [
            None if r.estimate is None else _plain(r.estimate, str(r.amount.units)) for r in rows
        ],
        "stated_growth": [None if r.stated_growth is None else r.stated_growth.text for r in rows],
        "stated_attainment": [
            None if r.stated_attainment is None else r.stated_attainment.text for r in rows
        ],
        "source": [None if record.source is None else record.source.id for record in rows],
        "sentence": [record.sentence for record in rows],
    }


def _plain(quantity: Quantity, unit: str | None = None) -> Decimal:
    return magnitude_in(quantity, unit or str(quantity.units))


#: The columns of a frame of fee records held as categoricals.
_CATEGORIES: Final = ("line", "unit", "qualifier", "gate", "source")


def fee_records_frame(collections: FeeCollections, *, exact: bool = False) -> Any:  # noqa: ANN401
    """The records as a pandas DataFrame, one row each (needs ``dongdang[pandas]``).

    By default the numbers are float64, ready to plot, with their unit in the
    column's name: ``amount_million_vnd`` and ``estimate_million_vnd`` (in
    millions of the collections' currency), ``trips`` (float64, NaN where not
    printed), ``stated_growth_percent`` and ``stated_attainment_percent``.
    With ``exact=True`` the columns are those :func:`read_fee_records` reads:
    ``amount`` and ``estimate`` as Decimal in ``unit``, percents as printed,
    so that ``read_fee_records(fee_records_frame(x, exact=True), sources=...)``
    gives ``x`` back. Periods are ``start`` and ``end`` dates (datetime64);
    line, unit, qualifier, gate and source are categoricals.
    """
    pd = optional("pandas", "pandas")
    columns = fee_record_columns(collections)
    frame = pd.DataFrame(columns, columns=list(columns))
    for name in ("start", "end"):
        frame[name] = pd.to_datetime(pd.Series(columns[name], dtype=object)).astype("datetime64[s]")
    for name in _CATEGORIES:
        frame[name] = frame[name].astype("category")
    if exact:
        frame["trips"] = pd.array(columns["trips"], dtype="Int64")
        return frame
    currency = (collections.currency or "VND").lower()
    millions = f"million_{currency.upper()}"
    records = list(collections)
    frame = frame.drop(columns=["amount", "unit", "estimate"])
    frame.insert(
        3, f"amount_million_{currency}", [float(magnitude_in(r.amount, millions)) for r in records]
    )
    frame.insert(
        4,
        f"estimate_million_{currency}",
        [
            float("nan") if r.estimate is None else float(magnitude_in(r.estimate, millions))
            for r in records
        ],
    )
    frame["trips"] = frame["trips"].astype("float64")
    for name in ("stated_growth", "stated_attainment"):
        figures = [getattr(r, name) for r in records]
        frame[name] = [float("nan") if f is None else float(f.value) for f in figures]
        frame = frame.rename(columns={name: f"{name}_percent"})
    return frame
