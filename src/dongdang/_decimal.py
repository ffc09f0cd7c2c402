"""The number policy: every magnitude is a finite :class:`~decimal.Decimal`.

Arithmetic runs in dongdang's own decimal contexts, never the caller's thread
context, so a notebook that set ``getcontext().prec = 5`` gets the same answers.
"""

from __future__ import annotations

import decimal
import functools
import math
from decimal import Decimal
from numbers import Integral
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from dongdang.errors import InvalidTypeError, InvalidValueError

if TYPE_CHECKING:
    from collections.abc import Callable

_P = ParamSpec("_P")
_R = TypeVar("_R")

#: Significant digits of a quotient: those of IEEE 754 decimal128.
QUOTIENT_DIGITS = 34
#: Significant digits of a value recovered from a ratio (the default context's).
RESULT_DIGITS = 28

#: The widest exponents decimal allows: no arithmetic on figures overflows or underflows.
MAX_EMAX, MIN_EMIN = decimal.MAX_EMAX, decimal.MIN_EMIN

#: Division and powers: 34 significant digits, rounded half-even like decimal128.
QUOTIENT = decimal.Context(
    prec=QUOTIENT_DIGITS, rounding=decimal.ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN
)
#: Sums and differences: enough digits to be exact.
EXACT = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.Overflow, decimal.DivisionByZero],
)

#: The context of the public functions that compute: the default context's 28 digits,
#: half-even rounding and traps, with the widest exponents. See :func:`own_context`.
DEFAULT = decimal.Context(
    prec=RESULT_DIGITS,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.Overflow, decimal.DivisionByZero],
)

ONE = Decimal(1)


def own_context(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``function`` in a copy of :data:`DEFAULT`, whatever the caller's context.

    The caller's thread context is neither read nor changed: its precision,
    rounding and traps do not reach dongdang's arithmetic, and the flags that
    arithmetic raises stay in the copy.

    >>> @own_context
    ... def third() -> Decimal:
    ...     return Decimal(1) / 3
    >>> with decimal.localcontext(prec=3, rounding=decimal.ROUND_FLOOR):
    ...     third()
    Decimal('0.3333333333333333333333333333')
    """

    @functools.wraps(function)
    def in_own_context(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with decimal.localcontext(DEFAULT):
            return function(*args, **kwargs)

    return in_own_context


#: The largest power of ten of a number dongdang computes with, either way: far beyond
#: any figure of a report, small enough that exact results stay a few thousand digits.
MAX_EXPONENT = 1000


def to_decimal(value: object, name: str) -> Decimal:
    """Return ``value`` as a finite Decimal, following the number policy.

    A float is taken by its shortest repr (``344.8`` gives ``Decimal("344.8")``,
    not the binary expansion). ``bool`` and strings are refused: a string is read
    with :func:`dongdang.parse_amount` or :func:`dongdang.parse_percent`. A number
    beyond 10 to the ±:data:`MAX_EXPONENT` is refused.

    >>> to_decimal(344.8, "value")
    Decimal('344.8')
    >>> to_decimal(float("nan"), "previous")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: previous must be a finite number, got nan
    """
    if isinstance(value, bool):
        raise InvalidTypeError.of_type(name, "a number, not a bool", value)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidValueError.of(name, value, "must be a finite number")
        result = Decimal(repr(float(value)))
    elif isinstance(value, int | Integral):
        result = Decimal(int(value))
    else:
        raise InvalidTypeError.of_type(name, "a number (Decimal, int or float)", value)
    if not result.is_finite():
        raise InvalidValueError.of(name, value, "must be a finite number")
    if result and not -MAX_EXPONENT <= result.adjusted() <= MAX_EXPONENT:
        raise InvalidValueError.of(
            name, value, f"must lie between 1e-{MAX_EXPONENT} and 1e{MAX_EXPONENT} in size"
        )
    return result


def tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation.

    >>> tidy(Decimal("123.000"))
    Decimal('123')
    >>> tidy(Decimal("1.2E+3"))
    Decimal('1200')
    >>> tidy(Decimal("0.1440"))
    Decimal('0.144')
    """
    if value == value.to_integral_value():
        return value.quantize(ONE, context=EXACT)
    return value.normalize(EXACT)


def round_half_up(value: Decimal, places: int) -> Decimal:
    """Round to ``places`` digits after the point, half away from zero.

    Vietnamese reports round 14,25 to 14,3; Python and Babel round half to even (14,2).

    >>> round_half_up(Decimal("14.25"), 1)
    Decimal('14.3')
    >>> round_half_up(Decimal("-0.125"), 2)
    Decimal('-0.13')
    """
    exponent = Decimal(1).scaleb(-places, EXACT)  # not the caller's context, whose Emin may be -5
    return value.quantize(exponent, rounding=decimal.ROUND_HALF_UP, context=EXACT)
