"""Checking the arithmetic of report statements.

A printed figure is not a number but the interval of the numbers that print
that way: "278.718 triệu đồng" stands for [278.717,5; 278.718,5] million VND
and "14,4%" for [14,35; 14,45] percent; a count ("08 cuộc") is exact. A
qualifier widens the interval in its direction (see :func:`interval_of`).
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
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final, final

import attrs

from dongdang._decimal import QUOTIENT
from dongdang._messages import CATALOGUES, capital, message, span
from dongdang._validators import language as _check_lang
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UndefinedRatioError,
    UnitMismatchError,
)
from dongdang.statements import Comparison, ComparisonKind, Statement, Unparsed
from dongdang.text import Figure, Qualifier, format_number, unit_phrase
from dongdang.units import amount, magnitude_in

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from dongdang.periods import Language

__all__ = [
    "ABOUT_TOLERANCE",
    "Finding",
    "FindingKind",
    "Interval",
    "Severity",
    "audit",
    "audit_documents",
    "implied_previous_interval",
    "interval_of",
]

#: How far an approximate figure ("khoảng", "xấp xỉ", "ước") may stray from
#: its printed value x, as a fraction of x, on top of its rounding interval.
ABOUT_TOLERANCE: Final = Fraction(5, 100)


@final
@attrs.frozen(kw_only=True)
class Interval:
    """A closed interval of exact numbers; None for an unbounded end.

    Both ends belong to the interval (it is closed), even for "dưới x"
    (under x), whose interval (−∞, x] keeps x: the audit is conservative and
    never flags a figure that could be true.

    >>> from fractions import Fraction
    >>> from dongdang.auditing import Interval
    >>> Interval(low=Fraction(1), high=Fraction(3)).meets(Interval(low=Fraction(3), high=None))
    True
    >>> print(Interval(low=Fraction(2, 3), high=None))
    [0.67, +inf)
    """

    low: Fraction | None
    high: Fraction | None

    def __attrs_post_init__(self) -> None:
        """Refuse an empty interval."""
        if self.low is not None and self.high is not None and self.low > self.high:
            raise InvalidValueError(f"an interval's low {self.low} is above its high {self.high}")

    def meets(self, other: Interval) -> bool:
        """Whether the two intervals share a number."""
        below = self.high is not None and other.low is not None and self.high < other.low
        above = self.low is not None and other.high is not None and self.low > other.high
        return not (below or above)

    def __str__(self) -> str:
        """The bounds to two decimals, with ±inf for unbounded ends."""
        low = "(-inf" if self.low is None else f"[{float(self.low):.2f}"
        high = "+inf)" if self.high is None else f"{float(self.high):.2f}]"
        return f"{low}, {high}"


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
    """

    severity: Severity
    kind: FindingKind
    statements: tuple[Statement, ...] = ()
    allowed: Interval | None = None
    stated: Figure | None = None
    unparsed: Unparsed | None = None

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
        assert self.allowed is not None  # noqa: S101 - set for every check
        assert self.stated is not None  # noqa: S101 - set for every check
        unit, printed = "%", self.stated.text
        if self.kind in (FindingKind.COMPONENTS_SUM, FindingKind.BASE_DISAGREES):
            unit, printed = (
                " " + _unit_words(self.statements[0], lang),
                _printed(self.statements[0]),
            )
        text = template.format(
            subject=subject, printed=printed, allowed=_range(self.allowed, lang, unit.rstrip())
        )
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


def interval_of(figure: Figure, *, exact: bool = False) -> Interval:
    """The interval of true values a printed figure stands for.

    A number printed with d decimals stands for ± half a unit of its last
    digit (0,5 × 10^-d); ``exact=True`` (a count) drops that. Then the
    qualifier: AT_LEAST (trên, hơn) gives [x − half, +∞); AT_MOST (gần)
    gives (−∞, x + half]; BELOW (dưới) gives (−∞, x] (closed, see
    :class:`Interval`); ABOUT (khoảng, xấp xỉ, ước) widens both ends by
    :data:`ABOUT_TOLERANCE` times abs(x). Percents stay in percent.

    >>> from dongdang.auditing import interval_of
    >>> from dongdang.text import read_figure
    >>> print(interval_of(read_figure("14,4%")))
    [14.35, 14.45]
    >>> print(interval_of(read_figure("trên 344,8 tỷ đồng")))
    [344.75, +inf)
    """
    return _qualified(figure, figure, figure.qualifier, exact=exact)


def implied_previous_interval(current: Figure, growth: Figure) -> Interval:
    """The values of last year that a printed value and its printed growth allow.

    Last year's value is ``current / (1 + growth)``, taken over the intervals
    both printed figures stand for (:func:`interval_of`): the least is the
    least current over the greatest growth, the greatest the greatest current
    over the least growth. "trên 344,8 tỷ đồng, giảm 21,5%" guarantees only
    about 438,89 tỷ đồng the year before, not the 439,2 that the printed
    numbers give. An end is None where the figures leave it unbounded (a
    qualified value, or a growth that may reach −100%). The interval is in
    the value's own unit.

    >>> from dongdang.auditing import implied_previous_interval
    >>> from dongdang.text import read_figure
    >>> print(implied_previous_interval(read_figure("trên 344,8 tỷ đồng"), read_figure("-21,5%")))
    [438.89, +inf)
    >>> print(implied_previous_interval(read_figure("664.127 triệu đồng"), read_figure("40,2%")))
    [473530.48, 473869.07]

    Raises:
        InvalidValueError: ``growth`` is not a percent.
        UndefinedRatioError: the growth is −100% or less whatever its rounding.
    """
    if growth.unit != "percent":
        raise InvalidValueError(f"growth must be a percent such as '14,4%', got {growth.text!r}")
    value, rate = interval_of(current), interval_of(growth)
    least = None if rate.low is None else 1 + rate.low / 100
    most = None if rate.high is None else 1 + rate.high / 100
    if most is not None and most <= 0:
        raise UndefinedRatioError(
            f"a growth of {growth.text!r} is a fall of 100% or more: "
            "it leaves last year's value undefined",
            argument="growth",
        )
    low = None if value.low is None else max(value.low, Fraction(0))
    return Interval(
        low=None if low is None else (Fraction(0) if most is None else low / most),
        high=None if value.high is None or least is None or least <= 0 else value.high / least,
    )


def _qualified(
    first: Figure, last: Figure, qualifier: Qualifier | None, *, exact: bool
) -> Interval:
    """The interval from ``first`` to ``last`` (one figure, or the ends of a range), qualified."""
    ends = sorted((first, last), key=lambda figure: figure.value)  # "2.600 - 2.000" too
    bottom, top = Fraction(ends[0].value), Fraction(ends[1].value)
    below = Fraction(0) if exact else Fraction(1, 2) / 10 ** ends[0].decimals
    above = Fraction(0) if exact else Fraction(1, 2) / 10 ** ends[1].decimals
    low: Fraction | None = bottom - below
    high: Fraction | None = top + above
    if qualifier is Qualifier.AT_LEAST:
        high = None
    elif qualifier is Qualifier.AT_MOST:
        low = None
    elif qualifier is Qualifier.BELOW:
        low, high = None, top
    elif qualifier is Qualifier.ABOUT:
        slack = ABOUT_TOLERANCE * max(abs(bottom), abs(top))
        low, high = bottom - below - slack, top + above + slack
    return Interval(low=low, high=high)


def _value_interval(statement: Statement) -> Interval:
    """The interval of a statement's figure; a range "2.000 - 2.600" spans both ends.

    The qualifier before a range ("khoảng 2.000 - 2.600") applies to the whole range.
    """
    last = statement.value if statement.upper is None else statement.upper
    exact = statement.noun is not None
    return _qualified(statement.value, last, statement.value.qualifier, exact=exact)


def _factor(part: Statement, total: Statement) -> Fraction | None:
    """What one unit of the part is in the total's unit, or None when they differ in kind."""
    units = (part.value.unit, total.value.unit)
    if "percent" in units:  # percents of different bases do not add up
        return None
    if units[0] == units[1] and part.noun == total.noun:
        return Fraction(1)
    if None in units:
        return None
    try:
        return Fraction(magnitude_in(amount(Decimal(1), str(units[0])), str(units[1])))
    except UnitMismatchError:
        return None


def _add(left: Fraction | None, right: Fraction | None) -> Fraction | None:
    return None if left is None or right is None else left + right


def _is_percent(statement: Statement) -> bool:
    return statement.value.unit == "percent"


def _addable(total: Statement) -> tuple[list[tuple[Statement, Fraction]], list[Statement]]:
    """The parts that add up to the total, with their factor; and those of another kind.

    Shares among the parts ("chiếm 32%") are neither: they are left out.
    """
    matched: list[tuple[Statement, Fraction]] = []
    other: list[Statement] = []
    for part in total.components:
        factor = None if _is_percent(part) else _factor(part, total)
        if factor is not None:
            matched.append((part, factor))
        elif not _is_percent(part):
            other.append(part)
    return matched, other


def _components_sum(total: Statement) -> list[Finding]:
    if _is_percent(total):
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
    low: Fraction | None = Fraction(0)
    high: Fraction | None = Fraction(0)
    for part, factor in matched:
        span = _value_interval(part)
        low = _add(low, None if span.low is None else span.low * factor)
        high = _add(high, None if span.high is None else span.high * factor)
    summed = Interval(low=low, high=high)
    stated = _value_interval(total)
    if summed.meets(stated):
        return []
    over = stated.high is not None and summed.low is not None and summed.low > stated.high
    if not over and len(matched) < 2:  # noqa: PLR2004 - one part is "of which", not all
        return []
    severity = Severity.INCONSISTENT if over else Severity.WARNING
    return [
        Finding(
            severity=severity,
            kind=FindingKind.COMPONENTS_SUM,
            statements=(total, *(part for part, _ in matched)),
            allowed=summed,
            stated=total.value,
        )
    ]


def _growth(statement: Statement) -> Comparison | None:
    growths = [c for c in statement.comparisons if c.kind is ComparisonKind.GROWTH]
    return growths[0] if len(growths) == 1 else None


def _growth_interval(comparison: Comparison) -> Interval | None:
    """The growth as a fraction interval; None when unbounded."""
    span = interval_of(comparison.value)
    if span.low is None or span.high is None:
        return None
    low, high = span.low / 100, span.high / 100
    if comparison.decrease:
        low, high = -high, -low
    return Interval(low=low, high=high)


def _same_base(total: Comparison, part: Comparison) -> bool:
    """Whether a part's growth is on the same base as its total's ("cùng kỳ" of the same year)."""
    if part.base_period is not None and total.base_period is not None:
        return part.base_period == total.base_period
    if part.base is None and part.base_period is None:
        return True  # a bare "tăng 14,1%" after its total: the same comparison
    return (part.base, part.base_period) == (total.base, total.base_period)


_Ends = tuple[Fraction, Fraction]


def _ranges(
    matched: list[tuple[Statement, Fraction]], growths: list[Comparison | None]
) -> tuple[list[_Ends], list[_Ends]] | None:
    """Each part's value (in the total's unit) and 1 + growth, as bounds; None if unbounded."""
    values: list[_Ends] = []
    rates: list[_Ends] = []
    for (part, factor), growth in zip(matched, growths, strict=True):
        span = _value_interval(part)
        rate = None if growth is None else _growth_interval(growth)
        if rate is None or span.low is None or span.high is None:
            return None
        assert rate.low is not None  # noqa: S101 - bounded by _growth_interval
        assert rate.high is not None  # noqa: S101 - bounded by _growth_interval
        if rate.low <= -1:
            return None
        # an amount is never below zero, whatever its rounding allows ("0 tỷ đồng")
        values.append((max(span.low * factor, Fraction(0)), span.high * factor))
        rates.append((1 + rate.low, 1 + rate.high))
    return values, rates


def _extreme_factor(values: list[_Ends], rates: list[Fraction], *, lowest: bool) -> Fraction:
    """The lowest (or highest) Σv / Σ(v / r) over the box of values, the rates fixed.

    Σv / Σ(v/r) is the reciprocal of the mean of 1/r weighted by v. Its
    optimum over a box lies where every part with 1/r above the optimal mean
    (below, for the highest) takes its largest value and every other part its
    smallest (Dinkelbach): one of the k + 1 choices "the first j parts, by
    1/r, at their largest", each evaluated from running sums.
    """
    order = sorted(range(len(rates)), key=lambda i: 1 / rates[i], reverse=lowest)
    current = sum((values[i][0] for i in order), Fraction(0))
    previous = sum((values[i][0] / rates[i] for i in order), Fraction(0))
    best = current / previous
    for i in order:
        low, high = values[i]
        current += high - low
        previous += (high - low) / rates[i]
        ratio = current / previous
        best = min(best, ratio) if lowest else max(best, ratio)
    return best


def _growth_bounds(values: list[_Ends], rates: list[_Ends]) -> tuple[Fraction, Fraction] | None:
    """The lowest and highest growth (in percent) of a sum of parts, each within bounds.

    Part i is worth between ``values[i]`` now (≥ 0) and 1 + its growth is
    between ``rates[i]`` (> 0); the sum grew by Σv / Σ(v / r) − 1. The lowest
    growth takes every rate at its low end, the highest at its high end; the
    values are then found in O(k log k) (:func:`_extreme_factor`), exactly as
    the 2**k corners of the box would give them. None when the previous sum
    may be nothing (every part may be worth nothing).

    >>> from fractions import Fraction as F
    >>> _growth_bounds([(F(10), F(10)), (F(30), F(30))], [(F(2), F(2)), (F(1), F(1))])
    (Fraction(100, 7), Fraction(100, 7))
    """
    if all(low == 0 for low, _ in values):
        return None
    lowest = _extreme_factor(values, [low for low, _ in rates], lowest=True)
    highest = _extreme_factor(values, [high for _, high in rates], lowest=False)
    return (lowest - 1) * 100, (highest - 1) * 100


def _growth_agrees(total: Statement) -> list[Finding]:
    stated = _growth(total)
    matched, other = _addable(total)
    parts = [part for part, _ in matched]
    if stated is None or other or len(parts) < 2 or _components_sum(total):  # noqa: PLR2004
        return []  # the growth of a total follows from all its parts, or from none
    growths = [_growth(part) for part in parts]
    if any(g is not None and not _same_base(stated, g) for g in growths):
        return []  # a part compared with another period or base says nothing of the total
    ranges = _ranges(matched, growths)
    if ranges is None:
        return []
    bounds = _growth_bounds(*ranges)
    if bounds is None:
        return []  # a previous total of nothing has no growth
    low, high = bounds
    allowed = Interval(low=low, high=high)
    printed = interval_of(stated.value)
    if stated.decrease:
        printed = Interval(
            low=None if printed.high is None else -printed.high,
            high=None if printed.low is None else -printed.low,
        )
    if allowed.meets(printed):
        return []
    return [
        Finding(
            severity=Severity.INCONSISTENT,
            kind=FindingKind.GROWTH_DISAGREES,
            statements=(total, *parts),
            allowed=allowed,
            stated=stated.value,
        )
    ]


def _ratio_agrees(statement: Statement) -> list[Finding]:
    ratios = [
        c
        for c in statement.comparisons
        if c.kind in (ComparisonKind.RATIO, ComparisonKind.ATTAINMENT)
    ]
    if statement.whole is None or len(ratios) != 1 or ratios[0].decrease:
        return []
    exact = statement.noun is not None
    part = interval_of(statement.value, exact=exact)
    whole = interval_of(statement.whole, exact=exact)
    if None in (part.low, part.high, whole.low, whole.high) or whole.low <= 0:  # type: ignore[operator]
        return []
    assert part.low is not None  # noqa: S101 - checked above
    assert part.high is not None  # noqa: S101 - checked above
    assert whole.low is not None  # noqa: S101 - checked above
    assert whole.high is not None  # noqa: S101 - checked above
    allowed = Interval(low=part.low / whole.high * 100, high=part.high / whole.low * 100)
    if allowed.meets(interval_of(ratios[0].value)):
        return []
    return [
        Finding(
            severity=Severity.INCONSISTENT,
            kind=FindingKind.RATIO_DISAGREES,
            statements=(statement,),
            allowed=allowed,
            stated=ratios[0].value,
        )
    ]


def _flatten(statements: Iterable[Statement]) -> list[Statement]:
    return [each for statement in statements for each in statement.walk()]


def _implied_base(statement: Statement, ratio: Comparison, base: Statement) -> Interval | None:
    """The base that "<value>, bằng <ratio> <base>" implies, in the base's unit."""
    factor = _factor(statement, base)
    rate = interval_of(ratio.value)
    if factor is None or rate.low is None or rate.high is None or rate.low <= 0:
        return None
    value = _value_interval(statement)
    ends = (rate.low / 100, rate.high / 100)
    low = None if value.low is None else min(value.low * factor / end for end in ends)
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
        for ratio in statement.comparisons:
            words = _words(ratio.base or "")
            if words and ratio.kind in (ComparisonKind.RATIO, ComparisonKind.ATTAINMENT):
                yield statement, ratio, words


def _named(statements: Iterable[Statement]) -> dict[str, list[Statement]]:
    named: dict[str, list[Statement]] = {}
    for statement in _flatten(statements):
        named.setdefault(_words(statement.subject), []).append(statement)
    return named


def _base_finding(statement: Statement, ratio: Comparison, base: Statement) -> list[Finding]:
    implied = _implied_base(statement, ratio, base)
    if implied is None or implied.meets(_value_interval(base)):
        return []
    return [
        Finding(
            severity=Severity.INCONSISTENT,
            kind=FindingKind.BASE_DISAGREES,
            statements=(base, statement),
            allowed=implied,
            stated=base.value,
        )
    ]


def _bases_agree(statements: list[Statement], given: Mapping[str, Statement]) -> list[Finding]:
    """Bases within one document: an undated base is the document's own."""
    named = _named(statements)
    findings: list[Finding] = []
    for statement, ratio, words in _ratios(statements):
        if words in given:
            candidates = [given[words]]
        else:
            candidates = [b for b in named.get(words, []) if _same_period(b, statement)]
        for base in candidates:
            findings.extend(_base_finding(statement, ratio, base))
    return findings


def _bases_across(
    documents: list[list[Statement]], given: Mapping[str, Statement]
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
                        findings.extend(_base_finding(statement, ratio, base))
    return findings


def _check_bases(bases: object) -> Mapping[str, Statement]:
    if not isinstance(bases, Mapping) or not all(
        isinstance(words, str) and isinstance(base, Statement) for words, base in bases.items()
    ):
        raise InvalidTypeError(f"bases must map base words (str) to a Statement, got {bases!r}")
    return {_words(words): base for words, base in bases.items()}


def _audit_statement(statement: Statement) -> list[Finding]:
    # walk(), not recursion: chains of "trong đó" may nest thousands deep.
    findings: list[Finding] = []
    for each in statement.walk():
        findings += [*_components_sum(each), *_growth_agrees(each), *_ratio_agrees(each)]
    return findings


def audit(
    statements: Iterable[Statement | Unparsed], *, bases: Mapping[str, Statement] | None = None
) -> list[Finding]:
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

    Raises:
        InvalidTypeError: ``statements`` is not an iterable of Statement or
            Unparsed (a str must be read with parse_statements first), or
            ``bases`` is not a mapping of words to Statement.

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
    findings, read = _audit_items(items)
    return [*findings, *_bases_agree(read, checked)]


def _audit_items(items: Iterable[object]) -> tuple[list[Finding], list[Statement]]:
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
            findings.extend(_audit_statement(item))
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
) -> list[Finding]:
    """Audit several documents: each on its own, then their bases across documents.

    Within a document, a base whose subject matches the words of a ratio is
    checked when the two name the same period or either names none (an
    undated figure of a report is about the report's period). Across
    documents only figures dated with the same period are compared: an
    undated "Kế hoạch giao đạt 100 tỷ đồng" in one report says nothing of a
    ratio "bằng 51,2% kế hoạch giao" of 2020 in another. ``bases`` applies to
    every document, as in :func:`audit`.

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
    findings: list[Finding] = []
    every: list[list[Statement]] = []
    for items in documents.values():
        raw: object = items  # a str is refused by audit, not split into characters
        listed = items if isinstance(raw, (str, bytes)) else list(items)
        findings.extend(audit(listed, bases=checked))  # refuses what is not statements
        every.append([item for item in listed if isinstance(item, Statement)])
    return [*findings, *_bases_across(every, checked)]
