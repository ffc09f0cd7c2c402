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
``qualifier``          no       ``at_least`` (trên), ``at_most`` (gần), ``below``, ``about``,
                                ``estimate`` (ước)
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

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeVar

from dongdang._decimal import EXACT, tidy
from dongdang._frames import FrameColumns
from dongdang.errors import DongDangError
from dongdang.fees.collections import (
    FeeAttainment,
    FeeCollections,
    FeeGrowth,
    FeeLine,
    FeeRecord,
)
from dongdang.periods import Period
from dongdang.tables import Column, _read_rows, _RowError, _twice, _unknown
from dongdang.text import Figure, Qualifier, read_figure
from dongdang.units import amount, magnitude_in

_T = TypeVar("_T")
_A = TypeVar("_A", FeeGrowth, FeeAttainment)

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping

    from dongdang.provenance import Source
    from dongdang.units import Quantity

__all__ = [
    "FEE_RECORD_COLUMNS",
    "attainment_frame",
    "fee_record_columns",
    "fee_records_frame",
    "fee_records_html",
    "growth_frame",
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
    rows: dict[FeeRecord, int] | None = None,
) -> FeeCollections:
    """Fee collections from a table (a file, a text stream of CSV, or a DataFrame).

    Args:
        table: what :func:`~dongdang.tables.read_table` reads.
        sources: the documents a ``source`` cell may name, by id.
        gates: the gate codes a ``gate`` cell may name (by default, any code).
        mapping: the table's column names to the names above.
        name: how messages name the table.
        rows: if given, each record read is added to it with its row in the
            table (2 for the first, the header being row 1): the collections
            keep their records in order of period, not of the table.

    Raises:
        TableError: every bad cell or row, named by file, row and column: those
            of :func:`~dongdang.tables.read_table`, and an unknown line,
            qualifier, unit, gate or source, a period that is not one, a
            percent that does not read, a record given twice.
    """
    read = _read_rows(
        table,
        FEE_RECORD_COLUMNS,
        lambda cells: _record(cells, sources or {}, gates),
        key=lambda record: record.key,
        twice=lambda record, first: _RowError(None, _twice(record.label("en"), first)),
        mapping=mapping,
        name=name,
    )
    records = [record for _, record in read]
    if rows is not None:
        rows.update((record, row) for row, record in read)
    return FeeCollections(records=records)


def _record(
    cells: Mapping[str, Any], sources: Mapping[str, Source], gates: Collection[str] | None
) -> FeeRecord:
    gate = cells["gate"]
    if gate is not None and gates is not None and gate not in gates:
        raise _RowError("gate", _unknown("gate", gate, sorted(gates)))
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
            raise _RowError(column, f"{error}") from None
    try:
        period = Period(start=cells["start"], end=cells["end"])
    except DongDangError as error:
        raise _RowError("end", f"not a period: {error}") from None
    try:
        money = amount(cells["amount"], cells["unit"])
    except DongDangError as error:
        raise _RowError("unit", f"{error}") from None
    source = cells["source"]
    if source is not None and source not in sources:
        raise _RowError("source", _unknown("document", source, sorted(sources)))
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
        raise _RowError("gate", f"{error}") from None


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
    return _record_columns(collections, exact=exact).frame()


def _record_columns(collections: FeeCollections, *, exact: bool) -> FrameColumns:
    rows = list(collections)
    cells = fee_record_columns(collections)
    frame = FrameColumns(exact=exact)
    frame.code("line", cells["line"])
    frame.period([record.period for record in rows])
    if exact:
        frame.number("amount", cells["amount"], None)
        frame.code("unit", cells["unit"])
    millions = f"million_{collections.currency or 'VND'}"
    if not exact:
        frame.number("amount", _in(rows, "amount", millions), millions)
        frame.number("estimate", _in(rows, "estimate", millions), millions)
    frame.code("qualifier", cells["qualifier"])
    frame.code("gate", cells["gate"])
    frame.count("trips", cells["trips"])
    if exact:
        frame.number("estimate", cells["estimate"], None)
    for name in ("stated_growth", "stated_attainment"):
        if exact:
            frame.text(name, cells[name])
        else:
            figures = [getattr(record, name) for record in rows]
            frame.number(name, [None if f is None else f.value for f in figures], "%")
    frame.code("source", cells["source"])
    frame.text("sentence", cells["sentence"])
    return frame


def _in(records: list[FeeRecord], name: str, unit: str) -> list[Decimal | None]:
    values = [getattr(record, name) for record in records]
    return [None if value is None else magnitude_in(value, unit) for value in values]


def fee_records_html(collections: FeeCollections) -> str:
    """The records as an HTML table (the exact frame's columns), for notebooks."""
    return _record_columns(collections, exact=True).html(repr(collections))


def growth_frame(collections: FeeCollections, *, exact: bool = False) -> Any:  # noqa: ANN401
    """Every growth on the same period last year the records give, as a pandas DataFrame.

    One row per record whose growth :meth:`FeeCollections.growth
    <dongdang.fees.collections.FeeCollections.growth>` can compute (from last
    year's record, the stated growth, or the lines): ``line``, ``gate``,
    ``start``, ``end``, ``previous_start``, ``previous_end``,
    ``current_million_<currency>``, ``previous_million_<currency>``,
    ``growth_percent``, ``stated_growth_percent`` (float64, or Decimal with
    ``exact=True``), ``basis`` and ``matches_stated`` (None where nothing is stated).
    """
    return _ratio_frame(
        collections,
        _answers(collections, collections.growth),
        exact=exact,
        periods={"": lambda g: g.period, "previous_": lambda g: g.previous_period},
        amounts={"current": lambda g: g.current, "previous": lambda g: g.previous},
        ratio=("growth", lambda g: g.rate),
    )


def attainment_frame(collections: FeeCollections, *, exact: bool = False) -> Any:  # noqa: ANN401
    """Every attainment of the budget estimate the records give, as a pandas DataFrame.

    One row per record with an estimate or a stated attainment (see
    :meth:`FeeCollections.attainment
    <dongdang.fees.collections.FeeCollections.attainment>`): ``line``,
    ``gate``, ``start``, ``end``, ``amount_million_<currency>``,
    ``estimate_million_<currency>``, ``attainment_percent``,
    ``stated_attainment_percent`` (float64, or Decimal with ``exact=True``),
    ``basis`` and ``matches_stated``.
    """
    return _ratio_frame(
        collections,
        _answers(collections, collections.attainment),
        exact=exact,
        periods={"": lambda a: a.period},
        amounts={"amount": lambda a: a.amount, "estimate": lambda a: a.estimate},
        ratio=("attainment", lambda a: a.ratio),
    )


def _ratio_frame(
    collections: FeeCollections,
    answers: list[_A],
    *,
    exact: bool,
    periods: Mapping[str, Callable[[_A], Period]],
    amounts: Mapping[str, Callable[[_A], Quantity]],
    ratio: tuple[str, Callable[[_A], Decimal]],
) -> Any:  # noqa: ANN401
    """The frame of growths or attainments: where, when, the amounts, the ratio, the stated one."""
    millions = f"million_{collections.currency or 'VND'}"
    frame = FrameColumns(exact=exact)
    frame.code("line", [answer.line.value for answer in answers])
    frame.code("gate", [answer.gate for answer in answers])
    for prefix, period in periods.items():
        frame.period([period(answer) for answer in answers], prefix=prefix)
    for name, quantity in amounts.items():
        frame.number(
            name, [magnitude_in(quantity(answer), millions) for answer in answers], millions
        )
    name, value = ratio
    frame.number(name, [_percent_of(value(answer)) for answer in answers], "%")
    stated = [None if answer.stated is None else answer.stated.value for answer in answers]
    frame.number(f"stated_{name}", stated, "%")
    frame.code("basis", [answer.basis.value for answer in answers])
    frame.flag("matches_stated", [answer.matches_stated() for answer in answers])
    return frame.frame()


def _answers(collections: FeeCollections, ask: Callable[..., _T]) -> list[_T]:
    """``ask`` of each record's period, line and gate, leaving out the records it cannot answer."""
    found = []
    for record in collections:
        try:
            found.append(ask(record.period, line=record.line, gate=record.gate))
        except DongDangError:
            continue
    return found


def _percent_of(fraction: Decimal) -> Decimal:
    return tidy(EXACT.multiply(fraction, Decimal(100)))
