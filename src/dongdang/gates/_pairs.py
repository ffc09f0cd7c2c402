"""Gate pairs and their routes."""

# ruff: noqa: TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
from typing import Final, final

import attrs

from dongdang._validators import code as _code
from dongdang._validators import one_of as _one_of
from dongdang._validators import optional_one_of as _optional_one_of
from dongdang._validators import text as _text
from dongdang._validators import texts as _texts
from dongdang.errors import InvalidValueError
from dongdang.gates._facts import _day, _path_value, _provenance
from dongdang.gates._history import (
    StatusEvent,
    _check_history,
    _history,
    _latest,
    evidence_on,
    source_of,
    status_on,
)
from dongdang.gates._kinds import EventKind, GateCategory, Mode
from dongdang.gates._parts import Counterpart, Location, Management
from dongdang.provenance import Provenance, _check_facts

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
                raise InvalidValueError.of(
                    "to",
                    event.to,
                    "must not be the pair itself",
                    where=f"{self.code}: {event.label()}",
                )

    def label(self) -> str:
        """The pair as reports write it: "Chi Ma - Ái Điểm", or the gate alone."""
        other = self.counterpart.vietnamese
        return f"{self.name} - {other}" if other else self.name

    source_of = source_of
    status_on = status_on
    evidence_on = evidence_on

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

    source_of = source_of
    status_on = status_on
    evidence_on = evidence_on
