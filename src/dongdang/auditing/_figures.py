"""The figures a statement prints: their units, kinds and the intervals they allow."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final

from dongdang.auditing._findings import Finding, FindingKind, Severity
from dongdang.errors import UnitMismatchError
from dongdang.intervals import Interval, range_interval, truncation_interval
from dongdang.statements import ComparisonKind
from dongdang.text import Figure, Qualifier
from dongdang.units import amount, magnitude_in

if TYPE_CHECKING:
    from dongdang.statements import Statement


def _value_interval(statement: Statement, about: Fraction) -> Interval:
    """The interval of a statement's figure; a range "2.000 - 2.600" spans both ends.

    The qualifier before a range ("khoảng 2.000 - 2.600") applies to the whole range.
    """
    last = statement.value if statement.upper is None else statement.upper
    # a count is exact; a figure per a noun with decimals ("51,50 tạ/ha") is rounded
    exact = statement.noun is not None and not statement.value.decimals
    return range_interval(
        statement.value, last, statement.value.qualifier, exact=exact, about=about
    )


def _unit_factor(
    part: tuple[str | None, str | None], total: tuple[str | None, str | None]
) -> Fraction | None:
    """What one unit of the part is in the total's unit; None when they differ in kind.

    Each side is (unit, noun): ("billion_VND", None), (None, "doanh nghiệp"). A
    rank ("xếp thứ 4/14 tỉnh") compares with nothing: ranks are no amounts, and
    two ranks do not add up.
    """
    if "rank" in (part[0], total[0]):
        return None
    if part == total or _kind_of_noun(part, total):
        return Fraction(1)
    units = (part[0], total[0])
    if None in units or {"percent", "percentage_point"} & set(units):
        return None  # a rate compares with no amount (and points only with points, above)
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
    """What one unit of the part is in the total's unit, or None when they differ in kind.

    Percents and multiples ("tăng gấp 4,2 lần") are of different bases: never alike.
    """
    if "percent" in (part.value.unit, total.value.unit) or _is_multiple(part, total):
        return None
    return _unit_factor(_kind(part), _kind(total))


def _is_percent(statement: Statement) -> bool:
    return statement.value.unit == "percent"


def _is_multiple(*statements: Statement) -> bool:
    """Whether any of the statements is a multiple with no figure of its own ("tăng gấp 3 lần")."""
    return any(
        s.compared is not None and s.compared.kind is ComparisonKind.MULTIPLE for s in statements
    )


def _is_rank(statement: Statement) -> bool:
    """Whether a statement is a rank ("xếp thứ 4/14 tỉnh"): its figure is of unit "rank"."""
    return statement.value.unit == "rank"


def _addable(total: Statement) -> tuple[list[tuple[Statement, Fraction]], list[Statement]]:
    """The parts that add up to the total, with their factor; and those of another kind.

    Shares among the parts ("chiếm 32%"), multiples ("gấp 2 lần") and ranks ("xếp
    thứ 4/14 tỉnh") are neither: they are left out.
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
        elif not (_is_percent(part) or _is_multiple(part) or _is_rank(part)):
            other.append(part)
    return matched, other


# "gồm", "bao gồm" list all the parts; "trong đó" some of them
_ENUMERATION: Final = re.compile(r"(?<!\w)gồm(?!\w)", re.IGNORECASE)
_OF_WHICH: Final = re.compile(r"(?<!\w)trong đó(?!\w)", re.IGNORECASE)
# "trong đó: Phân theo ngành kinh tế: …": a breakdown by a classification lists all its classes
_BREAKDOWN: Final = re.compile(r"(?<!\w)phân theo(?!\w)", re.IGNORECASE)


def _enumerated(total: Statement) -> bool:
    """Whether the parts of a total are listed after "gồm" ("comprising"): all of them.

    Read from the total's words between its figure and its first part:
    "23 hồ sơ (gồm: 22 dự án điện gió, …)", "2.055.725 tỷ đồng, bao gồm: …".
    """
    return _listed_from(total) is not None


def _listed_from(total: Statement) -> int | None:
    """Where in its words the parts listed after "gồm" start; None for other parts.

    Parts after "phân theo" ("trong đó: Phân theo ngành kinh tế: …") are a
    breakdown by a classification: all of the total too.
    """
    if not total.components:
        return None
    text, figure = total.text, total.value.text
    start = text.find(figure)
    end = text.find(total.components[0].value.text, start + len(figure))
    if start < 0 or end < 0:
        return None
    between = text[start + len(figure) : end]
    if _BREAKDOWN.search(between) is not None:
        return end
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


def _words(text: str) -> str:
    return " ".join(text.lower().split())


# one side of trade, by the subject's words ("kim ngạch nhập khẩu hàng hóa", "kim ngạch
# XK"); the customs' half-month reports give such figures the period of their total
# ("tính đến hết ngày 15-5-2016, … Trong đó, kim ngạch XK …"), and their half months
# ("kỳ 1 tháng 5-2016") are periods of their own
_EXPORTS: Final = re.compile(r"(?<!\w)(?:xuất khẩu|xk)(?!\w)")
_IMPORTS: Final = re.compile(r"(?<!\w)(?:nhập khẩu|nk)(?!\w)")
# both sides in one subject: "xuất nhập khẩu", "xuất, nhập khẩu", "xuất và nhập khẩu", "XNK"
_BOTH_SIDES: Final = re.compile(r"(?<!\w)(?:xuất(?:\s*[,\-–/]\s*|\s+và\s+|\s+)nhập khẩu|xnk)(?!\w)")
# a balance that is imports − exports: "nhập siêu", "cán cân … thâm hụt"
_DEFICIT: Final = re.compile(r"(?<!\w)(?:nhập siêu|thâm hụt)(?!\w)")
# the state-budget capital spent ("vốn đầu tư thuộc nguồn vốn ngân sách nhà nước"), named
# so from its subject's start (not "kế hoạch vốn ngân sách", a plan), and its two parts by
# who manages it: all of it, by the definition of the budget's levels
_STATE_CAPITAL: Final = re.compile(
    r"^(?:tổng )?(?:số )?vốn(?: đầu tư)?(?: (?:thực hiện|thuộc|từ))?(?: nguồn)?(?: vốn)? "
    r"ngân sách(?!\w)(?!.*(?<!\w)(?:kế hoạch|dự toán|chỉ tiêu|giao(?! thông))(?!\w))"
)
# a part that is the whole level ("vốn do địa phương quản lý"), not a share of it ("riêng
# vốn địa phương quản lý cho giáo dục")
_CENTRALLY_MANAGED: Final = re.compile(r"^(?:vốn )?(?:do )?trung ương quản lý$")
_LOCALLY_MANAGED: Final = re.compile(r"^(?:vốn )?(?:do )?địa phương quản lý$")


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

    Parts listed after "gồm" or "phân theo" are all of it, when every number printed among
    them was read as one of their figures. A turnover ("tổng kim ngạch xuất
    nhập khẩu", "kim ngạch XNK") is its exports plus its imports: with one
    export and one import figure as its parts, a sum below the total is as
    wrong as one above it. So is the state-budget capital spent with the capital
    managed by the centre and by the province as its parts.
    """
    listed = _listed_from(total)
    if listed is not None:  # "gồm" lists them all: each read, none of another kind
        return len(matched) == len(total.components) and _fully_read(total, listed)
    subject = _words(total.subject)
    if len(matched) != 2:  # noqa: PLR2004 - two sides, two levels
        return False
    parts = [_words(part.subject) for part, _ in matched]
    if _STATE_CAPITAL.search(subject) is not None:
        return any(_CENTRALLY_MANAGED.search(p) for p in parts) and any(
            _LOCALLY_MANAGED.search(p) for p in parts
        )
    if _BOTH_SIDES.search(subject) is None:
        return False
    sides = [part for part, _ in matched]
    return any(_trade_side(p, _EXPORTS, _IMPORTS) for p in sides) and any(
        _trade_side(p, _IMPORTS, _EXPORTS) for p in sides
    )


def _opens_sentence(statement: Statement) -> bool:
    """Whether a statement's clause opens its sentence: its first letter is a capital."""
    first = next((char for char in statement.text if char.isalpha()), "")
    return first.isupper()
