"""Plan files read once with tomllib: land budgets taken out in any valid form, their sources."""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang._toml import dump_toml, parse_toml
from dongdang.data import seed_dataset
from dongdang.dataset import Dataset, land_budget_columns, read_land_budgets
from dongdang.errors import DataFileError, InvalidTypeError
from dongdang.tables import TableError
from dongdang.zoning import LandBudget, PlanRegistry, plan_versions, without_land_use
from strategies import printed_land_budgets

if TYPE_CHECKING:
    from pathlib import Path

# -- TOML written back ------------------------------------------------------------------

scalars = st.one_of(
    st.text(max_size=8),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.decimals(allow_nan=False),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.just(dt.UTC)),
    st.times(),
)
keys = st.one_of(st.text(max_size=6), st.sampled_from(["code", "land_use", "a-b_1", "2030"]))
documents: st.SearchStrategy[dict[str, Any]] = st.recursive(
    st.dictionaries(keys, scalars, max_size=3),
    lambda inner: st.dictionaries(
        keys,
        st.one_of(
            scalars,
            inner,
            st.lists(inner, max_size=3),  # arrays of tables, or [] when empty
            st.lists(st.one_of(scalars, inner), max_size=3),  # mixed arrays, inline
        ),
        max_size=4,
    ),
    max_leaves=12,
)


@given(document=documents)
def test_a_document_written_back_reads_as_the_same_document(document: dict[str, Any]) -> None:
    assert parse_toml(dump_toml(document), "x.toml") == document


def test_floats_are_written_as_floats_and_nan_and_infinities_as_toml_writes_them() -> None:
    document = {
        "a": Decimal("1E+3"),
        "b": Decimal(5),
        "c": Decimal("-Infinity"),
        "d": Decimal("inf"),
    }
    text = dump_toml({**document, "n": Decimal("NaN")})
    assert text == "a = 1E+3\nb = 5.0\nc = -inf\nd = inf\nn = nan\n"
    read = tomllib.loads(text, parse_float=Decimal)
    assert read.pop("n").is_nan()
    assert read == document


def test_tables_inside_other_arrays_are_written_inline() -> None:
    document = {"a": [1, {"b": 2, "c": {"d": "e"}}], "f": [[{"g": 1}]], "h": {"i": []}}
    text = dump_toml(document)
    assert text == 'a = [1, {b = 2, c = {d = "e"}}]\nf = [[{g = 1}]]\n\n[h]\ni = []\n'
    assert tomllib.loads(text) == document


def test_a_value_toml_has_no_type_for_is_refused() -> None:
    with pytest.raises(InvalidTypeError, match="a value of a TOML document"):
        dump_toml({"a": {1, 2}})


# -- land budgets taken out, however they are written -----------------------------------

HEAD = """# Plans of the zone.
# Two comment lines.

[[plans.p.versions]]
code = "v"
# a comment that goes
"""

FORMS = {
    "a comment inside the table": """
[[plans.p.versions.land_use]]
code = "a"
# the area, as printed
name = "A"
areas = { 2030 = "5 ha" }
""",
    "an areas sub-table": """
[[plans.p.versions.land_use]]
code = "a"
name = "A"
[plans.p.versions.land_use.areas]
2030 = "5 ha"
2045 = "6 ha"
""",
    "an empty inline array": """
land_use = []
""",
    "an inline array": """
land_use = [{ code = "a", name = "A", areas = { 2030 = "5 ha" } }]
""",
    "spaces around the dots": """
[[ plans . p . versions . land_use ]]
code = "a"
name = "A"
areas . 2030 = "5 ha"
""",
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_land_budgets_are_taken_out_in_every_form_toml_allows(form: str) -> None:
    text = HEAD + FORMS[form] + '\n[sources.s]\ntitle = "T"\n'
    assert plan_versions(text) == {("p", "v"): True}
    taken_out = without_land_use(text, name="z.toml")
    assert plan_versions(taken_out) == {("p", "v"): False}
    expected = tomllib.loads(text)
    del expected["plans"]["p"]["versions"][0]["land_use"]
    assert tomllib.loads(taken_out) == expected
    assert taken_out.startswith("# Plans of the zone.\n# Two comment lines.\n\n")
    assert "a comment that goes" not in taken_out


def test_a_file_without_a_comment_at_the_top_is_written_without_one() -> None:
    assert without_land_use('[[plans.p.versions]]\ncode = "v"\n') == (
        '[[plans.p.versions]]\ncode = "v"\n'
    )


def test_taking_out_land_budgets_refuses_text_that_is_not_toml() -> None:
    with pytest.raises(DataFileError, match=r"z\.toml: not valid TOML"):
        without_land_use("[[plans", name="z.toml")


def test_the_bundled_plans_without_their_budgets_keep_everything_else() -> None:
    seed = seed_dataset()
    text = seed.registry_texts["zoning"]
    taken_out = without_land_use(text)
    rows = read_land_budgets(land_budget_columns(seed.zoning), versions=plan_versions(taken_out))
    assert PlanRegistry.loads(taken_out, name="zoning.toml", land_use=rows) == seed.zoning
    assert taken_out.startswith("# Zoning plans of the Đồng Đăng – Lạng Sơn border-gate")


# -- the plan file read once ------------------------------------------------------------

BASE = """
[sources.s]
title = "T"

[sources.t]
title = "U"

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


def _row(code: str = "a", **more: object) -> dict[str, object]:
    return {"code": code, "name": code.upper(), "areas": {"2030": "5 ha"}, **more}


def test_the_loader_gives_the_versions_it_read_to_a_function_of_the_rows() -> None:
    asked: list[object] = []

    def rows(versions: object) -> dict[tuple[str, str], list[dict[str, object]]]:
        asked.append(versions)
        return {("p", "v"): [_row()]}

    read = PlanRegistry.loads(BASE, land_use=rows)
    assert asked == [{("p", "v"): False}]
    assert read == PlanRegistry.loads(BASE, land_use={("p", "v"): [_row()]})


def test_the_sources_of_the_rows_become_the_versions_land_use_provenance() -> None:
    read = PlanRegistry.loads(BASE, land_use={("p", "v"): [_row(sources=["t"]), _row("b")]})
    version = read.plan("p").version("v")
    assert [source.key for source in version.source_of("land_use").sources] == ["t"]
    assert [source.key for source in version.source_of("total").sources] == ["s"]
    columns = land_budget_columns(read)
    assert columns["sources"] == ["t", "t"]
    assert read_land_budgets(columns, versions=plan_versions(BASE)) == {
        ("p", "v"): [_read_row("a", ["t"]), _read_row("b", ["t"])]
    }


def _read_row(code: str, sources: list[str]) -> dict[str, object]:
    from dongdang.zoning import Area  # noqa: PLC0415

    return {
        "code": code,
        "name": code.upper(),
        "areas": {"2030": Area.parse("5 ha")},
        "sources": sources,
    }


def test_rows_of_one_version_that_cite_different_sources_are_refused() -> None:
    rows = {("p", "v"): [_row(sources=["s"]), _row("b", sources=["t"])]}
    with pytest.raises(DataFileError, match=r"z.toml: the land budgets of version 'v' of plan 'p'"):
        PlanRegistry.loads(BASE, name="z.toml", land_use=rows)


def test_sources_of_the_rows_must_agree_with_the_versions_facts_land_use() -> None:
    own = BASE + 'facts.land_use = { sources = ["t"] }\n'
    agreed = PlanRegistry.loads(own, land_use={("p", "v"): [_row(sources=["t"])]})
    assert agreed == PlanRegistry.loads(own, land_use={("p", "v"): [_row()]})
    with pytest.raises(DataFileError, match=r"cite \['s'\], which its facts.land_use does not"):
        PlanRegistry.loads(own, land_use={("p", "v"): [_row(sources=["s"])]})
    with pytest.raises(DataFileError, match=r"which its facts\.land_use does not"):
        PlanRegistry.loads(
            BASE + "facts.land_use = 1\n", land_use={("p", "v"): [_row(sources=["s"])]}
        )


def test_rows_citing_a_source_the_file_lacks_are_refused_by_the_loader() -> None:
    with pytest.raises(DataFileError, match=r"facts.land_use.sources: cites 'x'"):
        PlanRegistry.loads(BASE, land_use={("p", "v"): [_row(sources=["x"])]})


def test_rows_are_merged_into_a_version_whose_facts_are_not_a_table_and_refused_there() -> None:
    text = BASE.split("facts.stage", maxsplit=1)[0] + "facts = 1\n"
    with pytest.raises(DataFileError, match=r"versions\[0\]\.facts: expected dict, got 1"):
        PlanRegistry.loads(text, land_use={("p", "v"): [_row(sources=["s"])]})


HEADER = "plan,version,year,code,name,english,area_ha,resolution_ha,qualifier,sources\n"


def test_a_land_budget_row_citing_other_sources_than_the_versions_first_row_is_named(
    tmp_path: Path,
) -> None:
    seed = seed_dataset()
    seed.write(tmp_path)
    path = tmp_path / "land_budgets.csv"
    lines = path.read_text("utf-8").splitlines()
    assert lines[0] == HEADER.strip()
    lines[1] += "soxd-630"
    lines[2] += "seed-002; soxd-630"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(TableError) as caught:
        Dataset.load(tmp_path)
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (3, "sources")
    assert "but row 2 of version 'to-2030' cites ['soxd-630']" in problem.message


def test_land_budgets_with_their_own_sources_are_written_and_read_back(tmp_path: Path) -> None:
    seed = seed_dataset()
    seed.write(tmp_path)
    path = tmp_path / "land_budgets.csv"
    lines = path.read_text("utf-8").splitlines()
    path.write_text("\n".join([lines[0], *(line + "seed-002" for line in lines[1:])]) + "\n")
    loaded = Dataset.load(tmp_path)
    version = loaded.zoning.plan("kkt-dong-dang").version("to-2030")
    assert [source.key for source in version.source_of("land_use").sources] == ["seed-002"]
    again = tmp_path / "again"
    loaded.write(again, format="parquet")
    assert Dataset.load(again) == loaded


def test_rows_beyond_the_limit_of_problems_with_empty_cells_are_passed_over() -> None:
    versions = {("p", "v"): False}
    rows = "".join(f"p,v,2030,c{index},,,1,,,\n" for index in range(60))
    table = _columns(HEADER + rows)
    with pytest.raises(TableError) as caught:
        read_land_budgets(table, versions=versions, name="lb")
    assert len(caught.value.problems) == 50
    assert all(problem.column == "name" for problem in caught.value.problems)


def _columns(text: str) -> dict[str, list[str | None]]:
    header, *lines = text.splitlines()
    names = header.split(",")
    cells = [line.split(",") for line in lines]
    return {name: [row[index] or None for row in cells] for index, name in enumerate(names)}


def test_a_dataset_without_a_land_budgets_table_reads_them_from_zoning_toml(
    tmp_path: Path,
) -> None:
    seed = seed_dataset()
    seed.write(tmp_path)
    (tmp_path / "land_budgets.csv").unlink()
    (tmp_path / "zoning.toml").write_text(seed.registry_texts["zoning"], "utf-8")
    assert Dataset.load(tmp_path) == seed


def test_a_versions_legal_instrument_may_be_its_citation_alone_as_in_every_registry_file() -> None:
    text = BASE.replace(
        'facts.legal = { caveat = "not-found", note = "n" }\n',
        'legal = "Quyết định số 1009/QĐ-TTg ngày 19/9/2024"\n',
    )
    version = PlanRegistry.loads(text, land_use={("p", "v"): [_row()]}).plan("p").version("v")
    assert version.legal is not None
    assert (version.legal.number, version.date) == ("1009/QĐ-TTg", dt.date(2024, 9, 19))


# -- tolerances from the intervals of the printed figures ---------------------------------


@given(budget=printed_land_budgets())
def test_a_budgets_rounding_is_half_a_last_digit_of_each_class_and_of_the_total(
    budget: LandBudget,
) -> None:
    halves = [item.area.rounding for item in budget.allocations] + [budget.total.rounding]
    assert budget.rounding_tolerance.magnitude == sum(halves, Decimal(0))


@given(
    zone=st.decimals(min_value=0, max_value=1000, places=1),
    total=st.decimals(min_value=0, max_value=1000, places=0),
)
def test_a_zone_may_exceed_its_plans_total_by_the_rounding_of_the_two_figures_only(
    zone: Decimal, total: Decimal
) -> None:
    text = BASE.replace('total = "1.000.000 ha"', f'total = "{total} ha"').replace(
        'facts.zones = { caveat = "not-found", note = "n" }\n',
        f'zones = [{{ code = "z", name = "Z", area = "{str(zone).replace(".", ",")} ha" }}]\n',
    )
    rows = {("p", "v"): [{"code": "a", "name": "A", "areas": {"2030": "0 ha"}}]}
    if zone - total > Decimal("0.55"):  # half of 0,1 and half of 1
        with pytest.raises(DataFileError, match="zone 'z'"):
            PlanRegistry.loads(text, land_use=rows)
    else:
        assert PlanRegistry.loads(text, land_use=rows).plan("p").version("v").zones
