"""Exact sums of integer columns, whole and by group, and the group keys of several fields."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import numpy.typing as npt

    IntArray: TypeAlias = npt.NDArray[np.int64]


_LIMB: Final = 26
_TINY_SUM: Final = 2**53


def _sum_exact(values: IntArray) -> int:
    """The exact sum of non-negative int64 values below 2**53."""
    if not len(values):
        return 0
    if int(values.max()) * len(values) < _TINY_SUM:
        return int(values.sum())
    low = values & ((1 << _LIMB) - 1)
    return int(low.sum()) + (int((values >> _LIMB).sum()) << _LIMB)


def _group_sums(
    keys: npt.NDArray[Any], values: IntArray, size: int, top: int | None = None
) -> npt.NDArray[Any]:
    """Exact sums of ``values`` by ``keys`` (0 to ``size`` - 1): int64, or Python ints if larger.

    ``top`` is a bound on the values, if known.
    """
    if not len(values):
        return np.zeros(size, dtype=np.int64)
    if top is None:
        top = int(values.max())
    if top * len(values) < _TINY_SUM:
        # Every partial sum is an integer below 2**53: float64 adds them exactly.
        return np.bincount(keys, weights=values, minlength=size).astype(np.int64)
    low = np.zeros(size, dtype=np.int64)
    high = np.zeros(size, dtype=np.int64)
    step = 1 << (53 - _LIMB - 1)  # rows per pass: their halves sum below 2**53
    for first in range(0, len(values), step):
        part = values[first : first + step]
        where = keys[first : first + step]
        low += np.bincount(where, weights=part & ((1 << _LIMB) - 1), minlength=size).astype(
            np.int64
        )
        high += np.bincount(where, weights=part >> _LIMB, minlength=size).astype(np.int64)
    if int(high.max()) < 1 << (62 - _LIMB):
        return (high << _LIMB) + low
    return np.array(
        [(int(up) << _LIMB) + int(down) for up, down in zip(high, low, strict=True)],
        dtype=object,
    )


def _combine(
    parts: Sequence[tuple[npt.NDArray[Any], int, Callable[[int], Any]]], rows: int
) -> tuple[npt.NDArray[Any], int, Callable[[int], tuple[Any, ...]]]:
    """One key per row from the fields' codes, how many keys, and the fields of a key.

    The key space is the product of the fields' sizes; when that is much larger
    than the rows (many HS codes by many gates by many months), the keys that
    occur are numbered instead.
    """
    count = functools.reduce(lambda a, b: a * b, (size for _, size, _ in parts), 1)
    keys = parts[0][0]  # one field: its codes as they are stored
    for codes, size, _ in parts[1:]:
        keys = keys.astype(np.int64, copy=False) * size + codes
    uniques = None
    if count > max(4 * rows, 1 << 20):
        uniques, keys = np.unique(keys, return_inverse=True)
        count = len(uniques)

    def decode(key: int) -> tuple[Any, ...]:
        flat = key if uniques is None else int(uniques[key])
        out = []
        for _, size, value_of in reversed(parts):
            flat, code = divmod(flat, size)
            out.append(value_of(code))
        return tuple(reversed(out))

    return keys, count, decode
