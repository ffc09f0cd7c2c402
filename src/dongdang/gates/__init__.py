"""Border gates of Lạng Sơn: gate pairs, their routes, and a dated status history.

A border gate (cửa khẩu) is one of a **pair** (cặp cửa khẩu): the Vietnamese gate
and its Chinese counterpart across the line. Reports count pairs ("06/12 cặp cửa
khẩu"), and a pair may own routes: clearance routes (lối thông quan) and dedicated
freight roads (đường chuyên dụng vận chuyển hàng hóa).

Each pair has a stable code, and every fact about it carries its source. What the
sources do not say stays unknown: the value is None and a
:class:`~dongdang.provenance.Provenance` says why. Whether a pair clears goods
(thông quan hàng hóa) on a day is read from its dated history, and is one of
three answers, never two. A status holds until a later record changes it;
``strict=True`` keeps evidence to the days it covers:

>>> from dongdang.gates import ClearingStatus, lang_son_gates
>>> gates = lang_son_gates()
>>> gates.province_total, gates.named, gates.unnamed.count
(12, 10, 2)
>>> gates.pair("tan-thanh").label()
'Tân Thanh - Pò Chài'
>>> gates.status_on("na-nua", dt.date(2021, 6, 1))
<ClearingStatus.NOT_CLEARING: 'not clearing'>
>>> gates.status_on("huu-nghi", dt.date(2022, 6, 1))
<ClearingStatus.CLEARING: 'clearing'>
>>> gates.status_on("huu-nghi", dt.date(2022, 6, 1), strict=True)
<ClearingStatus.UNKNOWN: 'unknown'>
>>> gates.status_on("bao-lam", dt.date(2021, 6, 1))
<ClearingStatus.UNKNOWN: 'unknown'>
>>> gates.clearing_goods(during=Period.year(2021)).clearing
('huu-nghi', 'dong-dang-rail', 'chi-ma', 'tan-thanh')

The registry is read from ``data/gates.toml``; :meth:`GateRegistry.load` reads a
file of the same shape.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import re
import unicodedata
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Final, TypeVar, final

import attrs

from dongdang._messages import day as _written_day
from dongdang._messages import message
from dongdang._toml import Table, parse_toml, read_data_file
from dongdang._validators import code as _code
from dongdang._validators import date as _date
from dongdang._validators import field_date as _field_date
from dongdang._validators import language as _check_lang
from dongdang._validators import named_pairs as _named_pairs
from dongdang._validators import one_of as _one_of
from dongdang._validators import optional_code as _optional_code
from dongdang._validators import optional_date as _optional_date
from dongdang._validators import optional_one_of as _optional_one_of
from dongdang._validators import optional_text as _optional_text
from dongdang._validators import optional_texts as _optional_texts
from dongdang._validators import text as _text
from dongdang._validators import texts as _texts
from dongdang._validators import tuple_of as _tuple_of
from dongdang._vocabulary import Vocabulary
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UnknownCodeError,
)
from dongdang.legal import LegalReference
from dongdang.periods import Period
from dongdang.provenance import Caveat, Citation, Provenance

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable, Mapping

    from dongdang.periods import Language

_K = TypeVar("_K")

__all__ = [
    "PAIR_FACTS",
    "ROUTE_FACTS",
    "Caveat",
    "Citation",
    "ClearingResult",
    "ClearingStatus",
    "CountCheck",
    "CountScope",
    "Counterpart",
    "EventKind",
    "Gap",
    "GateCategory",
    "GatePair",
    "GateRegistry",
    "Location",
    "Management",
    "Mode",
    "Note",
    "Provenance",
    "Route",
    "StatedCount",
    "StatusEvent",
    "gate_name",
    "lang_son_gates",
]


# -- vocabularies -----------------------------------------------------------------


class GateCategory(Vocabulary):
    """The category of a gate or route, by its Vietnamese name."""

    INTERNATIONAL = "quốc tế"
    MAIN = "chính"
    SECONDARY = "phụ"
    CLEARANCE_ROUTE = "lối thông quan"
    DEDICATED_FREIGHT_ROAD = "đường chuyên dụng vận chuyển hàng hóa"
    BORDER_OPENING = "lối mở"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _CATEGORY_ENGLISH


_CATEGORY_ENGLISH: Final = {
    GateCategory.INTERNATIONAL: "international",
    GateCategory.MAIN: "main (bilateral)",
    GateCategory.SECONDARY: "secondary",
    GateCategory.CLEARANCE_ROUTE: "clearance route",
    GateCategory.DEDICATED_FREIGHT_ROAD: "dedicated freight road",
    GateCategory.BORDER_OPENING: "border opening",
}


class Mode(enum.Enum):
    """How goods cross: by road, rail or river."""

    ROAD = "đường bộ"
    RAIL = "đường sắt"
    RIVER = "đường sông"


class ClearingStatus(enum.Enum):
    """Whether a pair clears goods on a day: yes, no, or the evidence does not say.

    A status has no truth value, so that an unknown cannot pass for a no; compare
    it with a member instead:

    >>> from dongdang.gates import ClearingStatus
    >>> ClearingStatus.UNKNOWN is ClearingStatus.CLEARING
    False
    >>> bool(ClearingStatus.UNKNOWN)
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidTypeError: ClearingStatus.UNKNOWN has no truth value: compare ...
    """

    CLEARING = "clearing"
    NOT_CLEARING = "not clearing"
    UNKNOWN = "unknown"

    def __bool__(self) -> bool:
        raise InvalidTypeError(
            f"ClearingStatus.{self.name} has no truth value: "
            "compare it with ClearingStatus.CLEARING, NOT_CLEARING or UNKNOWN"
        )


class EventKind(enum.Enum):
    """What a dated record of a pair's history says.

    Two kinds are evidence that the pair was clearing goods, or was not, when
    the source was written ("as of"): the status they show holds until a later
    record (in the strict mode, only on the days they cover). Three are
    changes that last until the next: opened, suspended, resumed.
    The rest record a decision or a step that does not itself open or close the
    pair to goods.
    """

    CLEARING = "clearing"
    NOT_CLEARING = "not-clearing"
    OPENED = "opened"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    ATTACHED = "attached"
    DESIGNATED = "designated"
    UPGRADED = "upgraded"
    PLANNED = "planned"
    REOPENING_APPROVED = "reopening-approved"
    PILOT = "pilot"

    @property
    def status(self) -> ClearingStatus | None:
        """The clearing status the record speaks for, or None if it speaks for none."""
        return _STATUS_OF.get(self)

    @property
    def is_change(self) -> bool:
        """Whether the status it sets lasts until the next record (opened, suspended, resumed)."""
        return self in _CHANGES


_STATUS_OF: Final = {
    EventKind.CLEARING: ClearingStatus.CLEARING,
    EventKind.NOT_CLEARING: ClearingStatus.NOT_CLEARING,
    EventKind.OPENED: ClearingStatus.CLEARING,
    EventKind.SUSPENDED: ClearingStatus.NOT_CLEARING,
    EventKind.RESUMED: ClearingStatus.CLEARING,
}
_CHANGES: Final = frozenset({EventKind.OPENED, EventKind.SUSPENDED, EventKind.RESUMED})
_CATEGORY_EVENTS: Final = frozenset({EventKind.ATTACHED, EventKind.DESIGNATED, EventKind.UPGRADED})


class CountScope(enum.Enum):
    """What a stated count counts.

    ``PAIRS`` counts every pair. ``GATES`` counts the pairs that are gates in
    their own right on the last day of the period: it leaves out a pair attached
    to another as its clearance route, as reports do after 27/5/2024.
    """

    PAIRS = "pairs"
    GATES = "gates"


# -- small validators ----------------------------------------------------------------


def _when(value: Period | dt.date) -> Period:
    if isinstance(value, Period):
        return value
    day = _date(value)
    return Period(start=day, end=day)


def _citations(value: tuple[Citation, ...] | list[Citation]) -> tuple[Citation, ...]:
    return _tuple_of(Citation, "sources", value)


def _key(text: str) -> str:
    """A name as compared: NFC, case-folded, single spaces, no spaces around a dash."""
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return re.sub(r"\s*[-–—]\s*", "-", folded)


# -- sources and provenance -----------------------------------------------------------


def _check_facts(
    owner: str, provenance: tuple[tuple[str, Provenance], ...], values: Mapping[str, object]
) -> None:
    given = dict(provenance)
    if len(given) != len(provenance):
        raise InvalidValueError(f"{owner}: a fact has two provenances")
    extra = sorted(set(given) - set(values))
    if extra:
        raise InvalidValueError(
            f"{owner}: provenance for unknown facts {extra}; facts: {[*values]}"
        )
    for path, value in values.items():
        source = given.get(path)
        known = value is not None and value != ()
        if known and (source is None or not source.sources):
            raise InvalidValueError(f"{owner}: {path} = {value!r} has no source")
        if known and source is not None and source.caveat is not None:
            raise InvalidValueError(
                f"{owner}: {path} = {value!r} is marked {source.caveat.value}; "
                "a caveated fact stays unknown (None)"
            )
        if not known and (source is None or source.caveat is None):
            raise InvalidValueError(f"{owner}: {path} is unknown but no caveat says why")


def _provenance(
    value: dict[str, Provenance]
    | tuple[tuple[str, Provenance], ...]
    | list[tuple[str, Provenance]],
) -> tuple[tuple[str, Provenance], ...]:
    return _named_pairs(Provenance, value, "fact paths")


def _source_of(owner: str, provenance: tuple[tuple[str, Provenance], ...], path: str) -> Provenance:
    for name, source in provenance:
        if name == path:
            return source
    raise UnknownCodeError("fact", path, [name for name, _ in provenance], where=owner)


# -- parts of a pair ------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class Counterpart:
    """The Chinese gate of a pair, as far as the sources name it.

    Attributes:
        vietnamese: its Vietnamese name, such as "Hữu Nghị Quan".
        chinese: its name in Chinese characters, such as "友谊关".
        pinyin: its name in pinyin, such as "Youyi Guan".
        aliases: other spellings met in the sources ("Pò Chải", "Nong Yao").
        location: where it lies, as the sources put it.
    """

    vietnamese: str | None = attrs.field(default=None, converter=_optional_text)
    chinese: str | None = attrs.field(default=None, converter=_optional_text)
    pinyin: str | None = attrs.field(default=None, converter=_optional_text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    location: str | None = attrs.field(default=None, converter=_optional_text)


@final
@attrs.frozen(kw_only=True)
class Location:
    """Where a gate or route lies, with administrative units as before the 2025 reform.

    Attributes:
        district: the huyện, such as "Cao Lộc".
        commune: the xã or thị trấn, such as "thị trấn Đồng Đăng".
        markers: the boundary markers (mốc) of the crossing, such as ("1116", "1117").
        detail: anything more the sources place it by.
    """

    district: str | None = attrs.field(default=None, converter=_optional_text)
    commune: str | None = attrs.field(default=None, converter=_optional_text)
    markers: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_texts)
    detail: str | None = attrs.field(default=None, converter=_optional_text)


@final
@attrs.frozen(kw_only=True)
class Management:
    """The unit that runs a gate, from the decision that set it up.

    A unit that no longer runs the gate is ``ended``; ``end_note`` says what is
    known of its end. The three centres of 2012 were replaced by a single
    Trung tâm Quản lý cửa khẩu on a day the sources do not give, so they are
    ended with an unknown end, never read as current.

    Attributes:
        unit: its name, such as "Trung tâm Quản lý cửa khẩu Chi Ma".
        since: the date it was set up, where known.
        legal: the decision that set it up, where known.
        ended: whether it no longer runs the gate.
        end_note: what is known of its end (required when ended).

    >>> from dongdang.gates import lang_son_gates
    >>> centre = lang_son_gates().pair("chi-ma").managed_by
    >>> centre.current
    False
    >>> centre.describe("en").endswith("; no longer current, end date unknown.")
    True
    """

    unit: str = attrs.field(converter=_text)
    since: dt.date | None = attrs.field(default=None, converter=_optional_date)
    legal: LegalReference | None = attrs.field(
        default=None, validator=_optional_one_of(LegalReference)
    )
    ended: bool = attrs.field(default=False, validator=_one_of(bool))
    end_note: str | None = attrs.field(default=None, converter=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.ended is (self.end_note is None):
            raise InvalidValueError(
                f"{self.unit}: an ended unit, and only an ended unit, has an end_note "
                f"(ended={self.ended!r}, end_note={self.end_note!r})"
            )

    @property
    def current(self) -> bool:
        """Whether the unit still runs the gate, as far as the sources say."""
        return not self.ended

    def describe(self, lang: Language = "vi") -> str:
        """The unit, since when, by which decision, and whether it is current."""
        _check_lang(lang)
        text = self.unit
        if self.since is not None:
            text += message("management.since", lang, day=_written_day(self.since, lang))
        if self.legal is not None:
            text += message("management.by", lang, decision=self.legal.cite(lang))
        if self.ended:
            text += message("management.ended", lang)
        return text + "."


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
    dongdang.errors.InvalidValueError: resumed on 2023-12-14 is a change, not evidence ...
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
            raise InvalidValueError(f"{label} has no source")
        if self.throughout and (self.kind.status is None or self.kind.is_change):
            raise InvalidValueError(
                f"{label} is a change, not evidence over days: "
                "throughout applies to clearing and not-clearing evidence"
            )
        if (self.to is None) is (self.kind is EventKind.ATTACHED):
            raise InvalidValueError(f"{label}: an attachment, and only an attachment, names a pair")
        if self.category is not None and self.kind not in _CATEGORY_EVENTS:
            raise InvalidValueError(
                f"{label}: only an attachment, a designation or an upgrade gives a category"
            )

    @property
    def exact(self) -> bool:
        """Whether, as evidence, it speaks for every day of ``when``."""
        return self.throughout or self.when.start == self.when.end

    def label(self) -> str:
        """The kind and the date: "resumed on 2023-12-14", "clearing in năm 2021"."""
        if self.when.start == self.when.end:
            return f"{self.kind.value} on {self.when.start.isoformat()}"
        return f"{self.kind.value} in {self.when.label()}"


def _history(value: tuple[StatusEvent, ...] | list[StatusEvent]) -> tuple[StatusEvent, ...]:
    return _tuple_of(StatusEvent, "history", value)


def _check_history(code: str, history: tuple[StatusEvent, ...]) -> None:
    for earlier, later in itertools.pairwise(history):
        if later.when.start < earlier.when.start:
            raise InvalidValueError(
                f"{code}: history out of order: {later.label()} comes after {earlier.label()}"
            )
    bearing = [event for event in history if event.kind.status is not None]
    for index, event in enumerate(bearing):
        for other in bearing[index + 1 :]:
            if other.when.start == event.when.start and other.kind.status is not event.kind.status:
                raise InvalidValueError(
                    f"{code}: {event.label()} and {other.label()} start on the same day "
                    "and disagree; record the conflict in a note instead"
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


# -- pairs and routes -------------------------------------------------------------------

#: The facts of a pair that carry a provenance, by path.
PAIR_FACTS: Final = (
    "name",
    "category",
    "mode",
    "counterpart.vietnamese",
    "counterpart.chinese",
    "counterpart.pinyin",
    "location.district",
    "location.commune",
    "location.markers",
    "managed_by",
)
#: The facts of a route that carry a provenance, by path.
ROUTE_FACTS: Final = (
    "name",
    "category",
    "mode",
    "location.district",
    "location.commune",
    "location.markers",
)


@final
@attrs.frozen(kw_only=True)
class GatePair:
    """A pair of gates, Vietnamese and Chinese, with its history.

    Attributes:
        code: its stable code, such as ``"chi-ma"``.
        name: the Vietnamese gate's name as reports write it, such as "Chi Ma".
        aliases: other names for the Vietnamese gate.
        counterpart: the Chinese gate, as far as the sources name it.
        category: its category in the province's classification, or None
            where unknown; :meth:`category_on` follows later changes.
        mode: road, rail or river, or None where unverified.
        location: where the Vietnamese gate lies.
        managed_by: the unit the sources name as running it, or None; it may
            have ended (:attr:`Management.current`).
        history: its dated records, in order of their first day.
        provenance: the :class:`~dongdang.provenance.Provenance` of each fact, by path
            (see :meth:`source_of`).
    """

    code: str = attrs.field(converter=_code)
    name: str = attrs.field(converter=_text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    counterpart: Counterpart = attrs.field(default=Counterpart(), validator=_one_of(Counterpart))
    category: GateCategory | None = attrs.field(
        default=None, validator=_optional_one_of(GateCategory)
    )
    mode: Mode | None = attrs.field(default=None, validator=_optional_one_of(Mode))
    location: Location = attrs.field(default=Location(), validator=_one_of(Location))
    managed_by: Management | None = attrs.field(
        default=None, validator=_optional_one_of(Management)
    )
    history: tuple[StatusEvent, ...] = attrs.field(default=(), converter=_history)
    provenance: tuple[tuple[str, Provenance], ...] = attrs.field(default=(), converter=_provenance)

    def __attrs_post_init__(self) -> None:
        _check_history(self.code, self.history)
        values = {path: _path_value(self, path) for path in PAIR_FACTS}
        _check_facts(self.code, self.provenance, values)
        for event in self.history:
            if event.to == self.code:
                raise InvalidValueError(f"{self.code}: {event.label()} attaches it to itself")

    def label(self) -> str:
        """The pair as reports write it: "Chi Ma - Ái Điểm", or the gate alone."""
        other = self.counterpart.vietnamese
        return f"{self.name} - {other}" if other else self.name

    def source_of(self, path: str) -> Provenance:
        """The provenance of one fact, such as ``"mode"`` or ``"counterpart.chinese"``.

        Raises:
            UnknownCodeError: the pair has no such fact.
        """
        return _source_of(self.code, self.provenance, path)

    def status_on(self, day: dt.date, *, strict: bool = False) -> ClearingStatus:
        """Whether the pair clears goods on ``day``, by its history.

        A status holds until a later record changes it; with ``strict``,
        evidence speaks only for the days it covers (see :class:`StatusEvent`).
        """
        return _status_on(self.history, _day(day, "day"), strict=_flag(strict))[0]

    def evidence_on(self, day: dt.date, *, strict: bool = False) -> StatusEvent | None:
        """The record that decides :meth:`status_on` for ``day``, or None."""
        return _status_on(self.history, _day(day, "day"), strict=_flag(strict))[1]

    def attached_to(self, on: dt.date) -> str | None:
        """The code of the pair it is a clearance route of on ``on``, or None."""
        event = _latest(self.history, _day(on, "on"), lambda e: e.kind is EventKind.ATTACHED)
        return None if event is None else event.to

    def category_on(self, on: dt.date) -> GateCategory | None:
        """Its category on ``on``, the latest an event gave, or else ``category``."""
        event = _latest(self.history, _day(on, "on"), lambda e: e.category is not None)
        return self.category if event is None else event.category


@final
@attrs.frozen(kw_only=True)
class Route:
    """A route of a gate pair: a clearance route or a dedicated freight road.

    Attributes:
        code: its stable code, such as ``"huu-nghi-1119-1120"``.
        name: its name as the sources write it.
        pair: the code of the pair it belongs to.
        category: clearance route, dedicated freight road or border opening.
        mode: road, rail or river, or None where unverified.
        location: where it lies.
        history: its dated records, in order of their first day.
        provenance: the :class:`~dongdang.provenance.Provenance` of each fact, by path.
    """

    code: str = attrs.field(converter=_code)
    name: str = attrs.field(converter=_text)
    pair: str = attrs.field(converter=_code)
    category: GateCategory | None = attrs.field(
        default=None, validator=_optional_one_of(GateCategory)
    )
    mode: Mode | None = attrs.field(default=None, validator=_optional_one_of(Mode))
    location: Location = attrs.field(default=Location(), validator=_one_of(Location))
    history: tuple[StatusEvent, ...] = attrs.field(default=(), converter=_history)
    provenance: tuple[tuple[str, Provenance], ...] = attrs.field(default=(), converter=_provenance)

    def __attrs_post_init__(self) -> None:
        _check_history(self.code, self.history)
        values = {path: _path_value(self, path) for path in ROUTE_FACTS}
        _check_facts(self.code, self.provenance, values)

    def source_of(self, path: str) -> Provenance:
        """The provenance of one fact, such as ``"mode"`` or ``"location.markers"``.

        Raises:
            UnknownCodeError: the route has no such fact.
        """
        return _source_of(self.code, self.provenance, path)

    def status_on(self, day: dt.date, *, strict: bool = False) -> ClearingStatus:
        """Whether the route clears goods on ``day``, by its history.

        A status holds until a later record changes it; with ``strict``,
        evidence speaks only for the days it covers (see :class:`StatusEvent`).
        """
        return _status_on(self.history, _day(day, "day"), strict=_flag(strict))[0]

    def evidence_on(self, day: dt.date, *, strict: bool = False) -> StatusEvent | None:
        """The record that decides :meth:`status_on` for ``day``, or None."""
        return _status_on(self.history, _day(day, "day"), strict=_flag(strict))[1]


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidTypeError.of("strict", "a bool", value)
    return value


def _path_value(owner: object, path: str) -> object:
    value = owner
    for part in path.split("."):
        value = getattr(value, part)
    return value


def _day(value: object, name: str) -> dt.date:
    return _field_date(value, name)


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
            raise InvalidValueError(f"a gap cannot hold {self.count} pairs")
        if self.count and self.provenance.caveat is None:
            raise InvalidValueError(f"{self.count} unnamed pairs need a caveat saying why")


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
            raise InvalidValueError(f"{self.key}: cannot count {self.count} of {self.of_total}")
        if self.named is not None and len(set(self.named)) != self.count:
            raise InvalidValueError(
                f"{self.key}: states {self.count} but names {len(set(self.named))}"
            )
        if not self.sources:
            raise InvalidValueError(f"{self.key} has no source")


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


# -- the registry ---------------------------------------------------------------------


def _pairs(value: tuple[GatePair, ...] | list[GatePair]) -> tuple[GatePair, ...]:
    return _tuple_of(GatePair, "pairs", value)


def _routes(value: tuple[Route, ...] | list[Route]) -> tuple[Route, ...]:
    return _tuple_of(Route, "routes", value)


def _counts(value: tuple[StatedCount, ...] | list[StatedCount]) -> tuple[StatedCount, ...]:
    return _tuple_of(StatedCount, "stated_counts", value)


def _notes(value: tuple[Note, ...] | list[Note]) -> tuple[Note, ...]:
    return _tuple_of(Note, "notes", value)


@final
@attrs.frozen(kw_only=True)
class GateRegistry:
    """The gate pairs of a province, their routes, and what the sources count.

    Attributes:
        province_total: how many pairs the province has, by its sources.
        province_provenance: where ``province_total`` comes from.
        pairs: the pairs the sources name, in a fixed order.
        routes: the routes of those pairs.
        unnamed: the pairs of the total the sources do not name.
        stated_counts: counts of clearing gates the sources state.
        notes: what the sources say about the gates as a whole.
        file: the name of the file the registry was read from.
    """

    province_total: int = attrs.field(validator=_one_of(int))
    province_provenance: Provenance = attrs.field(validator=_one_of(Provenance))
    pairs: tuple[GatePair, ...] = attrs.field(converter=_pairs)
    routes: tuple[Route, ...] = attrs.field(default=(), converter=_routes)
    unnamed: Gap = attrs.field(validator=_one_of(Gap))
    stated_counts: tuple[StatedCount, ...] = attrs.field(default=(), converter=_counts)
    notes: tuple[Note, ...] = attrs.field(default=(), converter=_notes)
    file: str = attrs.field(default="<memory>", converter=_text)
    _names: dict[str, str] = attrs.field(init=False, eq=False, repr=False)

    def __repr__(self) -> str:
        return (
            f"<GateRegistry: {len(self.pairs)} gate pairs, {len(self.routes)} routes, "
            f"from {self.file}>"
        )

    def __attrs_post_init__(self) -> None:
        codes = [pair.code for pair in self.pairs] + [route.code for route in self.routes]
        _no_duplicates("code", codes)
        _no_duplicates("stated count", [count.key for count in self.stated_counts])
        _no_duplicates("note", [note.key for note in self.notes])
        if not self.province_provenance.sources:
            raise InvalidValueError(f"the province total {self.province_total} has no source")
        if self.province_total - len(self.pairs) != self.unnamed.count:
            raise InvalidValueError(
                f"the province has {self.province_total} pairs and {len(self.pairs)} are "
                f"named, so {self.province_total - len(self.pairs)} are unnamed, "
                f"not {self.unnamed.count}"
            )
        pairs = {pair.code for pair in self.pairs}
        for route in self.routes:
            self._known(route.pair, pairs, f"route {route.code}")
        for pair in self.pairs:
            for event in pair.history:
                if event.to is not None:
                    self._known(event.to, pairs, f"{pair.code}: {event.label()}")
        for count in self.stated_counts:
            for code in count.named or ():
                self._known(code, pairs, f"stated count {count.key}")
        object.__setattr__(self, "_names", _name_index(self.pairs))

    @staticmethod
    def _known(code: str, pairs: set[str], where: str) -> None:
        if code not in pairs:
            raise UnknownCodeError("gate pair", code, sorted(pairs), where=where)

    # -- reading --------------------------------------------------------------------

    @classmethod
    def loads(cls, text: str, *, name: str = "<string>") -> GateRegistry:
        """Read a registry from TOML text shaped like the bundled ``gates.toml``.

        Raises:
            DataFileError: the text is not TOML (duplicate keys included), or a
                table lacks a field, has one it should not, or holds a value that
                cannot be. The message names ``name`` and the place in the file.
        """
        if not isinstance(text, str):
            raise InvalidTypeError.of("text", "a str", text)
        return _read_registry(_Table(name, "", parse_toml(text, name)))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> GateRegistry:
        """Read a registry from a TOML file.

        Raises:
            DataFileError: the file cannot be read or is not a registry; the
                message names the file.
        """
        return cls.loads(read_data_file(path), name=str(path))

    # -- looking up -----------------------------------------------------------------

    @property
    def named(self) -> int:
        """How many of the province's pairs the registry names."""
        return len(self.pairs)

    def pair(self, code: str) -> GatePair:
        """The pair with this code.

        Raises:
            UnknownCodeError: no pair has the code; the message lists the codes.
        """
        for pair in self.pairs:
            if pair.code == code:
                return pair
        raise UnknownCodeError("gate pair", code, [pair.code for pair in self.pairs])

    def route(self, code: str) -> Route:
        """The route with this code.

        Raises:
            UnknownCodeError: no route has the code; the message lists the codes.
        """
        for route in self.routes:
            if route.code == code:
                return route
        raise UnknownCodeError("route", code, [route.code for route in self.routes])

    def routes_of(self, code: str) -> tuple[Route, ...]:
        """The routes of one pair.

        Raises:
            UnknownCodeError: no pair has the code.
        """
        self.pair(code)
        return tuple(route for route in self.routes if route.pair == code)

    def find(self, name: str) -> GatePair:
        """The pair a report names: "Chi Ma", "Tân Thanh-Pò Chài", "Ga đường sắt Đồng Đăng".

        Case, spacing and the dash between the two gates do not matter.

        Raises:
            UnknownCodeError: no pair goes by the name.
        """
        if not isinstance(name, str):
            raise InvalidTypeError.of("name", "a str", name)
        code = self._names.get(_key(name))
        if code is None:
            known = [pair.label() for pair in self.pairs]
            raise UnknownCodeError("gate pair name", name, known)
        return self.pair(code)

    def source_of(self, path: str) -> Provenance:
        """The provenance of a fact about the whole: ``"province_total"`` or ``"unnamed"``.

        Raises:
            UnknownCodeError: the registry has no such fact.
        """
        facts = (("province_total", self.province_provenance), ("unnamed", self.unnamed.provenance))
        return _source_of("the registry", facts, path)

    # -- status -----------------------------------------------------------------------

    def status_on(self, code: str, day: dt.date, *, strict: bool = False) -> ClearingStatus:
        """Whether one pair clears goods on ``day``; ``strict`` as in :meth:`GatePair.status_on`.

        Raises:
            UnknownCodeError: no pair has the code.
            InvalidTypeError: ``day`` is not a date (a datetime is refused), or
                ``strict`` is not a bool.
        """
        return self.pair(code).status_on(day, strict=strict)

    def clearing_goods(
        self, *, on: dt.date | None = None, during: Period | None = None, strict: bool = False
    ) -> ClearingResult:
        """Which pairs cleared goods on a day (``on``) or over a period (``during``).

        Over a period, a pair cleared goods if it did on at least one of its
        days: the union over the days, and also what the evidence places on an
        unknown day wholly inside the period ("as of early 2/2023" counts for
        February 2023, though for none of its days). A status holds until a
        later record changes it; with ``strict``, evidence speaks only for the
        days it covers, its window.

        Raises:
            InvalidTypeError: both or neither of ``on`` and ``during`` given, or
                ``on`` not a date, or ``during`` not a
                :class:`~dongdang.periods.Period`, or ``strict`` not a bool.
        """
        period = _one_period(on, during)
        strict = _flag(strict)
        groups: dict[ClearingStatus, list[str]] = {status: [] for status in ClearingStatus}
        for pair in self.pairs:
            statuses = _statuses_during(pair.history, period, strict=strict)
            if ClearingStatus.CLEARING in statuses:
                groups[ClearingStatus.CLEARING].append(pair.code)
            elif statuses == {ClearingStatus.NOT_CLEARING}:
                groups[ClearingStatus.NOT_CLEARING].append(pair.code)
            else:
                groups[ClearingStatus.UNKNOWN].append(pair.code)
        return ClearingResult(
            period=period,
            clearing=tuple(groups[ClearingStatus.CLEARING]),
            not_clearing=tuple(groups[ClearingStatus.NOT_CLEARING]),
            unknown=tuple(groups[ClearingStatus.UNKNOWN]),
            unnamed=self.unnamed.count,
        )

    # -- filters ------------------------------------------------------------------------

    def select(
        self,
        *,
        category: GateCategory | None = None,
        mode: Mode | None = None,
        district: str | None = None,
        on: dt.date | None = None,
    ) -> tuple[GatePair, ...]:
        """The pairs with every property given; None means any.

        ``district`` is compared without regard to case ("cao lộc"). With
        ``on``, the category is the one on that day (:meth:`GatePair.category_on`).
        A pair whose property is unknown matches no value of it: see
        :meth:`by_category` and the like for the unknowns.
        """
        if category is not None and not isinstance(category, GateCategory):
            raise InvalidTypeError.of("category", "a GateCategory", category)
        if mode is not None and not isinstance(mode, Mode):
            raise InvalidTypeError.of("mode", "a Mode", mode)
        if district is not None and not isinstance(district, str):
            raise InvalidTypeError.of("district", "a str", district)
        chosen = []
        for pair in self.pairs:
            kind = pair.category if on is None else pair.category_on(on)
            place = pair.location.district
            if (
                (category is None or kind is category)
                and (mode is None or pair.mode is mode)
                and (district is None or (place is not None and _key(place) == _key(district)))
            ):
                chosen.append(pair)
        return tuple(chosen)

    def by_category(self, on: dt.date | None = None) -> dict[GateCategory | None, tuple[str, ...]]:
        """The codes of the pairs by category (on ``on``, if given); None holds the unknown."""
        return _group(
            self.pairs, lambda pair: pair.category if on is None else pair.category_on(on)
        )

    def by_mode(self) -> dict[Mode | None, tuple[str, ...]]:
        """The codes of the pairs by mode; None holds the unknown."""
        return _group(self.pairs, lambda pair: pair.mode)

    def by_district(self) -> dict[str | None, tuple[str, ...]]:
        """The codes of the pairs by district; None holds the unknown."""
        return _group(self.pairs, lambda pair: pair.location.district)

    # -- stated counts ------------------------------------------------------------------

    def stated_count(self, key: str) -> StatedCount:
        """The stated count with this key.

        Raises:
            UnknownCodeError: no stated count has the key; the message lists them.
        """
        for count in self.stated_counts:
            if count.key == key:
                return count
        raise UnknownCodeError("stated count", key, [count.key for count in self.stated_counts])

    def check(self, key: str, *, strict: bool = False) -> CountCheck:
        """Hold a stated count against the history: found, possible, reproduced.

        ``strict`` as in :meth:`clearing_goods`.

        Raises:
            UnknownCodeError: no stated count has the key.
        """
        stated = self.stated_count(key)
        result = self.clearing_goods(during=stated.when, strict=strict)
        last = stated.when.end

        def in_scope(code: str) -> bool:
            return stated.scope is CountScope.PAIRS or self.pair(code).attached_to(last) is None

        found = tuple(code for code in result.clearing if in_scope(code))
        unknown = [code for code in result.unknown if in_scope(code)]
        return CountCheck(
            stated=stated,
            result=result,
            found=found,
            possible=len(found) + len(unknown) + result.unnamed,
        )


def _no_duplicates(what: str, keys: Iterable[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise InvalidValueError(f"the {what} {key!r} appears twice")
        seen.add(key)


def _name_index(pairs: tuple[GatePair, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for pair in pairs:
        names = (pair.name, *pair.aliases)
        others = (pair.counterpart.vietnamese, *pair.counterpart.aliases)
        keys = {_key(name) for name in names}
        keys |= {_key(f"{name}-{other}") for name in names for other in others if other}
        for key in keys:
            if index.setdefault(key, pair.code) != pair.code:
                raise InvalidValueError(
                    f"the name {key!r} is given to both {index[key]} and {pair.code}"
                )
    return index


def _group(pairs: tuple[GatePair, ...], key: Callable[[GatePair], _K]) -> dict[_K, tuple[str, ...]]:
    groups: dict[_K, list[str]] = {}
    for pair in pairs:
        groups.setdefault(key(pair), []).append(pair.code)
    return {value: tuple(codes) for value, codes in groups.items()}


def _one_period(on: object, during: object) -> Period:
    if (on is None) is (during is None):
        raise InvalidTypeError(
            f"give exactly one of on= (a date) and during= (a Period), got on={on!r} "
            f"and during={during!r}"
        )
    if during is not None:
        if not isinstance(during, Period):
            raise InvalidTypeError.of("during", "a Period", during)
        return during
    day = _day(on, "on")
    return Period(start=day, end=day)


@functools.cache
def lang_son_gates() -> GateRegistry:
    """The bundled registry of Lạng Sơn's gate pairs, read once from ``data/gates.toml``.

    >>> from dongdang.gates import lang_son_gates
    >>> gates = lang_son_gates()
    >>> [pair.code for pair in gates.pairs][:3]
    ['huu-nghi', 'dong-dang-rail', 'chi-ma']
    >>> gates.unnamed.provenance.caveat
    <Caveat.NOT_FOUND: 'not found'>
    """
    text = files("dongdang").joinpath("data", "gates.toml").read_text("utf-8")
    return GateRegistry.loads(text, name="gates.toml")


def gate_name(code: str) -> str:
    """The name reports give the bundled registry's pair ``code``: "Hữu Nghị" for "huu-nghi".

    A code the bundled registry does not hold is returned as it is: a name
    given by the caller's own data.

    >>> from dongdang.gates import gate_name
    >>> gate_name("huu-nghi"), gate_name("my-gate")
    ('Hữu Nghị', 'my-gate')
    """
    names = {pair.code: pair.name for pair in lang_son_gates().pairs}
    return names.get(code, code)


# -- the loader -------------------------------------------------------------------------


@attrs.frozen
class _Table(Table):
    """A TOML table of ``gates.toml`` being read, with the readers the gates need."""

    def text(self, key: str) -> str:
        value = self.get(key, str, required=True)
        assert isinstance(value, str)  # noqa: S101 - get() checked it
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.get(key, str)
        return value if isinstance(value, str) else None

    def texts(self, key: str) -> list[str] | None:
        value = self.get(key, list)
        if value is None:
            return None
        assert isinstance(value, list)  # noqa: S101 - get() checked it
        if not all(isinstance(item, str) for item in value):
            self.fail(key, f"expected a list of strings, got {value!r}")
        return value

    def table(self, key: str, *, required: bool = False) -> _Table | None:
        value = self.get(key, dict, required=required)
        if value is None:
            return None
        assert isinstance(value, dict)  # noqa: S101 - get() checked it
        return _Table(self.file, self.where(key), value)

    def tables(self, key: str) -> list[_Table]:
        value = self.get(key, list)
        if value is None:
            return []
        assert isinstance(value, list)  # noqa: S101 - get() checked it
        if not all(isinstance(item, dict) for item in value):
            self.fail(key, "expected an array of tables")
        return [_Table(self.file, f"{self.where(key)}[{i}]", item) for i, item in enumerate(value)]

    def named_tables(self, key: str, *fields: str) -> list[tuple[str, _Table]]:
        """The tables of ``[key.NAME]`` by name, each checked to hold only ``fields``."""
        table = self.table(key)
        named = []
        for name in [] if table is None else table.data:
            assert table is not None  # noqa: S101 - the loop is empty otherwise
            inner = table.get(name, dict, required=True)
            assert isinstance(inner, dict)  # noqa: S101 - get() checked it
            named.append((name, _Table(self.file, table.where(name), inner)))
            named[-1][1].only(*fields)
        return named


def _read_sources(table: _Table, sources: Mapping[str, Citation], key: str) -> list[Citation]:
    keys = table.texts(key) or []
    for name in keys:
        if name not in sources:
            table.fail(key, f"cites {name!r}, which is not in [sources]")
    return [sources[name] for name in keys]


def _with_text(reference: LegalReference, url: str | None, summary: str | None) -> LegalReference:
    return attrs.evolve(reference, url=url, summary=summary)


def _read_legal(table: _Table) -> LegalReference | None:
    value = table.get("legal", (str, dict))
    if isinstance(value, str):
        return table.build(LegalReference.parse, text=value)
    legal = table.table("legal")
    if legal is None:
        return None
    legal.only("cite", "url", "summary")
    return legal.build(
        _with_text,
        reference=legal.build(LegalReference.parse, text=legal.text("cite")),
        url=legal.optional_text("url"),
        summary=legal.optional_text("summary"),
    )


def _read_when(table: _Table) -> Period:
    day = table.get("on", dt.date)
    phrase = table.optional_text("period")
    if (day is None) is (phrase is None):
        table.fail(None, "give exactly one of on (a date) and period (a phrase such as 'năm 2021')")
    if phrase is not None:
        return table.build(Period.parse, text=phrase)
    return table.build(_when, value=day)


_EVENT_KEYS: Final = (
    *("kind", "on", "period", "as_written", "throughout", "description", "sources"),
    *("legal", "legal_note", "to", "category"),
)


def _read_event(table: _Table, sources: Mapping[str, Citation]) -> StatusEvent:
    table.only(*_EVENT_KEYS)
    return table.build(
        StatusEvent,
        kind=table.choice("kind", EventKind, required=True),
        when=_read_when(table),
        sources=_read_sources(table, sources, "sources"),
        description=table.text("description"),
        as_written=table.optional_text("as_written"),
        throughout=table.get("throughout", bool) or False,
        legal=_read_legal(table),
        legal_note=table.optional_text("legal_note"),
        to=table.optional_text("to"),
        category=table.choice("category", GateCategory),
    )


def _read_facts(
    table: _Table, sources: Mapping[str, Citation], paths: tuple[str, ...]
) -> dict[str, Provenance]:
    """Each fact's provenance: its own entry under ``facts``, else the table's ``sources``."""
    default = _read_sources(table, sources, "sources")
    given = {
        path: fact.build(
            Provenance,
            sources=_read_sources(fact, sources, "sources"),
            caveat=fact.choice("caveat", Caveat),
            note=fact.optional_text("note"),
        )
        for path, fact in table.named_tables("facts", "sources", "caveat", "note")
    }
    unknown = sorted(set(given) - set(paths))
    if unknown:
        table.fail("facts", f"no such facts {unknown}; expected some of {list(paths)}")
    return {path: given.get(path, Provenance(sources=default)) for path in paths}


def _read_location(table: _Table) -> Location:
    location = table.table("location")
    if location is None:
        return Location()
    location.only("district", "commune", "markers", "detail")
    return location.build(
        Location,
        district=location.optional_text("district"),
        commune=location.optional_text("commune"),
        markers=location.texts("markers"),
        detail=location.optional_text("detail"),
    )


def _read_counterpart(table: _Table) -> Counterpart:
    counterpart = table.table("counterpart")
    if counterpart is None:
        return Counterpart()
    counterpart.only("vietnamese", "chinese", "pinyin", "aliases", "location")
    return counterpart.build(
        Counterpart,
        vietnamese=counterpart.optional_text("vietnamese"),
        chinese=counterpart.optional_text("chinese"),
        pinyin=counterpart.optional_text("pinyin"),
        aliases=counterpart.texts("aliases") or [],
        location=counterpart.optional_text("location"),
    )


def _read_management(table: _Table) -> Management | None:
    managed = table.table("managed_by")
    if managed is None:
        return None
    managed.only("unit", "since", "legal", "ended", "end_note")
    return managed.build(
        Management,
        unit=managed.text("unit"),
        since=managed.get("since", dt.date),
        legal=_read_legal(managed),
        ended=managed.get("ended", bool) is True,
        end_note=managed.optional_text("end_note"),
    )


_PAIR_KEYS: Final = (
    *("name", "aliases", "category", "mode", "sources", "facts", "counterpart"),
    *("location", "managed_by", "history"),
)
_ROUTE_KEYS: Final = ("name", "pair", "category", "mode", "sources", "facts", "location", "history")
_COUNT_KEYS: Final = (
    *("text", "count", "of", "on", "period", "scope", "named", "sources"),
    *("reproducible", "note", "note_vi"),
)


def _read_pair(code: str, table: _Table, sources: Mapping[str, Citation]) -> GatePair:
    return table.build(
        GatePair,
        code=code,
        name=table.text("name"),
        aliases=table.texts("aliases") or [],
        counterpart=_read_counterpart(table),
        category=table.choice("category", GateCategory),
        mode=table.choice("mode", Mode),
        location=_read_location(table),
        managed_by=_read_management(table),
        history=[_read_event(event, sources) for event in table.tables("history")],
        provenance=_read_facts(table, sources, PAIR_FACTS),
    )


def _read_route(code: str, table: _Table, sources: Mapping[str, Citation]) -> Route:
    return table.build(
        Route,
        code=code,
        name=table.text("name"),
        pair=table.text("pair"),
        category=table.choice("category", GateCategory),
        mode=table.choice("mode", Mode),
        location=_read_location(table),
        history=[_read_event(event, sources) for event in table.tables("history")],
        provenance=_read_facts(table, sources, ROUTE_FACTS),
    )


def _read_count(key: str, table: _Table, sources: Mapping[str, Citation]) -> StatedCount:
    return table.build(
        StatedCount,
        key=key,
        text=table.text("text"),
        count=table.get("count", int, required=True),
        of_total=table.get("of", int),
        when=_read_when(table),
        scope=table.choice("scope", CountScope) or CountScope.PAIRS,
        named=table.texts("named"),
        sources=_read_sources(table, sources, "sources"),
        reproducible=table.get("reproducible", bool, required=True),
        note=table.text("note"),
        note_vi=table.optional_text("note_vi"),
    )


def _read_registry(top: _Table) -> GateRegistry:
    top.only("province", "sources", "pairs", "routes", "counts", "notes")
    sources = {
        key: table.build(
            Citation,
            key=key,
            url=table.optional_text("url"),
            title=table.optional_text("title"),
            published=table.get("published", dt.date),
            event=table.get("event", dt.date),
            file=table.optional_text("file"),
            note=table.optional_text("note"),
        )
        for key, table in top.named_tables(
            "sources", "url", "title", "published", "event", "file", "note"
        )
    }
    province = top.table("province", required=True)
    assert province is not None  # noqa: S101 - required
    province.only("total", "sources", "note", "unnamed_caveat", "unnamed_note")
    total = province.get("total", int, required=True)
    assert isinstance(total, int)  # noqa: S101 - get() checked it
    pairs = [_read_pair(code, t, sources) for code, t in top.named_tables("pairs", *_PAIR_KEYS)]
    unnamed = province.build(
        Provenance,
        caveat=province.choice("unnamed_caveat", Caveat),
        note=province.optional_text("unnamed_note"),
    )
    return top.build(
        GateRegistry,
        province_total=total,
        province_provenance=province.build(
            Provenance,
            sources=_read_sources(province, sources, "sources"),
            note=province.optional_text("note"),
        ),
        pairs=pairs,
        routes=[
            _read_route(code, table, sources)
            for code, table in top.named_tables("routes", *_ROUTE_KEYS)
        ],
        unnamed=province.build(Gap, count=total - len(pairs), provenance=unnamed),
        stated_counts=[
            _read_count(key, table, sources)
            for key, table in top.named_tables("counts", *_COUNT_KEYS)
        ],
        notes=[
            table.build(
                Note,
                key=key,
                text=table.text("text"),
                sources=_read_sources(table, sources, "sources"),
            )
            for key, table in top.named_tables("notes", "text", "sources")
        ],
        file=top.file,
    )
