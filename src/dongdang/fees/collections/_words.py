"""The words of the findings: amounts, changes and bounds as a report writes them."""

# ruff: noqa: TC001, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from dongdang._decimal import EXACT, round_half_up
from dongdang._messages import change, change_range, message, qualified, span
from dongdang.intervals import (
    flip,
)
from dongdang.periods import Period
from dongdang.text import Figure, Qualifier, format_amount, format_number
from dongdang.units import Quantity

if TYPE_CHECKING:
    from dongdang.periods import Language


# -- words -------------------------------------------------------------------------------


def _amount_text(
    quantity: Quantity, qualifier: Qualifier | None, unit: str | None, lang: Language
) -> str:
    text = format_amount(quantity, unit if unit is not None else str(quantity.units), lang)
    return qualified(qualifier, text, lang)


def _change(rate: Decimal, qualifier: Qualifier | None, places: int, lang: Language) -> str:
    """The change in words: "tăng 14,4%", "giảm 21,5%", "không đổi", "up 14.4%"."""
    rounded = round_half_up(rate.scaleb(2, EXACT), places)
    if rounded == 0:
        return message("change.none", lang)
    # A bound on a fall reads the other way: "at least -20%" is "down at most 20%".
    word = qualifier if rounded > 0 else flip(qualifier)
    size = qualified(word, f"{format_number(abs(rounded), lang, places)}%", lang)
    return message("change.up" if rounded > 0 else "change.down", lang, size=size)


def _against(period: Period, lang: Language) -> str:
    """The comparison in words: "so với cùng kỳ năm 2023", "on the same period of 2023"."""
    if period.start.year == period.end.year:
        return message("against.year", lang, year=period.start.year)
    return message("against.period", lang, period=period.label(lang))


def _plain(figure: Figure, lang: Language) -> str:
    return f"{format_number(figure.value, lang, figure.decimals)}%"


def _describe_point(value: Decimal | None, lang: Language, *, signed: bool) -> str:
    if value is None:
        return message("fees.undefined", lang)
    if signed:
        return change(value, lang, 1)
    return f"{format_number(value.scaleb(2, EXACT), lang, 2)}%"


def _describe_bounds(
    bounds: tuple[Decimal, Decimal | None], lang: Language, *, signed: bool
) -> str:
    low, high = bounds

    def show(value: Decimal) -> str:
        return f"{format_number(value.scaleb(2, EXACT), lang, 2)}%"

    if signed:
        words = change_range(low, high, lang, 2)
    else:
        words = span(show(low), None if high is None else show(high), lang)
    return message("fees.within_rounding", lang, range=words)
