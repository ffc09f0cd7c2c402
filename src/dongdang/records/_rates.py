"""The exchange-rate table: a rate of a pair on a day, a row each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from dongdang.exchange import ExchangeRateTable
from dongdang.records._coding import _label, _made
from dongdang.tables import Column, _read_rows, _RowError, _twice
from dongdang.units import ExchangeRate

if TYPE_CHECKING:
    from collections.abc import Mapping


#: The columns of an exchange-rate table, a row for one rate of a pair on a day.
EXCHANGE_RATE_COLUMNS: Final = (
    Column("base", "text"),
    Column("quote", "text"),
    Column("rate", "decimal"),
    Column("on", "date"),
    Column("source", "text"),
)


def read_exchange_rates(
    table: object, *, mapping: Mapping[str, str] | None = None, name: str | None = None
) -> ExchangeRateTable:
    """The rates of a table (``base``, ``quote``, ``rate``, ``on``, ``source``).

    Raises:
        TableError: a bad cell, a rate the domain refuses (an unknown currency,
            a rate of zero), or a pair given twice on one day, by row and column.
    """
    read = _read_rows(
        table,
        EXCHANGE_RATE_COLUMNS,
        lambda cells: _made(_RATE_COLUMN, ExchangeRate, **cells),
        key=lambda rate: (*sorted((rate.base, rate.quote)), rate.on),
        twice=lambda rate, first: _RowError(
            "on", _twice(f"the {rate.base}/{rate.quote} rate of {rate.on.isoformat()}", first)
        ),
        mapping=mapping,
        name=_label(table, name),
    )
    rates = [rate for _, rate in read]
    return ExchangeRateTable(rates=rates)


#: The column a refused rate is named by, and the columns its message may name first.
_RATE_COLUMN: Final = ("rate", ("base", "quote", "rate", "on", "source"))


def exchange_rate_columns(rates: ExchangeRateTable) -> dict[str, list[Any]]:
    """The rates as columns (the rate as its decimal text, exact)."""
    return {
        "base": [rate.base for rate in rates.rates],
        "quote": [rate.quote for rate in rates.rates],
        "rate": [f"{rate.rate:f}" for rate in rates.rates],
        "on": [rate.on for rate in rates.rates],
        "source": [rate.source for rate in rates.rates],
    }
