"""Reading a text: sentences into statements, parts joined to their totals."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidTypeError
from dongdang.periods import Period
from dongdang.statements._drafts import _words
from dongdang.statements._sentences import _Sentence
from dongdang.statements._tables import Statements
from dongdang.statements._values import Statement, Unparsed
from dongdang.statements._vocabulary import (
    _BULLET,
    _ENDS_WITH_PARTS,
    _LISTS_PARTS,
    _OPENS_PARTS,
    _SENTENCE_END,
)
from dongdang.text import normalize_text

if TYPE_CHECKING:
    from dongdang.periods import Language


def _check(text: object, lang: object) -> str:
    if not isinstance(text, str):
        raise InvalidTypeError.of("text", "a str", text)
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


# a total named among the figures after "Cụ thể": "Cụ thể, 6 tháng đầu năm 2024, tổng thu
# ngân sách … đạt 30.774 tỷ đồng" restates a total, it lists no parts
_TOTAL_WORD: Final = re.compile(r"(?<!\w)tổng(?!\w)", re.IGNORECASE)


def _listed(parts: tuple[Statement, ...], whole: Statement, source: str) -> list[Statement]:
    """The parts of ``whole`` that a sentence opening with "Cụ thể" lists; [] when in doubt.

    "Cụ thể, thu thuế và phí 73 tỷ đồng, bằng 25% so với dự toán giao; thu cấp, thuê
    đất, bán nhà: 50 tỷ đồng, …; thu tài chính: 4 tỷ đồng, …": two statements or
    more, each a part of it (see :func:`_is_part`; a count, of its very noun), each
    after the first said after a ";"; none named a total ("tổng …"); and no other
    statement in the sentence but percents (a share: "chiếm 57%"). "Cụ thể" also
    opens sentences that restate the figure before, or go on to other measures:
    any other sentence lists no parts.
    """
    fits = [
        item
        for item in parts
        if _is_part(item, whole) and (item.noun or "").lower() == (whole.noun or "").lower()
    ]
    chosen = {id(item) for item in fits}
    others = [item for item in parts if id(item) not in chosen]
    if (
        len(fits) < 2  # noqa: PLR2004 - one figure restates the whole, it lists nothing
        or any(item.value.unit != "percent" for item in others)
        or any(_TOTAL_WORD.search(item.subject) for item in fits)
        or any(";" not in source[a.span[1] : b.span[0]] for a, b in itertools.pairwise(fits))
    ):
        return []
    return fits


# one side of trade in a subject: "xuất khẩu", "nhập khẩu" (not "xuất nhập khẩu")
_TRADE_SIDE: Final = re.compile(r"(?<!\w)(?<!xuất )(xuất|nhập) khẩu(?!\w)", re.IGNORECASE)


# "Riêng thu ngân sách tỉnh quản lý 108 tỷ đồng" (as for): not a word of what is measured
_AS_FOR: Final = "riêng"


def _subject_words(statement: Statement) -> list[str]:
    """A statement's subject as lower-case words, without a leading "riêng" (as for)."""
    words = _words(statement.subject).lower().split()
    return words[1:] if words[:1] == [_AS_FOR] else words


def _siblings(first: Statement, second: Statement) -> bool:
    """Whether two parts name two kinds of one thing: "thu nội địa", "thu từ xuất nhập khẩu".

    Their subjects open with the same word ("Riêng thu ngân sách tỉnh quản
    lý" opens with "thu"), or they are the two sides of trade ("kim ngạch
    xuất khẩu", "nhập khẩu trong 7 tháng").
    """
    mine, other = _subject_words(first), _subject_words(second)
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


Path = tuple[int, ...]  # a statement: its place in the results, then among components


def _at(results: list[Statement | Unparsed], path: Path) -> Statement:
    """The statement at ``path``: a result, then a component of it, and so on."""
    found = results[path[0]]
    assert isinstance(found, Statement)  # noqa: S101 - paths are made to statements only
    for index in path[1:]:
        found = found.components[index]
    return found


def _add_parts(results: list[Statement | Unparsed], path: Path, parts: list[Statement]) -> Path:
    """Add ``parts`` to the components of the statement at ``path``; the last one's path.

    The statements above it are rebuilt around it (they are frozen).
    """
    chain = [_at(results, path[:depth]) for depth in range(1, len(path) + 1)]
    chain[-1] = attrs.evolve(chain[-1], components=(*chain[-1].components, *parts))
    last = (*path, len(chain[-1].components) - 1)
    for depth in range(len(path) - 1, 0, -1):
        components = list(chain[depth - 1].components)
        components[path[depth]] = chain[depth]
        chain[depth - 1] = attrs.evolve(chain[depth - 1], components=tuple(components))
    results[path[0]] = chain[0]
    return last


def _resemblance(item: Statement, whole: Statement) -> int:
    """How many words of its subject a statement shares with the closest part of ``whole``."""
    mine = set(_subject_words(item))
    return max((len(mine & set(_subject_words(part))) for part in whole.components), default=0)


def _continued_list(
    results: list[Statement | Unparsed], path: Path, parts: tuple[Statement, ...]
) -> tuple[Path, list[Statement]] | None:
    """Which list the parts of a sentence go on: the one at ``path`` or one above it.

    "Trong đó, thu ngân sách do huyện quản lý 127 tỷ đồng. Cụ thể, thu thuế
    và phí 73 tỷ đồng; …; thu tài chính: 4 tỷ đồng. Riêng thu ngân sách tỉnh
    quản lý 108 tỷ đồng": each list that some of them continue (see
    :func:`_continued`); of several, the one whose parts they resemble most
    (the most words of a subject shared: "thu ngân sách … quản lý" goes with
    "thu ngân sách do huyện quản lý", not with "thu thuế và phí"), the
    innermost on a tie. (Its path, the parts) or None.
    """
    found: list[tuple[int, Path, list[Statement]]] = []
    for depth in range(len(path), 0, -1):
        whole = _at(results, path[:depth])
        if fits := _continued(whole, parts):
            found.append((max(_resemblance(item, whole) for item in fits), path[:depth], fits))
    if not found:
        return None
    best = max(score for score, _, _ in found)
    return next((at, fits) for score, at, fits in found if score == best)


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


def _candidates(
    results: list[Statement | Unparsed],
    wholes: tuple[Path | None, int | None, list[int]],
    parts: tuple[Statement, ...],
    source: str,
    *,
    cu_the: bool,
    bulleted: bool,
) -> tuple[list[Statement], list[Statement]]:
    """The parts a sentence may give the part said last, and the total of the sentence before.

    ``wholes`` is where the part said last is (or None), where the total is
    (see :func:`_total_of`) and where the statements of the sentence before
    are. Parts are those of the whole's unit (see :func:`_is_part`); after
    "Cụ thể" (``cu_the``), only a list that leaves no doubt (see
    :func:`_listed`), and of the sentence's last figure; but a bullet line
    after "trong đó:" (``bulleted``) gives its parts to the total all the same.
    """
    last_part, total, totals = wholes
    inner: list[Statement] = []
    if last_part is not None:
        said = _at(results, last_part)
        inner = (
            _listed(parts, said, source)
            if cu_the
            else [item for item in parts if _is_part(item, said)]
        )
    fits: list[Statement] = []
    if total is not None:
        whole = results[total]
        assert isinstance(whole, Statement)  # noqa: S101 - found among statements
        fits = [item for item in parts if _is_part(item, whole)]
        if cu_the and not bulleted:  # of the last figure only
            fits = _listed(parts, whole, source) if total == totals[-1] else []
    return inner, fits


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
    figure before it (with none before it, a statement of its own); a range of
    amounts ("tăng 10 – 15 nghìn đồng/kg") is one, its upper end
    ``Comparison.upper``; so is a count right after a count of its noun in its
    clause, right after the comma ending its phrase ("519 doanh nghiệp thành lập
    mới, tăng 48 doanh nghiệp").
    Any other change in a count ("tăng 5 dự án"), a growth as a range ("tăng 10 -
    15%") and a change as a fraction are unparsed. A rank ("xếp thứ 4/14 tỉnh",
    "đứng ở vị trí thứ 8", "lớn thứ 2 cả nước", "xếp hạng 15/63 tỉnh", "thứ 22/63
    tỉnh, thành phố", and "và 26/63 tỉnh", "và thứ 10 cả nước" after a rank) is a
    figure of unit ``"rank"``, ``Statement.among`` how many it is ranked among ("thứ
    15/63", "thứ 15 trên 63 tỉnh"), ``Statement.superlative`` its adjective ("lớn");
    "tăng 02 bậc" right after it is a RANK_CHANGE of it, any other "tăng N bậc" is
    unparsed, and so is a rank beyond its among ("thứ 26/14"). Any other "thứ N"
    ("lần thứ 2", "là huyện thứ 5/11 huyện", "vị trí thứ 2 nằm tại") is an ordinal,
    no figure. "So với năm trước", "so với
    cùng kỳ năm trước" (English "on the
    previous year") are "so với cùng kỳ". What cannot be read is unparsed with
    the reason: a scale word before a unit that is not scaled ("5 triệu kg";
    dongdang scales currencies, hectares, tonnes, kWh and counts), a figure with a
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
    '5 triệu kg': a scale word ('triệu') before 'kg' is not read: dongdang scales only ...
    >>> [visitors] = parse_statements("Đón 2,6 triệu lượt khách trong 8 tháng năm 2025")
    >>> visitors.value.unit, visitors.noun, visitors.period.label()
    ('million_count', 'lượt khách', '8 tháng đầu năm 2025')
    >>> [grdp] = parse_statements("GRDP ước tăng 7,1%, cao hơn 0,24 điểm phần trăm.")
    >>> grdp.compared.kind, grdp.value.fraction, grdp.comparisons[0].kind
    (<ComparisonKind.GROWTH: 'growth'>, Decimal('0.071'), <ComparisonKind.POINTS: 'points'>)
    """
    source = _check(text, lang)
    if period is not None and not isinstance(period, Period):
        raise InvalidTypeError.of("period", "a Period or None", period)
    results: list[Statement | Unparsed] = []
    totals: list[int] = []  # where the statements of the last sentence with some are
    listing = False  # the previous sentence ended with "trong đó:"
    continuing: Path | None = None  # where the total the previous sentence gave parts to is
    last_part: Path | None = None  # where the last part the previous sentence gave is
    start = 0
    for boundary in [*_SENTENCE_END.finditer(source), None]:
        end = len(source) if boundary is None else boundary.end()
        opens = _OPENS_PARTS.match(source, start, end) is not None
        lists = _LISTS_PARTS.match(source, start, end) is not None
        bullet = _BULLET.match(source, start, end) is not None
        if any(char.isdigit() or char == "%" for char in source[start:end]):
            items = _Sentence(source, start, end, lang, period).read()
            parts = tuple(item for item in items if isinstance(item, Statement))
            total = _total_of(results, totals, parts)
            inner, fits = _candidates(
                results,
                (last_part, total, totals),
                parts,
                source,
                cu_the=lists,
                bulleted=listing and bullet,
            )
            if last_part is not None and (opens or lists) and inner:
                # "Trong đó, thu do huyện quản lý 127 tỷ đồng. Cụ thể, thu thuế 73 tỷ
                # đồng; …": the parts of the part said last
                continuing, last_part = last_part, _add_parts(results, last_part, inner)
                results.extend(item for item in items if item not in inner)
            elif (
                parts
                and total is not None
                and (opens or (listing and bullet) or (lists and bool(fits)))
            ):
                # "… đạt 29 tỷ USD. Trong đó xuất khẩu đạt 14,3 tỷ USD; …": its parts,
                # those in the total's unit and not themselves a share ("2.118/13.954")
                last_part = _add_parts(results, (total,), fits) if fits else None
                results.extend(item for item in items if item not in fits)
                continuing = (total,) if fits else None
            elif (
                continuing is not None
                and (found := _continued_list(results, continuing, parts)) is not None
            ):
                # "… Trong đó, thu từ xuất nhập khẩu 7.100 tỉ đồng. Thu nội địa đạt …"
                continuing, fits = found
                last_part = _add_parts(results, continuing, fits)
                results.extend(item for item in items if item not in fits)
            elif (sides := _sides_after(results, totals, parts)) is not None:
                # "Kim ngạch hàng hóa … đạt 480,3 triệu USD. Nhập khẩu đạt 414,7 triệu
                # USD, trong khi xuất khẩu đạt 65,6 triệu USD": its two sides
                at, whole = sides[0], results[sides[0]]
                assert isinstance(whole, Statement)  # noqa: S101 - checked by _sides_after
                results[at] = attrs.evolve(whole, components=sides[1])
                results.extend(item for item in items if item not in sides[1])
                continuing = last_part = None
            else:
                results.extend(items)
                continuing = last_part = None
                if parts:
                    totals = list(range(len(results) - len(items), len(results)))
        else:
            continuing = last_part = None
        listing = _ENDS_WITH_PARTS.search(source, start, end) is not None or (listing and bullet)
        start = end
    return Statements(results)
