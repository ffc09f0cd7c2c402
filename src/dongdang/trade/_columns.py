"""Reading flows given as columns (numpy arrays or a pandas DataFrame) into ledger columns.

Categorical columns come back as ``(inverse, uniques)``: the distinct values,
already checked, and for each row the position of its value among them. The
ledger maps the distinct values to its own codes.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import numpy as np

from dongdang._columnar import (
    encode,
    encode_all,
    first_not_a_date,
    has_codes,
    kind,
    loaded,
    missing,
    to_numpy,
    worth_threads,
)
from dongdang._decimal import EXACT, to_decimal
from dongdang.errors import DongDangError, InvalidTypeError, InvalidValueError
from dongdang.exchange import currency_of
from dongdang.provenance import Source
from dongdang.trade.flows import (
    Direction,
    HSCode,
    Valuation,
    check_gate,
    read_growth,
    read_measure,
    read_note,
)
from dongdang.units import magnitude_in, unit_of, ureg

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    import numpy.typing as npt

    from dongdang.trade.flows import Measure

    #: Days since 1970-01-01: int64 as numpy counts them, int32 as Arrow and polars keep them.
    Days: TypeAlias = npt.NDArray[np.int32] | npt.NDArray[np.int64]

__all__ = ["COLUMNS", "EPOCH", "MAX_MINOR", "Categorical", "read_columns"]

#: The columns read; others are ignored.
COLUMNS: Final = (
    "value",
    "direction",
    "measure",
    "date",
    "start",
    "end",
    "gate",
    "hs",
    "hs_vintage",
    "net_weight",
    "vehicles",
    "valuation",
    "estimated",
    "growth",
    "source",
    "note",
)
#: The largest value of one flow in minor units: every such integer is exact in a float64.
MAX_MINOR: Final = 2**53 - 1
#: ``date.toordinal()`` of 1970-01-01: day numbers are counted from it, as numpy's.
EPOCH: Final = 719163

#: The codes of a categorical or dictionary column keep their width (int8 for a few values).
Categorical = tuple["npt.NDArray[np.signedinteger[Any]]", list[Any]]


def _fail_row(column: str, row: int, value: object, reason: str) -> InvalidValueError:
    problem, _, hint = reason.partition("; ")  # "is finer than ...; build the ledger with ..."
    return InvalidValueError.of(
        column, value, problem, where=f"column {column!r}, row {row}", hint=hint or None
    )


def categorical(
    column: Any,  # noqa: ANN401 - an array, or a pandas, polars or Arrow column
    name: str,
    parse: Callable[[Any], Any],
    *,
    optional: bool,
) -> Categorical:
    """The distinct values of ``column`` read by ``parse``, and each row's position among them.

    Text is encoded once by hashing (:func:`dongdang._columnar.encode`), the
    codes of a categorical column reused; each distinct value is parsed once.
    """
    if isinstance(column, tuple):  # already encoded
        encoded: Categorical | None = column
    else:
        try:
            encoded = encode(column, narrow=True)
        except TypeError:  # unhashable objects: found, and named, row by row below
            encoded = None
    if encoded is None:
        encoded = _objects(to_numpy(column), name)
    inverse, raw = encoded
    raw = [None if missing(value) else value for value in raw]
    if len(inverse) and int(inverse.min()) < 0:  # widened: one more code than the width may hold
        inverse = np.where(inverse < 0, np.intp(len(raw)), inverse)
        raw.append(None)
    values: list[Any] = []
    for position, value in enumerate(raw):
        if optional and (value is None or value == ""):
            values.append(None)
            continue
        try:
            if value is None:
                raise InvalidValueError.of(name, value, "is missing")
            values.append(parse(value))
        except DongDangError as error:
            row = int(np.flatnonzero(inverse == position)[0])
            raise error.at(f"column {name!r}, row {row}") from None
    return inverse, values


def _objects(array: npt.NDArray[Any], column: str) -> Categorical:
    """A hash table over the values of a column that holds no text (numbers, objects)."""
    positions: dict[Any, int] = {}
    codes = np.empty(len(array), dtype=np.intp)
    raw: list[Any] = []
    for row, value in enumerate(array.tolist()):
        key = None if missing(value) else value
        try:
            code = positions.get(key)
        except TypeError:
            raise InvalidTypeError.of(
                f"column {column!r}, row {row}", "a value this column takes", value
            ) from None
        if code is None:
            code = positions[key] = len(raw)
            raw.append(key)
        codes[row] = code
    return codes, raw


def _days(array: npt.NDArray[Any], column: str) -> Days:
    if array.dtype == np.int32:  # days as stored (:func:`_day_numbers`): read as they are
        stored: npt.NDArray[np.int32] = array
        return stored
    unit = np.datetime_data(array.dtype) if array.dtype.kind == "M" else None
    if unit is not None and unit[1] == 1 and unit[0] in _PER_DAY:
        return _whole_days(array, column)  # a missing time is named by its row there
    try:
        if array.dtype.kind == "M":
            days = array.astype("datetime64[D]", copy=False)
        elif array.dtype.kind == "O":
            days = np.array(
                [None if missing(value) else value for value in array.tolist()],
                dtype="datetime64[D]",
            )
        else:
            days = array.astype("datetime64[D]")
    except (ValueError, TypeError):
        row, value = first_not_a_date(array)
        raise _fail_row(
            column, row, value, "is not a date (datetime64, datetime.date or ISO text)"
        ) from None
    # read only: the ledger stores copies; NaT (missing) is refused by the caller,
    # which finds the least day once (:func:`_within_years`, :func:`_no_missing_day`)
    numbers: npt.NDArray[np.int64] = days.view(np.int64)
    return numbers


_NAT: Final = int(np.datetime64("NaT").view(np.int64))
#: Ticks of a day in numpy's time units finer than a day.
_PER_DAY: Final = {
    unit: int(np.timedelta64(1, "D") // np.timedelta64(1, unit))
    for unit in ("h", "m", "s", "ms", "us", "ns")
}


def _whole_days(array: npt.NDArray[Any], column: str) -> npt.NDArray[np.int64]:
    """Day numbers of times finer than a day: one integer division (as ``astype`` floors)."""
    ticks = array.view(np.int64)
    if len(ticks) and int(ticks.min()) == _NAT:
        row = int(np.flatnonzero(np.isnat(array))[0])
        raise _fail_row(column, row, str(array[row]), "is not a date")
    days: npt.NDArray[np.int64] = ticks // _PER_DAY[np.datetime_data(array.dtype)[0]]
    return days


def _scaled(
    array: npt.NDArray[Any], column: str, power: int, *, finer: str
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64] | None, tuple[int, int] | None]:
    """Non-negative numbers times ``10**power`` as exact integers, and each one's exponent.

    The exponents (of the last digit, in the column's unit) are given only for
    columns of Decimals; for ints and floats the column's resolution stands.
    The least and greatest integer come third, where found on the way (ints).
    """
    kind = array.dtype.kind
    if kind in "iu":
        minor, found = _scaled_ints(array, column, power)
        return minor, None, found
    if kind == "f":
        return _scaled_floats(array, column, power, finer), None, None
    if kind != "O":
        raise InvalidTypeError.must_hold(f"column {column!r}", "numbers", array.dtype)
    return (*_scaled_objects(array, column, power, finer), None)


_TOO_LARGE: Final = "is more than dongdang takes for one flow"


def _scaled_ints(
    array: npt.NDArray[Any], column: str, power: int
) -> tuple[npt.NDArray[np.int64], tuple[int, int] | None]:
    """The ints times ``10**power``, and the least and greatest of them (None if no row)."""
    if not len(array):
        return np.zeros(0, dtype=np.int64), None
    low, high = int(array.min()), int(array.max())
    if low < 0:
        row = int(np.argmin(array))
        raise _fail_row(column, row, int(array[row]), "is negative")
    if high * 10**power > MAX_MINOR:
        row = int(np.argmax(array))
        raise _fail_row(column, row, int(array[row]), _TOO_LARGE)
    minor: npt.NDArray[np.int64] = np.multiply(array, np.int64(10**power), dtype=np.int64)
    return minor, (low * 10**power, high * 10**power)  # a new array: the ledger's


def _scaled_floats(
    array: npt.NDArray[Any], column: str, power: int, finer: str
) -> npt.NDArray[np.int64]:
    # Reductions first (NaN fails both): the rows are looked at only if one is refused.
    if len(array) and not (array.min() >= 0 and array.max() < np.inf):
        bad = np.flatnonzero(~np.isfinite(array) | (array < 0))
        raise _fail_row(column, int(bad[0]), float(array[bad[0]]), "is not a finite number >= 0")
    factor = 10.0**power
    scaled = np.multiply(array, factor)
    np.round(scaled, out=scaled)
    if len(array) and scaled.max() > MAX_MINOR:
        large = np.flatnonzero(scaled > MAX_MINOR)
        raise _fail_row(column, int(large[0]), float(array[large[0]]), _TOO_LARGE)
    # The float nearest k / 10**power is the value itself exactly when its
    # shortest repr has no more than ``power`` decimals.
    if not np.array_equal(scaled / factor, array):
        off = np.flatnonzero(scaled / factor != array)
        raise _fail_row(column, int(off[0]), float(array[off[0]]), finer)
    minor: npt.NDArray[np.int64] = scaled.astype(np.int64)
    return minor


def _scaled_objects(
    array: npt.NDArray[Any], column: str, power: int, finer: str
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    minor = np.empty(len(array), dtype=np.int64)
    exponents = np.empty(len(array), dtype=np.int64)
    for row, value in enumerate(array.tolist()):
        number = to_decimal(value, f"column {column!r}, row {row}")
        if number < 0:
            raise _fail_row(column, row, value, "is negative")
        scaled = number.scaleb(power, EXACT)
        if scaled != scaled.to_integral_value():
            raise _fail_row(column, row, value, finer)
        if scaled > MAX_MINOR:
            raise _fail_row(column, row, value, _TOO_LARGE)
        minor[row] = int(scaled)
        exponents[row] = int(number.as_tuple().exponent)
    return minor, exponents


def _optional_numbers(
    array: npt.NDArray[Any], column: str, power: int, *, finer: str
) -> npt.NDArray[np.int64]:
    """Like :func:`_scaled`, with -1 where a value is missing (None or NaN)."""
    if array.dtype.kind == "O":
        present = np.array([not missing(value) for value in array.tolist()], dtype=bool)
    elif array.dtype.kind == "f":
        present = ~np.isnan(array)
    else:
        present = np.ones(len(array), dtype=bool)
    result = np.full(len(array), -1, dtype=np.int64)
    values, _, _ = _scaled(array[present], column, power, finer=finer)
    result[present] = values
    return result


def read_columns(
    columns: Mapping[str, Any],
    *,
    currency: str,
    decimals: int,
    unit: str | None,
    measure: Measure | str | None,
    hs_vintage: str | None,
) -> dict[str, Any]:
    """Check and convert columns; see :meth:`dongdang.trade.ledger.TradeLedger.extend_columns`."""
    raw = {name: columns[name] for name in COLUMNS if name in columns}
    if "value" not in raw or "direction" not in raw:
        raise InvalidValueError.missing_columns("'value' and 'direction'", sorted(raw))
    # Text columns stay as their library holds them (codes reused, hashed there), hashed
    # from the start; the other columns are taken to numpy and read meanwhile.
    arrays = dict(raw)

    def convert() -> None:
        arrays.update({name: _native(name, column) for name, column in raw.items()})
        _size(arrays)

    values, periods = _read_while_hashing(
        arrays, convert, lambda: _values(arrays["value"], currency, decimals, unit)
    )
    size = len(arrays["value"])
    out: dict[str, Any] = {"size": size, **values}
    out["direction"] = categorical(
        arrays["direction"], "direction", Direction.parse, optional=False
    )
    if isinstance(periods, DongDangError):  # refused after the directions, as ever
        raise periods
    out.update(periods)
    out["measure"] = _measures(arrays, measure, size)
    if "hs" in arrays:
        out["hs"] = _hs(arrays, hs_vintage, size)
    for name, parse in _CATEGORIES.items():
        if name in arrays:
            out[name] = categorical(arrays[name], name, parse, optional=True)
    for name, (stored, power, finer) in _COUNTS.items():
        if name in arrays:
            out[stored] = _optional_numbers(arrays[name], name, power, finer=finer)
    if "estimated" in arrays:
        out["estimated"] = _booleans(arrays["estimated"])
    return out


#: The text columns read by :func:`categorical`.
_CATEGORICAL: Final = ("direction", "measure", "gate", "valuation", "growth", "note")
_TEXT: Final = frozenset(
    {"direction", "measure", "gate", "hs", "hs_vintage", "valuation", "growth", "note", "source"}
)


def _size(arrays: Mapping[str, Any]) -> int:
    """The rows of the columns: those of ``value``, which every column must have."""
    size = len(arrays["value"])
    for name, array in arrays.items():
        shape = getattr(array, "shape", None) or (len(array),)
        if tuple(shape) != (size,):
            raise InvalidValueError.of(
                f"column {name!r}", tuple(shape), f"must have {size} rows, as 'value' has"
            )
    return size


def _read_while_hashing(
    arrays: dict[str, Any], convert: Callable[[], None], values: Callable[[], dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any] | DongDangError]:
    """``values()`` and the days (:func:`_periods`), read while the text columns are hashed.

    The hashing (:func:`_together`, on threads that release the interpreter)
    of the text columns of ``arrays`` as given runs in the background and its
    codes are put in ``arrays``; ``convert()`` replaces the other columns by
    numpy arrays meanwhile. With nothing to hash (numpy columns, or codes of
    their own), ``values()`` runs on a thread beside the days when there are
    enough rows (:func:`~dongdang._columnar.worth_threads`; numpy releases the
    interpreter too). Days refused are given back, not raised: the caller
    checks the directions first.
    """

    def days() -> dict[str, Any] | DongDangError:
        try:
            return _periods(arrays)
        except DongDangError as error:
            return error

    together = _hashed(arrays)
    with ThreadPoolExecutor(max_workers=1) as background:
        hashing = background.submit(_together, together) if together else None
        convert()
        if hashing is None and worth_threads(len(arrays["value"])):
            reading = background.submit(values)
            periods = days()
            return reading.result(), periods
        read = values()
        periods = days()
        if hashing is not None:
            arrays.update(hashing.result())
    return read, periods


def _hashed(arrays: Mapping[str, Any]) -> dict[str, Any]:
    """The text columns of a pandas, polars or Arrow table that are hashed to be read.

    Those with codes of their own (categoricals, dictionaries) are left to
    :func:`categorical`, which reads their codes as they are.
    """
    return {
        name: arrays[name]
        for name in _CATEGORICAL
        if kind(arrays.get(name)) is not None and not has_codes(arrays[name])
    }


def _together(together: Mapping[str, Any]) -> dict[str, Any]:
    """The columns ``together`` encoded together (:func:`encode_all`).

    Empty if one holds values that cannot be hashed: :func:`categorical` then
    names the row.
    """
    try:
        encoded = encode_all(together)
    except TypeError:
        return {}
    return {name: codes for name, codes in encoded.items() if codes is not None}


def _native(name: str, column: Any) -> Any:  # noqa: ANN401 - any library's column
    """A text column as its library holds it; the others (and plain sequences) as numpy.

    The days of a polars Date or Arrow date32 column come as they are stored
    (:func:`_day_numbers`).
    """
    if name in _TEXT and kind(column) is not None:
        return column
    if name in _DAYS:
        days = _day_numbers(column)
        if days is not None:
            return days
    return to_numpy(column)


#: The columns of days.
_DAYS: Final = frozenset({"date", "start", "end"})


def _day_numbers(column: Any) -> npt.NDArray[np.int32] | None:  # noqa: ANN401 - any library's column
    """The days of a polars Date or Arrow date32 column, as stored: int32 days since 1970.

    Read where they are (a datetime64 copy would be twice as wide, and read
    again to make int32 days); None for other columns, and for one with a
    missing day, which is read as datetime64 to name the row.
    """
    library = kind(column)
    if library == "polars":
        if column.dtype == loaded("polars").Date and not column.null_count():
            return np.asarray(column.to_physical().to_numpy())
    elif library == "pyarrow":
        arrow = loaded("pyarrow")
        if arrow.types.is_date32(column.type) and not column.null_count:
            return np.asarray(column.cast(arrow.int32()).to_numpy())
    return None


def _measures(
    arrays: dict[str, npt.NDArray[Any]], measure: Measure | str | None, size: int
) -> Categorical:
    if "measure" in arrays:
        return categorical(arrays["measure"], "measure", read_measure, optional=False)
    if measure is not None:
        return np.broadcast_to(np.intp(0), (size,)), [read_measure(measure)]
    raise InvalidValueError.either_or("a 'measure' column", "measure=", measure)


def _values(
    array: npt.NDArray[Any], currency: str, decimals: int, unit: str | None
) -> dict[str, Any]:
    one = ureg.Quantity(Decimal(1), unit_of(unit if unit is not None else currency))
    if currency_of(one, "unit") != currency:
        raise InvalidValueError.of(
            "unit",
            unit,
            f"must be in the ledger's currency {currency}",
            hint="convert the values first",
        )
    power = magnitude_in(one, currency).adjusted()
    resolution = Decimal(1).scaleb(-decimals, EXACT)
    finer = (
        f"is finer than the ledger's resolution of {resolution} {currency}; "
        "build the ledger with more decimals"
    )
    minor, exponents, found = _scaled(array, "value", decimals + power, finer=finer)
    if exponents is None:
        last_digit = power if array.dtype.kind in "iu" else -decimals
        # one value for every row: a read-only view, not a column of copies
        exponents = np.broadcast_to(np.int64(last_digit), (len(minor),))
    else:
        exponents += power
    read: dict[str, Any] = {"value": minor, "exponent": exponents}
    if found is not None:
        read["value_range"] = found
    return read


def _booleans(array: npt.NDArray[Any]) -> npt.NDArray[np.bool_]:
    if array.dtype.kind == "b":
        return array.copy()  # the ledger may keep it: never the caller's array
    if not all(isinstance(item, bool | np.bool_) for item in array.tolist()):
        raise InvalidTypeError.must_hold("column 'estimated'", "True or False", array.dtype)
    return array.astype(bool)


def _source(value: object) -> Source:
    if not isinstance(value, Source):
        raise InvalidTypeError.of("a source", "a dongdang.data.Source", value)
    return value


def _periods(arrays: dict[str, npt.NDArray[Any]]) -> dict[str, Any]:
    """The days and months of each row (:func:`_in_months`), each column checked once."""
    if "date" in arrays:
        if "start" in arrays or "end" in arrays:
            raise InvalidValueError.either_or(
                "a 'date' column", "'start' and 'end'", tuple(sorted(arrays)), both=True
            )
        start = end = _days(arrays["date"], "date")
        start_range = end_range = _within_years("date", arrays["date"], start)
    elif "start" in arrays and "end" in arrays:
        start = _days(arrays["start"], "start")
        start_range = _within_years("start", arrays["start"], start)
        end = _days(arrays["end"], "end")
        if np.array_equal(start, end):  # a day a row: one column of days, read once
            end, end_range = start, start_range
        else:
            _no_missing_day("end", arrays["end"], end, int(end.min()))
            before = np.flatnonzero(end < start)
            if len(before):
                row = int(before[0])
                raise InvalidValueError.earlier_than(
                    "end",
                    np.datetime64(int(end[row]), "D"),
                    "start",
                    np.datetime64(int(start[row]), "D"),
                    where=f"row {row}",
                )
            end_range = _within_years("end", arrays["end"], end)
    else:
        raise InvalidValueError.missing_columns(
            "the days: 'date', or 'start' and 'end'", sorted(arrays)
        )
    return _in_months(start, end, start_range, end_range)


def _in_months(
    start: Days,
    end: Days,
    start_range: tuple[int, int],
    end_range: tuple[int, int],
) -> dict[str, Any]:
    """The days as the ledger stores them (int32), the month of each, the least and greatest month.

    Found while the text columns are hashed (:func:`_read_while_hashing`).
    """
    first = start.astype(np.int32)  # years 1 to 9999 fit; a copy: the days may be the caller's
    month0, months = _months(first, start_range)
    if end is start:  # one day per row (a 'date' column): the same days and months
        return {"start": first, "end": first, "month0": month0, "month1": month0, "months": months}
    last = end.astype(np.int32)
    month1, (_, high) = _months(last, end_range)
    months = (months[0], high)
    return {"start": first, "end": last, "month0": month0, "month1": month1, "months": months}


def _months(
    days: npt.NDArray[np.int32], days_range: tuple[int, int]
) -> tuple[npt.NDArray[np.int32], tuple[int, int]]:
    """Months since year 0 of day numbers, and the least and greatest month.

    ``days_range`` is the least and greatest of ``days`` (found once by the
    caller); numpy's calendar runs once per day of their span.
    """
    if not len(days):
        return np.zeros(0, dtype=np.int32), (0, -1)
    low, high = days_range
    if high - low > len(days):  # a few days over centuries: each on its own
        months = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
        ends = np.array([low, high], dtype="datetime64[D]").astype("datetime64[M]")
        first, last = (ends.astype(np.int64) + 1970 * 12).tolist()
        return (months + 1970 * 12).astype(np.int32), (first, last)
    span = np.arange(low, high + 1, dtype=np.int64).astype("datetime64[D]")
    table = (span.astype("datetime64[M]").astype(np.int64) + 1970 * 12).astype(np.int32)
    # the days as offsets into the table (int32 days: half the memory of int64)
    offsets = np.subtract(days, np.int32(low), dtype=np.int32)
    return np.take(table, offsets), (int(table[0]), int(table[-1]))


def _within_years(name: str, array: npt.NDArray[Any], days: Days) -> tuple[int, int]:
    """The least and greatest of ``days``, if every one is in the years 1 to 9999.

    A missing day (NaT, the least int64) is named first: it is not a date.
    """
    if not len(days):
        return 0, -1
    low, high = int(days.min()), int(days.max())
    _no_missing_day(name, array, days, low)
    if not _FIRST_DAY <= low <= high <= _LAST_DAY:
        row = int(np.flatnonzero((days < _FIRST_DAY) | (days > _LAST_DAY))[0])
        raise _fail_row(
            name, row, str(days[row].astype("datetime64[D]")), "is outside the years 1 to 9999"
        )
    return low, high


def _no_missing_day(name: str, array: npt.NDArray[Any], days: Days, low: int) -> None:
    """Raise if a day of ``days`` (the least ``low``) is missing (NaT), naming its row."""
    if low == _NAT:  # NaT is the least int64
        row = int(np.flatnonzero(days == _NAT)[0])
        value = array[row]
        shown = str(value) if isinstance(value, np.generic) else value  # numpy's NaT: "NaT"
        raise _fail_row(name, row, shown, "is not a date")


_FIRST_DAY: Final = int(np.datetime64("0001-01-01", "D").astype(np.int64))
_LAST_DAY: Final = int(np.datetime64("9999-12-31", "D").astype(np.int64))


_CATEGORIES: Final = {
    "gate": check_gate,
    "valuation": Valuation,
    "growth": read_growth,
    "source": _source,
    "note": read_note,
}
_COUNTS: Final = {
    "net_weight": ("weight", 6, "is finer than a gram (the column is in tonnes)"),
    "vehicles": ("vehicles", 0, "is not a whole number of vehicles"),
}


def _hs(arrays: dict[str, Any], vintage: str | None, size: int) -> Categorical:
    codes, code_values = _text_codes(arrays["hs"], "hs", empty=None)
    if "hs_vintage" in arrays:
        editions, edition_values = _text_codes(arrays["hs_vintage"], "hs_vintage", empty="")
    elif vintage is not None:
        editions, edition_values = np.zeros(size, dtype=np.intp), [vintage]
    else:
        raise InvalidValueError.either_or(
            "an 'hs_vintage' column",
            "hs_vintage=",
            vintage,
            hint="an 'hs' column needs its edition",
        )
    # Each (code, edition) pair a number; the pairs present renumbered densely.
    width = len(edition_values)
    pairs = codes.astype(np.intp) * width + editions
    present = np.flatnonzero(np.bincount(pairs, minlength=1))
    renumber = np.zeros(max(int(pairs.max(initial=0)) + 1, 1), dtype=np.intp)
    renumber[present] = np.arange(len(present), dtype=np.intp)
    distinct: list[Any] = []
    for pair in present.tolist():
        code, edition = code_values[pair // width], edition_values[pair % width]
        distinct.append(None if code is None else (str(code), edition))
    inverse = renumber[pairs]
    return categorical(
        (inverse, distinct),
        "hs",
        lambda pair: HSCode.parse(pair[0], vintage=pair[1]),
        optional=True,
    )


def _text_codes(
    column: Any,  # noqa: ANN401 - any library's column
    name: str,
    *,
    empty: str | None,
) -> tuple[npt.NDArray[np.intp], list[Any]]:
    """Codes from 0 and distinct values, the last one None for the missing ones; "" is ``empty``."""
    try:
        encoded = encode(column)
    except TypeError:
        encoded = None
    codes, uniques = encoded if encoded is not None else _objects(to_numpy(column), name)
    values = [None if missing(value) else empty if value == "" else value for value in uniques]
    return np.where(codes < 0, len(values), codes), [*values, None]
