"""The reader of gates.toml: its tables, read into pairs, routes, counts and notes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final, TypeVar

from dongdang.gates._counts import Gap, Note, StatedCount
from dongdang.gates._facts import _when
from dongdang.gates._history import StatusEvent
from dongdang.gates._kinds import CountScope, EventKind, GateCategory, Mode
from dongdang.gates._pairs import PAIR_FACTS, ROUTE_FACTS, GatePair, Route
from dongdang.gates._parts import Counterpart, Location, Management
from dongdang.periods import Period
from dongdang.provenance import Caveat, Citation, Provenance

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dongdang._toml import Table

_R = TypeVar("_R")


# -- the loader -------------------------------------------------------------------------


def _read_when(table: Table) -> Period:
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


def _read_event(table: Table, sources: Mapping[str, Citation]) -> StatusEvent:
    table.only(*_EVENT_KEYS)
    return table.build(
        StatusEvent,
        kind=table.choice("kind", EventKind, required=True),
        when=_read_when(table),
        sources=table.cited("sources", sources),
        description=table.text("description"),
        as_written=table.optional_text("as_written"),
        throughout=table.get("throughout", bool) or False,
        legal=table.legal(),
        legal_note=table.optional_text("legal_note"),
        to=table.optional_text("to"),
        category=table.choice("category", GateCategory),
    )


def _read_facts(
    table: Table, sources: Mapping[str, Citation], paths: tuple[str, ...]
) -> dict[str, Provenance]:
    """Each fact's provenance: its own entry under ``facts``, else the table's ``sources``."""
    default = table.cited("sources", sources)
    given = {
        path: fact.build(
            Provenance,
            sources=fact.cited("sources", sources),
            caveat=fact.choice("caveat", Caveat),
            note=fact.optional_text("note"),
        )
        for path, fact in table.named_tables("facts", "sources", "caveat", "note")
    }
    unknown = sorted(set(given) - set(paths))
    if unknown:
        table.fail("facts", f"no such facts {unknown}; expected some of {list(paths)}")
    return {path: given.get(path, Provenance(sources=default)) for path in paths}


def _read_location(table: Table) -> Location:
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


def _read_counterpart(table: Table) -> Counterpart:
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


def _read_management(table: Table) -> Management | None:
    managed = table.table("managed_by")
    if managed is None:
        return None
    managed.only("unit", "since", "legal", "ended", "end_note")
    return managed.build(
        Management,
        unit=managed.text("unit"),
        since=managed.get("since", dt.date),
        legal=managed.legal(),
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


def _read_pair(code: str, table: Table, sources: Mapping[str, Citation]) -> GatePair:
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


def _read_route(code: str, table: Table, sources: Mapping[str, Citation]) -> Route:
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


def _read_count(key: str, table: Table, sources: Mapping[str, Citation]) -> StatedCount:
    return table.build(
        StatedCount,
        key=key,
        text=table.text("text"),
        count=table.get("count", int, required=True),
        of_total=table.get("of", int),
        when=_read_when(table),
        scope=table.choice("scope", CountScope) or CountScope.PAIRS,
        named=table.texts("named"),
        sources=table.cited("sources", sources),
        reproducible=table.get("reproducible", bool, required=True),
        note=table.text("note"),
        note_vi=table.optional_text("note_vi"),
    )


def _read_registry(top: Table, registry: type[_R]) -> _R:
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
        registry,
        province_total=total,
        province_provenance=province.build(
            Provenance,
            sources=province.cited("sources", sources),
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
                sources=table.cited("sources", sources),
            )
            for key, table in top.named_tables("notes", "text", "sources")
        ],
        file=top.file,
    )
