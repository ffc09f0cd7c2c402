"""Checking the arithmetic of report statements.

A printed figure is not a number but the interval of the numbers that print
that way: "278.718 triệu đồng" stands for [278.717,5; 278.718,5] million VND
and "14,4%" for [14,35; 14,45] percent; a count ("08 cuộc") is exact. A
qualifier moves the interval in its direction (see :func:`dongdang.intervals.interval_of`).
:func:`audit` computes, with exact fractions, the interval that the other
figures of a statement allow for a figure, and reports a :class:`Finding`
when the printed figure's interval does not meet it.

Checks made:

* ``COMPONENTS_SUM``: the parts after "trong đó" add up to their total. Parts
  that add up to more than the total are INCONSISTENT; two or more parts that
  add up to less are a WARNING (the report may list only some of them).
* ``GROWTH_DISAGREES``: the growth of a total agrees with the values and
  growths of its parts (the previous value of the total is the sum of the
  parts' previous values).
* ``RATIO_DISAGREES``: "42.119/102.681 triệu đồng, bằng 41%" — the stated
  ratio or attainment equals the part divided by the whole.
* ``BASE_DISAGREES``: "giải ngân 52,6 tỷ đồng, bằng 51,2% kế hoạch giao" implies
  a "kế hoạch giao" of 102,7 tỷ đồng or so: a statement elsewhere whose subject
  is exactly those words ("Kế hoạch giao đạt 150 tỷ đồng") must agree, when
  both are about the same period (or either names none). A base stated in
  other words or in another document is given with ``bases=``: see :func:`audit`.
* ``AVERAGE_DISAGREES``: "vốn đăng ký bình quân một doanh nghiệp đạt 8,0 tỷ
  đồng" is the amount over the count of the nearest pair before it
  ("10.314 doanh nghiệp với số vốn đăng ký là 81.524 tỷ đồng").
* ``BALANCE_DISAGREES``, ``EXCLUDING_DISAGREES``, ``INCLUDING_DISAGREES``:
  "xuất siêu X" (exports − imports, or 2 × exports − the turnover when the
  imports go unsaid), "không tính X thì Y" (the total − X), "nếu tính cả X
  thì Y" (the total + X).
* ``AVERAGE_GROWTH_DISAGREES``: an average's growth is (1 + the amount's
  growth) ÷ (1 + the count's growth) − 1.
* ``SHARES_SUM``, ``CONTRIBUTIONS_SUM``, ``FRACTIONS_EXCEED``: shares of a
  whole named all add up to 100 %; GRDP's four contributions to its growth;
  two fractions of opposite items fit in their whole.
* ``RESTATED_DISAGREES``: a ratio printed twice to the same base agrees.
* Links across sentences: a turnover and its exports and imports, a budget
  revenue or an investment capital and its parts named in the statements
  after it, parts listed after "gồm" (all of the total), a share "chiếm X%"
  of a part's total, a base stated just before under other words. A link is
  made only where the words leave no doubt: see the "Links across sentences"
  section of the audit's documentation page.
* ``UNREADABLE``: a figure :func:`~dongdang.statements.parse_statements`
  could not read (INFO).

>>> from dongdang.statements import parse_statements
>>> from dongdang.auditing import audit
>>> [finding] = audit(
...     parse_statements(
...         "Thu phí đạt 278.718 triệu đồng, tăng 14,4% so với cùng kỳ năm 2023, trong đó "
...         "phí ra vào cửa khẩu đạt 234.433 triệu đồng, tăng 14,1%; "
...         "phí sang tải đạt 44.285 triệu đồng, tăng 17,5%."
...     )
... )
>>> finding.kind, finding.severity
(<FindingKind.GROWTH_DISAGREES: 'growth_disagrees'>, <Severity.INCONSISTENT: 'inconsistent'>)
>>> print(finding.explain("en"))
The growth of thu phí is printed as “14,4%”, but its parts allow only between 14.58% and 14.68%.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, final

import attrs

from dongdang._decimal import QUOTIENT
from dongdang._frames import FrameColumns
from dongdang._messages import CATALOGUES, capital, message, span
from dongdang._validators import language as _check_lang
from dongdang.errors import (
    InvalidTypeError,
    UnitMismatchError,
)
from dongdang.intervals import (
    Interval,
    _check_about,
    growth_bounds,
    implied_previous_interval,
    interval_of,
    range_interval,
    truncation_interval,
)
from dongdang.statements import Comparison, ComparisonKind, Relation, Statement, Unparsed
from dongdang.text import Figure, Qualifier, format_number, read_figure, unit_phrase
from dongdang.units import amount, magnitude_in

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from dongdang.periods import Language, Period

__all__ = [
    "Finding",
    "FindingKind",
    "Findings",
    "Interval",
    "Severity",
    "audit",
    "audit_documents",
    "implied_previous_interval",
    "interval_of",
]


class Severity(enum.Enum):
    """How much a finding matters."""

    INFO = "info"
    WARNING = "warning"
    INCONSISTENT = "inconsistent"


class FindingKind(enum.Enum):
    """Which check a finding comes from."""

    COMPONENTS_SUM = "components_sum"
    GROWTH_DISAGREES = "growth_disagrees"
    RATIO_DISAGREES = "ratio_disagrees"
    BASE_DISAGREES = "base_disagrees"
    BALANCE_DISAGREES = "balance_disagrees"
    EXCLUDING_DISAGREES = "excluding_disagrees"
    INCLUDING_DISAGREES = "including_disagrees"
    AVERAGE_DISAGREES = "average_disagrees"
    AVERAGE_GROWTH_DISAGREES = "average_growth_disagrees"
    SHARES_SUM = "shares_sum"
    CONTRIBUTIONS_SUM = "contributions_sum"
    FRACTIONS_EXCEED = "fractions_exceed"
    RESTATED_DISAGREES = "restated_disagrees"
    CHANGE_DISAGREES = "change_disagrees"
    POINTS_DISAGREES = "points_disagrees"
    UNITS_DIFFER = "units_differ"
    UNREADABLE = "unreadable"


#: The most words (Vietnamese syllables) of a subject an explanation repeats;
#: the statement keeps them all.
_SUBJECT_WORDS: Final = 12


def _short(subject: str) -> str:
    """A long subject cut to its first words: an explanation must stay one readable line."""
    words = subject.split()
    if words[:1] == ["về"]:  # "về vốn đầu tư công": the subject is what follows "về" (about)
        words = words[1:]
    if len(words) <= _SUBJECT_WORDS:
        return " ".join(words)
    return " ".join(words[:_SUBJECT_WORDS]).rstrip(",;:") + "…"


def _fmt(value: Fraction | None, lang: Language, unit: str) -> str | None:
    """A bound as the language writes it, with its unit ("14,58%"); None when unbounded."""
    if value is None:
        return None
    exact = QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator))
    return format_number(exact, lang, 0 if value.denominator == 1 else 2) + unit


def _range(interval: Interval, lang: Language, unit: str) -> str:
    """The interval in words: "từ 14,58% đến 14,68%", or one number when both ends print so."""
    return span(_fmt(interval.low, lang, unit), _fmt(interval.high, lang, unit), lang)


@final
@attrs.frozen(kw_only=True)
class Finding:
    """What the audit found about some statements.

    Attributes:
        severity: INFO, WARNING or INCONSISTENT.
        kind: which check found it.
        statements: the statements involved (the total first).
        allowed: the interval the arithmetic allows for the stated figure
            (in the stated figure's unit; percent for growths and ratios),
            or None for an unreadable figure.
        stated: the figure as printed, or None for an unreadable figure.
        unparsed: the text that could not be read (UNREADABLE only).
        truncated: whether the stated figure would agree had the report cut
            its digits instead of rounding them ("108%" for 108,6 %): still
            inconsistent, and the explanation says so.
    """

    severity: Severity
    kind: FindingKind
    statements: tuple[Statement, ...] = ()
    allowed: Interval | None = None
    stated: Figure | None = None
    unparsed: Unparsed | None = None
    truncated: bool = False

    @property
    def printed(self) -> str:
        """The figure as printed ("278.718 triệu đồng", "14,4%"); the unreadable text."""
        if self.unparsed is not None:
            return self.unparsed.text
        if self.kind is FindingKind.SHARES_SUM:
            return " + ".join(s.value.text.replace(" %", "%") for s in self.statements)
        if self.kind is FindingKind.FRACTIONS_EXCEED:
            return " + ".join(f"{s.value.text}/{s.whole.text}" for s in self.statements if s.whole)
        if self.kind in (FindingKind.COMPONENTS_SUM, FindingKind.BASE_DISAGREES) or (
            self.kind is FindingKind.UNITS_DIFFER
        ):
            return _printed(self.statements[0])
        assert self.stated is not None  # noqa: S101 - set for every check
        return self.stated.text

    def allows(self, lang: Language = "vi") -> str:
        """What the other figures allow, in words ("từ 14,58% đến 14,68%"); "" when nothing.

        Raises:
            InvalidValueError: ``lang`` is neither "vi" nor "en".
        """
        _check_lang(lang)
        if self.allowed is None:
            return ""
        return _range(self.allowed, lang, self._unit(lang))

    def _unit(self, lang: Language) -> str:
        if self.kind in (FindingKind.COMPONENTS_SUM, FindingKind.BASE_DISAGREES):
            return " " + _unit_words(self.statements[0], lang)
        if self.kind in (FindingKind.SHARES_SUM, FindingKind.FRACTIONS_EXCEED):
            return "%" if self.kind is FindingKind.SHARES_SUM else ""  # of 100 %; counts
        assert self.stated is not None  # noqa: S101 - set for every check
        unit = self.stated.unit
        if unit == "percent":
            return "%"
        if unit == "percentage_point":
            return " " + message("audit.points", lang)
        noun = self.statements[0].noun
        if unit is None:  # a count (its noun) or a multiple ("gấp 2 lần": a bare number)
            return "" if noun is None or self.kind is FindingKind.RATIO_DISAGREES else " " + noun
        return " " + unit_phrase(unit, lang)

    def explain(self, lang: Language = "vi") -> str:
        """One sentence saying what is wrong, in Vietnamese ("vi") or English ("en").

        Raises:
            InvalidValueError: ``lang`` is neither "vi" nor "en".
        """
        _check_lang(lang)
        if self.kind is FindingKind.UNREADABLE:
            assert self.unparsed is not None  # noqa: S101 - set for UNREADABLE
            return message(
                "audit.unreadable", lang, text=self.unparsed.text, reason=self.unparsed.reason
            )
        subject = _short(self.statements[0].subject) or message("audit.total", lang)
        template = CATALOGUES[lang][f"audit.{self.kind.value}"]
        if not subject:  # English without a subject: "The total is printed as …"
            template = template.replace(" of {subject}", "").replace(" {subject}", "")
        if self.kind is FindingKind.UNITS_DIFFER:
            units = ", ".join(dict.fromkeys(_unit_words(part, lang) for part in self.statements))
            text = template.format(
                subject=subject, printed=_printed(self.statements[0]), units=units
            )
            return capital(text)
        text = template.format(subject=subject, printed=self.printed, allowed=self.allows(lang))
        if self.truncated:
            text += " " + message("audit.truncated", lang)
        return capital(text)


def _unit_words(statement: Statement, lang: Language) -> str:
    """The unit of a statement's figure in words ("triệu đồng"), or the noun it counts."""
    if statement.value.unit is not None:
        return unit_phrase(statement.value.unit, lang)
    return statement.noun or ""


def _printed(statement: Statement) -> str:
    """A statement's figure as printed: "2.000 - 2.600 xe/ngày", "08 cuộc"."""
    value = statement.value.text
    if statement.upper is not None:
        # "1.100 - 1.350 xe/ngày": the unit is printed once, after the upper end
        unit = statement.upper.text.partition(" ")[2]
        value = f"{value.removesuffix(' ' + unit) if unit else value} - {statement.upper.text}"
    return value if statement.noun is None else f"{value} {statement.noun}"


def _value_interval(statement: Statement, about: Fraction) -> Interval:
    """The interval of a statement's figure; a range "2.000 - 2.600" spans both ends.

    The qualifier before a range ("khoảng 2.000 - 2.600") applies to the whole range.
    """
    last = statement.value if statement.upper is None else statement.upper
    exact = statement.noun is not None
    return range_interval(
        statement.value, last, statement.value.qualifier, exact=exact, about=about
    )


def _unit_factor(
    part: tuple[str | None, str | None], total: tuple[str | None, str | None]
) -> Fraction | None:
    """What one unit of the part is in the total's unit; None when they differ in kind.

    Each side is (unit, noun): ("billion_VND", None), (None, "doanh nghiệp").
    """
    if part == total or _kind_of_noun(part, total):
        return Fraction(1)
    units = (part[0], total[0])
    if None in units or "percent" in units:
        return None
    try:
        return Fraction(magnitude_in(amount(Decimal(1), str(units[0])), str(units[1])))
    except UnitMismatchError:
        return None


def _kind_of_noun(
    part: tuple[str | None, str | None], total: tuple[str | None, str | None]
) -> bool:
    """Whether a count counts a kind of what the total counts: "97.015 con trâu" of "125.494 con".

    Both plain counts; the part's noun opens with the total's whole noun.
    """
    if part[0] is not None or total[0] is not None or part[1] is None or total[1] is None:
        return False
    mine, whole = part[1].lower().split(), total[1].lower().split()
    return len(mine) > len(whole) and mine[: len(whole)] == whole


def _kind(statement: Statement) -> tuple[str | None, str | None]:
    return statement.value.unit, statement.noun


def _factor(part: Statement, total: Statement) -> Fraction | None:
    """What one unit of the part is in the total's unit, or None when they differ in kind."""
    if "percent" in (part.value.unit, total.value.unit):  # percents of different bases
        return None
    return _unit_factor(_kind(part), _kind(total))


def _is_percent(statement: Statement) -> bool:
    return statement.value.unit == "percent"


def _addable(total: Statement) -> tuple[list[tuple[Statement, Fraction]], list[Statement]]:
    """The parts that add up to the total, with their factor; and those of another kind.

    Shares among the parts ("chiếm 32%") are neither: they are left out.
    """
    matched: list[tuple[Statement, Fraction]] = []
    other: list[Statement] = []
    listed = _enumerated(total)
    for part in total.components:
        factor = None if _is_percent(part) else _factor(part, total)
        if factor is None and listed and _plain_count(part) and _plain_count(total):
            factor = Fraction(1)  # "11 đơn vị hành chính, gồm 01 thành phố và 10 huyện"
        if factor is not None:
            matched.append((part, factor))
        elif not _is_percent(part):
            other.append(part)
    return matched, other


# "gồm", "bao gồm" list all the parts; "trong đó" some of them
_ENUMERATION: Final = re.compile(r"(?<!\w)gồm(?!\w)", re.IGNORECASE)
_OF_WHICH: Final = re.compile(r"(?<!\w)trong đó(?!\w)", re.IGNORECASE)


def _enumerated(total: Statement) -> bool:
    """Whether the parts of a total are listed after "gồm" ("comprising"): all of them.

    Read from the total's words between its figure and its first part:
    "23 hồ sơ (gồm: 22 dự án điện gió, …)", "2.055.725 tỷ đồng, bao gồm: …".
    """
    return _listed_from(total) is not None


def _listed_from(total: Statement) -> int | None:
    """Where in its words the parts listed after "gồm" start; None for other parts."""
    if not total.components:
        return None
    text, figure = total.text, total.value.text
    start = text.find(figure)
    end = text.find(total.components[0].value.text, start + len(figure))
    if start < 0 or end < 0:
        return None
    between = text[start + len(figure) : end]
    if _ENUMERATION.search(between) is None or _OF_WHICH.search(between) is not None:
        return None
    return end


_PRINTED_NUMBER: Final = re.compile(r"\d+(?:[.,]\d+)*")


def _fully_read(total: Statement, start: int) -> bool:
    """Whether every number printed from ``start`` (its first part) is one of its parts' figures.

    A part the reader could not read ("2098 hồ sơ", taken for a year) would
    leave the listed parts short of the total: they are then not all of it.
    """
    printed = len(_PRINTED_NUMBER.findall(total.text, start))  # to the end of its words
    figures = [
        figure.text
        for part in total.components
        for figure in (part.value, part.whole, part.upper, *_compared(part))
        if figure is not None
    ]
    figures += [figure.text for figure in _compared(total) if figure is not None]
    return printed <= sum(len(_PRINTED_NUMBER.findall(figure)) for figure in figures)


def _compared(statement: Statement) -> list[Figure | None]:
    """The figures of a statement's comparisons and of their printed bases."""
    return [
        *(c.value for c in statement.comparisons),
        *(c.base_value for c in statement.comparisons),
    ]


def _plain_count(statement: Statement) -> bool:
    """Whether a statement is a count of a noun, not scaled ("10 huyện")."""
    return statement.noun is not None and statement.value.unit is None


def _sum(matched: list[tuple[Statement, Fraction]], about: Fraction) -> Interval:
    total = Interval(low=Fraction(0), high=Fraction(0))
    for part, factor in matched:
        total += _value_interval(part, about).scaled(factor)
    return total


def _truncated(printed: Interval, allowed: Interval, figure: Figure) -> bool:
    """Whether the figure, read as cut rather than rounded, would meet ``allowed``."""
    if figure.qualifier not in (None, Qualifier.ESTIMATE):
        return False  # a bound is not a printing of digits
    cut = truncation_interval(figure)
    if printed.high is not None and printed.high < 0 < figure.value:
        cut = cut.negated()  # a fall printed as a positive number
    return allowed.meets(cut)


def _finding(
    kind: FindingKind,
    statements: tuple[Statement, ...],
    allowed: Interval,
    stated: Figure,
    printed: Interval,
    *,
    severity: Severity = Severity.INCONSISTENT,
) -> Finding:
    return Finding(
        severity=severity,
        kind=kind,
        statements=statements,
        allowed=allowed,
        stated=stated,
        # a count is exact: it is never cut
        truncated=not any(s.noun is not None and s.value is stated for s in statements)
        and _truncated(printed, allowed, stated),
    )


def _components_sum(total: Statement, about: Fraction) -> list[Finding]:
    if _is_percent(total) or total.relation is not None:
        return []
    matched, other = _addable(total)
    if not matched:
        if not other:
            return []
        return [
            Finding(
                severity=Severity.WARNING,
                kind=FindingKind.UNITS_DIFFER,
                statements=(total, *other),
                stated=total.value,
            )
        ]
    summed = _sum(matched, about)
    stated = _value_interval(total, about)
    if summed.meets(stated):
        return []
    over = stated.high is not None and summed.low is not None and summed.low > stated.high
    whole = _whole_by_definition(total, matched)
    if not (over or whole) and len(matched) < 2:  # noqa: PLR2004 - one part is "of which"
        return []
    severity = Severity.INCONSISTENT if over or whole else Severity.WARNING
    return [
        _finding(
            FindingKind.COMPONENTS_SUM,
            (total, *(part for part, _ in matched)),
            summed,
            total.value,
            stated,
            severity=severity,
        )
    ]


def _growths(statement: Statement) -> list[Comparison]:
    """A statement's growths, with its ratios to the same period of last year as growths.

    "bằng 100,2% cùng kỳ năm trước" is a growth of 0,2 %; "bằng 98,3%" a fall of
    1,7 %. Only a ratio printed without a qualifier: "bằng trên 95%" bounds the
    ratio, and a fall turns its bound around.
    """
    return [
        c if c.kind is ComparisonKind.GROWTH else _as_growth(c)
        for c in statement.comparisons
        if c.kind is ComparisonKind.GROWTH or _previous_ratio(c)
    ]


def _previous_ratio(comparison: Comparison) -> bool:
    """Whether a comparison is a plain ratio to the same period of a previous year."""
    return (
        comparison.kind is ComparisonKind.RATIO
        and not comparison.decrease
        and comparison.base_value is None
        and comparison.value.qualifier in (None, Qualifier.ESTIMATE)
        and (comparison.base_period is not None or (comparison.base or "").startswith("cùng kỳ"))
    )


def _as_growth(ratio: Comparison) -> Comparison:
    """A ratio to last year's value as the growth it says: 98,3 % is a fall of 1,7 %."""
    change = ratio.value.value - 100
    figure = attrs.evolve(ratio.value, value=abs(change))
    return attrs.evolve(ratio, kind=ComparisonKind.GROWTH, value=figure, decrease=change < 0)


def _signed(comparison: Comparison) -> Interval:
    """A comparison's figure as a signed interval: "giảm 21,5%" is about −21,5."""
    span = interval_of(comparison.value)
    return span.negated() if comparison.decrease else span


def _growth_interval(comparison: Comparison) -> Interval | None:
    """The growth as a fraction interval; None when unbounded."""
    span = _signed(comparison)
    if span.low is None or span.high is None:
        return None
    return Interval(low=span.low / 100, high=span.high / 100)


def _same_base(total: Comparison, part: Comparison) -> bool:
    """Whether a part's growth is on the same base as its total's ("cùng kỳ" of the same year)."""
    if part.base_period is not None and total.base_period is not None:
        return part.base_period == total.base_period
    if part.base is None and part.base_period is None:
        return True  # a bare "tăng 14,1%" after its total: the same comparison
    if (
        part.base_period is None
        and total.base_period is not None
        and total.base in ("cùng kỳ", part.base)
        and part.base in ("cùng kỳ", f"cùng kỳ năm {total.base_period.start.year}")
    ):
        return True  # a part of no period of its own: "cùng kỳ (năm 2011)" of a 2012 total
    return (part.base, part.base_period) == (total.base, total.base_period)


_Ends = tuple[Fraction, Fraction]


def _part_spans(
    total: Statement, matched: list[tuple[Statement, Fraction]], about: Fraction
) -> list[Interval]:
    """Each part's interval in the total's unit, tightened by the total when they are all of it.

    "35,08 tỷ USD, trong đó xuất khẩu 17,67 tỷ USD, nhập khẩu hơn 17,4 tỷ USD":
    "hơn 17,4" bounds the imports from below only, but a turnover is its two
    sides, so the imports are also 35,08 − 17,67 at the printed rounding:
    between 17,40 and 17,42. Parts that may be only some of the total keep
    their own intervals.
    """
    spans = [_value_interval(part, about).scaled(factor) for part, factor in matched]
    if not _whole_by_definition(total, matched):
        return spans
    whole = _value_interval(total, about)
    tightened: list[Interval] = []
    for index, own in enumerate(spans):
        others = Interval(low=Fraction(0), high=Fraction(0))
        for other in spans[:index] + spans[index + 1 :]:
            others += other
        rest = whole - others
        low = max((end for end in (own.low, rest.low) if end is not None), default=None)
        high = min((end for end in (own.high, rest.high) if end is not None), default=None)
        empty = low is not None and high is not None and low > high  # the sum check reports it
        tightened.append(own if empty else Interval(low=low, high=high))
    return tightened


def _ranges(
    spans: list[Interval], growths: list[Comparison | None]
) -> tuple[list[_Ends], list[_Ends]] | None:
    """Each part's value (in the total's unit) and 1 + growth, as bounds; None if unbounded."""
    values: list[_Ends] = []
    rates: list[_Ends] = []
    for part, growth in zip(spans, growths, strict=True):
        rate = None if growth is None else _growth_interval(growth)
        if rate is None or part.low is None or part.high is None:
            return None
        assert rate.low is not None  # noqa: S101 - bounded by _growth_interval
        assert rate.high is not None  # noqa: S101 - bounded by _growth_interval
        if rate.low <= -1:
            return None
        # an amount is never below zero, whatever its rounding allows ("0 tỷ đồng")
        values.append((max(part.low, Fraction(0)), part.high))
        rates.append((1 + rate.low, 1 + rate.high))
    return values, rates


def _complete(total: Statement, matched: list[tuple[Statement, Fraction]]) -> bool:
    """Whether the parts are all of the total: their printed values add up to its printed one.

    "trong đó" may list only some parts ("of which"); a list whose printed
    figures add up exactly to the printed total is taken as the whole. Any
    other list leaves room for a part the report does not name, whose
    previous value may be anything.
    """
    if _whole_by_definition(total, matched):
        return True  # a turnover is its exports and its imports, whatever their rounding
    if total.value.qualifier not in (None, Qualifier.ESTIMATE):
        return False  # "trên 2 tỷ đồng": a bound, not the sum the report made
    if total.upper is not None or any(part.upper is not None for part, _ in matched):
        return False
    printed = sum((Fraction(part.value.value) * factor for part, factor in matched), Fraction(0))
    return printed == Fraction(total.value.value)


def _growth_on(part: Statement, stated: Comparison, *, bare: bool) -> Comparison | None:
    """The growth of a part on the base of its total's growth ``stated``.

    A part's only growth; of several ("tăng 1,54% so với tháng trước và tăng
    8,2% so với cùng kỳ"), the one on the same base; with ``bare`` (the
    total's is a ratio to a year before), its only comparison when that is a
    ratio with no base (:func:`_bare_ratio`). None when it has none, or none
    or several on that base.
    """
    growths = _growths(part)
    if not growths:
        return _bare_ratio(part) if bare else None
    if len(growths) == 1:
        return growths[0]
    same = [g for g in growths if _same_base(stated, g) and g.base is not None]
    return same[0] if len(same) == 1 else None


def _bare_ratio(part: Statement) -> Comparison | None:
    """A part's only ratio printed with no base ("phía Bắc đạt 1.023,8 nghìn ha, bằng 98,3%").

    After a total's ratio to a year before, the base is said once for all:
    the part's ratio is its growth on that base, as a bare "tăng 14,1%" is.
    """
    bare = [
        c
        for c in part.comparisons
        if c.kind is ComparisonKind.RATIO
        and (c.base, c.base_period, c.base_value) == (None, None, None)
        and not c.decrease
        and c.value.qualifier in (None, Qualifier.ESTIMATE)
    ]
    return _as_growth(bare[0]) if len(bare) == 1 == len(part.comparisons) else None


def _growth_agrees(total: Statement, about: Fraction) -> list[Finding]:
    """Each growth of a total against its parts' growths on the same base."""
    findings: list[Finding] = []
    for stated in _growths(total):
        findings += _one_growth_agrees(total, stated, about)
    return findings


def _one_growth_agrees(  # noqa: PLR0911
    total: Statement, stated: Comparison, about: Fraction
) -> list[Finding]:
    matched, other = _addable(total)
    parts = [part for part, _ in matched]
    if other or len(parts) < 2 or _components_sum(total, about):  # noqa: PLR2004
        return []  # the growth of a total follows from all its parts, or from none
    bare = stated not in total.comparisons  # a ratio to a year before, read as a growth
    growths = [_growth_on(part, stated, bare=bare) for part in parts]
    if any(g is not None and not _same_base(stated, g) for g in growths):
        return []  # a part compared with another period or base says nothing of the total
    ranges = _ranges(_part_spans(total, matched, about), growths)
    if ranges is None:
        return []
    bounds = growth_bounds(*ranges)
    if bounds is None:
        return []  # a previous total of nothing has no growth
    low, high = bounds
    if not _complete(total, matched):
        # an unnamed part may have been worth anything last year: only an upper bound,
        # the greatest total now over the least previous sum of the named parts
        whole = _value_interval(total, about)
        previous = sum((v[0] / r[1] for v, r in zip(*ranges, strict=True)), Fraction(0))
        if whole.high is None or previous == 0:
            return []
        low, high = Fraction(-100), max(high, (whole.high / previous - 1) * 100)
    allowed = Interval(low=low, high=high)
    printed = _signed(stated)
    if allowed.meets(printed):
        return []
    return [_finding(FindingKind.GROWTH_DISAGREES, (total, *parts), allowed, stated.value, printed)]


def _quotient(top: Interval, bottom: Interval) -> Interval | None:
    """Top / bottom for a bottom above zero and a top at or above zero; None otherwise."""
    if not (top.bounded and bottom.bounded):
        return None
    assert top.low is not None  # noqa: S101 - bounded
    assert top.high is not None  # noqa: S101 - bounded
    assert bottom.low is not None  # noqa: S101 - bounded
    assert bottom.high is not None  # noqa: S101 - bounded
    if bottom.low <= 0 or top.low < 0:
        return None
    return Interval(low=top.low / bottom.high, high=top.high / bottom.low)


#: Which finding each comparison checked against its base gives.
_KIND_OF: Final = {
    ComparisonKind.RATIO: FindingKind.RATIO_DISAGREES,
    ComparisonKind.ATTAINMENT: FindingKind.RATIO_DISAGREES,
    ComparisonKind.EXCESS: FindingKind.RATIO_DISAGREES,
    ComparisonKind.MULTIPLE: FindingKind.RATIO_DISAGREES,
    ComparisonKind.GROWTH: FindingKind.GROWTH_DISAGREES,
    ComparisonKind.CHANGE: FindingKind.CHANGE_DISAGREES,
    ComparisonKind.POINTS: FindingKind.POINTS_DISAGREES,
}

#: How each comparison follows from the value v and the base b (both intervals).
_PERCENT_OF: Final = {
    ComparisonKind.RATIO: Fraction(0),
    ComparisonKind.ATTAINMENT: Fraction(0),
    ComparisonKind.EXCESS: Fraction(-1),
    ComparisonKind.GROWTH: Fraction(-1),
}


# a rate or a contribution printed as a fall: "giảm 2,51%", "đóng góp âm 0,1 điểm"
_NEGATIVE_BEFORE: Final = re.compile(r"(?<!\w)(?:giảm|âm)\s*$")


def _before_figure(statement: Statement) -> str:
    """The words of a statement before its figure (all its words when the figure is not in them)."""
    text = _words(statement.text)
    at = text.find(_words(statement.value.text))
    return text if at < 0 else text[:at]


def _against_base(
    statement: Statement,
    comparison: Comparison,
    base: Figure,
    about: Fraction,
    *,
    whole: bool = False,
) -> list[Finding]:
    """A comparison checked against the base's own figure ("(4.000 tỷ đồng)").

    ``whole``: the base is the statement's own denominator ("42.119/102.681
    triệu đồng"), printed in the same unit.
    """
    exact = statement.noun is not None
    # "giảm 2,51%, thấp hơn 1,27 điểm %": the rate is −2,51
    value = (
        _signed_value(statement, about)
        if _is_percent(statement)
        else _value_interval(statement, about)
    )
    base_kind = (base.unit, statement.noun if base.unit is None else None)
    factor = Fraction(1) if whole else _unit_factor(base_kind, _kind(statement))
    if factor is None:
        return []
    bottom = range_interval(base, base, base.qualifier, exact=exact, about=about).scaled(factor)
    printed = _signed(comparison)
    allowed: Interval | None
    if comparison.kind in _PERCENT_OF:
        ratio = _quotient(value, bottom)
        shift = _PERCENT_OF[comparison.kind]
        allowed = (
            None
            if ratio is None
            else Interval(
                low=(ratio.low + shift) * 100,  # type: ignore[operator]
                high=(ratio.high + shift) * 100,  # type: ignore[operator]
            )
        )
    elif comparison.kind is ComparisonKind.MULTIPLE:
        allowed = _quotient(value, bottom)
    else:  # CHANGE and POINTS: the difference, in the comparison's unit
        change_unit = (comparison.value.unit, statement.noun)
        # a difference of two rates, in points ("0,66 điểm %") or in percent as printed
        points = comparison.kind is ComparisonKind.POINTS and _is_percent(statement)
        to_change = Fraction(1) if points else _unit_factor(_kind(statement), change_unit)
        if to_change is None:
            return []
        allowed = (value - bottom).scaled(to_change)
    if allowed is None or allowed.meets(printed):
        return []
    return [_finding(_KIND_OF[comparison.kind], (statement,), allowed, comparison.value, printed)]


def _step_ratio(step: Interval, previous: Interval) -> Interval | None:
    """A change over the previous value; a fall ("giảm 698,6 ha") gives a negative ratio.

    None when the change may be either a rise or a fall, or is unbounded.
    """
    if step.low is not None and step.low >= 0:
        return _quotient(step, previous)
    if step.high is not None and step.high <= 0:
        fall = _quotient(step.negated(), previous)
        return None if fall is None else fall.negated()
    return None


def _change_pair(statement: Statement) -> tuple[Comparison, Comparison] | None:
    """The one change of a statement and the one growth on its base, with no printed base.

    "giảm 2,73% hay giảm 698,6 ha so với cùng kỳ và giảm 4,78% so với kế hoạch":
    the 2,73 % (no base of its own: the change's) goes with the 698,6 ha.
    """
    changes = [c for c in statement.comparisons if c.kind is ComparisonKind.CHANGE]
    if len(changes) != 1:
        return None
    [change] = changes
    paired = [g for g in _growths(statement) if _same_base(g, change) or _same_base(change, g)]
    if len(paired) != 1 or change.base_value is not None or paired[0].base_value is not None:
        return None  # a printed base is checked with its comparison
    return change, paired[0]


def _change_and_growth(statement: Statement, about: Fraction) -> list[Finding]:
    """A change and a growth: "tăng 1.790 ha, tăng 3,09%": 3,09% is 1.790 over value − 1.790.

    The two are on one base when they name the same, or one names none ("tăng
    0,8% (tương ứng tăng 904 triệu USD) so với cùng kỳ": the base is said once).
    """
    pair = _change_pair(statement)
    if pair is None:
        return []
    change, growth = pair
    factor = _unit_factor((change.value.unit, statement.noun), _kind(statement))
    if factor is None or _is_percent(statement):
        return []
    exact = statement.noun is not None
    step = (
        _signed(change)
        if not exact
        else Interval(low=Fraction(change.value.value), high=Fraction(change.value.value))
    )
    if change.decrease and exact:
        step = step.negated()
    # a rise is never below zero, a fall never above: "tăng gần 15,17 tỷ USD" is 0 to 15,17
    if step.low is None and not change.decrease:
        step = Interval(low=Fraction(0), high=step.high)
    elif step.high is None and change.decrease:
        step = Interval(low=step.low, high=Fraction(0))
    step = step.scaled(factor)
    ratio = _step_ratio(step, _value_interval(statement, about) - step)
    if ratio is None:
        return []
    assert ratio.low is not None  # noqa: S101 - bounded
    assert ratio.high is not None  # noqa: S101 - bounded
    allowed = Interval(low=ratio.low * 100, high=ratio.high * 100)
    printed = _signed(growth)
    if allowed.meets(printed):
        return []
    return [_finding(FindingKind.CHANGE_DISAGREES, (statement,), allowed, growth.value, printed)]


def _ratio_agrees(statement: Statement, about: Fraction) -> list[Finding]:
    """Every ratio, attainment, excess, growth, multiple, change and points with a printed base."""
    findings: list[Finding] = []
    ratios = [
        c
        for c in statement.comparisons
        if c.kind in (ComparisonKind.RATIO, ComparisonKind.ATTAINMENT) and c.base_value is None
    ]
    for comparison in statement.comparisons:
        if comparison.base_value is not None and not (
            comparison.decrease
            and comparison.kind in (ComparisonKind.RATIO, ComparisonKind.ATTAINMENT)
        ):
            findings += _against_base(statement, comparison, comparison.base_value, about)
    if statement.whole is not None and len(ratios) == 1 and not ratios[0].decrease:
        findings += _against_base(statement, ratios[0], statement.whole, about, whole=True)
    for comparison in statement.comparisons:
        rate = _rate_in_base(comparison) if _is_percent(statement) else None
        if rate is not None:
            findings += _against_base(statement, comparison, rate, about)
    return findings


# the rate a difference in points is taken from, printed at the end of its base words
# (after "kịch bản (", or "cùng kỳ tăng " in brackets: see _rate_in_base)
_RATE_IN_BASE: Final = re.compile(
    r"(?:\(|\s)(?:(tăng|giảm)\s+)?(\d+(?:,\d+)?)\s*(%)?\s*\)?$", re.IGNORECASE
)


def _rate_in_base(comparison: Comparison) -> Figure | None:
    """The rate printed in the base words of a difference in points, or None.

    A number ending the words, with "%" or after "tăng"/"giảm" ("cùng kỳ
    tăng 11,24": a growth of 11,24 %; "giảm" makes it a fall); "cùng kỳ 2022"
    names a year, not a rate.
    """
    if comparison.kind is not ComparisonKind.POINTS or comparison.base_value is not None:
        return None
    found = _RATE_IN_BASE.search(comparison.base or "")
    if found is None or not (found.group(1) or found.group(3)):
        return None
    sign = "-" if (found.group(1) or "").lower() == "giảm" else ""
    return read_figure(f"{sign}{found.group(2)}%")


def _flatten(statements: Iterable[Statement]) -> list[Statement]:
    return [each for statement in statements for each in statement.walk()]


def _implied_base(
    statement: Statement, ratio: Comparison, base: Statement, about: Fraction
) -> Interval | None:
    """The base that "<value>, bằng <ratio> <base>" implies, in the base's unit.

    A ratio with no upper end ("đạt trên 66% kế hoạch") bounds the base from
    above only.
    """
    factor = _factor(statement, base)
    rate = interval_of(ratio.value)
    if factor is None or rate.low is None or rate.low <= 0:
        return None
    value = _value_interval(statement, about)
    ends = [rate.low / 100] + ([] if rate.high is None else [rate.high / 100])
    low = (
        None
        if value.low is None or rate.high is None
        else min(value.low * factor / end for end in ends)
    )
    high = None if value.high is None else max(value.high * factor / end for end in ends)
    return Interval(low=low, high=high)


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def _same_period(first: Statement, second: Statement) -> bool:
    return first.period is None or second.period is None or first.period == second.period


def _ratios(statements: Iterable[Statement]) -> Iterator[tuple[Statement, Comparison, str]]:
    """Each ratio to a base named in words: (statement, comparison, the words normalised)."""
    for statement in _flatten(statements):
        if statement.whole is not None:
            continue  # the base is in the statement: RATIO_DISAGREES
        for ratio, words in _base_words(statement):
            yield statement, ratio, words


def _base_words(statement: Statement) -> Iterator[tuple[Comparison, str]]:
    """A statement's ratios to a base named in words, with the words normalised."""
    for ratio in statement.comparisons:
        words = _words(ratio.base or "")
        if (
            words
            and ratio.base_value is None  # a printed base is checked with its statement
            and ratio.kind in (ComparisonKind.RATIO, ComparisonKind.ATTAINMENT)
        ):
            yield ratio, words


def _named(statements: Iterable[Statement]) -> dict[str, list[Statement]]:
    named: dict[str, list[Statement]] = {}
    for statement in _flatten(statements):
        named.setdefault(_words(statement.subject), []).append(statement)
    return named


def _base_finding(
    statement: Statement, ratio: Comparison, base: Statement, about: Fraction
) -> list[Finding]:
    implied = _implied_base(statement, ratio, base, about)
    printed = _value_interval(base, about)
    if implied is None or implied.meets(printed):
        return []
    return [_finding(FindingKind.BASE_DISAGREES, (base, statement), implied, base.value, printed)]


def _bases_agree(
    statements: list[Statement], given: Mapping[str, Statement], about: Fraction
) -> list[Finding]:
    """Bases within one document: an undated base is the document's own."""
    named = _named(statements)
    findings: list[Finding] = []
    for statement, ratio, words in _ratios(statements):
        if words in given:
            candidates = [given[words]]
        else:
            candidates = [b for b in named.get(words, []) if _same_period(b, statement)]
        for base in candidates:
            findings.extend(_base_finding(statement, ratio, base, about))
    return findings


#: How many statements before a ratio its base stated in other words may stand.
_BASE_REACH: Final = 3
#: How many words name a base well enough to be looked for under a subject of its own.
_NAMED_BASE: Final = 4
#: The words of a subject that leaves the subject implied: "Ước thực hiện 10.027 tỷ đồng".
_IMPLIED_SUBJECT: Final = frozenset({"ước", "thực", "hiện", "đạt", "là", "được", "và"})


def _syllables(text: str) -> set[str]:
    """The words of a text, lower case, without punctuation."""
    return {word.strip(",;:()“”\"'.") for word in text.lower().split()} - {""}


def _bases_in_other_words(
    statements: list[Statement], given: Mapping[str, Statement], about: Fraction
) -> list[Finding]:
    """A base stated earlier under other words, of the same subject and period.

    "Dự toán chi ngân sách được HĐND tỉnh quyết định 9.837 tỷ đồng. Ước thực
    hiện 10.027 tỷ đồng, đạt 101,9% dự toán." For a ratio of a statement that
    is no component ("trong đó" parts have bases of their own), whose base
    words name no subject exactly: the nearest statement among the few right
    before it whose subject holds every word of the base ("dự toán", "chỉ
    tiêu Bộ Tài chính giao" in "… được Bộ Tài chính giao chỉ tiêu dự toán
    thu"), of the same period (or either none), in units that compare,
    neither a percent nor made of others. The same subject: the ratio's
    statement names none of its own ("Ước thực hiện …": the subject said
    before), or the base is named in enough words to be one measure ("chỉ
    tiêu tỉnh Lào Cai giao phấn đấu"); "đạt 45,7% diện tích" of one crop is
    no ratio to the area of another.
    """
    named = _named(statements)
    parts = {id(part) for statement in statements for part in _flatten(statement.components)}
    flat = _flatten(statements)
    findings: list[Finding] = []
    for index, statement in enumerate(flat):
        if id(statement) in parts or statement.whole is not None:
            continue
        implied = not _syllables(statement.subject) - _IMPLIED_SUBJECT
        for ratio, words in _base_words(statement):
            wanted = _syllables(words)
            if words in given or words in named or not (implied or len(wanted) >= _NAMED_BASE):
                continue  # checked by the words themselves, or too few words to tell
            base = next(
                (
                    b
                    for b in reversed(flat[max(0, index - _BASE_REACH) : index])
                    if wanted <= _syllables(b.subject)
                    and _same_period(b, statement)
                    and b.relation is None
                    and not _is_percent(b)
                    and _factor(statement, b) is not None
                ),
                None,
            )
            if base is not None:
                findings.extend(_base_finding(statement, ratio, base, about))
    return findings


# a ratio's base that names a plan: "đạt 66% kế hoạch năm", "bằng 58,2% kế hoạch"
_PLAN_BASE: Final = re.compile(r"(?:kế hoạch|mục tiêu|chỉ tiêu)(?:\s+(?:cả\s+)?năm(?:\s+\d{4})?)?")
# the words that set a plan: "dự kiến sản xuất trên 4.300 ha", "phấn đấu … đón trên 780 nghìn lượt"
_PLAN_CUE: Final = re.compile(r"(?<!\w)(?:dự kiến|phấn đấu|mục tiêu|kế hoạch|chỉ tiêu)(?!\w)")
# a figure per period or per head, no total: "mục tiêu khoảng 2.000 tỷ đồng mỗi tháng"
_RATE: Final = re.compile(r"(?<!\w)(?:mỗi|bình quân|trung bình)(?!\w)")
#: Words two subjects share that do not make them one measure.
_COMMON_WORDS: Final = _IMPLIED_SUBJECT | frozenset(
    {"đã", "có", "của", "trong", "với", "năm", "tháng", "nay", "đến", "tính", "này", "các"}
    | {"đón", "lượt"}
)


def _sets_plan(flat: list[Statement], index: int) -> bool:
    """Whether the statement at ``index`` sets a plan, by its words or its sentence's.

    "Năm 2011 Quảng Ninh đặt mục tiêu đón 5,4 triệu lượt khách du lịch,
    doanh thu 3.200 tỷ đồng": the statement before it in its sentence names
    the plan for both.
    """
    statement = flat[index]
    if _PLAN_CUE.search(_words(statement.subject)) is not None:
        return True
    return (
        index > 0
        and not _opens_sentence(statement)
        and _PLAN_CUE.search(_words(flat[index - 1].subject)) is not None
    )


def _same_year(first: Statement, second: Statement) -> bool:
    """Whether two statements end in one year, or either names no period."""
    return (
        first.period is None
        or second.period is None
        or first.period.end.year == (second.period.end.year)
    )


def _bases_planned(
    statements: list[Statement], given: Mapping[str, Statement], about: Fraction
) -> list[Finding]:
    """A ratio to a plan and the one figure setting that plan, stated before or after it.

    "Đã đón gần 520 nghìn lượt khách, đạt trên 66% kế hoạch năm. … phấn đấu
    trong năm 2022, đón trên 780 nghìn lượt khách du lịch." For a ratio whose
    base words name a plan ("kế hoạch", "kế hoạch năm", "mục tiêu", "chỉ
    tiêu"), of a statement that is no component: among the few statements
    before and after it, those that set a plan (see :func:`_sets_plan`), in
    units that compare, of the same year (or either none), sharing a word of
    their subject or noun with the ratio's statement, neither a percent, a
    fraction, a rate ("khoảng 2.000 tỷ đồng mỗi tháng") nor made of others,
    and not already named by the base words (:func:`_bases_in_other_words`
    looks for those). Checked when there is exactly one.
    """
    parts = {id(part) for statement in statements for part in _flatten(statement.components)}
    flat = _flatten(statements)
    findings: list[Finding] = []
    for index, statement in enumerate(flat):
        if id(statement) in parts or statement.whole is not None:
            continue
        mine = _syllables(f"{statement.subject} {statement.noun or ''}") - _COMMON_WORDS
        for ratio, words in _base_words(statement):
            if words in given or _PLAN_BASE.fullmatch(words) is None:
                continue
            near = [
                *range(max(0, index - _BASE_REACH), index),
                *range(index + 1, min(len(flat), index + 1 + _BASE_REACH)),
            ]
            found = [
                flat[at]
                for at in near
                if id(flat[at]) not in parts
                and _sets_plan(flat, at)
                and _RATE.search(_words(flat[at].text)) is None
                and not _syllables(words) <= _syllables(flat[at].subject)
                and flat[at].relation is None
                and flat[at].whole is None
                and not _is_percent(flat[at])
                and _factor(statement, flat[at]) is not None
                and _same_year(statement, flat[at])
                and mine & _syllables(f"{flat[at].subject} {flat[at].noun or ''}")
            ]
            if len(found) == 1:
                findings.extend(_base_finding(statement, ratio, found[0], about))
    return findings


def _bases_across(
    documents: list[list[Statement]], given: Mapping[str, Statement], about: Fraction
) -> list[Finding]:
    """Bases across documents: only for the same period, known on both sides."""
    named = [_named(statements) for statements in documents]
    findings: list[Finding] = []
    for index, statements in enumerate(documents):
        for statement, ratio, words in _ratios(statements):
            if words in given or statement.period is None:
                continue
            for other, bases in enumerate(named):
                for base in bases.get(words, []) if other != index else []:
                    if base.period == statement.period:
                        findings.extend(_base_finding(statement, ratio, base, about))
    return findings


def _check_bases(bases: object) -> Mapping[str, Statement]:
    if not isinstance(bases, Mapping) or not all(
        isinstance(words, str) and isinstance(base, Statement) for words, base in bases.items()
    ):
        raise InvalidTypeError(f"bases must map base words (str) to a Statement, got {bases!r}")
    return {_words(words): base for words, base in bases.items()}


def _audit_statement(statement: Statement, about: Fraction) -> list[Finding]:
    # walk(), not recursion: chains of "trong đó" may nest thousands deep.
    findings: list[Finding] = []
    for each in statement.walk():
        findings += [
            *_components_sum(each, about),
            *_growth_agrees(each, about),
            *_ratio_agrees(each, about),
            *_change_and_growth(each, about),
        ]
    return findings


# one side of trade, by the subject's words ("kim ngạch nhập khẩu hàng hóa"); the
# abbreviations "XK", "NK" are not read as sides: the customs' half-month reports
# use them beside cumulative figures of no period the reader knows
_EXPORTS: Final = re.compile(r"(?<!\w)xuất khẩu(?!\w)")
_IMPORTS: Final = re.compile(r"(?<!\w)nhập khẩu(?!\w)")
# both sides in one subject: "xuất nhập khẩu", "xuất, nhập khẩu", "xuất và nhập khẩu", "XNK"
_BOTH_SIDES: Final = re.compile(r"(?<!\w)(?:xuất(?:\s*[,\-–/]\s*|\s+và\s+|\s+)nhập khẩu|xnk)(?!\w)")
# a balance that is imports − exports: "nhập siêu", "cán cân … thâm hụt"
_DEFICIT: Final = re.compile(r"(?<!\w)(?:nhập siêu|thâm hụt)(?!\w)")


def _trade_side(statement: Statement, words: re.Pattern[str], other: re.Pattern[str]) -> bool:
    """Whether a statement is about exports (or imports) alone, by its subject's words."""
    subject = _words(statement.subject)
    return (
        words.search(subject) is not None
        and other.search(subject) is None
        and _BOTH_SIDES.search(subject) is None
        and statement.relation is None
        and not _is_percent(statement)
    )


def _whole_by_definition(total: Statement, matched: list[tuple[Statement, Fraction]]) -> bool:
    """Whether the parts are all of the total by what the words mean.

    Parts listed after "gồm" are all of it, when every number printed among
    them was read as one of their figures. A turnover ("tổng kim ngạch xuất
    nhập khẩu", "kim ngạch XNK") is its exports plus its imports: with one
    export and one import figure as its parts, a sum below the total is as
    wrong as one above it.
    """
    listed = _listed_from(total)
    if listed is not None:  # "gồm" lists them all: each read, none of another kind
        return len(matched) == len(total.components) and _fully_read(total, listed)
    subject = _words(total.subject)
    if len(matched) != 2 or _BOTH_SIDES.search(subject) is None:  # noqa: PLR2004 - two sides
        return False
    parts = [part for part, _ in matched]
    return any(_trade_side(p, _EXPORTS, _IMPORTS) for p in parts) and any(
        _trade_side(p, _IMPORTS, _EXPORTS) for p in parts
    )


def _turnover_agrees(
    statements: list[Statement],
    index: int,
    about: Fraction,
    *,
    trade: _Trade,
    parents: Mapping[int, Statement],
) -> list[Finding]:
    """A turnover and its export and import figures, in other sentences.

    "Tổng kim ngạch xuất nhập khẩu đạt 9,2 tỷ USD, tăng 5%. Xuất khẩu đạt 5,2
    tỷ USD, tăng 4%. Nhập khẩu đạt 4 tỷ USD, tăng 6%." The sides are found as a
    balance's are (:func:`_trade_sides`); the sum and the growth are then
    checked as for parts after "trong đó", the two sides being the whole
    turnover. A turnover with parts of its own is checked with them.
    """
    turnover = statements[index]
    if turnover.relation is not None or _is_percent(turnover) or turnover.components:
        return []
    subject = _words(turnover.subject)
    if _BOTH_SIDES.search(subject) is not None:
        sides = _trade_sides(statements, index, trade)
    else:
        sides = _named_parts(statements, index, parents)
    if sides is None or any(_factor(side, turnover) is None for side in sides):
        return []
    whole = attrs.evolve(turnover, components=tuple(sides))
    return [
        attrs.evolve(finding, statements=(turnover, *finding.statements[1:]))
        for finding in (*_components_sum(whole, about), *_growth_agrees(whole, about))
    ]


# A total and the parts it is split into, when each is named once in the document:
# a budget revenue and its domestic and import–export revenues; an investment
# capital and its sources. Not all of the total (oil, grants; other sources):
# the parts may add up to less, never to more.
_SPLITS: Final = (
    (
        re.compile(r"(?<!\w)thu ngân sách(?!\w)"),
        (
            re.compile(r"(?<!\w)thu nội địa(?!\w)"),
            re.compile(r"(?<!\w)thu(?:\s+\w+){0,4}\s+(?:xuất nhập khẩu|xnk)(?!\w)"),
        ),
    ),
    (
        re.compile(r"(?<!\w)vốn đầu tư(?!\w)"),
        (
            re.compile(r"(?<!\w)vốn (?:từ )?ngân sách(?: nhà nước)?(?!\w)"),
            re.compile(r"(?<!\w)vốn (?:khu vực )?ngoài (?:ngân sách|nhà nước)(?!\w)"),
            re.compile(r"(?<!\w)vốn (?:đầu tư trực tiếp nước ngoài|fdi)(?!\w)"),
        ),
    ),
)


def _named_parts(
    statements: list[Statement], index: int, nested: Mapping[int, Statement]
) -> list[Statement] | None:
    """The parts a budget revenue or an investment capital at ``index`` is split into.

    Each part named by its words once among the few statements after the
    total ("Tổng thu ngân sách đạt 30.774 tỷ đồng. Thu nội địa đạt 21.324 tỷ
    đồng; thu từ hoạt động xuất nhập khẩu đạt 9.450 tỷ đồng."), of the
    total's period, not a part of another figure ("trong đó" already links
    those); at least two of them. None otherwise.
    """
    total = statements[index]
    subject = _words(total.subject)
    for whole, kinds in _SPLITS:
        if whole.search(subject) is None or any(kind.search(subject) for kind in kinds):
            continue
        after = statements[index + 1 : index + 1 + 2 * len(kinds)]
        parts: list[Statement] = []
        for kind in kinds:
            found = [
                s
                for s in after
                if s is not total
                and id(s) not in nested
                and kind.search(_words(s.subject)) is not None
                and s.relation is None
                and not _is_percent(s)
                and _same_period(s, total)
            ]
            if len(found) > 1:
                return None
            parts += found
        return parts if len(parts) >= 2 else None  # noqa: PLR2004 - a split has two parts
    return None


@final
class _Trade:
    """A document's export and import figures by period, looked up in constant time."""

    def __init__(self, statements: list[Statement]) -> None:
        self.sides: dict[bool, dict[Period | None, list[Statement]]] = {True: {}, False: {}}
        for statement in statements:
            for exports, words, other in ((True, _EXPORTS, _IMPORTS), (False, _IMPORTS, _EXPORTS)):
                if _trade_side(statement, words, other):
                    self.sides[exports].setdefault(statement.period, []).append(statement)
        self.counts = {
            exports: sum(map(len, by_period.values())) for exports, by_period in self.sides.items()
        }

    def only(self, *, exports: bool, of: Statement) -> Statement | None:
        """The document's only export (or import) figure of ``of``'s period, or None.

        Of the period: the same, or either names none.
        """
        by_period = self.sides[exports]
        if of.period is None:
            if self.counts[exports] != 1:
                return None
            return next(iter(by_period.values()))[0]
        undated, dated = by_period.get(None, []), by_period.get(of.period, [])
        return (undated or dated)[0] if len(undated) + len(dated) == 1 else None


def _opens_sentence(statement: Statement) -> bool:
    """Whether a statement's clause opens its sentence: its first letter is a capital."""
    first = next((char for char in statement.text if char.isalpha()), "")
    return first.isupper()


def _trade_sides(statements: list[Statement], index: int, trade: _Trade) -> list[Statement] | None:
    """The export and the import figure a balance or a turnover at ``index`` is made of.

    The document's only export figure and only import figure of the
    statement's period; failing that, the two figures right before the
    statement in its sentence, one of each ("Bắc Ninh xuất khẩu 4,886 tỷ
    USD, nhập khẩu 4,87 tỷ USD (xuất siêu 16 triệu USD); Bình Dương …").
    None when neither is found.
    """
    statement = statements[index]
    found = [trade.only(exports=True, of=statement), trade.only(exports=False, of=statement)]
    if found[0] is not None and found[1] is not None:
        return [found[0], found[1]]
    if index < 2 or _opens_sentence(statement):  # noqa: PLR2004 - two sides before it
        return None
    before = statements[index - 2 : index]
    exports = [s for s in before if _trade_side(s, _EXPORTS, _IMPORTS)]
    imports = [s for s in before if _trade_side(s, _IMPORTS, _EXPORTS)]
    if len(exports) != 1 or len(imports) != 1:
        return None
    if not all(_same_period(side, statement) for side in before):
        return None
    return [*exports, *imports]


def _balance_agrees(
    statements: list[Statement], index: int, about: Fraction, trade: _Trade
) -> list[Finding]:
    """A balance: "xuất siêu X" is exports − imports of the period; "nhập siêu" the reverse.

    Checked when its export and import figures are found (see
    :func:`_trade_sides`), in units that add up.
    """
    balance = statements[index]
    named = _trade_sides(statements, index, trade)
    if named is None:
        return _balance_from_turnover(statements, index, about, trade)
    sides: list[Interval] = []
    for side in named:
        factor = _factor(side, balance)
        if factor is None:
            return []
        sides.append(_value_interval(side, about).scaled(factor))
    exports, imports = sides
    deficit = _DEFICIT.search(_words(balance.text or balance.subject)) is not None
    allowed = imports - exports if deficit else exports - imports
    printed = _value_interval(balance, about)
    if allowed.meets(printed):
        return []
    return [
        _finding(FindingKind.BALANCE_DISAGREES, (balance, *named), allowed, balance.value, printed)
    ]


def _balance_from_turnover(
    statements: list[Statement], index: int, about: Fraction, trade: _Trade
) -> list[Finding]:
    """A balance whose other side is implied: the turnover less the one side printed.

    "Tổng kim ngạch xuất, nhập khẩu đạt 196,84 tỷ USD, trong đó xuất khẩu đạt
    99,36 tỷ USD. … xuất siêu 1,9 tỷ USD": imports are 196,84 − 99,36, so the
    balance is 2 × 99,36 − 196,84. The side is the document's only export (or
    only import) figure of the balance's period, the turnover its only
    turnover of that period and of the side's.
    """
    balance = statements[index]
    found = [(exports, trade.only(exports=exports, of=balance)) for exports in (True, False)]
    sides = [(exports, side) for exports, side in found if side is not None]
    if len(sides) != 1:
        return []
    [(exports, side)] = sides
    turnovers = [
        s
        for s in statements
        if _BOTH_SIDES.search(_words(s.subject)) is not None
        and s.relation is None
        and not _is_percent(s)
        and _same_period(s, balance)
        and _same_period(s, side)
    ]
    if len(turnovers) != 1:
        return []
    [turnover] = turnovers
    factors = (_factor(side, balance), _factor(turnover, balance))
    if factors[0] is None or factors[1] is None:
        return []
    twice = _value_interval(side, about).scaled(2 * factors[0])
    whole = _value_interval(turnover, about).scaled(factors[1])
    allowed = twice - whole if exports else whole - twice  # exports − imports
    if _DEFICIT.search(_words(balance.text or balance.subject)) is not None:
        allowed = allowed.negated()
    printed = _value_interval(balance, about)
    if allowed.meets(printed):
        return []
    statements_ = (balance, turnover, side)
    return [_finding(FindingKind.BALANCE_DISAGREES, statements_, allowed, balance.value, printed)]


def _excluding_agrees(statements: list[Statement], index: int, about: Fraction) -> list[Finding]:
    """A subtraction: "không tính X thì đạt Y" says Y = the total − X, X among Y's components.

    "Nếu tính cả X thì Y" says Y = the total + X. The total is the nearest
    statement before Y, of the same kind and period, with the same subject
    when Y names one (for "không tính": "tính cả" names a larger whole).
    """
    rest = statements[index]
    including = rest.relation is Relation.INCLUDING
    matched, other = _addable(rest)
    if not matched or other:
        return []
    named = {id(part) for part in rest.walk()}
    earlier = [
        s
        for s in reversed(statements[:index])
        if id(s) not in named
        and s.relation is None
        and _same_period(s, rest)
        and _factor(s, rest) is not None
        and (
            # a larger whole, named in other words: of the very period Y names, no average
            (s.period == rest.period and _AVERAGE.search(_words(s.subject)) is None)
            if including
            else (not rest.subject or _words(s.subject) == _words(rest.subject))
        )
    ]
    if not earlier:
        return []
    total = earlier[0]
    factor = _factor(total, rest)
    assert factor is not None  # noqa: S101 - filtered above
    base, part = _value_interval(total, about).scaled(factor), _sum(matched, about)
    allowed = base + part if including else base - part
    printed = _value_interval(rest, about)
    if allowed.meets(printed):
        return []
    return [
        _finding(
            FindingKind.INCLUDING_DISAGREES if including else FindingKind.EXCLUDING_DISAGREES,
            (rest, total, *(part for part, _ in matched)),
            allowed,
            rest.value,
            printed,
        )
    ]


# "vốn đăng ký bình quân một doanh nghiệp": what is averaged, and per what
_AVERAGE: Final = re.compile(r"(?:bình quân|trung bình)\s+(?:trên\s+)?(?:một|mỗi|1)\s+(\w+)")
# any mean: an average is neither the amount nor the count of another average
_MEAN: Final = re.compile(r"(?<!\w)(?:bình quân|trung bình)(?!\w)")


def _count_factor(statement: Statement, per: str) -> Fraction | None:
    """How many of ``per`` one unit of a count of ``per`` is ("nghìn doanh nghiệp": 1000).

    The count's noun opens with ``per``, the word after "bình quân mỗi":
    "hộ kinh doanh" for "mỗi hộ trong năm".
    """
    if statement.noun is None or _words(statement.noun).split(maxsplit=1)[0] != per:
        return None
    unit = statement.value.unit
    return Fraction(1) if unit is None else _unit_factor((unit, None), ("count", None))


def _average_agrees(statements: list[Statement], index: int, about: Fraction) -> list[Finding]:
    """An average: "vốn bình quân một doanh nghiệp X" is the amount over the count.

    The amount and the count are two neighbouring statements before the
    average (the nearest such pair), both of one named period, the average's
    when it names one: a count of the noun after
    "bình quân một/mỗi", an amount of the kind of the average whose subject
    names the words before "bình quân".
    """
    average = statements[index]
    subject = _words(average.subject)
    match = _AVERAGE.search(subject)
    if match is None or average.noun is not None or _is_percent(average):
        return []
    head = " ".join(subject[: match.start()].split()[-2:])
    per = match.group(1)
    for first, second in reversed(list(itertools.pairwise(statements[:index]))):
        count, total = (first, second) if first.noun is not None else (second, first)
        counted = _count_factor(count, per)
        factor = _factor(total, average)
        if (
            counted is None
            or factor is None
            or not head
            or head not in _words(total.subject)
            or count.period != total.period  # both named alike, or both unnamed
            or any(_MEAN.search(_words(s.subject)) for s in (count, total))
            or not _same_period(total, average)
            or total.relation is not None
        ):
            continue
        allowed = _quotient(
            _value_interval(total, about).scaled(factor),
            _value_interval(count, about).scaled(counted),
        )
        printed = _value_interval(average, about)
        if allowed is None or allowed.meets(printed):
            return []
        return [
            _finding(
                FindingKind.AVERAGE_DISAGREES,
                (average, total, count),
                allowed,
                average.value,
                printed,
            )
        ]
    return []


# "…, chiếm 63% tổng giá trị …": a share of the total the figure before it is part of
_SHARE: Final = "chiếm"
# a share of the country's total is not a share of a province's
_WIDER: Final = re.compile(r"(?<!\w)(?:cả nước|toàn quốc)(?!\w)")


def _share_agrees(
    statements: list[Statement], index: int, parents: Mapping[int, Statement], about: Fraction
) -> list[Finding]:
    """A share: "trong đó A đạt 9.550 tỷ đồng, chiếm 63% tổng …" is A over A's total.

    The share is a percent whose subject is "chiếm" alone, right after a part
    of a total ("trong đó"); the words after the percent name no other base:
    none, or "tổng …" (the country's total only when the total's subject
    names the country).
    """
    share = statements[index]
    if index == 0 or not _is_percent(share) or _words(share.subject) != _SHARE:
        return []
    part = statements[index - 1]
    total = parents.get(id(part))
    if total is None or _is_percent(part):
        return []
    after = _words(share.text).partition("%")[2].strip(" .;,")
    wider = _WIDER.search(after) is not None and _WIDER.search(_words(total.subject)) is None
    factor = _factor(part, total)
    if (after and not after.startswith("tổng")) or wider or factor is None:
        return []
    ratio = _quotient(_value_interval(part, about).scaled(factor), _value_interval(total, about))
    if ratio is None:
        return []
    assert ratio.low is not None  # noqa: S101 - bounded
    assert ratio.high is not None  # noqa: S101 - bounded
    allowed = Interval(low=ratio.low * 100, high=ratio.high * 100)
    printed = _value_interval(share, about)
    if allowed.meets(printed):
        return []
    return [
        _finding(FindingKind.RATIO_DISAGREES, (share, part, total), allowed, share.value, printed)
    ]


def _earlier_totals(
    flat: list[Statement], parents: Mapping[int, Statement]
) -> dict[int, Statement]:
    """``parents``, and the earlier total of each figure a share follows that is no part.

    "Lai Châu có 8.900ha chè; trong đó … Diện tích chè tham gia liên kết …
    trên 5.700ha, chiếm khoảng 64% tổng diện tích." The total is the nearest
    of the few statements before the figure that is a total (it has parts, or
    its subject says "tổng"), in units that add up (a kind of what it counts:
    "33.755 hộ chăn nuôi" of "41.944 hộ"), of the same period, no percent and
    made of no others.
    """
    linked = dict(parents)
    tops: list[Statement] = []  # the statements before, no part of another
    for index in range(1, len(flat)):
        share, part = flat[index], flat[index - 1]
        if id(part) not in parents:
            tops.append(part)
        if _words(share.subject) != _SHARE or id(part) in parents or _is_percent(part):
            continue
        total = next(
            (
                t
                for t in reversed(tops[-1 - _BASE_REACH : -1])
                if (t.components or _TOTAL.search(_words(t.subject)) is not None)
                and t.relation is None
                and not _is_percent(t)
                and _same_period(t, part)
                and _factor(part, t) is not None
            ),
            None,
        )
        if total is not None:
            linked[id(part)] = total
    return linked


# a total by its words: "tổng số hộ chăn nuôi", "tổng kim ngạch"
_TOTAL: Final = re.compile(r"(?<!\w)tổng(?!\w)")


def _relations_agree(statements: list[Statement], about: Fraction) -> list[Finding]:
    """Balances and subtractions, each found among the document's statements."""
    flat = _flatten(statements)
    nested = {id(part): whole for whole in flat for part in whole.components}
    parents = _earlier_totals(flat, nested)
    trade = _Trade(flat)
    findings: list[Finding] = []
    for index, statement in enumerate(flat):
        findings += _share_agrees(flat, index, parents, about)
        if statement.relation is Relation.BALANCE:
            findings += _balance_agrees(flat, index, about, trade)
        elif statement.relation in (Relation.EXCLUDING, Relation.INCLUDING):
            findings += _excluding_agrees(flat, index, about)
        else:
            findings += _average_agrees(flat, index, about)
            findings += _turnover_agrees(flat, index, about, trade=trade, parents=nested)
    return findings


# -- what the words imply among neighbouring statements --------------------------------------

# the base a growth "về X" ("tăng 3,4% về số doanh nghiệp … so với tháng 9/2019") is
# compared with: the words after the "so với" that follows it in its clause
_COMPARED_WITH: Final = re.compile(
    r"(?<!\w)so (?:với )?((?:cùng kỳ|năm trước|tháng trước|tháng \d)[^,;.()]*)"
)
_YEAR_IN: Final = re.compile(r"(?<!\d)(\d{4})(?!\d)")

_Base = tuple[str, str | None]


_MONTH_NAMED: Final = re.compile(r"tháng (\d{1,2})(?!\d)")


def _base_class(words: str, context: str) -> _Base | None:
    """What a growth's base words compare with: ("year", "2018") for "cùng kỳ năm 2018".

    The same period a year before ("cùng kỳ", "cùng kỳ năm trước", "năm
    trước": no year named) or the month before: "tháng trước", or "tháng
    9/2019" when the ``context`` (the words around) names month 10 ("trong
    tháng 10/2019"); None for any other base.
    """
    words = _words(words)
    if words.startswith(("cùng kỳ", "năm trước")):
        year = _YEAR_IN.search(words)
        return "year", None if year is None else year.group(1)
    month = _MONTH_NAMED.match(words)
    following = None if month is None else int(month.group(1)) % 12 + 1
    if words.startswith("tháng trước") or (
        following is not None and re.search(rf"tháng {following}(?!\d)", context)
    ):
        return "month", None
    return None


def _same_class(first: _Base | None, second: _Base | None) -> bool:
    """Whether two bases are one: the same kind, and the same year when both name one."""
    if first is None or second is None or first[0] != second[0]:
        return False
    return None in (first[1], second[1]) or first[1] == second[1]


def _measured(statement: Statement, growth: Comparison, context: str) -> tuple[str, _Base | None]:
    """What a growth measures and what it compares with (see :func:`_base_class`).

    "tăng 3,4% về số doanh nghiệp … so với tháng 9/2019": ("số doanh nghiệp",
    the month before); a growth of the statement's own figure: ("", its base).
    """
    base = _words(growth.base or "")
    if not base.startswith("về "):
        return "", _base_class(base, context)
    text = _words(statement.text)
    found = _COMPARED_WITH.search(text, max(text.find(_words(growth.value.text)), 0))
    compared = None if found is None else _base_class(found.group(1), context)
    return base.removeprefix("về "), compared


def _what_grew(statement: Statement, measured: str, head: str, per: str, average: Statement) -> str:
    """Whether a growth is the amount's ("amount") or the count's ("count") of an average.

    Named after "về" ("về số doanh nghiệp": the count, "về vốn đăng ký": the
    amount), or the statement's own figure: a count of ``per``, or an amount
    of the average's unit whose subject names ``head``. "" for neither.
    """
    if measured:
        count = per in measured.split()
        amount = f" {head} " in f" {measured} "
        return "" if count == amount else "count" if count else "amount"
    if _count_factor(statement, per) is not None:
        return "count"
    subject = _words(statement.subject)
    if (
        statement.noun is None
        and f" {head} " in f" {subject} "
        and _MEAN.search(subject) is None
        and _factor(statement, average) is not None
    ):
        return "amount"
    return ""


#: How many sentences before an average's the figures of its growth may stand.
_AVERAGE_REACH: Final = 2
#: How many statements back those sentences may reach at most: text with no capital
#: letter to open a sentence must not make every average look back to the start.
_STATEMENTS_REACH: Final = 24


def _sentence_before(statements: list[Statement], index: int) -> int:
    """Where the sentence ``_AVERAGE_REACH`` (2) before the one of ``statements[index]`` starts."""
    floor = max(index - _STATEMENTS_REACH, 0)
    start = index
    while start > floor and not _opens_sentence(statements[start]):
        start -= 1  # to the start of its own sentence
    for _ in range(_AVERAGE_REACH):
        start -= 1
        while start > floor and not _opens_sentence(statements[start]):
            start -= 1
    return max(start, floor)


def _average_growth_agrees(statements: list[Statement], index: int) -> list[Finding]:
    """An average's growth from the growths of its amount and of its count.

    "… 12.265 doanh nghiệp … với số vốn đăng ký là 139,9 nghìn tỉ đồng …, tăng
    0,7% về số doanh nghiệp, giảm 2,5% về vốn đăng ký so với tháng 10. Vốn
    đăng ký bình quân một doanh nghiệp … đạt 11,4 tỉ đồng, giảm 3,2% so với
    tháng trước": (1 − 2,5 %) / (1 + 0,7 %) − 1. The two growths are the only
    ones of the amount and of the count on the average's base (a year before,
    or the month before) in the average's sentence and the two before it, of
    its period.
    """
    average = statements[index]
    subject = _words(average.subject)
    match = _AVERAGE.search(subject)
    head = " ".join(subject[: match.start()].split()[-2:]) if match else ""
    if match is None or not head or average.noun is not None or _is_percent(average):
        return []
    nearby = statements[_sentence_before(statements, index) : index]
    context = " ".join(_words(statement.text) for statement in (*nearby, average))
    findings: list[Finding] = []
    for stated in _growths(average):
        wanted = _base_class(stated.base or "", context)
        grew: dict[str, list[tuple[Statement, Comparison]]] = {"amount": [], "count": []}
        for statement in nearby:
            for growth in _growths(statement) if _same_period(statement, average) else []:
                measured, base = _measured(statement, growth, context)
                kind = _what_grew(statement, measured, head, match.group(1), average)
                if kind and _same_class(base, wanted):
                    grew[kind].append((statement, growth))
        if len(grew["amount"]) != 1 or len(grew["count"]) != 1:
            continue
        [(total, amount)], [(count, number)] = grew["amount"], grew["count"]
        top, bottom = _growth_interval(amount), _growth_interval(number)
        if top is None or bottom is None:
            continue
        ratio = _quotient(top.shifted(Fraction(1)), bottom.shifted(Fraction(1)))
        if ratio is None:
            continue
        allowed = ratio.shifted(Fraction(-1)).scaled(Fraction(100))
        printed = _signed(stated)
        if not allowed.meets(printed):
            findings.append(
                _finding(
                    FindingKind.AVERAGE_GROWTH_DISAGREES,
                    (average, total, count),
                    allowed,
                    stated.value,
                    printed,
                )
            )
    return findings


# -- shares of one whole, contributions to one growth, disjoint fractions ---------------------

# the four parts GRDP is split into, whatever the province: all of it by definition
_SECTORS: Final = (
    re.compile(r"(?<!\w)nông,?\s*lâm(?:\s*nghiệp)?,?\s*(?:và\s+)?th(?:ủy|uỷ) sản(?!\w)"),
    re.compile(r"(?<!\w)công nghiệp\s*(?:và|-|–|,)\s*xây dựng(?!\w)"),
    re.compile(r"(?<!\w)dịch vụ(?!\w)"),
    re.compile(r"(?<!\w)thuế sản phẩm(?!\w)"),
)
# the three answers of a business-tendency survey: all the firms asked
_ANSWERS: Final = (
    re.compile(r"(?<!\w)(?:tốt hơn|tốt lên|thuận lợi hơn)(?!\w)"),
    re.compile(r"(?<!\w)(?:giữ )?ổn định(?!\w)"),
    re.compile(r"(?<!\w)khó khăn hơn(?!\w)"),
)
_SHARE_WORDS: Final = re.compile(r"(?<!\w)(?:chiếm|tỷ trọng)(?!\w)")
_SURVEY_WORDS: Final = re.compile(r"(?<!\w)doanh nghiệp (?:đánh giá|dự báo|nhận định)(?!\w)")
_CONTRIBUTION: Final = re.compile(r"(?<!\w)đóng góp(?!\w)")
# the growth contributions add up to: GRDP's, "the overall growth"
_GROWTH_OF_ALL: Final = re.compile(
    r"(?<!\w)(?:grdp|gdp|tổng sản phẩm|tăng(?: trưởng)? chung)(?!\w)"
)
# a growth rate: its figure right after "tăng", "giảm", "tăng trưởng", "đạt"
_GROWS_BEFORE: Final = re.compile(r"(?<!\w)(?:tăng|giảm|tăng trưởng|đạt)\s*$")


def _class_of(words: str, classes: tuple[re.Pattern[str], ...]) -> int | None:
    """Which one of ``classes`` the words name; None for none or several."""
    found = [n for n, pattern in enumerate(classes) if pattern.search(words)]
    return found[0] if len(found) == 1 else None


def _signed_value(statement: Statement, about: Fraction) -> Interval:
    """A statement's figure as a signed interval: "giảm 2,1%" is about −2,1."""
    value = _value_interval(statement, about)
    return value.negated() if _NEGATIVE_BEFORE.search(_before_figure(statement)) else value


def _one_sentence(window: list[Statement]) -> bool:
    """Whether statements stand in one sentence: none but the first opens one."""
    return not any(_opens_sentence(statement) for statement in window[1:])


def _shares_agree(statements: list[Statement], about: Fraction) -> list[Finding]:
    """Shares of one whole named all, in one sentence, add up to 100 %.

    The four parts of GRDP ("khu vực nông, lâm nghiệp và thủy sản chiếm tỷ
    trọng 13,72%; khu vực công nghiệp và xây dựng chiếm 40,66%; khu vực dịch
    vụ chiếm 36,53%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 9,09%") and the
    three answers of firms to a survey ("23,5% doanh nghiệp đánh giá … tốt
    hơn; 64,7% … ổn định; 11,7% … khó khăn hơn") are all of their whole: the
    percents, each of one part only, one after the other, add up to 100.
    """
    findings: list[Finding] = []
    for classes, words in ((_SECTORS, _SHARE_WORDS), (_ANSWERS, _SURVEY_WORDS)):
        index = 0
        while index + len(classes) <= len(statements):
            window = statements[index : index + len(classes)]
            named = [
                _class_of(_words(s.subject if classes is _SECTORS else s.text), classes)
                if _is_percent(s) and words.search(_words(s.text))
                else None
                for s in window
            ]
            if set(named) != set(range(len(classes))) or not _one_sentence(window):
                index += 1
                continue
            index += len(classes)
            summed = _sum([(share, Fraction(1)) for share in window], about)
            whole = Interval(low=Fraction(100), high=Fraction(100))
            if not summed.meets(whole):
                findings.append(
                    Finding(
                        severity=Severity.INCONSISTENT,
                        kind=FindingKind.SHARES_SUM,
                        statements=tuple(window),
                        allowed=summed,
                    )
                )
    return findings


def _contributing(statements: list[Statement], index: int) -> int | None:
    """Which part of GRDP a contribution is of: named in its words, or in the statement before."""
    part = _class_of(_words(statements[index].subject), _SECTORS)
    if part is None and index > 0:
        part = _class_of(_words(statements[index - 1].subject), _SECTORS)
    return part


def _contributions_agree(statements: list[Statement], about: Fraction) -> list[Finding]:
    """The contributions of GRDP's four parts, in points, add up to its growth.

    "GRDP … tăng 6,72%. … khu vực nông, lâm nghiệp và thủy sản tăng 5,27%,
    đóng góp 1,15 điểm phần trăm; khu vực công nghiệp và xây dựng …, đóng góp
    1,62 điểm phần trăm; khu vực dịch vụ …, đóng góp 3,64 điểm phần trăm; thuế
    sản phẩm …, đóng góp 0,31 điểm phần trăm": each contribution ("đóng góp",
    in points) of one part, named in its words or in the statement before it;
    the four parts once each, in one sentence; the growth is the nearest
    percent before them that names GRDP (in its sentence or the two before),
    of their period.
    """
    findings: list[Finding] = []
    run: list[tuple[int, int]] = []  # (index, part) of the contributions of one list
    for index, statement in enumerate(statements):
        if statement.value.unit != "percentage_point" or not _CONTRIBUTION.search(
            _words(statement.subject)
        ):
            continue
        part = _contributing(statements, index)
        if run and (
            part in {p for _, p in run} or not _one_sentence(statements[run[0][0] : index + 1])
        ):
            run = []
        if part is None:
            continue
        run.append((index, part))
        if len(run) == len(_SECTORS):
            findings += _contributions_finding(statements, [i for i, _ in run], about)
            run = []
    return findings


def _contributions_finding(
    statements: list[Statement], indices: list[int], about: Fraction
) -> list[Finding]:
    """The four contributions at ``indices`` against the growth they make up."""
    contributions = [statements[index] for index in indices]
    at = next(
        (
            n
            for n in reversed(range(_sentence_before(statements, indices[0]), indices[0]))
            if _is_percent(statements[n])
            and _class_of(_words(statements[n].subject), _SECTORS) is None
            and _GROWS_BEFORE.search(_before_figure(statements[n])) is not None
        ),
        None,
    )
    if at is None or not all(_same_period(statements[at], each) for each in contributions):
        return []
    # the growth of all, named so by its words or by the list's ("vào mức tăng chung")
    total = statements[at]
    if not any(
        _GROWTH_OF_ALL.search(_words(each.text)) for each in statements[at : indices[-1] + 1]
    ):
        return []
    summed = Interval(low=Fraction(0), high=Fraction(0))
    for contribution in contributions:
        summed += _signed_value(contribution, about)
    printed = _signed_value(total, about)
    if summed.meets(printed):
        return []
    return [
        _finding(
            FindingKind.CONTRIBUTIONS_SUM,
            (total, *contributions),
            summed,
            total.value,
            printed,
        )
    ]


# two fractions of one whole that no item can be in both: "28/63 địa phương thu cao hơn so
# cùng kỳ; 35/63 địa phương thu thấp hơn so cùng kỳ" (the words the same but for these)
_OPPOSITES: Final = (("cao hơn", "thấp hơn"), ("tăng", "giảm"), ("đạt", "chưa đạt"))


def _after_whole(statement: Statement) -> str:
    """The words of a fraction after its whole: "địa phương thu cao hơn so cùng kỳ"."""
    assert statement.whole is not None  # noqa: S101 - a fraction
    text = _words(statement.text)
    fraction = f"{_words(statement.value.text)}/{_words(statement.whole.text)}"
    at = text.find(fraction)
    return text[at + len(fraction) :].strip(" .;,") if at >= 0 else ""


def _disjoint(first: Statement, second: Statement) -> bool:
    """Whether two fractions count items that cannot be in both (their words say opposites)."""
    mine, other = f" {_after_whole(first)} ", f" {_after_whole(second)} "
    return any(
        f" {one} " in mine and mine.replace(f" {one} ", f" {two} ", 1) == other
        for a, b in _OPPOSITES
        for one, two in ((a, b), (b, a))
    )


def _fractions_agree(statements: list[Statement]) -> list[Finding]:
    """Two fractions of one whole, of items in one or the other, add up to at most the whole.

    "28/63 địa phương thu cao hơn so cùng kỳ; 35/63 địa phương thu thấp hơn
    so cùng kỳ": the two follow each other, count the same noun out of the
    same printed whole, and their words differ only by opposites ("cao hơn" /
    "thấp hơn", "tăng" / "giảm", "đạt" / "chưa đạt"). Counts are exact.
    """
    findings: list[Finding] = []
    for first, second in itertools.pairwise(statements):
        if (
            first.whole is None
            or second.whole is None
            or first.noun is None
            or second.noun is None
            or _words(first.noun).split()[0] != _words(second.noun).split()[0]
            or (first.whole.value, first.whole.unit) != (second.whole.value, second.whole.unit)
            or not _disjoint(first, second)
        ):
            continue
        summed = Fraction(first.value.value) + Fraction(second.value.value)
        if summed > Fraction(first.whole.value):
            findings.append(
                Finding(
                    severity=Severity.INCONSISTENT,
                    kind=FindingKind.FRACTIONS_EXCEED,
                    statements=(first, second),
                    allowed=Interval(low=summed, high=summed),
                )
            )
    return findings


# a ratio restated: "đạt 28,6% kế hoạch của năm 2023" (a headline) and, of the same
# statement, "đạt 28,63% kế hoạch của năm 2023" (the body)
_RATE_WORDS: Final = re.compile(r"(?<!\w)(?:đạt|bằng)\s*$")
_BASE_END: Final = re.compile(r"[,;.()\-–]|$")


def _restated_agree(statements: list[Statement], about: Fraction) -> list[Finding]:
    """A ratio printed twice agrees with itself.

    A percent after "đạt"/"bằng" followed by its base words ("Giải ngân … đạt
    28,6% kế hoạch của năm 2023") is the ratio of its statement to that base;
    a ratio or attainment of the same statement to the very same words
    ("đạt 28,63% kế hoạch của năm 2023") is the same figure printed again:
    the two printings must allow a common value.
    """
    findings: list[Finding] = []
    for statement in statements:
        if not _is_percent(statement) or not _RATE_WORDS.search(_before_figure(statement)):
            continue
        written = " ".join(statement.text.split())  # as _words, in its own case
        at = written.lower().find(_words(statement.value.text))
        after = written[at + len(statement.value.text) :].strip() if at >= 0 else ""
        for ratio, words in _base_words(statement):
            rest = after[len(words) :].strip()
            # the same words, ending there: before punctuation, a new sentence or nothing
            if after.lower().startswith(words) and (
                _BASE_END.match(rest) is not None or rest[:1].isupper()
            ):
                allowed, printed = interval_of(ratio.value), _value_interval(statement, about)
                if allowed.meets(printed):
                    continue
                findings.append(
                    _finding(
                        FindingKind.RESTATED_DISAGREES,
                        (statement,),
                        allowed,
                        statement.value,
                        printed,
                    )
                )
    return findings


def _implied_agree(statements: list[Statement], about: Fraction) -> list[Finding]:
    """The checks of figures that the words tie to their neighbours (this section)."""
    flat = _flatten(statements)
    findings: list[Finding] = []
    for index in range(len(flat)):
        findings += _average_growth_agrees(flat, index)
    findings += _shares_agree(flat, about)
    findings += _contributions_agree(flat, about)
    findings += _fractions_agree(flat)
    findings += _restated_agree(flat, about)
    return findings


def audit(
    statements: Iterable[Statement | Unparsed],
    *,
    bases: Mapping[str, Statement] | None = None,
    about: Fraction = Fraction(0),
) -> Findings:
    """Check the arithmetic of statements read by :func:`~dongdang.statements.parse_statements`.

    Returns the findings in the order of the statements; an empty list when
    every check passes. An :class:`~dongdang.statements.Unparsed` item gives an
    INFO finding of kind UNREADABLE.

    ``bases`` names what the words of a base stand for when the statements do
    not say it themselves: ``{"kế hoạch giao": plan}`` checks every ratio
    "bằng X% kế hoạch giao" against the statement ``plan``, which may come
    from another document or use other words ("kế hoạch vốn trong năm").
    The caller vouches that it is the same measure for the same period.
    Statements from several documents can be audited together: a base is
    then matched by subject across all of them.

    Every figure stands for what its printing allows
    (:func:`dongdang.intervals.interval_of`): half a unit of its last digit,
    moved by its qualifier. ``about`` widens an approximate figure
    ("khoảng", "xấp xỉ") by that fraction of its size on top: the default 0
    keeps the printed rounding; ``about=Fraction(5, 100)`` allows 5 %. An
    estimate ("ước đạt") always keeps its printed rounding.

    Raises:
        InvalidTypeError: ``statements`` is not an iterable of Statement or
            Unparsed (a str must be read with parse_statements first), or
            ``bases`` is not a mapping of words to Statement, or ``about``
            is not a Fraction.
        InvalidValueError: ``about`` is negative.

    >>> from dongdang.statements import parse_statements
    >>> audit(parse_statements("giải ngân 42.119/102.681 triệu đồng, bằng 41% kế hoạch vốn"))
    []
    """
    given: object = statements
    if isinstance(given, (str, bytes)):
        raise InvalidTypeError(
            f"audit needs statements (use parse_statements first), got {statements!r}"
        )
    try:
        items = list(statements)
    except TypeError:
        raise InvalidTypeError(f"audit needs a list of statements, got {statements!r}") from None
    checked = _check_bases({} if bases is None else bases)
    about = _check_about(about)
    findings, read = _audit_items(items, about)
    return Findings(
        [
            *findings,
            *_relations_agree(read, about),
            *_bases_agree(read, checked, about),
            *_bases_in_other_words(read, checked, about),
            *_bases_planned(read, checked, about),
            *_implied_agree(read, about),
        ]
    )


def _audit_items(items: Iterable[object], about: Fraction) -> tuple[list[Finding], list[Statement]]:
    """The findings of each item on its own, and the statements among the items."""
    findings: list[Finding] = []
    read: list[Statement] = []
    for item in items:
        if isinstance(item, Unparsed):
            findings.append(
                Finding(severity=Severity.INFO, kind=FindingKind.UNREADABLE, unparsed=item)
            )
        elif isinstance(item, Statement):
            read.append(item)
            findings.extend(_audit_statement(item, about))
        else:
            raise InvalidTypeError(
                f"audit needs Statement or Unparsed items, got {item!r} "
                f"of type {type(item).__name__}"
            )
    return findings, read


def audit_documents(
    documents: Mapping[str, Iterable[Statement | Unparsed]],
    *,
    bases: Mapping[str, Statement] | None = None,
    about: Fraction = Fraction(0),
) -> Findings:
    """Audit several documents: each on its own, then their bases across documents.

    Within a document, a base whose subject matches the words of a ratio is
    checked when the two name the same period or either names none (an
    undated figure of a report is about the report's period). Across
    documents only figures dated with the same period are compared: an
    undated "Kế hoạch giao đạt 100 tỷ đồng" in one report says nothing of a
    ratio "bằng 51,2% kế hoạch giao" of 2020 in another. ``bases`` applies to
    every document, and ``about`` every figure, as in :func:`audit`.

    Raises:
        InvalidTypeError: ``documents`` is not a mapping of names to
            statements, or as :func:`audit`.

    >>> from dongdang.auditing import audit_documents
    >>> from dongdang.statements import parse_statements
    >>> [finding] = audit_documents(
    ...     {
    ...         "october.txt": parse_statements(
    ...             "Năm 2020 giải ngân 52,6 tỷ đồng, bằng 51,2% kế hoạch giao."
    ...         ),
    ...         "plan.txt": parse_statements("Kế hoạch giao năm 2020 là 150 tỷ đồng."),
    ...     }
    ... )
    >>> finding.kind.name, finding.statements[0].text
    ('BASE_DISAGREES', 'Kế hoạch giao năm 2020 là 150 tỷ đồng.')
    """
    if not isinstance(documents, Mapping):
        raise InvalidTypeError(
            f"audit_documents needs a mapping of document names to statements, got {documents!r}"
        )
    checked = _check_bases({} if bases is None else bases)
    about = _check_about(about)
    findings: list[Finding] = []
    every: list[list[Statement]] = []
    for items in documents.values():
        raw: object = items  # a str is refused by audit, not split into characters
        listed = items if isinstance(raw, (str, bytes)) else list(items)
        findings.extend(audit(listed, bases=checked, about=about))  # refuses what is not statements
        every.append([item for item in listed if isinstance(item, Statement)])
    return Findings([*findings, *_bases_across(every, checked, about)])


# -- tables ---------------------------------------------------------------------------------


class Findings(list[Finding]):
    """What :func:`audit` returns: a list that also makes a frame and an HTML table."""

    def _frame_columns(self, *, exact: bool, lang: Language) -> FrameColumns:
        allowed = [finding.allowed for finding in self]
        columns = FrameColumns(exact=exact)
        columns.code("severity", [finding.severity.value for finding in self])
        columns.code("kind", [finding.kind.value for finding in self])
        columns.text("subject", [f.statements[0].subject if f.statements else None for f in self])
        columns.text("printed", [finding.printed for finding in self])
        columns.number("stated", [None if f.stated is None else f.stated.value for f in self], None)
        columns.code("stated_unit", [None if f.stated is None else f.stated.unit for f in self])
        columns.number("allowed_low", [None if a is None else a.low for a in allowed], None)
        columns.number("allowed_high", [None if a is None else a.high for a in allowed], None)
        columns.flag("truncated", [finding.truncated for finding in self])
        columns.text("explanation", [finding.explain(lang) for finding in self])
        return columns

    def to_frame(self, *, exact: bool = False, lang: Language = "en") -> Any:  # noqa: ANN401
        """The findings as a pandas DataFrame, one row each (needs ``dongdang[pandas]``).

        Columns: ``severity``, ``kind`` (categoricals), ``subject`` (of the
        first statement involved), ``printed`` (the figure as printed),
        ``stated`` (its number as printed) in ``stated_unit``, ``allowed_low``
        and ``allowed_high`` (what the other figures allow, in the same unit;
        NaN for an open end or an unreadable figure), float64, or Decimal with
        ``exact=True``; ``truncated``, and the ``explanation`` in ``lang``.

        >>> from dongdang.statements import parse_statements
        >>> found = audit(parse_statements("Thu 100 tỷ đồng, trong đó 70 tỷ đồng và 40 tỷ đồng."))
        >>> found.to_frame()[["kind", "stated", "allowed_low", "allowed_high"]]
                     kind  stated  allowed_low  allowed_high
        0  components_sum   100.0        109.0         111.0
        """
        return self._frame_columns(exact=exact, lang=lang).frame()

    def _repr_html_(self) -> str:
        bad = sum(finding.severity is Severity.INCONSISTENT for finding in self)
        caption = f"<Findings: {len(self)}, {bad} inconsistent>"
        return self._frame_columns(exact=True, lang="en").html(caption)
