"""The dataset: everything a report is built from, loaded from and written to a directory."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, final

import attrs

from dongdang.dataset._info import DatasetInfo
from dongdang.dataset._land import _land_budget_tables, _read_zoning
from dongdang.dataset._layout import (
    INFO_FILE,
    REGISTRY_FILES,
    STATEMENTS_FILE,
    TABLES,
    TableFormat,
    _table_file,
)
from dongdang.dataset._projects import _project_tables
from dongdang.dataset._sources import _source_columns, read_sources
from dongdang.dataset._trade import read_trade_flows, trade_flow_columns
from dongdang.errors import DataFileError, InvalidTypeError
from dongdang.exchange import ExchangeRateTable
from dongdang.fees.collections import FeeCollections
from dongdang.fees.schedule import FeeSchedule
from dongdang.fees.table import fee_record_columns, read_fee_records
from dongdang.gates import GateRegistry
from dongdang.investment import CapitalPlan
from dongdang.projects import Portfolio
from dongdang.records import (
    PLAN_TABLES,
    CrossingTable,
    capital_plan_columns,
    crossing_columns,
    exchange_rate_columns,
    figure_columns,
    read_capital_plans,
    read_crossings,
    read_exchange_rates,
    read_figures,
    read_tasks,
    task_columns,
)
from dongdang.tables import write_table
from dongdang.tasks import TaskLog
from dongdang.trade.ledger import TradeLedger
from dongdang.zoning import PlanRegistry, without_land_use

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping

    from dongdang.data import SeedFigure
    from dongdang.provenance import Source


def _mapping(value: Mapping[str, Any] | None) -> dict[str, Any]:
    return {} if value is None else dict(value)


# None stands for "none given": the signature shows a default, not attrs' NOTHING.
def _fee_collections(value: FeeCollections | None) -> FeeCollections:
    return FeeCollections(records=[]) if value is None else value


def _trade(value: TradeLedger | None) -> TradeLedger:
    return TradeLedger() if value is None else value


def _crossings(value: CrossingTable | None) -> CrossingTable:
    return CrossingTable.empty() if value is None else value


def _exchange_rates(value: ExchangeRateTable | None) -> ExchangeRateTable:
    return ExchangeRateTable(rates=()) if value is None else value


def _same_content(first: Any, second: Any) -> bool:  # noqa: ANN401 - any registry
    """Equal registries, wherever they were read from (the ``file`` field aside)."""
    return type(first) is type(second) and all(
        getattr(first, field.name) == getattr(second, field.name)
        for field in attrs.fields(type(first))
        if field.name != "file"
    )


_CONTENT: Final = attrs.cmp_using(eq=_same_content)


def _same_flows(first: TradeLedger, second: TradeLedger) -> bool:
    return first.currency == second.currency and list(first) == list(second)


def _plans(value: Iterable[CapitalPlan]) -> tuple[CapitalPlan, ...]:
    plans = tuple(value)
    for plan in plans:
        if not isinstance(plan, CapitalPlan):
            raise InvalidTypeError.must_hold("capital_plans", "CapitalPlan objects", plan)
    return plans


@final
@attrs.frozen(kw_only=True, repr=False)
class Dataset:
    """Everything a report is built from, as domain objects.

    Attributes:
        gates: the gate pairs.
        fee_schedule: the dated rates of the border-gate fee.
        zoning: the zoning plans.
        projects: the investment projects.
        tasks: the Management Board's tasks.
        sources: the documents records cite, by id.
        fee_collections: the fee amounts collected, as reported.
        trade: the trade flows, in a ledger.
        crossings: the goods vehicles crossing, as columns.
        exchange_rates: the exchange rates.
        capital_plans: the capital plans, with their versions, allocations and
            disbursements.
        figures: figures as printed, by id, which the report compares its
            records with (the total of a year's trade, the percents a
            disbursement report states).
        statements: the figure sentences of the documents (the TOML of
            ``statements.toml``, parsed), which the report audits; empty for none.
        registry_texts: the TOML text of each registry, by field, written back
            as it is by :meth:`write` (dongdang writes no TOML of its own).
        info: what the dataset is called (``dataset.toml``), or None.
        record_rows: the row of each record in the table it was read from
            (2 for the first), by stem: ``fee_records`` by record;
            ``plan_versions``, ``allocations``, ``disbursements`` by the
            plan's year and owner code and the record. Loaders keep records
            in order (of period, of date), which need not be the table's;
            the report names the rows of the analyst's file by it. Empty for
            a dataset built in code (the rows are then those :meth:`write`
            writes).
    """

    gates: GateRegistry = attrs.field(
        validator=attrs.validators.instance_of(GateRegistry), eq=_CONTENT
    )
    fee_schedule: FeeSchedule = attrs.field(validator=attrs.validators.instance_of(FeeSchedule))
    zoning: PlanRegistry = attrs.field(
        validator=attrs.validators.instance_of(PlanRegistry), eq=_CONTENT
    )
    projects: Portfolio = attrs.field(validator=attrs.validators.instance_of(Portfolio))
    tasks: TaskLog = attrs.field(validator=attrs.validators.instance_of(TaskLog))
    sources: Mapping[str, Source] = attrs.field(default=None, converter=_mapping)
    fee_collections: FeeCollections = attrs.field(
        default=None,
        converter=_fee_collections,
        validator=attrs.validators.instance_of(FeeCollections),
    )
    trade: TradeLedger = attrs.field(
        default=None,
        converter=_trade,
        validator=attrs.validators.instance_of(TradeLedger),
        eq=attrs.cmp_using(eq=_same_flows),
    )
    crossings: CrossingTable = attrs.field(
        default=None,
        converter=_crossings,
        validator=attrs.validators.instance_of(CrossingTable),
    )
    exchange_rates: ExchangeRateTable = attrs.field(
        default=None,
        converter=_exchange_rates,
        validator=attrs.validators.instance_of(ExchangeRateTable),
    )
    capital_plans: tuple[CapitalPlan, ...] = attrs.field(default=(), converter=_plans)
    figures: Mapping[str, SeedFigure] = attrs.field(default=None, converter=_mapping)
    statements: Mapping[str, Any] = attrs.field(default=None, converter=_mapping)
    registry_texts: Mapping[str, str] = attrs.field(default=None, converter=_mapping, eq=False)
    info: DatasetInfo | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(DatasetInfo))
    )
    record_rows: Mapping[str, Mapping[Any, int]] = attrs.field(
        default=None, converter=_mapping, eq=False
    )

    #: Equal datasets hold the same records, but a dataset holds mappings: it
    #: has no hash (``hash(dataset)`` raises TypeError), as a dict has none.
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"<Dataset: {len(self.gates.pairs)} gate pairs, "
            f"{len(self.fee_schedule.versions)} fee versions, "
            f"{len(self.fee_collections)} fee records, {len(self.trade)} trade flows "
            f"({self.trade.currency}), {len(self.crossings)} crossings, "
            f"{len(self.exchange_rates.rates)} exchange rates, "
            f"{len(self.capital_plans)} capital plans, {len(self.projects.projects)} projects, "
            f"{len(self.zoning.plans)} zoning plans, {len(self.tasks.tasks)} tasks, "
            f"{len(self.figures)} figures, {len(self.sources)} sources>"
        )

    def _repr_html_(self) -> str:
        from dongdang._html import html_table  # noqa: PLC0415 - notebooks only

        parts = [
            ("gate pairs", len(self.gates.pairs)),
            ("fee schedule versions", len(self.fee_schedule.versions)),
            ("fee records", len(self.fee_collections)),
            (f"trade flows ({self.trade.currency})", len(self.trade)),
            ("crossings", len(self.crossings)),
            ("exchange rates", len(self.exchange_rates.rates)),
            ("capital plans", len(self.capital_plans)),
            ("figures", len(self.figures)),
            ("statement sentences", len(self.statements.get("sentences", ()))),
            ("projects", len(self.projects.projects)),
            ("zoning plans", len(self.zoning.plans)),
            ("tasks", len(self.tasks.tasks)),
            ("sources", len(self.sources)),
        ]
        return html_table("Dataset", ["part", "count"], parts)

    @classmethod
    def load(cls, directory: str | os.PathLike[str]) -> Dataset:
        """Read a dataset from a directory laid out as the module says.

        Raises:
            DataFileError: a registry file missing or bad, a table given both
                as CSV and Parquet; a :class:`~dongdang.tables.TableError`
                for the bad cells of a table, named by file, row and column.
        """
        root = Path(directory)
        registries: dict[str, Any] = {}
        texts: dict[str, str] = {}
        for field, (file, loads) in REGISTRY_FILES.items():
            path = root / file
            if field == "projects" and (portfolio := _project_tables(root, path)) is not None:
                registries[field] = portfolio
                continue
            if not path.is_file():
                raise DataFileError.in_file(path, f"missing; a dataset needs {file}")
            texts[field] = path.read_text("utf-8")
            registries[field] = (
                _read_zoning(root, texts[field], path)
                if field == "zoning"
                else loads(texts[field], name=str(path))
            )
        found = {stem: _table_file(root, stem) for stem in TABLES}
        sources = {} if found["sources"] is None else read_sources(found["sources"])
        record_rows: dict[str, dict[Any, int]] = {}
        fees = (
            FeeCollections(records=[])
            if found["fee_records"] is None
            else read_fee_records(
                found["fee_records"],
                sources=sources,
                gates={pair.code for pair in registries["gates"].pairs},
                name=str(found["fee_records"]),
                rows=record_rows.setdefault("fee_records", {}),
            )
        )
        trade = TradeLedger()
        if found["trade_flows"] is not None:
            trade = read_trade_flows(found["trade_flows"], sources=sources)
        gates = {pair.code for pair in registries["gates"].pairs}
        crossings = (
            CrossingTable.empty()
            if found["crossings"] is None
            else read_crossings(found["crossings"], gates=gates)
        )
        rates = (
            ExchangeRateTable(rates=())
            if found["exchange_rates"] is None
            else read_exchange_rates(found["exchange_rates"])
        )
        plan_files = {stem: found[stem] for stem in PLAN_TABLES if found[stem] is not None}
        plans = (
            read_capital_plans(plan_files, sources=sources, rows=record_rows) if plan_files else ()
        )
        figures = (
            {} if found["figures"] is None else read_figures(found["figures"], sources=sources)
        )
        if found["tasks"] is not None:
            if registries["tasks"].tasks:
                raise DataFileError.in_file(
                    root, f"tasks in both tasks.toml and {found['tasks'].name}; keep one"
                )
            tasks = read_tasks(found["tasks"])
            registries["tasks"] = attrs.evolve(registries["tasks"], tasks=tasks)
        statements: dict[str, Any] = {}
        if (root / STATEMENTS_FILE).is_file():
            from dongdang.data import read_statements  # noqa: PLC0415 - one layer up

            texts["statements"] = (root / STATEMENTS_FILE).read_text("utf-8")
            statements = read_statements(
                texts["statements"], sources, name=str(root / STATEMENTS_FILE)
            )
        info = None
        if (root / INFO_FILE).is_file():
            texts["info"] = (root / INFO_FILE).read_text("utf-8")
            info = DatasetInfo.loads(texts["info"], name=str(root / INFO_FILE))
        return cls(
            **registries,
            info=info,
            sources=sources,
            fee_collections=fees,
            trade=trade,
            crossings=crossings,
            exchange_rates=rates,
            capital_plans=plans,
            figures=figures,
            statements=statements,
            registry_texts=texts,
            record_rows=record_rows,
        )

    def write(self, directory: str | os.PathLike[str], *, format: TableFormat = "csv") -> None:  # noqa: A002
        """Write the dataset to ``directory`` (made if missing), tables as CSV or Parquet.

        The projects are written as tables: a ``projects.toml`` already in
        ``directory`` is removed, so that the dataset written there reads back.

        Raises:
            DataFileError: a registry built in code, whose TOML text the
                dataset does not have.
        """
        if format not in ("csv", "parquet"):
            raise InvalidTypeError.of("format", "'csv' or 'parquet'", format)
        root = Path(directory)
        root.mkdir(parents=True, exist_ok=True)
        for field, (file, _) in REGISTRY_FILES.items():
            if field == "projects":  # written as tables, below: a projects.toml there is replaced
                (root / file).unlink(missing_ok=True)
                continue
            text = self.registry_texts.get(field)
            if text is None:
                raise DataFileError.in_file(
                    root / file,
                    f"the dataset has no TOML text for its {field}"
                    "; dongdang writes only what it read",
                )
            # the zoning's land budgets are written as a table, below
            text = without_land_use(text, name=str(root / file)) if field == "zoning" else text
            (root / file).write_text(text, "utf-8")
        _write_info(root, self.info, self.registry_texts.get("info"))
        if self.statements:
            text = self.registry_texts.get("statements")
            if text is None:
                raise DataFileError.in_file(
                    root / STATEMENTS_FILE,
                    "the dataset has no TOML text for its statements; dongdang "
                    "writes only what it read",
                )
            (root / STATEMENTS_FILE).write_text(text, "utf-8")
        tables = {
            "sources": _source_columns(self.sources),
            "fee_records": _exact_text(fee_record_columns(self.fee_collections)),
            "trade_flows": trade_flow_columns(self.trade),
            "crossings": crossing_columns(self.crossings),
            "exchange_rates": exchange_rate_columns(self.exchange_rates),
            **capital_plan_columns(self.capital_plans),
            "figures": figure_columns(self.figures),
            **_land_budget_tables(self.zoning),
            **{stem: _exact_text(columns) for stem, columns in self.projects.tables().items()},
            "portfolio": {
                "name": [self.projects.name],
                "as_of": [self.projects.as_of],
                "note": [self.projects.note],
            },
        }
        written = TaskLog.loads(self.registry_texts["tasks"]).tasks
        if written and written != self.tasks.tasks:
            raise DataFileError.in_file(
                root / "tasks.toml",
                "its tasks are not the dataset's; dongdang writes only what it read",
            )
        if not written:
            tables["tasks"] = task_columns(self.tasks.tasks)
        for stem, columns in tables.items():
            write_table(root / f"{stem}.{format}", columns)


def _write_info(root: Path, info: DatasetInfo | None, text: str | None) -> None:
    """Write ``dataset.toml``, if the dataset has info: the text read, unless it says otherwise."""
    if info is None:
        return
    if text is None or DatasetInfo.loads(text) != info:
        text = info.dumps()
    (root / INFO_FILE).write_text(text, "utf-8")


def _exact_text(columns: Mapping[str, list[Any]]) -> dict[str, list[Any]]:
    """Columns with each Decimal as its text, exact.

    A Parquet decimal column has one scale for all its rows, which would write
    278718 as 278718.0, and the printed precision (the rounding the report's
    intervals come from) would be lost.
    """
    return {
        key: [f"{cell:f}" if isinstance(cell, Decimal) else cell for cell in column]
        for key, column in columns.items()
    }
