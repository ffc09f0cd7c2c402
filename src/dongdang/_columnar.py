"""Columns from any container, and text columns encoded once by hashing.

The columnar paths (:meth:`FeeSchedule.assess_many
<dongdang.fees.schedule.FeeSchedule.assess_many>` and
:meth:`TradeLedger.extend_columns <dongdang.trade.ledger.TradeLedger.extend_columns>`)
take a mapping of numpy arrays, a pandas or polars DataFrame, or a pyarrow
Table. A text column is read as its few distinct values and, for each row, the
position of its value among them (:func:`encode`): the codes a pandas
categorical, an Arrow dictionary array or a polars Categorical already hold are
used as they are; other columns are hashed once (pandas', polars' or Arrow's
hash table when the column lives there, a hash of a few characters for a
numpy string array), never sorted: a polars String or Arrow text column is
looked up among the values of a sample of its rows, and only the rows the
sample missed are hashed on their own. The caller then reads each distinct
value once.

pandas, polars and pyarrow are optional: a container of one of them is
recognised only if its library is already imported (it must be, to have made
the container), and none is imported otherwise.
"""

from __future__ import annotations

import importlib
import math
import os
import queue
import sys
import threading
from collections.abc import Mapping
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Final, cast, overload

import numpy as np

from dongdang.errors import InvalidTypeError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import numpy.typing as npt

__all__ = [
    "Encoded",
    "Narrow",
    "column_names",
    "columns_of",
    "encode",
    "encode_all",
    "has_codes",
    "kind",
    "missing",
    "to_numpy",
]

#: ``(codes, uniques)``: each row's position among the distinct values, -1 where missing
#: (intp, or int32 as Arrow gives them).
Encoded = tuple["npt.NDArray[np.intp] | npt.NDArray[np.int32]", list[Any]]
#: ``(codes, uniques)`` as :func:`encode` gives them with ``narrow=True``: the codes of a pandas
#: categorical or an Arrow dictionary in the width they are stored in (int8 for a few values).
Narrow = tuple["npt.NDArray[np.signedinteger[Any]]", list[Any]]


def loaded(name: str) -> Any:  # noqa: ANN401 - a module, if its user imported it
    """The module ``name`` if the caller has imported it, else None (never an import)."""
    return sys.modules.get(name)


def kind(container: object) -> str | None:
    """Which library's table or column ``container`` is, if any."""
    module = type(container).__module__.split(".", 1)[0]
    return module if module in {"pandas", "polars", "pyarrow"} else None


def column_names(container: object, what: str) -> list[str]:
    """The column names of a mapping, a pandas or polars DataFrame, or a pyarrow Table."""
    if isinstance(container, Mapping):
        return [str(name) for name in container]
    library = kind(container)
    pandas, polars, arrow = loaded("pandas"), loaded("polars"), loaded("pyarrow")
    if (library == "pandas" and isinstance(container, pandas.DataFrame)) or (
        library == "polars" and isinstance(container, polars.DataFrame)
    ):
        return [str(name) for name in container.columns]
    if library == "pyarrow" and isinstance(container, arrow.Table | arrow.RecordBatch):
        return list(container.column_names)
    raise InvalidTypeError.of_type(
        f"the table given to {what}",
        "a mapping of column name to array, a pandas or polars DataFrame, or a pyarrow Table",
        container,
    )


def columns_of(container: object, names: tuple[str, ...], what: str) -> dict[str, Any]:
    """The columns of ``container`` among ``names``, as the container holds them."""
    present = set(column_names(container, what))
    if isinstance(container, Mapping):
        return {name: container[name] for name in names if name in present}
    if kind(container) == "pyarrow":
        return {name: container.column(name) for name in names if name in present}  # type: ignore[attr-defined]
    return {name: container[name] for name in names if name in present}  # type: ignore[index]


def to_numpy(column: Any) -> npt.NDArray[Any]:  # noqa: ANN401 - a column of any library
    """A column as a numpy array: a pandas or polars Series, an Arrow array, or array-like.

    Missing values of a number column become NaN (float), of a date column NaT.
    """
    library = kind(column)
    if library == "pandas":
        pandas = loaded("pandas")
        extension = not isinstance(column.dtype, np.dtype)  # nullable: NA, not NaN
        if extension and pandas.api.types.is_numeric_dtype(column.dtype) and column.hasnans:
            return np.asarray(column.to_numpy(dtype=np.float64, na_value=np.nan))
    elif library == "pyarrow":
        arrow = loaded("pyarrow")
        if arrow.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        if arrow.types.is_integer(column.type) and column.null_count:
            column = column.cast(arrow.float64())
        return np.asarray(column.to_numpy(zero_copy_only=False))
    elif (
        library == "polars"
        and (column.dtype.is_float() or column.dtype.is_integer())
        and column.null_count()
    ):  # nulls filled by polars: its to_numpy fills a copy row by row
        column = column.cast(loaded("polars").Float64).fill_null(math.nan)
    if library is not None:
        return np.asarray(column.to_numpy())
    return np.asarray(column)


@overload
def encode(column: object) -> Encoded | None: ...


@overload
def encode(column: object, *, narrow: bool) -> Narrow | None: ...


def encode(column: object, *, narrow: bool = False) -> Narrow | None:
    """The distinct values of a text column and each row's position among them.

    Missing values (None, NaN, pandas.NA, Arrow or polars nulls) get code -1.
    The distinct values are in no particular order and may repeat, or be
    missing themselves (an Arrow dictionary may hold a null); None when the
    column holds no text (numbers, dates, bytes): the caller names it.

    The codes are intp (or int32, as Arrow hashes); with ``narrow``, the codes
    a pandas categorical or an Arrow dictionary holds come in the width they
    are stored in (int8 for up to 128 values), not widened: a caller that only
    gathers with them reads an eighth of the memory.
    """
    library = kind(column)
    if library is not None:
        return _BY_LIBRARY[library](column, narrow)
    array = np.asarray(column)
    if array.ndim != 1 or array.dtype.kind not in "UO":
        return None
    if array.dtype.kind == "U":
        return factorize_strings(array)
    pandas = loaded("pandas")
    if pandas is None:
        return _factorize_objects(array)
    codes, uniques = pandas.factorize(array)
    return codes.astype(np.intp, copy=False), list(uniques)


def has_codes(column: object) -> bool:
    """Whether ``column`` holds codes of its own (a pandas categorical, an Arrow dictionary).

    Their codes are read as they are (:func:`encode` with ``narrow``), nothing hashed.
    """
    library = kind(column)
    if library == "pandas":
        return isinstance(getattr(column, "dtype", None), loaded("pandas").CategoricalDtype)
    if library == "pyarrow":
        return bool(loaded("pyarrow").types.is_dictionary(getattr(column, "type", None)))
    return False


def encode_all(columns: Mapping[str, object]) -> dict[str, Encoded | None]:
    """:func:`encode` of each of ``columns`` (of one length).

    The columns to hash that are not Python objects (polars String, pandas
    text held by Arrow, Arrow text that is not a dictionary) are hashed on
    threads of the call (:func:`on_threads`), as many at once as there are
    cores the process may use, when there are two or more and enough rows
    (:func:`worth_threads`): polars and Arrow release the interpreter while
    they hash.
    """
    encoded: dict[str, Encoded | None] = {}
    hashed = [name for name, column in columns.items() if _hashed_on_threads(column)]
    if len(hashed) > 1 and worth_threads(len(columns[hashed[0]])):  # type: ignore[arg-type]
        found = on_threads(encode, [columns[name] for name in hashed])
        encoded.update(zip(hashed, found, strict=True))
    return {
        name: encoded[name] if name in encoded else encode(column)
        for name, column in columns.items()
    }


def _hashed_on_threads(column: object) -> bool:
    """Whether :func:`encode` hashes ``column`` with polars or Arrow: String, plain text."""
    library = kind(column)
    if library == "pandas":
        return _held_by_arrow(column) is not None
    if library == "polars":
        return bool(column.dtype == loaded("polars").String)  # type: ignore[attr-defined]
    if library != "pyarrow":
        return False
    return _arrow_text(loaded("pyarrow"), column.type)  # type: ignore[attr-defined]


def _arrow_text(arrow: Any, kind: Any) -> bool:  # noqa: ANN401 - pyarrow and an Arrow type
    """Whether the Arrow type ``kind`` is text (string, large string or string view)."""
    return bool(
        arrow.types.is_string(kind)
        or arrow.types.is_large_string(kind)
        or arrow.types.is_string_view(kind)
    )


def _pandas(series: Any, narrow: bool = False) -> Narrow | None:  # noqa: ANN401, FBT001, FBT002
    pandas = loaded("pandas")
    if isinstance(series.dtype, pandas.CategoricalDtype):
        codes = series.array.codes  # pandas' own codes, read only (``cat.codes`` copies them)
        return codes if narrow else codes.astype(np.intp), list(series.cat.categories)
    if series.dtype.kind in "iufbcmM":
        return None
    held = _held_by_arrow(series)
    if held is not None:  # pandas' own text type: Arrow's array, hashed as Arrow text
        return _arrow(held)
    codes, uniques = pandas.factorize(series)
    return codes.astype(np.intp, copy=False), list(uniques)


def _polars(series: Any, narrow: bool = False) -> Encoded | None:  # noqa: ANN401, ARG001, FBT001, FBT002 - codes renumbered: intp
    polars = loaded("polars")
    if isinstance(series.dtype, polars.Enum):  # codes are positions among its categories
        stored, blank = _physical(series)
        codes = _nulls_marked(stored.astype(np.intp), stored, blank)
        return codes, series.dtype.categories.to_list()
    if series.dtype == polars.String:
        return _polars_looked_up(series)
    if not isinstance(series.dtype, polars.Categorical):
        return None
    return _categorical(series)


def _physical(series: Any) -> tuple[npt.NDArray[Any], int | None]:  # noqa: ANN401
    """A polars Categorical or Enum's codes as stored, and the code standing for null.

    Null is one more than the greatest code (None when no value is null).
    """
    physical = series.to_physical()
    if not physical.null_count():
        return physical.to_numpy(), None
    top = physical.max()
    blank = 0 if top is None else int(top) + 1
    return physical.fill_null(blank).to_numpy(), blank


def _nulls_marked(codes: npt.NDArray[Any], stored: npt.NDArray[Any], blank: int | None) -> Any:  # noqa: ANN401
    """``codes`` as intp, -1 where ``stored`` is ``blank``."""
    codes = codes.astype(np.intp, copy=False)
    if blank is not None:
        codes[stored == blank] = -1
    return codes


#: Rows looked at first for the first row holding each code.
_PREFIX: Final = 4096


def _categorical(series: Any) -> Encoded:  # noqa: ANN401 - a polars Categorical Series
    """Codes of a polars Categorical, renumbered from 0, and their texts.

    Its codes index a mapping of strings shared by the process: the codes
    present are counted, renumbered densely (consecutive ones, as a column's
    first cast numbers them, by one subtraction) and named by the first row
    holding each (found among the first rows, as a rule).
    """
    stored, blank = _physical(series)
    if not len(stored):
        return np.zeros(0, dtype=np.intp), []
    top = int(stored.max())
    dense = top < max(4 * len(stored), 1 << 16)  # else a large shared mapping: sorted
    present = np.flatnonzero(np.bincount(stored, minlength=top + 1)) if dense else np.unique(stored)
    present = present[present != blank]
    names = series.gather(_first_rows(stored, present)).cast(loaded("polars").String).to_list()
    if blank is None and int(present[-1]) - int(present[0]) == len(present) - 1:
        # consecutive codes (those a column's first cast gives it): one subtraction, int32
        return np.subtract(stored, stored.dtype.type(present[0]), dtype=np.int32), names
    if dense:  # one gather: the code of null is not present, so it gets -1
        table = np.full(top + 1, -1, dtype=np.intp)
        table[present] = np.arange(len(present), dtype=np.intp)
        return table[stored], names
    return _nulls_marked(np.searchsorted(present, stored), stored, blank), names


def _first_rows(stored: npt.NDArray[Any], present: npt.NDArray[Any]) -> npt.NDArray[np.intp]:
    """For each code in ``present``, the first row holding it."""
    first: dict[int, int] = {}
    for row, code in enumerate(stored[:_PREFIX].tolist()):
        first.setdefault(code, row)
    rows = [first.get(code) for code in present.tolist()]
    return np.array(
        [
            int(np.argmax(stored == code)) if row is None else row
            for code, row in zip(present.tolist(), rows, strict=True)
        ],
        dtype=np.intp,
    )


def _arrow(array: Any, narrow: bool = False) -> Narrow | None:  # noqa: ANN401, FBT001, FBT002 - an Arrow array
    arrow = loaded("pyarrow")
    compute = importlib.import_module("pyarrow.compute")
    if isinstance(array, arrow.Array):
        array = arrow.chunked_array([array], type=array.type)
    kind = array.type.value_type if arrow.types.is_dictionary(array.type) else array.type
    if not _arrow_text(arrow, kind):
        return None
    if not arrow.types.is_dictionary(array.type):
        if not arrow.types.is_string_view(kind):
            return _looked_up(array)
        array = compute.dictionary_encode(array)
    array = array.unify_dictionaries()
    if array.num_chunks == 0:
        return np.zeros(0, dtype=np.intp), []
    dictionary = array.chunk(0).dictionary
    indices = arrow.chunked_array([chunk.indices for chunk in array.chunks])
    if indices.null_count:
        indices = indices.fill_null(-1)
    codes = indices.to_numpy()
    if narrow and codes.dtype.kind == "i":  # signed, as Arrow's own indices: kept as stored
        return codes, dictionary.to_pylist()
    if codes.dtype != np.int32:  # Arrow's own indices are int32: kept, not widened
        codes = codes.astype(np.intp)
    return codes, dictionary.to_pylist()


_BY_LIBRARY: Final = {"pandas": _pandas, "polars": _polars, "pyarrow": _arrow}


def first_not_a_date(array: npt.NDArray[Any]) -> tuple[int, object]:
    """The row and value of the first of ``array`` numpy cannot read as a day.

    Called once reading the whole column has failed, so that the error names
    the value at fault rather than the column; a missing value is not at fault.

    >>> first_not_a_date(np.array(["2025-01-31", "2025-13-01"]))
    (1, '2025-13-01')
    """
    for row, value in enumerate(array.tolist()):
        try:
            np.asarray([None if missing(value) else value], dtype="datetime64[D]")
        except (ValueError, TypeError):
            return row, value
    return 0, array  # pragma: no cover - the column failed, so one of its values does


def missing(value: object) -> bool:
    """None, NaN, pandas.NA and other values unequal to themselves."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    # NaN-likes are unequal to themselves; pandas.NA has no truth value at all.
    try:
        return bool(value != value)  # noqa: PLR0124 - NaN-like values
    except TypeError:
        return True
    except ValueError:  # an array: not missing, and refused where it is read
        return False


def same_values(first: object, second: object) -> bool:
    """Whether two columns hold the same values, a missing one (:func:`missing`) equal to another.

    >>> same_values(np.array([1.5, np.nan]), np.array([1.5, np.nan]))
    True
    >>> same_values(np.array(["a", None], dtype=object), np.array(["a", "b"], dtype=object))
    False
    >>> same_values(np.array(["a", None], dtype=object), np.array(["a", np.nan], dtype=object))
    True
    >>> same_values(np.array([1, 2]), np.array([1, 2, 3]))
    False
    >>> same_values(np.array([1.5, np.nan]), np.array(["1.5", "nan"]))
    False
    """
    left, right = np.asarray(first), np.asarray(second)
    if left.shape != right.shape:
        return False
    if "O" not in (left.dtype.kind, right.dtype.kind):
        nan_able = {left.dtype.kind, right.dtype.kind} <= set("fcmM")
        return bool(np.array_equal(left, right, equal_nan=nan_able))
    return all(
        (missing(a) and missing(b)) or (not missing(a) and not missing(b) and a == b)
        for a, b in zip(left.tolist(), right.tolist(), strict=True)
    )


def _factorize_objects(array: npt.NDArray[Any]) -> Encoded:
    """A hash table over Python objects, for object arrays when pandas is not loaded."""
    positions: dict[object, int] = {}
    uniques: list[Any] = []
    codes = np.empty(len(array), dtype=np.intp)
    for row, value in enumerate(array.tolist()):
        if isinstance(value, str):
            key: object = value
        elif missing(value):
            codes[row] = -1
            continue
        else:
            key = value
        try:
            code = positions.get(key)
        except TypeError:  # unhashable: a value of its own, refused by the caller
            code = None
            key = None
        if code is None:
            code = len(uniques)
            uniques.append(value)
            if key is not None:
                positions[key] = code
        codes[row] = code
    return codes, uniques


#: Rows sampled to find the distinct values of a string array and the characters telling them apart.
_SAMPLE: Final = 4096
#: Rows hashed and confirmed at a time (a few megabytes of text at most).
_CHUNK: Final = 1 << 14
#: Characters read per row, at most: they make a 64-bit key (a hash: the comparison confirms).
_KEY_CHARACTERS: Final = 8
_MULTIPLIER: Final = 0x9E3779B1
#: Candidates the choice of positions looks at, at most; one more than Unicode's code points.
_GREEDY: Final = 512
_CODE_POINTS: Final = 0x110000
_FIBONACCI: Final = 0x9E3779B97F4A7C15


def factorize_strings(values: npt.NDArray[np.str_]) -> Encoded:
    """Factorise a numpy string array in linear time, without sorting it.

    A sample of the rows gives candidate distinct values and up to eight
    character positions that tell them apart; each row's characters there make
    an integer key, looked up among the candidates' keys; one comparison
    of every row with its candidate confirms it. The rows it does not confirm
    (values the sample missed) are factorised again on their own, or, when
    they are most of the rows (mostly distinct values), by a Python hash table.

    >>> codes, uniques = factorize_strings(np.array(["fruit", "ore", "fruit", ""]))
    >>> [uniques[code] for code in codes]
    ['fruit', 'ore', 'fruit', '']
    """
    values = np.ascontiguousarray(values)
    size = len(values)
    width = values.dtype.itemsize // 4
    if size == 0 or width == 0:
        return np.zeros(size, dtype=np.intp), ([""] if size else [])
    step = max(1, size // _SAMPLE)
    uniques = list(dict.fromkeys(values[::step].tolist()))
    candidates = np.array(uniques, dtype=values.dtype)
    columns = _telling_apart(candidates.view(np.uint32).reshape(len(uniques), width))
    # A direct-mapped hash table of the candidates' keys, at least eight slots each: a
    # candidate losing its slot to another is found again with the rows not confirmed.
    bits = max(8, (8 * len(uniques)).bit_length())
    slots = np.full(1 << bits, len(uniques), dtype=np.intp)
    known = _hashes(candidates.view(np.uint32).reshape(len(uniques), width), columns, bits)
    slots[known[::-1]] = np.arange(len(uniques), dtype=np.intp)[::-1]
    chars = values.view(np.uint32).reshape(size, width)
    codes = np.empty(size, dtype=np.intp)
    confirmed = np.empty(size, dtype=np.bool_)
    # A chunk of rows at a time: the candidates gathered for the comparison stay in cache.
    for start in range(0, size, _CHUNK):
        rows = slice(start, start + _CHUNK)
        found = slots[_hashes(chars[rows], columns, bits)]
        empty = found == len(uniques)  # an empty slot: a value the sample did not see
        np.equal(values[rows], candidates[np.where(empty, 0, found)], out=confirmed[rows])
        confirmed[rows] &= ~empty
        codes[rows] = found
    rest = np.flatnonzero(~confirmed)
    if 2 * len(rest) <= size:  # the rest on its own, at most half as many rows each time
        if len(rest):
            more_codes, more = factorize_strings(values[rest])
            codes[rest] = _merge(uniques, more)[more_codes]
    else:  # mostly distinct values: a Python hash table is as good as any
        seen = {text: code for code, text in enumerate(uniques)}
        for row, text in zip(rest.tolist(), values[rest].tolist(), strict=True):
            code = seen.get(text)
            if code is None:
                code = seen[text] = len(uniques)
                uniques.append(text)
            codes[row] = code
    return codes.astype(np.intp, copy=False), uniques


def _merge(uniques: list[str], more: list[str]) -> npt.NDArray[np.intp]:
    """Add ``more`` to ``uniques`` (in place) and give each one's position there."""
    seen = {text: code for code, text in enumerate(uniques)}
    positions = []
    for text in more:
        code = seen.get(text)
        if code is None:
            code = seen[text] = len(uniques)
            uniques.append(text)
        positions.append(code)
    return np.array(positions, dtype=np.intp)


def _telling_apart(candidates: npt.NDArray[np.uint32]) -> list[int]:
    """A few character positions whose code points tell the candidates apart.

    Greedy: each step takes the position that splits the groups of candidates
    alike so far into the most groups.
    """
    chars = candidates[:_GREEDY].astype(np.int64)
    groups = np.zeros(len(chars), dtype=np.int64)
    chosen: list[int] = []
    count = 1
    while len(chosen) < _KEY_CHARACTERS and count < len(chars):
        pairs = np.sort(groups[:, None] * _CODE_POINTS + chars, axis=0)
        splits = (np.diff(pairs, axis=0) != 0).sum(axis=0) + 1
        best = int(np.argmax(splits))
        chosen.append(best)
        count = int(splits[best])
        groups = np.unique(groups * _CODE_POINTS + chars[:, best], return_inverse=True)[1]
    return chosen or [0]


def _hashes(chars: npt.NDArray[np.uint32], columns: list[int], bits: int) -> npt.NDArray[np.intp]:
    """A ``bits``-bit multiplicative hash of the code points at ``columns`` of each row."""
    keys = chars[:, columns[0]].astype(np.uint64)
    for column in columns[1:]:
        keys *= np.uint64(_MULTIPLIER)
        keys += chars[:, column]
    keys *= np.uint64(_FIBONACCI)
    keys >>= np.uint64(64 - bits)
    return keys.astype(np.intp)


# -- Arrow text hashed against a sample's values, on threads of the call ----

#: Rows from which text columns are hashed on threads (below, handing them over costs more).
_THREADED_ROWS: Final = 1 << 16


def worth_threads(rows: int) -> bool:
    """Whether a table of ``rows`` rows is worth reading on threads (:data:`_THREADED_ROWS`).

    >>> worth_threads(10), worth_threads(1_000_000)
    (False, True)
    """
    return rows >= _THREADED_ROWS


def _held_by_arrow(series: Any) -> Any:  # noqa: ANN401 - a pandas Series; an Arrow array
    """The Arrow array holding a pandas text Series (``str``, ``string[pyarrow]``), or None."""
    dtype = series.dtype
    pandas = loaded("pandas")
    if isinstance(dtype, pandas.StringDtype):
        held = dtype.storage != "python"
    else:
        arrow = loaded("pyarrow")
        held = isinstance(dtype, pandas.ArrowDtype) and _arrow_text(arrow, dtype.pyarrow_dtype)
    return series.array.__arrow_array__() if held else None


def _looked_up(array: Any) -> Encoded | None:  # noqa: ANN401 - a chunked Arrow string array
    """Codes of Arrow text by its distinct values: a sample's, then those the sample missed.

    Looking each row up among a few known values (``index_in``) is cheaper than
    building the hash table row by row (``dictionary_encode``); the rows whose
    value the sample missed are dictionary-encoded on their own. A sample of
    mostly distinct values: the whole column is dictionary-encoded.
    """
    compute = importlib.import_module("pyarrow.compute")
    size = len(array)
    step = max(1, size // _SAMPLE)
    known = compute.unique(array.take(np.arange(0, size, step))).drop_null()
    if 2 * len(known) > _SAMPLE:  # mostly distinct values
        return _arrow(compute.dictionary_encode(array))
    found = compute.index_in(array, value_set=known)
    codes = _arrow_codes(found)
    uniques = known.to_pylist()
    if found.null_count > array.null_count:  # values the sample missed
        codes = codes.copy()
        rest = np.flatnonzero((codes < 0) & _arrow_codes(compute.is_valid(array)))
        more_codes, more = cast("Encoded", _arrow(compute.dictionary_encode(array.take(rest))))
        codes[rest] = len(uniques) + np.asarray(more_codes)
        uniques += more
    return codes, uniques


def _polars_looked_up(series: Any) -> Encoded:  # noqa: ANN401 - a polars String Series
    """Codes of polars text by its distinct values: a sample's, then those the sample missed.

    The column is cast to an Enum of the sample's values (each row looked up
    among a few, by polars, on its threads), or, when the sample holds only a
    few values (:data:`_FEW`: directions, measures), compared with each of
    them, which costs less than a lookup per row; the rows whose value the
    sample missed are cast to Categorical on their own. A sample of mostly
    distinct values: the whole column is cast to Categorical.
    """
    polars = loaded("polars")
    step = max(1, len(series) // _SAMPLE)
    known = series.gather_every(step).unique(maintain_order=True).drop_nulls()
    if 2 * len(known) > _SAMPLE:  # mostly distinct values
        return _categorical(series.cast(polars.Categorical))
    if 0 < len(known) <= _FEW:
        found = _polars_compared(series, known.to_list())
    else:
        found = series.cast(polars.Enum(known), strict=False)
    stored, blank = _physical(found)
    codes = stored.astype(np.int32)  # as Arrow gives them: half the bytes of intp
    if blank is not None:
        codes[stored == blank] = -1
    uniques = known.to_list()
    if found.null_count() > series.null_count():  # values the sample missed
        rest = np.flatnonzero((codes < 0) & series.is_not_null().to_numpy())
        more_codes, more = _categorical(series.gather(rest).cast(polars.Categorical))
        codes[rest] = len(uniques) + more_codes
        uniques += more
    return codes, uniques


#: Distinct values up to which polars text is compared with each value rather than looked up.
_FEW: Final = 4


def _polars_compared(series: Any, known: list[str]) -> Any:  # noqa: ANN401 - polars Series
    """Each row's position among ``known`` (a few texts), null where it is none of them.

    One comparison of the column with each value, by polars: for a few values
    (a column of directions), cheaper than looking each row up in a hash table.
    """
    polars = loaded("polars")
    text = polars.col("text")
    codes = polars.when(text == known[0]).then(0)
    for code, value in enumerate(known[1:], 1):
        codes = codes.when(text == value).then(code)
    frame = series.to_frame("text")
    return frame.select(codes.otherwise(None).cast(polars.Int32)).to_series()


def _arrow_codes(array: Any) -> Any:  # noqa: ANN401 - an Arrow array of int32 or bool
    """An Arrow array as numpy, nulls as -1."""
    if array.null_count:
        array = array.fill_null(-1)
    return array.to_numpy()


def on_threads(function: Callable[[Any], Any], arguments: Sequence[object]) -> list[Any]:
    """``function`` of each argument, in order, on threads of this call; the first error raised.

    The calling thread takes tasks too, beside as many threads as there are
    cores the process may use, less one (:func:`_cores`), and no more than
    there are tasks for them; it waits for them before returning or raising, so
    no thread outlives the call (nor is there one to lose in a child made by
    ``fork``). On one core, the calling thread does everything.
    """
    tasks: queue.SimpleQueue[tuple[Callable[[Any], Any], object, Future[Any]]]
    tasks = queue.SimpleQueue()
    futures: list[Future[Any]] = []
    for argument in arguments:
        future: Future[Any] = Future()
        futures.append(future)
        tasks.put((function, argument, future))

    def work() -> None:
        while True:
            try:
                task = tasks.get_nowait()
            except queue.Empty:
                return
            _run(*task)

    count = min(_cores() - 1, len(arguments) - 1)
    threads = [
        threading.Thread(target=work, name=f"dongdang-encode-{number}")
        for number in range(max(count, 0))
    ]
    for thread in threads:
        thread.start()
    try:
        work()
    finally:
        for thread in threads:
            thread.join()
    return [future.result() for future in futures]


def _run(function: Callable[[Any], Any], argument: object, future: Future[Any]) -> None:
    """``function(argument)`` into ``future``: its result, or the error it raised."""
    try:
        future.set_result(function(argument))
    except BaseException as error:  # noqa: BLE001 - raised again by the caller
        future.set_exception(error)


def _cores() -> int:
    """The cores this process may run on: its CPU affinity where the system keeps one.

    A container, a batch job or ``taskset`` may give the process fewer cores
    than the machine has, which ``os.cpu_count()`` counts; where there is no
    affinity (macOS, Windows), all of them.
    """
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
