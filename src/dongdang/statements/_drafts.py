"""Reading helpers: the blanks, reaches and drafts a sentence is read through."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final, final

import attrs

from dongdang._decimal import MAX_EXPONENT
from dongdang.errors import ParseError
from dongdang.statements._values import ComparisonKind, Relation
from dongdang.statements._vocabulary import (
    _AHEAD_WORDS,
    _ONE_OF,
    _QUALIFIER_WORDS,
    _SEPARATORS_BEFORE,
    _TRAILING_MARKS,
    _TRAILING_WORDS,
)
from dongdang.text import _NO_QUANTITY, QUALIFIER_WORDS, Figure, read_figure

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.periods import Language

# -- reading ------------------------------------------------------------------------


def _join(number: str, phrase: str | None) -> str:
    return number if phrase is None else f"{number} {phrase}"


def _hedged(figure: Figure, word: str) -> Figure:
    """``figure`` qualified by the hedge written before its comparison word ("gần bằng 102%")."""
    return attrs.evolve(figure, qualifier=QUALIFIER_WORDS[word.lower()], qualifier_word=word)


def _is_amount(figure: Figure) -> bool:
    """Whether a figure is an amount: a quantity, not a count, a percent or a rank."""
    return figure.unit not in _NO_QUANTITY


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
    among: Figure | None = None  # of a rank: how many it is ranked among
    superlative: str | None = None  # of a rank: its adjective ("lớn thứ 2")
    compared: _ComparisonEvent | None = None
    relation: Relation | None = None
    # resolved when the statement's period is known, at freezing
    comparisons: list[_ComparisonEvent] = attrs.Factory(list)
    components: list[_Draft] = attrs.Factory(list)


@attrs.frozen
class _Rank:
    """A rank read in a sentence ("thứ 4/14 tỉnh"), its statement still to make."""

    start: int  # where its figure starts in the sentence ("thứ", or the number after "và")
    end: int  # where it ends, its noun of places included
    subject_at: int  # where the words before it end: at the word that ranks ("xếp thứ")
    value: Figure  # of unit "rank"
    among: Figure | None
    noun: str | None
    superlative: str | None  # the adjective before "thứ" ("lớn thứ 2"), or None


def _bare(printed: str, value: int, unit: str | None) -> Figure:
    """The figure of a whole number printed as ``printed`` ("thứ 4", "02"), of ``unit``."""
    return Figure(
        text=printed,
        span=(0, len(printed)),
        qualifier=None,
        qualifier_word=None,
        value=Decimal(value),
        decimals=0,
        unit=unit,
    )


def _is_rank(draft: _Draft | None) -> bool:
    """Whether a draft is of a rank ("xếp thứ 4/14 tỉnh")."""
    return draft is not None and draft.value.unit == "rank"


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
        *(f"{ahead} {change}" for ahead in _AHEAD_WORDS for change in ("tăng thêm", "thấp hơn")),
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
