"""Figure sentences of the zone's reports, read into statements and written back.

A report sentence such as "Thu phí đạt 278.718 triệu đồng, tăng 14,4% so với
cùng kỳ năm 2023" states a figure about something (the *subject*, the words
before the verb), for a period, with comparisons. A sentence may hold several
statements with their own periods: each takes the period phrase written with
it, or the last one before it (a heading), or the report's period given to
:func:`parse_statements`. :func:`parse_statements`
finds those sentences in a text and reads each figure into a
:class:`Statement`; :func:`describe` writes a statement back as a sentence.

What counts as a figure: a number followed by a unit ("278.718 triệu đồng",
"215.385 lượt xe", "95,4 nghìn ha", "3 triệu tấn"), a percent, percentage
points ("1,2 điểm phần trăm"), or a count of any noun ("07 cửa khẩu", "12 quyết
định", "27 KCN", "9/15 xã"; the noun, as written, is kept in ``Statement.noun``
and the figure has no unit; a scaled count "2,6 triệu lượt khách" has the unit
``million_count``). A growth, change or points with no figure of its own
("GRDP ước tăng 7,1%") is a statement of its own (``Statement.compared``). Dates, legal numbers
("01/2019/NQ-HĐND"), years, border markers ("mốc 1088/2 - 1089") and terms of
office are not figures. An amount after "tăng"/"giảm" ("tăng 30 tỷ đồng") is
a change of the figure before it (``ComparisonKind.CHANGE``). A figure the
reader cannot read (a malformed number, units that contradict each other, a
scale word before a unit that is not scaled as in "5 triệu kg", a minus
sign as in "-5 triệu USD", "giảm 2 lần", a reversed range "2.600 - 2.000
xe/ngày", a number beyond 1e±1000) becomes an :class:`Unparsed` with the
reason: it is never guessed.

>>> from dongdang.statements import parse_statements, describe
>>> [fee] = parse_statements(
...     "Thu phí từ ngày 01/01-31/5/2024 đạt 278.718 triệu đồng, "
...     "tăng 14,4% so với cùng kỳ năm 2023."
... )
>>> fee.subject, fee.quantity, fee.period.label()
('thu phí', <Quantity(278718, 'million_VND')>, '5 tháng đầu năm 2024')
>>> growth = fee.comparisons[0]
>>> growth.kind, growth.fraction, growth.base_period.label()
(<ComparisonKind.GROWTH: 'growth'>, Decimal('0.144'), '5 tháng đầu năm 2023')
>>> print(describe(fee, "en"))
Thu phí in the first 5 months of 2024 reached 278,718 million VND, up 14.4% on the same
period of 2023.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import itertools
import re
from typing import TYPE_CHECKING, Any, Final, final

import attrs

from dongdang._decimal import MAX_EXPONENT
from dongdang._frames import FrameColumns
from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidTypeError, InvalidValueError, ParseError
from dongdang.periods import Period
from dongdang.text import (
    QUALIFIER_WORDS,
    Figure,
    Qualifier,
    format_amount,
    format_number,
    normalize_text,
    read_figure,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from decimal import Decimal

    from dongdang.periods import Language
    from dongdang.units import Quantity

__all__ = [
    "COUNT_NOUNS",
    "Comparison",
    "ComparisonKind",
    "Relation",
    "Statement",
    "Statements",
    "Unparsed",
    "describe",
    "parse_statements",
]

#: The nouns counted in reports, as in "07 cửa khẩu", "06 cuộc hội đàm", "2/2 kiến nghị"
#: or "120.000 lượt người" ("lượt xe" and "lượt" alone are the unit ``vehicle_trip``;
#: "lượt" before a noun not listed here counts that noun, never vehicle trips). A
#: noun not listed is read too ("12 quyết định"): the list names the nouns read
#: whatever word follows them.
COUNT_NOUNS: Final = (
    "cặp cửa khẩu",
    "cửa khẩu",
    "nhiệm vụ",
    "thư công tác",
    "công thư",
    "cuộc",
    "đoàn",
    "ý kiến",
    "kiến nghị",
    "KKT",
    "dự án",
    "doanh nghiệp",
    "lượt người",
    "lượt khách",
    "lượt phương tiện",
    "lượt hành khách",
    "lượt công dân",
    "lượt doanh nghiệp",
    "lượt tàu",
    "người",
    "tờ khai",
)


class ComparisonKind(enum.Enum):
    """What a comparison in a figure sentence says.

    ==========  ==========================  ==============================
    member      Vietnamese                  English (as :func:`describe`)
    ==========  ==========================  ==============================
    GROWTH      tăng X% / giảm X%           up X% / down X%
    RATIO       bằng X% <base>              equal to X% of <base>
    ATTAINMENT  đạt X% <base>               reaching X% of <base>
    EXCESS      vượt X% <base>              exceeding by X% <base>
    MULTIPLE    gấp N lần / tăng N lần      N times <base>
    CHANGE      tăng X tỷ đồng / giảm X …   up X billion VND / down X …
    POINTS      tăng X điểm phần trăm       up X percentage points
    ==========  ==========================  ==============================

    A qualifier may stand between the keyword and the number ("tăng trên 5%",
    "gấp hơn 2 lần", "down about 15%", "tăng hơn 30 tỷ đồng"). "Giảm N lần"
    is not read (see :func:`parse_statements`). A CHANGE is by an amount with
    its unit; its base and base period are read as for GROWTH ("tăng 30 tỷ
    đồng so với cùng kỳ").
    """

    GROWTH = "growth"
    RATIO = "ratio"
    ATTAINMENT = "attainment"
    EXCESS = "excess"
    MULTIPLE = "multiple"
    CHANGE = "change"
    POINTS = "points"


class Relation(enum.Enum):
    """How a statement's figure is made of others of its document, when its words say so.

    ==========  ===============================  ===================================
    member      Vietnamese                       meaning
    ==========  ===============================  ===================================
    BALANCE     xuất siêu X / nhập siêu X        exports − imports (nhập siêu:
                                                 imports − exports) of the same period
    EXCLUDING   không tính X thì (đạt) Y         Y = the total − X; X is a component
    INCLUDING   nếu tính cả X thì (là) Y         Y = the total + X; X is a component
    ==========  ===============================  ===================================
    """

    BALANCE = "balance"
    EXCLUDING = "excluding"
    INCLUDING = "including"


def _key(figure: Figure | None) -> tuple[object, ...] | None:
    """What a figure says, whatever text it was read from."""
    if figure is None:
        return None
    return (figure.qualifier, figure.value, figure.decimals, figure.unit)


@final
@attrs.frozen(kw_only=True)
class Comparison:
    """One comparison after a figure: "tăng 14,4% so với cùng kỳ năm 2023".

    Attributes:
        kind: what is compared.
        value: the percent ("14,4%"), for MULTIPLE the multiple ("2,5"), for CHANGE
            the amount ("30 tỷ đồng") as printed, with its qualifier ("tăng trên 5%":
            AT_LEAST).
        decrease: True for "giảm" (a fall): :attr:`fraction` is then negative; for
            CHANGE, the amount fell by ``value``.
        base: the words naming the base ("kế hoạch giao"), or for GROWTH one of
            ``"cùng kỳ"`` (also for "năm trước", "cùng kỳ năm trước", "the previous
            year") and ``"cùng kỳ năm YYYY"``; None for a base named by a period
            alone ("so với năm 2020") or for none at all.
        base_period: the period compared with, when the sentence says which.
        base_value: the base's own figure when the report prints it: in brackets
            after its words ("đạt 108% dự toán (4.000 tỷ đồng)") or in an earlier
            sentence of the same subject and period; None otherwise.
        span: where the comparison stands in the source text.
    """

    kind: ComparisonKind
    value: Figure
    decrease: bool = False
    base: str | None = None
    base_period: Period | None = None
    base_value: Figure | None = None
    span: tuple[int, int] = (0, 0)

    @property
    def fraction(self) -> Decimal:
        """The percent as a fraction (-0.215 for "giảm 21,5%"), or the multiple.

        Raises:
            InvalidValueError: for a CHANGE, whose value is an amount (use
                ``value.quantity`` and ``decrease``).
        """
        number = self.value.value if self.kind is ComparisonKind.MULTIPLE else self.value.fraction
        return -number if self.decrease else number

    def same_figures(self, other: Comparison) -> bool:
        """Whether both say the same, wherever and however they were written."""
        return (
            self.kind,
            self.decrease,
            _key(self.value),
            self.base,
            self.base_period,
            _key(self.base_value),
        ) == (
            other.kind,
            other.decrease,
            _key(other.value),
            other.base,
            other.base_period,
            _key(other.base_value),
        )


@final
@attrs.frozen(kw_only=True, eq=False, repr=False)
class Statement:
    """One figure of a report sentence, with what the sentence says about it.

    Attributes:
        subject: what is measured: the words before the verb ("phí sang tải").
        value: the figure (qualifier, printed value and decimals, unit).
        noun: the noun a count counts ("cặp cửa khẩu"), or None for an amount.
        period: the period written with the statement, or before it in its
            sentence, or the report's (see :func:`parse_statements`); None
            when there is none. Components share their statement's period.
        comparisons: the comparisons that follow the figure.
        components: the parts after "trong đó" ("of which").
        whole: the denominator of "42.119/102.681 triệu đồng" or "06/12 cặp cửa khẩu".
        upper: the upper end of a range "1.100 - 1.350 xe/ngày".
        per: what an amount is for: the trips of "100.751 triệu đồng/215.385 lượt xe".
        base: for a percent that is the figure itself ("giải ngân đạt 41% kế hoạch
            vốn"), the words naming what it is a percent of ("kế hoạch vốn"); None
            when the sentence names none, and for every other figure.
        relation: how the figure is made of others of its document (a balance of
            exports and imports, a total less a part), or None.
        compared: for a statement that states only a comparison of a value the
            text does not give ("GRDP ước tăng 7,1% so với cùng kỳ": GROWTH; "tăng
            30 tỷ đồng": CHANGE; "tăng 1,2 điểm phần trăm": POINTS), that
            comparison; ``value`` is its value. None for every other statement.
        text: the words of the statement: from the start of its subject's clause
            to the first ";" after its last figure, comparison or component, the
            start of the next statement's clause or the end of the sentence,
            whichever comes first (a statement's components stay inside its text),
            without the spaces, ",", ";" and ":" around it.
        span: where the figure stands in the source text.
    """

    subject: str
    value: Figure
    noun: str | None = None
    period: Period | None = None
    comparisons: tuple[Comparison, ...] = ()
    components: tuple[Statement, ...] = ()
    whole: Figure | None = None
    upper: Figure | None = None
    per: Figure | None = None
    base: str | None = None
    relation: Relation | None = None
    compared: Comparison | None = None
    text: str = ""
    span: tuple[int, int] = (0, 0)

    # Equality, hash, repr and pickling without recursion: a chain of "trong đó"
    # clauses may nest statements thousands deep (attrs' own methods recurse).

    def __eq__(self, other: object) -> bool:
        """Whether every field is equal, components included (compared with a stack)."""
        if not isinstance(other, Statement):
            return NotImplemented
        pairs = [(self, other)]
        while pairs:
            first, second = pairs.pop()
            if first is second:
                continue
            if len(first.components) != len(second.components) or _own(first) != _own(second):
                return False
            pairs.extend(zip(first.components, second.components, strict=True))
        return True

    def __hash__(self) -> int:
        """A hash of every field, components included (children hashed before parents)."""
        hashes: dict[int, int] = {}
        for statement in reversed(list(self.walk())):
            parts = tuple(hashes[id(part)] for part in statement.components)
            hashes[id(statement)] = hash((_own(statement), parts))
        return hashes[id(self)]

    def __repr__(self) -> str:
        """As attrs writes it: ``Statement(subject=..., components=(...), ...)``."""
        before = _OWN_FIELDS[: _OWN_FIELDS.index("whole")]
        after = _OWN_FIELDS[len(before) :]
        pieces: list[str] = []
        stack: list[Statement | str] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                pieces.append(item)
                continue
            pieces.append(
                "Statement("
                + "".join(f"{name}={getattr(item, name)!r}, " for name in before)
                + "components=("
            )
            tail = (
                ("," if len(item.components) == 1 else "")
                + "), "
                + ", ".join(f"{name}={getattr(item, name)!r}" for name in after)
                + ")"
            )
            stack.append(tail)
            for position in range(len(item.components) - 1, -1, -1):
                stack.append(item.components[position])
                if position:
                    stack.append(", ")
        return "".join(pieces)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickled flat: each statement's own fields and component count, depth first."""
        return _rebuild, ([(_own(s), len(s.components)) for s in self.walk()],)

    @property
    def qualifier(self) -> Qualifier | None:
        """The qualifier of the figure (AT_LEAST for "trên"), or None."""
        return self.value.qualifier

    @property
    def quantity(self) -> Quantity:
        """The amount as a quantity; a count or a percent has none (InvalidValueError)."""
        return self.value.quantity

    def walk(self) -> Iterator[Statement]:
        """This statement, then its components and theirs, depth first.

        >>> [total] = parse_statements(
        ...     "Tổ chức 08 cuộc, trong đó 05 cuộc chuyên đề; 03 cuộc học tập."
        ... )
        >>> [s.value.text for s in total.walk()]
        ['08', '05', '03']
        """
        # A stack, not recursion: chains of "trong đó" may nest thousands deep.
        stack = [self]
        while stack:
            statement = stack.pop()
            yield statement
            stack.extend(reversed(statement.components))

    def same_figures(self, other: Statement) -> bool:
        """Whether both state the same figures, whatever text and spans they came from.

        Compares subject, value, noun, qualifier, period, comparisons, components,
        whole, upper, per and base: what a round trip through :func:`describe` keeps.
        """
        pairs = [(self, other)]
        while pairs:  # a stack, not recursion: components may nest thousands deep
            first, second = pairs.pop()
            if not _same_own_figures(first, second):
                return False
            pairs.extend(zip(first.components, second.components, strict=True))
        return True


def _same_own_figures(first: Statement, second: Statement) -> bool:
    """:meth:`Statement.same_figures`, components compared by their number only."""
    return (
        (first.subject, _key(first.value), first.noun, first.period, first.base, first.relation)
        == (
            second.subject,
            _key(second.value),
            second.noun,
            second.period,
            second.base,
            second.relation,
        )
        and (first.compared is None) == (second.compared is None)
        and (
            first.compared is None
            or second.compared is None
            or first.compared.same_figures(second.compared)
        )
        and (_key(first.whole), _key(first.upper), _key(first.per))
        == (_key(second.whole), _key(second.upper), _key(second.per))
        and len(first.comparisons) == len(second.comparisons)
        and all(map(Comparison.same_figures, first.comparisons, second.comparisons))
        and len(first.components) == len(second.components)
    )


#: The fields of a statement besides its components, in their order.
_OWN_FIELDS: Final = tuple(
    field.name for field in attrs.fields(Statement) if field.name != "components"
)


def _own(statement: Statement) -> tuple[object, ...]:
    """The values of every field of ``statement`` but ``components``, in the fields' order."""
    return tuple(getattr(statement, name) for name in _OWN_FIELDS)


def _rebuild(nodes: list[tuple[tuple[object, ...], int]]) -> Statement:
    """A statement from :meth:`Statement.__reduce__`'s list, children built first."""
    built: list[Statement] = []
    for own, count in reversed(nodes):
        components = tuple(built.pop() for _ in range(count))
        fields = dict(zip(_OWN_FIELDS, own, strict=True))
        built.append(Statement(**fields, components=components))  # type: ignore[arg-type]
    return built[0]


@final
@attrs.frozen(kw_only=True)
class Unparsed:
    """A figure that could not be read, with why and where.

    Attributes:
        text: the words that were being read ("344.8 tỷ đồng").
        span: where they stand in the source text.
        reason: what is wrong with them.
    """

    text: str
    span: tuple[int, int]
    reason: str


# -- the vocabulary ---------------------------------------------------------------

_NUMBER: Final = r"\d(?:[\d.,]*\d)?"
# one table of qualifier words, text's; the longest first ("ước đạt" before "ước")
_QUALIFIER_WORDS: Final = tuple(sorted(QUALIFIER_WORDS, key=len, reverse=True))
_QUALIFIER_BEFORE: Final = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(map(re.escape, _QUALIFIER_WORDS)) + r")\s+$", re.IGNORECASE
)
_WRITE_QUALIFIER: Final = {
    "vi": {
        Qualifier.AT_LEAST: "trên",
        Qualifier.AT_MOST: "gần",
        Qualifier.BELOW: "dưới",
        Qualifier.ABOUT: "khoảng",
        Qualifier.ESTIMATE: "ước",
    },
    "en": {
        Qualifier.AT_LEAST: "over",
        Qualifier.AT_MOST: "nearly",
        Qualifier.BELOW: "under",
        Qualifier.ABOUT: "about",
        Qualifier.ESTIMATE: "estimated",
    },
}
_KEYWORDS: Final = {
    "vi": {
        "tăng": ComparisonKind.GROWTH,
        "giảm": ComparisonKind.GROWTH,
        "bằng": ComparisonKind.RATIO,
        "tương đương": ComparisonKind.RATIO,
        "tương ứng": ComparisonKind.RATIO,
        "đạt": ComparisonKind.ATTAINMENT,
        "vượt": ComparisonKind.EXCESS,
    },
    "en": {
        "up": ComparisonKind.GROWTH,
        "down": ComparisonKind.GROWTH,
        "equal to": ComparisonKind.RATIO,
        "reaching": ComparisonKind.ATTAINMENT,
        "exceeding by": ComparisonKind.EXCESS,
    },
}
_DECREASE: Final = frozenset({"giảm", "down", "thấp hơn"})
_WRITE_KEYWORD: Final = {
    lang: {
        (kind, word in _DECREASE): word
        for word, kind in words.items()
        if word not in ("tương đương", "tương ứng")
    }
    for lang, words in _KEYWORDS.items()
}
# A qualifier between the keyword and the number: "tăng trên 5%", "up over 5%".
_QUALIFIED: Final = r"(?:(?P<qualifier>" + "|".join(map(re.escape, _QUALIFIER_WORDS)) + r")\s+)?"
_PERCENT_COMPARISON: Final = {
    lang: re.compile(
        r"(?<!\w)(?P<word>"
        + "|".join(words)
        + r")\s+"
        + _QUALIFIED
        + r"(?P<number>"
        + _NUMBER
        + r")?\s*%",
        re.IGNORECASE,
    )
    for lang, words in _KEYWORDS.items()
}
# "gấp 2,5 lần", "tăng 2,5 lần" (a multiple); "giảm 2,5 lần" is refused (see _comparisons).
_MULTIPLE: Final = {
    "vi": re.compile(
        r"(?<!\w)(?P<word>gấp|tăng|giảm)\s+" + _QUALIFIED + r"(?P<number>" + _NUMBER + r")\s+lần",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!\w)" + _QUALIFIED + r"(?P<number>" + _NUMBER + r")\s+times(?!\w)", re.IGNORECASE
    ),
}
_BASE_LEAD: Final = {
    "vi": re.compile(r"\s*(?:so với\s+)?", re.IGNORECASE),
    "en": re.compile(r"\s*(?:(?:on|of|over|than)\s+)?", re.IGNORECASE),
}
# A run of dots or of spaces is tried from its start only: from every character
# of a long run, the search would be quadratic in it.
# A growth restated as a change ends its base: "giảm 2,73% hay giảm 698,6 ha so với
# cùng kỳ", "tăng 3,09% bằng 1.790 ha so với cùng vụ": the base is after the change.
_BASE_END: Final = re.compile(
    r",\s|;|\)|(?<!\.)\.+(?:\s|$)|(?:(?<!\s)\s+|(?<=\s))(?:và|and|so với|trong đó|of which)(?!\w)"
    r"|(?<!\w)(?:hay|hoặc|or)\s+(?:tăng|giảm|up|down)(?!\w)"
    r"|(?<!\w)(?:bằng|tương ứng|tương đương)\s+(?:tăng\s+|giảm\s+)?(?=\d)"
    r"|\(\s*(?:tương ứng|tương đương|tức là)(?!\w)|$",
    re.IGNORECASE,
)
_SAME_PERIOD: Final = {
    "vi": re.compile(r"cùng (?:kỳ|thời gian)(?:\s+năm)?(?:\s+(\d{4}))?", re.IGNORECASE),
    "en": re.compile(r"the same period of (?:the previous year|(\d{4}))", re.IGNORECASE),
}
# "so với (cùng kỳ) năm trước", "on the previous year": the same period a year before.
_PREVIOUS_YEAR: Final = {
    "vi": re.compile(r"(?:cùng kỳ\s+)?năm\s+(?:trước|ngoái)", re.IGNORECASE),
    "en": re.compile(
        r"the previous year|last year|the same period (?:of )?last year", re.IGNORECASE
    ),
}
# A scale word after a number ("5 triệu kg") not followed by a unit dongdang
# knows, with the word after it: not a figure that can be read. "tỷ lệ" (a
# ratio: "đến 2025 tỷ lệ … đạt 50%") is no scale.
_SCALED: Final = re.compile(
    r"[^\S\n]*(nghìn|ngàn|triệu|tỷ|tỉ|thousand|million|billion|trillion)(?!\w)(?![^\S\n]+lệ(?!\w))"
    r"(?:[^\S\n]+[^\W\d]+)?",
    re.IGNORECASE,
)
# "tăng 30 tỷ đồng", "giảm hơn 5 tấn", "up 30 billion VND": a change by an amount.
_COMPARED_THAN: Final = re.compile(r"(?<!\w)(?:cao|thấp)\s+hơn\s*$", re.IGNORECASE)
_LONGEST_THAN: Final = len("thấp ")
_CHANGE_BEFORE: Final = {
    "vi": re.compile(
        r"(?<!\w)(?P<word>tăng|giảm|cao hơn|thấp hơn)(?:\s+(?:thêm|bớt))?\s+$", re.IGNORECASE
    ),
    "en": re.compile(r"(?<!\w)(?P<word>up|down)\s+$", re.IGNORECASE),
}
# A change restating the growth right before it: "tăng 3,09% bằng 1.790 ha",
# "giảm 2,1%, tương ứng 30 tỷ đồng"; the growth's word gives its direction.
_RESTATED: Final = re.compile(
    r"(?<!\w)(?P<direction>tăng|giảm)\s+(?:[^\W\d]+\s+){0,2}\d[\d.,]*\s*%[^\S\n]*,?[^\S\n]*"
    r"(?P<word>bằng|hay|tức là|tương ứng|tương đương)\s+$",
    re.IGNORECASE,
)
#: How far before a figure a growth it restates may start (``_RESTATED``).
_LONGEST_RESTATED: Final = 64
# The words of a bracket that restates a change rather than naming a base.
_RESTATING: Final = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)", re.IGNORECASE)
# A bracket restating the figure before it: "(tương đương kim ngạch tăng thêm …".
_RESTATING_BRACKET: Final = re.compile(
    r"\(\s*(?:tương ứng|tương đương|tức là)(?!\w)[^;:()]*$", re.IGNORECASE
)
# A count per a noun, with decimals: "2,99 con/hộ" (an average).
_PER_NOUN: Final = re.compile(r"[^\W\d_]+/[^\W\d_]+")
# The words between a figure and its whole: "394 tỷ đồng trên tổng kế hoạch 1.239 tỷ đồng".
_OVER_TOTAL: Final = re.compile(r"(?<!\w)trên\s+tổng(?:\s+[^\W\d]+){0,4}\s+$", re.IGNORECASE)
#: How far before a whole the words "trên tổng …" may start (``_OVER_TOTAL``).
_LONGEST_OVER: Final = 48
# A word of a unit or a noun after a number: letters, or "km2"/"m2" (areas).
_UNIT_WORD: Final = r"(?:k?m2(?!\w)|[^\W\d]+(?:-[^\W\d]+)?)"
# The words that may follow a bare "lượt" (vehicle trips) without naming what
# is counted: "215.385 lượt, tăng …", "1.500 lượt qua cửa khẩu". Any other word
# ("1.500 lượt tàu") names a count that is not known to be vehicle trips.
_AFTER_TRIPS: Final = frozenset(
    {
        *("tăng", "giảm", "so", "với", "và", "trong", "đạt", "bằng", "vượt", "gấp", "chiếm"),
        *("từ", "đến", "tại", "qua", "của", "trên", "dưới", "khoảng", "hơn", "gần", "là"),
        *("được", "mỗi", "cho", "theo", "xuất", "nhập", "ra", "vào", "đi", "về"),
    }
)
# A scale word of money with no unit or noun after it: "chi 450 tỷ", "đạt 2 nghìn tỷ.".
_CURRENCY_SCALE: Final = re.compile(
    r"[^\S\n]*((?:nghìn|ngàn|triệu)[^\S\n]+(?:tỷ|tỉ)|tỷ|tỉ|triệu)(?!\w)(?![^\S\n]*[^\W\d])",
    re.IGNORECASE,
)
_CURRENCY_WORD: Final = re.compile(
    r"(?<!\w)(?:đồng|USD|đô la Mỹ|đô la|đô-la|nhân dân tệ|NDT)(?!\w)", re.IGNORECASE
)
# "Không tính 2.000 tỷ đồng tiền sử dụng đất thì thu nội địa đạt 8.000 tỷ đồng".
_NOT_COUNTING: Final = re.compile(r"[\s,;:]*(?:không tính|excluding)(?!\w)", re.IGNORECASE)
_THEN: Final = re.compile(r"(?<!\w)(?:thì|then)(?!\w)", re.IGNORECASE)
# "Nếu tính cả 1.893,4 nghìn tỷ đồng vốn tăng thêm thì tổng số vốn … là 3.327,8 nghìn tỷ đồng".
_COUNTING_ALSO: Final = re.compile(r"[\s,;:]*(?:nếu\s+)?tính cả(?!\w)", re.IGNORECASE)
# "xuất siêu 1,2 tỷ USD": exports − imports; "nhập siêu": imports − exports; so are a
# trade balance's "thặng dư" (surplus) and "thâm hụt" (deficit): "cán cân thương mại
# hàng hóa thâm hụt 140 triệu USD" (a budget's "thâm hụt" is no trade balance).
_BALANCE: Final = re.compile(r"(?<!\w)(?:xuất siêu|nhập siêu)(?!\w)", re.IGNORECASE)
_TRADE_BALANCE: Final = re.compile(r"(?<!\w)cán cân(?!\w)", re.IGNORECASE)
_SURPLUS_OR_DEFICIT: Final = re.compile(r"(?<!\w)(?:thặng dư|thâm hụt)(?!\w)", re.IGNORECASE)


def _is_balance(subject: str) -> bool:
    """Whether a subject names a trade balance: "xuất siêu", "cán cân … thâm hụt"."""
    return _BALANCE.search(subject) is not None or (
        _TRADE_BALANCE.search(subject) is not None
        and _SURPLUS_OR_DEFICIT.search(subject) is not None
    )


_COMPONENTS: Final = re.compile(r"(?<!\w)(?:trong đó|bao gồm|gồm|of which)(?!\w)", re.IGNORECASE)
# A sentence that opens with "Trong đó" gives the parts of the previous sentence's
# last statement; one that ends with "trong đó:" announces them in the lines after
# it, each opening with a bullet.
_OPENS_PARTS: Final = re.compile(r"[\s\-–+•*]*(?:trong đó|of which)(?!\w)", re.IGNORECASE)
_ENDS_WITH_PARTS: Final = re.compile(r"(?<!\w)(?:trong đó|of which)[\s:]*[.\n]?$", re.IGNORECASE)
_BULLET: Final = re.compile(r"\s*[\-–+•*]")
# Where a subject may start: after a strong separator; else, after a figure or a
# comparison, at the first comma (or "và") that closes the clause it ended.
_STRONG_SEPARATOR: Final = re.compile(r"[;:()]")
_BRACKET: Final = re.compile(r"[()]")
# A comma before these words always opens a clause: "…, đến nay đã hoàn thành 112".
_OPENER: Final = re.compile(
    r",\s+(?=(?:trong đó|bao gồm|gồm|đến nay|hiện nay|đồng thời|ngoài ra|of which)(?!\w))",
    re.IGNORECASE,
)
_SEPARATORS_BEFORE: Final = re.compile(r"^[\s,;:]+")
# Stripped from the end of a clause: separators, and "và"/"and" after a space.
_TRAILING_MARKS: Final = ",;:("
_TRAILING_WORDS: Final = ("và", "and")
_WEAK_SEPARATOR: Final = re.compile(r",(?=\s)|\s(?:và|and)(?=\s)", re.IGNORECASE)
# An opening adverbial before the first comma of a clause: "Theo báo cáo, …",
# "Tính từ 01/3/2020 – 25/5/2020, …"; it is not part of the subject.
_OPENING: Final = re.compile(
    r"\s*(?:theo|tính|trong(?!\s+đó)|với|tại|về|đối với|sau|ngoài ra|according to)(?!\w)"
    r"[^,;:]*,(?=\s)",
    re.IGNORECASE,
)
# "… do <X> đã được … là một trong 08 KKT": what is one of the eight is X.
_ONE_OF: Final = re.compile(
    r"(?:^|\s)(?:do|vì)\s+((?:(?!\s(?:do|vì)\s).)+\slà một trong)$", re.IGNORECASE
)
# The verbs that make a percent the figure itself: "tỷ lệ giải ngân đạt 41%".
_PERCENT_VERB: Final = re.compile(
    r"(?:^|\s)(?:đạt|là|bằng|reached|was|equal to)\s*$", re.IGNORECASE
)
_LEADING: Final = re.compile(
    r"^(?:[\s,:\-–+•*]|trong đó|bao gồm|gồm|of which|có|và|and)+(?=[\s,:]|$)", re.IGNORECASE
)
_VERBS: Final = frozenset(
    {"đạt", "được", "thu", "là", "có", "hiện", "đã", "ước", "reached", "was", "were"}
)
_NOT_PERIOD_AFTER: Final = (
    *("cùng kỳ", "cùng thời gian", "so với", "đến", "lần", "%", " on", " of", "times"),
)
_LONGEST_NOT_PERIOD_AFTER: Final = max(map(len, _NOT_PERIOD_AFTER))
_BLANKS: Final = re.compile(r"[^\S\n]*")
_UNIT_WORDS: Final = re.compile(_UNIT_WORD + r"(?:(?:[^\S\n]+|/)" + _UNIT_WORD + "){0,3}")
_NUMBER_AT: Final = re.compile(_NUMBER)
# Possessive: the spaces before and after the dash are not given back and tried again.
_RANGE_END: Final = re.compile(r"\s*+[-–]\s*+(" + _NUMBER + ")")
_FOLLOWER: Final = re.compile(r"[^\S\n]+([^\W\d]+)")
# "1,2 điểm phần trăm", "0,8 điểm %": percentage points.
_POINTS_UNIT: Final = re.compile(
    r"(?:điểm[^\S\n]+phần[^\S\n]+trăm|điểm[^\S\n]*%|percentage[^\S\n]+points?)(?!\w)",
    re.IGNORECASE,
)
# A word of a noun: letters, with "/" between two ("tỉnh/thành", "con/hộ").
_WORD: Final = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)*")
_MOST_NOUN_WORDS: Final = 4
_SCALE_NAMES: Final = {
    "nghìn": "thousand",
    "ngàn": "thousand",
    "triệu": "million",
    "tỷ": "billion",
    "tỉ": "billion",
    "thousand": "thousand",
    "million": "million",
    "billion": "billion",
}
# Words that never start or continue a counted noun: the grammar of the sentence.
_NOT_NOUNS: Final = frozenset(
    {
        *_AFTER_TRIPS,
        *("năm", "tháng", "quý", "ngày", "tuần", "giờ", "lần", "thì", "nhưng", "còn"),
        *("có", "sẽ", "đã", "đang", "cũng", "nay", "này", "đó", "kể", "khi", "nếu"),
        *("như", "hoặc", "hay", "cùng", "kỳ", "chiếm", "tương", "ứng", "đương", "phấn", "đấu"),
        *("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "lệ", "thứ", "trở", "lên", "sau", "trước"),
        *("of", "in", "on", "and", "up", "down", "to", "from", "the", "by", "over", "at"),
        *("for", "with", "than", "reached", "was", "were", "is", "are", "times", "equal"),
        *("thousand", "million", "billion", "trillion", "per", "which", "a", "an", "or"),
        # units dongdang does not know: never a counted noun ("20,26 tỷ kwh")
        *("kwh", "gwh", "mwh", "kw", "mw", "m3", "lít", "km", "m", "cm", "mm", "g"),
    }
)
# A number no Vietnamese report prints: two or more comma groups, or a comma group
# and a decimal point ("42,460,418,319", "1,234.5"). A sentence that has one writes
# its numbers the English way ("tăng 7.4%", "1.84 tỷ USD").
_ENGLISH_GROUPING: Final = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?:,\d{3}){2,}(?![\d,])|(?:,\d{3})+\.\d+(?![\d.,]))"
)
_SENTENCE_END: Final = re.compile(r"[.!?…]+(?=\s|$)|\n")

# Numbers that are not figures: dates, legal numbers, markers, terms, scales.
_NOT_FIGURES: Final = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}"
    r"|(?<!\d)\d+(?:/\d+)*[/-][A-ZĐ][^\s,;.()]*"  # from a run's first digit: linear
    r"|[^\W\d_]+-\d+"
    r"|(?:(?<!cán )mốc|nhiệm kỳ|giai đoạn)\s+\d+(?:/\d+)?(?:\s*[-–—]\s*\d+(?:/\d+)?)?"
    r"|tỷ lệ\s+\d+/\d+"
    r"|thứ\s+\d+/\d+[^,;.\d]*(?<=\s)và\s++\d+/\d+"  # "thứ 4/14 tỉnh … và 26/63 tỉnh"
    r"|thứ\s+\d+(?:/\d+)?"  # a rank: "xếp thứ 4/14 tỉnh"
    # periods without their year: "tháng 4", "20 ngày đầu năm", "trong 6 ngày", "12h"
    r"|tháng\s+\d{1,2}(?!\d)"
    r"|\d{1,3}\s+(?:ngày|tháng)\s+(?:đầu|cuối)(?!\w)"
    r"|(?:trong|nghỉ|lễ)\s+\d{1,3}\s+(?:ngày|tháng)(?!\w)"
    r"|từ\s+\d{1,2}\s*[-–]\s*\d{1,2}/\d{1,2}"
    r"|(?<![\d.,])\d{1,2}h(?:\d{2})?(?!\w)"
    r"|(?:tại|số)\s+\d+(?=\s+(?-i:[A-ZĐ]))"  # an address: "tại 489 Hoàng Quốc Việt"
    r"|(?<![\d.,])(?:19|20)\d\d(?![\d.,%])(?=\s+[^\W\d])"  # a year before a word
    r"|(?:ngày|đến)\s+\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)

_MONTHS: Final = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_MONTH: Final = "(" + "|".join(_MONTHS) + ")"
_PERIOD_VI: Final = re.compile(
    r"(?:từ\s+(?:ngày\s+)?)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*(?:-|–|—|đến(?:\s+ngày)?)\s*"
    r"(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,3}\s+(?:ngày|tháng)\s+(?:(?:đầu|cuối)\s+)?(?:của\s+)?năm\s+(?:\d{4}|nay)"
    r"|(?:tính\s+|(?=từ\s))(?:từ\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*)?đến\s+"
    r"(?:hết\s+)?(?:ngày\s+)?(?:cuối\s+tháng\s+\d{1,2}/\d{4}|\d{1,2}/\d{1,2}(?:/\d{4})?)"
    r"|quý\s+(?:[IVX]+|\d)(?:/|\s+năm\s+)\d{4}"
    r"|tháng\s+\d{1,2}(?:/|\s+năm\s+)\d{4}"
    r"|tháng\s+\d{1,2}\.(?:19|20)\d\d(?![.,]?\d)"  # "tháng 11.2019"
    r"|\d{1,2}\s+tháng\s*/\s*(?:19|20)\d\d(?![.,]?\d)"  # "7 tháng/2017": the first 7 months
    r"|năm\s+\d{4}",
    re.IGNORECASE,
)
_PERIOD_EN_FORMS: Final = (
    ("range", rf"(\d{{1,2}}) {_MONTH} (\d{{4}}) to (\d{{1,2}}) {_MONTH} (\d{{4}})"),
    ("half", r"the (first|second) half of (\d{4})"),
    ("months", r"the (first|last) (\d{1,2}) months of (\d{4})"),
    ("quarter", r"Q([1-4]) (\d{4})"),
    ("month", rf"{_MONTH} (\d{{4}})"),
    ("year", r"(\d{4})"),
)
_PERIOD_EN: Final = re.compile(
    r"(?<!\w)(?i:from|in) (?P<label>"
    + "|".join(pattern for _, pattern in _PERIOD_EN_FORMS)
    + r")(?!\w)"
)


def _read_period_en(label: str) -> Period | None:  # noqa: PLR0911 - one return per form
    """The period an English label names ("Q2 2024", "the first 9 months of 2020")."""
    for kind, pattern in _PERIOD_EN_FORMS:
        match = re.fullmatch(pattern, label)
        if match is None:
            continue
        groups = match.groups()
        if kind == "range":
            start = dt.date(int(groups[2]), _MONTHS.index(groups[1]) + 1, int(groups[0]))
            end = dt.date(int(groups[5]), _MONTHS.index(groups[4]) + 1, int(groups[3]))
            return Period.between(start, end)
        if kind == "half":
            return Period.half(int(groups[1]), 1 if groups[0] == "first" else 2)
        if kind == "months":
            build = Period.first_months if groups[0] == "first" else Period.last_months
            return build(int(groups[2]), int(groups[1]))
        if kind == "quarter":
            return Period.quarter(int(groups[1]), int(groups[0]))
        if kind == "month":
            return Period.month(int(groups[1]), _MONTHS.index(groups[0]) + 1)
        return Period.year(int(groups[0]))
    return None


_FIRST_OF_YEAR: Final = re.compile(
    r"(\d{1,3})\s+(ngày|tháng)\s+(?:(đầu|cuối)\s+)?(?:của\s+)?năm\s+(\d{4})", re.IGNORECASE
)
_UNTIL: Final = re.compile(
    r"(?:tính\s+)?(?:từ\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*)?đến\s+(?:hết\s+)?"
    r"(?:ngày\s+)?(?:cuối\s+tháng\s+(\d{1,2})/(\d{4})|(\d{1,2})/(\d{1,2})(?:/(\d{4}))?)",
    re.IGNORECASE,
)


def _read_period_vi(phrase: str) -> Period | None:
    """The period of a Vietnamese phrase :meth:`Period.parse` does not read, or None.

    "8 tháng năm 2022" (the first 8 months), "15 ngày đầu năm 2026", "tính
    đến 20/9/2025" (from the start of its year), "từ ngày 1/1 đến cuối tháng
    10/2025". A phrase without its year ("8 tháng năm nay", "tính đến 20/9")
    is a period too, whose dates the text does not give: None.
    """
    first = _FIRST_OF_YEAR.fullmatch(phrase)
    if first is not None:
        count, unit, edge, year = int(first[1]), first[2].lower(), first[3], int(first[4])
        if unit == "tháng":
            build = Period.last_months if edge == "cuối" else Period.first_months
            return build(year, count)
        if edge == "cuối":
            end = dt.date(year, 12, 31)
            return Period.between(end - dt.timedelta(days=count - 1), end)
        begin = dt.date(year, 1, 1)
        return Period.between(begin, begin + dt.timedelta(days=count - 1))
    until = _UNTIL.fullmatch(phrase)
    if until is None or (until[5] or until[8]) is None:
        return None
    if until[4] is not None:  # "đến cuối tháng 10/2025"
        year, month = int(until[5]), int(until[4])
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        year = int(until[8])
        end = dt.date(year, int(until[7]), int(until[6]))
    start = dt.date(int(until[3] or year), int(until[2] or 1), int(until[1] or 1))
    return Period.between(start, end)


_MONTH_DOT: Final = re.compile(r"(tháng\s+\d{1,2})\.(\d{4})", re.IGNORECASE)
_MONTHS_SLASH: Final = re.compile(r"(\d{1,2}\s+tháng)\s*/\s*(\d{4})", re.IGNORECASE)


def _read_period(phrase: str, lang: Language) -> Period | None:
    """The period a phrase names, or None when it names no valid period."""
    try:
        if lang == "en":
            return _read_period_en(phrase)
        phrase = _MONTH_DOT.sub(r"\1/\2", phrase)  # "tháng 11.2019" is "tháng 11/2019"
        phrase = _MONTHS_SLASH.sub(r"\1 năm \2", phrase)  # "7 tháng/2017": "7 tháng năm 2017"
        try:
            return Period.parse(phrase)
        except ParseError:
            return _read_period_vi(" ".join(phrase.split()))
    except (ParseError, InvalidValueError, ValueError):
        return None


def _period_phrase(period: Period, lang: Language) -> str:
    label = period.label(lang)
    if lang == "en":
        return f"from {label}" if " to " in label else f"in {label}"
    return label


# -- reading ------------------------------------------------------------------------


def _join(number: str, phrase: str | None) -> str:
    return number if phrase is None else f"{number} {phrase}"


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with spaces over the ``spans`` (in order, not overlapping), in one pass."""
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], " " * (end - start)]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


@final
class _Reach:
    """How far the events starting before a position reach: a Fenwick tree of maxima.

    Each figure asks for the end of the events before it; a scan of all of
    them would make reading a long sentence quadratic.
    """

    def __init__(self, size: int) -> None:
        self.tree = [-1] * (size + 2)

    def add(self, start: int, end: int) -> None:
        at = start + 1
        while at < len(self.tree):
            self.tree[at] = max(self.tree[at], end)
            at += at & -at

    def before(self, position: int) -> int | None:
        """The furthest end of the events starting before ``position``, or None."""
        best, at = -1, min(position, len(self.tree) - 1)
        while at > 0:
            best = max(best, self.tree[at])
            at -= at & -at
        return None if best < 0 else best


_ComparisonEvent = tuple[
    ComparisonKind, Figure, bool, "str | None", tuple[int, int], tuple[int, int]
]


@attrs.define
class _Draft:
    """A statement being read: its comparisons and components still grow."""

    subject: str
    value: Figure
    noun: str | None
    whole: Figure | None
    upper: Figure | None
    per: Figure | None
    span: tuple[int, int]
    clause: int  # where the subject's clause starts in the sentence
    reach: int  # where the figure (with the base of a percent) ends in the sentence
    base: str | None = None
    compared: _ComparisonEvent | None = None
    relation: Relation | None = None
    # resolved when the statement's period is known, at freezing
    comparisons: list[_ComparisonEvent] = attrs.Factory(list)
    components: list[_Draft] = attrs.Factory(list)


def _is_unit(word: str, lang: Language) -> bool:
    """Whether a word alone names a unit ("kg", "ha"): never a counted noun."""
    try:
        return read_figure("1 " + word, lang).unit is not None
    except ParseError:
        return False


def _size_problem(*figures: Figure | None) -> str | None:
    """Why a figure is beyond the numbers dongdang accepts (see ``to_decimal``), or None."""
    for figure in figures:
        if figure is not None and figure.value:
            size = figure.value.adjusted()
            if not -MAX_EXPONENT <= size <= MAX_EXPONENT:
                return (
                    f"the number {figure.value:.3E} in {figure.text[:40]!r}… lies outside "
                    f"1e-{MAX_EXPONENT} to 1e{MAX_EXPONENT} in size: dongdang refuses such "
                    "numbers"
                )
    return None


#: The longest word the patterns anchored at the end of a prefix look for, plus a space.
_LONGEST_BEFORE: Final = 1 + max(
    len(word)
    for word in (
        *_QUALIFIER_WORDS,
        "đạt",
        "là",
        "bằng",
        "reached",
        "was",
        "equal to",
        "tăng",
        "giảm",
        "up",
        "down",
    )
)


def _ending_at(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern`` (a word and spaces, anchored by ``$``) searched in ``text[:end]``.

    Only the tail is read: the run of spaces before ``end`` and a word's
    length before it. Searching the whole prefix for each figure would make
    reading a long sentence quadratic.
    """
    start = end
    while start and text[start - 1].isspace():
        start -= 1
    return pattern.search(text, max(0, start - _LONGEST_BEFORE), end)


_BECAUSE: Final = re.compile(r"(?=(?:^|\s)(?:do|vì)\s)", re.IGNORECASE)


def _one_of(subject: str) -> str | None:
    """What ``_ONE_OF`` finds in ``subject``, trying only the starts that can match.

    A match starts at a "do"/"vì" with no other one after it, but for one
    inside its own spaces ("do vì X"): the last two. Searching from every
    "do" to the end would be quadratic in a long clause.
    """
    starts = [match.start() for match in _BECAUSE.finditer(subject)]
    for start in starts[-2:]:
        match = _ONE_OF.match(subject, start)
        if match is not None:
            return match.group(1)
    return None


def _words(text: str) -> str:
    """A clause without the spaces and separators around it (", phí B …" is "phí B …").

    The end is stripped by a scan from the right, in time linear in what it
    strips: a regular expression anchored at the end tries every start.

    >>> _words(", phí B ,  và,\u00a0")
    'phí B'
    """
    text = _SEPARATORS_BEFORE.sub("", text)
    end = len(text)
    while end:
        if text[end - 1].isspace() or text[end - 1] in _TRAILING_MARKS:
            end -= 1
            continue
        for word in _TRAILING_WORDS:
            start = end - len(word)
            if start > 0 and text[start:end].lower() == word and text[start - 1].isspace():
                end = start
                break
        else:
            break
    return text[:end]


class _Skip(Exception):  # noqa: N818 - a signal, not an error
    """Raised when a number turns out not to be a figure."""


class _Sentence:
    """The reading of one sentence: figures, comparisons, components."""

    def __init__(
        self, source: str, start: int, end: int, lang: Language, period: Period | None
    ) -> None:
        self.source = source
        self.offset = start
        self.text = source[start:end]
        self.lang: Language = lang
        # the separators of the numbers: English ones in a Vietnamese sentence that
        # groups a number the English way ("42,460,418,319 USD, tăng 7.4%")
        self.numbers: Language = (
            "en" if lang == "vi" and _ENGLISH_GROUPING.search(self.text) else lang
        )
        self.period: Period | None = period  # for the statements that name none
        self.plain = self.text  # the period phrases blanked: the subject's words
        self.periods: list[tuple[int, Period | None]] = []  # (where, period) of each phrase
        self._find_periods()
        self.masked = _blank(self.plain, (m.span() for m in _NOT_FIGURES.finditer(self.plain)))
        self.events: list[tuple[int, object]] = []
        self.extents = _Reach(len(self.text))  # where each event starts and ends
        self.base_values: dict[int, Figure] = {}  # by where their comparison starts
        # (where, currency words) of each currency written, for "chi 450 tỷ"
        self.currencies = [(m.start(), m.group(0)) for m in _CURRENCY_WORD.finditer(self.text)]
        self.brackets: list[tuple[int, int]] = []  # the brackets of those figures

    def _find_periods(self) -> None:
        """Every period phrase of the sentence but the bases ("so với năm 2020")."""
        pattern = _PERIOD_VI if self.lang == "vi" else _PERIOD_EN
        spans = []
        for match in pattern.finditer(self.text):
            end = match.start()
            while end and self.text[end - 1].isspace():
                end -= 1
            before = self.text[max(0, end - _LONGEST_NOT_PERIOD_AFTER) : end].lower()
            if before.endswith(_NOT_PERIOD_AFTER):
                continue
            phrase = match.group(0) if self.lang == "vi" else match.group("label")
            self.periods.append((match.start(), _read_period(phrase, self.lang)))
            spans.append(match.span())
        self.plain = _blank(self.plain, spans)

    def _period_of(self, clause: int, end: int) -> Period | None:
        """The period of a statement whose words run from ``clause`` to ``end``.

        The first period phrase within its words; else the last one before
        them; else the period given to :func:`parse_statements`. A phrase that
        names no valid period ("quý 5/2024") still counts: its period is None.
        """
        wheres = [where for where, _ in self.periods]  # in order: found left to right
        first = bisect.bisect_left(wheres, clause)
        if first < len(wheres) and wheres[first] < end:
            return self.periods[first][1]
        return self.periods[first - 1][1] if first else self.period

    def _unparsed(self, start: int, end: int, reason: str, at: int | None = None) -> None:
        span = self._abs(start if at is None else at, end)
        self.events.append((start, Unparsed(text=self.text[start:end], span=span, reason=reason)))
        self.extents.add(start, end)

    def _abs(self, start: int, end: int) -> tuple[int, int]:
        return (self.offset + start, self.offset + end)

    def read(self) -> list[Statement | Unparsed]:
        self._comparisons()
        self._figures()
        for match in re.finditer("%", self.masked):
            self._unparsed(match.start(), match.end(), "a percent sign without a number")
        return self._assemble()

    # -- comparisons

    def _comparisons(self) -> None:
        spans = []
        for match in _PERCENT_COMPARISON[self.lang].finditer(self.masked):
            word = match.group("word").lower()
            if match.group("number") is None:
                self._unparsed(match.start(), match.end(), f"{match.group(0)!r} has no number")
            else:
                self._comparison(match, _KEYWORDS[self.lang][word], decrease=word in _DECREASE)
            spans.append(match.span())
        self.masked = _blank(self.masked, spans)
        spans = []
        for match in _MULTIPLE[self.lang].finditer(self.masked):
            if self.lang == "vi" and match.group("word").lower() == "giảm":
                self._unparsed(
                    match.start(),
                    match.end(),
                    f"{match.group(0)!r}: a fall by a multiple is not read (it may mean the "
                    f"base divided by {match.group('number')} or something else; "
                    "it is not guessed)",
                )
            else:
                self._comparison(match, ComparisonKind.MULTIPLE, decrease=False)
            spans.append(match.span())
        self.masked = _blank(self.masked, sorted([*spans, *self.brackets]))

    def _bracketed(self, start: int, stop: int) -> tuple[int, int, Figure] | None:
        """The base's own figure in brackets at the end of its words: "dự toán (8.200 tỷ đồng)".

        (where the bracket opens, where it closes plus one, the figure), or
        None. The bracket's figure is no statement of its own.
        """
        if not self.text.startswith(")", stop):
            return None
        opening = self.text.rfind("(", start, stop)
        if opening < 0:
            return None
        inside = self.text[opening + 1 : stop].strip()
        # "(thu hút 3 tỷ USD)", "(mục tiêu thu hút khoảng 50.000 tỷ đồng)": words, then
        # the one figure of the bracket
        numbers = list(_NUMBER_AT.finditer(inside))
        if len(numbers) == 1 and numbers[0].start() > 0:
            words = inside[: numbers[0].start()]
            if _RESTATING.search(words) is not None:
                return None  # "(tương đương kim ngạch tăng thêm 1,84 tỷ USD)": a change
            qualifier = _QUALIFIER_BEFORE.search(words)
            inside = inside[numbers[0].start() if qualifier is None else qualifier.start() :]
        try:
            figure = read_figure(inside, self.numbers)
        except ParseError:
            return None
        if figure.unit in (None, "percent"):
            return None
        self.brackets.append((opening, stop + 1))
        return opening, stop + 1, figure

    def _comparison(self, match: re.Match[str], kind: ComparisonKind, *, decrease: bool) -> None:
        start = match.start("qualifier" if match.group("qualifier") else "number")
        printed = self.text[start : match.end("number")]
        if kind is not ComparisonKind.MULTIPLE:
            printed += "%"
        try:
            value = read_figure(printed, self.numbers)
        except ParseError as error:
            self._unparsed(start, match.end(), error.reason, start + error.position)
            return
        too_big = _size_problem(value)
        if too_big is not None:
            self._unparsed(start, match.end(), too_big)
            return
        lead = _BASE_LEAD[self.lang].match(self.text, match.end())
        assert lead is not None  # noqa: S101 - the pattern matches the empty string
        stop = _BASE_END.search(self.text, lead.end())
        assert stop is not None  # noqa: S101 - the pattern matches at the end
        raw, end = self.text[lead.end() : stop.start()], stop.start()
        bracket = self._bracketed(lead.end(), end)
        opening = raw.rfind("(")
        if bracket is not None:
            raw, end = raw[: bracket[0] - lead.end()], bracket[1]
            self.base_values[self.offset + match.start()] = bracket[2]
        elif opening >= 0 and _RESTATING.search(raw, opening) is not None:
            # "so với năm 2022 (kim ngạch tăng thêm 1,84 tỷ USD)": a change, not the base
            raw, end = raw[:opening], lead.end() + opening
        words = " ".join(raw.split())
        end = end if words else match.end()
        # "tăng 17,4% (tương ứng tăng 13,95 tỷ USD) so với cùng kỳ": no base in the bracket
        words = words.removesuffix("(").rstrip()
        self.events.append(
            (
                match.start(),
                (
                    kind,
                    value,
                    decrease,
                    words or None,
                    self._abs(match.start(), end),
                    self._abs(start, match.end()),
                ),
            )
        )
        self.extents.add(match.start(), end)

    # -- figures

    def _unit_at(self, position: int) -> tuple[int, str | None, str | None]:  # noqa: C901 - one branch per form
        """The unit or noun after a number: (end, unit phrase, noun).

        A unit dongdang knows ("triệu đồng", "nghìn ha"); else a noun of
        :data:`COUNT_NOUNS`; else any noun (see :meth:`_noun_at`). A bare
        "lượt" before a noun names a count of that noun ("lượt du khách"), not
        vehicle trips.
        """
        lead = _BLANKS.match(self.masked, position)
        assert lead is not None  # noqa: S101 - matches the empty string
        start = lead.end()
        if self.masked.startswith("%", start):
            return start + 1, "%", None
        points = _POINTS_UNIT.match(self.masked, start)
        if points is not None:
            return points.end(), points.group(0), None
        words = _UNIT_WORDS.match(self.masked, start)
        if words is None:
            return position, None, None
        cuts = [m.start() for m in re.finditer(r"[^\S\n]+|/", words.group(0))]
        for cut in [len(words.group(0)), *reversed(cuts)]:
            phrase = words.group(0)[:cut]
            try:
                unit = read_figure("1 " + phrase, self.lang).unit
            except ParseError:
                unit = None
            if unit == "vehicle_trip" and phrase.lower() == "lượt":
                follower = _FOLLOWER.match(self.masked, start + cut)
                if follower is not None and follower.group(1).lower() not in _AFTER_TRIPS:
                    break  # "85.000 lượt du khách": a count of visitors
            if unit is not None:
                return start + cut, phrase, None
            for noun in COUNT_NOUNS:
                if phrase.lower() == noun.lower():
                    return start + cut, None, noun
        return self._noun_at(position, start)

    def _assumed_currency(self, start: int, number_end: int) -> tuple[int, str] | None:
        """A currency scale with no currency after it ("chi 450 tỷ"): (end, unit phrase).

        The currency is the one of the last amount written before it in the
        sentence, or đồng when there is none; the figure marks it as assumed.
        None when no currency scale word follows the number, or when a word
        follows the scale (a unit, a noun: read elsewhere).
        """
        scale = _CURRENCY_SCALE.match(self.masked, number_end)
        if scale is None:
            return None
        before = bisect.bisect_left(self.currencies, (start,)) - 1
        currency = "đồng" if before < 0 else self.currencies[before][1]
        return scale.end(1), f"{' '.join(scale.group(1).split())} {currency}"

    def _noun_at(self, position: int, start: int) -> tuple[int, str | None, str | None]:
        """Any noun a number counts ("12 quyết định", "27 KCN"), as written.

        Up to four words, each neither a word of the sentence's grammar (a verb,
        a preposition, a comparison or qualifier word, a period word: see
        ``_NOT_NOUNS``) nor a unit; a scale word before them makes a scaled
        count ("2,6 triệu lượt khách": unit ``million_count``, noun "lượt
        khách"), returned as the unit phrase "triệu". (end, scale word or None,
        noun), or ``(position, None, None)`` when no noun follows.
        """
        scale: str | None = None
        end, nouns, first, at = start, 0, start, start
        while (word := _WORD.match(self.masked, at)) is not None:
            folded = word.group(0).lower()
            if nouns == 0 and scale is None and folded in _SCALE_NAMES:
                scale = word.group(0)
            elif (
                nouns == _MOST_NOUN_WORDS
                or folded.split("/")[0] in _NOT_NOUNS
                or (nouns == 0 and folded != "lượt" and _is_unit(word.group(0), self.lang))
            ):
                break
            else:
                first = word.start() if nouns == 0 else first
                nouns += 1
            end = word.end()
            at = _BLANKS.match(self.masked, end).end()  # type: ignore[union-attr]
        if not nouns:
            return position, None, None
        return end, scale, self.text[first:end]

    def _figures(self) -> None:
        # Each figure is blanked once all are read: a figure reads only what
        # follows it, and a number inside an earlier figure (a range's upper
        # end) is skipped.
        spans: list[tuple[int, int]] = []
        for match in re.finditer(r"(?<![\w/.,\-−])[-−]?" + _NUMBER, self.masked):
            if spans and match.start() < spans[-1][1]:
                continue  # inside an earlier figure
            try:
                end = self._figure(match)
            except _Skip:
                continue
            spans.append((match.start(), end))
        self.masked = _blank(self.masked, spans)

    def _figure(self, first: re.Match[str]) -> int:  # noqa: C901, PLR0912, PLR0915 - one branch per form
        start, number_end = first.span()
        end, phrase, noun = self._unit_at(number_end)
        assumed = None
        if (phrase, noun) == (None, None):
            assumed = self._assumed_currency(start, number_end)
            if assumed is not None:
                end, phrase = assumed
        second: re.Match[str] | None = None
        mode = "simple"
        if self.masked.startswith("/", end):
            second = _NUMBER_AT.match(self.masked, end + 1)
            mode = "fraction"
        elif phrase is None and noun is None:
            second = _RANGE_END.match(self.masked, end)
            mode = "range"
        other_phrase: str | None = None
        other, other_at = "", end
        if second is not None:
            other = second.group(second.re.groups)
            other_at = second.start(second.re.groups)
            end, other_phrase, other_noun = self._unit_at(second.end())
            if phrase is None and noun is None:
                noun = other_noun
            elif other_noun is not None:
                self._unparsed(start, end, f"a count of {other_noun!r} cannot divide an amount")
                return end
        refused = self._refused(
            first,
            end,
            figure=(phrase, noun, other_phrase) != (None, None, None),
        )
        if refused is not None:
            return refused
        qualifier = _ending_at(_QUALIFIER_BEFORE, self.text, start)
        if qualifier is not None and _COMPARED_THAN.search(
            self.text, max(0, qualifier.start() - _LONGEST_THAN), qualifier.end()
        ):
            qualifier = None  # "cao hơn 0,24 điểm %": a change, not "at least"
        figure_start = start if qualifier is None else qualifier.start()
        head = self.text[figure_start:start] + first.group(0)
        whole = upper = per = None
        reading = figure_start
        try:
            if (
                noun is not None
                and phrase is None
                and ("," if self.numbers == "vi" else ".") in first.group(0)
                and mode != "range"
                and _PER_NOUN.fullmatch(noun) is None
            ):
                raise _Skip  # "2,5 người": no count has decimals ("2,99 con/hộ" is an average)
            if phrase is not None and _POINTS_UNIT.fullmatch(phrase):  # "1,2 điểm %"
                value = attrs.evolve(
                    read_figure(head + "%", self.numbers),
                    unit="percentage_point",
                    text=_join(head, phrase),
                )
            elif noun is not None and phrase is not None:  # "2,6 triệu lượt khách"
                value = attrs.evolve(
                    read_figure(head, self.numbers),
                    unit=_SCALE_NAMES[phrase.lower()] + "_count",
                    text=_join(head, phrase),
                )
            else:
                value = read_figure(_join(head, phrase or other_phrase), self.numbers)
            if assumed is not None:  # "chi 450 tỷ": the currency is the reader's assumption
                printed = self.text[figure_start:end]
                value = attrs.evolve(
                    value, assumed_currency=True, text=printed, span=(0, len(printed))
                )
            if second is not None:
                reading = other_at
                tail = read_figure(_join(other, other_phrase), self.numbers)
                reading = figure_start
                if phrase is None:  # "06/12 cặp cửa khẩu", "42.119/102.681 triệu đồng"
                    whole, upper = (tail, None) if mode == "fraction" else (None, tail)
                else:  # "100.751 triệu đồng/215.385 lượt xe"
                    whole, per = self._divide(value, tail)
        except ParseError as error:
            self._unparsed(figure_start, end, error.reason, reading + error.position)
            return end
        except InvalidValueError as error:
            self._unparsed(figure_start, end, str(error), figure_start)
            return end
        return self._place(
            _Draft(
                subject="",
                value=value,
                noun=noun,
                whole=whole,
                upper=upper,
                per=per,
                span=(figure_start, end),
                clause=figure_start,
                reach=end,
            )
        )

    def _place(self, draft: _Draft) -> int:
        """Record a figure read at ``draft.span`` (in the sentence) and say where it ends.

        A figure beyond the numbers dongdang accepts, or a range whose upper end
        is below its lower end, is unparsed; a figure after "tăng"/"giảm" is a
        change (see :meth:`_change`); any other starts a statement.
        """
        figure_start, end = draft.span
        value, upper = draft.value, draft.upper
        reason = _size_problem(value, draft.whole, upper, draft.per)
        if upper is not None and upper.value < value.value:
            reason = (
                f"{self.text[figure_start:end]!r}: the upper end of a range is below its lower end"
            )
        if reason is not None:
            self._unparsed(figure_start, end, reason)
            return end
        change = _ending_at(_CHANGE_BEFORE[self.lang], self.text, figure_start)
        if change is None and value.unit not in (None, "percent", "percentage_point"):
            change = _RESTATED.search(
                self.text, max(0, figure_start - _LONGEST_RESTATED), figure_start
            )
        if change is not None:
            plain = (draft.whole, upper, draft.per) == (None, None, None)
            self._change(change, value, draft.span, plain=plain)
            return end
        if self._over_total(draft):
            return end
        draft.clause, draft.subject = self._subject(figure_start)
        if _is_balance(draft.subject):  # "xuất siêu 1,2 tỷ USD"
            draft.relation = Relation.BALANCE
        if value.unit == "percent" and _ending_at(_PERCENT_VERB, self.text, figure_start):
            draft.base, draft.reach = self._base_after(end)
        draft.span = self._abs(figure_start, end)
        self.events.append((figure_start, draft))
        self.extents.add(figure_start, draft.reach)
        return draft.reach

    def _over_total(self, draft: _Draft) -> bool:
        """Whether a figure is the whole of the figure right before it: "X trên tổng … Y".

        "giải ngân mới đạt 394 tỷ đồng trên tổng kế hoạch 1.239 tỷ đồng,
        tương đương 32%" is 394/1.239 tỷ đồng, as "394/1.239 tỷ đồng" is: the
        figure before, in the same unit (a count: of the same noun, "394 dự án
        trên tổng số 1.239 dự án"), with no whole of its own, takes it.
        """
        figure_start, end = draft.span
        over = _OVER_TOTAL.search(self.text, max(0, figure_start - _LONGEST_OVER), figure_start)
        previous = next((e for _, e in reversed(self.events) if isinstance(e, _Draft)), None)
        if (
            over is None
            or previous is None
            or self.text[previous.reach : over.start()].strip()
            or (previous.whole, previous.upper, previous.per) != (None, None, None)
            or (previous.value.unit, previous.noun) != (draft.value.unit, draft.noun)
            or draft.value.unit in ("percent", "percentage_point")
            or (draft.whole, draft.upper, draft.per) != (None, None, None)
        ):
            return False
        previous.whole = draft.value
        previous.span = (previous.span[0], self.offset + end)
        previous.reach = end
        self.extents.add(over.start(), end)
        return True

    def _change(
        self, keyword: re.Match[str], value: Figure, figure: tuple[int, int], *, plain: bool
    ) -> None:
        """A figure after "tăng"/"giảm" ("up"/"down"): a change of the figure before it.

        "tăng 30 tỷ đồng so với cùng kỳ" is a CHANGE comparison. A change in a
        count, or one written as a range or a fraction ("tăng 10 - 15%"), is
        unparsed.
        """
        start, end = keyword.start("word"), figure[1]
        printed = self.text[start:end]
        if not plain:
            what = "growth" if value.unit == "percent" else "change"
            reason = f"{printed!r}: a {what} given as a range or a fraction is not read"
            self._unparsed(start, end, reason)
            return
        if value.unit is None:
            self._unparsed(start, end, f"{printed!r}: a change in a count is not read")
            return
        words, stop = self._base_after(end)
        word = (keyword.groupdict().get("direction") or keyword.group("word")).lower()
        kind = {"percentage_point": ComparisonKind.POINTS, "percent": ComparisonKind.GROWTH}
        event: _ComparisonEvent = (
            kind.get(str(value.unit), ComparisonKind.CHANGE),
            value,
            word in _DECREASE,
            words,
            self._abs(start, stop),
            self._abs(*figure),
        )
        self.events.append((start, event))
        self.extents.add(start, stop)

    def _refused(self, first: re.Match[str], end: int, *, figure: bool) -> int | None:
        """Where a number that cannot be read as a figure ends, once made unparsed.

        A number with a unit or a noun (``figure``) is refused when it has a
        minus sign ("-5 triệu USD"); one without is refused when a scale word
        follows it with no unit or noun it scales ("5 triệu kg", "5 tỷ").
        None for a figure to read; :class:`_Skip` for a number that is no figure.
        """
        start = first.start()
        if not figure:
            scale = _SCALED.match(self.masked, first.end())
            if scale is None:
                raise _Skip
            after, unit, _ = self._unit_at(scale.end(1))
            word = scale.group(1)
            stop = max(after, scale.end())
            printed = self.text[start:stop]
            if unit is not None:  # "5 triệu kg"
                reason = (
                    f"{printed!r}: a scale word ({word!r}) before {unit!r} is not read: "
                    "only currencies are scaled"
                )
            else:
                reason = (
                    f"{printed!r}: the scale word {word!r} is followed by no unit dongdang knows"
                )
            self._unparsed(start, stop, reason)
            return stop
        if first.group(0)[0] in "-−":
            self._unparsed(
                start,
                end,
                f"{self.text[start:end]!r} has a minus sign: a report writes a fall with "
                "'giảm' ('down'), and a negative figure is not read",
            )
            return end
        return None

    def _base_after(self, end: int) -> tuple[str | None, int]:
        """The words after a percent naming what it is a percent of, and where they end."""
        lead = _BASE_LEAD[self.lang].match(self.text, end)
        assert lead is not None  # noqa: S101 - the pattern matches the empty string
        stop = _BASE_END.search(self.text, lead.end())
        assert stop is not None  # noqa: S101 - the pattern matches at the end
        words = " ".join(self.text[lead.end() : stop.start()].split())
        return (words, stop.start()) if words else (None, end)

    @staticmethod
    def _divide(value: Figure, other: Figure) -> tuple[Figure | None, Figure | None]:
        """A part of a whole ("X đồng/Y đồng") or an amount per trips ("X đồng/Y lượt xe")."""
        if value.unit == other.unit:
            return other, None
        if str(value.unit).endswith(("VND", "USD", "CNY")) and not str(other.unit).endswith(
            ("VND", "USD", "CNY")
        ):
            return None, other
        raise InvalidValueError(
            f"contradictory units in {value.text}/{other.text}: {value.unit} and {other.unit}"
        )

    def _subject(self, position: int) -> tuple[int, str]:
        """Where the clause of a figure at ``position`` starts, and its subject.

        The clause starts at the last strong separator (";", ":", "(", ")")
        after the previous figure or comparison of the sentence; with none, at
        the first comma (or "và") after the previous one, or at the sentence
        start for the first. The subject is its words before the figure, less
        an opening adverbial ("Theo báo cáo, "), leading "trong đó/và/có" and
        trailing verbs ("thu" only after a word "phí": "tổng thu" keeps it).
        """
        previous = self.extents.before(position)
        floor = 0 if previous is None else min(previous, position)
        clause = floor
        strong = [m.end() for m in _STRONG_SEPARATOR.finditer(self.plain, floor, position)]
        strong += [
            m.end() for m in _OPENER.finditer(self.plain, max(strong, default=floor), position + 1)
        ]
        strong = [end for end in strong if end <= position]
        if strong:
            clause = strong[-1]
        elif previous is not None:
            weak = _WEAK_SEPARATOR.search(self.plain, floor, position)
            clause = floor if weak is None else weak.end()
        start = clause
        opening = _OPENING.match(self.plain, clause, position)
        if opening is not None and (strong or previous is None):
            start = opening.end()
        words = self.plain[start:position].split()
        while words and words[-1].lower() in _VERBS:
            # "thu" is a verb after a fee ("phí ra vào cửa khẩu thu 234.433 …"), not in
            # "tổng thu", "dự toán thu" (a noun: revenue).
            if words[-1].lower() == "thu" and "phí" not in (w.lower() for w in words[:-1]):
                break
            words.pop()
        subject = _LEADING.sub("", " ".join(words)).strip(" ,;:")
        one_of = _one_of(subject)
        if one_of is not None:
            subject = one_of
        head = subject.split(" ", 2)
        proper = len(head) > 1 and head[1][:1].isupper()
        acronym = len(head[0]) > 1 and head[0].isupper()
        if subject and not (proper or acronym):
            subject = subject[0].lower() + subject[1:]
        return clause, subject

    # -- statements

    def _assemble(self) -> list[Statement | Unparsed]:  # noqa: C901, PLR0912, PLR0915 - one branch per event
        # the cues before each event: "trong đó"/"gồm" (the parts of the latest
        # figure follow) and brackets: after ")" the figure before "(" is the latest
        # again, and the parts listed inside the bracket are closed: a later
        # "trong đó" does not add to them ("23 hồ sơ (gồm: 22, 2, 1); trong đó 9 …")
        cues = sorted(
            [
                *((m.start(), "") for m in _COMPONENTS.finditer(self.text)),
                *((m.start(), m.group(0)) for m in _BRACKET.finditer(self.text)),
            ]
        )
        opened: list[tuple[_Draft | None, _Draft | None, int]] = []
        items: list[_Draft | Unparsed] = []
        parent: _Draft | None = None
        latest: _Draft | None = None
        closed: _Draft | None = None  # whose parts were listed in a bracket
        for position, event in sorted(self.events, key=lambda item: item[0]):
            while cues and cues[0][0] < position:
                _, cue = cues.pop(0)
                if cue == "(":
                    opened.append((parent, latest, 0 if latest is None else len(latest.components)))
                elif cue == ")" and opened:
                    parent, latest, count = opened.pop()
                    if latest is not None and len(latest.components) > count:
                        closed = latest
                elif not cue:
                    parent = None if latest is closed else latest
            if isinstance(event, _Draft) and _growth_first(latest, event):
                # "tăng gần 12% so với năm trước, đạt mức 310,5 triệu USD": the growth's
                # statement takes its figure
                assert latest is not None  # noqa: S101 - checked by _growth_first
                latest.comparisons.append(latest.compared)  # type: ignore[arg-type]
                latest.value, latest.noun, latest.span = event.value, event.noun, event.span
                latest.whole, latest.upper, latest.per = event.whole, event.upper, event.per
                latest.reach, latest.base, latest.compared = event.reach, event.base, None
                latest.relation = event.relation
            elif isinstance(event, _Draft):
                if parent is None:
                    items.append(event)
                else:
                    parent.components.append(event)
                latest = event
            elif isinstance(event, Unparsed):
                items.append(event)
            elif latest is not None and not self._own_clause(position):
                latest.comparisons.append(event)  # type: ignore[arg-type]
            else:
                item = self._alone(position, event)  # type: ignore[arg-type]
                if isinstance(item, _Draft) and parent is not None:
                    parent.components.append(item)
                else:
                    items.append(item)
                if isinstance(item, _Draft):
                    latest = item
        items = self._excluding(items)
        tops = [item for item in items if isinstance(item, _Draft)]
        ends = {id(top): stop.clause for top, stop in itertools.pairwise(tops)}
        results: list[Statement | Unparsed] = []
        for item in items:
            if isinstance(item, _Draft):
                stop = ends.get(id(item), len(self.text))
                end = self._end(self._lasts(item)[id(item)], stop)
                results.append(self._freeze(item, self._period_of(item.clause, end), stop))
            else:
                results.append(item)
        return results

    def _excluding(self, items: list[_Draft | Unparsed]) -> list[_Draft | Unparsed]:
        """Read "không tính X thì Y" and "nếu tính cả X thì Y": Y is the total less (plus) X.

        A statement whose clause opens with "không tính" (English "excluding")
        followed, after "thì", by the next statement of the sentence; or one
        whose clause opens with "(nếu) tính cả", followed after "thì" by the
        first statement after it ("Nếu tính cả 1.893,4 nghìn tỷ đồng vốn tăng
        thêm của 33,1 nghìn doanh nghiệp, thì tổng số vốn … là 3.327,8 nghìn
        tỷ đồng": the count between them stays a statement of its own). X
        becomes Y's first component.
        """
        merged: list[_Draft | Unparsed] = []
        for item in items:
            found = None if not isinstance(item, _Draft) else self._relation_before(merged, item)
            if found is None:
                merged.append(item)
                continue
            at, relation, then = found
            before = merged.pop(at)
            assert isinstance(before, _Draft)  # noqa: S101 - found among the drafts
            assert isinstance(item, _Draft)  # noqa: S101 - checked above
            item.relation = relation
            item.subject = self._subject_after(then, item.span[0] - self.offset)
            item.components.insert(0, before)
            if at == len(merged):  # nothing between them: Y's clause starts at X's
                item.clause = before.clause
            merged.append(item)
        return merged

    def _relation_before(
        self, merged: list[_Draft | Unparsed], item: _Draft
    ) -> tuple[int, Relation, int] | None:
        """The statement "không tính X" / "tính cả X" that ``item`` completes after "thì".

        (its index in ``merged``, the relation, where "thì" ends), or None. An
        excluded X is the statement right before; an included one may have one
        statement between it and "thì".
        """
        for back, relation, opener in (
            (1, Relation.EXCLUDING, _NOT_COUNTING),
            (1, Relation.INCLUDING, _COUNTING_ALSO),
            (2, Relation.INCLUDING, _COUNTING_ALSO),
        ):
            if len(merged) < back:
                continue
            before, last = merged[-back], merged[-1]
            if not (isinstance(before, _Draft) and isinstance(last, _Draft)):
                continue
            then = _THEN.search(self.plain, last.reach, item.span[0] - self.offset)
            if opener.match(self.plain, before.clause) is not None and then is not None:
                return len(merged) - back, relation, then.end()
        return None

    def _subject_after(self, start: int, position: int) -> str:
        """The subject written between ``start`` and a figure at ``position``."""
        words = self.plain[start:position].split()
        while words and words[-1].lower() in _VERBS:
            words.pop()
        return " ".join(words)

    def _own_clause(self, position: int) -> bool:
        """Whether a comparison at ``position`` opens a clause of its own subject.

        "A đạt X; B tăng 5%", "…, trong đó ngành B tăng 8%": a ";", ":" or an
        opener ("trong đó") after the previous figure or comparison, then
        words naming a subject. "đạt X, tăng 5%" is a comparison of X.
        """
        previous = self.extents.before(position)
        floor = 0 if previous is None else min(previous, position)
        between = self.plain[floor:position]
        if not (_STRONG_SEPARATOR.search(between) or _COMPONENTS.search(between)):
            return False
        if _RESTATING_BRACKET.search(between) is not None:
            return False  # "(tương ứng tăng 13,95 tỷ USD)": the figure before, restated
        return bool(self._subject(position)[1])

    def _lasts(self, top: _Draft) -> dict[int, int]:
        """Where the last event of each draft under ``top`` ends (by id): its own or its parts'.

        Children before parents, with a stack: chains of "trong đó" may nest
        thousands deep.
        """
        lasts: dict[int, int] = {}
        for draft in reversed(_preorder(top)):
            lasts[id(draft)] = max(
                [
                    draft.reach,
                    *(span[1] - self.offset for _, _, _, _, span, _ in draft.comparisons),
                    *(lasts[id(part)] for part in draft.components),
                ]
            )
        return lasts

    def _end(self, last: int, stop: int) -> int:
        """Where the text of a draft whose last event ends at ``last`` ends.

        At ``stop`` (the next clause or the sentence end) or at the first ";"
        after its last event, whichever comes first.
        """
        semicolon = self.text.find(";", last, stop)
        return stop if semicolon < 0 else semicolon

    def _freeze(self, top: _Draft, period: Period | None, stop: int) -> Statement:
        """The statement of a draft for ``period``, its text running from its clause on.

        Its text ends at ``stop`` or before; its components share its period.
        Built children first, with a stack.
        """
        lasts = self._lasts(top)
        ends = {id(top): self._end(lasts[id(top)], stop)}
        order = _preorder(top)
        for draft in order:  # parents first: each component's text ends before the next one
            stops = [c.clause for c in draft.components[1:]] + [ends[id(draft)]]
            for part, part_stop in zip(draft.components, stops, strict=False):
                ends[id(part)] = self._end(lasts[id(part)], part_stop)
        made: dict[int, Statement] = {}
        for draft in reversed(order):  # children first
            made[id(draft)] = Statement(
                subject=draft.subject,
                value=draft.value,
                noun=draft.noun,
                period=period,
                comparisons=tuple(self._resolve(event, period) for event in draft.comparisons),
                components=tuple(made.pop(id(part)) for part in draft.components),
                whole=draft.whole,
                upper=draft.upper,
                per=draft.per,
                base=draft.base,
                compared=None if draft.compared is None else self._resolve(draft.compared, period),
                relation=draft.relation,
                text=_words(self.text[draft.clause : ends[id(draft)]]),
                span=draft.span,
            )
        return made[id(top)]

    def _alone(self, position: int, event: _ComparisonEvent) -> _Draft | Unparsed:
        """A comparison with no figure before it in its sentence.

        "Tỷ lệ giải ngân đạt 41% kế hoạch vốn": a percent after "đạt" or
        "bằng" is the figure itself. A growth or any other comparison of a
        figure the sentence does not give is unparsed.
        """
        kind, value, _, words, span, number = event
        if kind in _ALONE:
            clause, subject = self._subject(position)
            alone = kind not in (ComparisonKind.ATTAINMENT, ComparisonKind.RATIO)
            return _Draft(
                subject=subject,
                value=value,
                noun=None,
                whole=None,
                upper=None,
                per=None,
                span=number,
                clause=clause,
                reach=span[1] - self.offset,
                base=None if alone else words,
                compared=event if alone else None,
            )
        return Unparsed(
            text=self.text[position:],
            span=self._abs(position, len(self.text)),
            reason="a comparison without a figure it compares",
        )

    def _resolve(self, event: _ComparisonEvent, period: Period | None) -> Comparison:
        """The comparison of a statement of ``period``: "cùng kỳ" is resolved against it."""
        kind, value, decrease, words, span, _ = event
        base, base_period = words, None
        if words is not None:
            same = _SAME_PERIOD[self.lang].fullmatch(words)
            if same is not None or _PREVIOUS_YEAR[self.lang].fullmatch(words):
                year = None if same is None else same.group(1)
                base = "cùng kỳ" if year is None else f"cùng kỳ năm {year}"
                if (
                    period is not None
                    and period.start.year > 1  # year 1 has no year before it
                    and (year is None or int(year) == period.start.year - 1)
                ):
                    base_period = period.same_period_last_year()
            else:
                named = _read_period(words, self.lang)
                if named is not None:
                    base, base_period = None, named
        return Comparison(
            kind=kind,
            value=value,
            decrease=decrease,
            base=base,
            base_period=base_period,
            base_value=self.base_values.get(span[0]),
            span=span,
        )


#: The comparisons that make a statement of their own with no figure before them:
#: a percent after "đạt"/"bằng" is the figure; a growth, change or points of a value
#: the text does not give ("GRDP tăng 7,1%") is the statement's ``compared``.
_ALONE: Final = frozenset(
    {
        ComparisonKind.ATTAINMENT,
        ComparisonKind.RATIO,
        ComparisonKind.GROWTH,
        ComparisonKind.CHANGE,
        ComparisonKind.POINTS,
    }
)


# What may stand between a growth and its figure: "…, đạt mức 310,5 triệu USD".
_FIGURE_AFTER_GROWTH: Final = re.compile(r"(?:đạt\s*)?(?:ở\s*)?(?:mức\s*)?", re.IGNORECASE)


def _growth_first(latest: _Draft | None, draft: _Draft) -> bool:
    """Whether ``draft`` is the figure of a growth written before it, ``latest``.

    "Xuất khẩu tăng 12%, đạt 310,5 triệu USD": a growth or change with no
    figure of its own and nothing after it yet, then a figure with no subject
    of its own (nothing but "đạt", "ở mức" before it in its clause).
    """
    return (
        latest is not None
        and latest.compared is not None
        and latest.compared[0] is not ComparisonKind.POINTS
        and not latest.comparisons
        and not latest.components
        and _FIGURE_AFTER_GROWTH.fullmatch(draft.subject) is not None
    )


def _preorder(top: _Draft) -> list[_Draft]:
    """A draft and its components, each before its own components, without recursion."""
    order, stack = [], [top]
    while stack:
        draft = stack.pop()
        order.append(draft)
        stack.extend(reversed(draft.components))
    return order


def _check(text: object, lang: object) -> str:
    if not isinstance(text, str):
        raise InvalidTypeError(
            f"parse_statements needs text (str), got {text!r} of type {type(text).__name__}"
        )
    _check_lang(lang)
    return normalize_text(text)


def _is_part(item: Statement, whole: Statement) -> bool:
    """Whether a statement after "Trong đó" opening its sentence is a part of ``whole``.

    One in the total's unit, not itself a share ("2.118/13.954 tỷ đồng"), of
    the total's period when both name one (the month's exports are no part of
    seven months' turnover), and a comparison of its own only when the total
    is one ("GRDP tăng 7,1%. Trong đó, khu vực A tăng 3%").
    """
    return (
        item.whole is None
        and (item.period is None or whole.period is None or item.period == whole.period)
        and item.value.unit == whole.value.unit
        and (item.compared is None) == (whole.compared is None)
    )


# one side of trade in a subject: "xuất khẩu", "nhập khẩu" (not "xuất nhập khẩu")
_TRADE_SIDE: Final = re.compile(r"(?<!\w)(?<!xuất )(xuất|nhập) khẩu(?!\w)", re.IGNORECASE)


def _siblings(first: Statement, second: Statement) -> bool:
    """Whether two parts name two kinds of one thing: "thu nội địa", "thu từ xuất nhập khẩu".

    Their subjects open with the same word, or they are the two sides of
    trade ("kim ngạch xuất khẩu", "nhập khẩu trong 7 tháng").
    """
    mine, other = _words(first.subject).lower().split(), _words(second.subject).lower().split()
    if mine[:1] == other[:1] and mine and mine != other:
        return True
    sides = [_TRADE_SIDE.findall(s.subject.lower()) for s in (first, second)]
    return all(len(side) == 1 for side in sides) and sides[0] != sides[1]


def _continued(whole: Statement, parts: tuple[Statement, ...]) -> list[Statement]:
    """The parts of a sentence that go on the list the sentence before gave ``whole``.

    "Tổng thu … hơn 34.000 tỉ đồng. Trong đó, thu từ hoạt động xuất nhập khẩu
    ước thực hiện 7.100 tỉ đồng. Thu nội địa đạt hơn 27.000 tỉ đồng." Each
    that is a part of it (see :func:`_is_part`) and a sibling of one of its
    parts (see :func:`_siblings`); a part that names no subject ("Nhập khẩu
    tháng 7 đạt 17,4 tỷ USD và 7 tháng đạt 117,83 tỷ USD") is of the subject
    named before it in its sentence.
    """
    fits: list[Statement] = []
    named = None
    for item in parts:
        named = item if item.subject or named is None else named
        if _is_part(item, whole) and any(_siblings(named, part) for part in whole.components):
            fits.append(item)
    return fits


_TURNOVER: Final = re.compile(r"(?<!\w)kim ngạch(?!\w)", re.IGNORECASE)


def _sides_after(
    results: list[Statement | Unparsed], totals: list[int], parts: tuple[Statement, ...]
) -> tuple[int, tuple[Statement, ...]] | None:
    """A turnover said last in the sentence before, and its two sides in this one.

    The turnover's subject says "kim ngạch" and names no side ("Kim ngạch hàng
    hóa mở tờ khai"); the sentence has one export and one import figure, parts
    of it (see :func:`_is_part`), and no other figure. (Where the total is,
    its sides) or None.
    """
    if not totals or not isinstance(whole := results[totals[-1]], Statement):
        return None
    if (
        _TURNOVER.search(whole.subject) is None
        or _TRADE_SIDE.search(whole.subject)
        or whole.components
    ):
        return None
    sides = [_TRADE_SIDE.findall(item.subject.lower()) for item in parts]
    fits = tuple(item for item in parts if _is_part(item, whole))
    if len(fits) != 2 or sorted(map(tuple, sides)) != [("nhập",), ("xuất",)]:  # noqa: PLR2004
        return None
    return totals[-1], fits


def _total_of(
    results: list[Statement | Unparsed], totals: list[int], parts: tuple[Statement, ...]
) -> int | None:
    """Which statement of the previous sentence the parts after "Trong đó" belong to.

    Its last statement; when no part fits it (a percent said last: "… đạt
    5.943,9 tỷ đồng, tăng 0,43% (thấp hơn mục tiêu 7,0%). Trong đó: khu vực
    A ước đạt 1.651,7 tỷ đồng; …"), the last one that some part fits. None
    when the sentence's last figure could not be read.
    """
    if not totals or not isinstance(results[totals[-1]], Statement):
        return None  # the last figure could not be read: whose parts they are is unknown
    statements = [i for i in totals if isinstance(results[i], Statement)]
    fitting = [
        i
        for i in statements
        if any(_is_part(part, results[i]) for part in parts)  # type: ignore[arg-type]
    ]
    return (fitting or statements)[-1]


def parse_statements(
    text: str, lang: Language = "vi", *, period: Period | None = None
) -> Statements:
    """Read the figure sentences of a report into statements.

    Each figure (an amount, a percent, a count of a known noun) starts a
    statement; the comparisons after it ("tăng 14,4% so với cùng kỳ") belong to
    it; the figures after "trong đó" are components of the figure before. A
    percent after "đạt", "là" or "bằng" ("reached", "was", "equal to") with no
    figure before it in its sentence is the figure itself, with the words after
    it as ``Statement.base``. Spans count characters of the text as
    :func:`~dongdang.text.normalize_text` gives it (NFC, Unicode spaces plain,
    full-width forms ASCII, zero-width characters removed).

    A comparison may be qualified ("tăng trên 5%", "bằng khoảng 41%", "up over
    5%", "reaching nearly 90% of …"): the qualifier is kept on
    ``Comparison.value``. "Tăng N lần" is a multiple, like "gấp N lần";
    "giảm N lần" is unparsed: it may mean the base divided by N, and that is
    not guessed. An amount right after "tăng"/"giảm" ("up"/"down"), qualified or
    not ("tăng hơn 30 tỷ đồng so với cùng kỳ"), is a CHANGE comparison of the
    figure before it; with no figure before it, in a count ("tăng 5 dự án") or
    as a range ("tăng 10 - 15%") it is unparsed. "So với năm trước", "so với
    cùng kỳ năm trước" (English "on the
    previous year") are "so với cùng kỳ". What cannot be read is unparsed with
    the reason: a scale word before a unit that is not scaled ("5 triệu kg";
    dongdang scales currencies, hectares, tonnes and counts), a figure with a
    minus sign ("-5 triệu USD"), a range whose upper end is below its lower
    end ("2.600 - 2.000 xe/ngày"), a number beyond 1e±1000
    (``dongdang._decimal.MAX_EXPONENT``). "lượt" before a noun not in
    :data:`COUNT_NOUNS` counts that noun ("200 lượt thuyền"). Areas are read:
    "394 km2" or "km²", "394 m2", "143,7 ha".

    A period phrase ("năm 2021", "quý II/2024", "từ ngày 01/01-31/5/2024";
    English "in 2021", "in Q2 2024", "from 1 January 2024 to 31 May 2024")
    belongs to the statement it is written with. A statement's period is the
    first phrase within its ``Statement.text``; failing that, the last phrase
    before it in its sentence (a heading: "Năm 2021, A đạt X; B đạt Y" dates
    both); failing that, ``period``; failing that, None. A phrase written only
    after a statement, in another statement's clause, is not its period; a
    phrase after "so với", "cùng kỳ", "đến", "lần" or a percent (English "on",
    "of", "times") is a base, not a period; a phrase that names no valid
    period ("quý 5/2024") gives None. Components share their statement's
    period; "so với cùng kỳ" is resolved against the statement's own period.
    No subject keeps a period phrase.

    The subject of a figure starts at the last strong separator (";", ":",
    "(", ")") after the previous figure or comparison of its sentence; with
    none, at the first comma (or "và") after the previous one, and for the
    first figure at the sentence start: commas inside a noun phrase ("công
    trình kết cấu hạ tầng, công trình dịch vụ, tiện ích công cộng") stay in
    it. A comma before "trong đó", "đến nay", "hiện nay", "đồng thời" or "ngoài
    ra" always opens a clause. An opening adverbial ("Theo báo cáo, ",
    "Tính từ 01/3/2020 – 25/5/2020, "), leading "trong đó/và/có" and trailing
    verbs are left out ("thu" only after a fee, "phí … thu 234.433 triệu
    đồng": "tổng thu", "dự toán thu" keep it); for "… do X … là một trong 08 KKT" the subject is X's
    clause. ``Statement.text`` runs from the start of the subject's clause
    to the first ";" after the statement's last figure, comparison or
    component, the start of the next statement's clause or the end of the
    sentence, whichever comes first.

    Args:
        text: the report text.
        lang: its language, "vi" or "en".
        period: the period of the statements whose sentence names none for
            them (none within their words, none before them), such as a
            report's heading period ("9 tháng đầu năm 2020"); "so với cùng kỳ"
            in them is then resolved against it. A statement that names its
            own period keeps it.

    Raises:
        InvalidTypeError: ``text`` is not a str (bytes must be decoded first),
            or ``period`` is neither a Period nor None.
        InvalidValueError: ``lang`` is neither "vi" nor "en".

    >>> [s] = parse_statements("đã giải ngân được 42.119/102.681 triệu đồng, bằng 41% kế hoạch vốn")
    >>> s.value.value, s.whole.value, s.whole.unit, s.comparisons[0].base
    (Decimal('42119'), Decimal('102681'), 'million_VND', 'kế hoạch vốn')
    >>> [bad] = parse_statements("giải ngân 344.8 tỷ đồng")
    >>> bad.text, bad.span, bad.reason[:40]
    ('344.8 tỷ đồng', (13, 23), "'.' must be followed by three digits; in")
    >>> [rate] = parse_statements("Tỷ lệ giải ngân đạt 41% kế hoạch vốn")
    >>> rate.subject, rate.value.fraction, rate.base
    ('tỷ lệ giải ngân', Decimal('0.41'), 'kế hoạch vốn')
    >>> [fees] = parse_statements(
    ...     "Phí thu đạt trên 344,8 tỷ đồng, giảm 21,5% so với cùng kỳ 2019",
    ...     period=Period.parse("9 tháng đầu năm 2020"),
    ... )
    >>> fees.period.label(), fees.comparisons[0].base_period.label()
    ('9 tháng đầu năm 2020', '9 tháng đầu năm 2019')
    >>> letters, fees = parse_statements(
    ...     "Gửi 02 Công thư; thu phí từ ngày 01/01-31/5/2024 đạt 278.718 triệu đồng"
    ... )
    >>> letters.period is None, fees.period.label()
    (True, '5 tháng đầu năm 2024')
    >>> [trade] = parse_statements(
    ...     "Năm 2024 kim ngạch đạt 1.370 triệu USD (tăng trên 12,3% so với năm trước)"
    ... )
    >>> growth = trade.comparisons[0]
    >>> growth.value.qualifier, growth.base, growth.base_period.label()
    (<Qualifier.AT_LEAST: 'at_least'>, 'cùng kỳ', 'năm 2023')
    >>> [coal] = parse_statements("Sản lượng đạt 5,2 triệu tấn.")
    >>> coal.quantity
    <Quantity(5.2, 'million_tonne')>
    >>> [bad] = parse_statements("Sản lượng đạt 5 triệu kg.")
    >>> print(bad.reason)
    '5 triệu kg': a scale word ('triệu') before 'kg' is not read: only currencies are scaled
    >>> [visitors] = parse_statements("Đón 2,6 triệu lượt khách trong 8 tháng năm 2025")
    >>> visitors.value.unit, visitors.noun, visitors.period.label()
    ('million_count', 'lượt khách', '8 tháng đầu năm 2025')
    >>> [grdp] = parse_statements("GRDP ước tăng 7,1%, cao hơn 0,24 điểm phần trăm.")
    >>> grdp.compared.kind, grdp.value.fraction, grdp.comparisons[0].kind
    (<ComparisonKind.GROWTH: 'growth'>, Decimal('0.071'), <ComparisonKind.POINTS: 'points'>)
    """
    source = _check(text, lang)
    if period is not None and not isinstance(period, Period):
        raise InvalidTypeError(
            f"parse_statements needs period to be a Period or None, got {period!r} "
            f"of type {type(period).__name__}"
        )
    results: list[Statement | Unparsed] = []
    totals: list[int] = []  # where the statements of the last sentence with some are
    listing = False  # the previous sentence ended with "trong đó:"
    continuing: int | None = None  # where the total the previous sentence gave parts to is
    start = 0
    for boundary in [*_SENTENCE_END.finditer(source), None]:
        end = len(source) if boundary is None else boundary.end()
        opens = _OPENS_PARTS.match(source, start, end) is not None
        bullet = _BULLET.match(source, start, end) is not None
        if any(char.isdigit() or char == "%" for char in source[start:end]):
            items = _Sentence(source, start, end, lang, period).read()
            parts = tuple(item for item in items if isinstance(item, Statement))
            total = _total_of(results, totals, parts)
            if parts and total is not None and (opens or (listing and bullet)):
                # "… đạt 29 tỷ USD. Trong đó xuất khẩu đạt 14,3 tỷ USD; …": its parts,
                # those in the total's unit and not themselves a share ("2.118/13.954")
                whole = results[total]
                assert isinstance(whole, Statement)  # noqa: S101 - found among statements
                fits = [item for item in parts if _is_part(item, whole)]
                results[total] = attrs.evolve(whole, components=(*whole.components, *fits))
                results.extend(item for item in items if item not in fits)
                continuing = total if fits else None
            elif continuing is not None and (
                fits := _continued(results[continuing], parts)  # type: ignore[arg-type]
            ):
                # "… Trong đó, thu từ xuất nhập khẩu 7.100 tỉ đồng. Thu nội địa đạt …"
                whole = results[continuing]
                assert isinstance(whole, Statement)  # noqa: S101 - set from a statement
                results[continuing] = attrs.evolve(whole, components=(*whole.components, *fits))
                results.extend(item for item in items if item not in fits)
            elif (sides := _sides_after(results, totals, parts)) is not None:
                # "Kim ngạch hàng hóa … đạt 480,3 triệu USD. Nhập khẩu đạt 414,7 triệu
                # USD, trong khi xuất khẩu đạt 65,6 triệu USD": its two sides
                at, whole = sides[0], results[sides[0]]
                assert isinstance(whole, Statement)  # noqa: S101 - checked by _sides_after
                results[at] = attrs.evolve(whole, components=sides[1])
                results.extend(item for item in items if item not in sides[1])
                continuing = None
            else:
                results.extend(items)
                continuing = None
                if parts:
                    totals = list(range(len(results) - len(items), len(results)))
        else:
            continuing = None
        listing = _ENDS_WITH_PARTS.search(source, start, end) is not None or (listing and bullet)
        start = end
    return Statements(results)


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
    return "" if figure.qualifier is None else _WRITE_QUALIFIER[lang][figure.qualifier] + " "


def _write_figure(statement: Statement, lang: Language) -> str:
    value = statement.value
    qualifier = _write_qualifier(value, lang)
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


def _write_base(comparison: Comparison, lang: Language) -> str:
    base = comparison.base
    if base is None:
        if comparison.base_period is None:
            return ""
        label = comparison.base_period.label(lang)
        return f" so với {label}" if lang == "vi" else f" on {label}"
    same = _SAME_PERIOD["vi"].fullmatch(base)
    changes = (ComparisonKind.GROWTH, ComparisonKind.CHANGE)
    if lang == "vi":
        lead = " so với " if comparison.kind in changes else " "
        return lead + base
    if same is None:
        preposition = dict.fromkeys(changes, "on") | {ComparisonKind.RATIO: "of"}
        return f" {preposition.get(comparison.kind, 'of')} {base}"
    year = same.group(1) or "the previous year"
    return f" on the same period of {year}"


def _write_base_value(comparison: Comparison, lang: Language) -> str:
    figure = comparison.base_value
    if figure is None:
        return ""
    return f" ({_write_qualifier(figure, lang)}{_number(figure, lang)} {_unit_words(figure, lang)})"


def _write_comparison(comparison: Comparison, lang: Language) -> str:
    value = comparison.value
    number = _write_qualifier(value, lang) + _number(value, lang)
    if comparison.kind is ComparisonKind.MULTIPLE:
        head = f"gấp {number} lần" if lang == "vi" else f"{number} times"
    elif comparison.kind in (ComparisonKind.CHANGE, ComparisonKind.POINTS):
        word = _WRITE_KEYWORD[lang][ComparisonKind.GROWTH, comparison.decrease]
        head = f"{word} {number} {_unit_words(value, lang)}"
    else:
        word = _WRITE_KEYWORD[lang][comparison.kind, comparison.decrease]
        head = f"{word} {number}%"
    return head + _write_base(comparison, lang) + _write_base_value(comparison, lang)


def _head(
    statement: Statement, lang: Language, *, period: bool
) -> tuple[str, tuple[Statement, ...]]:
    """A statement's own words (its figure, its comparisons), and the components still to list."""
    subject = statement.subject
    if period and statement.period is not None:
        subject = f"{subject} {_period_phrase(statement.period, lang)}".strip()
    verb = "đạt" if lang == "vi" else "reached"
    if statement.compared is not None:
        parts = [f"{subject} {_write_comparison(statement.compared, lang)}".strip()]
    else:
        parts = [f"{subject} {verb} {_write_figure(statement, lang)}".strip()]
    parts.extend(_write_comparison(c, lang) for c in statement.comparisons)
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
    "… reached 41% of kế hoạch vốn"). English keeps a
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
        raise InvalidTypeError(f"describe needs a Statement, got {statement!r}")
    _check_lang(lang)
    sentence = _clause(statement, lang, period=True)
    return sentence[0].upper() + sentence[1:] + "."


# -- tables ---------------------------------------------------------------------------------


class Statements(list[Statement | Unparsed]):
    """What :func:`parse_statements` returns: a list that also makes a frame and an HTML table."""

    def _frame_columns(self, *, exact: bool) -> FrameColumns:
        rows: list[tuple[Statement, int | None, int]] = []
        for item in self:
            if isinstance(item, Statement):
                stack: list[tuple[Statement, int | None, int]] = [(item, None, 0)]
                while stack:  # depth first, without recursion
                    statement, parent, depth = stack.pop()
                    here = len(rows)
                    rows.append((statement, parent, depth))
                    stack.extend((part, here, depth + 1) for part in reversed(statement.components))
        statements = [statement for statement, _, _ in rows]
        firsts = [s.compared or (s.comparisons[0] if s.comparisons else None) for s in statements]
        columns = FrameColumns(exact=exact)
        columns.text("subject", [s.subject for s in statements])
        columns.number("value", [s.value.value for s in statements], None)
        columns.code("unit", [s.value.unit for s in statements])
        columns.code("noun", [s.noun for s in statements])
        columns.code("qualifier", [_code(s.value.qualifier) for s in statements])
        columns.period([s.period for s in statements])
        columns.code("comparison", [None if c is None else c.kind.value for c in firsts])
        columns.number(
            "comparison_value",
            [
                None if c is None else -c.value.value if c.decrease else c.value.value
                for c in firsts
            ],
            None,
        )
        columns.text("comparison_base", [None if c is None else c.base for c in firsts])
        columns.code("relation", [_code(s.relation) for s in statements])
        columns.count("parent", [parent for _, parent, _ in rows])
        columns.count("depth", [depth for _, _, depth in rows])
        columns.text("text", [s.text for s in statements])
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """Every statement and its parts, one row each, depth first (needs ``dongdang[pandas]``).

        Columns: ``subject``, ``value`` (the number as printed: 278718 for
        "278.718 triệu đồng", float64 or Decimal with ``exact=True``) and its
        ``unit`` (``million_VND``, ``percent``…, empty for a count) and ``noun``
        (what a count counts), ``qualifier``, ``start`` and ``end`` of its
        period, its first comparison: ``comparison`` (``growth``, ``ratio``…),
        ``comparison_value`` (negative for a fall), ``comparison_base``; its
        ``relation``, ``parent`` (the row it is a part of, after "trong đó")
        and ``depth``, and its ``text``. ``frame.attrs["unparsed"]`` holds the
        texts that could not be read.

        >>> frame = parse_statements(
        ...     "Thu phí đạt 664.127 triệu đồng, tăng 40,2% so với cùng kỳ."
        ... ).to_frame()
        >>> frame[["value", "unit", "comparison", "comparison_value"]]
              value         unit comparison  comparison_value
        0  664127.0  million_VND     growth              40.2
        """
        unparsed = tuple(item.text for item in self if isinstance(item, Unparsed))
        return self._frame_columns(exact=exact).frame(metadata={"unparsed": unparsed})

    def _repr_html_(self) -> str:
        caption = (
            f"<Statements: {len(self)} read, {sum(isinstance(i, Unparsed) for i in self)} not>"
        )
        return self._frame_columns(exact=True).html(caption)


def _code(member: enum.Enum | None) -> str | None:
    return None if member is None else str(member.value)
