"""Small attrs converters and validators that several domain modules share.

Two families live here. The plain ones (:func:`code`, :func:`text`, :func:`date`
and their kin) say "expected a str" without naming the field; the ``field_``
ones name the field they check ("due must be a datetime.date"). Each module
keeps the family its messages have always used.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

from dongdang.errors import InvalidTypeError, InvalidValueError, UnknownCodeError

if TYPE_CHECKING:
    import enum
    from collections.abc import Callable

    import attrs

    from dongdang.units import Quantity

_T = TypeVar("_T")

CODE: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


# -- plain converters: the message does not name the field -------------------------------


def code(value: str) -> str:
    """A code such as ``"chi-ma"``: lower-case letters and digits joined by '-'."""
    if not isinstance(value, str):
        raise InvalidTypeError.of("code", "a str", value)
    if CODE.fullmatch(value) is None:
        raise InvalidValueError.not_a_code("code", value)
    return value


def optional_code(value: str | None) -> str | None:
    """A code, or None."""
    return None if value is None else code(value)


def text(value: str) -> str:
    """A non-empty text, NFC-normalised and stripped."""
    if not isinstance(value, str):
        raise InvalidTypeError.of("text", "a str", value)
    result = unicodedata.normalize("NFC", value).strip()
    if not result:
        raise InvalidValueError.empty("text", value)
    return result


def optional_text(value: str | None) -> str | None:
    """A text, or None."""
    return None if value is None else text(value)


def texts(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """A tuple of texts, from a tuple or list of str."""
    if not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of("texts", "a tuple or list of str", value)
    return tuple(text(item) for item in value)


def optional_texts(value: tuple[str, ...] | list[str] | None) -> tuple[str, ...] | None:
    """A tuple of texts, or None."""
    return None if value is None else texts(value)


def date(value: dt.date) -> dt.date:
    """A :class:`datetime.date` that is not a date-time."""
    return field_date(value, "date")


def optional_date(value: dt.date | None) -> dt.date | None:
    """A date, or None."""
    return None if value is None else date(value)


def tuple_of(kind: type[_T], name: str, value: object) -> tuple[_T, ...]:
    """A tuple of ``kind``, from a tuple or list of them (an order the caller gave).

    :func:`items_of` with ``ordered=True``: a set, a mapping or an iterator is refused.
    """
    return items_of(kind, name, value, ordered=True)


def items_of(
    kind: type[_T] | tuple[type[_T], ...], name: str, value: object, *, ordered: bool = False
) -> tuple[_T, ...]:
    """A tuple of ``kind``, from any iterable of them but a string; ``name`` is the field's.

    With ``ordered``, only a tuple or a list: the order of the items means something.

    Raises:
        InvalidTypeError: ``value`` is a string or not iterable (not a tuple or
            list, when ``ordered``), or holds another type.
    """
    kinds = kind if isinstance(kind, tuple) else (kind,)
    words = ", ".join(k.__name__ for k in kinds)
    if ordered and not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of(name, f"a tuple or list of {words}", value)
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidTypeError.of(name, f"a sequence of {words}", value)
    items: tuple[Any, ...] = tuple(value)
    for index, item in enumerate(items):
        if not isinstance(item, kinds):
            expected = " or ".join(with_article(k) for k in kinds)
            raise InvalidTypeError.of(f"{name}[{index}]", expected, item)
    return items


def one_of(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: the value is an instance of ``kind``."""

    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise InvalidTypeError.of(attribute.name, f"a {kind.__name__}", value)

    return check


def non_empty_str(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An attrs validator: the value is a str with more than spaces in it (an id, a name).

    Raises:
        InvalidTypeError: not a str ("<field> must be a non-empty str").
        InvalidValueError: only spaces ("<field> must not be empty").
    """
    if not isinstance(value, str):
        raise InvalidTypeError.of(attribute.name, "a non-empty str", value)
    if not value.strip():
        raise InvalidValueError.empty(attribute.name, value)


def optional_one_of(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: the value is None or an instance of ``kind``."""
    check = one_of(kind)

    def optional(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(instance, attribute, value)

    return optional


def named_pairs(kind: type[_T], value: object, what: str) -> tuple[tuple[str, _T], ...]:
    """(name, ``kind``) pairs from a dict or pairs; errors say "provenance must map ``what``"."""
    items = list(value.items()) if isinstance(value, dict) else value
    if not isinstance(items, (tuple, list)):
        raise InvalidTypeError.of("provenance", f"a mapping of {what} to {kind.__name__}", value)
    pairs = []
    for item in items:
        if (
            not isinstance(item, tuple)
            or len(item) != 2  # noqa: PLR2004
            or not isinstance(item[0], str)
            or not isinstance(item[1], kind)
        ):
            raise InvalidTypeError.must_hold("provenance", f"({what}, {kind.__name__}) pairs", item)
        pairs.append((item[0], item[1]))
    return tuple(pairs)


# -- the one check of each kind: language, gate code ------------------------------------

#: The languages dongdang writes.
LANGUAGES: Final = ("vi", "en")


def language(lang: object) -> Literal["vi", "en"]:
    """``lang`` if it is a language dongdang writes ("vi" or "en"), else an InvalidValueError.

    >>> language("fr")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: lang must be 'vi' or 'en', got 'fr'
    """
    if not isinstance(lang, str):
        raise InvalidTypeError.of("lang", "'vi' or 'en'", lang)
    if lang == "vi":
        return "vi"
    if lang == "en":
        return "en"
    raise InvalidValueError.of("lang", lang, "must be 'vi' or 'en'")


def gate_code(value: str | None, what: str = "gate") -> str | None:
    """A gate pair code such as ``"huu-nghi"``, or None (the province as a whole).

    One rule for every module: the registry's codes (``gates.toml``) are lower-case
    letters and digits joined by '-', the form of :func:`code`.
    """
    if value is None:
        return None
    return field_code(value, what, "huu-nghi")


def grouping_keys(by: str | Sequence[str] | None, known: Sequence[str]) -> tuple[str, ...]:
    """The keys to group by: ``by`` (one key, several, or None for the first known) among ``known``.

    The one check of a ``by`` argument, for fee comparisons and scenario tables:

    >>> grouping_keys("line", ("gate", "line")), grouping_keys(None, ("gate", "line"))
    (('line',), ('gate',))
    >>> grouping_keys(["gate", "week"], ("gate", "line"))
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown key 'week'; expected one of 'gate', 'line'

    Raises:
        InvalidValueError: no key (the ``problem`` names the keys known).
        UnknownCodeError: a key not among ``known``; ``accepted`` holds them.
    """
    keys = tuple(known[:1]) if by is None else (by,) if isinstance(by, str) else tuple(by)
    if not keys:
        raise InvalidValueError.of(
            "by", keys, f"needs at least one key among {', '.join(known)}", accepted=known
        )
    for key in keys:
        if key not in known:
            raise UnknownCodeError("key", key, known)
    return keys


# -- field converters: the message names the field --------------------------------------


def field_code(value: str, what: str, example: str) -> str:
    """A code; the errors name the field ``what`` and show ``example``."""
    if not isinstance(value, str):
        raise InvalidTypeError.of(what, "a str", value)
    if CODE.fullmatch(value) is None:
        raise InvalidValueError.not_a_code(what, value, example)
    return value


def field_text(value: str, what: str, *, fold: bool = False) -> str:
    """A non-empty text, NFC-normalised and stripped; the errors name the field ``what``.

    With ``fold``, each run of inner whitespace also becomes one space, as a name
    typed in a table wants ("Khu  công nghiệp" is "Khu công nghiệp").
    """
    if not isinstance(value, str):
        raise InvalidTypeError.of(what, "a str", value)
    normal = unicodedata.normalize("NFC", value)
    result = " ".join(normal.split()) if fold else normal.strip()
    if not result:
        raise InvalidValueError.empty(what, value)
    return result


def optional_field_text(value: str | None, what: str, *, fold: bool = False) -> str | None:
    """A text naming the field ``what``, or None."""
    return None if value is None else field_text(value, what, fold=fold)


def field_texts(
    value: tuple[str, ...] | list[str], what: str, *, fold: bool = False
) -> tuple[str, ...]:
    """A tuple of texts from a tuple or list of str; the errors name ``what`` and the item."""
    if not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of(what, "a tuple of str", value)
    return tuple(
        field_text(item, f"{what}[{index}]", fold=fold) for index, item in enumerate(value)
    )


def field_codes(value: tuple[str, ...] | list[str], what: str, example: str) -> tuple[str, ...]:
    """A tuple of codes from a tuple or list of str; the errors name ``what`` and the item."""
    if not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of(what, "a tuple of codes", value)
    return tuple(field_code(item, f"{what}[{index}]", example) for index, item in enumerate(value))


def field_date(value: object, what: str) -> dt.date:
    """A :class:`datetime.date` that is not a date-time; the errors name the field ``what``."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InvalidTypeError.of_type(what, "a datetime.date", value)
    return value


def optional_field_date(value: dt.date | None, what: str) -> dt.date | None:
    """A date naming the field ``what``, or None."""
    return None if value is None else field_date(value, what)


# Named converters of fields many classes have: mypy's attrs plugin reads only named functions.
def optional_note(value: str | None) -> str | None:
    """A ``note`` field: a text, or None."""
    return optional_field_text(value, "note")


def optional_as_of(value: dt.date | None) -> dt.date | None:
    """An ``as_of`` field: a date, or None."""
    return optional_field_date(value, "as_of")


def find(what: str, items: Iterable[_T], wanted: str, attribute: str = "code") -> _T:
    """The item whose ``attribute`` (its code, its key) is ``wanted``.

    Raises:
        UnknownCodeError: no item has it; the message names ``what``, ``wanted``
            and the values the items have.

    >>> from dongdang.provenance import Citation
    >>> cited = [Citation(key="seed-003", title="A"), Citation(key="seed-004", title="B")]
    >>> find("source", cited, "seed-004", "key").title
    'B'
    """
    known: list[object] = []
    for item in items:
        value = getattr(item, attribute)
        if value == wanted:
            return item
        known.append(value)
    raise UnknownCodeError(what, wanted, known)


# -- enums named by code, Vietnamese or English name ---------------------------------------


def code_of(member: enum.Enum) -> str:
    """The member's code: its name in lower case, with '-' for '_'."""
    return member.name.lower().replace("_", "-")


def with_article(kind: type) -> str:
    """The type's name with its article: "an Organization", "a Source"."""
    article = "an" if kind.__name__[0] in "AEIOU" else "a"
    return f"{article} {kind.__name__}"


def instance_of(
    kind: type, name: str, hint: str = ""
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator naming ``name``: the value is an instance of ``kind``."""

    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise InvalidTypeError.of(name, f"{with_article(kind)}{hint}", value)

    return check


def optional_instance_of(
    kind: type, name: str
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator naming ``name``: the value is None or an instance of ``kind``."""

    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            raise InvalidTypeError.of(name, f"{with_article(kind)} or None", value)

    return check


def whole_number(value: object, what: str, low: int | None = None, high: int | None = None) -> int:
    """An int from ``low`` to ``high`` (None: unbounded); ``what`` names it in the messages.

    A bool or a number of another type (1.5, Decimal(2), "3") is the wrong type,
    an int out of range the wrong value:

    >>> whole_number(True, "year")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidTypeError: year must be an int, got True of type bool
    >>> whole_number(-1, "decimals", 0)
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: decimals must be an int from 0, got -1
    >>> whole_number(13, "month", high=12)
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: month must be an int up to 12, got 13
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.of_type(what, "an int", value)
    if (low is not None and value < low) or (high is not None and value > high):
        if high is None:
            span = f"from {low}"
        elif low is None:
            span = f"up to {high}"
        else:
            span = f"from {low} to {high}"
        raise InvalidValueError.of(what, value, f"must be an int {span}", low=low, high=high)
    return value


# -- amounts: money, đồng and areas --------------------------------------------------------


def non_negative_amount(
    value: object,
    name: str,
    *,
    expected: str,
    accepts: Callable[[Quantity], bool],
    must_be: str,
    hint: str | None = None,
    negative_hint: str | None = None,
) -> Quantity:
    """``value``, a quantity, rebuilt in dongdang's registry with a Decimal magnitude.

    The one check of an amount a record holds (a fee collected, a capital, a
    plan's allocation, a project's land), in the order every such field
    checks it:

    - not a quantity: :class:`InvalidTypeError`, "{name} must be {expected}";
    - a unit ``accepts`` refuses (or none dongdang knows):
      :class:`UnitMismatchError`, "{name} must be {must_be}, got …" and ``hint``;
    - below zero: :class:`InvalidValueError`, "{name} must not be negative", then
      ``negative_hint``.

    >>> from dongdang.units import amount
    >>> from dongdang.exchange import currency_or_none
    >>> money = {"accepts": lambda q: currency_or_none(q) is not None, "must_be": "money"}
    >>> non_negative_amount(amount(5, "million_VND"), "fee", expected="money", **money)
    <Quantity(5, 'million_VND')>
    >>> non_negative_amount(amount(-5, "USD"), "fee", expected="money", **money)
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: fee must not be negative, got -5 USD
    """
    from dongdang._decimal import to_decimal  # noqa: PLC0415 - pint loads on first use
    from dongdang.errors import UnitMismatchError  # noqa: PLC0415
    from dongdang.units import is_quantity, unit_of, ureg  # noqa: PLC0415

    if not is_quantity(value):
        raise InvalidTypeError.of(name, expected, value)
    given: Any = value
    magnitude = to_decimal(given.magnitude, name)
    mismatch = UnitMismatchError.of(name, given, str(must_be), hint=hint)
    try:
        rebuilt: Quantity = ureg.Quantity(magnitude, unit_of(str(given.units)))
    except InvalidValueError:
        raise mismatch from None
    if not accepts(rebuilt):
        raise mismatch
    if magnitude < 0:
        raise InvalidValueError.negative(name, given, hint=negative_hint)
    return rebuilt


def money(
    value: object,
    name: str,
    *,
    expected: str = "an amount of money such as amount(278718, 'million_VND')",
    negative_hint: str | None = None,
) -> Quantity:
    """:func:`non_negative_amount` of money: an amount in VND, USD or CNY, not below zero.

    >>> from dongdang.units import amount
    >>> money(amount(1370, "million_USD"), "value")
    <Quantity(1370, 'million_USD')>
    >>> money(amount(5, "ha"), "value")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnitMismatchError: value must be money (VND, USD or CNY), got 5 hectare
    """
    from dongdang.exchange import currency_or_none  # noqa: PLC0415 - exchange needs pint

    return non_negative_amount(
        value,
        name,
        expected=expected,
        accepts=lambda quantity: currency_or_none(quantity) is not None,
        must_be="money (VND, USD or CNY)",
        negative_hint=negative_hint,
    )


def area_amount(value: object, name: str) -> Quantity:
    """A :func:`non_negative_amount` of land: an area in any unit of area.

    >>> from dongdang.units import amount
    >>> area_amount(amount(143.7, "ha"), "land_area")
    <Quantity(143.7, 'hectare')>
    """
    from dongdang.units import ureg  # noqa: PLC0415 - pint loads on first use

    hectare = ureg.Unit("hectare").dimensionality
    return non_negative_amount(
        value,
        name,
        expected="a quantity",
        accepts=lambda quantity: bool(quantity.dimensionality == hectare),
        must_be="an area such as '143,7 ha'",
    )


def dong_amount(value: object, name: str) -> Quantity:
    """A :func:`non_negative_amount` in đồng, and a whole number of đồng: a capital record's.

    >>> from decimal import Decimal
    >>> from dongdang.units import amount
    >>> dong_amount(amount(102681, "million_VND"), "amount")
    <Quantity(102681, 'million_VND')>
    >>> dong_amount(amount(Decimal("0.5"), "VND"), "amount")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: amount must be a whole number of đồng, got 0.5 VND; it is 0.5 đồng, and the đồng has no smaller unit
    """  # noqa: E501 - a doctest output line
    from dongdang.units import magnitude_in, ureg  # noqa: PLC0415 - pint loads on first use

    dong = ureg.Unit("VND").dimensionality
    money = non_negative_amount(
        value,
        name,
        expected="an amount in đồng such as amount(102681, 'million_VND') or "
        "parse_amount('102.681 triệu đồng')",
        accepts=lambda quantity: bool(quantity.dimensionality == dong),
        must_be="in đồng (VND)",
        hint="capital plans are kept in đồng; convert other currencies with an ExchangeRate first",
    )
    whole = magnitude_in(money, "VND")
    if whole != whole.to_integral_value():
        raise InvalidValueError.not_whole(
            name, value, "đồng", hint=f"it is {whole} đồng, and the đồng has no smaller unit"
        )
    return money
