"""Relations across sentences: trade sides, averages, shares, contributions and restated figures."""

from __future__ import annotations

import itertools
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final, final

import attrs

from dongdang.auditing._figures import (
    _BOTH_SIDES,
    _CENTRALLY_MANAGED,
    _DEFICIT,
    _EXPORTS,
    _IMPORTS,
    _LOCALLY_MANAGED,
    _STATE_CAPITAL,
    _addable,
    _factor,
    _finding,
    _is_percent,
    _is_rank,
    _opens_sentence,
    _sum,
    _trade_side,
    _unit_factor,
    _value_interval,
    _words,
)
from dongdang.auditing._findings import Finding, FindingKind, Severity
from dongdang.auditing._growths import (
    _growth_agrees,
    _growth_interval,
    _growths,
    _quotient,
    _signed,
)
from dongdang.auditing._ratios import (
    _BASE_REACH,
    _base_words,
    _before_figure,
    _flatten,
    _same_period,
    _signed_value,
    _syllables,
)
from dongdang.auditing._sums import _components_sum
from dongdang.intervals import Interval, interval_of
from dongdang.statements import Comparison, ComparisonKind, Relation, Statement

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dongdang.periods import Period


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
    summary = False
    if _BOTH_SIDES.search(subject) is not None:
        sides = _trade_sides(statements, index, trade)
    else:
        sides = _named_parts(statements, index, parents)
        if sides is None:
            sides, summary = _parts_before(statements, index, parents)
    if sides is None or any(_factor(side, turnover) is None for side in sides):
        return []
    whole = attrs.evolve(turnover, components=tuple(sides))
    findings = [*_components_sum(whole, about), *_growth_agrees(whole, about)]
    if summary:  # "Như vậy" sums them up: a sum below the total is as wrong as one above
        findings = [attrs.evolve(f, severity=Severity.INCONSISTENT) for f in findings]
    return [attrs.evolve(f, statements=(turnover, *f.statements[1:])) for f in findings]


# a sentence that sums up the figures before it: "Như vậy, … đã đón 313 khách"
_SUMMING_UP: Final = re.compile(r"^như vậy(?!\w)")
# words of a stock or a difference, not a sum: "Như vậy, còn 6 dự án", "giải thể 3 doanh nghiệp"
_NOT_A_SUM: Final = re.compile(
    r"(?<!\w)(?:còn|giảm|giải thể|thu hồi|chấm dứt|tạm ngừng|ngừng|rút|đầu năm|cuối năm)(?!\w)"
)
# a total named so before what it totals: "Tổng số vốn đăng ký vào nền kinh tế"
_TOTAL_OF: Final = re.compile(r"^tổng (\w+(?: \w+){0,2})")


def _parts_before(
    statements: list[Statement], index: int, nested: Mapping[int, Statement]
) -> tuple[list[Statement] | None, bool]:
    """The parts said before a total that sums them up, and whether they are all of it.

    "Số vốn đăng ký của doanh nghiệp thành lập là 247.384 tỷ đồng … Số vốn
    đăng ký tăng thêm … là 621.542 tỷ đồng … Tổng số vốn đăng ký vào nền kinh
    tế là 868.926 tỷ đồng": a total whose subject opens with "tổng" and the
    words after it ("số vốn đăng ký"), the statements among the few before it
    whose subject holds those words. "Như vậy, … đã đón 313 khách" sums up the
    counts of its noun said before it ("có 143 khách … đã có thêm 170
    khách"): all of it. Each part is of the total's period (or names none),
    no part of another figure, no percent, relation or average, in units
    that add up; at least two of them. (None, False) otherwise.
    """
    total = statements[index]
    text = _words(total.text)
    summary = _SUMMING_UP.match(text) is not None and total.noun is not None
    named = _TOTAL_OF.match(_words(total.subject))
    if not (summary or named) or total.components or total.relation is not None:
        return None, False
    found = [
        s
        for s in statements[max(0, index - _BASE_REACH) : index]
        if id(s) not in nested
        and not s.components
        and s.relation is None
        and not _is_percent(s)
        and _MEAN.search(_words(s.subject)) is None
        and _same_period(s, total)
        and _factor(s, total) is not None
        and (
            (named is not None and f" {named.group(1)} " in f" {_words(s.subject)} ")
            or (summary and s.noun == total.noun)
        )
    ]
    if len(found) < 2:  # noqa: PLR2004 - a sum of two parts at least
        return None, False
    if summary and any(_NOT_A_SUM.search(_words(s.text)) for s in (*found, total)):
        return None, False  # "còn", "giải thể": a difference or a stock, not a sum
    return found, summary


# A total and the parts it is split into, when each is named once in the document:
# a budget revenue and its domestic and import–export revenues; an investment
# capital and its sources, or its domestic and FDI sectors. Not all of the total
# (oil, grants; other sources): the parts may add up to less, never to more; but the
# state-budget capital by who manages it is all of it (``_whole_by_definition``).
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
    (  # the same capital in two: the domestic sector (state and non-state) and the FDI one
        re.compile(r"(?<!\w)vốn đầu tư(?!\w)"),
        (
            re.compile(r"(?<!\w)khu vực (?:kinh tế )?trong nước(?!\w)"),
            re.compile(r"(?<!\w)khu vực (?:có )?vốn đầu tư (?:trực tiếp )?nước ngoài(?!\w)"),
        ),
    ),
    (_STATE_CAPITAL, (_CENTRALLY_MANAGED, _LOCALLY_MANAGED)),  # by who manages it
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
        if len(parts) >= 2:  # noqa: PLR2004 - a split has two parts
            return parts
    return None


@final
class _Trade:
    """A document's export and import figures by period, looked up in constant time."""

    def __init__(
        self, statements: list[Statement], parents: Mapping[int, Statement] | None = None
    ) -> None:
        """Index the sides by period, and the period of the total each part is of."""
        self.sides: dict[bool, dict[Period | None, list[Statement]]] = {True: {}, False: {}}
        self.totals: dict[int, Period] = {}  # a side's total's period ("Trong đó, kim ngạch XK")
        for statement in statements:
            parent = (parents or {}).get(id(statement))
            if parent is not None and parent.period is not None:
                self.totals[id(statement)] = parent.period
            for exports, words, other in ((True, _EXPORTS, _IMPORTS), (False, _IMPORTS, _EXPORTS)):
                if _trade_side(statement, words, other):
                    self.sides[exports].setdefault(statement.period, []).append(statement)
        self.counts = {
            exports: sum(map(len, by_period.values())) for exports, by_period in self.sides.items()
        }

    def only(self, *, exports: bool, of: Statement) -> Statement | None:
        """The document's only export (or import) figure of ``of``'s period, or None.

        Of the period: the same, or either names none; a side of no period
        that is a part of a total of another period is not of ``of``'s.
        """
        by_period = self.sides[exports]
        if of.period is None:
            if self.counts[exports] != 1:
                return None
            return next(iter(by_period.values()))[0]
        undated = [
            side
            for side in by_period.get(None, [])
            if self.totals.get(id(side), of.period) == of.period
        ]
        dated = by_period.get(of.period, [])
        return (undated or dated)[0] if len(undated) + len(dated) == 1 else None


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
    average (the nearest such pair), of one named period or both of none,
    the average's when it names one: a count of the noun after "bình quân
    một/mỗi", an amount of the kind of the average whose subject names the
    words before "bình quân". An amount of no period right after a count of
    one is of the count's ("Trong 02 tháng, cả nước có 15.979 doanh nghiệp …
    Số vốn đăng ký … là 247.384 tỷ đồng").
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
            # named alike, both unnamed, or the amount said after a dated count
            or total.period not in (count.period, None)
            or (total.period is None and count.period is not None and count is not first)
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


def _per_noun_agrees(statements: list[Statement], index: int, about: Fraction) -> list[Finding]:
    """An average per a noun: "bình quân 2,99 con/hộ" is the count of "con" over that of "hộ".

    The average is a figure of noun "X/Y" whose subject says "bình quân" or
    "trung bình"; the counts are the nearest statement of noun X and the
    nearest of noun Y before it, in its sentence and the two before, of its
    period ("tổng số hộ chăn nuôi là 41.944 hộ với 125.494 con"). Counts are exact.
    """
    average = statements[index]
    noun = average.noun or ""
    top, _, bottom = (_words(side) for side in noun.partition("/"))
    if not (top and bottom) or _MEAN.search(_words(average.subject)) is None:
        return []
    nearby = statements[_sentence_before(statements, index) : index]
    counts = [
        next(
            (
                s
                for s in reversed(nearby)
                if s.noun is not None
                and _words(s.noun) == wanted
                and s.value.unit is None
                and s.relation is None
                and _same_period(s, average)
            ),
            None,
        )
        for wanted in (top, bottom)
    ]
    top_count, bottom_count = counts
    if top_count is None or bottom_count is None:
        return []
    allowed = _quotient(_value_interval(top_count, about), _value_interval(bottom_count, about))
    printed = interval_of(average.value)  # the average is no count: it is rounded
    if allowed is None or allowed.meets(printed):
        return []
    return [
        _finding(
            FindingKind.AVERAGE_DISAGREES,
            (average, top_count, bottom_count),
            allowed,
            average.value,
            printed,
        )
    ]


# "…, chiếm 63% tổng giá trị …": a share of the total the figure before it is part of
# ("chiếm tỷ trọng 86%", "chiếm tỷ lệ 40%" say the same)
_SHARE: Final = frozenset({"chiếm", "chiếm tỷ trọng", "chiếm tỷ lệ"})
# a share of the country's total is not a share of a province's
_WIDER: Final = re.compile(r"(?<!\w)(?:cả nước|toàn quốc)(?!\w)")


def _share_agrees(
    statements: list[Statement], index: int, parents: Mapping[int, Statement], about: Fraction
) -> list[Finding]:
    """A share: "trong đó A đạt 9.550 tỷ đồng, chiếm 63% tổng …" is A over A's total.

    The share is a percent whose subject is "chiếm" alone, right after a part
    of a total ("trong đó") in the text (not after the last part of a total
    whose parts were linked from the sentences after it); the words after the
    percent name no other base: none, or "tổng …" (the country's total only
    when the total's subject names the country).
    """
    share = statements[index]
    if index == 0 or not _is_percent(share) or _words(share.subject) not in _SHARE:
        return []
    part = statements[index - 1]
    total = parents.get(id(part))
    if total is None or _is_percent(part) or part.span[0] > share.span[0]:
        return []  # the last part listed of a total that comes before it in the text is not it
    after = _after_share(share)
    wider = _WIDER.search(after) is not None and _WIDER.search(_words(total.subject)) is None
    factor = _factor(part, total)
    after = re.sub(r"^(?:trong|của)\s+(?=tổng)", "", after)  # "chiếm 99,26% trong tổng thu"
    named = not after or after.startswith("tổng") or _names_area(after, total)
    if not named or wider or factor is None:
        return []
    ratio = _quotient(_value_interval(part, about).scaled(factor), _value_interval(total, about))
    if ratio is None:
        return []
    allowed = ratio.scaled(Fraction(100))
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
    its subject says "tổng", or the share's words name it: "cả nước có 15.979
    doanh nghiệp … 6.409 doanh nghiệp (chiếm 40,1% tổng số doanh nghiệp … của
    cả nước)"), in units that add up (a kind of what it counts: "33.755 hộ
    chăn nuôi" of "41.944 hộ"), of the same period, no percent and made of no
    others. A share with no words of its own right after such a share, in its
    sentence ("… và 5.078 doanh nghiệp (chiếm 31,8%)"), is of the same total.
    """
    linked = dict(parents)
    tops: list[Statement] = []  # the statements before, no part of another
    last: tuple[int, Statement] | None = None  # the share linked last, and its total
    for index in range(1, len(flat)):
        share, part = flat[index], flat[index - 1]
        if id(part) not in parents:
            tops.append(part)
        if _words(share.subject) not in _SHARE or id(part) in parents or _is_percent(part):
            continue
        after = _after_share(share)
        candidates = [
            t
            for t in reversed(tops[-1 - _BASE_REACH : -1])
            if t.components or _TOTAL.search(_words(t.subject)) or _names_total(after, t)
        ]
        if last is not None and last[0] == index - 2 and not after and not _opens_sentence(part):
            candidates = [last[1]]  # "A (chiếm x% tổng …) và B (chiếm y%)": the same total
        total = next(
            (
                t
                for t in candidates
                if t.relation is None
                and not _is_percent(t)
                and _same_period(t, part)
                and _factor(part, t) is not None
            ),
            None,
        )
        if total is not None:
            linked[id(part)] = total
            last = (index, total)
    return linked


def _names_area(after: str, total: Statement) -> bool:
    """Whether a share's words name an area by the words of its subject.

    "… 1.830,1 nghìn ha lúa, chiếm 95,5% diện tích gieo cấy" of "cả nước gieo
    cấy được 1.915,6 nghìn ha": "diện tích" and words of the total's subject,
    to the end of the clause ("… và bằng 100,3% cùng kỳ" is another comparison).
    """
    words = re.split(r",|;|\(|(?<!\w)(?:và|bằng)(?!\w)", after, maxsplit=1)[0].split()
    return (
        (total.value.unit or "").endswith("hectare")
        and words[:2] == ["diện", "tích"]
        and len(words) > 2  # noqa: PLR2004 - "diện tích" and a word of what
        and _syllables(" ".join(words[2:])) <= _syllables(total.subject)
    )


def _after_share(share: Statement) -> str:
    """The words of a share after its percent: "tổng số doanh nghiệp … của cả nước".

    To the end of its clause: "chiếm tỷ trọng 86%, tăng 30,37%" names no base.
    """
    after = _words(share.text).partition("%")[2]
    return re.split(r"[,;]\s", after, maxsplit=1)[0].strip(" .;,()")


def _names_total(after: str, total: Statement) -> bool:
    """Whether a share's words name a total by its noun and its subject ("… của cả nước")."""
    named = _syllables(after)
    return (
        after.startswith("tổng")
        and total.noun is not None
        and bool(_syllables(total.subject))
        and _syllables(f"{total.subject} {total.noun}") <= named
    )


# a total by its words: "tổng số hộ chăn nuôi", "tổng kim ngạch"
_TOTAL: Final = re.compile(r"(?<!\w)tổng(?!\w)")


def _relations_agree(statements: list[Statement], about: Fraction) -> list[Finding]:
    """Balances and subtractions, each found among the document's statements."""
    flat = _flatten(statements)
    nested = {id(part): whole for whole in flat for part in whole.components}
    parents = _earlier_totals(flat, nested)
    trade = _Trade(flat, nested)
    findings: list[Finding] = []
    for index, statement in enumerate(flat):
        findings += _share_agrees(flat, index, parents, about)
        if statement.relation is Relation.BALANCE:
            findings += _balance_agrees(flat, index, about, trade)
        elif statement.relation in (Relation.EXCLUDING, Relation.INCLUDING):
            findings += _excluding_agrees(flat, index, about)
        else:
            findings += _average_agrees(flat, index, about)
            findings += _per_noun_agrees(flat, index, about)
            findings += _turnover_agrees(flat, index, about, trade=trade, parents=nested)
            findings += _previous_side_agrees(flat, index, about, trade)
    return findings


def _previous_side_agrees(
    statements: list[Statement], index: int, about: Fraction, trade: _Trade
) -> list[Finding]:
    """A side's growth on a year whose side is printed nowhere: the turnover less the other.

    "Năm 2015 … giá trị nhập khẩu hàng hóa ước đạt 383 triệu USD, gần bằng 102%
    cùng kỳ. … Năm 2014, tổng kim ngạch xuất nhập khẩu của tỉnh đạt 682 triệu
    USD, trong đó xuất khẩu hàng hóa đạt 415,4 triệu USD": the imports of 2014
    are 682 − 415,4. Checked when the growth (or ratio to a year before) names
    the period it is on, the document prints no figure of that side for it, and
    its only turnover and its only figure of the other side of that period.
    """
    side = statements[index]
    exports = _trade_side(side, _EXPORTS, _IMPORTS)
    if not exports and not _trade_side(side, _IMPORTS, _EXPORTS):
        return []
    findings: list[Finding] = []
    for stated in side.comparisons:
        ratio = stated.kind is ComparisonKind.RATIO and stated.base_value is None
        if stated.base_period is None or not (ratio or stated.kind is ComparisonKind.GROWTH):
            continue
        then = attrs.evolve(side, period=stated.base_period)
        other = trade.only(exports=not exports, of=then)
        turnovers = [
            s
            for s in statements
            if _BOTH_SIDES.search(_words(s.subject)) is not None
            and s.relation is None
            and not _is_percent(s)
            and s.period == stated.base_period
        ]
        if trade.only(exports=exports, of=then) is not None or other is None or len(turnovers) != 1:
            continue
        factors = (_factor(other, side), _factor(turnovers[0], side))
        if factors[0] is None or factors[1] is None:
            continue
        previous = _value_interval(turnovers[0], about).scaled(factors[1]) - _value_interval(
            other, about
        ).scaled(factors[0])
        quotient = _quotient(_value_interval(side, about), previous)
        if quotient is None:
            continue
        shift = 0 if ratio else 1  # a ratio of 102 %, a growth of 2 %
        allowed = Interval(
            low=None if quotient.low is None else (quotient.low - shift) * 100,
            high=None if quotient.high is None else (quotient.high - shift) * 100,
        )
        printed = interval_of(stated.value) if ratio else _signed(stated)
        if not allowed.meets(printed):
            kind = FindingKind.RATIO_DISAGREES if ratio else FindingKind.CHANGE_DISAGREES
            findings.append(
                _finding(kind, (side, turnovers[0], other), allowed, stated.value, printed)
            )
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


def _same_ranking(first: Statement, second: Statement) -> bool:
    """Whether two ranks rank one subject among the same: "PCI … thứ 31/63 tỉnh", "… 29/63 tỉnh"."""
    among = [None if s.among is None else s.among.value for s in (first, second)]
    nouns = [_words(s.noun or "") for s in (first, second)]
    return (
        _words(first.subject) == _words(second.subject)
        and nouns[0] == nouns[1]
        and among[0] == among[1]
    )


def _ranks_agree(statements: list[Statement]) -> list[Finding]:
    """A change of rank goes from the rank of the period compared with to the rank it follows.

    "PCI năm 2021 xếp thứ 31/63 tỉnh. … PCI năm 2022 xếp thứ 29/63 tỉnh, tăng 02
    bậc so với năm 2021": a rank with a change of rank on a period, and exactly
    one rank of that period with the same subject (named), ranked among the same
    noun and number; up is a smaller number (31 less 2). Ranks and their changes
    are whole numbers, exact: the rank must be exactly the one they give.
    """
    ranks = [s for s in statements if _is_rank(s) and _words(s.subject) and s.qualifier is None]
    findings: list[Finding] = []
    for rank in ranks:
        for change in rank.comparisons:
            if change.kind is not ComparisonKind.RANK_CHANGE or change.base_period is None:
                continue
            earlier = [
                other
                for other in ranks
                if other.period == change.base_period and _same_ranking(other, rank)
            ]
            if len(earlier) != 1 or change.value.qualifier is not None:
                continue
            moved = -change.value.value if change.decrease else change.value.value
            given = Fraction(earlier[0].value.value - moved)
            if given == rank.value.value:
                continue
            findings.append(
                Finding(
                    severity=Severity.INCONSISTENT,
                    kind=FindingKind.RANK_DISAGREES,
                    statements=(rank, earlier[0]),
                    allowed=Interval(low=given, high=given),
                    stated=rank.value,
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
    findings += _ranks_agree(flat)
    return findings
