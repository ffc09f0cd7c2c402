"""The reader of plan files: the TOML of zoning.toml read into plans, land budgets taken out."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

from dongdang._toml import Table, dump_toml, parse_toml
from dongdang.errors import DataFileError, DongDangError
from dongdang.provenance import Caveat, Citation, Provenance
from dongdang.zoning._areas import Allocation, Area
from dongdang.zoning._budgets import LandBudget
from dongdang.zoning._kinds import PlanLevel, PlanStage
from dongdang.zoning._plans import Plan, PlanVersion

if TYPE_CHECKING:
    from collections.abc import Mapping

_R = TypeVar("_R")


def _cite_land_use(name: str, label: str, version: dict[str, Any]) -> None:
    """Make the ``sources`` of a version's given land-use rows its ``facts.land_use``."""
    cited = {tuple(row.pop("sources", None) or ()) for row in version["land_use"]} - {()}
    if not cited:
        return
    if len(cited) > 1:
        found = [list(keys) for keys in sorted(cited)]
        raise DataFileError.in_file(
            name, f"the land budgets of {label} cite different sources {found}; keep one"
        )
    keys = list(cited.pop())
    facts = version.setdefault("facts", {})
    if not isinstance(facts, dict):
        return  # the loader names facts that are not a table
    own = facts.setdefault("land_use", {"sources": keys})
    if not isinstance(own, dict) or own.get("sources") != keys:
        raise DataFileError.in_file(
            name,
            f"the land budgets of {label} cite {keys}, which its facts.land_use does not; keep one",
        )


def _version_tables(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """The tables of the versions of a plan file's document, by plan and version code.

    Tables of the wrong shape are left out; the loader names them.
    """
    plans = document.get("plans")
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for plan, table in plans.items() if isinstance(plans, dict) else ():
        versions = table.get("versions") if isinstance(table, dict) else None
        for version in versions if isinstance(versions, list) else ():
            code = version.get("code") if isinstance(version, dict) else None
            if isinstance(code, str):
                found[(plan, code)] = version
    return found


def _listing(versions: Mapping[tuple[str, str], Mapping[str, Any]]) -> dict[tuple[str, str], bool]:
    return {key: "land_use" in table for key, table in versions.items()}


def plan_versions(text: str, *, name: str = "<string>") -> dict[tuple[str, str], bool]:
    """Each version of a plan file, by plan and version code: whether it lists land budgets.

    Raises:
        DataFileError: the text is not TOML.

    >>> from dongdang.zoning import plan_versions
    >>> plan_versions('''
    ... [[plans.p.versions]]
    ... code = "v1"
    ... land_use = []
    ... ''')
    {('p', 'v1'): True}
    """
    return _listing(_version_tables(parse_toml(text, name)))


def without_land_use(text: str, *, name: str = "<string>") -> str:
    """The plan file ``text`` with the ``land_use`` of its versions taken out.

    The text is read as TOML, so land budgets are taken out however they are
    written (``[[plans.CODE.versions.land_use]]`` tables with comments and
    ``areas`` sub-tables, inline arrays, dotted keys), and the rest written
    back: the same plans and sources, the
    comment lines at the top of the file kept, other comments and the layout
    not. A dataset writes its land budgets as a table of their own
    (:data:`dongdang.dataset.LAND_BUDGET_COLUMNS`).

    Raises:
        DataFileError: the text is not TOML.

    >>> from dongdang.zoning import without_land_use
    >>> print(
    ...     without_land_use('''# Plans
    ... [[plans.p.versions]]
    ... code = "v1"
    ... [[plans.p.versions.land_use]]
    ... code = "a"  # a class
    ... [plans.p.versions.land_use.areas]
    ... 2030 = "5 ha"
    ... ''')
    ... )
    # Plans
    <BLANKLINE>
    [[plans.p.versions]]
    code = "v1"
    <BLANKLINE>
    """
    document = parse_toml(text, name)
    for version in _version_tables(document).values():
        version.pop("land_use", None)
    lines = text.splitlines()
    head = list(itertools.takewhile(lambda line: line.lstrip().startswith("#"), lines))
    return "".join(f"{line}\n" for line in head) + ("\n" if head else "") + dump_toml(document)


# -- the loader ---------------------------------------------------------------------------------


def _array(table: Table, key: str, *fields: str) -> list[Table]:
    """The tables of ``[[key]]``, each checked to hold only ``fields``."""
    tables = table.tables(key)
    for item in tables:
        item.only(*fields)
    return tables


def _read_area(table: Table, key: str, value: object) -> Area:
    if isinstance(value, Area):  # a land-budgets table's row, read already
        return value
    if not isinstance(value, str):
        table.fail(key, f"expected an area as text, such as 'khoảng 1.355 ha', got {value!r}")
    try:
        return Area.parse(value)
    except DongDangError as error:
        table.fail(key, str(error))


def _read_allocation(table: Table, key: str, value: object) -> Allocation:
    return table.build(
        Allocation,
        code=table.get("code", str, required=True),
        name=table.get("name", str, required=True),
        area=_read_area(table, key, value),
        english=table.get("english", str),
    )


def _read_budgets(table: Table, total: Area | None) -> list[LandBudget]:
    rows = _array(table, "land_use", "code", "name", "english", "areas")
    years: dict[int, list[Allocation]] = {}
    for row in rows:
        areas = cast("Table", row.table("areas", required=True))
        for year_text, text in areas.data.items():
            if not year_text.isdigit():
                areas.fail(year_text, "expected a year, such as 2030")
            years.setdefault(int(year_text), []).append(
                _read_allocation(row, f"areas.{year_text}", text)
            )
    if years and total is None:
        table.fail("land_use", "land budgets need the version's total")
    return [
        table.build(LandBudget, year=year, total=total, allocations=allocations)
        for year, allocations in sorted(years.items())
    ]


_VERSION_KEYS: Final = (
    *("code", "name", "stage", "legal", "horizons", "total", "land_use", "zones"),
    *("sources", "facts", "notes"),
)


def _read_version(table: Table, sources: Mapping[str, Citation]) -> PlanVersion:
    total_text = table.get("total", str)
    total = None if total_text is None else _read_area(table, "total", total_text)
    facts = {
        fact: entry.build(
            Provenance,
            sources=entry.cited("sources", sources),
            caveat=entry.choice("caveat", Caveat),
            note=entry.get("note", str),
        )
        for fact, entry in table.named_tables("facts", "sources", "caveat", "note")
    }
    zones = [
        _read_allocation(zone, "area", zone.get("area", str, required=True))
        for zone in _array(table, "zones", "code", "name", "english", "area")
    ]
    return table.build(
        PlanVersion,
        code=table.get("code", str, required=True),
        name=table.get("name", str, required=True),
        stage=table.choice("stage", PlanStage),
        legal=table.legal(),
        horizons=table.get("horizons", list) or [],
        total=total,
        land_use=_read_budgets(table, total),
        zones=zones,
        sources=table.cited("sources", sources),
        facts=facts,
        notes=table.get("notes", list) or [],
    )


def _read_plan(code: str, table: Table, sources: Mapping[str, Citation]) -> Plan:
    return table.build(
        Plan,
        code=code,
        name=table.get("name", str, required=True),
        level=table.choice("level", PlanLevel, required=True),
        versions=[
            _read_version(version, sources) for version in _array(table, "versions", *_VERSION_KEYS)
        ],
        sources=table.cited("sources", sources),
    )


def _read_registry(top: Table, registry: type[_R]) -> _R:
    """The plans of a plan file's top table, as a ``registry`` (a PlanRegistry)."""
    top.only("sources", "plans")
    sources = {
        key: table.build(
            Citation,
            key=key,
            url=table.get("url", str),
            title=table.get("title", str),
            published=table.get("published", dt.date),
            event=table.get("event", dt.date),
            file=table.get("file", str),
            note=table.get("note", str),
        )
        for key, table in top.named_tables(
            "sources", "url", "title", "published", "event", "file", "note"
        )
    }
    plans = [
        _read_plan(code, table, sources)
        for code, table in top.named_tables("plans", "name", "level", "sources", "versions")
    ]
    return top.build(registry, plans=plans, file=top.file)
