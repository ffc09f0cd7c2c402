"""Tables out: how every collection and result becomes a pandas DataFrame, in one place.

The conventions every ``to_frame()`` follows:

- pandas is imported when a frame is asked for, never before; without it the
  error names the extra to install, ``dongdang[pandas]``;
- by default every number is a float64 column a user can plot, with its unit
  in the column's name (``value_million_usd``, ``area_ha``, ``growth_percent``;
  NaN where there is none), counts too;
- with ``exact=True`` numbers are :class:`~decimal.Decimal` (None where there
  is none) and counts nullable ``Int64``: the columns the type's
  ``from_frame`` reads back, so that ``from_frame(x.to_frame(exact=True)) == x``;
- a period is two date columns, ``start`` and ``end`` (``previous_start``, …
  with a prefix), as ``datetime64``;
- codes and other values from a short list (lines, gates, units, statuses)
  are pandas categoricals.

:class:`FrameColumns` collects the columns as Python values; :meth:`~FrameColumns.frame`
makes the DataFrame and :meth:`~FrameColumns.html` the notebook table
(``_repr_html_``) of the same columns, without pandas.

>>> from decimal import Decimal
>>> from dongdang.periods import Period
>>> columns = FrameColumns(exact=False)
>>> columns.code("gate", ["huu-nghi", None])
>>> columns.period([Period.year(2024), Period.month(2025, 1)])
>>> columns.number("value", [Decimal("1.5"), None], "million_usd")
>>> frame = columns.frame()
>>> for name, kind in frame.dtypes.items():
...     print(name, kind)
gate category
start datetime64[s]
end datetime64[s]
value_million_usd float64
>>> FrameColumns(exact=True).names
()
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

import numpy as np

from dongdang._decimal import QUOTIENT
from dongdang._html import html_table

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping, Sequence

    import numpy.typing as npt

    #: A column's values: a sequence of Python values, or a numpy column taken whole.
    _Values: TypeAlias = Sequence[Any] | npt.NDArray[Any]

    from dongdang.periods import Period

__all__ = ["HTML_ROWS", "FrameColumns", "pandas", "unit_suffix"]

#: The rows a notebook table shows, at most (the caption says how many there are).
HTML_ROWS: Final = 20

_Kind = Literal["text", "code", "flag", "count", "number", "date"]

#: The suffix a unit gives a column's name, where it is not the unit's own name in lower case.
_SUFFIXES: Final = {"VND": "dong", "đồng": "dong", "%": "percent", "t": "tonne", "tonne": "tonne"}


def pandas() -> Any:  # noqa: ANN401 - pandas is optional, and untyped here
    """The pandas module, imported on first use; an ImportError naming ``dongdang[pandas]``."""
    from dongdang.batches import optional  # noqa: PLC0415 - batches sits above the domain

    return optional("pandas", "pandas")


def unit_suffix(unit: str) -> str:
    """A unit as the end of a column name: ``million_VND`` → ``million_vnd``, ``VND`` → ``dong``.

    >>> unit_suffix("million_USD"), unit_suffix("VND"), unit_suffix("ha")
    ('million_usd', 'dong', 'ha')
    """
    return _SUFFIXES.get(unit, unit.lower())


class FrameColumns:
    """The columns of a frame, in order, as Python values; float or exact numbers.

    Attributes:
        exact: whether numbers stay Decimal (and counts Int64) or become float64.
    """

    def __init__(self, *, exact: bool) -> None:
        self.exact = exact
        self._columns: dict[str, tuple[_Kind, list[Any] | npt.NDArray[Any] | _Coded]] = {}

    @property
    def names(self) -> tuple[str, ...]:
        """The columns' names, in order."""
        return tuple(self._columns)

    def _add(self, name: str, kind: _Kind, values: _Values) -> None:
        self._columns[name] = (kind, values if isinstance(values, np.ndarray) else list(values))

    def text(self, name: str, values: _Values) -> None:
        """A column of free text (object dtype; None where empty)."""
        self._add(name, "text", values)

    def code(self, name: str, values: Sequence[str | None]) -> None:
        """A column of codes from a short list: a categorical."""
        self._add(name, "code", values)

    def coded(
        self, name: str, codes: npt.NDArray[np.integer[Any]], categories: Sequence[str | None]
    ) -> None:
        """A categorical given as each row's position among ``categories``, without a row loop.

        ``categories`` may repeat a value or hold None (a missing value).
        """
        distinct = list(dict.fromkeys(value for value in categories if value is not None))
        where = {value: at for at, value in enumerate(distinct)}
        renumber = np.array([-1 if v is None else where[v] for v in categories] + [-1], np.intp)
        self._columns[name] = ("code", _Coded(renumber[np.asarray(codes)], distinct))

    def flag(self, name: str, values: _Values) -> None:
        """A column of true/false: bool, or pandas' nullable ``boolean`` where one is None."""
        self._add(name, "flag", values)

    def count(self, name: str, values: Sequence[int | None] | npt.NDArray[np.float64]) -> None:
        """A count: float64 (NaN where missing), or nullable ``Int64`` when exact.

        A float64 numpy column (NaN where missing) is taken whole.
        """
        self._add(name, "count", values)

    def date(
        self, name: str, values: Sequence[dt.date | None] | npt.NDArray[np.datetime64]
    ) -> None:
        """A column of days (``datetime64``; NaT where missing); a numpy column is taken whole."""
        self._add(name, "date", values)

    def period(self, periods: Sequence[Period | None], prefix: str = "") -> None:
        """A period as two day columns, ``{prefix}start`` and ``{prefix}end``."""
        self.date(f"{prefix}start", [None if p is None else p.start for p in periods])
        self.date(f"{prefix}end", [None if p is None else p.end for p in periods])

    def number(
        self,
        name: str,
        values: Sequence[Decimal | Fraction | int | None] | npt.NDArray[np.float64],
        unit: str | None,
        *,
        exact_name: str | None = None,
    ) -> None:
        """A number in ``unit``: ``{name}_{unit}`` (see :func:`unit_suffix`), float64 or Decimal.

        A float64 numpy column is taken whole (only when not exact).
        ``unit=None`` for a plain number (a ratio, a factor); ``exact_name``
        names the exact column where it differs (the name a reader expects).
        """
        label = name if unit is None else f"{name}_{unit_suffix(unit)}"
        if self.exact:
            label = exact_name or label
            self._add(label, "number", [None if v is None else _decimal(v) for v in values])
        else:
            self._add(label, "number", values)

    def frame(self, *, metadata: Mapping[str, object] | None = None) -> Any:  # noqa: ANN401
        """The columns as a pandas DataFrame; ``metadata`` goes to ``frame.attrs``."""
        pd = pandas()
        data = {
            name: _column(pd, kind, values, exact=self.exact)
            for name, (kind, values) in self._columns.items()
        }
        frame = pd.DataFrame(data, columns=list(self._columns))
        frame.attrs.update(metadata or {})
        return frame

    def html(self, caption: str, *, rows: int | None = None) -> str:
        """The same columns as an HTML table (numbers as exact text), for ``_repr_html_``.

        At most :data:`HTML_ROWS` rows; when there are more (``rows``, if the
        columns hold only the first), the caption says how many are shown.
        """
        columns = [values[:HTML_ROWS] for _, values in self._columns.values()]
        shown = len(columns[0]) if columns else 0
        total = (
            rows
            if rows is not None
            else max((len(v) for _, v in self._columns.values()), default=0)
        )
        if total > shown:
            caption = f"{caption} (the first {shown} of {total} rows)"
        body = zip(*columns, strict=True) if columns else iter(())
        return html_table(caption, self.names, ([_cell(value) for value in row] for row in body))


def _decimal(value: Decimal | Fraction | int) -> Decimal:
    """A number as a Decimal: a fraction to 34 significant digits (exact if it terminates)."""
    if isinstance(value, Fraction):
        return QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator))
    return Decimal(value)


def _cell(value: object) -> object:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _floats(values: list[Any]) -> list[float]:
    return [float("nan") if value is None else float(value) for value in values]


class _Coded:
    """A categorical column as codes (-1 for a missing value) into distinct values."""

    def __init__(self, codes: npt.NDArray[np.intp], categories: list[str]) -> None:
        self.codes = codes
        self.categories = categories

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, rows: slice) -> list[str | None]:
        return [None if code < 0 else self.categories[code] for code in self.codes[rows].tolist()]


def _column(pd: Any, kind: _Kind, values: Any, *, exact: bool) -> Any:  # noqa: ANN401
    """A pandas column of ``kind``: see the module's conventions."""
    if isinstance(values, _Coded):
        return pd.Categorical.from_codes(values.codes, categories=values.categories)
    if isinstance(values, np.ndarray):  # a whole column: days, numbers, flags or text
        return pd.Series(values.astype("datetime64[s]") if kind == "date" else values)
    return _series(pd, kind, values, exact=exact)


def _series(pd: Any, kind: _Kind, values: list[Any], *, exact: bool) -> Any:  # noqa: ANN401
    """A pandas column of ``kind`` from Python values."""
    if kind == "code":
        return pd.Categorical(values)
    if kind == "date":
        return pd.to_datetime(pd.Series(values, dtype=object)).astype("datetime64[s]")
    if kind == "flag":
        return pd.array(values, dtype="boolean" if None in values else bool)
    if kind == "count" and exact:
        return pd.array(values, dtype="Int64")
    if kind in ("count", "number") and not exact:
        return pd.Series(_floats(values), dtype="float64")
    return pd.Series(values, dtype=object)
