"""How well the reader and the audit do on the corpus of real report sentences.

Reads every sentence of ``tests/corpus/*.toml`` (hand-annotated, see
``tests/corpus/README.md``) with :func:`dongdang.parse_statements`, one
sentence at a time, and compares what it yields with the annotations:

* **found**: an annotated figure is found when the reader yields a figure
  (a statement's value, a comparison's value or its base's own figure, or the
  whole, upper end, "per" figure or "among" of a statement, or the upper end of a
  change given as a range) whose number stands inside the annotated text, of a
  compatible kind (money, percent, count, area, …) and with the same
  value once the scale is applied (278.718 triệu đồng = 278,718 × 10⁶ đồng;
  95,4 nghìn ha = 95,400 ha). A reader figure serves one annotation at most.
  A rank ("xếp thứ 4/14 tỉnh", annotated as other with a unit "thứ hạng …")
  is matched by the reader's figure of unit "rank", a change of rank ("tăng 02
  bậc", annotated as a count of "bậc") by its RANK_CHANGE comparison.
* **misread**: a figure the reader yields that matches no annotation
  (wrong value, wrong unit or scale, or a number no careful reader takes as a
  figure); it is counted under the kind of the annotation it overlaps, or
  under its own kind. A whole, upper end, per or among figure inside an annotated
  figure that was found ("9/15 xã", "1.100 - 1.350 xe/ngày") is part of it,
  not a misread.
* **period read**: a misread inside a period phrase ("15 ngày đầu năm") is
  counted there instead.
* **unparsed**: an annotated figure the reader gave up on (``Unparsed``).
* **bound**: a figure found is read with the bound its annotated qualifier
  says (``QUALIFIED``: "trên" at least, "gần" at most, "dưới" under, "ước"
  or none as printed; stacked ones such as "ước gần" by their bounding word).

Then each checkable group is audited with :func:`dongdang.audit` on its
sentences read together (in document order). The group's figures are the
figures of its sentences whose printed number is written in the group's
``statement``; an INCONSISTENT finding counts for the group when every
statement it names stands on one of them by its figure or by one of its
comparisons (a growth group is written with its percents). An inconsistent group is *found*
when such a finding comes; a consistent group is a *false alarm* when one
does (groups sharing a sentence with an inconsistent group are left out).
Finally, each consistent group is broken once, deterministically: one of its
figures (which one by a CRC-32 of the group's name) has its first digit
changed (d → d + 1, 9 → 8), and the perturbation is *flagged* when the audit
then reports such a finding.

A perturbation need not break its group: "gần 270.000" stays true of a
smaller sum, "trên 11.000" of a larger part, "3 tỷ USD" allows a ratio from
45,5 % to 63,8 %. The benchmark evaluates, by exact interval arithmetic on the
annotations (each figure half a unit of its last digit, a count exact, a
qualifier widening it as it says), the groups whose ``statement`` is one of
these written forms: a sum or balance as one equation of printed figures
("tổng 278.718 = 234.433 + 44.285"); a ratio "211ha = 2,4% of 8.900ha",
"1,594 tỷ USD = 51,6% của kế hoạch (3 tỷ USD)" or "vốn bình quân 7,7 tỷ đồng =
710.618 tỷ đồng / 91.765 doanh nghiệp"; percent shares that "add up to 100%";
a change group of a value, its change and its growth (g = C / (V − C) after a
rise, C / (V + C) after a fall). A perturbation after which the relation
still holds is no error: flagging it would be a false alarm, so it is left out
of the second count, "perturbations that break their group", which the target
is about (the issue's "deliberately broken groups"); the first count keeps
every perturbation. Perturbations of groups of any other form are all counted
in both. Only an INCONSISTENT finding counts as flagged: the WARNING that parts
add up to less than their total is also given on correct text that names only
some of the parts, so a perturbation that draws only that warning is counted
as not flagged (and said so).

The targets (issue 14): ≥ 95 % of figures found, 0 misreads, 0 periods read
as figures, 0 false alarms, every real inconsistency found, ≥ 90 % of the
perturbations that break their group flagged; and every figure found read with
its annotated bound. There is no timing here: see
``benchmarks/audit.py``.

Run: python benchmarks/reading.py [--verbose] [--misses]

``--verbose`` lists each miss, misread and audit disagreement under its
document; ``--misses`` also prints each sentence before what was missed in it.
"""

from __future__ import annotations

import itertools
import re
import sys
import tomllib
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dongdang import Statement, Unparsed, audit, parse_statements
from dongdang.auditing import Severity
from dongdang.statements import ComparisonKind
from dongdang.text import Qualifier

if TYPE_CHECKING:
    from dongdang.text import Figure

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")

SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
REGISTRY_SCALES = {
    "thousand_": 10**3,
    "million_": 10**6,
    "billion_": 10**9,
    "trillion_": 10**12,
    "quadrillion_": 10**15,
}
CURRENCIES = {
    "đồng": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "đ": "VND",
    "usd": "USD",
    "đô la": "USD",
    "đô-la": "USD",
    "đô la mỹ": "USD",
    "nhân dân tệ": "CNY",
    "ndt": "CNY",
    "tệ": "CNY",
}
#: The kind, base unit and factor to it of each non-currency unit of the registry.
REGISTRY_UNITS = {
    "hectare": ("area", "m2", 10**4),
    "square_kilometre": ("area", "m2", 10**6),
    "square_metre": ("area", "m2", 1),
    "kilometre": ("length", "m", 10**3),
    "tonne": ("mass", "kg", 10**3),
    "kilogram": ("mass", "kg", 1),
    "kilowatt_hour": ("energy", "kWh", 1),
    "vehicle_trip": ("count", "", 1),
    "vehicle": ("count", "", 1),
    "container": ("count", "", 1),
    "railcar": ("count", "", 1),
    "day": ("other", "ngày", 1),
    "count": ("count", "", 1),  # a scaled count: "2,6 triệu lượt" is million_count
}
#: The same for the annotations' units as written.
WRITTEN_UNITS = {
    "ha": ("area", "m2", 10**4),
    "km2": ("area", "m2", 10**6),
    "km²": ("area", "m2", 10**6),
    "m2": ("area", "m2", 1),
    "m²": ("area", "m2", 1),
    "tấn": ("mass", "kg", 10**3),
    "kg": ("mass", "kg", 1),
    "km": ("length", "m", 10**3),
    "m": ("length", "m", 1),
    "m3": ("volume", "m3", 1),
    "m³": ("volume", "m3", 1),
    "kwh": ("energy", "kWh", 1),  # annotated as other: "20,26 tỷ kwh"
}
KINDS = (
    *("amount", "percent", "percentage_point", "count", "area", "mass", "length"),
    *("volume", "other"),
)


Span = tuple[int, int]


@dataclass(frozen=True)
class Key:
    """What a figure is, for matching: its kind, base unit, and value in that unit."""

    kind: str
    base: str
    value: Decimal


@dataclass
class Read:
    """One figure the reader yielded in a sentence."""

    key: Key
    span: tuple[int, int]
    secondary: bool  # a whole, upper end, per or among figure of a statement
    bound: str | None = None  # what its qualifier says of the true value (see QUALIFIED)
    used: bool = False


def scaled(unit: str) -> tuple[int, str]:
    """The scale and the rest of a unit as written: "nghìn tỷ đồng" → (10¹², "đồng")."""
    factor, words = 1, unit.split()
    while words and words[0].lower() in SCALES:
        factor *= SCALES[words.pop(0).lower()]
    return factor, " ".join(words)


def annotated_key(figure: dict[str, Any]) -> Key:
    """The key of an annotated figure."""
    kind, value = figure["kind"], Decimal(figure["value"])
    if kind in ("percent", "percentage_point"):
        return Key(kind, "", value)
    if kind == "other" and figure.get("unit", "").startswith("thứ hạng"):
        return Key(kind, "rank", value)  # "thứ hạng (trên 14 tỉnh)": a rank, of whatever among
    factor, rest = scaled(figure.get("unit", ""))
    if kind == "amount":
        currency = CURRENCIES.get(rest.lower().split("/")[0].strip(), rest)
        per = rest.split("/", 1)[1].strip() if "/" in rest else ""
        return Key(kind, currency + ("/" + per if per else ""), value * factor)
    head = rest.split("/")[0].split()
    measured = WRITTEN_UNITS.get(head[0].lower()) if head else None
    if kind == "other" and measured is not None:
        # "440 kg/người" annotated as other is a mass per person, as "50 tấn/ngày" annotated
        # as mass is: both are matched on their mass, per what aside
        kind = measured[0]
    elif kind == "other" and "/" in rest and head and value == value.to_integral_value():
        # "114 phương tiện/ngày" annotated as other is a count per day, as "1.100 xe/ngày"
        # annotated as count is; "2,99 con/hộ" (an average with decimals) stays other
        kind = "count"
    if kind in ("area", "mass", "length", "volume", "energy"):
        _, base, unit_factor = measured or (kind, rest, 1)
        return Key(kind, base, value * factor * unit_factor)
    if kind == "count":
        return Key(kind, "", value * factor)
    return Key(kind, rest, value * factor)


def reader_key(value: Figure, *, multiple: bool = False, noun: str | None = None) -> Key:  # noqa: PLR0911
    """The key of a figure the reader yielded.

    A count with decimals per a noun ("2,99 con/hộ", an average) is of kind
    other, its noun the unit, as the annotations write it ("63 tỉnh/thành" is
    a count).
    """
    unit = value.unit
    if multiple:
        return Key("other", "lần", value.value)
    if unit is None and noun is not None and "/" in noun and value.decimals:
        return Key("other", noun, value.value)
    if unit is None:
        return Key("count", "", value.value)
    if unit == "percent":
        return Key("percent", "", value.value)
    if unit == "rank":  # "xếp thứ 4/14 tỉnh" (annotated as other, "thứ hạng …")
        return Key("other", "rank", value.value)
    if "point" in unit:
        return Key("percentage_point", "", value.value)
    head, _, per = (part.strip() for part in unit.partition("/"))
    for prefix, factor in REGISTRY_SCALES.items():
        if head.startswith(prefix):
            head, scale = head.removeprefix(prefix), factor
            break
    else:
        scale = 1
    if head in ("VND", "USD", "CNY"):
        return Key("amount", head + ("/" + per if per else ""), value.value * scale)
    kind, base, factor = REGISTRY_UNITS.get(head, ("other", head, 1))
    return Key(kind, base, value.value * scale * factor)


def compatible(annotated: Key, read: Key) -> bool:
    """Whether a reader figure says what an annotated one says."""
    if annotated.kind != read.kind or annotated.value != read.value:
        return False
    if annotated.kind == "amount":  # the currency must agree; "/per" is checked loosely
        return annotated.base.split("/")[0] == read.base.split("/")[0]
    if annotated.kind in ("count", "percent", "percentage_point"):
        return True
    return annotated.base == read.base


def located(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the first number of text[start:end] stands (or the whole span when none)."""
    number = NUMBER.search(text, start, end)
    return (start, end) if number is None else number.span()


def reader_figures(text: str) -> tuple[list[Read], list[Unparsed]]:
    """Every figure the reader yields for one sentence, and what it gave up on."""
    figures: list[Read] = []
    unparsed: list[Unparsed] = []
    for item in parse_statements(text):
        if isinstance(item, Unparsed):
            unparsed.append(item)
            continue
        for statement in item.walk():
            figures.extend(statement_figures(text, statement))
    return figures, unparsed


def statement_figures(text: str, statement: Statement) -> list[Read]:
    """The figures of one statement (not of its components)."""
    start, end = statement.span
    # a multiple with no figure of its own ("tăng gấp 4,2 lần") is the statement's value
    multiple = statement.compared is not None and statement.compared.kind is ComparisonKind.MULTIPLE
    found = [
        Read(
            reader_key(statement.value, multiple=multiple, noun=statement.noun),
            located(text, start, end),
            secondary=False,
            bound=BOUND.get(statement.value.qualifier),
        )
    ]
    extras = (statement.whole, statement.upper, statement.per, statement.among)
    found += [Read(reader_key(x), (start, end), secondary=True) for x in extras if x is not None]
    for comparison in statement.comparisons:
        low, high = comparison.span
        # a change of a count is in the statement's noun ("51,50 tạ/ha, tăng 2,63% (1,32 tạ/ha)")
        noun = statement.noun if comparison.kind is ComparisonKind.CHANGE else None
        key = reader_key(
            comparison.value, multiple=comparison.kind is ComparisonKind.MULTIPLE, noun=noun
        )
        if comparison.kind is ComparisonKind.RANK_CHANGE:  # "tăng 02 bậc": annotated a count
            key = Key("count", "", comparison.value.value)
        bound = BOUND.get(comparison.value.qualifier)
        found.append(Read(key, located(text, low, high), secondary=False, bound=bound))
        if comparison.upper is not None:  # "tăng 10 – 15 nghìn đồng/kg": its upper end
            upper = reader_key(comparison.upper, noun=noun)
            found.append(Read(upper, (low, high), secondary=True))
        if comparison.base_value is not None:  # "dự toán (8.200 tỷ đồng)"
            at = text.find(comparison.base_value.text, low, high)
            span = located(text, at, at + len(comparison.base_value.text))
            bound = BOUND.get(comparison.base_value.qualifier)
            found.append(
                Read(reader_key(comparison.base_value), span, secondary=False, bound=bound)
            )
    return found


def overlaps(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two spans share a character."""
    return first[0] < second[1] and second[0] < first[1]


def spans_of(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    """Where each phrase stands in the text, each looked for after the previous one."""
    spans: list[tuple[int, int]] = []
    position = 0
    for phrase in phrases:
        at = text.find(phrase, position)
        if at < 0:
            at = text.find(phrase)
        spans.append((at, at + len(phrase)))
        position = at + 1
    return spans


@dataclass
class Tally:
    """Counts of the reading comparison, by figure kind."""

    annotated: Counter[str]
    found: Counter[str]
    misread: Counter[str]
    unparsed: Counter[str]
    periods: int = 0
    periods_read: int = 0
    bounds_wrong: int = 0  # found figures read with another bound than the annotated one


def read_sentence(sentence: dict[str, Any], tally: Tally, log: list[str]) -> None:
    """Compare the reader with the annotations of one sentence."""
    text = unicodedata.normalize("NFC", sentence["text"])
    figures = sentence["figures"]
    keys = [annotated_key(figure) for figure in figures]
    spans = spans_of(text, [figure["text"] for figure in figures])
    periods = spans_of(text, sentence.get("periods", []))
    reads, unparsed = reader_figures(text)
    found: list[bool] = []
    for figure, key, span in zip(figures, keys, spans, strict=True):
        tally.annotated[figure["kind"]] += 1
        match = next(
            (r for r in reads if not r.used and overlaps(r.span, span) and compatible(key, r.key)),
            None,
        )
        found.append(match is not None)
        if match is not None:
            match.used = True
            tally.found[figure["kind"]] += 1
            annotated = QUALIFIED.get(figure.get("qualifier", ""))
            if match.bound != annotated:
                tally.bounds_wrong += 1
                log.append(
                    f"  bound of {figure['text']!r} read as {match.bound or 'printed'}, "
                    f"not {annotated or 'printed'}, in {sentence['id']}"
                )
        elif any(overlaps(item.span, span) for item in unparsed):
            tally.unparsed[figure["kind"]] += 1
            log.append(f"  unparsed {figure['text']!r} in {sentence['id']}")
        else:
            log.append(f"  missed {figure['text']!r} in {sentence['id']}")
    tally.periods += len(periods)
    read_periods: set[int] = set()
    for read in reads:
        if read.used:
            continue
        if read.secondary and any(
            ok and overlaps(read.span, span) for ok, span in zip(found, spans, strict=True)
        ):
            continue
        inside = [n for n, span in enumerate(periods) if overlaps(read.span, span)]
        if inside:
            read_periods.update(inside)
            log.append(
                f"  period read as a figure: {text[read.span[0] : read.span[1]]!r}"
                f" in {sentence['id']}"
            )
            continue
        kind = next(
            (
                f["kind"]
                for f, span in zip(figures, spans, strict=True)
                if overlaps(read.span, span)
            ),
            read.key.kind,
        )
        tally.misread[kind] += 1
        log.append(
            f"  misread {text[read.span[0] : read.span[1]]!r} as {read.key} in {sentence['id']}"
        )
    tally.periods_read += len(read_periods)


def group_spans(sentences: list[dict[str, Any]], statement: str) -> tuple[str, list[Span]]:
    """The group's sentences joined, and where its figures' numbers stand in them.

    A group's figures are the figures of its sentences whose printed number is
    written in the group's ``statement``.
    """
    printed_in_statement = set(NUMBER.findall(statement))
    texts = [unicodedata.normalize("NFC", sentence["text"]) for sentence in sentences]
    spans: list[Span] = []
    offset = 0
    for text, sentence in zip(texts, sentences, strict=True):
        for start, end in spans_of(text, [figure["text"] for figure in sentence["figures"]]):
            number = NUMBER.search(text, start, end)
            if number is not None and number.group() in printed_in_statement:
                spans.append((offset + number.start(), offset + number.end()))
        offset += len(text) + 1
    return " ".join(texts), spans


def group_figures(sentences: list[dict[str, Any]], statement: str) -> list[dict[str, Any]]:
    """The annotations of the group's figures, in the order of :func:`group_spans`."""
    printed_in_statement = set(NUMBER.findall(statement))
    figures: list[dict[str, Any]] = []
    for sentence in sentences:
        text = unicodedata.normalize("NFC", sentence["text"])
        for figure, (start, end) in zip(
            sentence["figures"],
            spans_of(text, [figure["text"] for figure in sentence["figures"]]),
            strict=True,
        ):
            number = NUMBER.search(text, start, end)
            if number is not None and number.group() in printed_in_statement:
                figures.append(figure)
    return figures


def stands_on(statement: Statement, spans: list[Span]) -> bool:
    """Whether a statement's figure, or one of its comparisons, stands on one of ``spans``.

    A growth group is written with its percents ("tăng 13,9% of the total from
    tăng 17,4% and tăng 10,5%"): its statements stand on it by their growths.
    """
    own = [statement.span, *(c.span for c in statement.comparisons)]
    return any(overlaps(mine, span) for mine in own for span in spans)


def inconsistent(
    text: str, spans: list[Span], severity: Severity = Severity.INCONSISTENT
) -> set[str]:
    """The INCONSISTENT findings (or those of ``severity``) of the audit of a text about ``spans``.

    A finding is about them when each statement it names (the total first,
    then the parts) stands on one of them (see :func:`stands_on`).
    """
    return {
        finding.explain("en")
        for finding in audit(parse_statements(text))
        if finding.severity is severity
        and finding.statements
        and all(stands_on(s, spans) for s in finding.statements)
    }


def perturbed(text: str, spans: list[Span], name: str) -> str:
    """The text with the first digit of one of the numbers at ``spans`` changed (d+1, 9→8)."""
    at = spans[zlib.crc32(name.encode()) % len(spans)][0]
    digit = int(text[at])
    return text[:at] + str(digit + 1 if digit < 9 else 8) + text[at + 1 :]


Range = tuple[Decimal | None, Decimal | None]

#: What each annotated qualifier says of the true value: at least, at most, under, or the
#: printed rounding (None).
QUALIFIED = {
    "trên": "at least",
    "hơn": "at least",
    "tối thiểu": "at least",
    "không thấp hơn": "at least",
    "ước trên": "at least",
    "ước hơn": "at least",
    "gần": "at most",
    "ước gần": "at most",
    "khoảng gần": "at most",
    "dưới": "under",
    **dict.fromkeys(("", "khoảng", "xấp xỉ", "ước", "ước tính", "ước thực hiện", "dự ước"), None),
}
#: What a qualifier the reader kept says of the true value, as :data:`QUALIFIED` words it.
BOUND: dict[Qualifier | None, str] = {
    Qualifier.AT_LEAST: "at least",
    Qualifier.AT_MOST: "at most",
    Qualifier.BELOW: "under",
}
EQUATION = re.compile(r"^(?P<left>[^=⊇×]*)=(?P<right>[^=⊇×]*)$")


def bounds(figure: dict[str, Any], value: Decimal) -> Range:
    """What an annotated figure printed as ``value`` allows, in its key's unit (None: open)."""
    number = Decimal(figure["value"])
    scale = annotated_key(figure).value / number if number else Decimal(1)
    written = NUMBER.search(figure["text"])
    printed = written.group() if written else figure["value"]
    decimals = len(printed.split(",")[1]) if "," in printed else 0
    exact = figure["kind"] == "count" and scale == 1 and not decimals
    half = Decimal(0) if exact else Decimal(5) / 10 ** (decimals + 1) * scale
    mid = value * scale
    low, high = mid - half, mid + half
    qualifier = QUALIFIED.get(figure.get("qualifier", ""))
    if qualifier == "at least":
        return low, None
    if qualifier == "at most":
        return None, high
    if qualifier == "under":
        return None, mid
    return low, high


def relation(group: dict[str, Any], figures: list[dict[str, Any]]) -> list[tuple[int, int]] | None:
    """A sum or balance written as one equation of printed figures: (sign, figure index) each.

    The left side one figure (sign 0), the right side figures joined by + and −;
    every number of the equation one of ``figures`` by its printed number. None
    for any other statement (a share adding up to 100 %, "2 × 99,36 − 196,84", "⊇").
    """
    if group["kind"] not in ("sum", "balance"):
        return None
    statement = re.sub(r"\([^()]*\)", " ", group["statement"].split(", ")[0])
    found = EQUATION.match(statement.split(":")[-1])
    if found is None:
        return None
    numbers = printed_numbers(figures)
    taken: set[int] = set()
    terms: list[tuple[int, int]] = []
    for side in ("left", "right"):
        text = found.group(side)
        matches = list(NUMBER.finditer(text))
        if (side == "left") != (len(matches) == 1) or not matches or matches[0].group() == "100":
            return None
        for n, match in enumerate(matches):
            if match.group() not in numbers:
                return None
            between = text[matches[n - 1].end() : match.start()] if n else "+"
            signs = re.findall(r"[+\-−]", between)
            if side == "right" and len(signs) != 1:
                return None
            sign = 0 if side == "left" else (1 if signs[0] == "+" else -1)
            terms.append((sign, next_figure(numbers, match.group(), taken)))
    return terms


def printed_numbers(figures: list[dict[str, Any]]) -> list[str]:
    """The number printed first in each figure's text, as printed ("" when none)."""
    printed = [NUMBER.search(figure["text"]) for figure in figures]
    return [m.group() if m else "" for m in printed]


def next_figure(numbers: list[str], number: str, taken: set[int]) -> int:
    """The first figure printed as ``number`` the statement has not taken yet (else the first).

    "22 + 8 + 57 + 5,0 + 8": the second 8 is the second figure printed 8.
    """
    free = [n for n, printed in enumerate(numbers) if printed == number and n not in taken]
    at = free[0] if free else numbers.index(number)
    taken.add(at)
    return at


#: A statement that the shares it lists make up a whole: "add up to 100%: 22 + 8 + 57", "23,5% +
#: 64,7% + 11,7% of the surveyed firms = 100%".
SHARES = re.compile(r"add up to 100\s*%?:|=\s*100\s*%\s*$")


def shares(group: dict[str, Any], figures: list[dict[str, Any]]) -> list[int] | None:
    """The shares of a whole a sum group lists as adding up to 100 % (figure indices), or None.

    Every figure of the group a percent share, every number of the statement
    (but the 100) one of them.
    """
    statement = group["statement"]
    if group["kind"] != "sum" or SHARES.search(statement) is None:
        return None
    if not figures or any(f["kind"] != "percent" or f.get("role") != "share" for f in figures):
        return None
    listed = NUMBER.findall(SHARES.sub(" ", statement))
    numbers = printed_numbers(figures)
    if any(number not in numbers for number in listed):
        return None
    taken: set[int] = set()
    return [next_figure(numbers, number, taken) for number in listed]


def change_holds(figures: list[dict[str, Any]], ranges: list[Range]) -> bool | None:
    """Whether a value V, its change C and its growth g can agree: g = C / (V ∓ C).

    The group's figures are exactly a value (role value or part), a change
    (role change) and a percent growth, all moving the same way; a rise
    compares C with the previous value V − C, a fall with V + C. None for any
    other group.
    """
    if len(figures) != 3:  # a value, its change and its growth
        return None
    roles = {
        ("growth" if f["kind"] == "percent" else f.get("role", "")): n
        for n, f in enumerate(figures)
        if f.get("role") in ("value", "part", "change", "growth")
    }
    if set(roles) not in ({"value", "change", "growth"}, {"part", "change", "growth"}):
        return None
    value = roles.get("value", roles.get("part", 0))
    change, growth = roles["change"], roles["growth"]
    if figures[change]["kind"] == "percent" or figures[value]["kind"] == "percent":
        return None
    directions = {figures[change].get("direction"), figures[growth].get("direction")}
    if len(directions) != 1 or None in directions:
        return None
    (v_low, v_high), (c_low, c_high) = ranges[value], ranges[change]
    v_low = max(v_low or Decimal(0), Decimal(0))  # amounts and areas are never below zero
    c_low = max(c_low or Decimal(0), Decimal(0))
    if directions == {"up"}:  # previous = V − C
        low_previous = None if c_high is None else v_low - c_high
        high_previous = None if v_high is None else v_high - c_low
    else:  # previous = V + C
        low_previous = v_low + c_low
        high_previous = None if v_high is None or c_high is None else v_high + c_high
    hundred = Decimal(100)
    low = (
        Decimal(0)
        if high_previous is None or high_previous <= 0
        else hundred * c_low / high_previous
    )
    high = (
        None
        if c_high is None or low_previous is None or low_previous <= 0
        else hundred * c_high / low_previous
    )
    g_low, g_high = ranges[growth]
    below = high is not None and g_low is not None and high < g_low
    above = g_high is not None and low > g_high
    return not (below or above)


def holds(terms: list[tuple[int, int]], ranges: list[Range]) -> bool:
    """Whether some values in the figures' ranges satisfy left = Σ ± right."""
    low: Decimal | None = Decimal(0)
    high: Decimal | None = Decimal(0)
    left: Range = (None, None)
    for sign, at in terms:
        a, b = ranges[at]
        if sign == 0:
            left = (a, b)
            continue
        a, b = (a, b) if sign > 0 else (None if b is None else -b, None if a is None else -a)
        low = None if low is None or a is None else low + a
        high = None if high is None or b is None else high + b
    below = high is not None and left[0] is not None and high < left[0]
    above = low is not None and left[1] is not None and low > left[1]
    return not (below or above)


def quotient_holds(value: Range, top: Range, bottom: Range, factor: Decimal) -> bool:
    """Whether some value in ``value`` equals factor × a / b for a in ``top``, b > 0 in ``bottom``.

    Amounts and counts are never below zero.
    """
    low_top = max(top[0] or Decimal(0), Decimal(0))
    low_bottom = max(bottom[0] or Decimal(0), Decimal(0))
    low = Decimal(0) if bottom[1] is None else factor * low_top / bottom[1]
    high = None if top[1] is None or low_bottom == 0 else factor * top[1] / low_bottom
    below = high is not None and value[0] is not None and high < value[0]
    above = value[1] is not None and low > value[1]
    return not (below or above)


#: "1,594 tỷ USD = 51,6% của kế hoạch năm 2024 (3 tỷ USD)": a ratio whose base is in brackets.
BRACKETED_BASE = re.compile(
    r"^(?P<left>[^=()]*)=\s*(?P<percent>\d(?:[\d.,]*\d)?)\s*%[^=()]*\((?P<base>[^()]*)\)\s*$"
)


def ratio(  # noqa: PLR0911 - one return per written form
    group: dict[str, Any], figures: list[dict[str, Any]]
) -> tuple[int, int, int, bool] | None:
    """A ratio written as "A = p% of B" or "X = A / B": (value, top, bottom, percent) indices.

    Every number of the statement (before a bracket or ", ") one of ``figures``;
    None for any other statement.
    """
    if group["kind"] != "ratio":
        return None
    bracketed = BRACKETED_BASE.match(group["statement"])
    if bracketed is not None:  # "A = p% của kế hoạch năm 2024 (B)": the base in brackets
        numbers = printed_numbers(figures)
        left = NUMBER.findall(bracketed.group("left"))
        base = NUMBER.findall(bracketed.group("base"))
        share = bracketed.group("percent")
        if len(left) == len(base) == 1 and all(n in numbers for n in (*left, *base, share)):
            return numbers.index(share), numbers.index(left[0]), numbers.index(base[0]), True
        return None
    statement = group["statement"].split(" (")[0].split(", ")[0]
    found = EQUATION.match(statement)
    if found is None:
        return None
    printed = [NUMBER.search(figure["text"]) for figure in figures]
    numbers = [m.group() if m else "" for m in printed]
    left = NUMBER.findall(found.group("left"))
    right = list(NUMBER.finditer(found.group("right")))
    if (
        len(left) != 1
        or len(right) != 2
        or not all(n in numbers for n in (left[0], *(m.group() for m in right)))
    ):
        return None
    first, second = right
    text = found.group("right")
    if text[first.end() :].lstrip().startswith("%"):  # "A = p% of B"
        return (
            numbers.index(first.group()),
            numbers.index(left[0]),
            numbers.index(second.group()),
            True,
        )
    if "/" in text[first.end() : second.start()]:  # "X = A / B"
        return (
            numbers.index(left[0]),
            numbers.index(first.group()),
            numbers.index(second.group()),
            False,
        )
    return None


def satisfied(
    group: dict[str, Any], figures: list[dict[str, Any]], ranges: list[Range]
) -> bool | None:
    """Whether the group's equation can hold for values in ``ranges``; None: not evaluated."""
    terms = relation(group, figures)
    if terms is not None:
        return holds(terms, ranges)
    listed = shares(group, figures)
    if listed is not None:
        hundred = (Decimal(100), Decimal(100))
        return holds([(0, len(ranges)), *((1, n) for n in listed)], [*ranges, hundred])
    if group["kind"] == "change":
        return change_holds(figures, ranges)
    shape = ratio(group, figures)
    if shape is None:
        return None
    value, top, bottom, percent = shape
    return quotient_holds(
        ranges[value], ranges[top], ranges[bottom], Decimal(100) if percent else Decimal(1)
    )


def vietnamese(figure: dict[str, Any]) -> bool:
    """Whether a figure's printed number reads, the Vietnamese way, as its annotated value."""
    printed = NUMBER.search(figure["text"])
    if printed is None or printed.group().count(",") > 1:
        return False
    number = printed.group()
    as_read = Decimal(number.replace(".", "").replace(",", "."))
    return as_read == Decimal(figure["value"]) and number[0] == figure["value"][0]


def breaks(group: dict[str, Any], figures: list[dict[str, Any]], changed: int) -> bool | None:
    """Whether changing the first digit of figure ``changed`` makes the equation impossible.

    None when the group is no such equation, or the equation does not hold as printed.
    """
    if any(f.get("qualifier", "") not in QUALIFIED for f in figures):
        return None
    if not all(vietnamese(figure) for figure in figures):
        return None  # "26,797,379,584 USD", "7.4%": the half unit of the last digit is unknown
    ranges = [bounds(figure, Decimal(figure["value"])) for figure in figures]
    if not satisfied(group, figures, ranges):  # None (not evaluated) or False
        return None
    value = figures[changed]["value"]
    digit = int(value[0])  # the first digit printed, changed as perturbed() does
    ranges[changed] = bounds(
        figures[changed], Decimal(str(digit + 1 if digit < 9 else 8) + value[1:])
    )
    return not satisfied(group, figures, ranges)


@dataclass
class Audit:
    """Counts of the audit comparison."""

    real: int = 0
    real_found: int = 0
    consistent: int = 0
    false_alarms: int = 0
    perturbed: int = 0
    flagged: int = 0
    unexplained: int = 0
    evaluated: int = 0  # perturbations of groups whose relation the benchmark can evaluate
    broken: int = 0  # of those, the ones the relation can no longer satisfy
    broken_flagged: int = 0
    held: int = 0  # of those, the ones the relation still satisfies: no error to flag
    held_flagged: int = 0  # ... flagged all the same (a false alarm)
    warned: int = 0  # not flagged, but a WARNING on the group's figures


def audit_group(
    document: dict[str, Any], group: dict[str, Any], tally: Audit, log: list[str]
) -> None:
    """Audit one group's sentences, and one perturbation of them when the group is consistent."""
    order = [s["id"] for s in document["sentence"]]
    names = sorted(group["sentences"], key=order.index)
    by_id = {s["id"]: s for s in document["sentence"]}
    text, spans = group_spans([by_id[n] for n in names], group["statement"])
    name = f"{document['document']['id']}:{group['id']}"
    if not spans:
        log.append(f"  no figure of {name} is written in its statement")
        return
    findings = inconsistent(text, spans)
    if group["verdict"] == "inconsistent":
        tally.real += 1
        tally.real_found += bool(findings)
        if not findings:
            log.append(f"  real inconsistency not found: {name} ({group['statement']})")
        return
    shared = any(
        other["verdict"] == "inconsistent" and set(other["sentences"]) & set(names)
        for other in document.get("group", [])
    )
    if shared:
        return
    tally.consistent += 1
    if findings:
        tally.false_alarms += 1
        log.append(f"  false alarm: {name}: {min(findings)}")
        return
    tally.perturbed += 1
    flagged = bool(inconsistent(perturbed(text, spans, name), spans))
    tally.flagged += flagged
    figures = group_figures([by_id[n] for n in names], group["statement"])
    broken = breaks(group, figures, zlib.crc32(name.encode()) % len(spans))
    if broken is not None:
        tally.evaluated += 1
        tally.broken += broken
        tally.broken_flagged += broken and flagged
        tally.held += not broken
        tally.held_flagged += not broken and flagged
    if flagged and broken is False:
        log.append(f"  perturbation flagged although the relation still holds: {name}")
    if not flagged:
        warned = bool(inconsistent(perturbed(text, spans, name), spans, Severity.WARNING))
        tally.warned += warned
        still = " (the relation still holds)" if broken is False else ""
        log.append(
            f"  perturbation not flagged: {name}{still}{' (a warning only)' if warned else ''}"
        )


def unexplained(document: dict[str, Any], log: list[str]) -> int:
    """How many INCONSISTENT findings of the audit of a whole document no hand verdict backs.

    A finding is backed when it is about the figures of an inconsistent group
    (see :func:`inconsistent`); any other, on whatever figures it links, is a
    false alarm on the document.
    """
    sentences = document["sentence"]
    text, _ = group_spans(sentences, "")
    starts = dict(
        zip(
            [sentence["id"] for sentence in sentences],
            itertools.accumulate((len(s["text"]) + 1 for s in sentences), initial=0),
            strict=False,
        )
    )
    groups: list[list[Span]] = []
    for group in document.get("group", []):
        if group["verdict"] != "inconsistent":
            continue
        spans: list[Span] = []
        for name in group["sentences"]:
            _, inside = group_spans([s for s in sentences if s["id"] == name], group["statement"])
            spans += [(starts[name] + a, starts[name] + b) for a, b in inside]
        groups.append(spans)
    count = 0
    for finding in audit(parse_statements(text)):
        if finding.severity is not Severity.INCONSISTENT or any(
            finding.statements and all(stands_on(s, spans) for s in finding.statements)
            for spans in groups
        ):
            continue
        count += 1
        log.append(f"  false alarm on the document: {finding.explain('en')}")
    return count


def percent(part: int, whole: int) -> str:
    """A share as a percent with one decimal, or a dash for nothing."""
    return f"{100 * part / whole:5.1f} %" if whole else "    –"


def main(verbose: bool, misses: bool) -> None:  # noqa: FBT001 - command-line switches
    """Print the tables."""
    files = sorted(CORPUS.glob("*.toml"))
    tally = Tally(Counter(), Counter(), Counter(), Counter())
    audits = Audit()
    log: list[str] = []
    sentences = groups = 0
    for path in files:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
        log.append(path.stem)
        for sentence in document["sentence"]:
            sentences += 1
            named = {**sentence, "id": f"{path.stem}:{sentence['id']}"}
            if misses:
                log.append(f"{named['id']}: {sentence['text']}")
            read_sentence(named, tally, log)
        for group in document.get("group", []):
            groups += 1
            audit_group(document, group, audits, log)
        audits.unexplained += unexplained(document, log)
    print(f"Corpus: {len(files)} documents, {sentences} sentences, {groups} groups")
    print()
    head = f"{'figure kind':<18}{'annotated':>10}{'found':>8}{'recall':>10}"
    print(f"{head}{'unparsed':>10}{'misread':>9}")
    for kind in KINDS:
        if tally.annotated[kind] or tally.misread[kind]:
            print(
                f"{kind:<18}{tally.annotated[kind]:>10}{tally.found[kind]:>8}"
                f"{percent(tally.found[kind], tally.annotated[kind]):>10}"
                f"{tally.unparsed[kind]:>10}{tally.misread[kind]:>9}"
            )
    total, found = sum(tally.annotated.values()), sum(tally.found.values())
    print(
        f"{'all':<18}{total:>10}{found:>8}{percent(found, total):>10}"
        f"{sum(tally.unparsed.values()):>10}{sum(tally.misread.values()):>9}"
    )
    print(f"periods: {tally.periods}, read as figures: {tally.periods_read}")
    print(
        f"bounds: {found - tally.bounds_wrong}/{found} found figures read with the annotated "
        f"bound (at least, at most, under or as printed); {tally.bounds_wrong} not"
    )
    print()
    print(f"real inconsistencies found:   {audits.real_found}/{audits.real}")
    print(f"false alarms (consistent):    {audits.false_alarms}/{audits.consistent}")
    print(f"false alarms on documents:    {audits.unexplained} (whole documents audited)")
    print(
        f"perturbations flagged:        {audits.flagged}/{audits.perturbed}"
        f" ({percent(audits.flagged, audits.perturbed).strip()}), one per consistent group"
    )
    breaking = audits.perturbed - audits.held
    breaking_flagged = audits.flagged - audits.held_flagged
    print(
        f"  that break their group:     {breaking_flagged}/{breaking}"
        f" ({percent(breaking_flagged, breaking).strip()}); left out: the {audits.held} that"
    )
    print(
        "    exact arithmetic shows leave their group consistent (no error to flag;"
        f" {audits.held_flagged} flagged)"
    )
    print(
        f"  evaluated by the benchmark: {audits.evaluated} (sums, balances, ratios, shares,"
        f" changes), {audits.broken} break, {audits.broken_flagged} of them flagged"
    )
    print(f"  not counted as flagged:     {audits.warned} given a WARNING only (parts adding up to")
    print(
        "    less than their total: the same warning comes on correct text that names some parts)"
    )
    print()
    print("targets: recall ≥ 95 %, 0 misreads, 0 periods read, 0 false alarms (on")
    print("         groups and on documents), every real inconsistency found,")
    print("         ≥ 90 % of the perturbations that break their group flagged,")
    print("         every figure found read with its annotated bound")
    if verbose or misses:
        print()
        print("\n".join(log))


if __name__ == "__main__":
    main("--verbose" in sys.argv[1:], "--misses" in sys.argv[1:])
