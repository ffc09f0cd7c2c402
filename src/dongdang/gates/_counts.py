"""What the registry answers: unnamed pairs, notes, clearing results and checked counts."""

# ruff: noqa: TC001 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt  # noqa: F401 - the API page resolves the hints with it
from typing import final

import attrs

from dongdang._validators import code as _code
from dongdang._validators import one_of as _one_of
from dongdang._validators import optional_one_of as _optional_one_of
from dongdang._validators import optional_text as _optional_text
from dongdang._validators import optional_texts as _optional_texts
from dongdang._validators import text as _text
from dongdang.errors import (
    InvalidValueError,
    UnknownCodeError,
)
from dongdang.gates._facts import _citations, _when
from dongdang.gates._kinds import ClearingStatus, CountScope
from dongdang.periods import Period
from dongdang.provenance import Citation, Provenance

# -- what the registry answers --------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class Gap:
    """The pairs of the province the sources do not name.

    Attributes:
        count: how many.
        provenance: why they are unnamed (its caveat and note).
    """

    count: int = attrs.field(validator=_one_of(int))
    provenance: Provenance = attrs.field(validator=_one_of(Provenance))

    def __attrs_post_init__(self) -> None:
        if self.count < 0:
            raise InvalidValueError.negative("count", self.count)
        if self.count and self.provenance.caveat is None:
            raise InvalidValueError.of(
                "count", self.count, "must come with a caveat saying why the pairs are unnamed"
            )


@final
@attrs.frozen(kw_only=True)
class Note:
    """Something the sources say about the gates as a whole.

    Attributes:
        key: its short name, such as ``"management"``.
        text: what it says.
        sources: where it was read.
    """

    key: str = attrs.field(converter=_code)
    text: str = attrs.field(converter=_text)
    sources: tuple[Citation, ...] = attrs.field(converter=_citations)


@final
@attrs.frozen(kw_only=True)
class ClearingResult:
    """Which pairs cleared goods over a period, which did not, and which the evidence leaves open.

    The three tuples partition the named pairs, in registry order. A pair is
    *clearing* if it cleared goods on at least one day of the period, *not
    clearing* if it cleared on none and the evidence says so for every day,
    and *unknown* otherwise. The ``unnamed`` pairs of the province are unknown
    too.

    Attributes:
        period: the days asked about.
        clearing: the codes of the pairs that cleared goods.
        not_clearing: the codes of the pairs that did not, on any day.
        unknown: the codes of the pairs the evidence leaves open.
        unnamed: how many pairs of the province the registry cannot name.
    """

    period: Period
    clearing: tuple[str, ...]
    not_clearing: tuple[str, ...]
    unknown: tuple[str, ...]
    unnamed: int

    @property
    def at_least(self) -> int:
        """The fewest pairs that can have cleared goods, those known to have."""
        return len(self.clearing)

    @property
    def at_most(self) -> int:
        """The most pairs that can have cleared goods, counting the unknown and the unnamed."""
        return len(self.clearing) + len(self.unknown) + self.unnamed

    def status(self, code: str) -> ClearingStatus:
        """The answer for one pair.

        Raises:
            UnknownCodeError: ``code`` is none of the pairs.
        """
        for status, codes in (
            (ClearingStatus.CLEARING, self.clearing),
            (ClearingStatus.NOT_CLEARING, self.not_clearing),
            (ClearingStatus.UNKNOWN, self.unknown),
        ):
            if code in codes:
                return status
        known = (*self.clearing, *self.not_clearing, *self.unknown)
        raise UnknownCodeError("gate pair", code, known)


@final
@attrs.frozen(kw_only=True)
class StatedCount:
    """A count of clearing gates a source states, and whether the registry reproduces it.

    Attributes:
        key: its short name, such as ``"seed-000"``.
        text: the words of the source.
        count: the count stated.
        of_total: the total it is stated out of ("06/12" → 12), if any.
        when: the day or period the count is of.
        scope: whether it counts pairs or gates.
        named: the codes of the pairs the source names, or None if it names none.
        sources: where it was read.
        reproducible: whether the registry's history gives the same count (and names).
        note: how the registry reproduces it, or why it cannot.
        note_vi: the same note in Vietnamese, or None where it is written in
            English only (a Vietnamese report then points to the English one).
    """

    key: str = attrs.field(converter=_code)
    text: str = attrs.field(converter=_text)
    count: int = attrs.field(validator=_one_of(int))
    of_total: int | None = attrs.field(default=None, validator=_optional_one_of(int))
    when: Period = attrs.field(converter=_when)
    scope: CountScope = attrs.field(default=CountScope.PAIRS, validator=_one_of(CountScope))
    named: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_texts)
    sources: tuple[Citation, ...] = attrs.field(converter=_citations)
    reproducible: bool = attrs.field(validator=_one_of(bool))
    note: str = attrs.field(converter=_text)
    note_vi: str | None = attrs.field(default=None, converter=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.count < 0 or (self.of_total is not None and self.count > self.of_total):
            most = "" if self.of_total is None else f" and at most of_total ({self.of_total})"
            raise InvalidValueError.of(
                "count", self.count, f"must be at least 0{most}", where=self.key
            )
        if self.named is not None and len(set(self.named)) != self.count:
            raise InvalidValueError.of(
                "count",
                self.count,
                f"must be the number of distinct pairs named ({len(set(self.named))})",
                where=self.key,
            )
        if not self.sources:
            raise InvalidValueError.no_source(self.key)


@final
@attrs.frozen(kw_only=True)
class CountCheck:
    """A stated count against the registry's history.

    Attributes:
        stated: the count as the source states it.
        result: the registry's answer for the count's period.
        found: the pairs, in the count's scope, the history shows clearing.
        possible: the most pairs in scope that can have cleared, unknowns included.
    """

    stated: StatedCount
    result: ClearingResult
    found: tuple[str, ...]
    possible: int

    @property
    def reproduced(self) -> bool:
        """Whether the history gives the stated count, and the stated names if any."""
        names_agree = self.stated.named is None or set(self.stated.named) == set(self.found)
        return len(self.found) == self.stated.count and names_agree

    @property
    def consistent(self) -> bool:
        """Whether the stated count lies between what is known and what is possible."""
        return len(self.found) <= self.stated.count <= self.possible
