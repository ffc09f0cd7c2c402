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

import enum
import pickle
import reprlib
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    import datetime as dt
    import os
    from collections.abc import Callable, Iterable
    from fractions import Fraction

    from dongdang.fees import FeeVersion

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
    """How every error's message shows a value: as printed when its type says how, else its repr.

    A number, a quantity or a date reads as printed ("1.5", "5 USD"); a period
    or a legal citation, which print in Vietnamese, read in English, as the
    messages are written; an enum member reads by its class and name, whatever
    its own str ("GoodsRegime.EXPORT"); a string, a bool, a Decimal NaN or
    infinity (told from a float's) and a value with no printed form of its own
    keep their repr.

    >>> from decimal import Decimal
    >>> from dongdang.gates import ClearingStatus
    >>> from dongdang.periods import Period
    >>> show(Decimal("-1.5")), show(Decimal("NaN")), show("fr"), show([1, 2])
    ('-1.5', "Decimal('NaN')", "'fr'", '[1, 2]')
    >>> show(Period.quarter(2024, 2)), str(Period.quarter(2024, 2))
    ('Q2 2024', 'quý II/2024')
    >>> show(ClearingStatus.UNKNOWN)
    'ClearingStatus.UNKNOWN'
    """
    return _shown(value, cut=False)


def _short(value: object) -> str:
    """``value`` as :func:`show` writes it, cut short as :mod:`reprlib` cuts (a table, a list)."""
    return _shown(value, cut=True)


def _shown(value: object, *, cut: bool) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, str | bool) or (isinstance(value, Decimal) and not value.is_finite()):
        return reprlib.repr(value) if cut else repr(value)
    if type(value).__str__ is not object.__str__:
        english = _english(value)
        if english is not None:
            return english
        text = _str(value)
        return _trimmed(text) if cut else text
    return reprlib.repr(value) if cut else _repr(value)


def _trimmed(text: str) -> str:
    """``text`` on one line, cut in its middle to the length :mod:`reprlib` gives a repr."""
    text = " ".join(text.split())
    limit = reprlib.aRepr.maxother
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return f"{text[:head]}...{text[len(text) - tail :]}"


def _text(value: object) -> str:
    """``value`` in words (a place, a label, a listed item): a str as it is, else :func:`show`."""
    return value if isinstance(value, str) else show(value)


def _str(value: object) -> str:
    """``str(value)``, or its repr when its own str raises: a message always forms."""
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a foreign __str__ may raise anything
        return _repr(value)


def _english(value: object) -> str | None:
    """The English form of a value that prints in Vietnamese (a period, a citation), or None."""
    from dongdang.legal import LegalReference  # noqa: PLC0415 - both modules import this one
    from dongdang.periods import Period  # noqa: PLC0415

    if isinstance(value, Period):
        return value.label("en")
    if isinstance(value, LegalReference):
        return value.cite("en")
    return None


def _repr(value: object) -> str:
    """``repr(value)``, or the plain object repr when its own raises: a message always forms."""
    try:
        return repr(value)
    except Exception:  # noqa: BLE001 - a foreign __repr__ may raise anything
        return object.__repr__(value)


class DongDangError(Exception):
    """The root of every error dongdang raises.

    The data an error carries are its attributes; a pickle keeps them with the
    message, whatever the class's constructor takes.
    """

    def at(self, where: str) -> Self:
        """The same error, found at ``where`` (a row, a column), written in front of its message.

        The data it carries are kept, and ``where`` is kept too when it had none:

        >>> error = InvalidValueError.negative("fee", -5).at("row 3")
        >>> print(error)
        row 3: fee must not be negative, got -5
        >>> error.value, error.where
        (-5, 'row 3')
        """
        placed = type(self).__new__(type(self))
        placed.args = (f"{where}: {self}", *self.args[1:])
        # the data themselves, not copies (a generator or a table stays what it was)
        data = dict(vars(self))
        if "__notes__" in data:
            data["__notes__"] = list(data["__notes__"])
        if data.get("where", where) is None:
            data["where"] = where
        vars(placed).update(data)
        return placed

    def __reduce__(self) -> tuple[Callable[..., DongDangError], tuple[Any, ...]]:
        # The default reduce calls cls(*args), which a keyword or data constructor refuses;
        # a datum that does not pickle (a lambda, a generator, an open file) travels as its repr.
        args = tuple(_picklable(arg) for arg in self.args)
        state = {key: _picklable(value) for key, value in self.__dict__.items()}
        return _rebuild, (type(self), args, state)


def _picklable(value: object) -> object:
    """``value`` if it pickles, else its repr: an error always pickles, with its message."""
    try:
        pickle.dumps(value)
    except Exception:  # noqa: BLE001 - pickling a foreign object may raise anything
        return _repr(value)
    return value


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
    :meth:`not_positive`, :meth:`out_of_range`, :meth:`empty`, :meth:`not_one_of`,
    :meth:`not_whole`, :meth:`not_a_date`, :meth:`not_a_code`, :meth:`missing_columns`,
    :meth:`none_for`, :meth:`either_or`, :meth:`not_after`, :meth:`not_before`,
    :meth:`later_than`, :meth:`earlier_than`, :meth:`more_than`, :meth:`duplicate`,
    :meth:`needs_one`, :meth:`no_source`), it carries the input and writes one message for
    every such check,
    "[<where>: ]<name> <problem>, got <value>[; <hint>]":

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
        bound: the value ``value`` is compared with (a start, a base year), or None.
        bound_name: the name of ``bound`` (``"start"``), or None.
        where: the record the value belongs to (``"version v2"``), or None.
        hint: what to do about it, or None.
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
        bound: object = None,
        bound_name: str | None = None,
        where: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.name = name
        self.value = value
        self.problem = problem
        self.accepted = tuple(accepted)
        self.low = low
        self.high = high
        self.bound = bound
        self.bound_name = bound_name
        self.where = where
        self.hint = hint

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
        bound: object = None,
        bound_name: str | None = None,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """The error for ``value`` given as ``name``, of which ``problem`` is true.

        ``where`` names the record in front of the message, ``hint`` says after it
        what to do:

        >>> print(InvalidValueError.of("lang", "fr", "must be 'vi' or 'en'"))
        lang must be 'vi' or 'en', got 'fr'
        >>> print(InvalidValueError.of("rates", 3, "must be 1", where="v2", hint="split it"))
        v2: rates must be 1, got 3; split it
        """
        message = f"{name} {problem}, got {show(value)}"
        return cls(
            _placed(message, where, hint),
            name=name,
            value=value,
            problem=problem,
            accepted=accepted,
            low=low,
            high=high,
            bound=bound,
            bound_name=bound_name,
            where=where,
            hint=hint,
        )

    @classmethod
    def negative(cls, name: str, value: object, *, hint: str | None = None) -> Self:
        """``value``, given as ``name``, is below zero: "must not be negative"."""
        return cls.of(name, value, "must not be negative", low=0, hint=hint)

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
        words = ", ".join(_text(item) for item in items)
        return cls.of(name, value, f"must be one of {words}", accepted=items)

    @classmethod
    def not_whole(
        cls, name: str, value: object, unit: str | None = None, *, hint: str | None = None
    ) -> Self:
        """``value``, given as ``name``, has a fraction: "must be a whole number [of ``unit``]".

        >>> print(InvalidValueError.not_whole("trips", 2.5, "vehicle trips"))
        trips must be a whole number of vehicle trips, got 2.5
        """
        problem = "must be a whole number" if unit is None else f"must be a whole number of {unit}"
        return cls.of(name, value, problem, hint=hint)

    @classmethod
    def not_a_date(cls, name: str, value: object, *, hint: str | None = None) -> Self:
        """``value``, given as ``name``, is not a date (or cannot be read as one).

        >>> print(InvalidValueError.not_a_date("column 'date'", "2025-13-01"))
        column 'date' must hold dates, got '2025-13-01'
        """
        return cls.of(name, value, "must hold dates", hint=hint)

    @classmethod
    def not_a_code(
        cls, name: str, value: object, example: str = "chi-ma", *, joined: str = "'-'"
    ) -> Self:
        """``value``, given as ``name``, is not a code: lower-case letters and digits joined by '-'.

        >>> print(InvalidValueError.not_a_code("gate", "Chi Ma"))
        gate must be lower-case letters and digits joined by '-' (like 'chi-ma'), got 'Chi Ma'
        >>> print(InvalidValueError.not_a_code("code", "A", "bql-kktck", joined="'-' or '_'"))
        code must be lower-case letters and digits joined by '-' or '_' (like 'bql-kktck'), got 'A'
        """
        return cls.of(
            name,
            value,
            f"must be lower-case letters and digits joined by {joined} (like {example!r})",
        )

    @classmethod
    def missing_columns(
        cls, needed: str, present: Iterable[object], *, hint: str | None = None
    ) -> Self:
        """A table whose columns ``present`` lack ``needed`` (a column, or the choice of them).

        >>> print(InvalidValueError.missing_columns("'regime'", ["date", "goods"]))
        columns must include 'regime', got ('date', 'goods')
        >>> print(
        ...     InvalidValueError.missing_columns(
        ...         "'payload' or 'container'", ["date"], hint="each row needs a vehicle"
        ...     )
        ... )
        columns must include 'payload' or 'container', got ('date',); each row needs a vehicle
        """
        return cls.of("columns", tuple(present), f"must include {needed}", hint=hint)

    @classmethod
    def none_for(
        cls, what: str, record: str, *, name: str, value: object, hint: str | None = None
    ) -> Self:
        """There is no ``what`` for ``record``, looked up by ``value`` (given as ``name``).

        The record is written in words, which name the value already (a period,
        a year): the value is carried but not shown again:

        >>> error = InvalidValueError.none_for(
        ...     "trip count", "the total fee, 2021", name="period", value=2021
        ... )
        >>> print(error)
        no trip count for the total fee, 2021
        >>> error.name, error.value, error.where
        ('period', 2021, 'the total fee, 2021')
        """
        return cls(
            _placed(f"no {what} for {record}", None, hint),
            name=name,
            value=value,
            problem=f"has no {what}",
            where=record,
            hint=hint,
        )

    @classmethod
    def either_or(
        cls,
        first: str,
        second: str,
        value: object,
        *,
        both: bool = False,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """One of ``first`` and ``second`` is needed, and ``value`` gives neither (or ``both``).

        >>> print(InvalidValueError.either_or("a 'measure' column", "measure=", None))
        give a 'measure' column or measure=, got None
        >>> print(
        ...     InvalidValueError.either_or(
        ...         "payload",
        ...         "container",
        ...         {"payload": 1, "container": "40ft"},
        ...         both=True,
        ...         where="a crossing",
        ...     )
        ... )
        a crossing: give payload or container, not both, got {'payload': 1, 'container': '40ft'}
        """
        problem = f"give {first} or {second}" + (", not both" if both else "")
        return cls(
            _placed(f"{problem}, got {show(value)}", where, hint),
            name=f"{first} or {second}",
            value=value,
            problem=problem,
            where=where,
            hint=hint,
        )

    @classmethod
    def not_after(
        cls,
        name: str,
        value: object,
        bound_name: str,
        bound: object,
        *,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """``value`` (``name``) is on or before ``bound`` (``bound_name``): "must be after".

        >>> import datetime as dt
        >>> print(
        ...     InvalidValueError.not_after(
        ...         "deadline", dt.date(2025, 1, 1), "as_of", dt.date(2025, 3, 1)
        ...     )
        ... )
        deadline must be after as_of (2025-03-01), got 2025-01-01
        """
        return cls._compared(
            name, value, "must be after", bound_name=bound_name, bound=bound, where=where, hint=hint
        )

    @classmethod
    def not_before(
        cls,
        name: str,
        value: object,
        bound_name: str,
        bound: object,
        *,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """``value`` (``name``) is on or after ``bound`` (``bound_name``): "must be before"."""
        return cls._compared(
            name,
            value,
            "must be before",
            bound_name=bound_name,
            bound=bound,
            where=where,
            hint=hint,
        )

    @classmethod
    def later_than(
        cls,
        name: str,
        value: object,
        bound_name: str,
        bound: object,
        *,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """``value`` (``name``) is after ``bound`` (``bound_name``): "must not be later than".

        >>> import datetime as dt
        >>> print(
        ...     InvalidValueError.later_than(
        ...         "since", dt.date(2025, 5, 1), "as_of", dt.date(2025, 3, 1)
        ...     )
        ... )
        since must not be later than as_of (2025-03-01), got 2025-05-01
        """
        return cls._compared(
            name,
            value,
            "must not be later than",
            bound_name=bound_name,
            bound=bound,
            where=where,
            hint=hint,
        )

    @classmethod
    def earlier_than(
        cls,
        name: str,
        value: object,
        bound_name: str,
        bound: object,
        *,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """``value`` (``name``) is before ``bound`` (``bound_name``): "must not be earlier than".

        >>> import datetime as dt
        >>> print(
        ...     InvalidValueError.earlier_than(
        ...         "end", dt.date(2025, 1, 1), "start", dt.date(2025, 5, 8), where="version v2"
        ...     )
        ... )
        version v2: end must not be earlier than start (2025-05-08), got 2025-01-01
        """
        return cls._compared(
            name,
            value,
            "must not be earlier than",
            bound_name=bound_name,
            bound=bound,
            where=where,
            hint=hint,
        )

    @classmethod
    def _compared(
        cls,
        name: str,
        value: object,
        relation: str,
        *,
        bound_name: str,
        bound: object,
        where: str | None,
        hint: str | None,
    ) -> Self:
        return cls.of(
            name,
            value,
            f"{relation} {bound_name} ({show(bound)})",
            bound=bound,
            bound_name=bound_name,
            where=where,
            hint=hint,
        )

    @classmethod
    def duplicate(
        cls, name: str, value: object, *, where: str | None = None, hint: str | None = None
    ) -> Self:
        """``value``, given as ``name``, is given twice where each must be unique.

        >>> print(InvalidValueError.duplicate("scenario name", "base"))
        scenario name 'base' appears twice
        >>> print(InvalidValueError.duplicate("coefficient", "c1", where="version v2"))
        version v2: coefficient 'c1' appears twice
        """
        return cls(
            _placed(f"{name} {show(value)} appears twice", where, hint),
            name=name,
            value=value,
            problem="appears twice",
            where=where,
            hint=hint,
        )

    @classmethod
    def needs_one(
        cls, name: str, what: str, *, value: object = None, hint: str | None = None
    ) -> Self:
        """``name`` (a call, a record) was given no ``what``, and needs at least one.

        >>> print(InvalidValueError.needs_one("a reform", "change"))
        a reform needs at least one change
        """
        problem = f"needs at least one {what}"
        return cls(
            _placed(f"{name} {problem}", None, hint),
            name=name,
            value=value,
            problem=problem,
            hint=hint,
        )

    @classmethod
    def no_source(cls, name: str, *, value: object = None) -> Self:
        """``name`` (a fact, a record) cites no source, and dongdang keeps only sourced facts.

        >>> print(InvalidValueError.no_source("the province total 12"))
        the province total 12 has no source
        """
        return cls(f"{name} has no source", name=name, value=value, problem="has no source")

    @classmethod
    def more_than(
        cls,
        name: str,
        value: object,
        bound_name: str,
        bound: object,
        *,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """``value`` (``name``) exceeds ``bound`` (``bound_name``): "must not be more than".

        A part above its whole, a count above the tasks assigned, an area above its total:

        >>> error = InvalidValueError.more_than(
        ...     "completed", 7, "assigned", 5, where="task count 2025", hint="count each task once"
        ... )
        >>> print(error)
        task count 2025: completed must not be more than assigned (5), got 7; count each task once
        >>> error.value, error.bound_name, error.bound
        (7, 'assigned', 5)
        """
        return cls._compared(
            name,
            value,
            "must not be more than",
            bound_name=bound_name,
            bound=bound,
            where=where,
            hint=hint,
        )


def _placed(message: str, where: str | None, hint: str | None) -> str:
    """``message`` with ``where`` in front ("version v2: …") and ``hint`` after ("…; split it")."""
    placed = message if where is None else f"{where}: {message}"
    return placed if hint is None else f"{placed}; {hint}"


class InvalidTypeError(DongDangError, TypeError):
    """An argument of a type dongdang does not take, such as a string where a number goes.

    Built with :meth:`of` (or :meth:`of_type`, :meth:`must_hold`), it carries the
    argument's name, what it accepts and the value given, and writes one message
    for every such check:

    >>> error = InvalidTypeError.of("strict", "a bool", 1)
    >>> print(error)
    strict must be a bool, got 1
    >>> error.name, error.expected, error.value
    ('strict', 'a bool', 1)

    Attributes:
        name: the argument or field, such as ``"strict"``, or None.
        expected: what it accepts, in words ("a bool", "a Period"), or None.
        value: the value given (None when the error was built from a message alone).
        where: the record or place the value belongs to (``"row 3"``), or None.
    """

    def __init__(
        self,
        message: str,
        *,
        name: str | None = None,
        expected: str | None = None,
        value: object = None,
        where: str | None = None,
    ) -> None:
        super().__init__(message)
        self.name = name
        self.expected = expected
        self.value = value
        self.where = where

    @classmethod
    def of(cls, name: str, expected: str, value: object, *, where: str | None = None) -> Self:
        """The error for ``value`` given as ``name``, which must be ``expected`` (at ``where``).

        >>> print(InvalidTypeError.of("payload", "a number", "2 t", where="row 3"))
        row 3: payload must be a number, got '2 t'
        """
        return cls._placed_at(
            f"must be {expected}, got {show(value)}", name, expected, value, where
        )

    @classmethod
    def of_type(cls, name: str, expected: str, value: object, *, where: str | None = None) -> Self:
        """As :meth:`of`, the value shown short and with its type: a table, a bool for a number.

        The type tells apart what prints alike (a date-time or a datetime64 and a
        date); None is shown alone:

        >>> print(InvalidTypeError.of_type("columns", "a table", list(range(100))))
        columns must be a table, got [0, 1, 2, 3, 4, 5, ...] of type list
        >>> print(InvalidTypeError.of_type("columns", "a table", None))
        columns must be a table, got None
        """
        kind = "" if value is None else f" of type {type(value).__name__}"
        problem = f"must be {expected}, got {_short(value)}{kind}"
        return cls._placed_at(problem, name, expected, value, where)

    @classmethod
    def must_hold(cls, name: str, expected: str, item: object, *, where: str | None = None) -> Self:
        """``name`` (a sequence, a column) holds ``item``, which is not ``expected``.

        >>> print(InvalidTypeError.must_hold("versions", "FeeVersion objects", 3))
        versions must hold FeeVersion objects, got 3
        """
        problem = f"must hold {expected}, got {_short(item)}"
        return cls._placed_at(problem, name, expected, item, where)

    @classmethod
    def _placed_at(
        cls, problem: str, name: str, expected: str, value: object, where: str | None
    ) -> Self:
        """The error "[<where>: ]<name> <problem>", carrying its data (one home for the three)."""
        return cls(
            _placed(f"{name} {problem}", where, None),
            name=name,
            expected=expected,
            value=value,
            where=where,
        )


class UnitMismatchError(DongDangError, TypeError):
    """Quantities of different dimensions met: VND with USD, money with hectares.

    Built with :meth:`of` (or :meth:`unlike`, two inputs that must agree), it carries the
    input and what it must be:

    >>> error = UnitMismatchError.of("trips", "5 tonne", "a count of vehicle trips")
    >>> print(error)
    trips must be a count of vehicle trips, got '5 tonne'
    >>> error.name, error.expected
    ('trips', 'a count of vehicle trips')

    Attributes:
        name: the argument or field, or None.
        value: the quantity given, or None.
        expected: what it must be, in words ("money (VND, USD or CNY)"), or None.
        where: the record or place the quantity belongs to (``"row 3"``), or None.
        hint: what to do about it, or None.
    """

    def __init__(
        self,
        message: str,
        *,
        name: str | None = None,
        value: object = None,
        expected: str | None = None,
        where: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.name = name
        self.value = value
        self.expected = expected
        self.where = where
        self.hint = hint

    @classmethod
    def of(
        cls,
        name: str,
        value: object,
        expected: str,
        *,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """The error for ``value`` given as ``name``, which must be ``expected``.

        As :meth:`InvalidValueError.of`, ``where`` names the record in front of
        the message, ``hint`` says after it what to do:

        >>> print(UnitMismatchError.of("trips", "5 t", "a count", where="row 3", hint="count"))
        row 3: trips must be a count, got '5 t'; count
        """
        return cls(
            _placed(f"{name} must be {expected}, got {show(value)}", where, hint),
            name=name,
            value=value,
            expected=expected,
            where=where,
            hint=hint,
        )

    @classmethod
    def unlike(
        cls,
        name: str,
        value: object,
        other_name: str,
        other: object,
        *,
        kind: str = "currency",
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """``value`` (``name``) is not in the ``kind`` of ``other`` (``other_name``), its match.

        Amounts added, compared or divided must share a currency (or a
        dimension, ``kind="dimension"``); as with :meth:`of`, ``hint`` follows:

        >>> from dongdang.units import amount
        >>> error = UnitMismatchError.unlike(
        ...     "flows[1]", amount(5, "USD"), "flows[0]", amount(3, "VND"), hint="convert one"
        ... )
        >>> print(error)
        flows[1] must be in the currency of flows[0] (3 VND), got 5 USD; convert one
        >>> error.name, error.expected
        ('flows[1]', 'in the currency of flows[0] (3 VND)')
        """
        expected = f"in the {kind} of {other_name} ({_text(other)})"
        return cls.of(name, value, expected, hint=hint, where=where)


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
        message = f"unknown {what} {show(value)}"
        if where is not None:
            message += f" in {where}"
        if items:
            message += "; expected one of " + ", ".join(show(item) for item in items)
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

    def at(self, context: str) -> Self:
        """The same error, found at ``context`` (a row, a column), written before it.

        Placed twice, it names both places, the outer first:

        >>> UnknownCodeError("regime", "tntx", ["export"]).at("row 3")
        UnknownCodeError("row 3: unknown regime 'tntx'; expected one of 'export'")
        >>> print(UnknownCodeError("regime", "tntx").at("row 3").at("file a.csv").context)
        file a.csv: row 3
        """
        placed = context if self.context is None else f"{context}: {self.context}"
        return type(self)(
            self.what, self.value, self.accepted, where=self.where, also=self.also, context=placed
        )


class DataFileError(InvalidValueError):
    """A data file that cannot be loaded: bad TOML, duplicate keys, missing fields.

    Built with :meth:`in_file` (or :meth:`of_value`, which also carries the value), it
    names the file, the place in it and what is wrong, written "<file>: <where>: <problem>":

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
        place = "" if where is None else f"{_text(where)}: "
        return cls(
            f"{file}: {place}{problem}",
            file=file,
            where=None if where is None else _text(where),
            problem=problem,
        )

    @classmethod
    def of_value(
        cls,
        name: str,
        value: object,
        problem: str,
        *,
        file: str | os.PathLike[str] | None = None,
        where: object = None,
        hint: str | None = None,
    ) -> Self:
        """``value``, given as ``name`` in ``file`` (at ``where``), of which ``problem`` is true.

        As :meth:`InvalidValueError.of`, with the file (when known) and the place in front:

        >>> error = DataFileError.of_value(
        ...     "document", "doc-9", "must name a known document", file="a.toml", where="sentence 2"
        ... )
        >>> print(error)
        a.toml: sentence 2: document must name a known document, got 'doc-9'
        >>> error.name, error.value, error.file, error.where
        ('document', 'doc-9', 'a.toml', 'sentence 2')
        """
        place = None if where is None else _text(where)
        message = _placed(f"{name} {problem}, got {show(value)}", place, hint)
        error = cls(
            message if file is None else f"{file}: {message}",
            file=file,
            where=place,
            problem=problem,
        )
        error.name, error.value, error.hint = name, value, hint
        return error


class OverlappingVersionsError(InvalidValueError):
    """Two versions of a dated rule in force on the same day, or a duplicate version.

    Built with :meth:`same_id`, :meth:`same_start`, :meth:`open_ended`, :meth:`overlap` or
    :meth:`both`, it carries the versions and the day, and writes one message for each case:

    >>> import datetime as dt
    >>> error = OverlappingVersionsError.overlap(
    ...     "v1", "v2", dt.date(2021, 1, 1), dt.date(2021, 6, 30)
    ... )
    >>> print(error)
    versions v1 and v2 are both in force from 2021-01-01 to 2021-06-30: they overlap
    >>> error.versions, error.day
    (('v1', 'v2'), datetime.date(2021, 1, 1))

    Attributes:
        versions: the versions that collide (their ids or dates), or ().
        day: the first day they collide on, or None.
        end: the last day they collide on, or None (open, or not known).
        where: the rule they belong to (a file, a plan), or None.
    """

    def __init__(
        self,
        message: str,
        *,
        versions: Iterable[object] = (),
        day: dt.date | None = None,
        end: dt.date | None = None,
        where: str | None = None,
    ) -> None:
        super().__init__(message, problem=message, where=where)
        self.versions = tuple(versions)
        self.day = day
        self.end = end

    @classmethod
    def same_id(cls, version: str, *, spans: Iterable[str] = (), where: str | None = None) -> Self:
        """Two versions share the id ``version``; ``spans`` are the days each covers.

        >>> print(OverlappingVersionsError.same_id("v1", spans=["2020", "2021"]))
        two versions are called 'v1': 2020 and 2021: duplicate versions
        """
        covered = " and ".join(spans)
        message = f"two versions are called {version!r}"
        if covered:
            message += f": {covered}"
        return cls(
            _placed(f"{message}: duplicate versions", where, None),
            versions=(version, version),
            where=where,
        )

    @classmethod
    def same_start(
        cls,
        first: str,
        second: str,
        day: dt.date,
        *,
        spans: tuple[str, str] | None = None,
        where: str | None = None,
    ) -> Self:
        """Versions ``first`` and ``second`` both start on ``day``.

        >>> import datetime as dt
        >>> print(OverlappingVersionsError.same_start("v1", "v2", dt.date(2021, 1, 1)))
        versions v1 and v2 both start on 2021-01-01: duplicate versions
        """
        one, two = _labels(first, second, spans)
        return cls(
            _placed(
                f"versions {one} and {two} both start on {day.isoformat()}: duplicate versions",
                where,
                None,
            ),
            versions=(first, second),
            day=day,
            where=where,
        )

    @classmethod
    def overlap(
        cls,
        first: str,
        second: str,
        day: dt.date,
        end: dt.date | None = None,
        *,
        spans: tuple[str, str] | None = None,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """Versions ``first`` and ``second`` are both in force from ``day`` (to ``end``)."""
        one, two = _labels(first, second, spans)
        until = "" if end is None else f" to {end.isoformat()}"
        message = (
            f"versions {one} and {two} are both in force from {day.isoformat()}{until}: "
            "they overlap"
        )
        return cls(
            _placed(message, where, hint), versions=(first, second), day=day, end=end, where=where
        )

    @classmethod
    def open_ended(
        cls,
        first: str,
        second: str,
        day: dt.date,
        *,
        spans: tuple[str, str] | None = None,
        where: str | None = None,
    ) -> Self:
        """Version ``first`` has no end, and ``second`` starts on ``day``.

        >>> import datetime as dt
        >>> print(OverlappingVersionsError.open_ended("v1", "v2", dt.date(2021, 1, 1)))
        version v1 has no end, but version v2 starts on 2021-01-01: they overlap; end v1 ...
        """
        one, two = _labels(first, second, spans)
        message = (
            f"version {one} has no end, but version {two} starts on {day.isoformat()}: "
            f"they overlap; end {first} on the day before, or earlier (repeal is explicit)"
        )
        return cls(_placed(message, where, None), versions=(first, second), day=day, where=where)

    @classmethod
    def both(
        cls,
        first: object,
        second: object,
        shared: str,
        *,
        day: dt.date | None = None,
        labels: tuple[str, str] | None = None,
        where: str | None = None,
        hint: str | None = None,
    ) -> Self:
        """Versions ``first`` and ``second`` are both ``shared`` (on ``day``), as only one may be.

        Two versions made by one decision, or issued on one day; ``labels`` write
        the versions when their ids do not say enough (a rate and its source):

        >>> import datetime as dt
        >>> error = OverlappingVersionsError.both(
        ...     "v1", "v2", "issued", day=dt.date(2025, 3, 1), where="plan p", hint="merge them"
        ... )
        >>> print(error)
        plan p: versions v1 and v2 are both issued on 2025-03-01; merge them
        >>> error.versions, error.day, error.where
        (('v1', 'v2'), datetime.date(2025, 3, 1), 'plan p')
        """
        one, two = (f"versions {_text(first)}", _text(second)) if labels is None else labels
        on = "" if day is None else f" on {day.isoformat()}"
        return cls(
            _placed(f"{one} and {two} are both {shared}{on}", where, hint),
            versions=(first, second),
            day=day,
            where=where,
        )


def _labels(first: str, second: str, spans: tuple[str, str] | None) -> tuple[str, str]:
    if spans is None:
        return first, second
    return f"{first} ({spans[0]})", f"{second} ({spans[1]})"


class NotInForceError(InvalidValueError):
    """A date that no version of a dated rule covers.

    Built with :meth:`on`, it carries the day, what was looked up and the days
    covered:

    >>> import datetime as dt
    >>> error = NotInForceError.on(
    ...     dt.date(2019, 1, 1), "version of the fee schedule", covered="2019-07-22 onwards"
    ... )
    >>> print(error)
    no version of the fee schedule is in force on 2019-01-01; the versions cover 2019-07-22 onwards
    >>> error.day, error.what
    (datetime.date(2019, 1, 1), 'version of the fee schedule')

    Attributes:
        day: the date asked for, or None.
        what: what was looked up ("version of the fee schedule", "VND→USD rate"), or None.
        covered: the days the versions cover, in words, or None.
        reason: why nothing is in force that day, or None.
    """

    def __init__(
        self,
        message: str,
        *,
        day: dt.date | None = None,
        what: str | None = None,
        covered: str | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(message, value=day, problem=message)
        self.day = day
        self.what = what
        self.covered = covered
        self.reason = reason

    @classmethod
    def on(
        cls,
        day: dt.date,
        what: str,
        *,
        covered: str | None = None,
        reason: str | None = None,
    ) -> Self:
        """No ``what`` is in force on ``day``; ``covered`` or ``reason`` say more.

        >>> import datetime as dt
        >>> print(
        ...     NotInForceError.on(
        ...         dt.date(2025, 1, 1),
        ...         "USD→VND rate",
        ...         reason="the table has no rate between USD and VND",
        ...     )
        ... )
        no USD→VND rate is in force on 2025-01-01: the table has no rate between USD and VND
        """
        message = f"no {what} is in force on {day.isoformat()}"
        if covered is not None:
            message += f"; the versions cover {covered}"
        if reason is not None:
            message += f": {reason}"
        return cls(message, day=day, what=what, covered=covered, reason=reason)


class RateNotFoundError(InvalidValueError):
    """A crossing whose vehicle class and goods have no sourced rate.

    dongdang never invents a rate: a table holds only what a source states.
    Built with :meth:`no_rate` or :meth:`mixed_cargo`, it carries the version,
    the vehicle, the regime and the goods.

    Attributes:
        version: the id of the fee version looked in, or None.
        vehicle: the vehicle, in words, or None.
        regime: the goods regime's code, or None.
        goods: the goods asked for, or ().
    """

    def __init__(
        self,
        message: str,
        *,
        version: str | None = None,
        vehicle: str | None = None,
        regime: str | None = None,
        goods: Iterable[str] = (),
    ) -> None:
        super().__init__(message, problem=message)
        self.version = version
        self.vehicle = vehicle
        self.regime = regime
        self.goods = tuple(goods)

    @classmethod
    def no_rate(cls, version: FeeVersion, vehicle: str, regime: str, goods: str) -> Self:
        """No rate of ``version`` is for ``vehicle`` carrying ``goods`` under ``regime``."""
        message = (
            f"no sourced rate for {vehicle}, regime {regime}, goods {goods} in version "
            f"{version.id} ({version.legal.cite('en')}, in force {version.span()})"
        )
        if not version.rates:
            message += "; the version holds no rates"
        if version.notes:
            message += " (" + " ".join(version.notes) + ")"
        return cls(
            message + "; dongdang does not invent rates",
            version=version.id,
            vehicle=vehicle,
            regime=regime,
            goods=(goods,),
        )

    @classmethod
    def mixed_cargo(cls, version: FeeVersion, goods: Iterable[str]) -> Self:
        """A mixed cargo of ``goods``, under a ``version`` that states no rule for one."""
        items = tuple(goods)
        return cls(
            f"the vehicle carries mixed cargo ({', '.join(items)}) but version {version.id} "
            f"({version.legal.cite('en')}) states no rule for mixed cargo",
            version=version.id,
            goods=items,
        )
