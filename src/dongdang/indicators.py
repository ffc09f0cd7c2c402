"""Indicators: the arithmetic of the zone's reports.

Every result is a :class:`~decimal.Decimal` fraction: ``Decimal("0.144")`` is
what a report prints as "14,4%". Inputs are Decimals, ints, floats (taken by
their shortest repr) or quantities of one dimension, whose units cancel:

>>> from dongdang import growth_rate, parse_amount
>>> growth = growth_rate(parse_amount("664.127 triệu đồng"), parse_amount("473,7 tỷ đồng"))
>>> growth
Decimal('0.401999155583702765463373443107452')
>>> format_percent(growth, decimals=1)
'40,2%'

Mixed currencies raise :class:`~dongdang.errors.UnitMismatchError`; a base of
zero or less raises :class:`~dongdang.errors.UndefinedRatioError` naming the
argument. Quotients carry 34 significant digits (IEEE 754 decimal128) and
differences are exact; rounding happens only when a figure is written out.

Given numpy arrays (of plain magnitudes in one unit), the same functions work
elementwise in float64 and return an array.
"""

from __future__ import annotations

import decimal
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias, cast, overload

from dongdang._decimal import (
    EXACT,
    MAX_EMAX,
    MIN_EMIN,
    ONE,
    QUOTIENT,
    RESULT_DIGITS,
    tidy,
    to_decimal,
)
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UndefinedRatioError,
    UnitMismatchError,
)
from dongdang.units import Quantity, is_quantity, magnitude_in, ureg

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray: TypeAlias = npt.NDArray[np.float64]
    ArrayInput: TypeAlias = npt.NDArray[Any]

__all__ = [
    "Value",
    "attainment",
    "cagr",
    "contribution_to_growth",
    "disbursement_ratio",
    "growth_rate",
    "implied_base",
    "implied_previous",
    "share",
]

#: What an indicator takes for a scalar (a number or a quantity).
Value: TypeAlias = "Decimal | float | Quantity"

_RESULT = decimal.Context(
    prec=RESULT_DIGITS, rounding=decimal.ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN
)


def _numpy() -> Any:  # noqa: ANN401 - numpy is optional at import
    # numpy is imported by whoever made an array; dongdang never imports it first.
    return sys.modules.get("numpy")


def _is_array(value: object) -> bool:
    numpy = _numpy()
    return numpy is not None and isinstance(value, numpy.ndarray)


def _scalars(**values: object) -> list[Decimal]:
    """Plain numbers as Decimals, or quantities of one dimension in a common unit."""
    quantities = {
        name: cast("Quantity", value)  # pragma: no mutate - cast() returns its value unread
        for name, value in values.items()
        if is_quantity(value)
    }
    if not quantities:
        return [to_decimal(value, name) for name, value in values.items()]
    plain = [name for name in values if name not in quantities]
    if plain:
        first = next(iter(quantities))
        raise UnitMismatchError.of(
            plain[0],
            values[plain[0]],
            f"a quantity, as {first} ({quantities[first]}) is",
            hint="give both with units or both without",
        )
    (lead_name, lead), *others = quantities.items()
    common = ureg.get_root_units(lead.units)[1]
    for name, quantity in others:
        if quantity.dimensionality != lead.dimensionality:
            money = _both_money(lead, quantity)
            raise UnitMismatchError.unlike(
                name,
                quantity,
                lead_name,
                lead,
                kind="currency" if money else "dimension",
                hint="convert currencies with an ExchangeRate" if money else None,
            )
    for name, quantity in quantities.items():
        # A magnitude that breaks the number policy is named by its argument.
        to_decimal(quantity.magnitude, name)
    return [magnitude_in(quantity, common) for quantity in quantities.values()]


def _index(array: FloatArray, flat: int) -> int | tuple[int, ...]:
    """The position of the ``flat``-th element: an int, or a tuple for 2-D and up."""
    if array.ndim <= 1:
        return int(flat)
    return tuple(int(axis) for axis in _numpy().unravel_index(flat, array.shape))


def _first(mask: npt.NDArray[np.bool_]) -> int | None:
    """The flat index of the first true element of ``mask``, if any."""
    hits = mask.ravel().nonzero()[0]
    return int(hits[0]) if len(hits) else None


def _as_array(value: object, name: str) -> FloatArray:
    """One argument of the array path as float64, under the number policy.

    An ndarray must hold numbers (integers, floats, or objects the number
    policy takes); anything else is a scalar and goes through the policy itself,
    so that ``True``, ``"12"`` and ``None`` are refused as they are without arrays.
    """
    numpy = _numpy()
    if is_quantity(value):
        raise InvalidTypeError.of(name, "plain magnitudes in one unit with arrays", value)
    array: FloatArray  # numpy is untyped here (optional): the annotation types its arrays
    if not isinstance(value, numpy.ndarray):
        array = numpy.asarray(float(to_decimal(value, name)))
    elif value.dtype.kind == "O":
        items = [float(to_decimal(item, name)) for item in value.flat]
        array = numpy.array(items).reshape(value.shape)  # Python floats: float64
    elif value.dtype.kind in {"i", "u", "f"}:  # integers, unsigned, floats
        array = numpy.asarray(value, dtype=numpy.float64)
    else:
        raise InvalidTypeError.must_hold(name, "numbers", value)
    return array


def _both_money(first: Quantity, second: Quantity) -> bool:
    """Whether each is an amount of one currency, and nothing else (not money per hectare)."""
    return all(
        len(quantity.dimensionality) == 1
        and next(iter(quantity.dimensionality)).startswith("[currency_")
        and next(iter(quantity.dimensionality.values())) == 1
        for quantity in (first, second)
    )


def _arrays(**values: object) -> list[FloatArray]:
    arrays = []
    for name, value in values.items():
        array = _as_array(value, name)
        bad = _first(~_numpy().isfinite(array))
        if bad is not None:
            raise InvalidValueError.of(
                f"{name}[{_index(array, bad)}]", array.flat[bad], "must be a finite number"
            )
        arrays.append(array)
    return arrays


def _check_base(value: Decimal, name: str, meaning: str) -> None:
    if value <= 0:
        raise UndefinedRatioError.for_base(name, value, f"{meaning} needs a base above zero")


def _check_base_array(array: FloatArray, name: str, meaning: str) -> None:
    bad = _first(array <= 0)
    if bad is not None:
        raise _undefined_at(array, bad, name, f"{meaning} needs a base above zero")


def _undefined_at(array: FloatArray, bad: int, name: str, needs: str) -> UndefinedRatioError:
    """The error for the ``bad``-th element of ``array`` (``name``), a base ``needs`` refuses."""
    value = array.flat[bad]
    return UndefinedRatioError.for_base(
        name, value, needs, shown=f"{value} at index {_index(array, bad)}"
    )


def _ratio(
    numerator: object, denominator: object, names: tuple[str, str], meaning: str
) -> Decimal | FloatArray:
    values = {names[0]: numerator, names[1]: denominator}
    if _is_array(numerator) or _is_array(denominator):
        top, bottom = _arrays(**values)
        _check_base_array(bottom, names[1], meaning)
        return top / bottom
    top_d, bottom_d = _scalars(**values)
    _check_base(bottom_d, names[1], meaning)
    return tidy(QUOTIENT.divide(top_d, bottom_d))


# -- growth ------------------------------------------------------------------------


@overload
def growth_rate(current: ArrayInput, previous: ArrayInput | Value) -> FloatArray: ...
@overload
def growth_rate(current: Value, previous: Value) -> Decimal: ...
def growth_rate(current: Any, previous: Any) -> Any:
    """Growth of ``current`` over ``previous``: "tăng/giảm X% so với cùng kỳ".

    >>> growth_rate(Decimal("1.144"), 1)
    Decimal('0.144')
    >>> format_percent(growth_rate(Decimal("278718"), Decimal("243634")), decimals=1)
    '14,4%'
    >>> growth_rate(1, 0)
    Traceback (most recent call last):
    ...
    dongdang.errors.UndefinedRatioError: previous is 0: a growth rate needs a base above zero
    """
    if _is_array(current) or _is_array(previous):
        now, before = _arrays(current=current, previous=previous)
        _check_base_array(before, "previous", "a growth rate")
        return now / before - 1.0
    now_d, before_d = _scalars(current=current, previous=previous)
    _check_base(before_d, "previous", "a growth rate")
    # The subtraction is exact, so implied_previous can recover the base.
    return tidy(EXACT.subtract(QUOTIENT.divide(now_d, before_d), ONE))


@overload
def implied_previous(current: ArrayInput, growth: ArrayInput | Decimal | float) -> FloatArray: ...
@overload
def implied_previous(current: Quantity, growth: Decimal | float) -> Quantity: ...
@overload
def implied_previous(current: Decimal | float, growth: Decimal | float) -> Decimal: ...
def implied_previous(current: Any, growth: Any) -> Any:
    """The previous value a stated growth implies: ``current / (1 + growth)``.

    A quantity comes back in its own unit; a number comes back with 28
    significant digits, so ``implied_previous(c, growth_rate(c, p)) == p``.

    >>> exports = parse_amount("1.370 triệu USD")
    >>> implied_previous(exports, Decimal("0.123"))
    <Quantity(1219.946571682991985752448798, 'million_USD')>
    >>> implied_previous(1, -1)
    Traceback (most recent call last):
    ...
    dongdang.errors.UndefinedRatioError: growth is -1: 1 + growth must be above zero
    """
    if _is_array(current) or _is_array(growth):
        now, rate = _arrays(current=current, growth=growth)
        bad = _first(1.0 + rate <= 0)
        if bad is not None:
            raise _undefined_at(rate, bad, "growth", "1 + growth must be above zero")
        return now / (1.0 + rate)
    rate_d = to_decimal(growth, "growth")
    base = EXACT.add(ONE, rate_d)
    if base <= 0:
        raise UndefinedRatioError.for_base("growth", rate_d, "1 + growth must be above zero")
    return _divide_back(current, base, "current")


def _divide_back(value: object, divisor: Decimal, name: str) -> Decimal | Quantity:
    """``value / divisor`` with 28 significant digits; a quantity keeps its unit."""
    if is_quantity(value):
        quantity = cast("Quantity", value)  # pragma: no mutate - cast() returns its value unread
        return ureg.Quantity(_divide_back(quantity.magnitude, divisor, name), quantity.units)
    return tidy(_RESULT.plus(QUOTIENT.divide(to_decimal(value, name), divisor)))


@overload
def implied_base(value: ArrayInput, ratio: ArrayInput | Decimal | float) -> FloatArray: ...
@overload
def implied_base(value: Quantity, ratio: Decimal | float) -> Quantity: ...
@overload
def implied_base(value: Decimal | float, ratio: Decimal | float) -> Decimal: ...
def implied_base(value: Any, ratio: Any) -> Any:
    """The base a stated ratio implies: ``value / ratio``.

    The target an attainment implies ("đạt 178,26% dự toán"), the plan a
    disbursement ratio implies ("bằng 51,2% kế hoạch giao"), the whole a share
    implies. A quantity comes back in its own unit; a number with 28
    significant digits, so ``implied_base(a, attainment(a, t)) == t``.

    >>> transshipment = parse_amount("100.751 triệu đồng")
    >>> estimate = implied_base(transshipment, parse_percent("178,26%"))
    >>> format_amount(estimate, "triệu đồng", decimals=0)
    '56.519 triệu đồng'
    >>> implied_base(1, 0)
    Traceback (most recent call last):
    ...
    dongdang.errors.UndefinedRatioError: ratio is 0: an implied base needs a ratio above zero
    """
    if _is_array(value) or _is_array(ratio):
        top, rate = _arrays(value=value, ratio=ratio)
        bad = _first(rate <= 0)
        if bad is not None:
            raise _undefined_at(rate, bad, "ratio", "an implied base needs a ratio above zero")
        return top / rate
    rate_d = to_decimal(ratio, "ratio")
    if rate_d <= 0:
        raise UndefinedRatioError.for_base(
            "ratio", rate_d, "an implied base needs a ratio above zero"
        )
    return _divide_back(value, rate_d, "value")


@overload
def cagr(first: ArrayInput, last: ArrayInput | Value, years: Decimal | float) -> FloatArray: ...
@overload
def cagr(first: Value, last: Value, years: Decimal | float) -> Decimal: ...
def cagr(first: Any, last: Any, years: Any) -> Any:
    """Compound annual growth from ``first`` to ``last`` over ``years`` years.

    >>> cagr(100, 121, 2)
    Decimal('0.1')
    """
    span = to_decimal(years, "years")
    if span <= 0:
        raise InvalidValueError.not_positive("years", years)
    if _is_array(first) or _is_array(last):
        start, end = _arrays(first=first, last=last)
        _check_base_array(start, "first", "a compound growth rate")
        bad = _first(end < 0)
        if bad is not None:
            raise InvalidValueError.negative(f"last[{_index(end, bad)}]", end.flat[bad])
        return (end / start) ** (1.0 / float(span)) - 1.0
    start_d, end_d = _scalars(first=first, last=last)
    _check_base(start_d, "first", "a compound growth rate")
    if end_d < 0:
        raise InvalidValueError.negative("last", end_d)
    ratio = QUOTIENT.divide(end_d, start_d)
    try:
        factor = QUOTIENT.power(ratio, QUOTIENT.divide(ONE, span))  # 0 for 0: 1 / span > 0
        # A factor beyond the number policy (years=1e-16) would take exact
        # subtraction millions of digits: refused as every such number is.
        factor = to_decimal(factor, "the growth factor (last / first) ** (1 / years)")
    except decimal.Overflow:
        raise InvalidValueError.of(
            "years", years, "makes the growth factor (last / first) ** (1 / years) overflow"
        ) from None
    return tidy(EXACT.subtract(factor, ONE))


@overload
def contribution_to_growth(
    part_now: ArrayInput, part_before: ArrayInput | Value, total_before: ArrayInput | Value
) -> FloatArray: ...
@overload
def contribution_to_growth(part_now: Value, part_before: Value, total_before: Value) -> Decimal: ...
def contribution_to_growth(part_now: Any, part_before: Any, total_before: Any) -> Any:
    """A component's share of the total's growth: ``(part_now - part_before) / total_before``.

    The contributions of all the components add up to the growth of the total.

    >>> contribution_to_growth(1370, 1220, 2810)
    Decimal('0.05338078291814946619217081850533808')
    """
    values = {"part_now": part_now, "part_before": part_before, "total_before": total_before}
    meaning = "a contribution to growth"
    if any(map(_is_array, values.values())):
        now, before, total = _arrays(**values)
        _check_base_array(total, "total_before", meaning)
        return (now - before) / total
    now_d, before_d, total_d = _scalars(**values)
    _check_base(total_d, "total_before", meaning)
    return tidy(QUOTIENT.divide(EXACT.subtract(now_d, before_d), total_d))


# -- ratios ------------------------------------------------------------------------


@overload
def attainment(actual: ArrayInput, target: ArrayInput | Value) -> FloatArray: ...
@overload
def attainment(actual: Value, target: Value) -> Decimal: ...
def attainment(actual: Any, target: Any) -> Any:
    """How much of a plan, estimate or target was reached: "đạt X% kế hoạch / dự toán".

    "Vượt X%" (exceeds by X%) is ``attainment - 1``.

    >>> ratio = attainment(parse_amount("100.751 triệu đồng"), parse_amount("56.519 triệu đồng"))
    >>> format_percent(ratio, decimals=2)
    '178,26%'
    """
    return _ratio(actual, target, ("actual", "target"), "an attainment")


@overload
def disbursement_ratio(disbursed: ArrayInput, base: ArrayInput | Value) -> FloatArray: ...
@overload
def disbursement_ratio(disbursed: Value, base: Value) -> Decimal: ...
def disbursement_ratio(disbursed: Any, base: Any) -> Any:
    """Capital disbursed over its base: "bằng X% kế hoạch giao / nguồn vốn đã cấp".

    The base is the capital plan or the capital allocated; say which.

    >>> ratio = disbursement_ratio(
    ...     parse_amount("42.119 triệu đồng"), parse_amount("102.681 triệu đồng")
    ... )
    >>> format_percent(ratio, decimals=0)
    '41%'
    """
    return _ratio(disbursed, base, ("disbursed", "base"), "a disbursement ratio")


@overload
def share(part: ArrayInput, whole: ArrayInput | Value) -> FloatArray: ...
@overload
def share(part: Value, whole: Value) -> Decimal: ...
def share(part: Any, whole: Any) -> Any:
    """A part's share of a whole: "chiếm X%".

    >>> part = share(parse_amount("44.285 triệu đồng"), parse_amount("278.718 triệu đồng"))
    >>> format_percent(part, decimals=1)
    '15,9%'
    """
    return _ratio(part, whole, ("part", "whole"), "a share")
