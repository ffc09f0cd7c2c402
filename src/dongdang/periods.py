"""Reporting periods: inclusive date ranges, "cùng kỳ", and report phrases.

A report compares a figure for a period with the same period of the year
before ("so với cùng kỳ"). :class:`Period` is that range of days, both ends
included, with constructors for the periods reports use and a reader for the
phrases they write.

>>> from dongdang import Period
>>> p = Period.parse("từ ngày 01/01-31/5/2024")
>>> p.start, p.end
(datetime.date(2024, 1, 1), datetime.date(2024, 5, 31))
>>> p.same_period_last_year().label()
'5 tháng đầu năm 2023'
>>> Period.parse("01/3/2020 – 25/5/2020").label("en")
'1 March 2020 to 25 May 2020'
>>> Period.first_months(2020, 9).label("en")
'the first 9 months of 2020'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Final, Literal, NoReturn, final

import attrs
from dateutil.relativedelta import relativedelta

from dongdang._messages import day, message
from dongdang._validators import field_date as _field_date
from dongdang._validators import language as _check_lang
from dongdang._validators import whole_number
from dongdang.errors import InvalidTypeError, InvalidValueError, ParseError

__all__ = ["Language", "Period"]

#: The languages dongdang reads and writes.
Language = Literal["vi", "en"]

_ROMAN: Final = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_OF: Final = {number: numeral for numeral, number in _ROMAN.items()}


def _check_date(value: object, name: str) -> dt.date:
    return _field_date(value, name)


def _start(value: dt.date) -> dt.date:
    return _check_date(value, "start")


def _end(value: dt.date) -> dt.date:
    return _check_date(value, "end")


#: The last year there is: ``datetime.date.max.year``.
_LAST_YEAR: Final = dt.date.max.year


def _check_year(year: object) -> int:
    return whole_number(year, "year", 1, _LAST_YEAR)


def _check_in(value: object, name: str, low: int, high: int) -> int:
    return whole_number(value, name, low, high)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _is_month_end(day: dt.date) -> bool:
    # Not "the next day is the 1st": there is no next day after 31/12/9999.
    return day.day == calendar.monthrange(day.year, day.month)[1]


def _end_year_back(day: dt.date, *, whole_months: bool) -> dt.date:
    # relativedelta maps 29/02 to 28/02; a period of whole months ending on the
    # last day of February ends on the last day of February a year earlier too.
    shifted = day - relativedelta(years=1)
    if whole_months and day.month == 2 and _is_month_end(day):  # noqa: PLR2004
        return _month_end(shifted.year, 2)
    return shifted


@final
@attrs.frozen(kw_only=True)
class Period:
    """An inclusive range of days, from ``start`` to ``end``.

    >>> import datetime as dt
    >>> q2 = Period.quarter(2024, 2)
    >>> dt.date(2024, 6, 30) in q2, dt.date(2024, 7, 1) in q2
    (True, False)
    >>> Period.month(2024, 5) in q2
    True
    >>> q2.days
    91
    """

    start: dt.date = attrs.field(converter=_start)
    end: dt.date = attrs.field(converter=_end)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError.earlier_than("end", self.end, "start", self.start)

    # -- constructors -------------------------------------------------------

    @classmethod
    def between(cls, start: dt.date, end: dt.date) -> Period:
        """The days from ``start`` to ``end``, both included."""
        return cls(start=start, end=end)

    @classmethod
    def year(cls, year: int) -> Period:
        """A calendar year: "năm 2021"."""
        year = _check_year(year)
        return cls(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        """A half-year: ``half=1`` is "6 tháng đầu năm", ``half=2`` "6 tháng cuối năm"."""
        half = _check_in(half, "half", 1, 2)
        first = 1 + 6 * (half - 1)
        return cls._months(_check_year(year), first, first + 5)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """A quarter: "quý II/2024" is ``Period.quarter(2024, 2)``."""
        quarter = _check_in(quarter, "quarter", 1, 4)
        first = 1 + 3 * (quarter - 1)
        return cls._months(_check_year(year), first, first + 2)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """A calendar month: "tháng 8/2025" is ``Period.month(2025, 8)``."""
        month = _check_in(month, "month", 1, 12)
        return cls._months(_check_year(year), month, month)

    @classmethod
    def first_months(cls, year: int, months: int) -> Period:
        """The first ``months`` months of a year: "9 tháng đầu năm 2020"."""
        months = _check_in(months, "months", 1, 12)
        return cls._months(_check_year(year), 1, months)

    @classmethod
    def last_months(cls, year: int, months: int) -> Period:
        """The last ``months`` months of a year: "3 tháng cuối năm 2020"."""
        months = _check_in(months, "months", 1, 12)
        return cls._months(_check_year(year), 13 - months, 12)

    @classmethod
    def _months(cls, year: int, first: int, last: int) -> Period:
        return cls(start=dt.date(year, first, 1), end=_month_end(year, last))

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a report phrase.

        Accepted forms (case and extra spaces do not matter): "năm 2021",
        "9 tháng đầu năm 2020", "3 tháng cuối năm 2020", "quý II/2024" (or
        "quý 2/2024", "quý II năm 2024"), "tháng 8/2025" (or "tháng 8 năm 2025"),
        and ranges of day-first dates: "01/3/2020 – 25/5/2020",
        "từ ngày 01/01-31/5/2024" (the first date takes the second's year),
        "từ 01/3/2020 đến 25/5/2020".

        Positions in errors count characters of the NFC-normalised text, which
        the error holds as its ``text``.

        Raises:
            ParseError: the text is none of these, or names an impossible date,
                a year outside 1 to 9999, or a range that ends before it starts.

        >>> Period.parse("quý II/2024") == Period.quarter(2024, 2)
        True
        >>> Period.parse("31/02/2024 - 01/3/2024")
        Traceback (most recent call last):
        ...
        dongdang.errors.ParseError: cannot read '31/02/2024 - 01/3/2024' at position 0: ...
        """
        return _parse_period(text)

    # -- relations ----------------------------------------------------------

    @property
    def days(self) -> int:
        """How many days the period holds, both ends counted."""
        return (self.end - self.start).days + 1

    def same_period_last_year(self) -> Period:
        """The same period one year earlier: "cùng kỳ năm trước".

        Both ends move back one year, and 29 February becomes 28 February. A
        period of whole months that ends with February ends with February a
        year earlier (tháng 2/2025 → tháng 2/2024, 1–29/02).

        Raises:
            InvalidValueError: the period starts in year 1, which has no year before it.

        >>> Period.month(2024, 2).same_period_last_year() == Period.month(2023, 2)
        True
        >>> Period.month(2025, 2).same_period_last_year() == Period.month(2024, 2)
        True
        >>> one_day = Period.between(dt.date(2025, 2, 28), dt.date(2025, 2, 28))
        >>> one_day.same_period_last_year().days
        1
        """
        if self.start.year == 1:
            raise InvalidValueError.of(
                "period", self, "must start after year 1 to have a year before it"
            )
        whole_months = self.start.day == 1 and _is_month_end(self.end)
        return Period(
            start=self.start - relativedelta(years=1),
            end=_end_year_back(self.end, whole_months=whole_months),
        )

    def __contains__(self, item: object) -> bool:
        """A date inside the period, or a period wholly inside it."""
        if isinstance(item, Period):
            return self.start <= item.start and item.end <= self.end
        day = _check_date(item, "item")
        return self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day."""
        if not isinstance(other, Period):
            raise InvalidTypeError.of("other", "a Period", other)
        return self.start <= other.end and other.start <= self.end

    # -- words ----------------------------------------------------------------

    def label(self, lang: Language = "vi") -> str:
        """The phrase a report would use for this period.

        >>> Period.quarter(2024, 2).label(), Period.quarter(2024, 2).label("en")
        ('quý II/2024', 'Q2 2024')
        >>> Period.half(2024, 1).label()
        '6 tháng đầu năm 2024'
        """
        _check_lang(lang)
        if self.start.day == 1 and _is_month_end(self.end) and self.start.year == self.end.year:
            phrase = _calendar_label(lang, self.start.year, self.start.month, self.end.month)
            if phrase is not None:
                return phrase
        return message("period.between", lang, start=day(self.start, lang), end=day(self.end, lang))

    def __str__(self) -> str:
        return self.label()


_HALF_YEAR: Final = 6


def _calendar_label(lang: Language, year: int, first: int, last: int) -> str | None:
    """The phrase for whole months ``first`` to ``last`` of ``year``, if reports have one."""
    count = last - first + 1
    if count == 12:  # noqa: PLR2004
        return message("period.year", lang, year=year)
    if first % 3 == 1 and count == 3:  # noqa: PLR2004
        quarter = (first + 2) // 3
        return message("period.quarter", lang, roman=_ROMAN_OF[quarter], quarter=quarter, year=year)
    if count == 1:
        return message("period.month", lang, month=message(f"month.{first}", lang), year=year)
    if first == 1:
        key = "period.first_half" if count == _HALF_YEAR else "period.first_months"
        return message(key, lang, count=count, year=year)
    if last == 12:  # noqa: PLR2004
        key = "period.second_half" if count == _HALF_YEAR else "period.last_months"
        return message(key, lang, count=count, year=year)
    return None


# -- reading ------------------------------------------------------------------

_DATE: Final = r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?"
_FORMS: Final = (
    ("year", re.compile(r"năm (\d{4})", re.ASCII)),
    ("first", re.compile(r"(\d{1,2}) tháng đầu năm (\d{4})", re.ASCII)),
    ("last", re.compile(r"(\d{1,2}) tháng cuối năm (\d{4})", re.ASCII)),
    ("quarter", re.compile(r"quý ([ivx]+|\d{1,2})(?:/| năm )(\d{4})", re.ASCII)),
    ("month", re.compile(r"tháng (\d{1,2})(?:/| năm )(\d{4})", re.ASCII)),
    (
        "range",
        re.compile(
            rf"(?:từ (?:ngày )?)?{_DATE} ?(?:-|–|—|đến(?: ngày)?) ?(?:ngày )?{_DATE}", re.ASCII
        ),
    ),
)
_ACCEPTED: Final = (
    "expected a period such as 'năm 2021', '9 tháng đầu năm 2020', 'quý II/2024', "
    "'tháng 8/2025' or 'từ ngày 01/01-31/5/2024'"
)


def _normalise(text: str) -> str:
    """Lower case, and a plain space for every white space character."""
    return "".join(" " if char.isspace() else char for char in text.lower())


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Collapse runs of spaces, remembering where each kept character came from."""
    kept: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char == " " and (not kept or kept[-1] == " "):
            continue
        kept.append(char)
        origin.append(index)
    while kept and kept[-1] == " ":
        kept.pop()
        origin.pop()
    origin.append(len(text))
    return "".join(kept), origin


def _parse_period(text: str) -> Period:
    if not isinstance(text, str):
        raise InvalidTypeError.of("a period phrase", "a str", text)
    # Positions index the NFC text: a decomposed "quý" is one character shorter.
    text = unicodedata.normalize("NFC", text)
    squeezed, origin = _squeeze(_normalise(text))
    for kind, pattern in _FORMS:
        match = pattern.fullmatch(squeezed)
        if match is not None:
            return _build(kind, match, text, origin)
    raise ParseError(text, origin[0] if squeezed else 0, _ACCEPTED)


def _fail(text: str, position: int, reason: str) -> NoReturn:
    raise ParseError(text, position, reason)


def _number(match: re.Match[str], group: int, origin: list[int]) -> tuple[int, int]:
    return int(match.group(group)), origin[match.start(group)]


def _build(kind: str, match: re.Match[str], text: str, origin: list[int]) -> Period:
    if kind == "range":
        return _build_range(match, text, origin)
    year, year_at = _number(match, match.re.groups, origin)
    if not 1 <= year <= _LAST_YEAR:
        _fail(text, year_at, f"a year runs from 1 to {_LAST_YEAR}, not {year}")
    if kind == "year":
        return Period.year(year)
    if kind == "quarter":
        numeral = match.group(1).upper()
        quarter = int(numeral) if numeral.isdigit() else _ROMAN.get(numeral, 0)
        if not 1 <= quarter <= 4:  # noqa: PLR2004
            _fail(text, origin[match.start(1)], f"there is no quarter {numeral!r}")
        return Period.quarter(year, quarter)
    value, position = _number(match, 1, origin)
    if not 1 <= value <= 12:  # noqa: PLR2004
        _fail(text, position, f"a year has months 1 to 12, not {value}")
    constructors = {"month": Period.month, "first": Period.first_months}
    return constructors.get(kind, Period.last_months)(year, value)


def _date(match: re.Match[str], first: int, year: int, text: str, origin: list[int]) -> dt.date:
    day, position = _number(match, first, origin)
    month = int(match.group(first + 1))
    try:
        return dt.date(year, month, day)
    except ValueError:
        _fail(text, position, f"{day:02d}/{month:02d}/{year} is not a date")


def _build_range(match: re.Match[str], text: str, origin: list[int]) -> Period:
    if match.group(6) is None:
        _fail(text, origin[match.start(4)], "the end of a range needs its year")
    end_year = int(match.group(6))
    start_year = int(match.group(3)) if match.group(3) is not None else end_year
    start = _date(match, 1, start_year, text, origin)
    end = _date(match, 4, end_year, text, origin)
    if end < start:
        _fail(text, origin[match.start(4)], "the range ends before it starts")
    return Period(start=start, end=end)
