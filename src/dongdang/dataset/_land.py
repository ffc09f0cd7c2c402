"""The land budgets of the zoning plans as a table, read into ``zoning.toml``'s plans."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from dongdang.dataset._layout import _table_file
from dongdang.tables import (
    LIMIT,
    Column,
    Problem,
    TableError,
    _label,
    _read_rows,
    _RowError,
    _twice,
)
from dongdang.zoning import PlanRegistry
from dongdang.zoning._tables import class_columns, row_allocation

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from dongdang.zoning import Area
    from dongdang.zoning import PlanVersion as ZoningPlanVersion


#: The table of the land budgets (``land_budgets.csv`` or ``.parquet``), by stem.
LAND_BUDGETS: Final = "land_budgets"


#: The columns of the land-budgets table, a row per plan version, land-use class and
#: horizon year. ``area_ha`` is the area in hectares as printed, its last digit the
#: printed resolution unless ``resolution_ha`` says otherwise (``0`` for an area known
#: exactly, which printing did not round); ``qualifier`` is the
#: word before the figure, a value of :class:`~dongdang.text.Qualifier`
#: (``about`` for "khoảng"); ``sources`` the keys of ``zoning.toml``'s ``[sources]``
#: the version's land budgets were read from, joined by ``;`` (empty: the version's
#: own sources).
LAND_BUDGET_COLUMNS: Final = (
    Column("plan", "text"),
    Column("version", "text"),
    Column("year", "count"),
    *class_columns(),
    Column("sources", "text", required=False),
)


def land_budget_columns(zoning: PlanRegistry) -> dict[str, list[Any]]:
    """The land budgets of the plan versions as the columns of :data:`LAND_BUDGET_COLUMNS`.

    Areas are exact decimal text; ``resolution_ha`` is given only where the
    printed resolution is not the last digit of ``area_ha``: ``0`` for an area
    without one (known exactly).
    """
    rows = [
        (plan.code, version.code, budget.year, allocation)
        for plan in zoning.plans
        for version in plan.versions
        for budget in version.land_use
        for allocation in budget.allocations
    ]
    cited = {
        (plan.code, version.code): _land_use_sources(version)
        for plan in zoning.plans
        for version in plan.versions
    }
    areas = [allocation.area for *_, allocation in rows]
    return {
        "plan": [plan for plan, *_ in rows],
        "version": [version for _, version, *_ in rows],
        "year": [year for _, _, year, _ in rows],
        "code": [allocation.code for *_, allocation in rows],
        "name": [allocation.name for *_, allocation in rows],
        "english": [allocation.english for *_, allocation in rows],
        "area_ha": [f"{area.hectares:f}" for area in areas],
        "resolution_ha": [_written_resolution(area) for area in areas],
        "qualifier": [None if area.qualifier is None else area.qualifier.value for area in areas],
        "sources": [cited[plan, version] for plan, version, *_ in rows],
    }


def _land_use_sources(version: ZoningPlanVersion) -> str | None:
    """The keys of the sources of a version's land budgets, where they have their own."""
    own = dict(version.facts).get("land_use")
    return None if own is None else ";".join(source.key for source in own.sources)


def _written_resolution(area: Area) -> str | None:
    """The ``resolution_ha`` cell of an area: empty for its last digit, ``0`` for none."""
    if area.resolution is None:
        return "0"
    return None if area.resolution == _last_digit(area.hectares) else f"{area.resolution:f}"


def _last_digit(number: Decimal) -> Decimal:
    """The value of the last digit of ``number`` as written: 1 for 1355, 0.1 for 39400.0."""
    return Decimal(1).scaleb(int(number.as_tuple().exponent))


def _land_budget_tables(zoning: PlanRegistry) -> dict[str, dict[str, list[Any]]]:
    """The land-budgets table of the plans, by stem, if they have any budget."""
    columns = land_budget_columns(zoning)
    return {LAND_BUDGETS: columns} if columns["plan"] else {}


def read_land_budgets(
    table: object,
    *,
    versions: Mapping[tuple[str, str], bool],
    mapping: Mapping[str, str] | None = None,
    name: str | None = None,
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The ``land_use`` rows of a land-budgets table, by plan and version code.

    Each row is one land-use class of a version in one horizon year, in the
    columns of :data:`LAND_BUDGET_COLUMNS`; the rows are given as the
    ``land_use`` rows of ``zoning.toml`` (``code``, ``name``, ``english``,
    ``areas`` by year), for :meth:`~dongdang.zoning.PlanRegistry.loads`.

    Args:
        table: the table (a path, a DataFrame, ...: :func:`~dongdang.tables.read_table`).
        versions: the versions of the plan file, each with whether it lists
            land budgets of its own (:func:`~dongdang.zoning.plan_versions`).
        mapping: the table's own column names to those of the columns.
        name: how messages name the table.

    Raises:
        TableError: every bad cell and row, up to the limit, named by file,
            row and column: a missing or unknown column, a wrong type, an
            empty required cell, a negative area, an unknown plan or version,
            a version with land budgets in ``zoning.toml`` too, an unknown
            qualifier, a refused code, a class given twice for a year.
    """

    def budget(cells: dict[str, Any]) -> tuple[str, str, int, list[str], dict[str, Any]]:
        plan, version, year = cells["plan"], cells["version"], cells["year"]
        refused = _version_problem(plan, version, versions)
        if refused is not None:
            raise _RowError(*refused)
        given = cells["resolution_ha"]
        allocation = row_allocation(
            {**cells, "resolution_ha": None if given == 0 else given},
            _last_digit(cells["area_ha"]) if given is None else None,
        )
        sources = [key.strip() for key in (cells["sources"] or "").split(";")]
        sources = [key for key in sources if key]
        row = {
            "code": allocation.code,
            "name": allocation.name,
            **({} if allocation.english is None else {"english": allocation.english}),
            "areas": {str(year): allocation.area},
            **({"sources": sources} if sources else {}),
        }
        return plan, version, year, sources, row

    file = name if name is not None else _label(table)
    rows = _read_rows(
        table,
        LAND_BUDGET_COLUMNS,
        budget,
        key=lambda item: (*item[:3], item[4]["code"]),
        twice=lambda item, first: _RowError(
            "code",
            _twice(f"class {item[4]['code']!r} of {item[2]} of version {item[1]!r}", first),
        ),
        mapping=mapping,
        name=file,
    )
    read: dict[tuple[str, str], list[dict[str, Any]]] = {}
    cited: dict[tuple[str, str], tuple[int, list[str]]] = {}
    problems: list[Problem] = []
    for at, (plan, version, _year, sources, row) in rows:
        first = cited.setdefault((plan, version), (at, sources)) if sources else None
        if first is not None and first[1] != sources:
            problems.append(
                Problem(
                    file=file,
                    row=at,
                    column="sources",
                    message=f"cites {sources}, but row {first[0]} of version {version!r} cites "
                    f"{first[1]}; a version's land budgets have one provenance",
                )
            )
            continue
        read.setdefault((plan, version), []).append(row)
    if problems:
        raise TableError(file, problems[:LIMIT], more=len(problems) > LIMIT)
    return read


def _version_problem(
    plan: str, version: str, versions: Mapping[tuple[str, str], bool]
) -> tuple[str | None, str] | None:
    """The column and message of a land-budget row's version unknown or listing budgets."""
    plans = sorted({key for key, _ in versions})
    if plan not in plans:
        return "plan", f"an unknown plan {plan!r}; the plans are {plans}"
    if (plan, version) not in versions:
        known = sorted(code for key, code in versions if key == plan)
        return "version", f"plan {plan!r} has no version {version!r}; it has {known}"
    if versions[(plan, version)]:
        return "version", "its land budgets are in zoning.toml too; keep one"
    return None


def _read_zoning(root: Path, text: str, path: Path) -> PlanRegistry:
    """The zoning plans of ``zoning.toml``, with the land budgets of the table, if any."""
    budgets = _table_file(root, LAND_BUDGETS)
    if budgets is None:
        return PlanRegistry.loads(text, name=str(path))
    # the rows, given the versions of the text as the loader reads it: one parse
    return PlanRegistry.loads(
        text, name=str(path), land_use=lambda found: read_land_budgets(budgets, versions=found)
    )
