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

from dongdang._modules import public_home
from dongdang.dataset._dataset import Dataset
from dongdang.dataset._info import DatasetInfo
from dongdang.dataset._land import LAND_BUDGET_COLUMNS, land_budget_columns, read_land_budgets
from dongdang.dataset._layout import (
    INFO_FILE,
    PROJECT_FILES,
    REGISTRY_FILES,
    STATEMENTS_FILE,
    TABLES,
    TableFormat,
)
from dongdang.dataset._projects import PORTFOLIO_COLUMNS, read_portfolio
from dongdang.dataset._sources import SOURCE_COLUMNS

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

public_home(__name__, __all__, globals())

# Public functions outside __all__ that tests, benchmarks and the guide import from here.
from dongdang.dataset._sources import read_sources as read_sources  # noqa: E402
from dongdang.dataset._trade import read_trade_flows as read_trade_flows  # noqa: E402
from dongdang.dataset._trade import trade_flow_columns as trade_flow_columns  # noqa: E402

public_home(__name__, ["read_sources", "read_trade_flows", "trade_flow_columns"], globals())

# The names of Dataset's annotations, so that typing.get_type_hints resolves them where
# the class says it lives (as the API page and attrs-based tools read them).
from collections.abc import Mapping as Mapping  # noqa: E402
from typing import Any as Any  # noqa: E402

from dongdang.data import SeedFigure as SeedFigure  # noqa: E402
from dongdang.exchange import ExchangeRateTable as ExchangeRateTable  # noqa: E402
from dongdang.fees.collections import FeeCollections as FeeCollections  # noqa: E402
from dongdang.fees.schedule import FeeSchedule as FeeSchedule  # noqa: E402
from dongdang.gates import GateRegistry as GateRegistry  # noqa: E402
from dongdang.investment import CapitalPlan as CapitalPlan  # noqa: E402
from dongdang.projects import Portfolio as Portfolio  # noqa: E402
from dongdang.provenance import Source as Source  # noqa: E402
from dongdang.records import CrossingTable as CrossingTable  # noqa: E402
from dongdang.tasks import TaskLog as TaskLog  # noqa: E402
from dongdang.trade.ledger import TradeLedger as TradeLedger  # noqa: E402
from dongdang.zoning import PlanRegistry as PlanRegistry  # noqa: E402
