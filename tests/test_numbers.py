"""The number policy (``dongdang._decimal``) and the error hierarchy (``dongdang.errors``)."""

from __future__ import annotations

import datetime as dt
import decimal
import math
import pickle
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import errors, format_number, growth_rate, parse_amount
from dongdang._decimal import round_half_up, tidy, to_decimal
from dongdang.errors import (
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    UndefinedRatioError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.fees.crossings import check_goods_code
from dongdang.periods import Period
from strategies import finite_decimals

if TYPE_CHECKING:
    from collections.abc import Callable

# -- to_decimal --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (344.8, Decimal("344.8")),
        (0.1, Decimal("0.1")),
        (1e-7, Decimal("1e-7")),
        (-2.5, Decimal("-2.5")),
        (12, Decimal(12)),
        (10**30 + 1, Decimal(1000000000000000000000000000001)),
        (Decimal("278718.000"), Decimal(278718)),
        (np.float64(0.3), Decimal("0.3")),
        (np.int64(-7), Decimal(-7)),
        (np.uint64(2**64 - 1), Decimal(18446744073709551615)),
    ],
)
def test_to_decimal_takes_numbers_by_their_shortest_repr(value: object, expected: Decimal) -> None:
    result = to_decimal(value, "value")
    assert type(result) is Decimal
    assert result == expected


def test_to_decimal_does_not_take_the_binary_expansion_of_a_float() -> None:
    # Decimal(0.1) is 0.1000000000000000055511151231257827...; the policy takes "0.1".
    # Fraction(0.1) is that binary expansion.
    assert Fraction(to_decimal(0.1, "value")) == Fraction(1, 10) != Fraction(0.1)


def test_to_decimal_keeps_a_decimal_as_given() -> None:
    value = Decimal("1.2300")
    assert to_decimal(value, "value") is value


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_to_decimal_round_trips_every_finite_float(value: float) -> None:
    result = to_decimal(value, "value")
    assert float(result) == value
    # The shortest repr has at most 17 significant digits.
    assert len(result.as_tuple().digits) <= 17


@given(st.integers(min_value=-(10**40), max_value=10**40))
def test_to_decimal_is_exact_for_ints(value: int) -> None:
    assert Fraction(to_decimal(value, "value")) == value


@pytest.mark.parametrize(
    ("value", "error", "shown"),
    [
        (True, InvalidTypeError, "True"),
        (False, InvalidTypeError, "False"),
        (np.bool_(True), InvalidTypeError, "True"),  # noqa: FBT003
        ("12", InvalidTypeError, "'12'"),
        (None, InvalidTypeError, "None"),
        (Fraction(1, 3), InvalidTypeError, "got 1/3 of type Fraction"),
        (1 + 2j, InvalidTypeError, "(1+2j)"),
        (float("nan"), InvalidValueError, "nan"),
        (float("inf"), InvalidValueError, "inf"),
        (float("-inf"), InvalidValueError, "-inf"),
        (np.float64("nan"), InvalidValueError, "nan"),
        (Decimal("NaN"), InvalidValueError, "Decimal('NaN')"),
        (Decimal("sNaN"), InvalidValueError, "Decimal('sNaN')"),
        (Decimal("Infinity"), InvalidValueError, "Decimal('Infinity')"),
        (Decimal("-Infinity"), InvalidValueError, "Decimal('-Infinity')"),
    ],
)
def test_to_decimal_refuses_what_the_policy_refuses(
    value: object, error: type[DongDangError], shown: str
) -> None:
    with pytest.raises(error) as caught:
        to_decimal(value, "previous")
    message = str(caught.value)
    assert message.startswith("previous must be a")
    assert shown in message


def test_a_numpy_bool_is_refused_as_a_bool_is() -> None:
    # np.bool_ is neither bool nor Integral, so it falls to the catch-all.
    with pytest.raises(InvalidTypeError, match="of type bool"):
        to_decimal(np.bool_(False), "value")  # noqa: FBT003


# -- tidy --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("123.000", "123"),
        ("1.2E+3", "1200"),
        ("0.1440", "0.144"),
        ("-0.500", "-0.5"),
        ("0E-7", "0"),
        ("5E+2", "500"),
        ("278.718000", "278.718"),
    ],
)
def test_tidy_drops_trailing_zeros_and_positive_exponents(value: str, expected: str) -> None:
    assert str(tidy(Decimal(value))) == expected


@given(finite_decimals)
def test_tidy_keeps_the_value_and_drops_every_trailing_zero(value: Decimal) -> None:
    result = tidy(value)
    assert result == value
    sign, digits, exponent = result.as_tuple()
    assert isinstance(exponent, int)
    if value == int(value):
        assert exponent == 0
    else:
        assert exponent < 0
        assert digits[-1] != 0
    assert sign == (1 if value < 0 else 0) or value == 0


def test_tidy_ignores_the_callers_precision() -> None:
    with decimal.localcontext() as context:
        context.prec = 3
        assert tidy(Decimal("123456789.1230")) == Decimal("123456789.123")
        assert tidy(Decimal("1.234567E+12")) == 1234567000000


# -- round_half_up -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("14.35", 1, "14.4"),  # half-even would give 14.4 as well
        ("14.25", 1, "14.3"),  # half-even would give 14.2
        ("0.5", 0, "1"),
        ("2.5", 0, "3"),
        ("-2.5", 0, "-3"),
        ("-0.125", 2, "-0.13"),
        ("51.96", 1, "52.0"),
        ("41.019", 0, "41"),
        ("178.2604", 2, "178.26"),
        ("7", 2, "7.00"),
    ],
)
def test_round_half_up_rounds_halves_away_from_zero(value: str, places: int, expected: str) -> None:
    result = round_half_up(Decimal(value), places)
    assert str(result) == expected


def _half_away(value: Fraction, places: int) -> Fraction:
    scale = 10**places
    magnitude = Fraction(math.floor(abs(value) * scale + Fraction(1, 2)), scale)
    return magnitude if value >= 0 else -magnitude


@given(finite_decimals, st.integers(min_value=0, max_value=6))
def test_round_half_up_agrees_with_fraction_arithmetic(value: Decimal, places: int) -> None:
    result = round_half_up(value, places)
    assert Fraction(result) == _half_away(Fraction(value), places)
    assert result.as_tuple().exponent == -places


def test_round_half_up_ignores_the_callers_precision() -> None:
    with decimal.localcontext() as context:
        context.prec = 3
        # quantize in a 3-digit context would raise InvalidOperation.
        assert round_half_up(Decimal("123456.785"), 2) == Decimal("123456.79")


# -- errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (InvalidValueError, ValueError),
        (InvalidTypeError, TypeError),
        (UnitMismatchError, TypeError),
        (UndefinedRatioError, ValueError),
        (ParseError, ValueError),
    ],
)
def test_every_error_is_a_dongdang_error_and_a_builtin(
    error: type[DongDangError], builtin: type[Exception]
) -> None:
    assert issubclass(error, DongDangError)
    assert issubclass(error, builtin)


def test_specific_errors_are_invalid_values() -> None:
    assert issubclass(UndefinedRatioError, InvalidValueError)
    assert issubclass(ParseError, InvalidValueError)


def test_code_catching_the_builtin_keeps_working() -> None:
    with pytest.raises(ValueError, match="previous is 0"):
        growth_rate(1, 0)
    with pytest.raises(TypeError, match="bool"):
        growth_rate(True, 1)  # noqa: FBT003


def test_undefined_ratio_error_names_the_argument() -> None:
    error = UndefinedRatioError("whole is 0: a share needs a base above zero", argument="whole")
    assert error.argument == "whole"
    assert str(error) == "whole is 0: a share needs a base above zero"


def test_parse_error_quotes_the_text_and_points_at_the_position() -> None:
    error = ParseError("344.8 tỷ đồng", 3, "'.' groups thousands in Vietnamese")
    assert (error.text, error.position, error.reason) == (
        "344.8 tỷ đồng",
        3,
        "'.' groups thousands in Vietnamese",
    )
    assert str(error) == (
        "cannot read '344.8 tỷ đồng' at position 3: '.' groups thousands in Vietnamese"
    )


def test_parse_error_from_the_reader_has_its_position() -> None:
    # The errors module's own example: "344.8" is not a Vietnamese number.
    with pytest.raises(ParseError) as caught:
        parse_amount("344.8 tỷ đồng")
    assert caught.value.position == 3
    assert caught.value.text == "344.8 tỷ đồng"


@pytest.mark.parametrize(
    "error",
    [
        DongDangError("root"),
        InvalidValueError.not_positive("rate", 0),
        InvalidTypeError("value must be a number, not the bool True"),
        InvalidTypeError.of("strict", "a bool", 1),
        UnitMismatchError("cannot express 1 USD in VND"),
        UndefinedRatioError("previous is 0", argument="previous"),
        ParseError("5 ₫", 2, "'₫' is not part of a unit expression"),
        UnknownCodeError("gate pair", "ai-diem", ["chi-ma"], where="a route", also="or a name"),
        UnknownCodeError("goods regime", "", ["export"]).at("row 2"),
    ],
    ids=lambda error: f"{type(error).__name__}: {error}",
)
def test_errors_pickle_with_their_attributes(error: DongDangError) -> None:
    # Errors cross process boundaries (multiprocessing, pytest-xdist).
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert vars(restored) == vars(error)


@pytest.mark.parametrize(
    ("call", "name", "wrong", "shown"),
    [
        (lambda wrong: format_number(5, wrong), "lang", {}, "{}"),
        (check_goods_code, "goods", 7, "7"),
        (
            lambda wrong: Period.year(2024).overlaps(wrong),
            "other",
            dt.date(2024, 1, 1),
            "2024-01-01",
        ),
    ],
    ids=["format_number lang", "goods code", "Period.overlaps"],
)
def test_a_wrong_type_error_carries_the_argument_and_the_value(
    call: Callable[[object], object], name: str, wrong: object, shown: str
) -> None:
    # A caller can tell which argument was wrong without reading the message.
    with pytest.raises(InvalidTypeError) as caught:
        call(wrong)
    assert caught.value.name == name
    assert caught.value.value is wrong
    assert str(caught.value) == f"{name} must be {caught.value.expected}, got {shown}"


@pytest.mark.parametrize(
    ("lookup", "message"),
    [
        (lambda: UnknownCodeError("plan", "x", []), "unknown plan 'x'; none is known"),
        (
            lambda: UnknownCodeError("plan", "x", ("a", "b"), where="the registry"),
            "unknown plan 'x' in the registry; expected one of 'a', 'b'",
        ),
        (
            lambda: UnknownCodeError("plan", 7, ["a"]).at("row 1"),
            "row 1: unknown plan 7; expected one of 'a'",
        ),
    ],
)
def test_an_unknown_code_is_worded_once_from_its_data(
    lookup: Callable[[], UnknownCodeError], message: str
) -> None:
    error = lookup()
    assert str(error) == message
    assert error.accepted == tuple(error.accepted)
    assert isinstance(error, ValueError)


def test_errors_all_is_sorted_and_complete() -> None:
    assert errors.__all__ == sorted(errors.__all__)
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), DongDangError)
