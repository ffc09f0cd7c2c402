"""How dongdang looks to a type checker: mypy --strict checks this file, it is not run."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import assert_type

import numpy as np
import numpy.typing as npt

import dongdang
from dongdang import (
    Figure,
    Period,
    Qualifier,
    Quantity,
    format_amount,
    format_percent,
    growth_rate,
    implied_previous,
    parse_amount,
    parse_percent,
    read_figure,
    share,
)
from dongdang.errors import InvalidTypeError, InvalidValueError, UnitMismatchError

fee = parse_amount("278.718 triệu đồng")
assert_type(fee, Quantity)
assert_type(parse_percent("14,4%"), Decimal)
assert_type(growth_rate(fee, parse_amount("243.634 triệu đồng")), Decimal)
assert_type(growth_rate(Decimal("1.144"), 1), Decimal)
assert_type(implied_previous(fee, Decimal("0.144")), Quantity)
assert_type(implied_previous(Decimal(278718), 0.144), Decimal)
assert_type(share(np.array([1.0, 2.0]), 3), npt.NDArray[np.float64])
assert_type(format_amount(fee, "triệu đồng", lang="en", decimals=0), str)
assert_type(format_percent(Decimal("0.144")), str)

figure = read_figure("trên 344,8 tỷ đồng")
assert_type(figure, Figure)
assert_type(figure.qualifier, Qualifier | None)
assert_type(figure.value, Decimal)

period = Period.parse("quý II/2024")
assert_type(period.start, dt.date)
assert_type(period.same_period_last_year(), Period)
assert_type(dt.date(2024, 5, 1) in period, bool)
assert_type(dongdang.__version__, str)


class RowTypeError(InvalidTypeError):
    """A subclass's own type comes back from the shared constructors, as from every error's."""


class RowMismatchError(UnitMismatchError):
    """As :class:`RowTypeError`, for a mismatch of units."""


assert_type(RowTypeError.of("x", "a str", 1), RowTypeError)
assert_type(RowTypeError.of_type("x", "a str", 1), RowTypeError)
assert_type(RowTypeError.must_hold("xs", "str", 1), RowTypeError)
assert_type(RowTypeError.of("x", "a str", 1).at("row 2"), RowTypeError)
assert_type(RowMismatchError.of("x", 1, "an amount"), RowMismatchError)
assert_type(RowMismatchError.unlike("x", 1, "y", 2), RowMismatchError)
assert_type(InvalidValueError.of("x", 1, "must be odd"), InvalidValueError)
