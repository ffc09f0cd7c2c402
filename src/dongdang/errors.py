"""The errors dongdang raises.

Every error is a :class:`DongDangError`, and also a :class:`ValueError` or a
:class:`TypeError`, so code that already catches the built-in keeps working.

>>> from dongdang import parse_amount, ParseError
>>> try:
...     parse_amount("344.8 tỷ đồng")
... except ParseError as error:
...     print(error.position)
3
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "DataFileError",
    "DongDangError",
    "InvalidTypeError",
    "InvalidValueError",
    "NotInForceError",
    "OverlappingVersionsError",
    "ParseError",
    "RateNotFoundError",
    "UndefinedRatioError",
    "UnitMismatchError",
    "UnknownCodeError",
]


class DongDangError(Exception):
    """The root of every error dongdang raises."""


class InvalidValueError(DongDangError, ValueError):
    """A value that cannot be: NaN, infinity, an end before a start, a negative area."""


class InvalidTypeError(DongDangError, TypeError):
    """An argument of a type dongdang does not take, such as a string where a number goes.

    Built with :meth:`of`, it carries the argument's name, what it accepts and
    the value given, and writes one message for every such check:

    >>> error = InvalidTypeError.of("strict", "a bool", 1)
    >>> print(error)
    strict must be a bool, got 1
    >>> error.name, error.expected, error.value
    ('strict', 'a bool', 1)

    Attributes:
        name: the argument or field, such as ``"strict"``, or None.
        expected: what it accepts, in words ("a bool", "a Period"), or None.
        value: the value given (None when the error was built from a message alone).
    """

    def __init__(
        self,
        message: str,
        *,
        name: str | None = None,
        expected: str | None = None,
        value: object = None,
    ) -> None:
        super().__init__(message)
        self.name = name
        self.expected = expected
        self.value = value

    @classmethod
    def of(cls, name: str, expected: str, value: object) -> InvalidTypeError:
        """The error for ``value`` given as ``name``, which must be ``expected``."""
        return cls(
            f"{name} must be {expected}, got {value!r}", name=name, expected=expected, value=value
        )

    def __reduce__(self) -> tuple[Callable[..., InvalidTypeError], tuple[Any, ...]]:
        # The default reduce calls cls(message) and drops the carried data.
        return _rebuild_invalid_type, (
            type(self),
            self.args[0],
            self.name,
            self.expected,
            self.value,
        )


def _rebuild_invalid_type(
    cls: type[InvalidTypeError], message: str, name: str | None, expected: str | None, value: object
) -> InvalidTypeError:
    return cls(message, name=name, expected=expected, value=value)


class UnitMismatchError(DongDangError, TypeError):
    """Quantities of different dimensions met: VND with USD, money with hectares."""


class UndefinedRatioError(InvalidValueError):
    """A ratio whose base is zero or negative, so that it means nothing.

    Attributes:
        argument: the name of the argument that holds the base.
    """

    def __init__(self, message: str, *, argument: str) -> None:
        super().__init__(message)
        self.argument = argument

    def __reduce__(self) -> tuple[Callable[..., UndefinedRatioError], tuple[Any, ...]]:
        # The default reduce calls cls(message), which lacks the keyword argument.
        return _rebuild_undefined_ratio, (type(self), self.args[0], self.argument)


def _rebuild_undefined_ratio(
    cls: type[UndefinedRatioError], message: str, argument: str
) -> UndefinedRatioError:
    return cls(message, argument=argument)


class ParseError(InvalidValueError):
    """Text that cannot be read as what was asked for.

    The message quotes the text, points at the position, and says what is accepted.

    Attributes:
        text: the text that was read.
        position: the index in ``text`` where reading failed.
        reason: what is wrong there.
    """

    def __init__(self, text: str, position: int, reason: str) -> None:
        self.text = text
        self.position = position
        self.reason = reason
        super().__init__(f"cannot read {text!r} at position {position}: {reason}")

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, int, str]]:
        return type(self), (self.text, self.position, self.reason)


class UnknownCodeError(InvalidValueError):
    """A code that names nothing dongdang knows: a gate, a gate pair, a goods regime.

    It carries what was asked for and what is known, and writes one message for
    every lookup: "unknown <what> <value> [in <where>]; expected one of <accepted>".

    >>> error = UnknownCodeError("gate pair", "ai-diem", ["chi-ma", "huu-nghi"])
    >>> print(error)
    unknown gate pair 'ai-diem'; expected one of 'chi-ma', 'huu-nghi'
    >>> error.value, error.accepted
    ('ai-diem', ('chi-ma', 'huu-nghi'))

    Attributes:
        what: what the value should name, such as "gate pair" or "goods regime".
        value: the value given.
        accepted: the values that name something, in their order.
        where: where the value was looked up (a registry, a project), or None.
        also: other accepted forms in words, such as "or a Vietnamese name", or None.
        context: the place in a table or file ("row 3"), written before the message, or None.
    """

    def __init__(
        self,
        what: str,
        value: object,
        accepted: Iterable[object] = (),
        *,
        where: str | None = None,
        also: str | None = None,
        context: str | None = None,
    ) -> None:
        self.what = what
        self.value = value
        self.accepted = tuple(accepted)
        self.where = where
        self.also = also
        self.context = context
        message = f"unknown {what} {value!r}"
        if where is not None:
            message += f" in {where}"
        if self.accepted:
            message += "; expected one of " + ", ".join(repr(item) for item in self.accepted)
        else:
            message += "; none is known"
        if also is not None:
            message += f", {also}"
        super().__init__(message if context is None else f"{context}: {message}")

    def at(self, context: str) -> UnknownCodeError:
        """The same error, found at ``context`` (a row, a column), written before it.

        >>> UnknownCodeError("regime", "tntx", ["export"]).at("row 3")
        UnknownCodeError("row 3: unknown regime 'tntx'; expected one of 'export'")
        """
        return type(self)(
            self.what, self.value, self.accepted, where=self.where, also=self.also, context=context
        )

    def __reduce__(self) -> tuple[Callable[..., UnknownCodeError], tuple[Any, ...]]:
        return _rebuild_unknown_code, (
            type(self),
            self.what,
            self.value,
            self.accepted,
            self.where,
            self.also,
            self.context,
        )


def _rebuild_unknown_code(  # noqa: PLR0917 - pickle passes the fields by position
    cls: type[UnknownCodeError],
    what: str,
    value: object,
    accepted: tuple[object, ...],
    where: str | None,
    also: str | None,
    context: str | None,
) -> UnknownCodeError:
    return cls(what, value, accepted, where=where, also=also, context=context)


class DataFileError(InvalidValueError):
    """A data file that cannot be loaded: bad TOML, duplicate keys, missing fields.

    The message names the file and what is wrong in it.
    """


class OverlappingVersionsError(InvalidValueError):
    """Two versions of a dated rule in force on the same day, or a duplicate version."""


class NotInForceError(InvalidValueError):
    """A date that no version of a dated rule covers."""


class RateNotFoundError(InvalidValueError):
    """A crossing whose vehicle class and goods have no sourced rate.

    dongdang never invents a rate: a table holds only what a source states.
    """
