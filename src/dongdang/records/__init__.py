r"""The record tables of a dataset: crossings, exchange rates, capital plans, printed figures.

Each table has a reader (a CSV or Parquet file, a pandas or polars DataFrame,
a pyarrow Table, or a mapping of columns) that names every bad cell by file,
row (as a spreadsheet shows it: the header is row 1) and column, all the
problems of a table together up to :data:`~dongdang.tables.LIMIT`, and a
function giving the records back as columns, which
:func:`~dongdang.tables.write_table` writes: ``read(write(x)) == x``.

>>> import datetime as dt
>>> import io
>>> from dongdang.records import read_exchange_rates
>>> rates = read_exchange_rates(
...     io.StringIO("base,quote,rate,on,source\nUSD,VND,25450,2025-08-01,an example\n"),
...     name="exchange_rates.csv",
... )
>>> rates.factor("USD", "VND", dt.date(2025, 8, 1))
Decimal('25450')

A table of crossings stays columnar (:class:`CrossingTable`): a million rows are
checked with numpy, each distinct text once, and never become a million objects.
"""

from __future__ import annotations

from dongdang._modules import public_home
from dongdang.records._crossings import (
    CROSSING_COLUMNS,
    CrossingTable,
    crossing_columns,
    read_crossings,
)
from dongdang.records._figures import FIGURE_COLUMNS, figure_columns, read_figures
from dongdang.records._plans import PLAN_TABLES, capital_plan_columns, read_capital_plans
from dongdang.records._rates import (
    EXCHANGE_RATE_COLUMNS,
    exchange_rate_columns,
    read_exchange_rates,
)
from dongdang.records._tasks import TASK_COLUMNS, read_tasks, task_columns

__all__ = [
    "CROSSING_COLUMNS",
    "EXCHANGE_RATE_COLUMNS",
    "FIGURE_COLUMNS",
    "PLAN_TABLES",
    "TASK_COLUMNS",
    "CrossingTable",
    "capital_plan_columns",
    "crossing_columns",
    "exchange_rate_columns",
    "figure_columns",
    "read_capital_plans",
    "read_crossings",
    "read_exchange_rates",
    "read_figures",
    "read_tasks",
    "task_columns",
]


public_home(__name__, __all__, globals())

# Private classes that pickles name here, as before the split: a crossing table's coded
# text columns, and the error a refused row becomes.
from dongdang.records._crossings import _Coded as _Coded  # noqa: E402
from dongdang.records._plans import _RefusedError as _RefusedError  # noqa: E402

public_home(__name__, ["_Coded", "_RefusedError"], globals())
