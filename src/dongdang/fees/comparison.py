"""A reform beside its baseline over the same crossings: fees per row and tables that add up.

:func:`compare` assesses one table of crossings (the columns of
:mod:`dongdang.fees.columns`) under a baseline schedule and under a reform,
each with :meth:`~dongdang.fees.schedule.FeeSchedule.assess_many`, and keeps
both int64 columns of đồng. :meth:`FeeComparison.by` adds them up, exactly,
by any of

===========  ==============================================================================
key          what a row is filed under
===========  ==============================================================================
``gate``     the ``gate`` column's code (the table must have the column)
``line``     the reporting line: ``phí sang tải`` (transshipment) for the ``yard_only``
             journey, ``phí ra vào cửa khẩu`` (entry–exit) for the others: dongdang's
             reading of the Management Board's two lines
``month``    the month of the ``date`` column, ``"2026-01"``
``vehicle``  the container size (``"40ft"``), or the first payload bracket of the
             baseline's rates (by low end, then high end) that holds the payload
             (``"[0, 2)"``)
===========  ==============================================================================

The tables add up: the rows of a table by gate sum to its total, which is the
sum of the per-row fees.

>>> import numpy as np
>>> from dongdang.fees import lang_son_fee_schedule
>>> from dongdang.fees.comparison import compare
>>> from dongdang.fees.reforms import Reform, SetCap
>>> baseline = lang_son_fee_schedule()
>>> cap = Reform(
...     id="cap3m",
...     start=dt.date(2026, 1, 1),
...     vi="Hạ mức trần xuống 3.000.000 đồng/lượt/xe",
...     en="Ceiling lowered to 3,000,000 đồng per trip",
...     changes=[SetCap(amount=3_000_000)],
... )
>>> crossings = {
...     "date": np.array(["2025-12-31", "2026-01-02", "2026-01-02"], dtype="datetime64[D]"),
...     "container": np.array(["40ft", "40ft", ""]),
...     "payload": np.array([np.nan, np.nan, 1.5]),
...     "regime": np.array(["temporary_import_reexport"] * 2 + ["export"]),
...     "goods": np.array(["agricultural_products"] * 2 + ["fresh_produce"]),
...     "gate": np.array(["huu-nghi", "huu-nghi", "tan-thanh"]),
... }
>>> comparison = compare(crossings, baseline, cap)
>>> comparison.difference
array([       0, -1000000,        0])
>>> comparison.by("gate", "month").rows
(ComparisonRow(key=('huu-nghi', '2025-12'), crossings=1, baseline=4000000, reform=4000000), \
ComparisonRow(key=('huu-nghi', '2026-01'), crossings=1, baseline=4000000, reform=3000000), \
ComparisonRow(key=('tan-thanh', '2026-01'), crossings=1, baseline=100000, reform=100000))
>>> comparison.total()
ComparisonRow(key=(), crossings=3, baseline=8100000, reform=7100000)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, final

import attrs
import numpy as np

from dongdang._columnar import columns_of, encode, missing, same_values, to_numpy
from dongdang._frames import FrameColumns
from dongdang._validators import grouping_keys
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.fees.collections import FeeLine
from dongdang.fees.columns import COLUMNS, _first_float, assess_columns, read_rows
from dongdang.fees.crossings import Journey
from dongdang.fees.reforms import Reform
from dongdang.fees.schedule import FeeSchedule
from dongdang.fees.vehicles import PayloadBracket

if TYPE_CHECKING:
    from collections.abc import Iterator

    # Written out, not np and npt, where the docs show them: they link by full names.
    import numpy  # noqa: ICN001
    import numpy.typing  # noqa: ICN001, TC004 - np at run time; these for the docs
    import numpy.typing as npt

__all__ = ["KEYS", "ComparisonRow", "ComparisonTable", "FeeComparison", "compare"]

#: The keys :meth:`FeeComparison.by` groups by.
KEYS: Final = ("gate", "line", "month", "vehicle")
#: Below this, float64 sums of whole numbers are exact.
_EXACT_FLOAT: Final = 2**53


@final
@attrs.frozen
class ComparisonRow:
    """The crossings of one group and their fees under the baseline and the reform, in đồng."""

    key: tuple[str, ...]
    crossings: int
    baseline: int
    reform: int

    @property
    def difference(self) -> int:
        """Reform minus baseline, in đồng."""
        return self.reform - self.baseline


def _frame(columns: dict[str, list[Any]], values: dict[str, list[int]], *, exact: bool) -> Any:  # noqa: ANN401
    """Keys as categoricals, ``crossings`` a count, each of ``values`` in đồng (``<name>_dong``)."""
    frame = FrameColumns(exact=exact)
    for name, column in columns.items():
        if name == "crossings":
            frame.count(name, column)
        else:
            frame.code(name, column)
    for name, numbers in values.items():
        frame.number(name, numbers, "VND")
    return frame.frame()


def _sums_text(total: ComparisonRow) -> str:
    """The crossings and the sums of a total, as the reprs write them."""
    return (
        f"{total.crossings} crossings, baseline {total.baseline} đồng, "
        f"reform {total.reform} đồng, difference {total.difference:+d} đồng"
    )


@final
@attrs.frozen
class ComparisonTable:
    """Fees by group under the baseline and the reform; the rows add up to :meth:`total`.

    Attributes:
        by: the keys, such as ``("gate", "month")``.
        rows: one row per group with crossings, sorted by key.
    """

    by: tuple[str, ...]
    rows: tuple[ComparisonRow, ...]

    def __iter__(self) -> Iterator[ComparisonRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        rows = f"{len(self.rows)} rows"
        return f"<ComparisonTable by {', '.join(self.by)}: {rows}, {_sums_text(self.total())}>"

    def total(self) -> ComparisonRow:
        """All the rows added up."""
        return ComparisonRow(
            key=(),
            crossings=sum(row.crossings for row in self.rows),
            baseline=sum(row.baseline for row in self.rows),
            reform=sum(row.reform for row in self.rows),
        )

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """A pandas DataFrame: a column per key, ``crossings``, and the fees in đồng.

        ``baseline_dong``, ``reform_dong`` and ``difference_dong`` are
        float64, or Decimal with ``exact=True``.
        """
        columns: dict[str, list[Any]] = {
            name: [row.key[at] for row in self.rows] for at, name in enumerate(self.by)
        }
        columns["crossings"] = [row.crossings for row in self.rows]
        return _frame(
            columns,
            {
                "baseline": [row.baseline for row in self.rows],
                "reform": [row.reform for row in self.rows],
                "difference": [row.difference for row in self.rows],
            },
            exact=exact,
        )


def _sums(codes: npt.NDArray[np.intp], size: int, values: npt.NDArray[np.int64]) -> list[int]:
    """The exact sum of ``values`` by code."""
    if len(values) and int(np.abs(values).max()) * len(values) >= _EXACT_FLOAT:
        sums = np.zeros(size, dtype=object)
        np.add.at(sums, codes, values.astype(object))
        return [int(value) for value in sums]
    return [int(value) for value in np.bincount(codes, weights=values, minlength=size)]


def _text_codes(column: object, what: str) -> tuple[npt.NDArray[np.intp], list[str]]:
    """A text column as codes into its sorted distinct texts (a missing value is ``""``)."""
    encoded = encode(column)
    if encoded is None:
        raise InvalidTypeError.must_hold(f"column {what!r}", "text", column)
    codes, uniques = encoded
    texts = ["" if missing(value) else str(value) for value in uniques]
    labels = sorted(set(texts) | ({""} if (codes < 0).any() else set()))
    where = {label: position for position, label in enumerate(labels)}
    lookup = np.array([where[text] for text in texts] + [where.get("", 0)], dtype=np.intp)
    return lookup[codes], labels


@final
class CrossingGroups:
    """A table of crossings grouped by gate, fee line, month or vehicle class (:data:`KEYS`).

    The one grouping of the fees package: comparisons, scenario tables and
    assessed crossings add their columns up with it. Each key's codes are
    computed once. ``schedule`` gives the payload brackets of the ``vehicle``
    key.
    """

    def __init__(self, columns: dict[str, Any], schedule: FeeSchedule, rows: int) -> None:
        self.columns = columns
        self._schedule = schedule
        self._rows = rows
        self._keys: dict[str, tuple[npt.NDArray[np.intp], list[str]]] = {}

    def __eq__(self, other: object) -> bool:
        """Equal when the crossings and the schedule are (the codes cached are not compared)."""
        if not isinstance(other, CrossingGroups):
            return NotImplemented
        return (
            self._rows == other._rows
            and self._schedule == other._schedule
            and self.columns.keys() == other.columns.keys()
            and all(
                same_values(column, other.columns[name]) for name, column in self.columns.items()
            )
        )

    __hash__ = None  # type: ignore[assignment]  # its columns are numpy arrays

    def key(self, name: str) -> tuple[npt.NDArray[np.intp], list[str]]:
        if name not in self._keys:
            self._keys[name] = getattr(self, f"_{name}_key")()
        return self._keys[name]

    def _gate_key(self) -> tuple[npt.NDArray[np.intp], list[str]]:
        if "gate" not in self.columns:
            raise InvalidValueError.missing_columns(
                "'gate'", self.columns, hint="by('gate') needs the crossings' gates"
            )
        return _text_codes(self.columns["gate"], "gate")

    def _line_key(self) -> tuple[npt.NDArray[np.intp], list[str]]:
        labels = [FeeLine.ENTRY_EXIT.value, FeeLine.TRANSSHIPMENT.value]
        if "journey" not in self.columns:
            return np.zeros(self._rows, dtype=np.intp), labels[:1]
        codes, texts = _text_codes(self.columns["journey"], "journey")
        yard = np.array([text == Journey.YARD_ONLY.value for text in texts], dtype=np.intp)
        return yard[codes], labels

    def _month_key(self) -> tuple[npt.NDArray[np.intp], list[str]]:
        days = to_numpy(self.columns["date"])
        months = np.asarray(days, dtype="datetime64[D]").astype("datetime64[M]")
        numbers = months.view(np.int64)
        first = int(numbers.min()) if len(numbers) else 0
        count = int(numbers.max()) - first + 1 if len(numbers) else 0
        labels = [str(np.datetime64(first + at, "M")) for at in range(count)]
        return (numbers - first).astype(np.intp), labels

    def _vehicle_key(self) -> tuple[npt.NDArray[np.intp], list[str]]:
        brackets = sorted(
            {
                rate.vehicle
                for version in self._schedule.versions
                for rate in version.rates
                if isinstance(rate.vehicle, PayloadBracket)
            },
            key=lambda bracket: (
                bracket.low,
                not bracket.low_inclusive,
                bracket.high is None,
                bracket.high or 0,
                bracket.high_inclusive,
            ),
        )
        labels = [str(bracket) for bracket in brackets]
        # Every row assessed has a container or a payload in one of the brackets.
        codes = np.zeros(self._rows, dtype=np.intp)
        if "payload" in self.columns:
            payload = to_numpy(self.columns["payload"]).astype(np.float64)
            for position in reversed(range(len(brackets))):
                codes[_within(payload, brackets[position])] = position
        if "container" in self.columns:
            container, texts = _text_codes(self.columns["container"], "container")
            for position, text in enumerate(texts):
                if text:
                    codes[container == position] = len(labels)
                    labels.append(text)
        return codes, labels

    def groups(
        self, keys: tuple[str, ...], *columns: numpy.typing.NDArray[numpy.int64]
    ) -> list[tuple[tuple[str, ...], int, list[int]]]:
        """Each group of ``keys`` with crossings: its key, its crossings, the sums of ``columns``.

        Raises:
            InvalidValueError: no key, a key not among :data:`KEYS`, or
                ``"gate"`` without a gate column.
        """
        keys = grouping_keys(keys, KEYS)
        parts = [self.key(key) for key in keys]
        shape = tuple(len(labels) for _, labels in parts)
        size = int(np.prod(shape))
        group = np.ravel_multi_index(tuple(codes for codes, _ in parts), shape)
        counts = np.bincount(group, minlength=size)
        sums = [_sums(group, size, column) for column in columns]
        found = []
        for flat in np.flatnonzero(counts):
            index = np.unravel_index(flat, shape)
            label = tuple(names[int(at)] for (_, names), at in zip(parts, index, strict=True))
            found.append((label, int(counts[flat]), [column[flat] for column in sums]))
        return found


@final
class FeeComparison:
    """The fees of each crossing under a baseline and a reform, as int64 columns of đồng.

    Made by :func:`compare`.

    Attributes:
        baseline_schedule: the baseline.
        reform_schedule: the reformed schedule.
        baseline: the fee of each row under the baseline.
        reform: the fee of each row under the reform.
    """

    def __init__(
        self,
        columns: dict[str, Any],
        baseline_schedule: FeeSchedule,
        reform_schedule: FeeSchedule,
        baseline: numpy.typing.NDArray[numpy.int64],
        reform: numpy.typing.NDArray[numpy.int64],
    ) -> None:
        self.baseline_schedule = baseline_schedule
        self.reform_schedule = reform_schedule
        self.baseline = baseline
        self.reform = reform
        self._groups = CrossingGroups(columns, baseline_schedule, len(baseline))

    def __len__(self) -> int:
        return len(self.baseline)

    def __repr__(self) -> str:
        return (
            f"<FeeComparison {self.reform_schedule.name!r} vs "
            f"{self.baseline_schedule.name!r}: {_sums_text(self.total())}>"
        )

    @property
    def difference(self) -> numpy.typing.NDArray[numpy.int64]:
        """Reform minus baseline, per row, in đồng."""
        return self.reform - self.baseline

    def total(self) -> ComparisonRow:
        """Every row added up."""
        codes = np.zeros(len(self), dtype=np.intp)
        return ComparisonRow(
            key=(),
            crossings=len(self),
            baseline=_sums(codes, 1, self.baseline)[0],
            reform=_sums(codes, 1, self.reform)[0],
        )

    def groups(
        self, keys: tuple[str, ...], *columns: numpy.typing.NDArray[numpy.int64]
    ) -> list[tuple[tuple[str, ...], int, list[int]]]:
        """Each group of ``keys`` with crossings: its key, its crossings, the sums of ``columns``.

        Raises:
            InvalidValueError: no key, a key not among :data:`KEYS`, or
                ``"gate"`` without a gate column.
        """
        return self._groups.groups(keys, *columns)

    def by(self, *keys: str) -> ComparisonTable:
        """The fees added up by ``keys`` (among :data:`KEYS`), exactly; empty groups left out.

        Raises:
            InvalidValueError: no key, a key not among :data:`KEYS`, or
                ``"gate"`` without a gate column.
        """
        rows = tuple(
            ComparisonRow(key=key, crossings=count, baseline=baseline, reform=reform)
            for key, count, (baseline, reform) in self.groups(keys, self.baseline, self.reform)
        )
        return ComparisonTable(by=keys, rows=rows)

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """Per row: ``baseline_dong``, ``reform_dong``, ``difference_dong`` (float64 or Decimal)."""
        return _frame(
            {},
            {
                "baseline": self.baseline.tolist(),
                "reform": self.reform.tolist(),
                "difference": self.difference.tolist(),
            },
            exact=exact,
        )


def _within(payload: npt.NDArray[np.float64], bracket: PayloadBracket) -> npt.NDArray[np.bool_]:
    """Which payloads the bracket holds, exactly as their shortest reprs read."""
    inside = payload >= _first_float(bracket.low, above=not bracket.low_inclusive)
    if bracket.high is not None:
        inside &= payload < _first_float(bracket.high, above=bracket.high_inclusive)
    return inside


def compare(
    crossings: object, baseline: FeeSchedule, reform: FeeSchedule | Reform
) -> FeeComparison:
    """The fees of ``crossings`` under ``baseline`` and under ``reform``.

    ``crossings`` is a table for
    :meth:`~dongdang.fees.schedule.FeeSchedule.assess_many`; ``reform`` is a
    schedule, or a :class:`~dongdang.fees.reforms.Reform` applied to ``baseline``.

    Raises:
        InvalidTypeError: ``baseline`` is not a schedule, ``reform`` neither
            a schedule nor a reform.
        InvalidValueError, NotInForceError, RateNotFoundError: as
            :meth:`~dongdang.fees.schedule.FeeSchedule.assess_many` raises
            them, under either schedule.
    """
    if not isinstance(baseline, FeeSchedule):
        raise InvalidTypeError.of("baseline", "a FeeSchedule", baseline)
    if isinstance(reform, Reform):
        reform = reform.apply(baseline)
    if not isinstance(reform, FeeSchedule):
        raise InvalidTypeError.of("reform", "a FeeSchedule or a Reform", reform)
    columns = columns_of(crossings, COLUMNS, "compare")
    rows = read_rows(columns)  # read once, assessed under both schedules
    return FeeComparison(
        columns,
        baseline,
        reform,
        assess_columns(baseline, None, baseline._cache, rows),  # noqa: SLF001 - same package
        assess_columns(reform, None, reform._cache, rows),  # noqa: SLF001
    )
