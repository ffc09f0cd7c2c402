"""The table of printed figures, which a report compares its records with."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from dongdang.errors import DongDangError
from dongdang.periods import Period
from dongdang.records._coding import _label
from dongdang.tables import (
    Column,
    _read_rows,
    _RowError,
    _twice,
    _unknown,
)
from dongdang.text import read_figure

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dongdang.data import SeedFigure
    from dongdang.provenance import Source


# -- printed figures ----------------------------------------------------------------------

#: The columns of a table of printed figures, which a report compares its records with.
FIGURE_COLUMNS: Final = (
    Column("id", "text"),
    Column("source", "text"),
    Column("start", "date"),
    Column("end", "date"),
    Column("text", "text"),
    Column("sentence", "text"),
    Column("as_of", "date", required=False),
    Column("trade_total", "flag", required=False),
    Column("growth", "text", required=False),
    Column("attainment", "text", required=False),
    Column("ratio_to_plan", "text", required=False),
    Column("ratio_to_allocated", "text", required=False),
    Column("note", "text", required=False),
    Column("note_vi", "text", required=False),
)

_PERCENTS: Final = ("growth", "attainment", "ratio_to_plan", "ratio_to_allocated")


def read_figures(
    table: object,
    *,
    sources: Mapping[str, Source] | None = None,
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
) -> dict[str, SeedFigure]:
    """The figures a report prints, as printed, by id (see :data:`FIGURE_COLUMNS`).

    ``text`` is the figure as printed ("4.270 triệu USD"); the percent columns
    the percents the same sentence states about it ("52%").

    Raises:
        TableError: a bad cell, an id given twice, an unknown document, a
            figure or percent that does not read, by file, row and column.
    """
    from dongdang.data import SeedFigure  # noqa: PLC0415 - the record type, one layer up

    known = sources or {}

    def figure(values: dict[str, Any]) -> SeedFigure:
        if values["source"] not in known:
            raise _RowError(
                "source",
                _unknown("document", values["source"], sorted(known)),
            )
        try:
            period = Period(start=values["start"], end=values["end"])
        except DongDangError as error:
            raise _RowError("end", str(error)) from None
        figures = _printed(values)
        return SeedFigure(
            id=values["id"],
            source=known[values["source"]],
            period=period,
            figure=figures.pop("text"),
            sentence=values["sentence"],
            as_of=values["as_of"],
            trade_total=bool(values["trade_total"]),
            note=values["note"],
            note_vi=values["note_vi"],
            **figures,
        )

    read = _read_rows(
        table,
        FIGURE_COLUMNS,
        figure,
        key=lambda figure: figure.id,
        twice=lambda figure, first: _RowError("id", _twice(f"the id {figure.id!r}", first)),
        mapping=mapping,
        name=_label(table, name),
    )
    return {figure.id: figure for _, figure in read}


def _printed(values: Mapping[str, Any]) -> dict[str, Any]:
    """The figure and the percents of a row, read as printed.

    Raises:
        _RowError: one that does not read, or a percent that is not a bare one.
    """
    figures: dict[str, Any] = {}
    for column in ("text", *_PERCENTS):
        if values[column] is None:
            continue
        try:
            figure = read_figure(values[column])
        except DongDangError as error:
            raise _RowError(
                column, f"not a figure as printed, {values[column]!r}: {error}"
            ) from None
        if column != "text" and (figure.unit != "percent" or figure.qualifier is not None):
            raise _RowError(column, f"not a bare percent, {values[column]!r}")
        figures[column] = figure
    return figures


def figure_columns(figures: Mapping[str, SeedFigure]) -> dict[str, list[Any]]:
    """The figures as columns, each as printed."""
    items = list(figures.values())
    columns: dict[str, list[Any]] = {
        "id": [item.id for item in items],
        "source": [item.source.id for item in items],
        "start": [item.period.start for item in items],
        "end": [item.period.end for item in items],
        "text": [item.figure.text for item in items],
        "sentence": [item.sentence for item in items],
        "as_of": [item.as_of for item in items],
        "trade_total": [item.trade_total for item in items],
    }
    for column in _PERCENTS:
        columns[column] = [
            None if getattr(item, column) is None else getattr(item, column).text for item in items
        ]
    columns["note"] = [item.note for item in items]
    columns["note_vi"] = [item.note_vi for item in items]
    return columns
