"""A dataset: the registries, schedules and records a report is built from, in one directory.

The bundled seed data is one dataset (:func:`dongdang.data.seed_dataset`); an
analyst's own is another, read from a directory laid out like this:

=========================  ========  ===================================================
file                       needed    holds
=========================  ========  ===================================================
``gates.toml``             yes       the gate registry (:class:`~dongdang.gates.GateRegistry`)
``fee_schedule.toml``      yes       the fee schedule (:class:`~dongdang.fees.schedule.FeeSchedule`)
``zoning.toml``            yes       the zoning plans (:class:`~dongdang.zoning.PlanRegistry`)
``projects.toml``          yes       the projects (:class:`~dongdang.projects.Portfolio`);
                                     or instead ``projects.csv`` and the other
                                     tables of :data:`PROJECT_FILES` (facts with a
                                     provenance of their own, milestones, sources,
                                     the portfolio's name), read by
                                     :func:`read_portfolio`
``tasks.toml``             yes       the tasks (:class:`~dongdang.tasks.TaskLog`)
``land_budgets.csv``       no        the land budgets of the plan versions of
                                     ``zoning.toml`` that list none there, a row
                                     per land-use class and year
                                     (:data:`LAND_BUDGET_COLUMNS`)
``sources.csv``            no        the documents records cite: ``id``, ``title``,
                                     ``event``, ``published``, ``file``
``fee_records.csv``        no        fee collections (:mod:`dongdang.fees.table`)
``trade_flows.csv``        no        trade flows (the columns of
                                     :meth:`~dongdang.trade.ledger.TradeLedger.extend_columns`,
                                     ``value`` in the ledger's currency,
                                     ``source`` a document id)
``crossings.csv``          no        goods vehicles crossing
                                     (:func:`~dongdang.records.read_crossings`)
``exchange_rates.csv``     no        exchange rates
                                     (:func:`~dongdang.records.read_exchange_rates`)
``capital_plans.csv``      no        the capital plans, a row each, with
``plan_versions.csv``                their versions, allocations and
``allocations.csv``                  disbursements
``disbursements.csv``                (:func:`~dongdang.records.read_capital_plans`)
``figures.csv``            no        figures as printed, which the report compares
                                     its records with (:func:`~dongdang.records.read_figures`)
``tasks.csv``              no        the Board's tasks, one a row, when ``tasks.toml``
                                     lists none (:func:`~dongdang.records.read_tasks`)
``statements.toml``        no        the figure sentences of the documents, audited
                                     together (:func:`dongdang.data.read_statements`)
``dataset.toml``           no        what the dataset is called (:class:`DatasetInfo`),
                                     which the report names it by
=========================  ========  ===================================================

Each table may be ``.parquet`` instead of ``.csv`` (not both). :meth:`Dataset.write`
writes the projects and the land budgets as tables. TOML files are
read with the domain modules' loaders; tables with :mod:`dongdang.tables`,
every bad cell named by file, row and column.

>>> import tempfile
>>> from dongdang.data import seed_dataset
>>> seed = seed_dataset()
>>> with tempfile.TemporaryDirectory() as directory:
...     seed.write(directory)
...     Dataset.load(directory) == seed
True
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, final

import attrs
import numpy as np

from dongdang._columnar import encode, kind
from dongdang._toml import dump_toml, parse_toml
from dongdang._validators import field_text, optional_field_text
from dongdang.errors import DataFileError, DongDangError, InvalidTypeError
from dongdang.exchange import ExchangeRateTable
from dongdang.fees.collections import FeeCollections
from dongdang.fees.schedule import FeeSchedule
from dongdang.fees.table import fee_record_columns, read_fee_records
from dongdang.gates import GateRegistry
from dongdang.investment import CapitalPlan
from dongdang.projects import PROJECT_TABLES, Portfolio
from dongdang.provenance import Source
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
from dongdang.tables import (
    LIMIT,
    Column,
    Problem,
    TableError,
    _read_rows,
    _RowError,
    arrow_numbers,
    read_table,
    table_columns,
    write_table,
)
from dongdang.tasks import TaskLog
from dongdang.trade._columns import COLUMNS as LEDGER_COLUMNS
from dongdang.trade.ledger import TradeLedger
from dongdang.units import magnitude_in
from dongdang.zoning import PlanRegistry, without_land_use
from dongdang.zoning._tables import row_allocation

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping

    from dongdang.data import SeedFigure
    from dongdang.periods import Language
    from dongdang.zoning import Area
    from dongdang.zoning import PlanVersion as ZoningPlanVersion

__all__ = [
    "INFO_FILE",
    "LAND_BUDGET_COLUMNS",
    "PORTFOLIO_COLUMNS",
    "PROJECT_FILES",
    "REGISTRY_FILES",
    "SOURCE_COLUMNS",
    "STATEMENTS_FILE",
    "TABLES",
    "Dataset",
    "DatasetInfo",
    "TableFormat",
    "land_budget_columns",
    "read_land_budgets",
    "read_portfolio",
]

#: How :meth:`Dataset.write` writes tables.
TableFormat = Literal["csv", "parquet"]

#: The TOML files of a dataset, by the field they fill, each with its loader.
REGISTRY_FILES: Final = {
    "gates": ("gates.toml", GateRegistry.loads),
    "fee_schedule": ("fee_schedule.toml", FeeSchedule.loads),
    "zoning": ("zoning.toml", PlanRegistry.loads),
    "projects": ("projects.toml", Portfolio.loads),
    "tasks": ("tasks.toml", TaskLog.loads),
}

#: The tables of a dataset, by stem (``sources`` → ``sources.csv`` or ``sources.parquet``).
TABLES: Final = (
    "sources",
    "fee_records",
    "trade_flows",
    "crossings",
    "exchange_rates",
    *PLAN_TABLES,
    "figures",
    "tasks",
)

#: The tables of the projects, read instead of ``projects.toml`` when ``projects`` is given.
PROJECT_FILES: Final = (*PROJECT_TABLES, "portfolio")

#: The columns of the ``portfolio`` table: one row, the portfolio's own fields.
PORTFOLIO_COLUMNS: Final = (
    Column("name", "text", required=False),
    Column("as_of", "date", required=False),
    Column("note", "text", required=False),
)

#: The table of the land budgets (``land_budgets.csv`` or ``.parquet``), by stem.
LAND_BUDGETS: Final = "land_budgets"

#: The columns of the land-budgets table, a row per plan version, land-use class and
#: horizon year. ``area_ha`` is the area in hectares as printed, its last digit the
#: printed resolution unless ``resolution_ha`` says otherwise (``0`` for an area known
#: exactly, which printing did not round); ``qualifier`` is the
#: word before the figure, a value of :class:`~dongdang.text.Qualifier`
#: (``about`` for "khoảng"); ``sources`` the keys of ``zoning.toml``'s ``[sources]``
#: the version's land budgets were read from, joined by ``;`` (empty: the version's
#: own sources).
LAND_BUDGET_COLUMNS: Final = (
    Column("plan", "text"),
    Column("version", "text"),
    Column("year", "count"),
    Column("code", "text"),
    Column("name", "text"),
    Column("english", "text", required=False),
    Column("area_ha", "decimal"),
    Column("resolution_ha", "decimal", required=False),
    Column("qualifier", "text", required=False),
    Column("sources", "text", required=False),
)

_REQUIRED_LAND_BUDGET_COLUMNS: Final = tuple(c for c in LAND_BUDGET_COLUMNS if c.required)

#: The optional TOML file of the figure sentences the report's audit reads.
STATEMENTS_FILE: Final = "statements.toml"

#: The optional TOML file that names the dataset (:class:`DatasetInfo`).
INFO_FILE: Final = "dataset.toml"

#: The columns of the sources table.
SOURCE_COLUMNS: Final = (
    Column("id", "text"),
    Column("title", "text"),
    Column("file", "text"),
    Column("event", "date", required=False),
    Column("published", "date", required=False),
)

#: The columns of a trade-flows table: the ledger's own (:data:`dongdang.trade._columns.COLUMNS`),
#: each flow's period as its ``start`` and ``end`` (the one-day ``date`` is not written).
_TRADE_COLUMNS: Final = tuple(name for name in LEDGER_COLUMNS if name != "date")


def _mapping(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


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
            raise InvalidTypeError(f"capital_plans must hold CapitalPlan objects, got {plan!r}")
    return plans


def _title(value: str) -> str:
    return field_text(value, "title")


def _title_en(value: str | None) -> str | None:
    return optional_field_text(value, "title_en")


def _name(value: str | None) -> str | None:
    return optional_field_text(value, "name")


@final
@attrs.frozen(kw_only=True)
class DatasetInfo:
    """What a dataset is called: the ``[dataset]`` table of its ``dataset.toml``.

    The report names the dataset by its title, in the report's language.

    Attributes:
        title: the title in Vietnamese, as an official would name the data
            ("Số liệu của Ban Quản lý năm 2025").
        title_en: the title in English, or None (an English report then
            gives the Vietnamese one).
        name: a short name for programs (``lang-son-2025``), or None.

    >>> from dongdang.dataset import DatasetInfo
    >>> info = DatasetInfo(title="Số liệu năm 2025", name="ls-2025")
    >>> print(info.dumps(), end="")
    [dataset]
    title = "Số liệu năm 2025"
    name = "ls-2025"
    >>> DatasetInfo.loads(info.dumps()).title_in("en")
    'Số liệu năm 2025'
    >>> DatasetInfo.loads("[dataset]", name="dataset.toml")
    Traceback (most recent call last):
    ...
    dongdang.errors.DataFileError: dataset.toml: [dataset] title is missing; ...
    """

    title: str = attrs.field(converter=_title)
    title_en: str | None = attrs.field(default=None, converter=_title_en)
    name: str | None = attrs.field(default=None, converter=_name)

    def title_in(self, lang: Language) -> str:
        """The title in ``lang``: the English one for "en" when there is one."""
        return self.title_en if lang == "en" and self.title_en is not None else self.title

    @classmethod
    def loads(cls, text: str, *, name: str = INFO_FILE) -> DatasetInfo:
        """Read the ``[dataset]`` table of a ``dataset.toml``: ``title``, ``title_en``, ``name``.

        Raises:
            DataFileError: not TOML, no ``[dataset]`` table, no ``title``, a key
                it does not know or a value that is not a non-empty text; the
                message names the file.
        """
        table = parse_toml(text, name).get("dataset")
        if not isinstance(table, dict):
            raise DataFileError.in_file(name, "no [dataset] table; it needs one with a title")
        known = ("title", "title_en", "name")
        unknown = sorted(set(table) - set(known))
        if unknown:
            raise DataFileError.in_file(
                name, f"[dataset] has unknown keys {', '.join(unknown)}; known: {', '.join(known)}"
            )
        if "title" not in table:
            raise DataFileError.in_file(
                name, "[dataset] title is missing; a dataset is named by it"
            )
        try:
            return cls(**table)
        except DongDangError as error:
            raise DataFileError.in_file(name, f"[dataset] {error}") from None

    def dumps(self) -> str:
        """The ``dataset.toml`` text of the info, read back by :meth:`loads`."""
        table = {key: getattr(self, key) for key in ("title", "title_en", "name")}
        return dump_toml(
            {"dataset": {key: value for key, value in table.items() if value is not None}}
        )


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
    sources: Mapping[str, Source] = attrs.field(factory=dict, converter=_mapping)
    fee_collections: FeeCollections = attrs.field(
        factory=lambda: FeeCollections(records=[]),
        validator=attrs.validators.instance_of(FeeCollections),
    )
    trade: TradeLedger = attrs.field(
        factory=TradeLedger,
        validator=attrs.validators.instance_of(TradeLedger),
        eq=attrs.cmp_using(eq=_same_flows),
    )
    crossings: CrossingTable = attrs.field(
        factory=CrossingTable.empty, validator=attrs.validators.instance_of(CrossingTable)
    )
    exchange_rates: ExchangeRateTable = attrs.field(
        factory=lambda: ExchangeRateTable(rates=()),
        validator=attrs.validators.instance_of(ExchangeRateTable),
    )
    capital_plans: tuple[CapitalPlan, ...] = attrs.field(default=(), converter=_plans)
    figures: Mapping[str, SeedFigure] = attrs.field(factory=dict, converter=_mapping)
    statements: Mapping[str, Any] = attrs.field(factory=dict, converter=_mapping)
    registry_texts: Mapping[str, str] = attrs.field(factory=dict, converter=_mapping, eq=False)
    info: DatasetInfo | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(DatasetInfo))
    )
    record_rows: Mapping[str, Mapping[Any, int]] = attrs.field(
        factory=dict, converter=_mapping, eq=False
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


def _project_tables(root: Path, toml: Path) -> Portfolio | None:
    """The portfolio of the project tables; None where the projects are ``toml``'s.

    Raises:
        DataFileError: projects given both ways, or a project table without
            the ``projects`` table (it would be ignored).
    """
    if _table_file(root, "projects") is None:
        for stem in PROJECT_FILES:
            if (side := _table_file(root, stem)) is not None:
                raise DataFileError.in_file(
                    side, "a project table without the projects table; it would be ignored"
                )
        return None
    if toml.is_file():
        raise DataFileError.in_file(
            root, f"projects in both {toml.name} and a projects table; keep one"
        )
    return read_portfolio(root)


def read_portfolio(directory: str | os.PathLike[str]) -> Portfolio:
    """The portfolio of a dataset's project tables (:data:`PROJECT_FILES`), by file.

    ``projects`` is needed; ``project_facts``, ``project_milestones``,
    ``project_sources`` and ``portfolio`` (one row) are optional.

    Raises:
        TableError: a bad cell of any of them, named by file, row and column;
            a ``portfolio`` table of more than one row.
    """
    root = Path(directory)
    found = {stem: _table_file(root, stem) for stem in PROJECT_FILES}
    header: dict[str, Any] = {}
    if found["portfolio"] is not None:
        cells = read_table(found["portfolio"], PORTFOLIO_COLUMNS)
        rows = len(cells["name"])
        if rows > 1:
            file = str(found["portfolio"])
            problem = Problem(file=file, row=3, column=None, message=f"{rows} rows; one expected")
            raise TableError(file, [problem])
        header = {key: column[0] for key, column in cells.items() if column}
    return Portfolio.from_frame(
        found["projects"],
        facts=found["project_facts"],
        milestones=found["project_milestones"],
        sources=found["project_sources"],
        header=header,
    )


def land_budget_columns(zoning: PlanRegistry) -> dict[str, list[Any]]:
    """The land budgets of the plan versions as the columns of :data:`LAND_BUDGET_COLUMNS`.

    Areas are exact decimal text; ``resolution_ha`` is given only where the
    printed resolution is not the last digit of ``area_ha``: ``0`` for an area
    without one (known exactly).
    """
    rows = [
        (plan.code, version.code, budget.year, allocation)
        for plan in zoning.plans
        for version in plan.versions
        for budget in version.land_use
        for allocation in budget.allocations
    ]
    cited = {
        (plan.code, version.code): _land_use_sources(version)
        for plan in zoning.plans
        for version in plan.versions
    }
    areas = [allocation.area for *_, allocation in rows]
    return {
        "plan": [plan for plan, *_ in rows],
        "version": [version for _, version, *_ in rows],
        "year": [year for _, _, year, _ in rows],
        "code": [allocation.code for *_, allocation in rows],
        "name": [allocation.name for *_, allocation in rows],
        "english": [allocation.english for *_, allocation in rows],
        "area_ha": [f"{area.hectares:f}" for area in areas],
        "resolution_ha": [_written_resolution(area) for area in areas],
        "qualifier": [None if area.qualifier is None else area.qualifier.value for area in areas],
        "sources": [cited[plan, version] for plan, version, *_ in rows],
    }


def _land_use_sources(version: ZoningPlanVersion) -> str | None:
    """The keys of the sources of a version's land budgets, where they have their own."""
    own = dict(version.facts).get("land_use")
    return None if own is None else ";".join(source.key for source in own.sources)


def _written_resolution(area: Area) -> str | None:
    """The ``resolution_ha`` cell of an area: empty for its last digit, ``0`` for none."""
    if area.resolution is None:
        return "0"
    return None if area.resolution == _last_digit(area.hectares) else f"{area.resolution:f}"


def _last_digit(number: Decimal) -> Decimal:
    """The value of the last digit of ``number`` as written: 1 for 1355, 0.1 for 39400.0."""
    return Decimal(1).scaleb(int(number.as_tuple().exponent))


def _land_budget_tables(zoning: PlanRegistry) -> dict[str, dict[str, list[Any]]]:
    """The land-budgets table of the plans, by stem, if they have any budget."""
    columns = land_budget_columns(zoning)
    return {LAND_BUDGETS: columns} if columns["plan"] else {}


def read_land_budgets(
    table: object,
    *,
    versions: Mapping[tuple[str, str], bool],
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The ``land_use`` rows of a land-budgets table, by plan and version code.

    Each row is one land-use class of a version in one horizon year, in the
    columns of :data:`LAND_BUDGET_COLUMNS`; the rows are given as the
    ``land_use`` rows of ``zoning.toml`` (``code``, ``name``, ``english``,
    ``areas`` by year), for :meth:`~dongdang.zoning.PlanRegistry.loads`.

    Args:
        table: the table (a path, a DataFrame, ...: :func:`~dongdang.tables.read_table`).
        versions: the versions of the plan file, each with whether it lists
            land budgets of its own (:func:`~dongdang.zoning.plan_versions`).
        mapping: the table's own column names to those of the columns.
        name: how messages name the table.

    Raises:
        TableError: every bad cell and row, up to the limit, named by file,
            row and column: a missing or unknown column, a wrong type, an
            empty required cell, a negative area, an unknown plan or version,
            a version with land budgets in ``zoning.toml`` too, an unknown
            qualifier, a refused code, a class given twice for a year.
    """

    def budget(cells: dict[str, Any]) -> tuple[str, str, int, list[str], dict[str, Any]]:
        plan, version, year = cells["plan"], cells["version"], cells["year"]
        refused = _version_problem(plan, version, versions)
        if refused is not None:
            raise _RowError(*refused)
        given = cells["resolution_ha"]
        allocation = row_allocation(
            {**cells, "resolution_ha": None if given == 0 else given},
            _last_digit(cells["area_ha"]) if given is None else None,
        )
        sources = [key.strip() for key in (cells["sources"] or "").split(";")]
        sources = [key for key in sources if key]
        row = {
            "code": allocation.code,
            "name": allocation.name,
            **({} if allocation.english is None else {"english": allocation.english}),
            "areas": {str(year): allocation.area},
            **({"sources": sources} if sources else {}),
        }
        return plan, version, year, sources, row

    file = name if name is not None else _label(table)
    rows = _read_rows(
        table,
        LAND_BUDGET_COLUMNS,
        budget,
        key=lambda item: (*item[:3], item[4]["code"]),
        twice=lambda item, first: _RowError(
            "code",
            f"class {item[4]['code']!r} of {item[2]} of version {item[1]!r} is given twice:"
            f" first in row {first}",
        ),
        mapping=mapping,
        name=file,
    )
    read: dict[tuple[str, str], list[dict[str, Any]]] = {}
    cited: dict[tuple[str, str], tuple[int, list[str]]] = {}
    problems: list[Problem] = []
    for at, (plan, version, _year, sources, row) in rows:
        first = cited.setdefault((plan, version), (at, sources)) if sources else None
        if first is not None and first[1] != sources:
            problems.append(
                Problem(
                    file=file,
                    row=at,
                    column="sources",
                    message=f"cites {sources}, but row {first[0]} of version {version!r} cites "
                    f"{first[1]}; a version's land budgets have one provenance",
                )
            )
            continue
        read.setdefault((plan, version), []).append(row)
    if problems:
        raise TableError(file, problems[:LIMIT], more=len(problems) > LIMIT)
    return read


def _version_problem(
    plan: str, version: str, versions: Mapping[tuple[str, str], bool]
) -> tuple[str | None, str] | None:
    """The column and message of a land-budget row's version unknown or listing budgets."""
    plans = sorted({key for key, _ in versions})
    if plan not in plans:
        return "plan", f"an unknown plan {plan!r}; the plans are {plans}"
    if (plan, version) not in versions:
        known = sorted(code for key, code in versions if key == plan)
        return "version", f"plan {plan!r} has no version {version!r}; it has {known}"
    if versions[(plan, version)]:
        return "version", "its land budgets are in zoning.toml too; keep one"
    return None


def _read_zoning(root: Path, text: str, path: Path) -> PlanRegistry:
    """The zoning plans of ``zoning.toml``, with the land budgets of the table, if any."""
    budgets = _table_file(root, LAND_BUDGETS)
    if budgets is None:
        return PlanRegistry.loads(text, name=str(path))
    # the rows, given the versions of the text as the loader reads it: one parse
    return PlanRegistry.loads(
        text, name=str(path), land_use=lambda found: read_land_budgets(budgets, versions=found)
    )


def _table_file(root: Path, stem: str) -> Path | None:
    given = [root / f"{stem}.{suffix}" for suffix in ("csv", "parquet")]
    # a directory too, for the reader to refuse by name rather than be ignored
    present = [path for path in given if path.exists()]
    if len(present) > 1:
        raise DataFileError.in_file(root, f"both {stem}.csv and {stem}.parquet; keep one")
    return present[0] if present else None


def read_sources(table: object, *, name: str | None = None) -> dict[str, Source]:
    """The documents of a sources table, by id.

    Raises:
        TableError: a bad cell, or an id given twice.
    """
    columns = read_table(table, SOURCE_COLUMNS, name=name)
    read: dict[str, Source] = {}
    for index, key in enumerate(columns["id"]):
        if key in read:
            file = name if name is not None else str(table)
            raise TableError(
                file,
                [
                    Problem(
                        file=file,
                        row=index + 2,
                        column="id",
                        message=f"the id {key!r} is given twice",
                    )
                ],
            )
        read[key] = Source(
            id=key,
            title=columns["title"][index],
            file=columns["file"][index],
            event=columns["event"][index],
            published=columns["published"][index],
        )
    return read


def _source_columns(sources: Mapping[str, Source]) -> dict[str, list[Any]]:
    items = list(sources.values())
    return {
        "id": [source.id for source in items],
        "title": [source.title for source in items],
        "file": [source.file for source in items],
        "event": [source.event for source in items],
        "published": [source.published for source in items],
    }


def trade_flow_columns(ledger: TradeLedger) -> dict[str, list[Any]]:
    """The ledger's flows as columns, exact (values and weights as decimal text)."""
    flows = list(ledger)
    return {
        "value": [magnitude_in(f.value, ledger.currency) for f in flows],
        "direction": [f.direction.value for f in flows],
        "measure": [f.measure.value for f in flows],
        "start": [f.period.start for f in flows],
        "end": [f.period.end for f in flows],
        "gate": [f.gate for f in flows],
        "hs": [None if f.hs is None else f.hs.code for f in flows],
        "hs_vintage": [None if f.hs is None else f.hs.vintage for f in flows],
        "net_weight": [
            None if f.net_weight is None else magnitude_in(f.net_weight, "t") for f in flows
        ],
        "vehicles": [f.vehicles for f in flows],
        "valuation": [None if f.valuation is None else f.valuation.value for f in flows],
        "estimated": [f.estimated for f in flows],
        "growth": [None if f.growth is None else f.growth.text for f in flows],
        "source": [None if f.source is None else f.source.id for f in flows],
        "note": [f.note for f in flows],
    }


def read_trade_flows(
    table: object,
    *,
    sources: Mapping[str, Source] | None = None,
    currency: str = "USD",
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
) -> TradeLedger:
    """A ledger of the flows of a table, whose ``source`` column holds document ids.

    The columns are those of :meth:`~dongdang.trade.ledger.TradeLedger.extend_columns`,
    ``value`` in ``currency``. A DataFrame's or a Parquet file's columns go to
    the ledger whole (categorical codes reused); a CSV file's text is read
    into numbers first.

    Raises:
        TableError: an unknown column, a source id unknown, or a row the
            ledger refuses, named by file (and row and column where known).
    """
    file = name if name is not None else _label(table)
    columns = table_columns(table, mapping=mapping, name=file)
    problems = [
        Problem(
            file=file,
            row=1,
            column=key,
            message=f"an unknown column; the columns are {list(_TRADE_COLUMNS)}",
        )
        for key in columns
        if key not in _TRADE_COLUMNS
    ]
    if problems:
        raise TableError(file, problems)
    if "source" in columns:
        columns["source"] = _documents(columns["source"], sources or {}, file)
    if any(isinstance(column, list) for column in columns.values()):
        columns = _from_text(columns, file)
    start, end = columns.get("start"), columns.get("end")
    if kind(start) == kind(end) == "pyarrow" and start.equals(end):  # type: ignore[union-attr]
        columns["date"] = columns.pop("start")  # a day a row: one column converted, not two
        del columns["end"]
    columns = {key: arrow_numbers(column) for key, column in columns.items()}
    ledger = TradeLedger(currency=currency)
    try:
        ledger.extend_columns(columns)
    except DongDangError as error:
        raise TableError(
            file, [Problem(file=file, row=None, column=None, message=str(error))]
        ) from None
    return ledger


def _label(table: object) -> str:
    return str(table) if isinstance(table, str | Path) else f"<{type(table).__name__}>"


def _documents(column: Any, sources: Mapping[str, Source], file: str) -> Any:  # noqa: ANN401
    """Document ids to :class:`Source` objects, each distinct id looked up once."""
    encoded = encode(column, narrow=True)
    if encoded is None:
        raise TableError(
            file,
            [Problem(file=file, row=1, column="source", message="not a column of document ids")],
        )
    codes, uniques = encoded
    unknown = [code for code, key in enumerate(uniques) if key is not None and key not in sources]
    if unknown:
        # by code: an empty cell's -1 is no document, not the last one
        rows = np.flatnonzero(np.isin(codes, unknown))
        raise TableError(
            file,
            [
                Problem(
                    file=file,
                    row=int(row) + 2,
                    column="source",
                    message=f"an unknown document {uniques[codes[row]]!r}; "
                    f"the sources are {sorted(sources)}",
                )
                for row in rows[:LIMIT]
            ],
            more=len(rows) > LIMIT,
        )
    pandas = sys.modules.get("pandas")
    if pandas is None:
        objects = [None if key is None else sources[key] for key in uniques]
        return np.array([*objects, None], object)[codes]
    # A categorical of the documents: the ledger reuses its codes, hashing no row.
    distinct = sorted({key for key in uniques if key is not None})
    position = {key: index for index, key in enumerate(distinct)}
    # as narrow as pandas keeps the codes (int8 for a few documents): no copy made of them
    narrowest = np.min_scalar_type(-len(distinct) - 1)
    remap = np.array([-1 if key is None else position[key] for key in uniques] + [-1], narrowest)
    categories = pandas.Index([sources[key] for key in distinct], dtype=object)
    # the codes are made here, in range: pandas need not check them again
    return pandas.Series(
        pandas.Categorical.from_codes(
            codes if np.array_equal(remap[:-1], range(len(uniques))) else np.take(remap, codes),
            categories=categories,
            validate=False,
        )
    )


#: The columns of a trade table read from text before the ledger reads them.
_FROM_TEXT: Final = (
    Column("value", "decimal"),
    Column("net_weight", "decimal"),
    Column("vehicles", "count"),
    Column("estimated", "flag"),
)


def _from_text(columns: dict[str, Any], file: str) -> dict[str, Any]:
    """The text columns of a CSV file as the ledger reads them: numbers, flags."""
    read = dict(columns)
    given = [column for column in _FROM_TEXT if column.name in read]
    checked = read_table(
        {column.name: read[column.name] for column in given},
        [attrs.evolve(column, required=False) for column in given],
        name=file,
    )
    read.update({column.name: np.array(checked[column.name], object) for column in given})
    if "estimated" in read:
        read["estimated"] = read["estimated"] == True  # noqa: E712 - elementwise, None is False
    return read
