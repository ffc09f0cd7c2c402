"""Reading one sentence: its subjects, figures, comparisons and parts."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from dongdang.errors import InvalidValueError, ParseError
from dongdang.statements._drafts import (
    _bare,
    _blank,
    _ComparisonEvent,
    _Draft,
    _ending_at,
    _hedged,
    _is_amount,
    _is_rank,
    _is_unit,
    _join,
    _one_of,
    _Rank,
    _Reach,
    _size_problem,
    _words,
)
from dongdang.statements._values import (
    COUNT_NOUNS,
    Comparison,
    ComparisonKind,
    Relation,
    Statement,
    Unparsed,
)
from dongdang.statements._vocabulary import (
    _AFTER_TRIPS,
    _BASE_END,
    _BASE_LEAD,
    _BLANKS,
    _BRACKET,
    _CHANGE_BEFORE,
    _CHANGE_IN_BRACKET,
    _CHANGE_THEN_BRACKET,
    _COMPARED_THAN,
    _COMPONENTS,
    _CONTINUED,
    _COUNTING_ALSO,
    _CUMULATIVE,
    _CURRENCY_SCALE,
    _CURRENCY_WORD,
    _DECREASE,
    _ENGLISH_GROUPING,
    _FOLLOWER,
    _KEYWORDS,
    _LEADING,
    _LONGEST_CHANGE,
    _LONGEST_NAME,
    _LONGEST_NOT_PERIOD_AFTER,
    _LONGEST_OVER,
    _LONGEST_RESTATED,
    _LONGEST_THAN,
    _MEASURE_ONLY,
    _MOST_NOUN_WORDS,
    _MULTIPLE,
    _NAMING_BRACKET,
    _NEXT_IN_RANK,
    _NOT_COUNTING,
    _NOT_FIGURES,
    _NOT_NOUNS,
    _NOT_PERIOD_AFTER,
    _NUMBER,
    _NUMBER_AT,
    _OPENER,
    _OPENING,
    _ORDINAL_BEFORE,
    _OVER_TOTAL,
    _PARTS_BRACKET,
    _PER_NOUN,
    _PERCENT_COMPARISON,
    _PERCENT_VERB,
    _PERIOD_EN,
    _PERIOD_VI,
    _PLACES_END,
    _POINTS_UNIT,
    _PREVIOUS_YEAR,
    _QUALIFIER_BEFORE,
    _RANGE_END,
    _RANK,
    _RANK_AND,
    _RANK_CHANGE,
    _RESTATED,
    _RESTATING,
    _RESTATING_BRACKET,
    _SAME_PERIOD,
    _SCALE_NAMES,
    _SCALED,
    _STRONG_SEPARATOR,
    _THEN,
    _UNIT_WORDS,
    _VERB_PHRASES,
    _VERBS,
    _WEAK_SEPARATOR,
    _WITH_FIGURE,
    _WORD,
    _is_balance,
    _read_period,
)
from dongdang.text import Figure, read_figure


def _without_verb_phrase(words: list[str]) -> list[str]:
    """The words of a subject less the verbs of two words at their end.

    "thu nội địa thực hiện 11.104 tỷ đồng", "tổng thu … ước thực hiện là 235 tỷ
    đồng" (after "là"): the subject ends before "thực hiện".
    """
    while words:
        if " ".join(words[-2:]).lower() in _VERB_PHRASES:
            words = words[:-2]
        elif words[-1].lower() in _VERBS and words[-1].lower() != "thu":
            words = words[:-1]
        else:
            break
    return words


if TYPE_CHECKING:
    from dongdang.periods import Language, Period


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
        self.uppers: dict[int, Figure] = {}  # the upper ends of changes given as ranges, alike
        # (where, currency words) of each currency written, for "chi 450 tỷ"
        self.currencies = [(m.start(), m.group(0)) for m in _CURRENCY_WORD.finditer(self.text)]
        self.brackets: list[tuple[int, int]] = []  # the brackets of those figures
        self.unread: set[int] = set()  # where the changes in a count not read end

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
        ranks = self._ranks()
        self._figures()
        self._place_ranks(ranks)
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
                kind, decrease = _KEYWORDS[self.lang][word], word in _DECREASE
                change = _CHANGE_THEN_BRACKET.search(
                    self.masked, max(0, match.start() - _LONGEST_CHANGE), match.start()
                )
                if change is not None and kind is ComparisonKind.RATIO:
                    # "giảm 657ha (bằng 0,85%)": the change restated as a growth
                    kind = ComparisonKind.GROWTH
                    decrease = change.group("direction").lower() in _DECREASE
                self._comparison(match, kind, decrease=decrease)
            spans.append(match.span())
        spans += self._continued(spans)
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

    def _continued(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A second growth with the word of the first: "tăng 28,3% về X và 46,2% về Y".

        The second takes the kind and direction of the comparison that ends
        right before it, when only the words of what the first measures
        ("về số doanh nghiệp") stand between them.
        """
        found: list[tuple[int, int]] = []
        if self.lang != "vi":
            return found
        ends = sorted((end, start) for start, end in spans)
        kinds = {at: event for at, event in self.events if isinstance(event, tuple)}
        for match in _CONTINUED.finditer(self.masked):
            # the nearest comparison before: any earlier one has a figure in between
            at = bisect.bisect_right(ends, (match.start(), match.start())) - 1
            if at < 0 or not _MEASURE_ONLY.fullmatch(self.masked, ends[at][0], match.start()):
                continue
            first = kinds.get(ends[at][1])
            if first is None:
                continue  # a comparison with no number: unparsed
            self._comparison(match, first[0], decrease=first[2])
            found.append(match.span())
        return found

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
        ahead = match.groupdict().get("ahead")
        if ahead is not None and value.qualifier is None:  # "gần bằng 102%": the hedge is its own
            value = _hedged(value, ahead)
        lead = _BASE_LEAD[self.lang].match(self.text, match.end())
        assert lead is not None  # noqa: S101 - the pattern matches the empty string
        stop = _BASE_END.search(self.text, lead.end())
        assert stop is not None  # noqa: S101 - the pattern matches at the end
        raw, end = self.text[lead.end() : stop.start()], stop.start()
        restated = kind is ComparisonKind.GROWTH and _CHANGE_IN_BRACKET.match(
            self.text, match.end()
        )
        bracket = None if restated else self._bracketed(lead.end(), end)
        opening = raw.rfind("(")
        if restated:  # "tăng 0,32% (1.216 tấn) so với …": the change, no base
            raw, end = "", match.end()
        elif bracket is not None:
            raw, end = raw[: bracket[0] - lead.end()], bracket[1]
            self.base_values[self.offset + match.start()] = bracket[2]
        elif opening >= 0 and _RESTATING.search(raw, opening) is not None:
            # "so với năm 2022 (kim ngạch tăng thêm 1,84 tỷ USD)": a change, not the base
            raw, end = raw[:opening], lead.end() + opening
        if _WITH_FIGURE.match(raw):
            raw = ""  # "tăng 84,3% với 6.134 lượt doanh nghiệp": no base said
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

    # -- ranks

    def _ranks(self) -> list[_Rank]:
        """The ranks of the sentence ("xếp thứ 4/14 tỉnh … và 26/63 tỉnh"), with their changes.

        A "thứ N" after a word that ranks, or a "thứ N/M" before a noun of places
        (see ``_RANK``), then each "và N/M <places>" right after it. Each is
        blanked, and its extent recorded, at once: no figure is read inside it
        and a clause after it starts after it. A change of rank right after the
        last of them ("tăng 02 bậc so với năm 2020") is a RANK_CHANGE comparison
        of it. A rank below 1 or beyond how many it is among is unparsed. Their
        statements are made once every figure is read (:meth:`_place_ranks`): the
        subject of a rank is in the clause that the figures before it close.
        """
        found: list[_Rank] = []
        spans: list[tuple[int, int]] = []
        for match in _RANK[self.lang].finditer(self.plain):
            if spans and match.start() < spans[-1][1]:
                continue  # read already, after "và"
            if not self._is_rank(match):
                continue  # an ordinal: "lần thứ 2", "kỳ họp thứ 5", "vị trí thứ 2 nằm tại"
            chain, end = [match], match.end()
            while self.lang == "vi" and (then := _RANK_AND.match(self.plain, end)) is not None:
                chain.append(then)
                end = then.end()
            last = None
            for item in chain:
                last = self._rank(item)
                spans.append((item.start("rank") if last is None else last.start, item.end()))
                if last is not None:
                    found.append(last)
                    self.extents.add(last.start, last.end)
            change = None if last is None else self._rank_change(end)
            if change is not None:
                spans.append(change)
        self.masked = _blank(self.masked, spans)
        return found

    def _is_rank(self, match: re.Match[str]) -> bool:
        """Whether a match of ``_RANK`` is a rank, not an ordinal.

        A rank after a word that ranks ("xếp thứ 4", "lớn thứ 2"; "xếp hạng
        15/63 tỉnh" without "thứ"), or with how many it is among and a noun of
        places after it, that noun ending its words ("thứ 5/11 huyện, …", "vị
        trí thứ 2/14 tỉnh trong vùng"; not "thứ 2/3 tỉnh lộ"), and no word before
        "thứ" making it an ordinal ("lần thứ 2/3 tỉnh", "là huyện thứ 5/11 huyện").
        """
        groups = match.groupdict()
        if groups["ordinal"] is None:  # "xếp hạng 15/63 tỉnh, thành phố"
            return bool(groups["among"] and groups["noun"])
        if (groups["verb"] and not groups.get("place")) or groups.get("adjective"):
            return True
        return bool(
            (groups["among"] or groups.get("over"))
            and groups["noun"]
            and _PLACES_END.match(self.plain, match.end())
            and not self._ordinal(match.start())
        )

    def _ordinal(self, position: int) -> bool:
        """Whether the word before "thứ" at ``position`` makes it an ordinal ("lần thứ 2")."""
        return _ending_at(_ORDINAL_BEFORE, self.plain, position) is not None

    def _rank(self, match: re.Match[str]) -> _Rank | None:
        """The rank a match of ``_RANK`` or ``_RANK_AND`` reads, or None once unparsed."""
        ordinal = match.groupdict().get("ordinal")
        english = self.lang == "en"
        start = match.start("ordinal" if ordinal and not english else "rank")
        printed = self.text[start : match.end("ordinal" if english else "rank")]
        value, among = (
            int(match.group("rank")),
            match.group("among") or match.groupdict().get("over"),
        )
        if value < 1 or (among is not None and value > int(among)):
            reason = (
                f"{self.text[start : match.end()]!r}: a rank is from 1 to how many it is "
                "ranked among"
            )
            self._unparsed(start, match.end(), reason)
            return None
        cue = match.groupdict().get("verb") and "verb"
        adjective = match.groupdict().get("adjective")
        cue = cue or (adjective and "adjective")
        return _Rank(
            start=start,
            end=match.end(),
            subject_at=start if cue is None else match.start(cue),
            value=_bare(printed, value, "rank"),
            among=None if among is None else _bare(among, int(among), None),
            noun=match.group("noun"),
            superlative=adjective,
        )

    def _rank_change(self, end: int) -> tuple[int, int] | None:
        """A change of the rank ending at ``end`` ("tăng 02 bậc so với năm 2020"): its span.

        Recorded as a RANK_CHANGE comparison event, with its base; None when
        none follows the rank in its clause.
        """
        change = _RANK_CHANGE[self.lang].match(self.plain, end)
        if change is None:
            return None
        start = change.start("word")
        words, stop = self._base_after(change.end())
        number = change.group("number")
        event: _ComparisonEvent = (
            ComparisonKind.RANK_CHANGE,
            _bare(number, int(number), "rank"),
            change.group("word").lower() in _DECREASE,
            words,
            self._abs(start, stop),
            self._abs(*change.span("number")),
        )
        self.events.append((start, event))
        self.extents.add(start, stop)
        return start, change.end()

    def _place_ranks(self, ranks: list[_Rank]) -> None:
        """The statements of the ranks :meth:`_ranks` read, now that every figure is read.

        The subject is the words of its clause before the word that ranks
        ("Hà Nội đứng ở vị trí thứ 8": "Hà Nội"), or before the adjective that
        ranks ("đơn vị có chỉ tiêu thu lớn thứ 2": "đơn vị có chỉ tiêu thu", the
        adjective kept as ``superlative``); see also :meth:`_rank_subject`.
        """
        for rank in ranks:
            clause, own = self._subject(rank.subject_at)
            draft = _Draft(
                subject=own,
                value=rank.value,
                noun=rank.noun,
                whole=None,
                upper=None,
                per=None,
                span=self._abs(rank.start, rank.end),
                clause=clause,
                reach=rank.end,
                among=rank.among,
                superlative=rank.superlative,
            )
            self.events.append((rank.start, draft))

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
        if (
            qualifier is not None
            and qualifier.group(1).lower() == "hơn"
            and _COMPARED_THAN.search(
                self.text, max(0, qualifier.start() - _LONGEST_THAN), qualifier.end()
            )
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
        # "519 doanh nghiệp, tăng 148 doanh nghiệp", "đạt 51,50 tạ/ha, tăng 2,63% (1,32
        # tạ/ha)": a count of the noun of the figure before is its change, as an amount is
        count = value.unit is None and draft.noun is not None and draft.noun == self._noun_before()
        if change is None and (count or _is_amount(value)):
            change = _RESTATED.search(
                self.text, max(0, figure_start - _LONGEST_RESTATED), figure_start
            )
        if change is not None:
            self._change(change, attrs.evolve(draft, value=value), count=count)
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

    def _noun_before(self) -> str | None:
        """The counted noun of the figure read last in the sentence, if any."""
        previous = next((e for _, e in reversed(self.events) if isinstance(e, _Draft)), None)
        return None if previous is None else previous.noun

    def _change(self, keyword: re.Match[str], draft: _Draft, *, count: bool = False) -> None:
        """A figure after "tăng"/"giảm" ("up"/"down"): a change of the figure before it.

        "tăng 30 tỷ đồng so với cùng kỳ" is a CHANGE comparison, and so is a
        range of amounts ("tăng 10 – 15 nghìn đồng/kg": its upper end is
        ``Comparison.upper``). A ``count`` of the noun of the figure before it
        is a change of that figure when in its clause ("519 doanh nghiệp, tăng
        148 doanh nghiệp") or when it restates its growth ("tăng 2,63% (1,32
        tạ/ha)"); any other change in a count ("tăng 5 dự án"), a growth or
        points written as a range ("tăng 10 - 15%") and a change written as a
        fraction are unparsed.
        """
        value, figure, upper = draft.value, draft.span, draft.upper
        ahead = keyword.groupdict().get("ahead")
        start, end = keyword.start("ahead" if ahead else "word"), figure[1]
        printed = self.text[start:end]
        if ahead is not None and value.qualifier is None:  # "ước tăng 30 tỷ đồng"
            value = _hedged(value, ahead)
        amount = _is_amount(value)
        if (draft.whole, draft.per) != (None, None) or (upper is not None and not amount):
            what = "growth" if value.unit == "percent" else "change"
            reason = f"{printed!r}: a {what} given as a range or a fraction is not read"
            self._unparsed(start, end, reason)
            return
        restated = keyword.re is _RESTATED
        if value.unit is None and not (count and (restated or self._right_after(start))):
            reason = "a change in a count is not read unless it follows a count of its noun"
            self._unparsed(start, end, f"{printed!r}: {reason}")
            self.unread.add(end)
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
        if upper is not None:
            self.uppers[self.offset + start] = upper
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
                    "dongdang scales only currencies, hectares, tonnes, kWh and counts"
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
        # "giảm 657ha (bằng 0,85%)": the bracket opens what restates the change, no base
        words = " ".join(self.text[lead.end() : stop.start()].split()).removesuffix("(").rstrip()
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
        raise InvalidValueError.of(
            "figure",
            f"{value.text}/{other.text}",
            f"must not divide contradictory units ({value.unit} and {other.unit})",
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
        names = [
            n.span()
            for n in _NAMING_BRACKET.finditer(
                self.plain, max(0, floor - _LONGEST_NAME), position + _LONGEST_NAME
            )
        ]
        strong = [
            m.end()
            for m in _STRONG_SEPARATOR.finditer(self.plain, floor, position)
            if not any(start <= m.start() < end for start, end in names)
        ]
        strong += [
            m.end() for m in _OPENER.finditer(self.plain, max(strong, default=floor), position + 1)
        ]
        strong = [end for end in strong if end <= position]
        if strong:
            clause = strong[-1]
        elif previous is not None:
            weak = _WEAK_SEPARATOR.search(self.plain, floor, position)
            clause = floor if weak is None else weak.end()
        if (
            strong
            and clause == strong[-1]
            and self.plain[clause - 1] == ":"
            and not self.plain[clause:position].strip()
        ):
            # "thu tài chính: 4 tỷ đồng": the words before the colon name the figure
            return self._subject(clause - 1)
        start = clause
        opening = _OPENING.match(self.plain, clause, position)
        while opening is not None and (strong or previous is None):
            # "Theo UBND huyện, trong 3 tháng đầu năm 2020, tổng thu …": one or more
            start = opening.end()
            opening = _OPENING.match(self.plain, start, position)
        words = _without_verb_phrase(self.plain[start:position].split())
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
        # "trong đó" does not add to them ("23 hồ sơ (gồm: 22, 2, 1); trong đó 9 …").
        # A rank is the latest figure for its change of rank only: the parts after it,
        # and any other comparison, are of the figure it ranks ("đạt mức 7,14%, xếp thứ
        # 29/63 tỉnh, thành phố; trong đó, khu vực …").
        cues = sorted(
            [
                *((m.start(), "") for m in _COMPONENTS.finditer(self.text)),
                *((m.start(), m.group(0)) for m in _BRACKET.finditer(self.text)),
                *((m.start(), "next") for m in _NEXT_IN_RANK.finditer(self.text)),
                *((m.start(), "next") for m in _CUMULATIVE.finditer(self.text)),
            ]
        )
        outer: list[_Draft | None] = []  # the parent before each "trong đó", for "kế đến là"
        opened: list[tuple[_Draft | None, _Draft | None, int]] = []
        items: list[_Draft | Unparsed] = []
        parent: _Draft | None = None
        latest: _Draft | None = None
        ranked: _Draft | None = None  # the latest that is no rank
        closed: _Draft | None = None  # whose parts were listed in a bracket
        for position, event in sorted(self.events, key=lambda item: item[0]):
            while cues and cues[0][0] < position:
                position_of, cue = cues.pop(0)
                if cue == "(":
                    opened.append((parent, ranked, 0 if ranked is None else len(ranked.components)))
                    if ranked is not None and _PARTS_BRACKET.match(self.text, position_of):
                        parent = ranked  # "(3.223 phương tiện …; 3.719 phương tiện …)"
                elif cue == ")" and opened:
                    parent, ranked, count = opened.pop()
                    latest = ranked
                    if ranked is not None and len(ranked.components) > count:
                        closed = ranked
                elif cue == "next":
                    parent = outer.pop() if outer else parent
                elif not cue:
                    outer.append(parent)
                    parent = None if ranked is closed else ranked
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
                self._rank_subject(event, latest, ranked)
                if parent is None:
                    items.append(event)
                else:
                    parent.components.append(event)
                latest = event
                ranked = ranked if _is_rank(event) else event
            elif isinstance(event, Unparsed):
                items.append(event)
            elif self.extents.before(position) in self.unread and self._right_after(position):
                # "số doanh nghiệp giải thể tăng 48 doanh nghiệp, tăng 40%": the growth of
                # the change not read, not of the count before it
                start, end = event[4]  # type: ignore[index]
                reason = "a comparison of a change in a count that is not read"
                items.append(
                    Unparsed(text=self.source[start:end], span=(start, end), reason=reason)
                )
            elif (
                target := ranked
                if _is_rank(latest) and event[0] is not ComparisonKind.RANK_CHANGE  # type: ignore[index]
                else latest
            ) is not None and not self._own_clause(position):
                target.comparisons.append(event)  # type: ignore[arg-type]
            else:
                item = self._alone(position, event)  # type: ignore[arg-type]
                if isinstance(item, _Draft) and parent is not None:
                    parent.components.append(item)
                else:
                    items.append(item)
                if isinstance(item, _Draft):
                    latest = ranked = item
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

    def _rank_subject(self, draft: _Draft, latest: _Draft | None, ranked: _Draft | None) -> None:
        """The subject of a draft that a rank before it names, or of a rank that names none.

        A rank right after another, no figure between them, ranks the same
        ("xếp thứ 8/14 tỉnh khu vực Trung du và Miền núi phía bắc, xếp thứ 29/63
        tỉnh"); a rank with no words before it in its clause ranks the latest
        figure before it ("GRDP … đạt 9,02%, xếp thứ 4/14 tỉnh"): either takes
        that statement's subject. A figure with no words of its own right after
        a rank is of what the rank ranks ("Bình Dương là địa phương xuất siêu
        lớn thứ 2 cả nước, đạt 8,13 tỷ USD": a trade balance).
        """
        if _is_rank(latest):
            assert latest is not None  # noqa: S101 - checked by _is_rank
            between = self.text[latest.span[1] - self.offset : draft.clause]
            if not any(char.isdigit() for char in between) and (
                _is_rank(draft) or not draft.subject
            ):
                draft.subject = latest.subject
                if _is_balance(draft.subject):
                    draft.relation = Relation.BALANCE
                return
        if _is_rank(draft) and not draft.subject and ranked is not None:
            draft.subject = ranked.subject

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
            opens = opener.match(self.plain, before.clause) or self._opens_bracket(opener, before)
            if opens is not None and then is not None:
                return len(merged) - back, relation, then.end()
        return None

    def _opens_bracket(self, opener: re.Pattern[str], draft: _Draft) -> re.Match[str] | None:
        """The opener of the clause before a bracket a draft's figure opens, or None.

        "Không tính số thu từ tiền sử dụng đất (5.056 tỷ đồng) thì …": the figure
        in brackets is of the words before them: its subject becomes those
        words after the opener.
        """
        bracket = draft.clause - 1
        inside = self.plain[draft.clause : draft.span[0] - self.offset]
        if self.plain[bracket : draft.clause] != "(" or inside.strip():
            return None
        start = max(
            (m.end() for m in _STRONG_SEPARATOR.finditer(self.plain, 0, bracket)), default=0
        )
        opens = opener.match(self.plain, start)
        if opens is not None:  # the bracket holds the figure alone: its words are before it
            draft.subject = self._subject_after(opens.end(), bracket)
        return opens

    def _subject_after(self, start: int, position: int) -> str:
        """The subject written between ``start`` and a figure at ``position``."""
        words = _without_verb_phrase(self.plain[start:position].split())
        while words and words[-1].lower() in _VERBS:
            words.pop()
        return " ".join(words)

    def _right_after(self, position: int) -> bool:
        """Whether ``position`` comes right after a comma that closes the event before's phrase.

        "519 doanh nghiệp, tăng 148 doanh nghiệp", "519 doanh nghiệp thành lập
        mới, tăng 48 doanh nghiệp": the change of the count; in "519 doanh
        nghiệp, số doanh nghiệp giải thể tăng 48 doanh nghiệp" the change has a
        subject of its own (words after the comma).
        """
        previous = self.extents.before(position)
        return (
            previous is not None
            and _ONLY_COMMA.fullmatch(self.plain, previous, position) is not None
        )

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
                among=draft.among,
                superlative=draft.superlative,
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
        "bằng" is the figure itself; a growth, change, points or multiple
        ("tăng gấp 4,2 lần") of a figure the sentence does not give is a
        statement of its own, its ``compared``. An excess is unparsed.
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
            upper=self.uppers.get(span[0]),
            span=span,
        )


#: The comparisons that make a statement of their own with no figure before them:
#: a percent after "đạt"/"bằng" is the figure; a growth, change, points or multiple of
#: a value the text does not give ("GRDP tăng 7,1%", "lượng khách tăng gấp 4,2 lần")
#: is the statement's ``compared``.
_ALONE: Final = frozenset(
    {
        ComparisonKind.ATTAINMENT,
        ComparisonKind.RATIO,
        ComparisonKind.GROWTH,
        ComparisonKind.CHANGE,
        ComparisonKind.POINTS,
        ComparisonKind.MULTIPLE,
    }
)


# What stands between a count and its change: "519 doanh nghiệp, tăng 148 doanh nghiệp".
# words finishing the figure's own phrase ("519 doanh nghiệp thành lập mới"), then a comma and
# nothing but spaces: what comes right after it has no subject of its own
_ONLY_COMMA: Final = re.compile(
    r"(?:(?!(?<!\w)(?:và|trong đó)(?!\w))[^,;:()\d\n])*,?[^\S\n]*", re.IGNORECASE
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
        and not _is_rank(draft)
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
