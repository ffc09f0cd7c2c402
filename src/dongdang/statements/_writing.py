"""Writing statements back as sentences an official would print."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from dongdang._messages import message
from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidTypeError
from dongdang.statements._values import Comparison, ComparisonKind, Relation, Statement
from dongdang.statements._vocabulary import (
    _SAME_PERIOD,
    _WRITE_KEYWORD,
    _period_phrase,
)
from dongdang.text import LIMIT_WORDS, Figure, Qualifier, format_amount, format_number

if TYPE_CHECKING:
    from dongdang.periods import Language

# -- writing ------------------------------------------------------------------------


def _number(figure: Figure, lang: Language) -> str:
    return format_number(figure.value, lang, figure.decimals)


def _unit_words(figure: Figure, lang: Language) -> str:
    if figure.unit is None:
        return ""
    if figure.unit == "percentage_point":
        return "điểm phần trăm" if lang == "vi" else "percentage points"
    return format_amount(figure.quantity, figure.unit, lang).split(" ", 1)[1]


def _write_qualifier(figure: Figure, lang: Language) -> str:
    """The word before a figure: a limit as it was read ("không quá", English "at most")."""
    qualifier = figure.qualifier
    if qualifier is None:
        return ""
    if _limit(figure):
        word = str(figure.qualifier_word).lower()
        as_read = lang == "vi" and not word.isascii()  # a Vietnamese word, kept as read
        return (word if as_read else message(f"limit.{qualifier.value}", lang)) + " "
    if lang == "en" and qualifier is Qualifier.ESTIMATE:
        return "an estimated "  # "reached an estimated 95%", "up an estimated 7.1%"
    return message(f"qualifier.{qualifier.value}", lang) + " "


def _limit(figure: Figure) -> bool:
    """Whether a figure is a limit: "tối thiểu 37.000 tỉ đồng", "không quá 5%"."""
    word = figure.qualifier_word
    return word is not None and word.lower() in LIMIT_WORDS


def _ahead(figure: Figure, lang: Language) -> bool:
    """Whether the figure's qualifier is written before the verb: "ước đạt", "ước tăng 7,1%"."""
    return lang == "vi" and figure.qualifier is Qualifier.ESTIMATE


def _write_figure(statement: Statement, lang: Language, *, ahead: bool = False) -> str:
    """The figure of a statement, its qualifier in front unless ``ahead`` wrote it already."""
    value = statement.value
    qualifier = "" if ahead else _write_qualifier(value, lang)
    if value.unit == "percent":
        written = f"{qualifier}{_number(value, lang)}%"
        if statement.base is not None:
            written += f" {statement.base}" if lang == "vi" else f" of {statement.base}"
        return written
    number = _number(value, lang)
    if statement.whole is not None:
        number += "/" + _number(statement.whole, lang)
    if statement.upper is not None:
        number += " - " + _number(statement.upper, lang)
    words = " ".join(filter(None, (_unit_words(value, lang), statement.noun)))
    written = f"{qualifier}{number} {words}".rstrip()
    if statement.per is not None:
        written += f"/{_number(statement.per, lang)} {_unit_words(statement.per, lang)}"
    return written


def _ordinal(figure: Figure, lang: Language) -> str:
    """A rank's number as written, without grouping: "thứ 4" ("4th" in English)."""
    number = format(figure.value, "f")
    if lang == "vi":
        return f"thứ {number}"
    teen = number[-2:-1] == "1"
    suffix = "th" if teen else {"1": "st", "2": "nd", "3": "rd"}.get(number[-1], "th")
    return number + suffix


def _write_rank(statement: Statement, lang: Language) -> str:
    """A rank: "xếp thứ 4/14 tỉnh", "xếp thứ 4 cả nước" ("ranked 4th of 14 tỉnh")."""
    among = statement.among
    if lang == "vi":  # "lớn thứ 2 cả nước" keeps its adjective
        written = f"{statement.superlative or 'xếp'} {_ordinal(statement.value, lang)}"
        written += "" if among is None else "/" + format(among.value, "f")
        return f"{written} {statement.noun or ''}".rstrip()
    written = "ranked " + _ordinal(statement.value, lang)
    written += "" if among is None else " of " + format(among.value, "f")
    if statement.noun is not None:
        written += f" {statement.noun}" if among is not None else f" in {statement.noun}"
    return written


def _write_base(comparison: Comparison, lang: Language) -> str:
    base = comparison.base
    if base is None:
        if comparison.base_period is None:
            return ""
        label = comparison.base_period.label(lang)
        return f" so với {label}" if lang == "vi" else f" on {label}"
    same = _SAME_PERIOD["vi"].fullmatch(base)
    changes = (ComparisonKind.GROWTH, ComparisonKind.CHANGE, ComparisonKind.RANK_CHANGE)
    if lang == "vi":
        lead = " so với " if comparison.kind in changes else " "
        return lead + base
    # "4.2 times the same period of the previous year": a multiple takes no preposition
    multiple = comparison.kind is ComparisonKind.MULTIPLE
    if same is None:
        preposition = dict.fromkeys(changes, "on") | {ComparisonKind.RATIO: "of"}
        return f" {base}" if multiple else f" {preposition.get(comparison.kind, 'of')} {base}"
    year = same.group(1) or "the previous year"
    return f" {'' if multiple else 'on '}the same period of {year}"


def _write_base_value(comparison: Comparison, lang: Language) -> str:
    figure = comparison.base_value
    if figure is None:
        return ""
    return f" ({_write_qualifier(figure, lang)}{_number(figure, lang)} {_unit_words(figure, lang)})"


def _write_comparison(comparison: Comparison, lang: Language, noun: str | None = None) -> str:
    """A comparison as a report writes it; a change in a count names the count's ``noun``."""
    value = comparison.value
    ahead = _ahead(value, lang)
    number = ("" if ahead else _write_qualifier(value, lang)) + _number(value, lang)
    if comparison.kind is ComparisonKind.MULTIPLE:
        head = f"gấp {number} lần" if lang == "vi" else f"{number} times"
    elif comparison.kind is ComparisonKind.RANK_CHANGE:  # "tăng 2 bậc", "up 2 places"
        word = _WRITE_KEYWORD[lang][ComparisonKind.GROWTH, comparison.decrease]
        places = format(value.value, "f")
        unit = "bậc" if lang == "vi" else "place" if value.value == 1 else "places"
        head = f"{word} {places} {unit}"
    elif comparison.kind in (ComparisonKind.CHANGE, ComparisonKind.POINTS):
        word = _WRITE_KEYWORD[lang][ComparisonKind.GROWTH, comparison.decrease]
        if comparison.upper is not None:  # "tăng 10 - 15 nghìn đồng/kg"
            number += " - " + _number(comparison.upper, lang)
        counted = noun if value.unit is None else None  # "tăng 148 doanh nghiệp"
        head = f"{word} {number} {_unit_words(value, lang) or counted or ''}".rstrip()
    else:
        word = _WRITE_KEYWORD[lang][comparison.kind, comparison.decrease]
        head = f"{word} {number}%"
    if ahead:
        head = f"{_write_qualifier(value, lang)}{head}"
    return head + _write_base(comparison, lang) + _write_base_value(comparison, lang)


_FIRST_NUMBER: Final = re.compile(r"\d[\d.,]*")
#: The verbs a report writes between a subject and its figure that are written back as read.
_VERBS: Final = frozenset({"có", "là", "đạt", "được", "đạt được", "thu được"})


def _verb(statement: Statement) -> str:
    """The Vietnamese verb before a statement's figure, as its report wrote it.

    "Toàn tỉnh có 519 doanh nghiệp": "có"; "HĐND tỉnh đã thông qua 25 nghị
    quyết": none (the subject ends with its verb); otherwise, and for a
    statement not read from a report, "đạt".
    """
    value = statement.value
    number = _FIRST_NUMBER.search(value.text)
    at = -1 if number is None else statement.text.find(number.group())
    before = statement.text[: max(at, 0)].lower().split()
    word = (value.qualifier_word or "").lower().split()  # "đạt trên 344,8": "trên" is the figure's
    if word and before[-len(word) :] == word:
        before = before[: -len(word)]
    subject = statement.subject.lower().split()
    if not subject or not before:
        return "đạt"
    for between in range(3):  # the subject, then up to two words of a verb
        end = len(before) - between
        if before[end - len(subject) : end] == subject:
            verb = " ".join(before[end:])
            if not verb:
                return ""
            return verb if verb in _VERBS else "đạt"
    return "đạt"


def _head(
    statement: Statement, lang: Language, *, period: bool
) -> tuple[str, tuple[Statement, ...]]:
    """A statement's own words (its figure, its comparisons), and the components still to list."""
    subject = statement.subject
    if period and statement.period is not None:
        subject = f"{subject} {_period_phrase(statement.period, lang)}".strip()
    verb = _verb(statement) if lang == "vi" else "was" if _limit(statement.value) else "reached"
    if statement.compared is not None:
        compared = _write_comparison(statement.compared, lang)
        if lang == "en" and statement.compared.kind is ComparisonKind.MULTIPLE:
            compared = "was " + compared  # "was 4.2 times the same period of …"
        parts = [f"{subject} {compared}".strip()]
    elif statement.value.unit == "rank":  # "xếp thứ 4/14 tỉnh"
        parts = [f"{subject} {_write_rank(statement, lang)}".strip()]
    elif _ahead(statement.value, lang):  # "ước đạt 5.200 tỷ đồng"
        figure = _write_figure(statement, lang, ahead=True)
        parts = [f"{subject} {_write_qualifier(statement.value, lang)}đạt {figure}".strip()]
    elif _limit(statement.value) and lang == "vi" and statement.base is None:
        # "vốn điều lệ tối thiểu 37.000 tỷ đồng"; "đạt tối thiểu 30% tổng chi" keeps its verb
        parts = [f"{subject} {_write_figure(statement, lang)}".strip()]
    else:
        parts = [" ".join(filter(None, (subject, verb, _write_figure(statement, lang))))]
    parts.extend(_write_comparison(c, lang, statement.noun) for c in statement.comparisons)
    written = ", ".join(parts)
    components = statement.components
    if statement.relation is Relation.EXCLUDING and components and lang == "vi":
        # "Không tính 2.000 tỷ đồng thì thu nội địa đạt 8.000 tỷ đồng"
        written = f"không tính {_write_figure(components[0], lang)} thì {written}"
        components = components[1:]
    elif statement.relation is Relation.INCLUDING and components and lang == "vi":
        # "Nếu tính cả 1.893,4 nghìn tỷ đồng thì tổng vốn đạt 3.327,8 nghìn tỷ đồng"
        written = f"nếu tính cả {_write_figure(components[0], lang)} thì {written}"
        components = components[1:]
    return written, components


def _clause(statement: Statement, lang: Language, *, period: bool) -> str:
    """A statement and its components, "…, trong đó <part>; <part>", nested parts inside.

    Written with a stack, not recursion: chains of "trong đó" may nest
    thousands deep.
    """
    lead = ", trong đó " if lang == "vi" else ", of which "
    pieces: list[str] = []
    stack: list[Statement | str] = [statement]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        written, components = _head(item, lang, period=period and item is statement)
        pieces.append(written)
        for position in range(len(components) - 1, -1, -1):
            stack.append(components[position])
            stack.append("; " if position else lead)
    return "".join(pieces)


def describe(statement: Statement, lang: Language = "vi") -> str:
    """Write a statement as a report sentence.

    Vietnamese: "<Subject> <period> đạt <figure>, tăng X% so với cùng kỳ năm
    YYYY, trong đó <part> đạt <figure>, …; <part> đạt …"; a percent statement
    writes its base after the percent ("Tỷ lệ giải ngân đạt 41% kế hoạch vốn",
    "… reached 41% of kế hoạch vốn"); a rank "<Subject> xếp thứ 4/14 tỉnh, tăng 2
    bậc" ("… ranked 4th of 14 tỉnh, up 2 places"), without a qualifier. The verb
    before a figure is the report's own where it is "có", "là", "được", "đạt
    được" or "thu được", none where the subject ends with its verb ("HĐND tỉnh
    đã thông qua 25 nghị quyết"), "đạt" otherwise. English keeps a
    small grammar: "<Subject> in <period> reached <figure>, up X% on the same
    period of YYYY, of which <part> reached …". Subjects, nouns and bases are
    kept in the words they were read in. Numbers keep their printed decimals
    (rounding half up); the units are the figures' own.

    ``parse_statements(describe(s, lang), lang)`` gives back a statement for
    which ``same_figures(s)`` holds, when the components share the period
    of the statement and have no components of their own.

    Raises:
        InvalidTypeError: ``statement`` is not a Statement.
        InvalidValueError: ``lang`` is neither "vi" nor "en".

    >>> from dongdang.statements import parse_statements
    >>> [s] = parse_statements("phí sang tải đạt 44.285 triệu đồng tăng 17,5%")
    >>> describe(s)
    'Phí sang tải đạt 44.285 triệu đồng, tăng 17,5%.'
    """
    if not isinstance(statement, Statement):
        raise InvalidTypeError.of("statement", "a Statement", statement)
    _check_lang(lang)
    sentence = _clause(statement, lang, period=True)
    return sentence[0].upper() + sentence[1:] + "."
