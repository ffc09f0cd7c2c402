r"""Tables in: columns from a CSV or Parquet file, or a pandas, polars or Arrow table.

An analyst's figures come as a spreadsheet saved to CSV, a Parquet file, or a
DataFrame already in memory. :func:`read_table` reads any of them into checked
columns of Python values, the same whatever the container, and reports every
bad cell with the file, the row as a spreadsheet shows it (the header is row 1,
the first record row 2) and the column, all the problems of a table together
(up to a limit) in one :class:`TableError`.

>>> import io
>>> from dongdang.tables import Column, read_table
>>> spec = (Column("line", "text"), Column("amount", "decimal"), Column("trips", "count", False))
>>> read_table(io.StringIO("line,amount\nphí sang tải,100751\n"), spec, name="fees.csv")
{'line': ['phí sang tải'], 'amount': [Decimal('100751')], 'trips': [None]}
>>> read_table(io.StringIO("line,amount\nphí sang tải,-5\n"), spec, name="fees.csv")
Traceback (most recent call last):
...
dongdang.tables.TableError: fees.csv: 1 problem:
  fees.csv, row 2, column amount: a negative amount, '-5'

Columns are read whole: a number column of a DataFrame or an Arrow table goes
through numpy (dates as ``datetime64[D]``), a CSV file through the standard
library's reader; pandas, polars and pyarrow are imported only when the input
needs them, and a missing one is an ImportError naming the extra to install
(``dongdang[pandas]``, ``dongdang[polars]``, ``dongdang[arrow]``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, final

import attrs
import numpy as np

from dongdang._columnar import column_names, columns_of, kind, missing, to_numpy
from dongdang.batches import optional
from dongdang.errors import DataFileError, UnknownCodeError

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence

    import numpy.typing as npt

__all__ = [
    "LIMIT",
    "Cell",
    "Column",
    "Problem",
    "TableError",
    "arrow_numbers",
    "read_table",
    "table_columns",
    "write_table",
]

# What a column holds: text, a calendar date, an exact non-negative amount,
# a count of things (a non-negative integer), or true/false.
Cell = Literal["text", "date", "decimal", "count", "flag"]

#: The problems of one table reported together, at most.
LIMIT: Final = 50

#: What a reader makes of a row.
_Record = TypeVar("_Record")

_TRUE: Final = frozenset({"true", "1", "yes"})
_FALSE: Final = frozenset({"false", "0", "no"})


@final
@attrs.frozen
class Column:
    """A column a table may have.

    Attributes:
        name: its name in the file, after any mapping.
        cell: what it holds.
        required: whether the table must have it, and every row a value in it.
    """

    name: str
    cell: Cell
    required: bool = True


@final
@attrs.frozen(kw_only=True)
class Problem:
    """One bad cell, row or column of a table.

    Attributes:
        file: the file (or the name given to an in-memory table).
        row: the row as a spreadsheet shows it: 1 for the header (a column
            missing, unknown or of the wrong type), 2 for the first record; None
            for the whole file.
        column: the column, or None for a whole row or the file.
        message: what is wrong, with the value read.
    """

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}"


class TableError(DataFileError):
    """A table with bad cells: every problem found, up to :data:`LIMIT`.

    Attributes:
        problems: the problems, in the order of the table.
    """

    def __init__(self, file: str, problems: Sequence[Problem], *, more: bool = False) -> None:
        self.file = file
        self.problems = tuple(problems)
        count = f"{len(self.problems)}{' or more' if more else ''}"
        noun = "problem" if len(self.problems) == 1 and not more else "problems"
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{file}: {count} {noun}:\n{lines}")


class _Collector:
    """The problems of a table, until the limit is reached."""

    def __init__(self, file: str, limit: int) -> None:
        self.file = file
        self.limit = limit
        self.problems: list[Problem] = []
        self.more = False

    def add(self, row: int | None, column: str | None, message: str) -> None:
        if len(self.problems) >= self.limit:
            self.more = True
        else:
            self.problems.append(Problem(file=self.file, row=row, column=column, message=message))

    def check(self) -> None:
        if self.problems:
            raise TableError(self.file, self.problems, more=self.more)


def read_table(
    source: object,
    columns: Sequence[Column],
    *,
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
    limit: int = LIMIT,
    cell_problems: list[Problem] | None = None,
) -> dict[str, list[Any]]:
    """The columns of a table, checked, as lists of Python values (None where empty).

    Args:
        source: a path to a ``.csv`` or ``.parquet`` file, a text stream of
            CSV, a pandas or polars DataFrame, a pyarrow Table, or a mapping of
            column name to array.
        columns: the columns the table may have.
        mapping: the table's own column names to the names of ``columns``
            (``{"Số tiền": "amount"}``); names not in it are kept.
        name: how messages name the table (by default the file's path).
        limit: the most problems collected before the table is given up.
        cell_problems: if given, bad cells are added to it (and read as None)
            instead of raised, for a caller that checks rows further and
            reports all the problems together; a bad column is still raised.

    Raises:
        TableError: naming file, row and column for each problem: a missing
            required column, an unknown column, a cell of the wrong type, an
            empty required cell, a negative amount, a file that is not UTF-8,
            an empty file, a Parquet column of the wrong type, a directory
            given for a file.
        ImportError: the input needs pandas, polars or pyarrow, not installed.
    """
    label = name if name is not None else _label(source)
    problems = _Collector(label, limit)
    raw = _columns(source, problems)
    if mapping:
        raw = {mapping.get(key, key): value for key, value in raw.items()}
    known = {column.name: column for column in columns}
    for key in raw:
        if key not in known:
            problems.add(1, key, f"an unknown column; the columns are {sorted(known)}")
    for column in columns:
        if column.required and column.name not in raw:
            problems.add(1, column.name, "a required column is missing")
    problems.check()
    size = max((len(value) for value in raw.values()), default=0)
    read: dict[str, list[Any]] = {}
    for column in columns:
        cells = raw.get(column.name)
        if cells is not None and not _arrow_type_fits(column, cells):
            problems.add(1, column.name, f"a column of type {cells.type}; {column.cell} expected")
            continue
        read[column.name] = (
            [None] * size if cells is None else _cells(column, _values(cells), problems)
        )
    if cell_problems is not None and all(problem.row != 1 for problem in problems.problems):
        cell_problems.extend(problems.problems)
        return read
    problems.check()
    return read


class _RowError(Exception):
    """A row a reader refuses: the column it names (None for the whole row) and what is wrong."""

    def __init__(self, column: str | None, message: str) -> None:
        super().__init__(column, message)
        self.column = column
        self.message = message


def _unknown(what: str, value: object, known: Iterable[object]) -> str:
    """What a row says of ``value``, which names no ``what``: as :class:`UnknownCodeError` words it.

    >>> _unknown("gate", "x", ["chi-ma", "huu-nghi"])
    "unknown gate 'x'; expected one of 'chi-ma', 'huu-nghi'"
    """
    return str(UnknownCodeError(what, value, known))


def _twice(what: str, first: int) -> str:
    """What a row says of ``what`` (a key) an earlier row, ``first``, gave already."""
    return f"{what} is given twice: first in row {first}"


def _read_rows(
    source: object,
    columns: Sequence[Column],
    build: Callable[[dict[str, Any]], _Record],
    *,
    key: Callable[[_Record], Hashable],
    twice: Callable[[_Record, int], _RowError],
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
) -> list[tuple[int, _Record]]:
    """The records of a table's rows, each with its row (2 for the first): the readers' one step.

    The cells are read by :func:`read_table`; a row with a bad cell is left
    out (the cell is a problem already); ``build`` makes the record of the
    other rows from their cells, by column, raising :class:`_RowError` for a
    row it refuses; a record whose ``key`` an earlier row had is refused with
    the error ``twice(record, first_row)`` gives. Every problem, in the order
    of the rows, up to :data:`LIMIT`, is raised together.

    Raises:
        TableError: the table's bad cells and refused rows, by file, row and column.
    """
    label = name if name is not None else _label(source)
    problems: list[Problem] = []
    cells = read_table(source, columns, mapping=mapping, name=label, cell_problems=problems)
    bad = {problem.row for problem in problems}
    size = len(cells[columns[0].name])
    read: list[tuple[int, _Record]] = []
    seen: dict[Hashable, int] = {}
    for row in range(2, size + 2):
        if row in bad:
            continue
        try:
            record = build({column: values[row - 2] for column, values in cells.items()})
            first = seen.setdefault(key(record), row)
            if first != row:
                raise twice(record, first)
        except _RowError as refused:
            problems.append(
                Problem(file=label, row=row, column=refused.column, message=refused.message)
            )
            continue
        read.append((row, record))
    if problems:
        problems.sort(key=lambda problem: problem.row or 0)
        raise TableError(label, problems[:LIMIT], more=len(problems) > LIMIT)
    return read


def table_columns(
    source: object, *, mapping: Mapping[str, str] | None = None, name: str | None = None
) -> dict[str, Any]:
    """The columns of a table as its container holds them, unchecked, renamed by ``mapping``.

    A CSV file's columns are lists of text (None where empty); a Parquet
    file's, Arrow arrays; a DataFrame's, its Series.

    Raises:
        TableError: a file that is not UTF-8, is empty, has ragged rows, or is
            not Parquet.
    """
    label = name if name is not None else _label(source)
    problems = _Collector(label, LIMIT)
    raw = _columns(source, problems)
    return {mapping.get(key, key): value for key, value in raw.items()} if mapping else raw


def arrow_numbers(column: Any) -> Any:  # noqa: ANN401 - any library's column
    """An Arrow column of numbers or days as a numpy array (days as ``datetime64[D]``).

    Arrow converts in C, without Python objects (a timestamp without a time
    of day cast to its day); text columns stay Arrow (their dictionary codes
    are read as they are), other containers' columns as they are.
    """
    if kind(column) != "pyarrow":
        return column
    arrow = optional("pyarrow", "arrow")
    if arrow.types.is_timestamp(column.type) or arrow.types.is_date64(column.type):
        if column.null_count:
            return column
        if arrow.types.is_timestamp(column.type) and column.type.tz is None:
            # numpy's view of Arrow's own ticks, floored to days by one integer division
            ticks = to_numpy(column).view(np.int64) // _TICKS_PER_DAY[column.type.unit]
            days: npt.NDArray[Any] = ticks.view("datetime64[D]")
            return days
        compute = optional("pyarrow.compute", "arrow")
        # to the day, as numpy's astype("datetime64[D]") reads a time of day
        column = compute.cast(column, arrow.date32())
    elif not (
        arrow.types.is_date32(column.type)
        or arrow.types.is_integer(column.type)
        or arrow.types.is_floating(column.type)
        or arrow.types.is_boolean(column.type)
    ):
        return column
    return to_numpy(column)


#: An Arrow timestamp's ticks in a day, by its unit.
_TICKS_PER_DAY: Final = {"s": 86_400, "ms": 86_400_000, "us": 86_400 * 10**6, "ns": 86_400 * 10**9}


def _arrow_type_fits(column: Column, cells: Any) -> bool:  # noqa: ANN401 - any column
    """Whether an Arrow column's type can hold the column's cells (other columns: True)."""
    if kind(cells) != "pyarrow":
        return True
    arrow = optional("pyarrow", "arrow")
    kind_of = cells.type.value_type if arrow.types.is_dictionary(cells.type) else cells.type
    text = arrow.types.is_string(kind_of) or arrow.types.is_large_string(kind_of)
    fits = {
        "text": text,
        "date": text or arrow.types.is_date(kind_of) or arrow.types.is_timestamp(kind_of),
        "decimal": text
        or arrow.types.is_integer(kind_of)
        or arrow.types.is_decimal(kind_of)
        or arrow.types.is_floating(kind_of),
        "count": text or arrow.types.is_integer(kind_of),
        "flag": text or arrow.types.is_boolean(kind_of),
    }
    return bool(fits[column.cell]) or arrow.types.is_null(kind_of)


def _label(source: object) -> str:
    if isinstance(source, str | os.PathLike):
        return str(source)
    return f"<{type(source).__name__}>"


def _columns(source: object, problems: _Collector) -> dict[str, Any]:
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.is_dir():
            problems.add(None, None, "a directory, not a file; give one .csv or .parquet file")
            problems.check()
        if path.suffix.lower() == ".parquet":
            return _parquet(path, problems)
        return _csv_columns(path.read_bytes(), problems)
    if isinstance(source, io.TextIOBase):
        return _csv_columns(source.read().encode("utf-8"), problems)
    names = column_names(source, "read_table")
    return columns_of(source, tuple(names), "read_table")


def _parquet(path: Path, problems: _Collector) -> dict[str, Any]:
    """The columns of a Parquet file, its text columns as dictionaries.

    A text column is read through the file's own dictionary pages (Arrow's
    ``read_dictionary``): each row comes as a code into the distinct values,
    and nothing is hashed again where the columns are read. The file is read
    by row groups (``ParquetFile.read``), each column in one chunk per row
    group, not in batches: a column of numbers or codes goes to numpy without
    joining chunks.
    """
    parquet = optional("pyarrow.parquet", "arrow")
    arrow = optional("pyarrow", "arrow")
    try:
        text = [
            field.name
            for field in parquet.read_schema(path)
            if arrow.types.is_string(field.type) or arrow.types.is_large_string(field.type)
        ]
        with parquet.ParquetFile(path, read_dictionary=text or None) as file:
            table = file.read()
    except arrow.ArrowException as error:
        problems.add(None, None, f"not a Parquet file: {error}")
        problems.check()
    return {name: table.column(name) for name in table.column_names}


def _csv_columns(data: bytes, problems: _Collector) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.add(line, None, f"not UTF-8 (byte {error.start}); save the file as UTF-8")
        problems.check()
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or not any(cell.strip() for cell in rows[0]):
        problems.add(1, None, "an empty file: no header row")
        problems.check()
    header = [cell.strip() for cell in rows[0]]
    body = rows[1:]
    for number, row in enumerate(body, 2):
        if len(row) != len(header):
            problems.add(number, None, f"{len(row)} cells under a header of {len(header)}")
    problems.check()
    return {
        key: [row[index] if row[index].strip() else None for row in body]
        for index, key in enumerate(header)
    }


def _values(cells: object) -> list[Any]:
    """The cells of a column as Python values: dates as dates, None where missing."""
    if isinstance(cells, list):
        return cells
    if kind(cells) == "pyarrow":
        return list(cells.to_pylist())  # type: ignore[attr-defined]
    array = to_numpy(cells)
    if array.dtype.kind == "M":
        days = array.astype("datetime64[D]")
        return [None if np.isnat(day) else day.item() for day in days]
    return [None if missing(value) else value for value in array.tolist()]


def _cells(column: Column, values: Iterable[Any], problems: _Collector) -> list[Any]:
    read: list[Any] = []
    for row, value in enumerate(values, 2):
        if value is None:
            if column.required:
                problems.add(row, column.name, "an empty cell in a required column")
            read.append(None)
            continue
        try:
            read.append(_CONVERT[column.cell](value))
        except _BadCellError as bad:
            problems.add(row, column.name, f"{bad.args[0]}, {value!r}")
            read.append(None)
    return read


class _BadCellError(Exception):
    """A cell that is not what its column holds."""


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise _BadCellError("not text")
    return value.strip()


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):  # a pandas Timestamp too
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise _BadCellError("not a date written YYYY-MM-DD") from None
    raise _BadCellError("not a date")


def _decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise _BadCellError("not a number")
    if isinstance(value, Decimal | int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise _BadCellError("not a number (write 1234.5, without grouping)") from None
    else:
        raise _BadCellError("not a number")
    if not number.is_finite():
        raise _BadCellError("not a finite number")
    if number < 0:
        raise _BadCellError("a negative amount")
    return number


def _count(value: object) -> int:
    number = _decimal(value)
    if number != number.to_integral_value():
        raise _BadCellError("not a whole number")
    return int(number)


def _flag(value: object) -> bool:
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _BadCellError("not true or false")


_CONVERT: Final = {
    "text": _text,
    "date": _date,
    "decimal": _decimal,
    "count": _count,
    "flag": _flag,
}


def write_table(
    path: str | os.PathLike[str], columns: Mapping[str, Sequence[Any] | npt.NDArray[Any]]
) -> None:
    """Write columns of Python values to a ``.csv`` (UTF-8) or ``.parquet`` file.

    In CSV, None is an empty cell, a date is written ``YYYY-MM-DD``, a flag
    ``true`` or ``false``; Parquet keeps the types (text stays text: exact
    numbers are written as their decimal text by the callers).

    A column may also be a numpy array (NaN and NaT are empty cells); an
    object array of text is written to Parquet as a dictionary column.
    """
    target = Path(path)
    if target.suffix.lower() == ".parquet":
        arrow = optional("pyarrow", "arrow")
        parquet = optional("pyarrow.parquet", "arrow")
        parquet.write_table(
            arrow.table({key: _arrow_column(arrow, value) for key, value in columns.items()}),
            target,
        )
        return
    lists = [_python(value) for value in columns.values()]
    size = max((len(value) for value in lists), default=0)
    with target.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(list(columns))
        for index in range(size):
            writer.writerow([_text_cell(value[index]) for value in lists])


def _arrow_column(arrow: Any, value: Sequence[Any] | npt.NDArray[Any]) -> Any:  # noqa: ANN401 - pyarrow
    if not isinstance(value, np.ndarray):
        return list(value)
    if value.dtype.kind == "O":
        return arrow.array(value, type=arrow.string()).dictionary_encode()
    return arrow.array(value, from_pandas=True)


def _python(value: Sequence[Any] | npt.NDArray[Any]) -> list[Any]:
    """A column as Python values: a numpy array's NaN and NaT as None."""
    if not isinstance(value, np.ndarray):
        return list(value)
    if value.dtype.kind == "f":
        return [None if cell != cell else cell for cell in value.tolist()]  # noqa: PLR0124
    if value.dtype.kind == "M":
        return list(value.astype("datetime64[D]").tolist())
    return list(value.tolist())


def _text_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)
