"""Statements and their comparisons: the values a reading returns."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final, final

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

    from dongdang.periods import Period
    from dongdang.text import (
        Figure,
        Qualifier,
    )
    from dongdang.units import Quantity

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

    ===========  ==========================  ==============================
    member       Vietnamese                  English (as :func:`describe`)
    ===========  ==========================  ==============================
    GROWTH       tăng X% / giảm X%           up X% / down X%
    RATIO        bằng X% <base>              equal to X% of <base>
    ATTAINMENT   đạt X% <base>               reaching X% of <base>
    EXCESS       vượt X% <base>              exceeding by X% <base>
    MULTIPLE     gấp N lần / tăng N lần      N times <base>
    CHANGE       tăng X tỷ đồng / giảm X …   up X billion VND / down X …
    POINTS       tăng X điểm phần trăm       up X percentage points
    RANK_CHANGE  tăng N bậc / giảm N bậc     up N places / down N places
    ===========  ==========================  ==============================

    A qualifier may stand between the keyword and the number ("tăng trên 5%",
    "gấp hơn 2 lần", "down about 15%", "tăng hơn 30 tỷ đồng"). "Giảm N lần"
    is not read (see :func:`parse_statements`). A CHANGE is by an amount with
    its unit, or by a range of amounts ("tăng 10 – 15 nghìn đồng/kg":
    ``Comparison.upper``); its base and base period are read as for GROWTH
    ("tăng 30 tỷ đồng so với cùng kỳ").

    A RANK_CHANGE is a change of a rank (a statement whose figure has unit
    ``"rank"``: "xếp thứ 29/63 tỉnh, thành phố, tăng 02 bậc so với năm
    2020"), read only right after a rank; its value is the number of places,
    of unit ``"rank"``. Up ("tăng", ``decrease`` False) means a better place: a
    *smaller* rank number (31st to 29th is "tăng 2 bậc"); down ("giảm",
    ``decrease`` True) a larger one.
    """

    GROWTH = "growth"
    RATIO = "ratio"
    ATTAINMENT = "attainment"
    EXCESS = "excess"
    MULTIPLE = "multiple"
    CHANGE = "change"
    POINTS = "points"
    RANK_CHANGE = "rank_change"


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
            AT_LEAST); for RANK_CHANGE the number of places ("02", unit ``"rank"``).
        decrease: True for "giảm" (a fall): :attr:`fraction` is then negative; for
            CHANGE, the amount fell by ``value``; for RANK_CHANGE, the rank went
            down by ``value`` places (its number grew).
        base: the words naming the base ("kế hoạch giao"), or for GROWTH one of
            ``"cùng kỳ"`` (also for "năm trước", "cùng kỳ năm trước", "the previous
            year") and ``"cùng kỳ năm YYYY"``; None for a base named by a period
            alone ("so với năm 2020") or for none at all.
        base_period: the period compared with, when the sentence says which.
        base_value: the base's own figure when the report prints it: in brackets
            after its words ("đạt 108% dự toán (4.000 tỷ đồng)") or in an earlier
            sentence of the same subject and period; None otherwise.
        upper: for a CHANGE given as a range ("tăng 10 – 15 nghìn đồng/kg"), its
            upper end (``value`` is the lower one); None otherwise.
        span: where the comparison stands in the source text.
    """

    kind: ComparisonKind
    value: Figure
    decrease: bool = False
    base: str | None = None
    base_period: Period | None = None
    base_value: Figure | None = None
    upper: Figure | None = None
    span: tuple[int, int] = (0, 0)

    @property
    def fraction(self) -> Decimal:
        """The percent as a fraction (-0.215 for "giảm 21,5%"), or the multiple.

        Raises:
            InvalidValueError: for a CHANGE, whose value is an amount (use
                ``value.quantity`` and ``decrease``), and for a RANK_CHANGE (use
                ``value.value`` and ``decrease``).
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
            _key(self.upper),
        ) == (
            other.kind,
            other.decrease,
            _key(other.value),
            other.base,
            other.base_period,
            _key(other.base_value),
            _key(other.upper),
        )


@final
@attrs.frozen(kw_only=True, eq=False, repr=False)
class Statement:
    """One figure of a report sentence, with what the sentence says about it.

    Attributes:
        subject: what is measured: the words before the verb ("phí sang tải").
        value: the figure (qualifier, printed value and decimals, unit).
        noun: the noun a count counts ("cặp cửa khẩu"), or None for an amount; for a
            rank, what it is ranked among ("tỉnh, thành phố" in "thứ 29/63 tỉnh, thành
            phố"), or None.
        period: the period written with the statement, or before it in its
            sentence, or the report's (see :func:`parse_statements`); None
            when there is none. Components share their statement's period.
        comparisons: the comparisons that follow the figure.
        components: the parts after "trong đó" ("of which").
        whole: the denominator of "42.119/102.681 triệu đồng" or "06/12 cặp cửa khẩu".
        upper: the upper end of a range "1.100 - 1.350 xe/ngày".
        per: what an amount is for: the trips of "100.751 triệu đồng/215.385 lượt xe".
        among: for a rank (a figure of unit ``"rank"``: "xếp thứ 4/14 tỉnh"), how
            many it is ranked among ("14", a bare number; ``noun`` says what: "tỉnh");
            None when the text does not say, and for every other figure. It is
            never a ``whole``: a rank is no fraction of anything.
        superlative: for a rank after an adjective ("lớn thứ 2 cả nước": the second
            largest; "cao thứ 3"), that adjective, as written; None for every other
            figure. The subject ends before it.
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
    among: Figure | None = None
    superlative: str | None = None
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
        whole, upper, per, among and base: what a round trip through :func:`describe`
        keeps.
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
        and (_key(first.whole), _key(first.upper), _key(first.per), _key(first.among))
        == (_key(second.whole), _key(second.upper), _key(second.per), _key(second.among))
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
