"""Constructors as a type checker sees them: mypy --strict checks this file, it is not run.

attrs gives ``__init__`` the type of each converter's first parameter, so these are
the converters' types. Each ``# type: ignore[arg-type]`` below is expected: with
mypy's ``warn_unused_ignores`` (part of ``strict``), a converter loosened back to
``object`` makes the ignore unused and fails the typing session.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dongdang import Period, amount
from dongdang.fees.crossings import Crossing, GoodsRegime
from dongdang.fees.vehicles import PayloadBracket
from dongdang.gates import GatePair
from dongdang.legal import LegalReference
from dongdang.tasks import Task
from dongdang.trade.flows import TradeFlow
from dongdang.zoning import Area


def accepted_and_refused() -> None:
    """Never called: pytest imports this file for its doctests, mypy reads it."""
    # -- accepted -----------------------------------------------------------------------------

    GatePair(code="chi-ma", name="Chi Ma", aliases=["Chi Mà"])
    GatePair(code="chi-ma", name="Chi Ma", aliases=("Chi Mà",))
    Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
    Crossing(date=dt.date(2025, 5, 8), regime="export", goods="fruit+ore", payload=Decimal("12.5"))
    Crossing(date=dt.date(2025, 5, 8), regime=GoodsRegime.EXPORT, goods=["fruit"], payload=12)
    PayloadBracket(low=0, high=Decimal(4), low_inclusive=True, high_inclusive=False)
    TradeFlow(
        direction="export",
        period="quý I/2025",
        value=amount(1, "million_USD"),
        measure="turnover",
        growth="12,3%",
    )
    Task(code="ioffice-2020-014", title="Báo cáo", source="ioffice", assigned=dt.date(2020, 1, 2))
    Area(hectares=Decimal("52.6"))
    LegalReference.parse("Quyết định số 1055/QĐ-TTg")

    # -- refused: each line must fail type checking -------------------------------------------

    GatePair(code=1, name="Chi Ma")  # type: ignore[arg-type]
    GatePair(code="chi-ma", name=None)  # type: ignore[arg-type]
    GatePair(code="chi-ma", name="Chi Ma", aliases="Chi Mà")  # type: ignore[arg-type]
    Period(start="2025-01-01", end=dt.date(2025, 12, 31))  # type: ignore[arg-type]
    Crossing(date=dt.date(2025, 5, 8), regime=1, goods="fruit")  # type: ignore[arg-type]
    Crossing(date=dt.date(2025, 5, 8), regime="export", goods="fruit", payload="12")  # type: ignore[arg-type]
    PayloadBracket(low="0", high=None, low_inclusive=True, high_inclusive=False)  # type: ignore[arg-type]
    Task(code="t-1", title="x", source="ioffice", assigned="2020-01-02")  # type: ignore[arg-type]
    Area(hectares="52,6")  # type: ignore[arg-type]
