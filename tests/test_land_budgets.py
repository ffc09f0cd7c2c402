"""Land budgets as a dataset table: ``land_budgets.csv`` / ``.parquet`` beside ``zoning.toml``."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dongdang.data import seed_dataset
from dongdang.dataset import (
    LAND_BUDGET_COLUMNS,
    Dataset,
    land_budget_columns,
    read_land_budgets,
)
from dongdang.errors import DataFileError
from dongdang.tables import TableError, write_table
from dongdang.text import Qualifier
from dongdang.zoning import Area, PlanRegistry, plan_versions, without_land_use

HEADER = "plan,version,year,code,name,english,area_ha,resolution_ha,qualifier\n"
GOOD = "kcn-dong-banh,adjusted,2030,industry,Đất công nghiệp,,100,,about\n"


@pytest.fixture(scope="module")
def seed() -> Dataset:
    return seed_dataset()


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_the_land_budgets_are_written_as_a_table_and_read_back(
    seed: Dataset,
    tmp_path: Path,
    format: str,  # noqa: A002
) -> None:
    seed.write(tmp_path, format=format)  # type: ignore[arg-type]
    zoning = (tmp_path / "zoning.toml").read_text("utf-8")
    assert not any(plan_versions(zoning).values())
    assert (tmp_path / f"land_budgets.{format}").is_file()
    loaded = Dataset.load(tmp_path)
    assert loaded.zoning.plans == seed.zoning.plans
    budget = loaded.zoning.plan("kkt-dong-dang").version("to-2030").budget(2030)
    civil = budget.allocation("tariff-civil")
    assert civil.area == Area.parse("khoảng 2.075 ha")
    assert civil.english == "tariff zone: civil land"
    assert loaded == seed


def test_a_seed_row_reads_as_the_printed_area(seed: Dataset) -> None:
    columns = land_budget_columns(seed.zoning)
    row = columns["code"].index("tariff-other")
    assert [columns[key][row] for key in ("plan", "version", "year", "area_ha", "qualifier")] == [
        "kkt-dong-dang",
        "to-2030",
        2020,
        "34834",
        "about",
    ]
    assert columns["resolution_ha"][row] is None


def test_the_zoning_checks_see_the_tables_rows(seed: Dataset, tmp_path: Path) -> None:
    seed.write(tmp_path)
    # the initial Đồng Bành plan says its land budget was not found
    row = "kcn-dong-banh,initial,2030,industry,Đất công nghiệp,,100,,,\n"
    with (tmp_path / "land_budgets.csv").open("a", encoding="utf-8") as table:
        table.write(row)
    marked = r"land_use must stay unknown .* it is marked not found, got \(LandBudget\("
    with pytest.raises(DataFileError, match=marked):
        Dataset.load(tmp_path)


def test_a_version_needs_its_budgets_from_somewhere(seed: Dataset, tmp_path: Path) -> None:
    seed.write(tmp_path)
    (tmp_path / "land_budgets.csv").write_text(HEADER + GOOD, "utf-8")
    with pytest.raises(DataFileError, match="'to-2030': land_use is unknown but no caveat"):
        Dataset.load(tmp_path)


def test_budgets_in_both_places_are_refused(seed: Dataset, tmp_path: Path) -> None:
    seed.write(tmp_path)
    (tmp_path / "zoning.toml").write_text(seed.registry_texts["zoning"], "utf-8")
    with pytest.raises(TableError) as caught:
        Dataset.load(tmp_path)
    problem = caught.value.problems[0]
    assert (problem.row, problem.column) == (2, "version")
    assert "in zoning.toml too" in problem.message


@pytest.mark.parametrize(
    ("body", "row", "column", "said"),
    [
        (
            HEADER.replace(",area_ha", "") + GOOD.replace(",100", ""),
            1,
            "area_ha",
            "a required column is missing",
        ),
        (HEADER.replace("\n", ",area\n") + GOOD.replace("\n", ",1\n"), 1, "area", "unknown"),
        (HEADER + GOOD.replace("2030", "năm"), 2, "year", ""),
        (HEADER + GOOD + GOOD.replace("Đất công nghiệp", ""), 3, "name", "empty"),
        (HEADER + GOOD.replace(",100,", ",-5,"), 2, "area_ha", "a negative amount"),
        (HEADER + GOOD.replace("kcn-dong-banh", "kcn-x"), 2, "plan", "an unknown plan"),
        (HEADER + GOOD.replace("adjusted", "v9"), 2, "version", "has no version 'v9'"),
        (HEADER + GOOD + GOOD, 3, "code", "given twice"),
        (HEADER + GOOD.replace("about", "khoảng"), 2, "qualifier", "an unknown qualifier"),
        (HEADER + GOOD.replace("industry", "Đất CN"), 2, "code", "'Đất CN'"),
        (HEADER + GOOD.replace(",100,,", ",100,-1,"), 2, "resolution_ha", "a negative amount"),
    ],
)
def test_bad_land_budget_rows_are_named_by_file_row_and_column(  # noqa: PLR0917 - the table
    seed: Dataset,
    tmp_path: Path,
    body: str,
    row: int,
    column: str | None,
    said: str,
) -> None:
    seed.write(tmp_path)
    path = tmp_path / "land_budgets.csv"
    path.write_text(body, "utf-8")
    with pytest.raises(TableError) as caught:
        Dataset.load(tmp_path)
    problems = [p for p in caught.value.problems if said in p.message]
    assert problems, caught.value
    assert (problems[0].file, problems[0].row, problems[0].column) == (str(path), row, column)


def test_every_bad_row_comes_together_up_to_the_limit() -> None:
    versions = {("p", "v"): False}
    rows = "".join(f"x,v,2030,c{index},N,,1,,\n" for index in range(60))
    with pytest.raises(TableError) as caught:
        read_land_budgets(_columns(HEADER + rows), versions=versions, name="lb")
    assert len(caught.value.problems) == 50
    assert "or more problems" in str(caught.value)
    assert {p.row for p in caught.value.problems} == set(range(2, 52))


def _columns(text: str) -> dict[str, list[str | None]]:
    header, *lines = text.splitlines()
    names = header.split(",")
    cells = [line.split(",") for line in lines]
    return {name: [row[index] or None for row in cells] for index, name in enumerate(names)}


BASE = """
[sources.s]
title = "T"

[plans.p]
name = "P"
level = "general"
sources = ["s"]

[[plans.p.versions]]
code = "v"
name = "V"
total = "1.000.000 ha"
sources = ["s"]
facts.stage = { caveat = "not-found", note = "n" }
facts.legal = { caveat = "not-found", note = "n" }
facts.horizons = { caveat = "not-found", note = "n" }
facts.zones = { caveat = "not-found", note = "n" }
"""


def test_the_plan_loader_refuses_rows_for_a_version_it_lacks_or_that_has_its_own() -> None:
    row = {"code": "a", "name": "A", "areas": {"2030": "5 ha"}}
    with pytest.raises(DataFileError, match="version 'w' of plan 'p', not in it"):
        PlanRegistry.loads(BASE, name="z.toml", land_use={("p", "w"): [row]})
    own = (
        BASE + '\n[[plans.p.versions.land_use]]\ncode = "a"\nname = "A"\nareas = {2030 = "5 ha"}\n'
    )
    assert plan_versions(own) == {("p", "v"): True}
    with pytest.raises(DataFileError, match="here and in a land-budgets table"):
        PlanRegistry.loads(own, name="z.toml", land_use={("p", "v"): [row]})
    read = PlanRegistry.loads(BASE, land_use={("p", "v"): [row]})
    assert read.plan("p").version("v").budget(2030).allocation("a").area == Area.parse("5 ha")
    taken_out = without_land_use(own)
    assert plan_versions(taken_out) == {("p", "v"): False}
    assert PlanRegistry.loads(taken_out, land_use={("p", "v"): [row]}) == read


@pytest.mark.parametrize(
    "text",
    ["plans = 1", "plans.p = 1", "plans.p.versions = 1", "plans.p.versions = [1, {}, {code = 2}]"],
)
def test_plan_files_of_the_wrong_shape_have_no_versions_to_take_budgets(text: str) -> None:
    assert plan_versions(text) == {}


def test_inline_land_budgets_are_taken_out_too() -> None:
    inline = BASE.replace('name = "V"', 'name = "V"\nland_use = [{code = "a"}]')
    assert plan_versions(without_land_use(inline, name="z.toml")) == {("p", "v"): False}


lines = st.lists(
    st.tuples(
        st.integers(2000, 2060),
        st.sampled_from(["dat-a", "dat-b", "non-tariff", "x1"]),
        st.decimals(min_value=0, max_value=9999, places=2, allow_nan=False),
        st.sampled_from([None, *Qualifier]),
        st.sampled_from([None, Decimal(10), Decimal("0.5"), Decimal(0)]),
        st.sampled_from([None, "some land"]),
    ),
    min_size=1,
    max_size=12,
    unique_by=lambda line: (line[0], line[1]),
).map(lambda items: sorted(items, key=lambda line: line[0]))


@settings(max_examples=40, deadline=None)
@given(lines=lines)
def test_random_budget_lines_make_a_table_that_reads_back_to_the_same_budgets(
    lines: list[tuple[Any, ...]],
) -> None:
    columns: dict[str, list[Any]] = {column.name: [] for column in LAND_BUDGET_COLUMNS}
    for year, code, hectares, qualifier, resolution, english in lines:
        row = {
            "plan": "p",
            "version": "v",
            "year": year,
            "code": code,
            "name": f"Đất {code}",
            "english": english,
            "area_ha": f"{hectares:f}",
            "resolution_ha": None if resolution is None else f"{resolution:f}",
            "qualifier": None if qualifier is None else qualifier.value,
            "sources": None,
        }
        for key, value in row.items():
            columns[key].append(value)
    versions = plan_versions(BASE)
    registry = PlanRegistry.loads(BASE, land_use=read_land_budgets(columns, versions=versions))
    version = registry.plan("p").version("v")
    for year, code, hectares, qualifier, resolution, english in lines:
        allocation = version.budget(year).allocation(code)
        assert allocation.area.hectares == hectares
        assert allocation.area.qualifier == qualifier
        assert allocation.area.resolution == (
            Decimal(1).scaleb(int(hectares.as_tuple().exponent))
            if resolution is None
            else resolution or None  # 0: an exact area, without a resolution
        )
        assert allocation.english == english
    for suffix in ("csv", "parquet"):
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / f"land_budgets.{suffix}"
            write_table(path, land_budget_columns(registry))
            again = PlanRegistry.loads(BASE, land_use=read_land_budgets(path, versions=versions))
        assert again == registry
