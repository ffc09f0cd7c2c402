"""Findings: their severities, kinds, wording and the figures they name."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING, Final, final

import attrs

from dongdang._decimal import QUOTIENT
from dongdang._messages import CATALOGUES, capital, message, span
from dongdang._validators import language as _check_lang
from dongdang._vocabulary import Vocabulary
from dongdang.text import Figure, format_number, unit_phrase

if TYPE_CHECKING:
    from fractions import Fraction

    from dongdang.intervals import (
        Interval,
    )
    from dongdang.periods import Language
    from dongdang.statements import Statement, Unparsed


class Severity(Vocabulary):
    """How much a finding matters, with the word a report prints for it.

    >>> from dongdang.auditing import Severity
    >>> Severity.INCONSISTENT.label(), Severity.of("cảnh báo")
    ('SAI LỆCH', <Severity.WARNING: 'warning'>)
    """

    INFO = "info"
    WARNING = "warning"
    INCONSISTENT = "inconsistent"

    @classmethod
    def _catalogue(cls) -> str:
        return "severity"


class FindingKind(enum.Enum):
    """Which check a finding comes from."""

    COMPONENTS_SUM = "components_sum"
    GROWTH_DISAGREES = "growth_disagrees"
    RATIO_DISAGREES = "ratio_disagrees"
    BASE_DISAGREES = "base_disagrees"
    BALANCE_DISAGREES = "balance_disagrees"
    EXCLUDING_DISAGREES = "excluding_disagrees"
    INCLUDING_DISAGREES = "including_disagrees"
    AVERAGE_DISAGREES = "average_disagrees"
    AVERAGE_GROWTH_DISAGREES = "average_growth_disagrees"
    SHARES_SUM = "shares_sum"
    CONTRIBUTIONS_SUM = "contributions_sum"
    FRACTIONS_EXCEED = "fractions_exceed"
    RESTATED_DISAGREES = "restated_disagrees"
    CHANGE_DISAGREES = "change_disagrees"
    POINTS_DISAGREES = "points_disagrees"
    RANK_DISAGREES = "rank_disagrees"
    UNITS_DIFFER = "units_differ"
    UNREADABLE = "unreadable"


#: The most words (Vietnamese syllables) of a subject an explanation repeats;
#: the statement keeps them all.
_SUBJECT_WORDS: Final = 12


def _short(subject: str) -> str:
    """A long subject cut to its first words: an explanation must stay one readable line."""
    words = subject.split()
    if words[:1] == ["về"]:  # "về vốn đầu tư công": the subject is what follows "về" (about)
        words = words[1:]
    if len(words) <= _SUBJECT_WORDS:
        return " ".join(words)
    return " ".join(words[:_SUBJECT_WORDS]).rstrip(",;:") + "…"


def _fmt(value: Fraction | None, lang: Language, unit: str) -> str | None:
    """A bound as the language writes it, with its unit ("14,58%"); None when unbounded."""
    if value is None:
        return None
    exact = QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator))
    return format_number(exact, lang, 0 if value.denominator == 1 else 2) + unit


def _range(interval: Interval, lang: Language, unit: str) -> str:
    """The interval in words: "từ 14,58% đến 14,68%", or one number when both ends print so."""
    return span(_fmt(interval.low, lang, unit), _fmt(interval.high, lang, unit), lang)


@final
@attrs.frozen(kw_only=True)
class Finding:
    """What the audit found about some statements.

    Attributes:
        severity: INFO, WARNING or INCONSISTENT.
        kind: which check found it.
        statements: the statements involved (the total first).
        allowed: the interval the arithmetic allows for the stated figure
            (in the stated figure's unit; percent for growths and ratios),
            or None for an unreadable figure.
        stated: the figure as printed, or None for an unreadable figure.
        unparsed: the text that could not be read (UNREADABLE only).
        truncated: whether the stated figure would agree had the report cut
            its digits instead of rounding them ("108%" for 108,6 %): still
            inconsistent, and the explanation says so.
    """

    severity: Severity
    kind: FindingKind
    statements: tuple[Statement, ...] = ()
    allowed: Interval | None = None
    stated: Figure | None = None
    unparsed: Unparsed | None = None
    truncated: bool = False

    @property
    def printed(self) -> str:
        """The figure as printed ("278.718 triệu đồng", "14,4%"); the unreadable text."""
        if self.unparsed is not None:
            return self.unparsed.text
        if self.kind is FindingKind.SHARES_SUM:
            return " + ".join(s.value.text.replace(" %", "%") for s in self.statements)
        if self.kind is FindingKind.FRACTIONS_EXCEED:
            return " + ".join(f"{s.value.text}/{s.whole.text}" for s in self.statements if s.whole)
        if self.kind in (FindingKind.COMPONENTS_SUM, FindingKind.BASE_DISAGREES) or (
            self.kind is FindingKind.UNITS_DIFFER
        ):
            return _printed(self.statements[0])
        assert self.stated is not None  # noqa: S101 - set for every check
        return self.stated.text

    def allows(self, lang: Language = "vi") -> str:
        """What the other figures allow, in words ("từ 14,58% đến 14,68%"); "" when nothing.

        Raises:
            InvalidValueError: ``lang`` is neither "vi" nor "en".
        """
        _check_lang(lang)
        if self.allowed is None:
            return ""
        return _range(self.allowed, lang, self._unit(lang))

    def _unit(self, lang: Language) -> str:
        if self.kind in (FindingKind.COMPONENTS_SUM, FindingKind.BASE_DISAGREES):
            return " " + _unit_words(self.statements[0], lang)
        if self.kind in (FindingKind.SHARES_SUM, FindingKind.FRACTIONS_EXCEED):
            return "%" if self.kind is FindingKind.SHARES_SUM else ""  # of 100 %; counts
        assert self.stated is not None  # noqa: S101 - set for every check
        unit = self.stated.unit
        if unit in ("percent", "rank"):  # "14,5%"; a rank: "28", the number alone
            return "%" if unit == "percent" else ""
        if unit == "percentage_point":
            return " " + message("audit.points", lang)
        noun = self.statements[0].noun
        if unit is None:  # a count (its noun) or a multiple ("gấp 2 lần": a bare number)
            return "" if noun is None or self.kind is FindingKind.RATIO_DISAGREES else " " + noun
        return " " + unit_phrase(unit, lang)

    def explain(self, lang: Language = "vi") -> str:
        """One sentence saying what is wrong, in Vietnamese ("vi") or English ("en").

        Raises:
            InvalidValueError: ``lang`` is neither "vi" nor "en".
        """
        _check_lang(lang)
        if self.kind is FindingKind.UNREADABLE:
            assert self.unparsed is not None  # noqa: S101 - set for UNREADABLE
            return message(
                "audit.unreadable", lang, text=self.unparsed.text, reason=self.unparsed.reason
            )
        subject = _short(self.statements[0].subject) or message("audit.total", lang)
        template = CATALOGUES[lang][f"audit.{self.kind.value}"]
        if not subject:  # English without a subject: "The total is printed as …"
            template = template.replace(" of {subject}", "").replace(" {subject}", "")
        if self.kind is FindingKind.UNITS_DIFFER:
            units = ", ".join(dict.fromkeys(_unit_words(part, lang) for part in self.statements))
            text = template.format(
                subject=subject, printed=_printed(self.statements[0]), units=units
            )
            return capital(text)
        text = template.format(subject=subject, printed=self.printed, allowed=self.allows(lang))
        if self.truncated:
            text += " " + message("audit.truncated", lang)
        return capital(text)


def _unit_words(statement: Statement, lang: Language) -> str:
    """The unit of a statement's figure in words ("triệu đồng"), or the noun it counts."""
    if statement.value.unit is not None:
        return unit_phrase(statement.value.unit, lang)
    return statement.noun or ""


def _printed(statement: Statement) -> str:
    """A statement's figure as printed: "2.000 - 2.600 xe/ngày", "08 cuộc"."""
    value = statement.value.text
    if statement.upper is not None:
        # "1.100 - 1.350 xe/ngày": the unit is printed once, after the upper end
        unit = statement.upper.text.partition(" ")[2]
        value = f"{value.removesuffix(' ' + unit) if unit else value} - {statement.upper.text}"
    return value if statement.noun is None else f"{value} {statement.noun}"
