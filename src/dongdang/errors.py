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

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    import datetime as dt
    import os
    from collections.abc import Callable, Iterable
    from fractions import Fraction

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


def show(value: object) -> str:
    """How a message shows a value: as printed when its type says how, else its repr.

    A number, a quantity or a period reads as printed ("1.5", "5 USD"); a
    string, a bool, a Decimal NaN or infinity (told from a float's) and a value
    with no printed form of its own keep their repr.

    >>> from decimal import Decimal
    >>> show(Decimal("-1.5")), show(Decimal("NaN")), show("fr"), show([1, 2])
    ('-1.5', "Decimal('NaN')", "'fr'", '[1, 2]')
    """
    if isinstance(value, str | bool) or (isinstance(value, Decimal) and not value.is_finite()):
        return repr(value)
    if type(value).__str__ is not object.__str__:
        return str(value)
    return repr(value)


class DongDangError(Exception):
    """The root of every error dongdang raises.

    The data an error carries are its attributes; a pickle keeps them with the
    message, whatever the class's constructor takes.
    """

    def __reduce__(self) -> tuple[Callable[..., DongDangError], tuple[Any, ...]]:
        # The default reduce calls cls(*args), which a keyword or data constructor refuses.
        return _rebuild, (type(self), self.args, dict(self.__dict__))


def _rebuild(
    cls: type[DongDangError], args: tuple[Any, ...], state: dict[str, Any]
) -> DongDangError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InvalidValueError(DongDangError, ValueError):
    """A value that cannot be: NaN, infinity, an end before a start, a negative area.

    Built with :meth:`of` or one of the shared situations (:meth:`negative`,
    :meth:`not_positive`, :meth:`out_of_range`, :meth:`empty`, :meth:`not_one_of`),
    it carries the input and writes one message for every such check,
    "<name> <problem>, got <value>":

    >>> from decimal import Decimal
    >>> error = InvalidValueError.negative("fee", Decimal(-5))
    >>> print(error)
    fee must not be negative, got -5
    >>> error.name, error.value, error.problem
    ('fee', Decimal('-5'), 'must not be negative')

    Attributes:
        name: the argument or field, such as ``"fee"``, or None.
        value: the value given (None when the error was built from a message alone).
        problem: what is wrong, in words ("must not be negative"), or None.
        accepted: the values accepted, in their order, or () when not a list.
        low: the lowest value accepted, or None.
        high: the highest value accepted, or None.
    """

    def __init__(
        self,
        message: str,
        *,
        name: str | None = None,
        value: object = None,
        problem: str | None = None,
        accepted: Iterable[object] = (),
        low: Decimal | Fraction | float | None = None,
        high: Decimal | Fraction | float | None = None,
    ) -> None:
        super().__init__(message)
        self.name = name
        self.value = value
        self.problem = problem
        self.accepted = tuple(accepted)
        self.low = low
        self.high = high

    @classmethod
    def of(
        cls,
        name: str,
        value: object,
        problem: str,
        *,
        accepted: Iterable[object] = (),
        low: Decimal | Fraction | float | None = None,
        high: Decimal | Fraction | float | None = None,
    ) -> Self:
        """The error for ``value`` given as ``name``, of which ``problem`` is true.

        >>> print(InvalidValueError.of("lang", "fr", "must be 'vi' or 'en'"))
        lang must be 'vi' or 'en', got 'fr'
        """
        return cls(
            f"{name} {problem}, got {show(value)}",
            name=name,
            value=value,
            problem=problem,
            accepted=accepted,
            low=low,
            high=high,
        )

    @classmethod
    def negative(cls, name: str, value: object) -> Self:
        """``value``, given as ``name``, is below zero: "must not be negative"."""
        return cls.of(name, value, "must not be negative", low=0)

    @classmethod
    def not_positive(cls, name: str, value: object) -> Self:
        """``value``, given as ``name``, is zero or below: "must be above zero"."""
        return cls.of(name, value, "must be above zero", low=0)

    @classmethod
    def out_of_range(
        cls,
        name: str,
        value: object,
        low: Decimal | Fraction | float,
        high: Decimal | Fraction | float,
    ) -> Self:
        """``value``, given as ``name``, is outside [``low``, ``high``]: "must be between …".

        >>> print(InvalidValueError.out_of_range("collector", 2, 0, 1))
        collector must be between 0 and 1, got 2
        """
        return cls.of(
            name, value, f"must be between {show(low)} and {show(high)}", low=low, high=high
        )

    @classmethod
    def empty(cls, name: str, value: object) -> Self:
        """``value``, given as ``name``, is empty (or only spaces): "must not be empty"."""
        return cls.of(name, value, "must not be empty")

    @classmethod
    def not_one_of(cls, name: str, value: object, accepted: Iterable[object]) -> Self:
        """``value``, given as ``name``, is none of ``accepted``: "must be one of …".

        >>> print(InvalidValueError.not_one_of("frequency", "Q", ["A", "M"]))
        frequency must be one of A, M, got 'Q'
        """
        items = tuple(accepted)
        words = ", ".join(str(item) for item in items)
        return cls.of(name, value, f"must be one of {words}", accepted=items)


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


class UnitMismatchError(DongDangError, TypeError):
    """Quantities of different dimensions met: VND with USD, money with hectares.

    Built with :meth:`of`, it carries the input and what it must be:

    >>> error = UnitMismatchError.of("trips", "5 tonne", "a count of vehicle trips")
    >>> print(error)
    trips must be a count of vehicle trips, got '5 tonne'
    >>> error.name, error.expected
    ('trips', 'a count of vehicle trips')

    Attributes:
        name: the argument or field, or None.
        value: the quantity given, or None.
        expected: what it must be, in words ("money (VND, USD or CNY)"), or None.
    """

    def __init__(
        self,
        message: str,
        *,
        name: str | None = None,
        value: object = None,
        expected: str | None = None,
    ) -> None:
        super().__init__(message)
        self.name = name
        self.value = value
        self.expected = expected

    @classmethod
    def of(cls, name: str, value: object, expected: str, *, hint: str = "") -> Self:
        """The error for ``value`` given as ``name``, which must be ``expected``; then ``hint``."""
        return cls(
            f"{name} must be {expected}, got {show(value)}{hint}",
            name=name,
            value=value,
            expected=expected,
        )


class UndefinedRatioError(InvalidValueError):
    """A ratio whose base is zero or negative, so that it means nothing.

    Built with :meth:`for_base`, it carries the base and says what needs it:

    >>> error = UndefinedRatioError.for_base(
    ...     "available", 0, "an occupancy needs an area above zero"
    ... )
    >>> print(error)
    available is 0: an occupancy needs an area above zero
    >>> error.argument, error.value
    ('available', 0)

    Attributes:
        argument: the name of the argument that holds the base.
        value: the base given, or None.
    """

    def __init__(self, message: str, *, argument: str, value: object = None) -> None:
        super().__init__(message, name=argument, value=value, problem=message)
        self.argument = argument

    @classmethod
    def for_base(
        cls, argument: str, value: object, needs: str, *, shown: str | None = None
    ) -> Self:
        """The base ``value`` of ``argument`` is zero or less, and ``needs`` says what needs more.

        ``shown`` writes the base when its plain form misleads (an amount with its unit).
        """
        written = show(value) if shown is None else shown
        error = cls(f"{argument} is {written}: {needs}", argument=argument, value=value)
        error.problem = needs
        return error


class ParseError(InvalidValueError):
    """Text that cannot be read as what was asked for.

    The message quotes the text, points at the position, and says what is accepted.

    Attributes:
        text: the text that was read (also ``value``).
        position: the index in ``text`` where reading failed.
        reason: what is wrong there (also ``problem``).
    """

    def __init__(self, text: str, position: int, reason: str) -> None:
        super().__init__(
            f"cannot read {text!r} at position {position}: {reason}", value=text, problem=reason
        )
        self.text = text
        self.position = position
        self.reason = reason


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
        items = tuple(accepted)
        message = f"unknown {what} {value!r}"
        if where is not None:
            message += f" in {where}"
        if items:
            message += "; expected one of " + ", ".join(repr(item) for item in items)
        else:
            message += "; none is known"
        if also is not None:
            message += f", {also}"
        super().__init__(
            message if context is None else f"{context}: {message}",
            value=value,
            problem=f"unknown {what}",
            accepted=items,
        )
        self.what = what
        self.where = where
        self.also = also
        self.context = context

    def at(self, context: str) -> UnknownCodeError:
        """The same error, found at ``context`` (a row, a column), written before it.

        >>> UnknownCodeError("regime", "tntx", ["export"]).at("row 3")
        UnknownCodeError("row 3: unknown regime 'tntx'; expected one of 'export'")
        """
        return type(self)(
            self.what, self.value, self.accepted, where=self.where, also=self.also, context=context
        )


class DataFileError(InvalidValueError):
    """A data file that cannot be loaded: bad TOML, duplicate keys, missing fields.

    Built with :meth:`in_file`, it names the file, the place in it and what is
    wrong, written "<file>: <where>: <problem>":

    >>> error = DataFileError.in_file("gates.toml", "a name is used twice", where="pairs[2]")
    >>> print(error)
    gates.toml: pairs[2]: a name is used twice
    >>> error.file, error.where, error.problem
    ('gates.toml', 'pairs[2]', 'a name is used twice')

    Attributes:
        file: the file (its name or path, as given), or None.
        where: the place in the file (a table, a row, a line), or None.
        problem: what is wrong there, or None.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | os.PathLike[str] | None = None,
        where: str | None = None,
        problem: str | None = None,
    ) -> None:
        super().__init__(message, problem=problem)
        self.file = file
        self.where = where

    @classmethod
    def in_file(cls, file: str | os.PathLike[str], problem: str, *, where: object = None) -> Self:
        """The error for ``problem`` in ``file``, at ``where`` when given."""
        place = "" if where is None else f"{where}: "
        return cls(
            f"{file}: {place}{problem}",
            file=file,
            where=None if where is None else str(where),
            problem=problem,
        )


class OverlappingVersionsError(InvalidValueError):
    """Two versions of a dated rule in force on the same day, or a duplicate version.

    Attributes:
        versions: the versions that collide (their ids or dates), or ().
    """

    def __init__(self, message: str, *, versions: Iterable[object] = ()) -> None:
        super().__init__(message, problem=message)
        self.versions = tuple(versions)


class NotInForceError(InvalidValueError):
    """A date that no version of a dated rule covers.

    Attributes:
        day: the date asked for, or None.
    """

    def __init__(self, message: str, *, day: dt.date | None = None) -> None:
        super().__init__(message, value=day, problem=message)
        self.day = day


class RateNotFoundError(InvalidValueError):
    """A crossing whose vehicle class and goods have no sourced rate.

    dongdang never invents a rate: a table holds only what a source states.
    """
