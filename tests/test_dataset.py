"""Datasets and tables: the analyst's own data in, the same records whatever the container."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
import pandas as pd  # type: ignore[import-untyped]
import polars as pl
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

import dongdang
from dongdang.__main__ import main
from dongdang.data import seed_dataset, seed_fee_collections, seed_trade_ledger
from dongdang.dataset import (
    PROJECT_FILES,
    STATEMENTS_FILE,
    TABLES,
    Dataset,
    read_portfolio,
    read_sources,
    read_trade_flows,
    trade_flow_columns,
)
from dongdang.errors import DataFileError, InvalidTypeError
from dongdang.fees.collections import FeeCollections, FeeLine, FeeRecord
from dongdang.fees.table import FEE_RECORD_COLUMNS, fee_record_columns, read_fee_records
from dongdang.periods import Period
from dongdang.report import build_report, json_schema, render_json
from dongdang.tables import Column, Problem, TableError, read_table, table_columns, write_table
from dongdang.units import amount

if TYPE_CHECKING:
    from pathlib import Path

HEADER = "line,start,end,amount,unit,qualifier,gate,trips,stated_growth,source"
GOOD = 'phí sang tải,2021-01-01,2021-12-31,100751,million_VND,,huu-nghi,215385,"37,5%",seed-003'


@pytest.fixture(scope="module")
def seed() -> Dataset:
    return seed_dataset()


# -- the dataset ------------------------------------------------------------------------


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_a_written_dataset_loads_back_equal(seed: Dataset, tmp_path: Path, format: str) -> None:  # noqa: A002
    seed.write(tmp_path, format=format)  # type: ignore[arg-type]
    loaded = Dataset.load(tmp_path)
    assert loaded == seed
    assert list(loaded.fee_collections) == list(seed_fee_collections())
    assert list(loaded.trade) == list(seed_trade_ledger())
    assert (tmp_path / f"fee_records.{format}").is_file()


def test_a_dataset_has_no_hash_but_compares_by_its_records(seed: Dataset) -> None:
    assert Dataset.__hash__ is None
    with pytest.raises(TypeError, match="unhashable type: 'Dataset'"):
        hash(seed)
    assert seed == seed_dataset()
    assert seed != attrs.evolve(seed, figures={})


def test_an_exact_area_without_a_resolution_is_written_and_read_back(
    seed: Dataset, tmp_path: Path
) -> None:
    seed.write(tmp_path / "first")
    table = tmp_path / "first" / "land_budgets.csv"
    header, first, *rest = table.read_text("utf-8").splitlines()
    cells = first.split(",")
    cells[header.split(",").index("resolution_ha")] = "0"
    table.write_text("\n".join([header, ",".join(cells), *rest]) + "\n", "utf-8")
    exact = Dataset.load(tmp_path / "first")
    plan, version, year, code = cells[:4]
    area = exact.zoning.plan(plan).version(version).budget(int(year)).allocation(code).area
    assert area.resolution is None
    assert area.rounding == 0
    exact.write(tmp_path / "again", format="parquet")
    assert Dataset.load(tmp_path / "again") == exact != seed


def test_the_dataset_is_public_and_its_repr_is_one_short_line(seed: Dataset) -> None:
    assert dongdang.Dataset is Dataset
    text = repr(seed)
    assert "\n" not in text
    assert len(text) < 200
    assert f"{len(seed.fee_collections)} fee records" in text


def test_a_dataset_without_tables_is_empty_but_whole(seed: Dataset, tmp_path: Path) -> None:
    seed.write(tmp_path)
    for stem in TABLES:
        (tmp_path / f"{stem}.csv").unlink()
    (tmp_path / STATEMENTS_FILE).unlink()
    loaded = Dataset.load(tmp_path)
    assert len(loaded.fee_collections) == len(loaded.trade) == len(loaded.sources) == 0
    assert len(loaded.crossings) == len(loaded.exchange_rates.rates) == 0
    assert loaded.capital_plans == ()
    assert loaded.figures == loaded.statements == {}
    assert loaded.gates.pairs == seed.gates.pairs


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_the_projects_are_written_as_tables_and_read_back(
    seed: Dataset,
    tmp_path: Path,
    format: str,  # noqa: A002
) -> None:
    seed.write(tmp_path, format=format)  # type: ignore[arg-type]
    assert not (tmp_path / "projects.toml").exists()
    for stem in PROJECT_FILES:
        assert (tmp_path / f"{stem}.{format}").is_file()
    loaded = Dataset.load(tmp_path)
    assert loaded.projects == seed.projects
    assert loaded.projects.name == seed.projects.name is not None
    assert "projects" not in loaded.registry_texts


def test_a_dataset_reads_projects_from_toml_still(seed: Dataset, tmp_path: Path) -> None:
    seed.write(tmp_path)
    for stem in PROJECT_FILES:
        (tmp_path / f"{stem}.csv").unlink()
    (tmp_path / "projects.toml").write_text(seed.registry_texts["projects"], "utf-8")
    assert Dataset.load(tmp_path).projects == seed.projects
    # given both ways, the dataset does not choose
    seed.write(tmp_path / "both")
    shutil.copy(tmp_path / "projects.toml", tmp_path / "both")
    with pytest.raises(
        DataFileError, match=r"projects in both projects\.toml and a projects table"
    ):
        Dataset.load(tmp_path / "both")
    # written again over the folder it was read from, it reads back: the tables replace the TOML
    Dataset.load(tmp_path).write(tmp_path)
    assert not (tmp_path / "projects.toml").exists()
    assert Dataset.load(tmp_path).projects == seed.projects


@pytest.mark.parametrize("stem", [stem for stem in PROJECT_FILES if stem != "projects"])
def test_a_project_table_without_the_projects_table_is_refused_not_ignored(
    seed: Dataset, tmp_path: Path, stem: str
) -> None:
    seed.write(tmp_path)
    (tmp_path / "projects.csv").unlink()
    for other in PROJECT_FILES:
        if other not in {"projects", stem}:
            (tmp_path / f"{other}.csv").unlink()
    (tmp_path / "projects.toml").write_text(seed.registry_texts["projects"], "utf-8")
    with pytest.raises(DataFileError, match=rf"{stem}\.csv: a project table without the projects"):
        Dataset.load(tmp_path)


def test_the_projects_table_alone_makes_a_portfolio_without_a_name(
    seed: Dataset, tmp_path: Path
) -> None:
    seed.write(tmp_path)
    for stem in ("portfolio", "project_facts", "project_milestones", "project_sources"):
        (tmp_path / f"{stem}.csv").unlink()
    (tmp_path / "projects.csv").write_text("code,name,land_area_ha\nkcn-a,KCN A,12.5\n", "utf-8")
    projects = read_portfolio(tmp_path)
    assert projects.codes == ("kcn-a",)
    assert projects.project("kcn-a").land_area == amount(Decimal("12.5"), "hectare")
    assert projects.name is None
    assert Dataset.load(tmp_path).projects == projects


@pytest.mark.parametrize(
    ("stem", "text", "row", "column", "said"),
    [
        ("portfolio", "name,as_of\nA,2024-01-01\nB,\n", 3, None, "2 rows; one expected"),
        ("portfolio", "name,as_of\nA,1/1/2024\n", 2, "as_of", "not a date written YYYY-MM-DD"),
        (
            "projects",
            "code,name,total_investment\nkcn-a,KCN A,-1\n",
            2,
            "total_investment",
            "a negative amount",
        ),
        ("projects", "code,title\nkcn-a,KCN A\n", 1, "title", "an unknown column"),
    ],
)
def test_bad_project_tables_of_a_dataset_are_named(  # noqa: PLR0917 - the table's columns
    seed: Dataset,
    tmp_path: Path,
    stem: str,
    text: str,
    row: int,
    column: str | None,
    said: str,
) -> None:
    seed.write(tmp_path)
    (tmp_path / f"{stem}.csv").write_text(text, "utf-8")
    with pytest.raises(TableError) as caught:
        Dataset.load(tmp_path)
    (problem,) = [p for p in caught.value.problems if said in p.message]
    assert (problem.file, problem.row, problem.column) == (
        str(tmp_path / f"{stem}.csv"),
        row,
        column,
    )


def test_a_missing_registry_is_named(seed: Dataset, tmp_path: Path) -> None:
    seed.write(tmp_path)
    (tmp_path / "zoning.toml").unlink()
    with pytest.raises(DataFileError, match=r"zoning\.toml: missing"):
        Dataset.load(tmp_path)


def test_a_table_given_twice_is_refused(seed: Dataset, tmp_path: Path) -> None:
    seed.write(tmp_path)
    seed.write(tmp_path / "p", format="parquet")
    shutil.copy(tmp_path / "p" / "sources.parquet", tmp_path)
    with pytest.raises(DataFileError, match=r"both sources\.csv and sources\.parquet"):
        Dataset.load(tmp_path)


def test_a_registry_built_in_code_cannot_be_written(
    seed: Dataset, bare_dataset: Dataset, tmp_path: Path
) -> None:
    with pytest.raises(DataFileError, match=r"gates\.toml: the dataset has no TOML text"):
        bare_dataset.write(tmp_path)
    with pytest.raises(InvalidTypeError, match="'xlsx'"):
        seed.write(tmp_path, format="xlsx")  # type: ignore[arg-type]


def test_fee_gates_are_checked_against_the_datasets_registry(seed: Dataset, tmp_path: Path) -> None:
    seed.write(tmp_path)
    (tmp_path / "fee_records.csv").write_text(f"{HEADER}\n{GOOD.replace('huu-nghi', 'no-gate')}\n")
    with pytest.raises(TableError, match=r"fee_records\.csv, row 2, column gate: unknown gate"):
        Dataset.load(tmp_path)


# -- the same records whatever the container -------------------------------------------

lines = st.sampled_from(list(FeeLine))
records = st.builds(
    FeeRecord,
    line=lines,
    period=st.builds(Period.year, st.integers(2000, 2030)),
    amount=st.builds(
        amount,
        st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
        st.sampled_from(["VND", "million_VND", "billion_VND"]),
    ),
    trips=st.none() | st.integers(0, 10**6),
    gate=st.none() | st.sampled_from(["huu-nghi", "chi-ma"]),
)


def _unique(items: list[FeeRecord]) -> list[FeeRecord]:
    return list({item.key: item for item in items}.values())


CONTAINERS = ["csv", "parquet", "pandas", "polars", "arrow"]


def _container(columns: dict[str, list[Any]], how: str, directory: Path) -> object:
    if how in ("csv", "parquet"):
        path = directory / f"fees.{how}"
        write_table(path, columns)
        return path
    table = pa.table(columns)
    if how == "arrow":
        return table
    if how == "pandas":
        return table.to_pandas()
    return pl.from_arrow(table)


@settings(max_examples=25, deadline=None)
@given(items=st.lists(records, max_size=6).map(_unique))
def test_the_same_records_from_every_container(
    items: list[FeeRecord], tmp_path_factory: pytest.TempPathFactory
) -> None:
    fees = FeeCollections(records=items)
    columns = fee_record_columns(fees)
    directory = tmp_path_factory.mktemp("fees")
    for how in CONTAINERS:
        read = read_fee_records(_container(columns, how, directory))
        assert list(read) == list(fees), how


def test_categorical_and_dictionary_columns_read_as_their_values() -> None:
    columns = fee_record_columns(seed_fee_collections())
    sources = seed_dataset().sources
    frame = pd.DataFrame(columns).astype({"line": "category", "unit": "category"})
    assert list(read_fee_records(frame, sources=sources)) == list(seed_fee_collections())
    table = pa.table(columns)
    table = table.set_column(0, "line", table.column("line").dictionary_encode())
    assert list(read_fee_records(table, sources=sources)) == list(seed_fee_collections())


def test_a_column_mapping_renames_the_analysts_columns() -> None:
    text = "Tuyến,Từ,Đến,Số tiền,Đơn vị\nphí sang tải,2021-01-01,2021-12-31,100751,million_VND\n"
    mapping = {"Tuyến": "line", "Từ": "start", "Đến": "end", "Số tiền": "amount", "Đơn vị": "unit"}
    [record] = read_fee_records(io.StringIO(text), mapping=mapping)
    assert record.amount == amount(100751, "million_VND")


def test_pandas_dates_and_missing_numbers_read_as_dates_and_none() -> None:
    frame = pd.DataFrame(
        {
            "line": ["phí sang tải", "phí ra vào cửa khẩu"],
            "start": pd.to_datetime(["2021-01-01", "2021-01-01"]),
            "end": pd.to_datetime(["2021-12-31", "2021-12-31"]),
            "amount": [100751.5, 3.0],
            "unit": ["million_VND", "million_VND"],
            "trips": [215385, None],
        }
    )
    second, first = read_fee_records(frame)  # a collection lists entry-exit first
    assert first.period == Period.year(2021)
    assert first.amount == amount(Decimal("100751.5"), "million_VND")
    assert (first.trips, second.trips) == (215385, None)


def test_timestamps_and_flags_read_in_any_form() -> None:
    spec = (Column("day", "date"), Column("flag", "flag"))
    read = read_table(
        {
            "day": [dt.datetime(2021, 1, 2, 3, 4, tzinfo=dt.UTC), pd.Timestamp("2021-01-03")],
            "flag": ["Yes", True],
        },
        spec,
    )
    assert read == {"day": [dt.date(2021, 1, 2), dt.date(2021, 1, 3)], "flag": [True, True]}


# -- bad data, named precisely ---------------------------------------------------------


def _fee_csv(body: str, header: str = HEADER) -> io.StringIO:
    return io.StringIO(f"{header}\n{body}\n")


SOURCES = {"seed-003": seed_dataset().sources["seed-003"]}

#: (what, table text, row, column, words of the message)
BAD_ROWS = [
    ("missing column", _fee_csv("a", header="line"), 1, "start", "a required column is missing"),
    ("unknown column", _fee_csv(GOOD + ",x", header=HEADER + ",colour"), 1, "colour", "unknown"),
    ("wrong type", _fee_csv(GOOD.replace("100751", "12a")), 2, "amount", "not a number"),
    ("empty cell", _fee_csv(GOOD.replace("phí sang tải", "")), 2, "line", "an empty cell"),
    ("negative", _fee_csv(GOOD.replace("100751", "-1")), 2, "amount", "a negative amount"),
    ("not whole", _fee_csv(GOOD.replace("215385", "1.5")), 2, "trips", "not a whole number"),
    ("unknown line", _fee_csv(GOOD.replace("phí sang tải", "phí bến")), 2, "line", "phí bến"),
    ("unknown unit", _fee_csv(GOOD.replace("million_VND", "million_XYZ")), 2, "unit", "XYZ"),
    ("unknown qualifier", _fee_csv(GOOD.replace(",,huu", ",over,huu")), 2, "qualifier", "over"),
    ("unknown source", _fee_csv(GOOD.replace("seed-003", "seed-9")), 2, "source", "seed-9"),
    ("bad gate code", _fee_csv(GOOD.replace("huu-nghi", "Hữu Nghị")), 2, "gate", "Hữu Nghị"),
    ("bad percent", _fee_csv(GOOD.replace("37,5%", "lots")), 2, "stated_growth", "lots"),
    ("bad date", _fee_csv(GOOD.replace("2021-12-31", "31/12/2021")), 2, "end", "YYYY-MM-DD"),
    ("end first", _fee_csv(GOOD.replace("2021-01-01", "2022-01-01")), 2, "end", "not a period"),
    ("duplicate", _fee_csv(f"{GOOD}\n{GOOD}"), 3, None, "given twice: first in row 2"),
    ("ragged row", _fee_csv(GOOD + ",1"), 2, None, "11 cells under a header of 10"),
    ("empty file", io.StringIO(""), 1, None, "an empty file"),
]


@pytest.mark.parametrize(
    ("table", "row", "column", "words"),
    [case[1:] for case in BAD_ROWS],
    ids=[case[0] for case in BAD_ROWS],
)
def test_bad_data_is_named_by_file_row_and_column(
    table: io.StringIO, row: int, column: str | None, words: str
) -> None:
    with pytest.raises(TableError) as raised:
        read_fee_records(table, sources=SOURCES, gates={"huu-nghi"}, name="fees.csv")
    error = raised.value
    assert isinstance(error, DataFileError)
    assert isinstance(error, ValueError)
    problem = error.problems[0]
    assert (problem.file, problem.row, problem.column) == ("fees.csv", row, column)
    assert words in problem.message
    assert str(problem) in str(error)
    assert str(error).startswith("fees.csv: ")


def test_a_file_that_is_not_utf8_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "fees.csv"
    data = f"{HEADER}\n{GOOD}\n".encode().replace("phí".encode(), "phí".encode("latin-1"))
    path.write_bytes(data)
    with pytest.raises(TableError, match=r"fees\.csv, row 2: not UTF-8 \(byte \d+\)"):
        read_fee_records(path)


def test_a_parquet_file_of_the_wrong_schema_names_the_columns(tmp_path: Path) -> None:
    columns = fee_record_columns(seed_fee_collections())
    table = pa.table({**columns, "amount": [True] * 6, "trips": [1.5] * 6})
    pq.write_table(table, tmp_path / "fees.parquet")
    with pytest.raises(TableError) as raised:
        read_fee_records(tmp_path / "fees.parquet")
    assert [(p.row, p.column) for p in raised.value.problems] == [(1, "amount"), (1, "trips")]
    assert "a column of type bool; decimal expected" in str(raised.value)


def test_a_file_that_is_not_parquet_is_named(tmp_path: Path) -> None:
    path = tmp_path / "fees.parquet"
    path.write_text("line,start\n")
    with pytest.raises(TableError, match=r"fees\.parquet: 1 problem:\n  .*not a Parquet file"):
        read_fee_records(path)


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_a_directory_given_for_a_file_is_named(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"fees.{suffix}"
    path.mkdir()
    (path / f"part-0.{suffix}").write_text(f"{HEADER}\n{GOOD}\n")
    with pytest.raises(TableError) as raised:
        read_fee_records(path)
    [problem] = raised.value.problems
    assert (problem.file, problem.row, problem.column) == (str(path), None, None)
    assert "a directory, not a file" in problem.message


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_a_directory_in_place_of_a_dataset_table_is_refused_not_ignored(
    seed: Dataset, tmp_path: Path, suffix: str
) -> None:
    seed.write(tmp_path)
    (tmp_path / "crossings.csv").unlink(missing_ok=True)
    (tmp_path / f"crossings.{suffix}").mkdir()
    with pytest.raises(TableError, match=rf"crossings\.{suffix}: 1 problem:\n.*a directory"):
        Dataset.load(tmp_path)


def test_all_the_problems_of_a_file_come_together_up_to_a_limit() -> None:
    body = "\n".join(GOOD.replace("100751", "-1") for _ in range(60))
    with pytest.raises(TableError) as raised:
        read_table(_fee_csv(body), FEE_RECORD_COLUMNS, name="fees.csv", limit=50)
    assert len(raised.value.problems) == 50
    assert [p.row for p in raised.value.problems] == list(range(2, 52))
    assert "50 or more problems" in str(raised.value)


def test_several_bad_rows_of_records_are_reported_together() -> None:
    body = "\n".join([GOOD.replace("phí sang tải", "x"), GOOD, GOOD])
    with pytest.raises(TableError) as raised:
        read_fee_records(_fee_csv(body), sources=SOURCES, name="fees.csv")
    assert [(p.row, p.column) for p in raised.value.problems] == [(2, "line"), (4, None)]


def test_a_cell_of_a_foreign_type_is_refused_by_its_column() -> None:
    spec = (Column("name", "text"), Column("day", "date"), Column("n", "count"))
    with pytest.raises(TableError) as raised:
        read_table({"name": [1], "day": [3], "n": [object()]}, spec, name="t")
    assert [p.message.split(",")[0] for p in raised.value.problems] == [
        "not text",
        "not a date",
        "not a number",
    ]
    with pytest.raises(TableError, match="not a finite number"):
        read_table({"n": ["NaN"]}, (Column("n", "count"),), name="t")
    with pytest.raises(TableError, match="not true or false"):
        read_table({"f": ["maybe"]}, (Column("f", "flag"),), name="t")
    with pytest.raises(TableError, match="not a number"):
        read_table({"n": [True]}, (Column("n", "decimal"),), name="t")


def test_a_table_that_is_no_table_is_a_type_error() -> None:
    with pytest.raises(
        InvalidTypeError, match=r"the table given to read_table must be .*, got 42 of type int"
    ):
        read_table(42, FEE_RECORD_COLUMNS)


def test_a_problem_reads_as_file_row_and_column() -> None:
    assert str(Problem(file="f.csv", row=None, column=None, message="bad")) == "f.csv: bad"


def test_sources_given_twice_are_refused() -> None:
    text = "id,title,file\na,T,a.md\na,T,b.md\n"
    with pytest.raises(TableError, match=r"s\.csv, row 3, column id: the id 'a' is given twice"):
        read_sources(io.StringIO(text), name="s.csv")


# -- trade flows -----------------------------------------------------------------------


def test_trade_flows_from_a_dataframe_with_categorical_codes() -> None:
    columns = trade_flow_columns(seed_trade_ledger())
    frame = pd.DataFrame(columns).astype({"direction": "category", "source": "category"})
    frame["value"] = frame["value"].astype(float)
    ledger = read_trade_flows(frame, sources=seed_dataset().sources)
    assert list(ledger) == list(seed_trade_ledger())


def test_trade_flows_bad_data_is_named() -> None:
    columns = trade_flow_columns(seed_trade_ledger())
    sources = seed_dataset().sources
    with pytest.raises(TableError, match=r"t\.csv, row 1, column colour: an unknown column"):
        read_trade_flows({**columns, "colour": ["red", "red"]}, name="t.csv")
    with pytest.raises(TableError, match=r"<dict>, row 3, column source: unknown document"):
        read_trade_flows({**columns, "source": ["seed-003", "seed-9"]}, sources=sources)
    with pytest.raises(TableError, match="column source: not a column of document ids"):
        read_trade_flows({**columns, "source": [1, 2]}, sources=sources, name="t")
    columns["source"] = [None, None]
    with pytest.raises(TableError, match="t, row 2, column value: not a number"):
        read_trade_flows({**columns, "value": ["1,5", "1"]}, name="t")
    with pytest.raises(TableError, match="t, row 3, column value: a negative amount"):
        read_trade_flows({**columns, "value": ["1", "-1"]}, name="t")
    with pytest.raises(TableError, match=r"t: 1 problem:\n  t: .*sideways"):
        read_trade_flows({**columns, "direction": ["export", "sideways"]}, name="t")


#: a source cell: a document of the dataset, one it does not have, or empty (None, or
#: the empty text a pandas, Arrow or Parquet column holds)
_SOURCE_CELLS = st.sampled_from(["seed-003", "seed-001", "seed-9", "other", None, ""])


@given(
    cells=st.lists(_SOURCE_CELLS, min_size=1, max_size=12),
    container=st.sampled_from(["list", "pandas", "category", "arrow", "dictionary"]),
)
@settings(max_examples=60, deadline=None)
def test_only_the_rows_of_unknown_documents_are_named_never_an_empty_cell(
    cells: list[str | None], container: str
) -> None:
    sources = seed_dataset().sources
    size = len(cells)
    columns: dict[str, Any] = {
        "value": ["1"] * size,
        "direction": ["export"] * size,
        "measure": ["customs"] * size,
        "start": ["2021-01-01"] * size,
        "end": ["2021-12-31"] * size,
    }
    source: Any = {
        "list": lambda: list(cells),
        "pandas": lambda: pd.Series(cells, dtype=object),
        "category": lambda: pd.Series(cells, dtype="category"),
        "arrow": lambda: pa.array(cells, pa.string()),
        "dictionary": lambda: pa.array(cells, pa.string()).dictionary_encode(),
    }[container]()
    unknown = [(row, cell) for row, cell in enumerate(cells, 2) if cell and cell not in sources]
    if not unknown:
        ledger = read_trade_flows({**columns, "source": source}, sources=sources, name="t")
        assert [flow.source for flow in ledger] == [
            sources[cell] if cell else None for cell in cells
        ]
        return
    with pytest.raises(TableError) as raised:
        read_trade_flows({**columns, "source": source}, sources=sources, name="t")
    named = [(p.row, p.column) for p in raised.value.problems]
    assert named == [(row, "source") for row, _ in unknown]
    for problem, (_, cell) in zip(raised.value.problems, unknown, strict=True):
        assert f"unknown document {cell!r}; expected one of" in problem.message


def test_trade_flows_from_csv_text_read_numbers_and_flags(tmp_path: Path) -> None:
    columns = trade_flow_columns(seed_trade_ledger())
    columns["net_weight"] = ["12.5", None]
    columns["vehicles"] = ["3", None]
    write_table(tmp_path / "t.csv", columns)
    [export, _] = read_trade_flows(tmp_path / "t.csv", sources=seed_dataset().sources)
    assert export.vehicles == 3
    assert export.net_weight == amount(Decimal("12.5"), "t")
    assert export.estimated is True
    assert table_columns(tmp_path / "t.csv", mapping={"note": "remark"})["remark"][1] is not None


def test_a_gate_code_is_checked_even_without_a_registry() -> None:
    with pytest.raises(TableError, match=r"f, row 2, column gate: .*Hữu Nghị"):
        read_fee_records(_fee_csv(GOOD.replace("huu-nghi", "Hữu Nghị")), sources=SOURCES, name="f")


def test_a_trade_table_needs_only_the_required_columns() -> None:
    text = "value,direction,measure,start,end\n1370,export,customs,2021-01-01,2021-12-31\n"
    [flow] = read_trade_flows(io.StringIO(text))
    assert (flow.value, flow.source, flow.estimated) == (amount(1370, "USD"), None, False)


# -- the report from any dataset -------------------------------------------------------


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_a_dataset_written_as_files_reproduces_the_seed_report(
    seed: Dataset,
    tmp_path: Path,
    format: str,  # noqa: A002
) -> None:
    seed.write(tmp_path, format=format)  # type: ignore[arg-type]
    loaded = Dataset.load(tmp_path)
    # the report's capital plan, figures and audit come from the files written
    for stem in ("capital_plans", "plan_versions", "disbursements", "figures", "trade_flows"):
        assert (tmp_path / f"{stem}.{format}").is_file()
    assert (loaded.capital_plans, loaded.figures) == (seed.capital_plans, seed.figures)
    assert loaded.statements == seed.statements
    validator = Draft202012Validator(json_schema())
    for lang in ("vi", "en"):
        written = render_json(build_report(lang, dataset=loaded))
        validator.validate(json.loads(written))
        assert written == render_json(build_report(lang))
    # the amounts keep the precision they were printed with (278718, not 278718.0):
    # the report's intervals are read from it
    exponents = [r.amount.magnitude.as_tuple().exponent for r in loaded.fee_collections]
    assert exponents == [r.amount.magnitude.as_tuple().exponent for r in seed.fee_collections]


def test_the_command_line_reads_a_dataset(
    seed: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed.write(tmp_path)
    assert main(["report", "--format", "json", "--data", str(tmp_path)]) == 0
    from_files = capsys.readouterr().out
    Draft202012Validator(json_schema()).validate(json.loads(from_files))
    assert main(["report", "--format", "json"]) == 0
    assert from_files == capsys.readouterr().out
    (tmp_path / "fee_records.csv").write_text(f"{HEADER}\n{GOOD.replace('100751', '-1')}\n")
    assert main(["report", "--data", str(tmp_path)]) == 2
    assert "fee_records.csv, row 2, column amount: a negative amount" in capsys.readouterr().err


def test_a_fee_total_without_its_stated_growth_is_named(seed: Dataset) -> None:
    records = [
        attrs.evolve(r, stated_growth=None)
        if r.period == Period.first_months(2024, 5) and r.line is FeeLine.TOTAL
        else r
        for r in seed.fee_collections
    ]
    bare = attrs.evolve(seed, fee_collections=FeeCollections(records=records))
    # the lines' growths stay; the check of the total's stated growth has nothing to check
    lines = build_report(dataset=bare).section("fees").lines
    full = build_report(dataset=seed).section("fees").lines
    assert [line for line in full if line not in lines] == [
        line for line in full if line.measure.kind == "growth"
    ]
    assert len(lines) == len(full) - 1


def test_bad_cells_and_bad_records_of_a_file_come_together() -> None:
    body = "\n".join([GOOD.replace("100751", "-1"), GOOD, GOOD, GOOD.replace("phí sang tải", "x")])
    with pytest.raises(TableError) as raised:
        read_fee_records(_fee_csv(body), sources=SOURCES, name="fees.csv")
    found = [(p.row, p.column) for p in raised.value.problems]
    assert found == [(2, "amount"), (4, None), (5, "line")]


# -- tables out ------------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(items=st.lists(records, max_size=6).map(_unique))
def test_an_exact_frame_reads_back_to_the_same_collections(items: list[FeeRecord]) -> None:
    fees = FeeCollections(records=items)
    assert list(FeeCollections.from_frame(fees.to_frame(exact=True))) == list(fees)


def test_the_seed_collections_round_trip_through_an_exact_frame_with_their_sources() -> None:
    fees = seed_fee_collections()
    frame = fees.to_frame(exact=True)
    assert isinstance(frame["line"].dtype, pd.CategoricalDtype)
    assert frame["amount"].map(type).eq(Decimal).all()
    back = FeeCollections.from_frame(frame, sources=seed_dataset().sources)
    assert list(back) == list(fees)


def test_the_default_frame_is_numeric_with_units_in_its_column_names() -> None:
    fees = seed_fee_collections()
    frame = fees.to_frame()
    numeric = frame.select_dtypes("number").columns.tolist()
    assert numeric == [
        "amount_million_vnd",
        "estimate_million_vnd",
        "trips",
        "stated_growth_percent",
        "stated_attainment_percent",
    ]
    assert frame["amount_million_vnd"].tolist()[:2] == [344800.0, 664127.0]
    assert frame["start"].dt.year.tolist()[:2] == [2020, 2021]
    assert frame["stated_growth_percent"].tolist()[0] == -21.5


def test_a_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"dongdang\[pandas\]"):
        seed_fee_collections().to_frame()


def test_sources_are_mapped_without_pandas_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys  # noqa: PLC0415

    columns = trade_flow_columns(seed_trade_ledger())
    expected = list(read_trade_flows(columns, sources=seed_dataset().sources))
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert list(read_trade_flows(columns, sources=seed_dataset().sources)) == expected
    assert [flow.source.id for flow in expected if flow.source] == ["seed-003", "seed-003"]
