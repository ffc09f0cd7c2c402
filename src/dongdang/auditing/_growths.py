"""Growths: whether the growth of a total agrees with the growths of its parts."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

import attrs

from dongdang.auditing._figures import (
    _addable,
    _finding,
    _value_interval,
    _whole_by_definition,
    _words,
)
from dongdang.auditing._findings import Finding, FindingKind
from dongdang.auditing._sums import _components_sum
from dongdang.intervals import Interval, growth_bounds, interval_of, range_interval
from dongdang.statements import Comparison, ComparisonKind, Statement
from dongdang.text import Qualifier


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
        and (
            comparison.base_period is not None
            or (comparison.base or "").startswith(("cùng kỳ", _MONTH_BEFORE))
        )
    )


# the month before, said so: "so với tháng trước"
_MONTH_BEFORE: Final = "tháng trước"
# a month named as a base: "so với tháng 10"
_MONTH_NAMED: Final = re.compile(r"tháng (\d{1,2})")


def _month_before(statement: Statement, comparison: Comparison) -> Comparison:
    """A comparison with "tháng 10" of a statement about "tháng 11" as "tháng trước".

    "Tổng mức bán lẻ tháng 11 ước đạt 280 tỷ đồng, tăng 7,69% so với tháng 10":
    its parts say "so với tháng trước", the same base. The statement's words
    before the figure name the following month; any other comparison is
    returned as it is.
    """
    named = _MONTH_NAMED.fullmatch(comparison.base or "")
    if named is None or comparison.base_period is not None:
        return comparison
    following = int(named.group(1)) % 12 + 1
    text = statement.text.lower()
    before = text[: max(text.find(statement.value.text.lower()), 0)]
    if re.search(rf"(?<!\w)tháng {following}(?!\d)", before) is None:
        return comparison
    return attrs.evolve(comparison, base=_MONTH_BEFORE)


def _as_growth(ratio: Comparison) -> Comparison:
    """A ratio to last year's value as the growth it says: 98,3 % is a fall of 1,7 %."""
    change = ratio.value.value - 100
    figure = attrs.evolve(ratio.value, value=abs(change))
    return attrs.evolve(ratio, kind=ComparisonKind.GROWTH, value=figure, decrease=change < 0)


def _signed(comparison: Comparison) -> Interval:
    """A comparison's figure as a signed interval: "giảm 21,5%" is about −21,5.

    A change given as a range ("tăng 10 – 15 nghìn đồng/kg") spans both ends.
    """
    last = comparison.value if comparison.upper is None else comparison.upper
    span = range_interval(comparison.value, last, comparison.value.qualifier)
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
    if (
        part.base_period is None
        and total.base_period is None
        and "cùng kỳ" in (part.base, total.base)
        and all((base or "").startswith("cùng kỳ") for base in (part.base, total.base))
    ):
        return True  # "cùng kỳ" said once, "cùng kỳ năm 2018" the other time: no period known
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
    figures add up to a number the printed total stands for (47,049 for "47
    triệu USD") is taken as the whole. Any other list leaves room for a part
    the report does not name, whose previous value may be anything.
    """
    if _whole_by_definition(total, matched):
        return True  # a turnover is its exports and its imports, whatever their rounding
    if total.value.qualifier not in (None, Qualifier.ESTIMATE):
        return False  # "trên 2 tỷ đồng": a bound, not the sum the report made
    if total.upper is not None or any(part.upper is not None for part, _ in matched):
        return False
    printed = sum((Fraction(part.value.value) * factor for part, factor in matched), Fraction(0))
    return interval_of(total.value).meets(Interval(low=printed, high=printed))


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
    stated = _month_before(total, stated)
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
    """Top / bottom for a bottom above zero and a top at or above zero; None otherwise.

    A top with no upper end ("trên 5.700 ha") gives a quotient with none; a
    bottom with none ("trên 8.900 ha") lets the quotient fall to zero. The
    lower ends must be known: "gần 8.900 ha" may be as small as anything.
    """
    if top.low is None or bottom.low is None or bottom.low <= 0 or top.low < 0:
        return None
    return Interval(
        low=Fraction(0) if bottom.high is None else top.low / bottom.high,
        high=None if top.high is None else top.high / bottom.low,
    )


# "dự toán giao", "dự toán được giao": the plan the words name, whoever gave it
_GIVEN: Final = re.compile(r"(?:\s+(?:được|đã))?\s+giao$")


def _plan_words(comparison: Comparison) -> str | None:
    """The plan a part's or a total's attainment is of ("dự toán Trung ương giao"), or None.

    A ratio or attainment printed as it is (no qualifier but "ước", not a
    fall), to a base named in words only: no base figure, no period, not the
    same period of a previous year (a growth, see :func:`_growths`). A final
    "giao" ("dự toán giao") names the same plan as the bare words.
    """
    if (
        comparison.kind not in (ComparisonKind.ATTAINMENT, ComparisonKind.RATIO)
        or comparison.decrease
        or comparison.base is None
        or comparison.base_value is not None
        or comparison.base_period is not None
        or comparison.value.qualifier not in (None, Qualifier.ESTIMATE)
        or _previous_ratio(comparison)
    ):
        return None
    return _GIVEN.sub("", _words(comparison.base))


def _attainment_agrees(total: Statement, about: Fraction) -> list[Finding]:
    """Each attainment of a total against its parts' attainments of the same plan.

    "thu nội địa đạt 2.433 tỷ đồng, bằng 28,4% dự toán …, gồm: … 1.292 tỷ
    đồng, bằng 21,7% dự toán …; … 1.141 tỷ đồng, bằng 43,5% dự toán …": the
    total's plan is the sum of its parts' plans (1.292 / 21,7 % + 1.141 /
    43,5 %), so its attainment follows as a growth does from the parts'
    growths (the plan plays last year's value). When the parts may be only
    some of the total, the unnamed part's plan may be anything: only an upper
    bound holds.
    """
    matched, other = _addable(total)
    parts = [part for part, _ in matched]
    if other or len(parts) < 2 or _components_sum(total, about):  # noqa: PLR2004
        return []
    findings: list[Finding] = []
    for stated in total.comparisons:
        plan = _plan_words(stated)
        if plan is None:
            continue
        own = [[c for c in part.comparisons if _plan_words(c) == plan] for part in parts]
        if any(len(each) != 1 for each in own):
            continue  # a part with no attainment of that plan, or several
        ranges = _ranges(_part_spans(total, matched, about), [_as_growth(c[0]) for c in own])
        bounds = None if ranges is None else growth_bounds(*ranges)
        if ranges is None or bounds is None:
            continue
        low, high = bounds
        if not _complete(total, matched):
            whole = _value_interval(total, about)
            if whole.high is None:
                continue  # "trên 2.433 tỷ đồng" and a plan that may be anything: no bound
            # not nothing: growth_bounds gave bounds, so some part is worth more than nothing
            planned = sum((v[0] / r[1] for v, r in zip(*ranges, strict=True)), Fraction(0))
            low, high = Fraction(-100), max(high, (whole.high / planned - 1) * 100)
        allowed = Interval(low=low + 100, high=high + 100)
        printed = interval_of(stated.value)
        if not allowed.meets(printed):
            findings.append(
                _finding(
                    FindingKind.RATIO_DISAGREES, (total, *parts), allowed, stated.value, printed
                )
            )
    return findings
