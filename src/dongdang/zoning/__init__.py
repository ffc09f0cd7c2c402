"""Zoning plans: plan versions, land budgets, functional zones, and their arithmetic.

A construction master plan (quy hoạch chung xây dựng) fixes how much of the
zone goes to each land-use class by a horizon year; it is approved, then
adjusted (điều chỉnh), and each adjustment is a new **version** of the plan.
A version knows its legal instrument where a source gives it, its horizon
years, its total area, a :class:`LandBudget` per horizon year and its
functional zones. What the sources do not give stays unknown (None or empty),
and :meth:`PlanVersion.source_of` says why.

>>> from dongdang.zoning import diff, lang_son_plans
>>> plan = lang_son_plans().plan("kkt-dong-dang")
>>> version = plan.version("to-2030")
>>> version.total.format()
'khoảng 39.400,0 ha'
>>> version.legal is None, version.source_of("legal").caveat
(True, <Caveat.UNVERIFIED: 'unverified'>)
>>> budget_2020 = version.budget(2020)
>>> print(budget_2020.fit().describe("en"))
the land-use classes of 2020 sum to 39,399 ha against a total of about 39,400.0 ha:
1 ha unallocated, within the tolerance of 2.05 ha
>>> diff(budget_2020, version.budget(2030)).by_class()["non-tariff"]
<Quantity(540, 'hectare')>

Areas are exact :class:`~decimal.Decimal` hectares; "khoảng" (about) stays on
an :class:`Area` as its qualifier, and the digits a figure was printed with
give its rounding. What raises and what is reported:

* An :class:`Area` below zero, or not an area (money, a length), raises.
* Land-use classes that add up to *more* than the total, beyond the tolerance,
  raise :class:`~dongdang.errors.InvalidValueError` when the budget is built:
  the land does not exist. Classes that add up to *less* are reported by
  :meth:`LandBudget.fit` (a :class:`Fit`), never raised: a plan may leave land
  unallocated, and printed figures are rounded.
* A functional zone larger than its version's total, beyond the rounding of
  the two figures, raises. Zones may overlap, so their sum is not checked.
* Duplicate class or zone codes or names, a version dated before its
  predecessor, and a duplicate version raise.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Final, final

import attrs

from dongdang._toml import Table, dump_toml, parse_toml, read_data_file
from dongdang._validators import find as _find
from dongdang.errors import (
    DataFileError,
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
)
from dongdang.legal import LegalReference
from dongdang.provenance import Caveat, Citation, Provenance

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Mapping, Sequence


from dongdang._modules import public_home
from dongdang.zoning._areas import Allocation, Area, _optional_text, area, occupancy
from dongdang.zoning._budgets import Fit, LandBudget
from dongdang.zoning._diffs import BudgetDiff, ClassChange, apply, diff
from dongdang.zoning._kinds import ChangeKind, PlanLevel, PlanStage
from dongdang.zoning._plans import VERSION_FACTS, Plan, PlanVersion, _plans

__all__ = [
    "VERSION_FACTS",
    "Allocation",
    "Area",
    "BudgetDiff",
    "ChangeKind",
    "ClassChange",
    "Fit",
    "LandBudget",
    "Plan",
    "PlanLevel",
    "PlanRegistry",
    "PlanStage",
    "PlanVersion",
    "apply",
    "area",
    "diff",
    "lang_son_plans",
    "occupancy",
    "plan_versions",
    "without_land_use",
]


# -- plans and their versions ------------------------------------------------------------------
@final
@attrs.frozen(kw_only=True)
class PlanRegistry:
    """The plans of a zone, by code.

    Attributes:
        plans: the plans, in a fixed order.
        file: the name of the file they were read from, if any.
    """

    plans: tuple[Plan, ...] = attrs.field(converter=_plans)
    file: str | None = attrs.field(default=None, converter=_optional_text)

    def __repr__(self) -> str:
        return f"<PlanRegistry: {len(self.plans)} plans, from {self.file}>"

    def __attrs_post_init__(self) -> None:
        codes = [plan.code for plan in self.plans]
        for code in codes:
            if codes.count(code) > 1:
                raise InvalidValueError(f"two plans have the code {code!r}", value=code)

    def plan(self, code: str) -> Plan:
        """The plan called ``code``.

        Raises:
            UnknownCodeError: there is no such plan.
        """
        return _find("plan", self.plans, code)

    @classmethod
    def loads(
        cls,
        text: str,
        *,
        name: str = "<string>",
        land_use: Mapping[tuple[str, str], Sequence[Mapping[str, Any]]]
        | Callable[
            [Mapping[tuple[str, str], bool]],
            Mapping[tuple[str, str], Sequence[Mapping[str, Any]]],
        ]
        | None = None,
    ) -> PlanRegistry:
        """Read plans from TOML text in the format of ``data/zoning.toml``.

        Args:
            text: the TOML text.
            name: how messages name the file.
            land_use: the ``land_use`` rows of versions the text gives none,
                by plan code and version code, each row as the TOML writes
                it (``code``, ``name``, ``english``, ``areas`` by year, an
                area as text or an :class:`Area`), and optionally the
                ``sources`` of the version's land budgets (keys of
                ``[sources]``, the same in every row of the version that
                names any), which become its ``facts.land_use``: merged into
                the versions before they are built, so that the checks of a
                version see them (a dataset's ``land_budgets`` table). Or a
                function giving those rows from what :func:`plan_versions`
                says of the text, so that the text is read once.

        Raises:
            DataFileError: the text is not TOML (duplicate keys included), a
                key is unknown or missing, or a value is refused; land budgets
                for a version the text does not have, or has budgets of its
                own; sources of a version's land budgets that disagree with
                each other or with its ``facts.land_use``; the message names
                the file and the place.
        """
        if not isinstance(text, str):
            raise InvalidTypeError(f"{name}: expected TOML text (str), got {text!r}")
        document = parse_toml(text, name)
        versions = _version_tables(document)
        given = land_use(_listing(versions)) if callable(land_use) else land_use or {}
        for (plan, code), rows in given.items():
            version = versions.get((plan, code))
            if version is None:
                raise DataFileError.in_file(
                    name, f"land budgets given for version {code!r} of plan {plan!r}, not in it"
                )
            if "land_use" in version:
                raise DataFileError.in_file(
                    name,
                    f"version {code!r} of plan {plan!r} has land budgets here and in a "
                    "land-budgets table; keep one",
                )
            version["land_use"] = [dict(row) for row in rows]
            _cite_land_use(name, f"version {code!r} of plan {plan!r}", version)
        return _read_registry(_Table(name, "", document))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> PlanRegistry:
        """Read plans from a TOML file.

        Raises:
            DataFileError: the file cannot be read or is not a plan file.
        """
        return cls.loads(read_data_file(path), name=str(path))


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
    back (:func:`dongdang._toml.dump_toml`): the same plans and sources, the
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


@functools.cache
def lang_son_plans() -> PlanRegistry:
    """The bundled plans of the Đồng Đăng – Lạng Sơn zone, read once from ``data/zoning.toml``.

    >>> from dongdang.zoning import lang_son_plans
    >>> [plan.code for plan in lang_son_plans().plans]
    ['kkt-dong-dang', 'chi-ma', 'kcn-dong-banh']
    """
    text = files("dongdang.data").joinpath("zoning.toml").read_text("utf-8")
    return PlanRegistry.loads(text, name="zoning.toml")


# -- the loader ---------------------------------------------------------------------------------


@attrs.frozen
class _Table(Table):
    """A TOML table of a plan file being read, with the readers the plans need."""

    def sub(self, key: str, value: object) -> _Table:
        if not isinstance(value, dict):
            self.fail(key, f"expected a table, got {value!r}")
        return _Table(self.file, self.where(key), value)

    def named(self, key: str, *fields: str) -> list[tuple[str, _Table]]:
        """The tables of ``[key.NAME]`` by name, each checked to hold only ``fields``."""
        outer = _Table(self.file, self.where(key), self.get(key, dict) or {})
        tables = [(name, outer.sub(name, inner)) for name, inner in outer.data.items()]
        for _name, table in tables:
            table.only(*fields)
        return tables

    def array(self, key: str, *fields: str) -> list[_Table]:
        """The tables of ``[[key]]``, each checked to hold only ``fields``."""
        items = self.get(key, list) or []
        tables = [self.sub(f"{key}[{index}]", item) for index, item in enumerate(items)]
        for table in tables:
            table.only(*fields)
        return tables


def _read_sources(table: _Table, sources: Mapping[str, Citation]) -> list[Citation]:
    keys = table.get("sources", list) or []
    for key in keys:
        if not isinstance(key, str):
            table.fail("sources", f"expected the keys of sources (str), got {key!r}")
        if key not in sources:
            table.fail("sources", f"cites {key!r}, which is not in [sources]")
    return [sources[key] for key in keys]


def _read_legal(table: _Table) -> LegalReference | None:
    value = table.get("legal", dict)
    if value is None:
        return None
    legal = table.sub("legal", value)
    legal.only("cite", "issuer", "url", "summary")
    reference = legal.build(LegalReference.parse, text=legal.get("cite", str, required=True))
    return legal.build(
        functools.partial(attrs.evolve, reference),
        issuer=legal.get("issuer", str) or reference.issuer,
        url=legal.get("url", str),
        summary=legal.get("summary", str),
    )


def _read_area(table: _Table, key: str, value: object) -> Area:
    if isinstance(value, Area):  # a land-budgets table's row, read already
        return value
    if not isinstance(value, str):
        table.fail(key, f"expected an area as text, such as 'khoảng 1.355 ha', got {value!r}")
    try:
        return Area.parse(value)
    except DongDangError as error:
        table.fail(key, str(error))


def _read_allocation(table: _Table, key: str, value: object) -> Allocation:
    return table.build(
        Allocation,
        code=table.get("code", str, required=True),
        name=table.get("name", str, required=True),
        area=_read_area(table, key, value),
        english=table.get("english", str),
    )


def _read_budgets(table: _Table, total: Area | None) -> list[LandBudget]:
    rows = table.array("land_use", "code", "name", "english", "areas")
    years: dict[int, list[Allocation]] = {}
    for row in rows:
        areas = row.sub("areas", row.get("areas", dict, required=True))
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


def _read_version(table: _Table, sources: Mapping[str, Citation]) -> PlanVersion:
    total_text = table.get("total", str)
    total = None if total_text is None else _read_area(table, "total", total_text)
    facts = {
        fact: entry.build(
            Provenance,
            sources=_read_sources(entry, sources),
            caveat=entry.choice("caveat", Caveat),
            note=entry.get("note", str),
        )
        for fact, entry in table.named("facts", "sources", "caveat", "note")
    }
    zones = [
        _read_allocation(zone, "area", zone.get("area", str, required=True))
        for zone in table.array("zones", "code", "name", "english", "area")
    ]
    return table.build(
        PlanVersion,
        code=table.get("code", str, required=True),
        name=table.get("name", str, required=True),
        stage=table.choice("stage", PlanStage),
        legal=_read_legal(table),
        horizons=table.get("horizons", list) or [],
        total=total,
        land_use=_read_budgets(table, total),
        zones=zones,
        sources=_read_sources(table, sources),
        facts=facts,
        notes=table.get("notes", list) or [],
    )


def _read_plan(code: str, table: _Table, sources: Mapping[str, Citation]) -> Plan:
    return table.build(
        Plan,
        code=code,
        name=table.get("name", str, required=True),
        level=table.choice("level", PlanLevel, required=True),
        versions=[
            _read_version(version, sources) for version in table.array("versions", *_VERSION_KEYS)
        ],
        sources=_read_sources(table, sources),
    )


def _read_registry(top: _Table) -> PlanRegistry:
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
        for key, table in top.named("sources", "url", "title", "published", "event", "file", "note")
    }
    plans = [
        _read_plan(code, table, sources)
        for code, table in top.named("plans", "name", "level", "sources", "versions")
    ]
    return top.build(PlanRegistry, plans=plans, file=top.file)


public_home(__name__, __all__, globals())


# The examples of methods defined in the private modules, which the doctest finder
# looks for only in the module their code is in.
__test__ = {
    "Area.parse": Area.parse,
    "Area.with_hectares": Area.with_hectares,
    "Area.plus": Area.plus,
    "Area.format": Area.format,
    "Fit.describe": Fit.describe,
    "LandBudget.with_areas": LandBudget.with_areas,
    "LandBudget.fit": LandBudget.fit,
    "LandBudget.shares": LandBudget.shares,
    "LandBudget.rounded_shares": LandBudget.rounded_shares,
    "LandBudget.to_frame": LandBudget.to_frame,
    "BudgetDiff.describe": BudgetDiff.describe,
}
