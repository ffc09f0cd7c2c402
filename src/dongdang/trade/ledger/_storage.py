"""How a ledger stores flows: column types, category codes, day numbers, constant columns."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from dongdang.trade._columns import EPOCH
from dongdang.trade.flows import Direction, Measure, Valuation

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    import numpy.typing as npt


_DEFAULT_DECIMALS: Final = {"USD": 2, "CNY": 2, "VND": 0}
_DIRECTIONS: Final = tuple(Direction)
_MEASURES: Final = tuple(Measure)
_VALUATIONS: Final = (None, *Valuation)
_PLAIN: Final = {
    "direction": ("direction", _DIRECTIONS),
    "measure": ("measure", _MEASURES),
    "valuation": ("valuation", _VALUATIONS),
    "estimated": ("estimated", (False, True)),
}
_SIGNS: Final = np.array([direction.sign for direction in _DIRECTIONS], dtype=np.int64)
_COLUMN_TYPES: Final = {
    "value": np.int64,
    "exponent": np.int8,
    "direction": np.int8,
    "measure": np.int8,
    "gate": np.int32,
    "start": np.int32,
    "end": np.int32,
    "month0": np.int32,
    "month1": np.int32,
    "hs": np.int32,
    "weight": np.int64,
    "vehicles": np.int64,
    "valuation": np.int8,
    "estimated": np.bool_,
    "growth": np.int32,
    "source": np.int32,
    "note": np.int32,
}


_FINEST: Final = 9  # decimals: a flow then holds up to 9 million units of its currency


class _Vocabulary:
    """Codes for the values of a categorical column; code 0 is None."""

    __slots__ = ("index", "items")

    def __init__(self, items: Iterable[Any] = (None,)) -> None:
        self.items: list[Any] = list(items)
        self.index: dict[Any, int] = {item: code for code, item in enumerate(self.items)}

    def code(self, item: object) -> int:
        found = self.index.get(item)
        if found is None:
            found = self.index[item] = len(self.items)
            self.items.append(item)
        return found

    def codes(self, items: Sequence[Any]) -> npt.NDArray[np.int32]:
        return np.array([self.code(item) for item in items], dtype=np.int32)

    def rollback(self, size: int) -> None:
        """Forget the values given codes since there were ``size`` of them."""
        for item in self.items[size:]:
            del self.index[item]
        del self.items[size:]


def _day(value: int) -> dt.date:
    return dt.date.fromordinal(int(value) + EPOCH)


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _constant(value: object, size: int, dtype: type[np.generic]) -> npt.NDArray[Any]:
    """A read-only column of ``size`` rows holding ``value``, in the memory of one."""
    return np.broadcast_to(np.asarray(value, dtype=dtype), (size,))


def _is_constant(column: npt.NDArray[Any]) -> bool:
    """Whether ``column`` is one value seen ``len(column)`` times (from :func:`_constant`)."""
    return len(column) > 1 and column.strides == (0,)


def _gather(table: npt.NDArray[Any], codes: npt.NDArray[np.signedinteger[Any]]) -> npt.NDArray[Any]:
    """``table[codes]`` (codes from 0); one value, not a column of copies, when the table has one.

    A table of consecutive codes (a ledger's first load: its codes follow the
    column's) is one addition, not a gather.
    """
    if len(table) == 1:  # one value (the codes are positions in the table): every row's
        return np.broadcast_to(table[0], codes.shape)
    if len(table) and bool(np.array_equal(table, np.arange(len(table)) + table[0])):
        shifted: npt.NDArray[Any] = np.add(codes, table[0], dtype=table.dtype)
        return shifted
    return np.take(table, codes)  # faster than table[codes] for narrow codes (no intp copy)
