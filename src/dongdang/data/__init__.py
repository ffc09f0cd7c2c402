"""Bundled reference data: the seed articles' figures, each with its source.

>>> figures = seed_figures()
>>> fee = figures["fee-2021-total"]
>>> fee.figure.quantity, fee.period.label(), fee.growth.fraction
(<Quantity(664127, 'million_VND')>, 'năm 2021', Decimal('0.402'))
>>> fee.source.title[:28]
'Nâng cao hiệu quả phát triển'

The data are TOML files read with :mod:`tomllib`; loading never runs code.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from importlib.resources import files
from typing import TYPE_CHECKING, Any, final

import attrs

from dongdang.errors import InvalidValueError
from dongdang.periods import Period
from dongdang.text import Figure, read_figure

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

__all__ = ["SeedFigure", "Source", "seed_figures"]


@final
@attrs.frozen(kw_only=True)
class Source:
    """A published document figures were read from."""

    id: str
    title: str
    date: dt.date | None
    file: str

    def cite(self) -> str:
        """A one-line citation: id, title, date (or "date unknown")."""
        when = self.date.strftime("%d/%m/%Y") if self.date else "date unknown"
        return f"[{self.id}] {self.title} ({when}; {self.file})"


@final
@attrs.frozen(kw_only=True)
class SeedFigure:
    """One printed figure with what the same sentence says about it.

    Attributes:
        growth: the stated growth on the same period last year, as a fraction.
        attainment: the stated share of the budget estimate reached ("đạt X%").
        ratio_to_plan: the stated ratio to the capital plan ("bằng X% kế hoạch").
        ratio_to_allocated: the stated ratio to the capital allocated.
        as_of: the date the figure stood at, for a cumulative figure.
    """

    id: str
    source: Source
    period: Period
    figure: Figure
    sentence: str
    growth: Figure | None = None
    attainment: Figure | None = None
    ratio_to_plan: Figure | None = None
    ratio_to_allocated: Figure | None = None
    as_of: dt.date | None = None

    def stated(self, name: str) -> Figure:
        """The percent the sentence states under ``name`` ("growth", "attainment", …).

        Raises:
            LookupError: the sentence states no such percent for this figure.
        """
        value: Figure | None = getattr(self, name) if name in _PERCENT_FIELDS else None
        if value is None:
            raise LookupError(f"{self.id} states no {name!r}; it states {self.sentence!r}")
        return value


_PERCENT_FIELDS = ("growth", "attainment", "ratio_to_plan", "ratio_to_allocated")


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(files(__name__).joinpath(name).read_text("utf-8"), parse_float=Decimal)


def _percent(record: Mapping[str, Any], key: str, where: str) -> Figure | None:
    if key not in record:
        return None
    figure = read_figure(record[key])
    if figure.unit != "percent" or figure.qualifier is not None:
        raise InvalidValueError(f"{where}: {key} = {record[key]!r} is not a bare percent")
    return figure


def seed_figures() -> dict[str, SeedFigure]:
    """Every figure of the seed articles, by id, read afresh from the bundled TOML."""
    raw = _load("seed_figures.toml")
    sources = {
        key: Source(id=key, title=value["title"], date=value.get("date"), file=value["file"])
        for key, value in raw["sources"].items()
    }
    return {
        key: SeedFigure(
            id=key,
            source=sources[record["source"]],
            period=Period.parse(record["period"]),
            figure=read_figure(record["text"]),
            sentence=record["sentence"],
            as_of=record.get("as_of"),
            **{field: _percent(record, field, key) for field in _PERCENT_FIELDS},
        )
        for key, record in raw["figures"].items()
    }
