"""The message catalogue: every sentence dongdang writes for a reader, in one place per language.

The Vietnamese texts are in :mod:`dongdang._messages.vi`, the English ones in
:mod:`dongdang._messages.en`: two tables keyed by the same message ids, each
text with named placeholders (``{amount}``, ``{period}``). A reviewer reads
one file; a translator fills the other with the same ids and placeholders
(a test renders every message in both languages and refuses code words and
the other language's number format). The figures put into the placeholders
are written by :mod:`dongdang.text` in the same language.

>>> from decimal import Decimal
>>> from dongdang._messages import message, change, change_range
>>> message("report.title", "vi", dataset="Năm bài báo gốc")
'Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn: chỉ tiêu từ bộ dữ liệu “Năm bài báo gốc”'
>>> change(Decimal("0.146"), "vi"), change(Decimal("-0.215"), "en")
('tăng 14,6%', 'down 21.5%')
>>> change_range(Decimal("0.1458"), Decimal("0.1468"), "vi", 2)
'tăng từ 14,58% đến 14,68%'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dongdang._messages import en, vi
from dongdang._validators import language
from dongdang.errors import InvalidValueError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping
    from decimal import Decimal

    from dongdang.periods import Language
    from dongdang.text import Qualifier

__all__ = [
    "CATALOGUES",
    "change",
    "change_range",
    "day",
    "message",
    "qualified",
    "span",
]

#: The catalogue of each language: message id to text with named placeholders.
CATALOGUES: Final[Mapping[str, Mapping[str, str]]] = {"vi": vi.MESSAGES, "en": en.MESSAGES}


def message(key: str, lang: Language, /, **values: object) -> str:
    """The text of message ``key`` in ``lang``, its placeholders filled with ``values``.

    Raises:
        InvalidValueError: ``lang`` is neither "vi" nor "en", or no message has the id.
    """
    catalogue = CATALOGUES[language(lang)]
    text = catalogue.get(key)
    if text is None:
        raise InvalidValueError.of("key", key, f"must name a message of the {lang} catalogue")
    return text.format(**values)


def capital(text: str) -> str:
    """``text`` with its first letter in upper case (a sentence or a label begins so)."""
    return text[:1].upper() + text[1:]


def day(value: dt.date, lang: Language) -> str:
    """A day as official documents write it: "07/10/2020"; in English "7 October 2020"."""
    return message(
        "day",
        lang,
        d=value.day,
        dd=f"{value.day:02d}",
        mm=f"{value.month:02d}",
        month=message(f"month.{value.month}", lang),
        year=value.year,
    )


def qualified(qualifier: Qualifier | None, figure: str, lang: Language) -> str:
    """A figure after the word of its qualifier: "trên 439,2 tỷ đồng", "about 5%"; or alone."""
    if qualifier is None:
        return figure
    return f"{message(f'qualifier.{qualifier.value}', lang)} {figure}"


def span(low: str | None, high: str | None, lang: Language) -> str:
    """The numbers from ``low`` to ``high`` in words; one number when both print the same.

    None is an open end: "từ 5% trở lên", "không quá 5%".
    """
    if low is None and high is None:
        return message("range.any", lang)
    if high is None:
        return message("range.at_least", lang, low=low)
    if low is None:
        return message("range.at_most", lang, high=high)
    if low == high:
        return low
    return message("range", lang, low=low, high=high)


def change(fraction: Decimal, lang: Language, decimals: int | None = None) -> str:
    """A growth in words: "tăng 14,6%", "giảm 21,5%"; in English "up 14.6%", "down 21.5%"."""
    from dongdang.text import format_percent  # noqa: PLC0415 - Babel costs import time

    key = "change.down" if fraction < 0 else "change.up"
    return message(key, lang, size=format_percent(fraction.copy_abs(), lang, decimals))


def change_range(
    low: Decimal, high: Decimal | None, lang: Language, decimals: int | None = None
) -> str:
    """The growths from ``low`` to ``high`` (None: no upper end) in words.

    "tăng từ 14,58% đến 14,68%", "giảm từ 1,2% đến 3,4%", "từ giảm 0,5% đến tăng 1,0%";
    one growth when both ends print the same.
    """
    from dongdang.text import format_percent  # noqa: PLC0415 - Babel costs import time

    def size(value: Decimal) -> str:
        return format_percent(value.copy_abs(), lang, decimals)

    if high is None:
        key = "change.range.at_least.down" if low < 0 else "change.range.at_least.up"
        return message(key, lang, low=size(low))
    if size(low) == size(high) and (low < 0) == (high < 0):
        return change(low, lang, decimals)
    if low >= 0:
        return message("change.range.up", lang, low=size(low), high=size(high))
    if high < 0:  # a fall from the smaller to the larger
        return message("change.range.down", lang, low=size(high), high=size(low))
    return message("change.range.mixed", lang, low=size(low), high=size(high))
