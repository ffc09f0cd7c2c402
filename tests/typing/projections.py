"""dongdang.projections as a type checker sees it: mypy --strict checks this file; it is not run."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import assert_type

from dongdang import Period, Quantity, parse_amount, read_figure
from dongdang.auditing import Interval
from dongdang.data import seed_capital_plan
from dongdang.projections import (
    GrowthPath,
    Method,
    PaceKind,
    PaceNeeded,
    YearEndProjection,
    calendar_months,
    disbursement_pace,
    growth_path,
    pace_needed,
    run_rate,
    same_period_share,
)

nine = Period.first_months(2020, 9)
projection = run_rate(read_figure("trên 344,8 tỷ đồng"), nine)
assert_type(projection, YearEndProjection)
assert_type(projection.exact, Fraction)
assert_type(projection.value, Quantity)
assert_type(projection.interval, Interval | None)
assert_type(
    run_rate(parse_amount("1 tỷ đồng"), nine, method=Method.RUN_RATE_DAYS), YearEndProjection
)
seasonal = same_period_share(
    parse_amount("3 tỷ đồng"),
    nine,
    last_ytd=parse_amount("2 tỷ đồng"),
    last_year=read_figure("4 tỷ đồng"),
)
assert_type(seasonal.describe("en"), str)
assert_type(calendar_months(nine), Fraction)

pace = pace_needed(
    parse_amount("1 tỷ đồng"),
    parse_amount("2 tỷ đồng"),
    as_of=dt.date(2024, 5, 31),
    kind=PaceKind.FEE_ESTIMATE,
)
assert_type(pace, PaceNeeded)
assert_type(pace.per_month, Fraction)
assert_type(pace.multiple, Fraction | None)
assert_type(pace.amount(pace.per_day), Quantity)
assert_type(pace.assumptions(), tuple[str, ...])
plan_pace = disbursement_pace(seed_capital_plan(), dt.date(2020, 5, 25), share=Decimal("0.95"))
assert_type(plan_pace.per_month_interval, Interval | None)

path = growth_path(parse_amount("100 tỷ đồng"), parse_amount("121 tỷ đồng"), 2020, 2022)
assert_type(path, GrowthPath)
assert_type(path.rate, Decimal)
assert_type(path.path(), tuple[tuple[int, Quantity], ...])
