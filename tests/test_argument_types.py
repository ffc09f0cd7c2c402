"""Arguments of the wrong type raise InvalidTypeError, naming the input.

A bool where an int goes (``year=True``), a float for a count (``decimals=1.5``),
a string for a number or a number for a text are the wrong *type*: the error
is :class:`~dongdang.errors.InvalidTypeError` (a ``TypeError``), not the
``ValueError`` of a value out of range. Each row calls a public constructor or
function and checks the error's type and that its message names the input.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
import pytest

from dongdang import ExchangeRate, InvalidTypeError, InvalidValueError, Period, amount
from dongdang.data import seed_capital_plan, seed_trade_ledger
from dongdang.exchange import ExchangeRateTable
from dongdang.fees import lang_son_fee_schedule
from dongdang.fees.reforms import Reform, SetCoefficient
from dongdang.investment import MANAGEMENT_BOARD, statutory_window
from dongdang.projections import growth_path
from dongdang.scenarios import FeeScenario
from dongdang.text import format_amount, format_number, format_percent, parse_amount
from dongdang.trade.scenarios import GrowthAssumption
from dongdang.zoning import lang_son_plans

if TYPE_CHECKING:
    from collections.abc import Callable

START = dt.date(2026, 1, 1)


def bad(value: object) -> Any:
    """``value``, typed so that the type checker lets it through to the check at run time."""
    return value


def _budget() -> Any:
    return lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2020)


def _version() -> Any:
    return lang_son_fee_schedule().versions[-1]


def _table() -> ExchangeRateTable:
    rate = ExchangeRate(
        base="USD", quote="VND", rate=23000, on=dt.date(2021, 1, 1), source="example"
    )
    return ExchangeRateTable(rates=[rate])


def _reform(**changed: object) -> Reform:
    fields: dict[str, Any] = {
        "id": "x",
        "start": START,
        "vi": "Kịch bản",
        "en": "Scenario",
        "changes": [SetCoefficient(id="ore_export", factor=2)],
    }
    return Reform(**(fields | changed))


def _assumption(**changed: object) -> GrowthAssumption:
    fields: dict[str, Any] = {"rate": Decimal("0.1"), "vi": "Tăng 10%", "en": "Up 10%"}
    return GrowthAssumption(**(fields | changed))


#: (id, call, the error, what the message names)
WRONG_TYPES: list[tuple[str, Callable[[], object], type[Exception], str]] = [
    ("year bool", lambda: Period.year(True), InvalidTypeError, "year.*True"),  # noqa: FBT003
    ("year float", lambda: Period.year(bad(2020.0)), InvalidTypeError, "year.*2020.0"),
    ("year str", lambda: Period.year(bad("2020")), InvalidTypeError, "year.*'2020'"),
    ("month float", lambda: Period.month(2020, bad(1.5)), InvalidTypeError, "month.*1.5"),
    ("quarter bool", lambda: Period.quarter(2020, True), InvalidTypeError, "quarter.*True"),  # noqa: FBT003
    ("months str", lambda: Period.first_months(2020, bad("9")), InvalidTypeError, "months.*'9'"),
    (
        "decimals float",
        lambda: format_number(1, decimals=bad(1.5)),
        InvalidTypeError,
        "decimals.*1.5",
    ),
    (
        "decimals bool",
        lambda: format_percent(Decimal("0.1"), decimals=True),
        InvalidTypeError,
        "decimals.*True",
    ),
    (
        "decimals of an amount",
        lambda: format_amount(parse_amount("5 tỷ đồng"), "tỷ đồng", decimals=bad(1.0)),
        InvalidTypeError,
        "decimals.*1.0",
    ),
    (
        "decimals of a conversion",
        lambda: _table().convert(
            amount(1, "USD"), "VND", on=dt.date(2021, 1, 1), decimals=bad(2.0)
        ),
        InvalidTypeError,
        "decimals.*2.0",
    ),
    (
        "base_year bool",
        lambda: growth_path(parse_amount("1 tỷ đồng"), parse_amount("2 tỷ đồng"), True, 2021),  # noqa: FBT003
        InvalidTypeError,
        "base_year.*True",
    ),
    ("plan year bool", lambda: statutory_window(True), InvalidTypeError, "year.*True"),  # noqa: FBT003
    (
        "plan year float",
        lambda: attrs.evolve(seed_capital_plan(), year=bad(2020.0)),
        InvalidTypeError,
        "year.*2020.0",
    ),
    (
        "budget year float",
        lambda: lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(bad(2020.0)),
        InvalidTypeError,
        "year.*2020.0",
    ),
    (
        "shares places",
        lambda: _budget().rounded_shares(places=1.5),
        InvalidTypeError,
        "places.*1.5",
    ),
    (
        "comtrade partner",
        lambda: seed_trade_ledger().to_comtrade(partner=bad("CHN")),
        InvalidTypeError,
        "partner.*'CHN'",
    ),
    (
        "ratio printed",
        lambda: seed_capital_plan().ratio(dt.date(2020, 5, 25)).prints_as(bad(41)),
        InvalidTypeError,
        "41",
    ),
    (
        "organisation code",
        lambda: attrs.evolve(MANAGEMENT_BOARD, code=bad(5)),
        InvalidTypeError,
        "code.*5",
    ),
    (
        "organisation name",
        lambda: attrs.evolve(MANAGEMENT_BOARD, name=bad(5)),
        InvalidTypeError,
        "name.*5",
    ),
    ("version id", lambda: attrs.evolve(_version(), id=5), InvalidTypeError, "version id.*5"),
    (
        "rate source",
        lambda: attrs.evolve(_version().rates[0], source=5),
        InvalidTypeError,
        "source.*5",
    ),
    (
        "schedule name",
        lambda: attrs.evolve(lang_son_fee_schedule(), name=bad(5)),
        InvalidTypeError,
        "name.*5",
    ),
    ("reform id", lambda: _reform(id=5), InvalidTypeError, "id.*5"),
    (
        "coefficient id",
        lambda: attrs.evolve(_version().coefficients[0], id=bad(5)),
        InvalidTypeError,
        "id.*5",
    ),
    (
        "coefficient id of a reform",
        lambda: SetCoefficient(id=bad(5), factor=2),
        InvalidTypeError,
        "id.*5",
    ),
    (
        "scenario name",
        lambda: FeeScenario(name=bad(5), baseline=lang_son_fee_schedule(), reforms=[]),
        InvalidTypeError,
        "name.*5",
    ),
    ("assumption text", lambda: _assumption(vi=5), InvalidTypeError, "vi.*5"),
]

#: The same inputs with a value of the right type that cannot be: still InvalidValueError.
WRONG_VALUES: list[tuple[str, Callable[[], object], type[Exception], str]] = [
    ("year 0", lambda: Period.year(0), InvalidValueError, "year.*from 1.*got 0"),
    ("month 13", lambda: Period.month(2020, 13), InvalidValueError, "month.*from 1 to 12.*13"),
    ("decimals -1", lambda: format_number(1, decimals=-1), InvalidValueError, "decimals.*-1"),
    ("places -1", lambda: _budget().rounded_shares(places=-1), InvalidValueError, "places.*-1"),
    ("plan year 0", lambda: statutory_window(0), InvalidValueError, "year.*0"),
    (
        "budget year 1999",
        lambda: lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(1999),
        InvalidValueError,
        "1999",
    ),
    (
        "partner 1000",
        lambda: seed_trade_ledger().to_comtrade(partner=1000),
        InvalidValueError,
        "partner.*1000",
    ),
    (
        "ratio printed in đồng",
        lambda: seed_capital_plan().ratio(dt.date(2020, 5, 25)).prints_as("41 tỷ đồng"),
        InvalidValueError,
        "41 tỷ đồng",
    ),
    (
        "version id blank",
        lambda: attrs.evolve(_version(), id=" "),
        InvalidValueError,
        "version id.*' '",
    ),
    ("reform id blank", lambda: _reform(id=""), InvalidValueError, "id.*''"),
    (
        "coefficient id blank",
        lambda: attrs.evolve(_version().coefficients[0], id=" "),
        InvalidValueError,
        "id.*' '",
    ),
    (
        "schedule name blank",
        lambda: attrs.evolve(lang_son_fee_schedule(), name=""),
        InvalidValueError,
        "name.*''",
    ),
    (
        "organisation code",
        lambda: attrs.evolve(MANAGEMENT_BOARD, code="Ban QL"),
        InvalidValueError,
        "'Ban QL'",
    ),
    (
        "organisation name blank",
        lambda: attrs.evolve(MANAGEMENT_BOARD, name=" "),
        InvalidValueError,
        "name.*' '",
    ),
    (
        "rate source blank",
        lambda: attrs.evolve(_version().rates[0], source=""),
        InvalidValueError,
        "source.*''",
    ),
    (
        "scenario name blank",
        lambda: FeeScenario(name=" ", baseline=lang_son_fee_schedule(), reforms=[]),
        InvalidValueError,
        "name.*' '",
    ),
    ("assumption text blank", lambda: _assumption(en=""), InvalidValueError, "en.*''"),
]


@pytest.mark.parametrize(
    ("call", "error", "named"),
    [row[1:] for row in WRONG_TYPES],
    ids=[row[0] for row in WRONG_TYPES],
)
def test_an_argument_of_the_wrong_type_is_an_invalid_type_error_naming_it(
    call: Callable[[], object], error: type[Exception], named: str
) -> None:
    with pytest.raises(error, match=named) as raised:
        call()
    assert not isinstance(raised.value, InvalidValueError)  # a TypeError, never a ValueError


@pytest.mark.parametrize(
    ("call", "error", "named"),
    [row[1:] for row in WRONG_VALUES],
    ids=[row[0] for row in WRONG_VALUES],
)
def test_a_value_that_cannot_be_is_an_invalid_value_error_naming_it(
    call: Callable[[], object], error: type[Exception], named: str
) -> None:
    with pytest.raises(error, match=named) as raised:
        call()
    assert not isinstance(raised.value, InvalidTypeError)


def test_the_message_says_which_type_was_given() -> None:
    with pytest.raises(InvalidTypeError, match=re.escape("got 1.5 of type float")):
        Period.month(2020, bad(1.5))
