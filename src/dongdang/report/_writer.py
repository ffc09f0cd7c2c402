"""The report's writer: messages and figures in one language, and the sources cited."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from dongdang._messages import change, day, message, qualified
from dongdang.data import Source, seed_dataset
from dongdang.text import Qualifier, format_amount, format_percent

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable
    from decimal import Decimal

    from dongdang.data import SeedFigure
    from dongdang.dataset import Dataset
    from dongdang.fees.collections import FeeRecord
    from dongdang.investment import CapitalPlan
    from dongdang.periods import Language, Period
    from dongdang.provenance import Citation
    from dongdang.trade.flows import TradeFlow
    from dongdang.units import Quantity

from dongdang.report._model import Section

# -- writing --------------------------------------------------------------------------


@attrs.frozen
class _Writer:
    """Writes the catalogue's messages and figures in one language, and collects the sources."""

    lang: Language
    data: Dataset = attrs.field(factory=seed_dataset)
    cited: dict[str, Source] = attrs.field(factory=dict)
    within: Period | None = None

    def inside(self, period: Period) -> bool:
        """Whether the report may report on ``period``: it lies within the one chosen, if any."""
        return self.within is None or (
            self.within.start <= period.start and period.end <= self.within.end
        )

    def on(self, day: dt.date) -> bool:
        """Whether the report may report on ``day``: it lies within the period chosen, if any."""
        return self.within is None or day in self.within

    def say(self, key: str, /, **values: object) -> str:
        """Message ``key`` of the catalogue (:mod:`dongdang._messages`) in the report's language."""
        return message(key, self.lang, **values)

    def amount(self, quantity: Quantity, unit: str, decimals: int | None = None) -> str:
        return format_amount(quantity, unit, self.lang, decimals)

    def percent(self, fraction: Decimal, decimals: int | None = None) -> str:
        return format_percent(fraction, self.lang, decimals)

    def change(self, fraction: Decimal, decimals: int | None = None) -> str:
        return change(fraction, self.lang, decimals)

    def day(self, value: dt.date) -> str:
        return day(value, self.lang)

    def period(self, period: Period) -> str:
        if period.start == period.end:
            return self.say("report.on_day", day=self.day(period.start))
        return period.label(self.lang)

    def qualified(self, qualifier: Qualifier | None, figure: str) -> str:
        """A figure after the word for its qualifier ("trên 439,2 tỷ đồng"), or alone."""
        return qualified(qualifier, figure, self.lang)

    def noted(self, text: str, figure: SeedFigure | None) -> str:
        """``text``, then the note the figure carries in the report's language, if any."""
        note = None if figure is None else figure.note_in(self.lang)
        return text if note is None else f"{text}; {note}"

    def omitted(self, key: str, reason: str) -> Section:
        """Section ``key`` without lines, saying why (message ``report.omitted.<reason>``)."""
        return Section(
            key=key,
            title=self.say(f"report.{key}.title"),
            lines=(),
            omitted=self.say(f"report.omitted.{reason}"),
        )

    def verdict(self, *, ok: bool) -> str:
        return self.say("report.matches" if ok else "report.differs")

    def cite(self, sources: Iterable[Source]) -> tuple[str, ...]:
        ids = []
        for source in sources:
            self.cited.setdefault(source.id, source)
            ids.append(source.id)
        return tuple(dict.fromkeys(ids))

    def fee_rows(self, records: Iterable[FeeRecord]) -> tuple[str, ...]:
        """The rows of ``fee_records`` the records are (``fee_records:2`` is the first).

        The rows of the file read, where the dataset was read from one;
        else those :meth:`~dongdang.dataset.Dataset.write` writes.
        """
        read = self.data.record_rows.get("fee_records", {})
        rows = list(self.data.fee_collections)
        return tuple(
            dict.fromkeys(
                f"fee_records:{read.get(record) or rows.index(record) + 2}" for record in records
            )
        )

    def flow_rows(self, flows: Iterable[TradeFlow]) -> tuple[str, ...]:
        """The rows of ``trade_flows`` the flows are."""
        rows = list(self.data.trade)
        return tuple(dict.fromkeys(f"trade_flows:{rows.index(flow) + 2}" for flow in flows))

    def plan_rows(self, plan: CapitalPlan, table: str, items: Iterable[object]) -> tuple[str, ...]:
        """The rows of ``plan_versions``, ``allocations`` or ``disbursements`` the items are."""
        read = self.data.record_rows.get(table, {})
        offset = 2
        for other in self.data.capital_plans:
            held = list(getattr(other, table.removeprefix("plan_")))
            if other is plan:
                key = (plan.year, plan.owner.code)
                return tuple(
                    f"{table}:{read.get((*key, item)) or offset + held.index(item)}"
                    for item in items
                )
            offset += len(held)
        return ()  # pragma: no cover - the plan is one of the dataset's

    def cite_citations(self, citations: Iterable[Citation]) -> tuple[str, ...]:
        """Cite the documents of citations: the dataset's own record of each, where it has one."""
        return self.cite(
            self.data.sources.get(c.key)
            or Source(
                id=c.key,
                title=c.title or self.say("report.untitled"),
                event=c.event,
                file=c.file or "",
                published=c.published,
            )
            for c in citations
        )
