"""Vietnamese and English figures: reading and writing amounts and percents.

Vietnamese writes "278.718" for two hundred seventy-eight thousand seven
hundred eighteen and "344,8" for three hundred forty-four point eight: the
point groups thousands and the comma is the decimal mark. English does the
opposite. Reading is strict: "344.8" is not taken as 3448 in Vietnamese, it is
refused with the position of the offending point.

>>> from dongdang import parse_amount, parse_percent, format_amount, format_percent
>>> fee = parse_amount("278.718 triệu đồng")
>>> fee
<Quantity(278718, 'million_VND')>
>>> format_amount(fee, "tỷ đồng")
'278,718 tỷ đồng'
>>> format_amount(fee, "triệu đồng")
'278.718 triệu đồng'
>>> format_amount(fee, "million_VND", lang="en")
'278,718 million VND'
>>> parse_percent("178,26%")
Decimal('1.7826')
>>> format_percent(Decimal("0.144")), format_percent(Decimal("0.144"), lang="en")
('14,4%', '14.4%')

A qualifier before a figure ("trên 344,8 tỷ đồng": at least) is data, read by
:func:`read_figure`; :func:`parse_amount` refuses it rather than drop it.
"""

from __future__ import annotations

import decimal
import enum
import re
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING, Final, NoReturn, final

import attrs

from dongdang._decimal import EXACT, MAX_EXPONENT, round_half_up, tidy, to_decimal
from dongdang._validators import language as _check_lang
from dongdang._validators import whole_number
from dongdang._vocabulary import fold
from dongdang.errors import InvalidTypeError, InvalidValueError, ParseError
from dongdang.units import (
    SCALED_UNITS,
    Quantity,
    Unit,
    is_quantity,
    magnitude_in,
    unit_of,
    ureg,
)

if TYPE_CHECKING:
    from dongdang.periods import Language

__all__ = [
    "LIMIT_WORDS",
    "QUALIFIER_WORDS",
    "Figure",
    "Qualifier",
    "format_amount",
    "format_number",
    "format_percent",
    "normalize_text",
    "parse_amount",
    "parse_number",
    "parse_percent",
    "read_figure",
    "unit_phrase",
]


class Qualifier(enum.Enum):
    """What a word before a figure says about the true value.

    ==========  ==========================  ===========================
    member      Vietnamese                  meaning
    ==========  ==========================  ===========================
    AT_LEAST    trên, hơn, tối thiểu, ít    the true value is at least
                nhất, không dưới, không
                thấp hơn, không ít hơn
    AT_MOST     gần (đạt), tối đa, không    the true value is at most
                quá, không vượt (quá),
                không cao/lớn/nhiều hơn
    BELOW       dưới                        the true value is under
    ABOUT       khoảng, xấp xỉ (đạt)        an approximate figure
    ESTIMATE    ước, ước đạt, ước tính      an estimate: the report's
                (đạt), ước thực hiện, dự    own figure, printed rounding
                ước (đạt)
    ==========  ==========================  ===========================

    What each allows is computed in one place, :mod:`dongdang.intervals`.
    """

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    BELOW = "below"
    ABOUT = "about"
    ESTIMATE = "estimate"


#: The words that qualify a figure, as a reader meets them (one table for reading;
#: the words for writing are the message catalogue's ``qualifier.*``).
QUALIFIER_WORDS: Final = {
    "trên": Qualifier.AT_LEAST,
    "hơn": Qualifier.AT_LEAST,
    "over": Qualifier.AT_LEAST,
    "more than": Qualifier.AT_LEAST,
    # limits ("vốn tối thiểu 37.000 tỉ đồng", "không thấp hơn 48.000 tỉ đồng"): bounds alike
    "tối thiểu": Qualifier.AT_LEAST,
    "ít nhất": Qualifier.AT_LEAST,
    "không dưới": Qualifier.AT_LEAST,
    "không thấp hơn": Qualifier.AT_LEAST,
    "không ít hơn": Qualifier.AT_LEAST,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "gần": Qualifier.AT_MOST,
    "nearly": Qualifier.AT_MOST,
    "almost": Qualifier.AT_MOST,
    "tối đa": Qualifier.AT_MOST,
    "không quá": Qualifier.AT_MOST,
    "không vượt quá": Qualifier.AT_MOST,
    "không vượt": Qualifier.AT_MOST,
    "không cao hơn": Qualifier.AT_MOST,
    "không lớn hơn": Qualifier.AT_MOST,
    "không nhiều hơn": Qualifier.AT_MOST,
    "at most": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "dưới": Qualifier.BELOW,
    "under": Qualifier.BELOW,
    "less than": Qualifier.BELOW,
    "khoảng": Qualifier.ABOUT,
    "xấp xỉ": Qualifier.ABOUT,
    "ước đạt": Qualifier.ESTIMATE,
    # a hedge before the verb: "thu ngân sách gần đạt 500 tỷ đồng", "ước tính đạt"
    "ước tính đạt": Qualifier.ESTIMATE,
    "dự ước đạt": Qualifier.ESTIMATE,
    "gần đạt": Qualifier.AT_MOST,
    "xấp xỉ đạt": Qualifier.ABOUT,
    "ước tính": Qualifier.ESTIMATE,
    "ước thực hiện": Qualifier.ESTIMATE,
    "dự ước": Qualifier.ESTIMATE,
    "ước": Qualifier.ESTIMATE,
    "estimated": Qualifier.ESTIMATE,
    "an estimated": Qualifier.ESTIMATE,  # as dongdang writes it: "reached an estimated 95%"
    "about": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
}
#: The words of a limit (a rule's or a plan's bound, "tối thiểu 37.000 tỉ đồng", "không
#: quá 5%"), as a reader meets them: written back as they were read, not as "trên"/"gần".
LIMIT_WORDS: Final = frozenset(
    {
        "tối thiểu",
        "ít nhất",
        "không dưới",
        "không thấp hơn",
        "không ít hơn",
        "tối đa",
        "không quá",
        "không vượt quá",
        "không vượt",
        "không cao hơn",
        "không lớn hơn",
        "không nhiều hơn",
        "at least",
        "no less than",
        "at most",
        "no more than",
    }
)
_QUALIFIER: Final = re.compile(
    "(" + "|".join(sorted(map(re.escape, QUALIFIER_WORDS), key=len, reverse=True)) + r")\s+",
    re.IGNORECASE,
)

#: The units of figures that are no quantity: rates, ranks (ordinals) and bare numbers.
_NO_QUANTITY: Final = (None, "percent", "percentage_point", "rank")


@final
@attrs.frozen(kw_only=True)
class Figure:
    """One figure as a report prints it: qualifier, number, unit.

    Attributes:
        text: the text that was read.
        span: where the figure stands in ``text`` (start, end).
        qualifier: what the word before the number says, or None.
        qualifier_word: that word as written ("trên"), or None.
        value: the number as printed: 278718 for "278.718 triệu đồng", 14.4 for "14,4%".
        decimals: how many digits were printed after the decimal mark.
        assumed_currency: True when the report leaves the currency implied ("chi
            450 tỷ") and the reader took the currency of the sentence's amount
            before it, or đồng when there is none: an assumption, not a reading.
        unit: the registry's unit ("million_VND"), ``"percent"``, ``"percentage_point"``
            (read by :func:`dongdang.statements.parse_statements`: "1,2 điểm phần
            trăm"), ``"rank"`` (an ordinal, read by it too: "xếp thứ 4/14 tỉnh"), or
            None for a bare number.

    >>> figure = read_figure("trên 344,8 tỷ đồng")
    >>> figure.qualifier, figure.value, figure.decimals, figure.unit
    (<Qualifier.AT_LEAST: 'at_least'>, Decimal('344.8'), 1, 'billion_VND')
    >>> figure.quantity
    <Quantity(344.8, 'billion_VND')>
    """

    text: str
    span: tuple[int, int]
    qualifier: Qualifier | None
    qualifier_word: str | None
    value: Decimal
    decimals: int
    unit: str | None
    assumed_currency: bool = False

    @property
    def quantity(self) -> Quantity:
        """The figure as a quantity; a percent, a rank or a bare number has none."""
        if self.unit in _NO_QUANTITY:
            raise InvalidValueError.of("figure", self.text, "must be an amount with a unit")
        return ureg.Quantity(self.value, self.unit)

    @property
    def fraction(self) -> Decimal:
        """A percent as a fraction, such as 0.144 for "14,4%" (0.012 for "1,2 điểm phần trăm")."""
        if self.unit not in ("percent", "percentage_point"):
            raise InvalidValueError.of("figure", self.text, "must be a percent")
        return self.value.scaleb(-2, EXACT)  # not the caller's context: exact


# -- the vocabulary of units ----------------------------------------------------


@attrs.frozen
class _Words:
    vi: str
    en: str
    aliases: tuple[str, ...] = ()
    vi_per: str = ""
    en_per: str = ""


_CURRENCY_WORDS: Final = {
    "VND": _Words("đồng", "VND", ("đồng", "vnđ", "vnd", "đ", "₫", "dong")),
    "USD": _Words(
        "USD",
        "USD",
        ("usd", "đô la mỹ", "đô la", "đô-la mỹ", "đô-la", "us dollars", "dollars"),
    ),
    "CNY": _Words("nhân dân tệ", "CNY", ("cny", "ndt", "nhân dân tệ", "tệ", "yuan", "rmb")),
}
_SCALE_WORDS: Final = {
    "": _Words("", "", ("",)),
    "thousand_": _Words("nghìn ", "thousand ", ("nghìn ", "ngàn ", "thousand ")),
    "million_": _Words("triệu ", "million ", ("triệu ", "million ")),
    "billion_": _Words("tỷ ", "billion ", ("tỷ ", "tỉ ", "billion ")),
    "trillion_": _Words(
        "nghìn tỷ ", "trillion ", ("nghìn tỷ ", "ngàn tỷ ", "nghìn tỉ ", "ngàn tỉ ", "trillion ")
    ),
    "quadrillion_": _Words("triệu tỷ ", "quadrillion ", ("triệu tỷ ", "triệu tỉ ", "quadrillion ")),
}
_OTHER_WORDS: Final = {
    "hectare": _Words("ha", "ha", ("ha", "hecta", "héc-ta", "hectare", "hectares"), "ha", "ha"),
    "square_kilometre": _Words("km²", "km²", ("km²", "km2"), "km²", "km²"),
    "square_metre": _Words("m²", "m²", ("m²", "m2"), "m²", "m²"),
    "kilometre": _Words("km", "km", ("km",), "km", "km"),
    "tonne": _Words("tấn", "tonnes", ("tấn", "tonne", "tonnes"), "tấn", "tonne"),
    "kilogram": _Words("kg", "kg", ("kg",), "kg", "kg"),
    # "20,26 tỷ kwh", "KWh": names fold case
    "kilowatt_hour": _Words("kWh", "kWh", ("kWh",), "kWh", "kWh"),
    "vehicle_trip": _Words(
        "lượt xe", "vehicle trips", ("lượt xe", "lượt", "vehicle trips", "trips"), "lượt", "trip"
    ),
    "vehicle": _Words("xe", "vehicles", ("xe", "phương tiện", "vehicles"), "xe", "vehicle"),
    "container": _Words(
        "container", "containers", ("container", "containers"), "container", "container"
    ),
    "railcar": _Words("toa", "railcars", ("toa", "toa xe", "railcars"), "toa", "railcar"),
    "day": _Words("ngày", "days", ("ngày", "days"), "ngày", "day"),
}
# "95,4 nghìn ha", "3 triệu tấn", "20,26 tỷ kWh" (the units of SCALED_UNITS); a scaled
# count ("2,6 triệu lượt khách") has the scale's words only: its noun is the statement's.
_SCALED_OTHER_WORDS: Final = {
    scale + name: _Words(
        scale_words.vi + words.vi,
        scale_words.en + words.en,
        tuple(alias + other for alias in scale_words.aliases for other in words.aliases),
    )
    for scale, scale_words in list(_SCALE_WORDS.items())[1:4]
    for name, words in ((n, _OTHER_WORDS[n]) for n in SCALED_UNITS if n in _OTHER_WORDS)
}
_COUNT_WORDS: Final = {
    scale + "count": _Words(scale_words.vi.strip(), scale_words.en.strip())
    for scale, scale_words in list(_SCALE_WORDS.items())[1:4]
}
_WORDS: Final = {
    **_SCALED_OTHER_WORDS,
    **_COUNT_WORDS,
    **{
        scale + code: _Words(scale_words.vi + words.vi, scale_words.en + words.en)
        for scale, scale_words in _SCALE_WORDS.items()
        for code, words in _CURRENCY_WORDS.items()
    },
    **_OTHER_WORDS,
}
# Each alias folded as names are compared (case, spacing, dashes, tone placement).
_ALIASES: Final = {
    fold(scale_alias + alias): scale + code
    for scale, scale_words in _SCALE_WORDS.items()
    for scale_alias in scale_words.aliases
    for code, words in _CURRENCY_WORDS.items()
    for alias in words.aliases
} | {
    fold(alias): name
    for aliased in (_OTHER_WORDS, _SCALED_OTHER_WORDS)
    for name, words in aliased.items()
    for alias in words.aliases
}
# "đồng/lượt/xe": per trip of a vehicle, one vehicle trip. The words written
# after "/" or "per" ("VND per trip") read back too.
_PER_ALIASES: Final = {"lượt/xe": "vehicle_trip"} | {
    fold(alias): name
    for name, words in _OTHER_WORDS.items()
    for alias in (*words.aliases, words.vi_per, words.en_per)
}
_PER: Final = re.compile(r"\s*/\s*|\s+per\s+", re.IGNORECASE)


#: What no report writes in a unit, though names fold it: "_", or a dash before or after the words.
_LOOSE: Final = re.compile(r"_|^\s*[-–—]|[-–—]\s*$")


def _unit_from_phrase(phrase: str) -> str | None:
    """The registry unit a report phrase names ("triệu đồng/lượt"), or None."""
    parts = _PER.split(phrase, maxsplit=1)
    if any(_LOOSE.search(part) for part in parts):
        return None
    head = _ALIASES.get(fold(parts[0]))
    if head is None:
        return None
    if len(parts) == 1:
        return head
    per = _PER_ALIASES.get(fold(parts[1]).replace(" / ", "/"))
    return None if per is None else f"{head} / {per}"


def _words_of(unit: Unit) -> tuple[_Words, _Words | None]:
    """The words of a registry unit: its head and, for a rate, what it is per."""
    items = dict(unit._units)  # noqa: SLF001 - pint exposes no public mapping
    # A name without words (metre), or a currency after "per", is not counted,
    # so that the length check below refuses it.
    heads = [_WORDS[name] for name, power in items.items() if power == 1 and name in _WORDS]
    pers = [
        _OTHER_WORDS[name] for name, power in items.items() if power == -1 and name in _OTHER_WORDS
    ]
    if len(heads) != 1 or len(pers) > 1 or len(items) != len(heads) + len(pers):
        raise InvalidValueError.of("unit", unit, "must be a unit dongdang has report words for")
    per = pers[0] if pers else None
    return heads[0], per


def _resolve_unit(spec: str | Unit) -> Unit:
    if isinstance(spec, str):
        name = _unit_from_phrase(spec)
        return unit_of(name if name is not None else spec)
    return spec if isinstance(spec, Unit) else unit_of(spec)  # unit_of refuses other types


def unit_phrase(unit: str | Unit, lang: Language = "vi") -> str:
    """The words a report uses for a unit.

    >>> unit_phrase("million_USD"), unit_phrase("million_USD", "en")
    ('triệu USD', 'million USD')
    >>> unit_phrase("VND / vehicle_trip"), unit_phrase("đồng/lượt", "en")
    ('đồng/lượt', 'VND per trip')
    """
    _check_lang(lang)
    head, per = _words_of(_resolve_unit(unit))
    if lang == "vi":
        return head.vi if per is None else f"{head.vi}/{per.vi_per}"
    return head.en if per is None else f"{head.en} per {per.en_per}"


# -- reading ------------------------------------------------------------------

_SEPARATORS: Final = {"vi": (".", ","), "en": (",", ".")}
_HINT: Final = {
    "vi": "in Vietnamese '.' groups thousands and ',' is the decimal mark (344,8; 278.718)",
    "en": "in English ',' groups thousands and '.' is the decimal mark (344.8; 278,718)",
}


def _fail(text: str, position: int, reason: str) -> NoReturn:
    raise ParseError(text, position, reason)


def _digits(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isascii() and text[end].isdigit():
        end += 1
    return end


def _scan_number(text: str, start: int, lang: Language) -> tuple[Decimal, int, int]:
    """Read a number at ``start``: its value, its printed decimals, where it ends."""
    group, mark = _SEPARATORS[lang]
    position = start
    sign = ""
    if position < len(text) and text[position] in "-−":
        sign, position = "-", position + 1
    end = _digits(text, position)
    if end == position:
        _fail(text, position, "expected a number")
    whole = text[position:end]

    def separated(at: int, char: str) -> bool:
        return at + 1 < len(text) and text[at] == char and text[at + 1].isdigit()

    if separated(end, group) and len(whole) > 3:  # noqa: PLR2004
        _fail(text, position, f"a grouped number starts with 1 to 3 digits; {_HINT[lang]}")
    while separated(end, group):
        group_end = _digits(text, end + 1)
        if group_end - end - 1 != 3:  # noqa: PLR2004
            _fail(text, end, f"{group!r} must be followed by three digits; {_HINT[lang]}")
        whole += text[end + 1 : group_end]
        end = group_end
    fraction = ""
    if separated(end, mark):
        fraction_end = _digits(text, end + 1)
        fraction = text[end + 1 : fraction_end]
        end = fraction_end
    if end < len(text) and text[end] in ".," and separated(end, text[end]):
        _fail(text, end, f"a separator after the decimal part; {_HINT[lang]}")
    value = Decimal(f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}")
    return value, len(fraction), end


# Characters that print nothing (zero-width spaces and joiners, the word joiner,
# the byte-order mark, the soft hyphen of a PDF's line breaks): removed.
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Full-width forms ("１２％") are the ASCII characters they stand for.
# The fraction and division slashes of a PDF ("11⁄2013") are "/".
_FULL_WIDTH: Final = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x2044: ord("/"),
    0x2215: ord("/"),
}


def normalize_text(text: str) -> str:
    """Report text as the readers read it: the same words in one spelling.

    NFC (composed diacritics: NFD text reads the same), every Unicode space
    (no-break, thin, ideographic…) a plain space, full-width digits, signs and
    letters ("１２％") their ASCII forms, and the characters that print nothing
    (zero-width spaces and joiners, the byte-order mark, the soft hyphen) removed,
    so that "42.\u200b119" reads 42.119, never 119.

    >>> from dongdang.text import normalize_text
    >>> normalize_text("trong\u00a0đó ４２.\u200b119％")
    'trong đó 42.119%'
    """
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_FULL_WIDTH)
    if text.isascii():
        return text
    return "".join(
        " " if char != " " and unicodedata.category(char) == "Zs" else char for char in text
    )


def _prepare(text: object) -> str:
    if not isinstance(text, str):
        raise InvalidTypeError.of_type("text", "a str", text)
    return normalize_text(text)


def read_figure(text: str, lang: Language = "vi") -> Figure:
    """Read one figure, with any qualifier in front of it.

    The text is the figure alone: "trên 344,8 tỷ đồng", "14,4%", "215.385 lượt xe",
    "06". Positions in errors count characters of the text as
    :func:`normalize_text` gives it.

    Raises:
        ParseError: a malformed or ambiguous number, an unknown unit, or text
            that is not one figure.

    >>> read_figure("gần 50%").qualifier
    <Qualifier.AT_MOST: 'at_most'>
    """
    _check_lang(lang)
    source = _prepare(text)
    start = len(source) - len(source.lstrip())
    stop = len(source.rstrip())
    if start >= stop:  # blank: lstrip and rstrip cross, start is len(source), stop 0
        _fail(source, 0, "the text is empty; expected a figure such as '278.718 triệu đồng'")
    qualifier_word = None
    position = start
    match = _QUALIFIER.match(source, start, stop)
    if match is not None:
        qualifier_word = match.group(1)
        position = match.end()
    value, decimals, end = _scan_number(source, position, lang)
    rest = source[end:stop].strip()
    unit: str | None
    if not rest:
        unit = None
    elif rest == "%":
        unit = "percent"
    else:
        unit = _unit_from_phrase(rest)
        if unit is None:
            at = source.index(rest, end)
            _fail(source, at, f"unknown unit {rest!r}; expected e.g. 'triệu đồng', 'USD', 'ha'")
    return Figure(
        text=source,
        span=(start, stop),
        qualifier=None if qualifier_word is None else QUALIFIER_WORDS[qualifier_word.lower()],
        qualifier_word=qualifier_word,
        value=value,
        decimals=decimals,
        unit=unit,
    )


def _bare(text: str, lang: Language, what: str) -> Figure:
    figure = read_figure(text, lang)
    if figure.qualifier_word is not None:
        _fail(
            figure.text,
            figure.span[0],
            f"the figure is qualified by {figure.qualifier_word!r}; "
            f"read it with read_figure to keep the qualifier ({what} takes a bare figure)",
        )
    _check_size(figure, figure.value)
    return figure


def _check_size(figure: Figure, value: Decimal) -> Decimal:
    """``value``, read from ``figure``, within the limit of every number (see to_decimal)."""
    size = value.adjusted() if value else 0
    if not -MAX_EXPONENT <= size <= MAX_EXPONENT:
        _fail(
            figure.text,
            figure.span[0],
            f"the number lies outside 1e-{MAX_EXPONENT} to 1e{MAX_EXPONENT} in size",
        )
    return value


def parse_number(text: str, lang: Language = "vi") -> Decimal:
    """Read a bare number: "278.718" is 278718 in Vietnamese, 278.718 in English.

    >>> parse_number("278.718"), parse_number("278.718", lang="en")
    (Decimal('278718'), Decimal('278.718'))
    """
    figure = _bare(text, lang, "parse_number")
    if figure.unit is not None:
        _fail(figure.text, figure.span[0], "expected a bare number without a unit")
    return figure.value


def parse_amount(text: str, lang: Language = "vi") -> Quantity:
    """Read an amount with its unit: "278.718 triệu đồng", "4.270 triệu USD", "143,7 ha".

    The quantity keeps the report's scale: "278.718 triệu đồng" is 278718
    ``million_VND``, equal to exactly 278 718 000 000 VND.

    >>> parse_amount("344,8 tỷ đồng") == ureg.Quantity(344_800_000_000, "VND")
    True
    >>> parse_amount("1,234.5 triệu USD")
    Traceback (most recent call last):
    ...
    dongdang.errors.ParseError: cannot read '1,234.5 triệu USD' at position 5: ...
    """
    figure = _bare(text, lang, "parse_amount")
    if figure.unit is None or figure.unit == "percent":
        _fail(figure.text, figure.span[0], "expected an amount with a unit, e.g. '52,6 tỷ đồng'")
    return figure.quantity


def parse_percent(text: str, lang: Language = "vi") -> Decimal:
    """Read a percent as a fraction: "178,26%" gives ``Decimal("1.7826")``."""
    figure = _bare(text, lang, "parse_percent")
    if figure.unit != "percent":
        _fail(figure.text, figure.span[1], "expected a percent sign '%'")
    return _check_size(figure, figure.fraction)


# -- writing ------------------------------------------------------------------


def format_number(value: object, lang: Language = "vi", decimals: int | None = None) -> str:
    """Write a number the way reports do, rounding half up.

    ``decimals=None`` writes every digit the value has.

    >>> format_number(Decimal("278718")), format_number(Decimal("278718"), "en")
    ('278.718', '278,718')
    >>> format_number(Decimal("14.25"), decimals=1)
    '14,3'
    """
    _check_lang(lang)
    number = to_decimal(value, "value")
    if decimals is None:
        number = tidy(number)
        places = max(0, -number.as_tuple().exponent)  # type: ignore[operator]
    else:
        places = whole_number(decimals, "decimals", 0, MAX_EXPONENT)
        number = round_half_up(number, places)
    if number.is_zero():
        number = abs(number)  # never print "-0"
    from babel.numbers import format_decimal  # noqa: PLC0415 - Babel costs import time

    pattern = "#,##0." + "0" * places  # Babel writes no decimal mark when no place follows
    # Babel quantizes in the thread's decimal context; ours holds any figure exactly.
    with decimal.localcontext(EXACT):
        return format_decimal(number, format=pattern, locale=lang)  # grouped by default


def format_amount(
    quantity: Quantity, unit: str | Unit, lang: Language = "vi", decimals: int | None = None
) -> str:
    """Write an amount in a report's unit: ``"278.718 triệu đồng"``.

    ``unit`` is a phrase ("triệu đồng", "đồng/lượt") or a registry unit
    ("million_VND"); the words come out in ``lang``.

    >>> fee = parse_amount("100.751 triệu đồng")
    >>> format_amount(fee, "tỷ đồng", decimals=1)
    '100,8 tỷ đồng'
    >>> format_amount(fee, "billion_VND", lang="en", decimals=1)
    '100.8 billion VND'
    """
    if not is_quantity(quantity):
        raise InvalidTypeError.of("quantity", "a quantity", quantity)
    target = _resolve_unit(unit)
    number = format_number(magnitude_in(quantity, target), lang, decimals)
    return f"{number} {unit_phrase(target, lang)}"


def format_percent(fraction: object, lang: Language = "vi", decimals: int | None = None) -> str:
    """Write a fraction as a percent: 0.144 gives ``"14,4%"`` (``"14.4%"`` in English).

    >>> format_percent(Decimal("0.51955"), decimals=1)
    '52,0%'
    """
    value = to_decimal(fraction, "fraction").scaleb(2, EXACT)
    return f"{format_number(value, lang, decimals)}%"
