"""Documents: the public audit of statements and of documents, and the table of findings."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from dongdang._frames import FrameColumns
from dongdang.auditing._figures import _words
from dongdang.auditing._findings import Finding, FindingKind, Severity
from dongdang.auditing._growths import _attainment_agrees, _growth_agrees
from dongdang.auditing._ratios import (
    _bases_across,
    _bases_agree,
    _bases_bracketed,
    _bases_in_other_words,
    _bases_planned,
    _change_and_growth,
    _ratio_agrees,
)
from dongdang.auditing._relations import _implied_agree, _relations_agree
from dongdang.auditing._sums import _components_sum
from dongdang.errors import InvalidTypeError
from dongdang.intervals import _check_about
from dongdang.statements import Statement, Unparsed

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.periods import Language


def _check_bases(bases: object) -> Mapping[str, Statement]:
    if not isinstance(bases, Mapping) or not all(
        isinstance(words, str) and isinstance(base, Statement) for words, base in bases.items()
    ):
        raise InvalidTypeError.of("bases", "a mapping of base words (str) to a Statement", bases)
    return {_words(words): base for words, base in bases.items()}


def _audit_statement(statement: Statement, about: Fraction) -> list[Finding]:
    # walk(), not recursion: chains of "trong đó" may nest thousands deep.
    findings: list[Finding] = []
    for each in statement.walk():
        findings += [
            *_components_sum(each, about),
            *_growth_agrees(each, about),
            *_attainment_agrees(each, about),
            *_ratio_agrees(each, about),
            *_change_and_growth(each, about),
        ]
    return findings


def audit(
    statements: Iterable[Statement | Unparsed],
    *,
    bases: Mapping[str, Statement] | None = None,
    about: Fraction = Fraction(0),
) -> Findings:
    """Check the arithmetic of statements read by :func:`~dongdang.statements.parse_statements`.

    Returns the findings in the order of the statements; an empty list when
    every check passes. An :class:`~dongdang.statements.Unparsed` item gives an
    INFO finding of kind UNREADABLE.

    ``bases`` names what the words of a base stand for when the statements do
    not say it themselves: ``{"kế hoạch giao": plan}`` checks every ratio
    "bằng X% kế hoạch giao" against the statement ``plan``, which may come
    from another document or use other words ("kế hoạch vốn trong năm").
    The caller vouches that it is the same measure for the same period.
    Statements from several documents can be audited together: a base is
    then matched by subject across all of them.

    Every figure stands for what its printing allows
    (:func:`dongdang.intervals.interval_of`): half a unit of its last digit,
    moved by its qualifier. ``about`` widens an approximate figure
    ("khoảng", "xấp xỉ") by that fraction of its size on top: the default 0
    keeps the printed rounding; ``about=Fraction(5, 100)`` allows 5 %. An
    estimate ("ước đạt") always keeps its printed rounding.

    Raises:
        InvalidTypeError: ``statements`` is not an iterable of Statement or
            Unparsed (a str must be read with parse_statements first), or
            ``bases`` is not a mapping of words to Statement, or ``about``
            is not a Fraction.
        InvalidValueError: ``about`` is negative.

    >>> from dongdang.statements import parse_statements
    >>> audit(parse_statements("giải ngân 42.119/102.681 triệu đồng, bằng 41% kế hoạch vốn"))
    []
    """
    given: object = statements
    if isinstance(given, (str, bytes)):
        raise InvalidTypeError.of(
            "statements", "a list of statements (use parse_statements first)", statements
        )
    try:
        items = list(statements)
    except TypeError:
        raise InvalidTypeError.of("statements", "a list of statements", statements) from None
    checked = _check_bases({} if bases is None else bases)
    about = _check_about(about)
    findings, read = _audit_items(items, about)
    return Findings(
        [
            *findings,
            *_relations_agree(read, about),
            *_bases_agree(read, checked, about),
            *_bases_in_other_words(read, checked, about),
            *_bases_planned(read, checked, about),
            *_bases_bracketed(read, checked, about),
            *_implied_agree(read, about),
        ]
    )


def _audit_items(items: Iterable[object], about: Fraction) -> tuple[list[Finding], list[Statement]]:
    """The findings of each item on its own, and the statements among the items."""
    findings: list[Finding] = []
    read: list[Statement] = []
    for item in items:
        if isinstance(item, Unparsed):
            findings.append(
                Finding(severity=Severity.INFO, kind=FindingKind.UNREADABLE, unparsed=item)
            )
        elif isinstance(item, Statement):
            read.append(item)
            findings.extend(_audit_statement(item, about))
        else:
            raise InvalidTypeError.of("an item of statements", "a Statement or an Unparsed", item)
    return findings, read


def audit_documents(
    documents: Mapping[str, Iterable[Statement | Unparsed]],
    *,
    bases: Mapping[str, Statement] | None = None,
    about: Fraction = Fraction(0),
) -> Findings:
    """Audit several documents: each on its own, then their bases across documents.

    Within a document, a base whose subject matches the words of a ratio is
    checked when the two name the same period or either names none (an
    undated figure of a report is about the report's period). Across
    documents only figures dated with the same period are compared: an
    undated "Kế hoạch giao đạt 100 tỷ đồng" in one report says nothing of a
    ratio "bằng 51,2% kế hoạch giao" of 2020 in another. ``bases`` applies to
    every document, and ``about`` every figure, as in :func:`audit`.

    Raises:
        InvalidTypeError: ``documents`` is not a mapping of names to
            statements, or as :func:`audit`.

    >>> from dongdang.auditing import audit_documents
    >>> from dongdang.statements import parse_statements
    >>> [finding] = audit_documents(
    ...     {
    ...         "october.txt": parse_statements(
    ...             "Năm 2020 giải ngân 52,6 tỷ đồng, bằng 51,2% kế hoạch giao."
    ...         ),
    ...         "plan.txt": parse_statements("Kế hoạch giao năm 2020 là 150 tỷ đồng."),
    ...     }
    ... )
    >>> finding.kind.name, finding.statements[0].text
    ('BASE_DISAGREES', 'Kế hoạch giao năm 2020 là 150 tỷ đồng.')
    """
    if not isinstance(documents, Mapping):
        raise InvalidTypeError.of(
            "documents", "a mapping of document names to statements", documents
        )
    checked = _check_bases({} if bases is None else bases)
    about = _check_about(about)
    findings: list[Finding] = []
    every: list[list[Statement]] = []
    for items in documents.values():
        raw: object = items  # a str is refused by audit, not split into characters
        listed = items if isinstance(raw, (str, bytes)) else list(items)
        findings.extend(audit(listed, bases=checked, about=about))  # refuses what is not statements
        every.append([item for item in listed if isinstance(item, Statement)])
    return Findings([*findings, *_bases_across(every, checked, about)])


# -- tables ---------------------------------------------------------------------------------


class Findings(list[Finding]):
    """What :func:`audit` returns: a list that also makes a frame and an HTML table."""

    def _frame_columns(self, *, exact: bool, lang: Language) -> FrameColumns:
        allowed = [finding.allowed for finding in self]
        columns = FrameColumns(exact=exact)
        columns.code("severity", [finding.severity.value for finding in self])
        columns.code("kind", [finding.kind.value for finding in self])
        columns.text("subject", [f.statements[0].subject if f.statements else None for f in self])
        columns.text("printed", [finding.printed for finding in self])
        columns.number("stated", [None if f.stated is None else f.stated.value for f in self], None)
        columns.code("stated_unit", [None if f.stated is None else f.stated.unit for f in self])
        columns.number("allowed_low", [None if a is None else a.low for a in allowed], None)
        columns.number("allowed_high", [None if a is None else a.high for a in allowed], None)
        columns.flag("truncated", [finding.truncated for finding in self])
        columns.text("explanation", [finding.explain(lang) for finding in self])
        return columns

    def to_frame(self, *, exact: bool = False, lang: Language = "en") -> Any:  # noqa: ANN401
        """The findings as a pandas DataFrame, one row each (needs ``dongdang[pandas]``).

        Columns: ``severity``, ``kind`` (categoricals), ``subject`` (of the
        first statement involved), ``printed`` (the figure as printed),
        ``stated`` (its number as printed) in ``stated_unit``, ``allowed_low``
        and ``allowed_high`` (what the other figures allow, in the same unit;
        NaN for an open end or an unreadable figure), float64, or Decimal with
        ``exact=True``; ``truncated``, and the ``explanation`` in ``lang``.

        >>> from dongdang.statements import parse_statements
        >>> found = audit(parse_statements("Thu 100 tỷ đồng, trong đó 70 tỷ đồng và 40 tỷ đồng."))
        >>> found.to_frame()[["kind", "stated", "allowed_low", "allowed_high"]]
                     kind  stated  allowed_low  allowed_high
        0  components_sum   100.0        109.0         111.0
        """
        return self._frame_columns(exact=exact, lang=lang).frame()

    def _repr_html_(self) -> str:
        bad = sum(finding.severity is Severity.INCONSISTENT for finding in self)
        caption = f"<Findings: {len(self)}, {bad} inconsistent>"
        return self._frame_columns(exact=True, lang="en").html(caption)
