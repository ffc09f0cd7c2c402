"""Ratios and bases: rates, changes and the bases they are measured against."""

from __future__ import annotations

import itertools
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final

from dongdang.auditing._figures import (
    _factor,
    _finding,
    _is_percent,
    _kind,
    _opens_sentence,
    _unit_factor,
    _value_interval,
    _words,
)
from dongdang.auditing._findings import Finding, FindingKind
from dongdang.auditing._growths import _growths, _quotient, _same_base, _signed
from dongdang.intervals import Interval, interval_of, range_interval
from dongdang.statements import Comparison, ComparisonKind, Statement
from dongdang.text import Figure, read_figure

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping


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
        allowed = None if ratio is None else ratio.shifted(shift).scaled(Fraction(100))
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
    exact = statement.noun is not None and not change.value.decimals
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
    allowed = ratio.scaled(Fraction(100))
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


def _same_period(first: Statement, second: Statement) -> bool:
    return first.period is None or second.period is None or first.period == second.period


def _ratios(statements: Iterable[Statement]) -> Iterator[tuple[Statement, Comparison, str]]:
    """Each ratio to a base named in words: (statement, comparison, the words normalised)."""
    for statement in _flatten(statements):
        if statement.whole is not None:
            continue  # the base is in the statement: RATIO_DISAGREES
        for ratio, words in _base_words(statement):
            yield statement, ratio, words


def _flat_and_parts(statements: list[Statement]) -> tuple[list[Statement], set[int]]:
    """Every statement, components included, and the ids of those that are components."""
    parts = {id(part) for statement in statements for part in _flatten(statement.components)}
    return _flatten(statements), parts


def _heads(flat: list[Statement], parts: set[int]) -> Iterator[tuple[int, Statement]]:
    """Each statement of ``flat``, with its index, that is no component and has no whole."""
    for index, statement in enumerate(flat):
        if id(statement) not in parts and statement.whole is None:
            yield index, statement


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
    flat, parts = _flat_and_parts(statements)
    findings: list[Finding] = []
    for index, statement in _heads(flat, parts):
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


def _bases_bracketed(
    statements: list[Statement], given: Mapping[str, Statement], about: Fraction
) -> list[Finding]:
    """A base said in brackets after more words, as a statement of its own.

    "bằng 59,9% so với mục tiêu Đề án …, giai đoạn 2021-2025 (mục tiêu thu
    hút khoảng 50.000 tỷ đồng)". The statement right after the ratio's, in
    its sentence, in brackets (its words end with ")" and open none), whose
    subject opens with the first two words of the base ("mục tiêu"), in
    units that compare, neither a percent nor made of others. Base words
    named exactly elsewhere are checked there.
    """
    named = _named(statements)
    flat = _flatten(statements)
    findings: list[Finding] = []
    for statement, after in itertools.pairwise(flat):
        text = after.text.rstrip(" .;,")
        if _opens_sentence(after) or not text.endswith(")") or "(" in text:
            continue
        opening = _words(after.subject).split()[:2]
        for ratio, words in _base_words(statement):
            if words in given or words in named or len(opening) < 2:  # noqa: PLR2004
                continue
            if (
                words.split()[:2] == opening
                and after.relation is None
                and not after.components
                and not _is_percent(after)
                and _factor(statement, after) is not None
            ):
                findings.extend(_base_finding(statement, ratio, after, about))
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
    flat, parts = _flat_and_parts(statements)
    findings: list[Finding] = []
    for index, statement in _heads(flat, parts):
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


def _signed_value(statement: Statement, about: Fraction) -> Interval:
    """A statement's figure as a signed interval: "giảm 2,1%" is about −2,1."""
    value = _value_interval(statement, about)
    return value.negated() if _NEGATIVE_BEFORE.search(_before_figure(statement)) else value
