"""The dated history of a pair or route, and the status it gives on a day or over a period."""

# ruff: noqa: TC001 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Protocol, final

import attrs

from dongdang._validators import one_of as _one_of
from dongdang._validators import optional_code as _optional_code
from dongdang._validators import optional_one_of as _optional_one_of
from dongdang._validators import optional_text as _optional_text
from dongdang._validators import text as _text
from dongdang._validators import tuple_of as _tuple_of
from dongdang.errors import InvalidValueError
from dongdang.gates._facts import _citations, _day, _flag, _source_of, _when
from dongdang.gates._kinds import _CATEGORY_EVENTS, ClearingStatus, EventKind, GateCategory
from dongdang.legal import LegalReference
from dongdang.periods import Period
from dongdang.provenance import Citation, Provenance

if TYPE_CHECKING:
    from collections.abc import Callable

# -- the history ----------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class StatusEvent:
    """One dated record of a pair's history, with its source.

    ``when`` is the day, or the days within which the source places it. For a
    change (opened, suspended, resumed) the change happened on one of those days:
    it is certain from the last of them on, and before that the status is
    unknown. For evidence (clearing, not clearing) ``throughout`` says whether
    the source speaks for every day of ``when`` ("duy trì", kept up) or for an
    unknown day in it ("as of early 2/2023"); evidence of one day speaks for
    that day. By default a status, from a change or from evidence, then holds
    until a later record changes it; in the strict mode (``strict=True``)
    evidence speaks only for the days of its ``when``.

    Attributes:
        kind: what the record says.
        when: the day, or the days within which it falls.
        sources: where it was read; at least one.
        description: what the source says, in its words where possible.
        as_written: the source's own phrase for the date, when it is not a day.
        throughout: for evidence, whether it holds on every day of ``when``.
        legal: the legal instrument behind it, where known.
        legal_note: what is known of the instrument when it is not.
        to: for ``ATTACHED``, the code of the pair it was attached to.
        category: the category it gives, for an attachment, a designation or an upgrade.

    >>> from dongdang.gates import Citation, EventKind, StatusEvent
    >>> source = Citation(key="seed-003", title="Nâng cao hiệu quả phát triển KKT cửa khẩu")
    >>> StatusEvent(
    ...     kind=EventKind.RESUMED,
    ...     when=dt.date(2023, 12, 14),
    ...     sources=[source],
    ...     description="khôi phục thông quan",
    ...     throughout=True,
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: resumed on 2023-12-14: throughout is only for clearing ...
    """

    kind: EventKind = attrs.field(validator=_one_of(EventKind))
    when: Period = attrs.field(converter=_when)
    sources: tuple[Citation, ...] = attrs.field(converter=_citations)
    description: str = attrs.field(converter=_text)
    as_written: str | None = attrs.field(default=None, converter=_optional_text)
    throughout: bool = attrs.field(default=False, validator=_one_of(bool))
    legal: LegalReference | None = attrs.field(
        default=None, validator=_optional_one_of(LegalReference)
    )
    legal_note: str | None = attrs.field(default=None, converter=_optional_text)
    to: str | None = attrs.field(default=None, converter=_optional_code)
    category: GateCategory | None = attrs.field(
        default=None, validator=_optional_one_of(GateCategory)
    )

    def __attrs_post_init__(self) -> None:
        label = self.label()
        if not self.sources:
            raise InvalidValueError.no_source(label)
        if self.throughout and (self.kind.status is None or self.kind.is_change):
            raise InvalidValueError.of(
                "throughout",
                self.throughout,
                "is only for clearing and not-clearing evidence, not for a change",
                where=label,
            )
        if (self.to is None) is (self.kind is EventKind.ATTACHED):
            raise InvalidValueError.of(
                "to",
                self.to,
                "must name a pair for an attachment, and only for an attachment",
                where=label,
            )
        if self.category is not None and self.kind not in _CATEGORY_EVENTS:
            raise InvalidValueError.of(
                "category",
                self.category,
                "is given only by an attachment, a designation or an upgrade",
                where=label,
            )

    @property
    def exact(self) -> bool:
        """Whether, as evidence, it speaks for every day of ``when``."""
        return self.throughout or self.when.start == self.when.end

    def label(self) -> str:
        """The kind and the date, in English: "resumed on 2023-12-14", "clearing in Q2 2021".

        Messages name an event by it, and they are written in English.
        """
        if self.when.start == self.when.end:
            return f"{self.kind.value} on {self.when.start.isoformat()}"
        return f"{self.kind.value} in {self.when.label('en')}"


def _history(value: tuple[StatusEvent, ...] | list[StatusEvent]) -> tuple[StatusEvent, ...]:
    return _tuple_of(StatusEvent, "history", value)


def _check_history(code: str, history: tuple[StatusEvent, ...]) -> None:
    for earlier, later in itertools.pairwise(history):
        if later.when.start < earlier.when.start:
            raise InvalidValueError.earlier_than(
                "start",
                later.when.start,
                "the event before it",
                earlier.when.start,
                where=f"{code}: {later.kind.value}",
                hint="give the events in order of date",
            )
    bearing = [event for event in history if event.kind.status is not None]
    for index, event in enumerate(bearing):
        for other in bearing[index + 1 :]:
            if other.when.start == event.when.start and other.kind.status is not event.kind.status:
                raise InvalidValueError.of(
                    "event",
                    event.label(),
                    f"must not disagree with {other.label()}, which starts on the same day",
                    where=code,
                    hint="record the conflict in a note instead",
                )


def _status_on(
    history: tuple[StatusEvent, ...], day: dt.date, *, strict: bool = False
) -> tuple[ClearingStatus, StatusEvent | None]:
    """The record that decides the status on ``day``: the latest-starting one that speaks for it.

    A status holds until a later record changes it. A change (opened,
    suspended, resumed) and evidence alike are certain from the last day of
    their ``when`` on, and evidence that speaks for every day of ``when`` is
    certain on those days too. On a day inside the ``when`` of evidence placed
    on an unknown day, the status is the one before it if the two agree, and
    unknown if they do not. With ``strict``, evidence speaks only for the days
    it covers (its window) and does not last beyond them; changes last in both
    modes.
    """
    best: tuple[tuple[dt.date, bool], ClearingStatus, StatusEvent] | None = None
    for event in history:
        status = event.kind.status
        if status is None or event.when.start > day:
            continue
        if event.exact and day <= event.when.end:
            value = status
        elif event.kind.is_change or not strict:
            value = status if day >= event.when.end else ClearingStatus.UNKNOWN
            if value is ClearingStatus.UNKNOWN and not event.kind.is_change:
                before = tuple(e for e in history if e.when.start < event.when.start)
                if _status_on(before, day)[0] is status:
                    value = status
        else:
            continue
        rank = (event.when.start, value is not ClearingStatus.UNKNOWN)
        if best is None or rank > best[0]:
            best = (rank, value, event)
    if best is None:
        return ClearingStatus.UNKNOWN, None
    return best[1], best[2]


def _statuses_during(
    history: tuple[StatusEvent, ...], period: Period, *, strict: bool = False
) -> set[ClearingStatus]:
    """Every status the history gives on some day of ``period``."""
    days = {period.start}
    for event in history:
        if event.kind.status is None:
            continue
        after = event.when.end + dt.timedelta(days=1) if event.when.end < period.end else None
        for day in (event.when.start, event.when.end, after):
            if day is not None and period.start < day <= period.end:
                days.add(day)
    statuses = {_status_on(history, day, strict=strict)[0] for day in days}
    if any(
        event.kind is EventKind.CLEARING and not event.exact and event.when in period
        for event in history
    ):
        statuses.add(ClearingStatus.CLEARING)
    return statuses


def _latest(
    history: tuple[StatusEvent, ...], on: dt.date, keep: Callable[[StatusEvent], bool]
) -> StatusEvent | None:
    """The last record certain by ``on`` (its last day on or before it) that ``keep`` keeps."""
    found = None
    for event in history:
        if event.when.end <= on and keep(event):
            found = event
    return found


# -- what a pair and a route answer alike ------------------------------------------------


class _Dated(Protocol):
    """A pair or a route: a code, a dated history and the provenance of its facts."""

    @property
    def code(self) -> str: ...  # pragma: no cover - a protocol's shape
    @property
    def history(self) -> tuple[StatusEvent, ...]: ...  # pragma: no cover
    @property
    def provenance(self) -> tuple[tuple[str, Provenance], ...]: ...  # pragma: no cover


# The methods GatePair and Route share: each class names them in its body
# (``status_on = status_on``), so that the API pages list them on both.


def source_of(self: _Dated, path: str) -> Provenance:
    """The provenance of one fact, such as ``"mode"`` or ``"location.markers"``.

    Raises:
        UnknownCodeError: it has no such fact.
    """
    return _source_of(self.code, self.provenance, path)


def status_on(self: _Dated, day: dt.date, *, strict: bool = False) -> ClearingStatus:
    """Whether it clears goods on ``day``, by its history.

    A status holds until a later record changes it; with ``strict``,
    evidence speaks only for the days it covers (see :class:`StatusEvent`).
    """
    return _status_on(self.history, _day(day, "day"), strict=_flag(strict))[0]


def evidence_on(self: _Dated, day: dt.date, *, strict: bool = False) -> StatusEvent | None:
    """The record that decides :meth:`status_on` for ``day``, or None."""
    return _status_on(self.history, _day(day, "day"), strict=_flag(strict))[1]
