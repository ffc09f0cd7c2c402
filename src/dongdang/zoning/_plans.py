"""Plans and their versions, each fact with its provenance."""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - the API page resolves PlanVersion.date with it
import itertools
from typing import TYPE_CHECKING, Final, cast, final

import attrs

from dongdang._validators import optional_one_of as _optional_instance
from dongdang._validators import tuple_of as _tuple_of
from dongdang._validators import whole_number
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    OverlappingVersionsError,
    UnknownCodeError,
)
from dongdang.legal import LegalReference
from dongdang.provenance import Citation, Provenance, _check_facts
from dongdang.zoning._areas import (
    Allocation,
    Area,
    _as_printed,
    _code,
    _name,
    _no_duplicates,
    _notes,
)
from dongdang.zoning._budgets import LandBudget
from dongdang.zoning._kinds import PlanLevel, PlanStage

if TYPE_CHECKING:
    from fractions import Fraction


#: The facts of a plan version that carry a provenance.
VERSION_FACTS: Final = ("stage", "legal", "horizons", "total", "land_use", "zones")


def _horizons(value: tuple[int, ...] | list[int]) -> tuple[int, ...]:
    if not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of("horizons", "a tuple of years", value)
    for year in value:
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidTypeError.of("horizons", "years (int)", year)
    for earlier, later in itertools.pairwise(value):
        if later <= earlier:
            raise InvalidValueError.of("horizons", list(value), "must increase")
    return tuple(value)


def _budgets(value: tuple[LandBudget, ...] | list[LandBudget]) -> tuple[LandBudget, ...]:
    return _tuple_of(LandBudget, "land_use", value)


def _zones(value: tuple[Allocation, ...] | list[Allocation]) -> tuple[Allocation, ...]:
    return _tuple_of(Allocation, "zones", value)


def _citations(value: tuple[Citation, ...] | list[Citation]) -> tuple[Citation, ...]:
    return _tuple_of(Citation, "sources", value)


def _facts(
    value: dict[str, Provenance]
    | tuple[tuple[str, Provenance], ...]
    | list[tuple[str, Provenance]],
) -> tuple[tuple[str, Provenance], ...]:
    items = list(value.items()) if isinstance(value, dict) else value
    if not isinstance(items, (tuple, list)) or not all(
        isinstance(item, tuple)
        and len(item) == 2  # noqa: PLR2004 - a (path, provenance) pair
        and isinstance(item[0], str)
        and isinstance(item[1], Provenance)
        for item in items
    ):
        raise InvalidTypeError.of("facts", "a mapping of fact names to Provenance", value)
    return tuple(items)


@final
@attrs.frozen(kw_only=True)
class PlanVersion:
    """One version of a plan: the plan as approved, an adjustment, a task under way.

    Every fact (see :data:`VERSION_FACTS`) has a provenance: its own under
    ``facts``, else the version's ``sources``. An unknown fact (None or empty)
    must have its own provenance with a caveat saying why; a fact with a
    caveat must stay unknown.

    Attributes:
        code: its stable code within the plan, such as ``"to-2030"``.
        name: its title as the sources write it.
        stage: how far it has come, or None where unknown.
        legal: the instrument behind it, or None where unknown or unverified.
        horizons: its horizon years, increasing, such as (2020, 2030).
        total: its total area, or None where unknown.
        land_use: a land budget per horizon year, by year.
        zones: its functional zones with their areas.
        sources: where its facts were read; at least one.
        facts: the provenance of single facts, by name.
        notes: what else the sources say about it.
    """

    code: str = attrs.field(converter=_code)
    name: str = attrs.field(converter=_name)
    stage: PlanStage | None = attrs.field(default=None, validator=_optional_instance(PlanStage))
    legal: LegalReference | None = attrs.field(
        default=None, validator=_optional_instance(LegalReference)
    )
    horizons: tuple[int, ...] = attrs.field(default=(), converter=_horizons)
    total: Area | None = attrs.field(default=None, validator=_optional_instance(Area))
    land_use: tuple[LandBudget, ...] = attrs.field(default=(), converter=_budgets)
    zones: tuple[Allocation, ...] = attrs.field(default=(), converter=_zones)
    sources: tuple[Citation, ...] = attrs.field(converter=_citations)
    facts: tuple[tuple[str, Provenance], ...] = attrs.field(default=(), converter=_facts)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_notes)

    def __attrs_post_init__(self) -> None:
        label = f"plan version {self.code!r}"
        if not self.sources:
            raise InvalidValueError.no_source(label)
        for earlier, later in itertools.pairwise(self.land_use):
            if later.year <= earlier.year:
                raise InvalidValueError.not_after(
                    "land budget year",
                    later.year,
                    "the year before it",
                    earlier.year,
                    where=label,
                    hint="land budgets go in order of year, one per year",
                )
        for budget in self.land_use:
            if self.horizons and budget.year not in self.horizons:
                raise InvalidValueError.of(
                    "land budget year",
                    budget.year,
                    f"must be one of its horizons {list(self.horizons)}",
                    accepted=self.horizons,
                    where=label,
                )
        _no_duplicates("zone", label, self.zones)
        if self.total is not None:
            for zone in self.zones:
                # larger than the total whatever the rounding of the two figures
                beyond = (_as_printed(zone.area) - _as_printed(self.total)).low
                if cast("Fraction", beyond) > 0:
                    raise InvalidValueError.more_than(
                        "area (ha)",
                        zone.area.hectares,
                        "the plan's total",
                        self.total.hectares,
                        where=f"{label}: zone {zone.code!r}",
                    )
        values = {fact: getattr(self, fact) for fact in VERSION_FACTS}
        _check_facts(label, self.facts, values, sources=self.sources)

    @property
    def date(self) -> dt.date | None:
        """The signing date of its legal instrument, where known."""
        return None if self.legal is None else self.legal.signed

    @property
    def years(self) -> tuple[int, ...]:
        """The years it has a land budget for."""
        return tuple(budget.year for budget in self.land_use)

    def budget(self, year: int) -> LandBudget:
        """The land budget for ``year``.

        Raises:
            InvalidTypeError: ``year`` is not an int.
            InvalidValueError: the version has no land budget for that year.
        """
        whole_number(year, "year")
        for budget in self.land_use:
            if budget.year == year:
                return budget
        raise InvalidValueError.of(
            "year",
            year,
            f"must be a year it has a land budget for: {list(self.years)}",
            accepted=self.years,
            where=f"plan version {self.code!r}",
        )

    def source_of(self, fact: str) -> Provenance:
        """The provenance of one fact, such as ``"legal"``, ``"total"`` or ``"zones"``.

        Raises:
            UnknownCodeError: there is no such fact.
        """
        if fact not in VERSION_FACTS:
            raise UnknownCodeError("fact", fact, VERSION_FACTS, where="a plan version")
        return dict(self.facts).get(fact) or Provenance(sources=self.sources)


def _versions(value: tuple[PlanVersion, ...] | list[PlanVersion]) -> tuple[PlanVersion, ...]:
    return _tuple_of(PlanVersion, "versions", value)


def _level(_instance: object, _attribute: attrs.Attribute[PlanLevel], value: object) -> None:
    if not isinstance(value, PlanLevel):
        raise InvalidTypeError.of("level", "a PlanLevel", value)


@final
@attrs.frozen(kw_only=True)
class Plan:
    """A plan and its versions, earliest first.

    Attributes:
        code: its stable code, such as ``"kkt-dong-dang"``.
        name: its name as the sources write it.
        level: a general plan, or a 1:2000 plan.
        versions: its versions, each after the one it adjusts. Where two
            versions are dated (by their legal instruments), the later one may
            not be dated before the earlier.
        sources: where its name and level were read.

    >>> from dongdang.zoning import lang_son_plans
    >>> plan = lang_son_plans().plan("kkt-dong-dang")
    >>> [(version.code, version.date) for version in plan.versions]
    [('to-2030', None), ('local-adjustment-2030', datetime.date(2022, 6, 8)),
     ('to-2045', datetime.date(2024, 9, 19))]
    """

    code: str = attrs.field(converter=_code)
    name: str = attrs.field(converter=_name)
    level: PlanLevel = attrs.field(validator=_level)
    versions: tuple[PlanVersion, ...] = attrs.field(converter=_versions)
    sources: tuple[Citation, ...] = attrs.field(converter=_citations)

    def __attrs_post_init__(self) -> None:
        if not self.versions:
            raise InvalidValueError.needs_one(f"plan {self.code!r}", "version", value=self.code)
        if not self.sources:
            raise InvalidValueError.no_source(f"plan {self.code!r}", value=self.code)
        codes = [version.code for version in self.versions]
        for code in codes:
            if codes.count(code) > 1:
                raise OverlappingVersionsError.same_id(code, where=f"plan {self.code!r}")
        dated = [version for version in self.versions if version.date is not None]
        for earlier, later in itertools.pairwise(dated):
            if cast("dt.date", later.date) < cast("dt.date", earlier.date):
                raise InvalidValueError.earlier_than(
                    "date",
                    later.date,
                    f"its predecessor {earlier.code!r}",
                    earlier.date,
                    where=f"plan {self.code!r}: version {later.code!r}",
                    hint="give the versions in the order they were issued",
                )

    def version(self, code: str) -> PlanVersion:
        """The version called ``code``.

        Raises:
            UnknownCodeError: the plan has no such version.
        """
        for version in self.versions:
            if version.code == code:
                return version
        known = [version.code for version in self.versions]
        raise UnknownCodeError("plan version", code, known, where=f"plan {self.code!r}")

    @property
    def latest(self) -> PlanVersion:
        """The last version."""
        return self.versions[-1]


def _plans(value: tuple[Plan, ...] | list[Plan]) -> tuple[Plan, ...]:
    return _tuple_of(Plan, "plans", value)
