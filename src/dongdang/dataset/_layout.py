"""The layout of a dataset's directory: its files, by the field or table they fill."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

from dongdang.errors import DataFileError
from dongdang.fees.schedule import FeeSchedule
from dongdang.gates import GateRegistry
from dongdang.projects import PROJECT_TABLES, Portfolio
from dongdang.records import PLAN_TABLES
from dongdang.tasks import TaskLog
from dongdang.zoning import PlanRegistry

if TYPE_CHECKING:
    from pathlib import Path


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


#: The optional TOML file of the figure sentences the report's audit reads.
STATEMENTS_FILE: Final = "statements.toml"


#: The optional TOML file that names the dataset (:class:`DatasetInfo`).
INFO_FILE: Final = "dataset.toml"


def _table_file(root: Path, stem: str) -> Path | None:
    given = [root / f"{stem}.{suffix}" for suffix in ("csv", "parquet")]
    # a directory too, for the reader to refuse by name rather than be ignored
    present = [path for path in given if path.exists()]
    if len(present) > 1:
        raise DataFileError.in_file(root, f"both {stem}.csv and {stem}.parquet; keep one")
    return present[0] if present else None
