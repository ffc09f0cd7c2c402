"""The dataset's record tables: crossings, exchange rates, capital plans, printed figures.

Each kind reads back what it writes (CSV and Parquet), reads the same records
from every container, and names every bad cell by file, row and column.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import polars as pl
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dongdang.data import seed_capital_plan, seed_dataset, seed_figures
from dongdang.dataset import Dataset
from dongdang.errors import DataFileError
from dongdang.fees import lang_son_fee_schedule
from dongdang.investment import (
    MANAGEMENT_BOARD,
    Allocation,
    CapitalPlan,
    Disbursement,
    Organization,
    PlanVersion,
    PlanVersionKind,
)
from dongdang.legal import LegalReference
from dongdang.provenance import Source
from dongdang.records import (
    CrossingTable,
    capital_plan_columns,
    crossing_columns,
    exchange_rate_columns,
    figure_columns,
    read_capital_plans,
    read_crossings,
    read_exchange_rates,
    read_figures,
    read_tasks,
    task_columns,
)
from dongdang.report import build_report, render_json
from dongdang.tables import LIMIT, TableError, write_table
from dongdang.tasks import Task, TaskSource
from dongdang.text import Qualifier
from dongdang.units import amount
from strategies import exchange_rate_tables

if TYPE_CHECKING:
    from dongdang.exchange import ExchangeRateTable

FORMATS = ("csv", "parquet")
SOURCES = {
    key: Source(id=key, title=f"Report {key}", event=None, file=f"{key}.txt")
    for key in ("doc-1", "doc-2")
}
GATES = ("huu-nghi", "tan-thanh", "chi-ma")
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _written(columns: dict[str, Any], stem: str, fmt: str, directory: Path) -> Path:
    path = directory / f"{stem}.{fmt}"
    write_table(path, columns)
    return path


# -- crossings ----------------------------------------------------------------------------

_DAYS = st.dates(dt.date(2022, 1, 1), dt.date(2026, 12, 31))
_PAYLOADS = st.decimals(min_value=0, max_value=80, places=2).map(float)


@st.composite
def crossing_rows(draw: st.DrawFn) -> dict[str, list[Any]]:
    size = draw(st.integers(0, 12))
    rows: dict[str, list[Any]] = {name: [] for name in ("date", "regime", "goods", "payload")}
    rows |= {"container": [], "journey": [], "gate": []}
    for _ in range(size):
        rows["date"].append(draw(_DAYS))
        rows["regime"].append(draw(st.sampled_from(["export", "import", "transit"])))
        rows["goods"].append(draw(st.sampled_from(["fruit", "ore", "fruit+ore", "machinery"])))
        container = draw(st.sampled_from([None, "20ft", "40ft"]))
        rows["container"].append(container)
        rows["payload"].append(None if container else draw(_PAYLOADS))
        rows["journey"].append(draw(st.sampled_from([None, "standard", "yard_only"])))
        rows["gate"].append(draw(st.sampled_from([None, *GATES])))
    return rows


def _crossings(rows: dict[str, list[Any]]) -> CrossingTable:
    return read_crossings(
        {
            "date": np.array(rows["date"], "datetime64[D]"),
            "payload": np.array(
                [np.nan if cell is None else cell for cell in rows["payload"]], float
            ),
            **{
                name: np.array(rows[name], object)
                for name in ("regime", "goods", "container", "journey", "gate")
            },
        },
        gates=GATES,
    )


@SLOW
@given(rows=crossing_rows(), fmt=st.sampled_from(FORMATS))
def test_crossings_read_back_what_they_write(rows: dict[str, list[Any]], fmt: str) -> None:
    crossings = _crossings(rows)
    assert len(crossings) == len(rows["date"])
    with tempfile.TemporaryDirectory() as directory:
        path = _written(crossing_columns(crossings), "crossings", fmt, Path(directory))
        assert read_crossings(path, gates=GATES) == crossings


def _containers(rows: dict[str, list[Any]], directory: Path) -> dict[str, object]:
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(rows["date"]),
            "regime": pd.Categorical(rows["regime"]),
            "goods": rows["goods"],
            "payload": pd.array(rows["payload"], dtype="Float64"),
            "container": rows["container"],
            "gate": pd.Categorical(rows["gate"]),
        }
    )
    table = pa.Table.from_pandas(frame, preserve_index=False)
    csv = directory / "crossings.csv"
    frame.to_csv(csv, index=False, date_format="%Y-%m-%d")
    parquet = directory / "crossings.parquet"
    pq.write_table(table, parquet)
    return {
        "pandas": frame,
        "polars": pl.from_pandas(frame),
        "arrow": table,
        "csv": csv,
        "parquet": parquet,
    }


@SLOW
@given(rows=crossing_rows())
def test_the_same_crossings_from_every_container(rows: dict[str, list[Any]]) -> None:
    rows = {**rows, "journey": [None] * len(rows["date"])}
    expected = _crossings(rows)
    with tempfile.TemporaryDirectory() as directory:
        for how, container in _containers(rows, Path(directory)).items():
            assert read_crossings(container, gates=GATES) == expected, how


def test_crossings_go_to_the_fee_schedule_as_columns() -> None:
    crossings = read_crossings(
        io.StringIO(
            "date,regime,goods,payload,container\n"
            "2025-06-02,temporary_import_reexport,agricultural_products,,40ft\n"
        ),
        name="crossings.csv",
    )
    assert repr(crossings) == "<CrossingTable: 1 crossings, 2025-06-02 to 2025-06-02>"
    assert repr(CrossingTable.empty()) == "<CrossingTable: 0 crossings>"
    assert lang_son_fee_schedule().assess_many(crossings.columns()).tolist() == [4_000_000]
    assert crossings != CrossingTable.empty()
    assert crossings != "crossings"
    assert list(crossings.text("gate")) == [None]


CROSSING_HEADER = "date,regime,goods,payload,container,journey,gate"
BAD_CROSSINGS = [
    ("unknown column", "date,regime,goods,payload,colour\n", 1, "colour", "an unknown column"),
    ("missing column", "date,goods,payload\n", 1, "regime", "a required column is missing"),
    ("no vehicle column", "date,regime,goods\n", 1, "payload", "payload or container"),
    ("bad date", "2025-13-01,export,fruit,2,,,\n", 2, "date", "not a date"),
    ("empty date", ",export,fruit,2,,,\n", 2, "date", "an empty cell"),
    ("unknown regime", "2025-06-02,smuggled,fruit,2,,,\n", 2, "regime",
     "regime 'smuggled'; expected"),
    ("empty goods", "2025-06-02,export,,2,,,\n", 2, "goods", "an empty cell"),
    ("bad goods code", "2025-06-02,export,Fruit!,2,,,\n", 2, "goods", "not goods codes"),
    ("negative payload", "2025-06-02,export,fruit,-2,,,\n", 2, "payload", "a negative"),
    ("payload not a number", "2025-06-02,export,fruit,two,,,\n", 2, "payload", "not a number"),
    ("payload rounded by float", "2025-06-02,export,fruit,0.10000000000000001,,,\n", 2,
     "payload", "not a number"),
    ("both payload and container", "2025-06-02,export,fruit,2,20ft,,\n", 2, "payload",
     "exactly one"),
    ("neither", "2025-06-02,export,fruit,,,,\n", 2, "payload", "exactly one"),
    ("unknown container", "2025-06-02,export,fruit,,30ft,,\n", 2, "container", "container size"),
    ("unknown journey", "2025-06-02,export,fruit,2,,by air,\n", 2, "journey",
     "journey 'by air'; expected"),
    ("unknown gate", "2025-06-02,export,fruit,2,,,nowhere\n", 2, "gate",
     "gate 'nowhere'; expected"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "body", "row", "column", "message"), BAD_CROSSINGS, ids=[c[0] for c in BAD_CROSSINGS]
)
def test_bad_crossings_are_named_by_file_row_and_column(
    case: str, body: str, row: int, column: str, message: str
) -> None:
    text = body if row == 1 else f"{CROSSING_HEADER}\n2025-06-02,export,fruit,2,,,\n{body}"
    line = row if row == 1 else row + 1
    with pytest.raises(TableError) as raised:
        read_crossings(io.StringIO(text), gates=GATES, name="crossings.csv")
    assert [(p.file, p.row, p.column) for p in raised.value.problems][:1] == [
        ("crossings.csv", line, column)
    ], case
    assert message in raised.value.problems[0].message
    assert f"crossings.csv, row {line}, column {column}:" in str(raised.value)


def test_crossing_columns_of_a_wrong_type_are_named(tmp_path: Path) -> None:
    path = tmp_path / "crossings.parquet"
    pq.write_table(
        pa.table({"date": ["x"], "regime": [1], "goods": ["fruit"], "payload": ["heavy"]}), path
    )
    with pytest.raises(TableError) as raised:
        read_crossings(path)
    assert [(p.row, p.column) for p in raised.value.problems] == [
        (1, "date"),
        (1, "payload"),
        (1, "regime"),
    ]
    assert all(str(path) in str(p) for p in raised.value.problems)


def test_a_non_text_value_in_a_text_column_is_named() -> None:
    with pytest.raises(
        TableError,
        match=r"<dict>, row 3, column goods: not goods codes \(lower-case, joined by \+\), 5",
    ):
        read_crossings(
            {
                "date": np.array(["2025-06-02"] * 2, "datetime64[D]"),
                "regime": np.array(["export"] * 2, object),
                "goods": np.array(["fruit", 5], object),
                "payload": np.array([1.0, 2.0]),
            }
        )


def test_all_the_bad_crossings_of_a_file_come_together_up_to_the_limit() -> None:
    body = "".join(f"2025-06-02,export,fruit,-{n},,,\n" for n in range(1, LIMIT + 20))
    with pytest.raises(TableError) as raised:
        read_crossings(io.StringIO(f"{CROSSING_HEADER}\n{body}"), name="crossings.csv")
    assert len(raised.value.problems) == LIMIT
    assert [p.row for p in raised.value.problems] == list(range(2, LIMIT + 2))
    assert f"{LIMIT} or more problems" in str(raised.value)


# -- exchange rates -----------------------------------------------------------------------


#: Tables of rates without a maximum age: the columns hold the rates alone.
rate_tables = exchange_rate_tables.map(lambda table: attrs.evolve(table, max_age_days=None))


@SLOW
@given(rates=rate_tables, fmt=st.sampled_from(FORMATS))
def test_exchange_rates_read_back_what_they_write(rates: ExchangeRateTable, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = _written(exchange_rate_columns(rates), "exchange_rates", fmt, Path(directory))
        assert read_exchange_rates(path) == rates
        assert [r.rate.as_tuple() for r in read_exchange_rates(path).rates] == [
            r.rate.as_tuple() for r in rates.rates
        ]


RATE_HEADER = "base,quote,rate,on,source"
BAD_RATES = [
    ("unknown currency", "XYZ,VND,25000,2025-01-02,SBV", "base", "must be one of"),
    ("unknown quote", "USD,ABC,25000,2025-01-02,SBV", "quote", "must be one of"),
    ("zero rate", "USD,VND,0,2025-01-02,SBV", "rate", "must be above zero"),
    ("negative rate", "USD,VND,-1,2025-01-02,SBV", "rate", "a negative amount"),
    ("bad day", "USD,VND,25000,02/01/2025,SBV", "on", "not a date"),
    ("empty source", "USD,VND,25000,2025-01-02,", "source", "an empty cell"),
    (
        "twice",
        "VND,USD,0.00004,2025-01-01,SBV",
        "on",
        "the VND/USD rate of 2025-01-01 is given twice: first in row 2",
    ),
]


@pytest.mark.parametrize(
    ("case", "row", "column", "message"),
    [(c[0], c[1], c[2], c[3]) for c in BAD_RATES],
    ids=[c[0] for c in BAD_RATES],
)
def test_bad_exchange_rates_are_named_by_file_row_and_column(
    case: str, row: str, column: str, message: str
) -> None:
    text = f"{RATE_HEADER}\nUSD,VND,25000,2025-01-01,SBV\n{row}\n"
    with pytest.raises(TableError) as raised:
        read_exchange_rates(io.StringIO(text), name="exchange_rates.csv")
    [problem] = raised.value.problems
    assert (problem.file, problem.row, problem.column) == ("exchange_rates.csv", 3, column), case
    assert message in problem.message


# -- capital plans ------------------------------------------------------------------------

_MILLIONS = st.decimals(min_value=1, max_value=10**6, places=0)


@st.composite
def capital_plans(draw: st.DrawFn) -> tuple[CapitalPlan, ...]:
    plans = []
    for year in draw(st.lists(st.integers(2015, 2025), unique=True, max_size=3)):
        days = sorted(
            draw(
                st.lists(
                    st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)),
                    unique=True,
                    min_size=1,
                    max_size=3,
                )
            )
        )
        kinds = [PlanVersionKind.ASSIGNED, PlanVersionKind.ADJUSTED, PlanVersionKind.ADJUSTED]
        versions = [
            PlanVersion(
                id=f"{year}-{n}",
                kind=kinds[n],
                date=day,
                amount=amount(draw(_MILLIONS), "million_VND"),
                date_assumed=draw(st.booleans()),
                source=draw(st.sampled_from([None, *SOURCES.values()])),
                note=draw(st.sampled_from([None, "a note, with a comma"])),
                legal=draw(st.sampled_from([None, f"Quyết định số {n + 1}/QĐ-UBND"])),
            )
            for n, day in enumerate(days)
        ]
        flows = st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31))
        disbursements = [
            Disbursement(
                id=f"d{n}",
                date=draw(flows),
                amount=amount(draw(_MILLIONS), draw(st.sampled_from(["million_VND", "VND"]))),
                qualifier=draw(st.sampled_from([None, Qualifier.AT_LEAST])),
                payee=draw(
                    st.sampled_from([None, Organization(code="contractor", name="Nhà thầu")])
                ),
                source=draw(st.sampled_from([None, *SOURCES.values()])),
            )
            for n in range(draw(st.integers(0, 3)))
        ]
        allocations = [
            Allocation(id=f"a{n}", date=draw(flows), amount=amount(draw(_MILLIONS), "million_VND"))
            for n in range(draw(st.integers(0, 2)))
        ]
        plans.append(
            CapitalPlan(
                year=year,
                owner=MANAGEMENT_BOARD,
                versions=versions,
                disbursements=disbursements,
                allocations=allocations,
                provider=draw(st.sampled_from([None, Organization(code="ubnd", name="UBND tỉnh")])),
                notes=draw(st.sampled_from([(), ("one",), ("one", "two, three")])),
            )
        )
    return tuple(plans)


def _plan_files(plans: tuple[CapitalPlan, ...], fmt: str, directory: Path) -> dict[str, Path]:
    return {
        stem: _written(columns, stem, fmt, directory)
        for stem, columns in capital_plan_columns(plans).items()
    }


@SLOW
@given(plans=capital_plans(), fmt=st.sampled_from(FORMATS))
def test_capital_plans_read_back_what_they_write(plans: tuple[CapitalPlan, ...], fmt: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        files = _plan_files(plans, fmt, Path(directory))
        assert read_capital_plans(files, sources=SOURCES) == plans


def _plan_frames(plans: tuple[CapitalPlan, ...], how: str) -> dict[str, object]:
    """The plans' tables as DataFrames or Arrow tables, owners and units as categoricals."""
    frames = {}
    for stem, columns in capital_plan_columns(plans).items():
        frame = pd.DataFrame(columns, columns=list(columns)).astype(object)
        for code in ("owner", "unit"):
            if code in frame and stem != "capital_plans":
                frame[code] = pd.Categorical(frame[code])
        frames[stem] = frame
    if how == "polars":
        return {stem: pl.from_pandas(frame) for stem, frame in frames.items()}
    if how == "arrow":
        return {stem: pa.Table.from_pandas(frame) for stem, frame in frames.items()}
    return frames  # type: ignore[return-value]


@SLOW
@given(plans=capital_plans(), how=st.sampled_from(["pandas", "polars", "arrow"]))
def test_capital_plans_read_the_same_from_any_container(
    plans: tuple[CapitalPlan, ...], how: str
) -> None:
    frames = _plan_frames(plans, how)
    assert read_capital_plans(frames, sources=SOURCES) == plans


def test_capital_plans_are_read_through_a_column_mapping() -> None:
    plan = seed_capital_plan()
    tables = capital_plan_columns((plan,))
    renamed = {
        stem: {
            {"amount": "Số tiền", "year": "Năm"}.get(key, key): cells
            for key, cells in columns.items()
        }
        for stem, columns in tables.items()
    }
    mapping = {"Số tiền": "amount", "Năm": "year"}
    [read] = read_capital_plans(
        renamed,
        sources=seed_dataset().sources,
        mappings=dict.fromkeys(renamed, mapping),
    )
    assert read == plan


def test_the_seed_plan_reads_back_with_its_amounts_exact(tmp_path: Path) -> None:
    plan = seed_capital_plan()
    [read] = read_capital_plans(
        _plan_files((plan,), "parquet", tmp_path), sources=seed_dataset().sources
    )
    assert read == plan
    assert [d.amount.magnitude.as_tuple() for d in read.disbursements] == [
        d.amount.magnitude.as_tuple() for d in plan.disbursements
    ]


def test_a_legal_reference_with_more_than_its_citation_is_not_written() -> None:
    legal = LegalReference.parse("Quyết định số 5/QĐ-UBND")
    version = PlanVersion(
        id="v",
        kind="giao",
        date=dt.date(2020, 1, 2),
        amount=amount(1, "million_VND"),
        legal=attrs.evolve(legal, url="https://example.org/5-qd-ubnd"),
    )
    plan = CapitalPlan(year=2020, owner=MANAGEMENT_BOARD, versions=[version])
    with pytest.raises(DataFileError) as caught:
        capital_plan_columns((plan,))
    assert str(caught.value) == (
        "legal must carry no more than its citation, not its url, "
        "got Decision 5/QĐ-UBND (Ủy ban nhân dân); a table keeps only the citation"
    )
    assert (caught.value.name, caught.value.value) == ("legal", version.legal)


PLAN_HEAD = "year,owner,owner_name\n2020,board,Ban Quản lý\n"
VERSION_HEAD = "year,owner,id,kind,date,amount,unit,legal,source\n"
V = VERSION_HEAD + "2020,board,v1,"
GOOD_VERSION = "2020,board,v1,giao,2020-01-02,100,million_VND,,\n"
DISBURSEMENT_HEAD = "year,owner,date,amount,unit,qualifier,payee\n"
D = DISBURSEMENT_HEAD + "2020,board,"
BAD_PLANS = [
    ("plan twice", {"capital_plans": PLAN_HEAD + "2020,board,Ban\n"}, "capital_plans", 3,
     "owner", "the plan 2020 of board is given twice: first in row 2"),
    ("bad owner code", {"capital_plans": "year,owner,owner_name\n2020,Board!,Ban\n"},
     "capital_plans", 2, "owner", "lower-case"),
    ("unknown plan", {"plan_versions": VERSION_HEAD + "2021,board,v1,giao,2021-01-02,1,VND,,\n"},
     "plan_versions", 2, "year", "no plan 2021 of board"),
    ("unknown kind", {"plan_versions": V + "giao thêm,2020-01-02,1,VND,,\n"},
     "plan_versions", 2, "kind", "unknown kind"),
    ("unknown unit", {"plan_versions": V + "giao,2020-01-02,1,lakh,,\n"},
     "plan_versions", 2, "unit", "an unknown unit"),
    ("bad citation", {"plan_versions": V + "giao,2020-01-02,1,VND,xyz,\n"},
     "plan_versions", 2, "legal", "xyz"),
    ("unknown document", {"plan_versions": V + "giao,2020-01-02,1,VND,,nope\n"},
     "plan_versions", 2, "source", "unknown document"),
    ("negative amount", {"plan_versions": V + "giao,2020-01-02,-1,VND,,\n"},
     "plan_versions", 2, "amount", "a negative amount"),
    ("version after the plan closes",
     {"plan_versions": V + "giao,2021-03-02,1,VND,,\n"},
     "capital_plans", 2, "year", "later than the plan's close (2021-01-31), got 2021-03-02"),
    ("unknown qualifier", {"disbursements": D + "2020-03-01,5,VND,roughly,\n"},
     "disbursements", 2, "qualifier", "unknown qualifier"),
    ("bad payee", {"disbursements": D + "2020-03-01,5,VND,,Payee!\n"},
     "disbursements", 2, "payee", "lower-case"),
    ("disbursement outside the window",
     {"disbursements": D + "2019-03-01,5,VND,,\n"},
     "capital_plans", 2, "year", "disbursement window 2020-01-01 – 2021-01-31, got 2019-03-01"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "files", "file", "row", "column", "message"), BAD_PLANS, ids=[c[0] for c in BAD_PLANS]
)
def test_bad_capital_plans_are_named_by_file_row_and_column(  # noqa: PLR0917 - a table's row
    case: str, files: dict[str, str], file: str, row: int, column: str, message: str
) -> None:
    texts = {"capital_plans": PLAN_HEAD, "plan_versions": VERSION_HEAD + GOOD_VERSION} | files
    tables = {stem: io.StringIO(text) for stem, text in texts.items()}
    with pytest.raises(TableError) as raised:
        read_capital_plans(tables, sources=SOURCES, names={s: f"{s}.csv" for s in tables})
    problem = raised.value.problems[0]
    assert (problem.file, problem.row, problem.column) == (f"{file}.csv", row, column), case
    assert message in problem.message


# -- printed figures ----------------------------------------------------------------------


def _vi(number: int) -> str:
    return f"{number:,}".replace(",", ".")


@SLOW
@given(
    numbers=st.lists(st.integers(1, 10**7), max_size=5),
    percent=st.sampled_from([None, "12,3%", "-4%"]),
    fmt=st.sampled_from(FORMATS),
)
def test_figures_read_back_what_they_write(
    numbers: list[int], percent: str | None, fmt: str
) -> None:
    text = "".join(
        f"f{n},doc-1,2021-01-01,2021-12-31,{_vi(value)} triệu đồng,đạt {_vi(value)} triệu đồng,"
        f',"{percent or ""}",,,\n'
        for n, value in enumerate(numbers)
    )
    header = (
        "id,source,start,end,text,sentence,as_of,growth,attainment,ratio_to_plan,ratio_to_allocated"
    )
    figures = read_figures(io.StringIO(f"{header}\n{text}"), sources=SOURCES)
    assert [f.figure.quantity.magnitude for f in figures.values()] == numbers
    with tempfile.TemporaryDirectory() as directory:
        path = _written(figure_columns(figures), "figures", fmt, Path(directory))
        assert read_figures(path, sources=SOURCES) == figures


def test_the_seed_figures_read_back(tmp_path: Path) -> None:
    seed = seed_figures()
    sources = seed_dataset().sources
    path = _written(figure_columns(seed), "figures", "parquet", tmp_path)
    assert read_figures(path, sources=sources) == seed


FIGURE_HEADER = "id,source,start,end,text,sentence,growth"
BAD_FIGURES = [
    ("twice", "a,doc-1,2021-01-01,2021-12-31,5 triệu đồng,s,", "id", "given twice"),
    ("unknown document", "b,doc-9,2021-01-01,2021-12-31,5 triệu đồng,s,", "source", "unknown"),
    ("end before start", "b,doc-1,2021-12-31,2021-01-01,5 triệu đồng,s,", "end", "2021"),
    ("not a figure", "b,doc-1,2021-01-01,2021-12-31,năm triệu,s,", "text", "not a figure"),
    ("not a percent", "b,doc-1,2021-01-01,2021-12-31,5 triệu đồng,s,5 tỷ đồng", "growth",
     "not a bare percent"),
    ("empty text", "b,doc-1,2021-01-01,2021-12-31,,s,", "text", "an empty cell"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "row", "column", "message"), BAD_FIGURES, ids=[c[0] for c in BAD_FIGURES]
)
def test_bad_figures_are_named_by_file_row_and_column(
    case: str, row: str, column: str, message: str
) -> None:
    text = f"{FIGURE_HEADER}\na,doc-1,2021-01-01,2021-12-31,5 triệu đồng,s,\n{row}\n"
    with pytest.raises(TableError) as raised:
        read_figures(io.StringIO(text), sources=SOURCES, name="figures.csv")
    [problem] = raised.value.problems
    assert (problem.file, problem.row, problem.column) == ("figures.csv", 3, column), case
    assert message in problem.message


# -- the dataset and the report -----------------------------------------------------------


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), "utf-8")


def test_a_dataset_with_other_numbers_gives_a_report_with_those_numbers(tmp_path: Path) -> None:
    seed_dataset().write(tmp_path)
    # the capital plan: 50.000 of the 102.681 triệu disbursed by 25/5, "bằng 49%"
    _edit(tmp_path / "disbursements.csv", "2020-05-25,42119,", "2020-05-25,50000,")
    _edit(tmp_path / "figures.csv", "42.119 triệu đồng,", "50.000 triệu đồng,")
    _edit(tmp_path / "figures.csv", ",41%,", ",49%,")
    # the trade total and the exports
    _edit(tmp_path / "figures.csv", "4.270 triệu USD", "4.400 triệu USD")
    _edit(tmp_path / "trade_flows.csv", "1370000000,", "1500000000,")
    # the fees of 2021
    _edit(tmp_path / "fee_records.csv", ",664127,", ",700000,")
    # the statements audited: the 2024 total printed as 14,6%, which its parts allow
    _edit(tmp_path / "statements.toml", "tăng 14,4%", "tăng 14,6%")
    report = build_report("en", dataset=Dataset.load(tmp_path))
    document = json.loads(render_json(report))
    lines = {line["label"]: line for s in document["sections"] for line in s["lines"]}
    disbursed = lines["Public investment disbursed in 2020, to 25 May 2020"]
    assert disbursed["text"].startswith("50,000/102,681 million VND, 48.7% of the plan")
    assert "matches the stated 49%" in disbursed["derivation"]  # 48.7% prints as 49%
    assert disbursed["records"] == [
        "plan_versions:2",
        "disbursements:2",
        "figures:disbursed-2020-05-25",
    ]
    total = lines["Import–export turnover 2021 (estimate)"]
    assert total["value"] == "4400"
    exports = lines["Export 2021"]
    assert exports["value"] == "1500"
    assert exports["records"] == ["trade_flows:2"]
    fees = lines["Fees collected, 2021"]
    assert fees["value"] == "700000"
    assert re.match(r"fee_records:\d+", fees["records"][0])
    assert report.findings == ()  # the audit reads the edited sentence


def test_a_dataset_without_a_plan_or_its_figures_is_named() -> None:
    seed = seed_dataset()
    section = build_report("en", dataset=attrs.evolve(seed, capital_plans=())).section("investment")
    assert section.lines == ()
    assert section.omitted == "the dataset has no capital plan with a version and a disbursement"
    full = build_report(dataset=seed).section("investment").lines
    figures = {k: v for k, v in seed.figures.items() if k != "plan-2020"}
    lines = build_report(dataset=attrs.evolve(seed, figures=figures)).section("investment").lines
    assert lines == full  # the implied plan is set against the plan on record, not a printed one
    figures = {k: v for k, v in figures.items() if k != "disbursed-2020-9m"}
    lines = build_report(dataset=attrs.evolve(seed, figures=figures)).section("investment").lines
    assert lines[0] == full[0]  # the ratio of 25 May, checked against its own figure
    assert len(lines) == 2  # the plan and allocation implied by the later ratios go
    assert lines[1].derivation == "số vốn đã giải ngân chia cho kế hoạch vốn năm"  # unchecked
    figures = {k: v for k, v in figures.items() if k != "disbursed-2020-05-25"}
    [line, _] = (
        build_report(dataset=attrs.evolve(seed, figures=figures)).section("investment").lines
    )
    assert line.derivation == "số vốn đã giải ngân chia cho kế hoạch vốn năm"  # nothing stated
    assert line.sources == ("seed-004",)  # the documents of the records: version, disbursement
    assert line.value == full[0].value
    assert build_report(dataset=attrs.evolve(seed, statements={})).findings == ()


MORE_BAD_PLANS = [
    ("amount in dollars", "disbursements",
     "year,owner,date,amount,unit\n2020,board,2020-03-01,5,USD\n",
     "disbursements", "amount", "in đồng"),
    ("deadline before the year ends", "capital_plans",
     "year,owner,owner_name,disbursement_deadline\n2020,board,B,2020-01-01\n", "capital_plans",
     "disbursement_deadline", "the plan's year (2020-12-31), got 2020-01-01"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "stem", "text", "file", "column", "message"),
    MORE_BAD_PLANS,
    ids=[c[0] for c in MORE_BAD_PLANS],
)
def test_a_record_the_domain_refuses_is_named_by_its_column(  # noqa: PLR0917 - a table's row
    case: str, stem: str, text: str, file: str, column: str, message: str
) -> None:
    tables = {"capital_plans": io.StringIO(PLAN_HEAD), stem: io.StringIO(text)}
    with pytest.raises(TableError) as raised:
        read_capital_plans(tables, names={s: f"{s}.csv" for s in tables})
    [problem] = raised.value.problems
    assert (problem.file, problem.row, problem.column) == (f"{file}.csv", 2, column), case
    assert message in problem.message


def test_text_cells_are_read_as_their_stripped_text_and_blanks_as_empty() -> None:
    crossings = read_crossings(
        {
            "date": np.array(["2025-06-02"] * 4, "datetime64[D]"),
            "regime": np.array(["export", " export", "export ", "import"], object),
            "goods": np.array(["fruit"] * 4, object),
            "payload": np.array([1.0, 2.0, np.nan, 4.0]),
            "container": np.array(["", "  ", "20ft", None], object),
            "journey": np.array(["standard", "yard_only", "standard", "standard"], object),
        }
    )
    assert list(crossings.text("regime")) == ["export", "export", "export", "import"]
    assert list(crossings.text("container")) == [None, None, "20ft", None]
    assert list(crossings.columns()["journey"]) == ["standard", "yard_only", "standard", "standard"]


def test_bad_and_empty_dates_of_a_csv_file_are_named_apart() -> None:
    text = f"{CROSSING_HEADER}\n,export,fruit,2,,,\n2025-02-30,export,fruit,2,,,\n"
    with pytest.raises(TableError) as raised:
        read_crossings(io.StringIO(text), name="crossings.csv")
    assert [(p.row, p.column, p.message[:14]) for p in raised.value.problems] == [
        (3, "date", "not a date wri"),
        (2, "date", "an empty cell "),
    ]


def test_an_infinite_payload_is_refused() -> None:
    with pytest.raises(TableError, match=r"row 2, column payload: not a number of tonnes, 'inf'"):
        read_crossings(io.StringIO(f"{CROSSING_HEADER}\n2025-06-02,export,fruit,inf,,,\n"))


# -- trade flows from Arrow ---------------------------------------------------------------


def _flow_table(start: list[str | None], end: list[str | None]) -> pa.Table:
    def moments(texts: list[str | None]) -> pa.Array:
        array = np.array(["NaT" if text is None else text for text in texts], "datetime64[ms]")
        return pa.array(array, pa.timestamp("ms"), from_pandas=True)

    return pa.table(
        {
            "value": pa.array([5, 7], pa.int64()),
            "direction": pa.array(["export", "import"]).dictionary_encode(),
            "measure": ["customs", "customs"],
            "start": moments(start),
            "end": moments(end),
        }
    )


def test_trade_flows_from_timestamps_read_as_their_days(tmp_path: Path) -> None:
    from dongdang.dataset import read_trade_flows  # noqa: PLC0415 - beside the others

    days: list[str | None] = ["2024-03-01", "2024-03-02"]
    one_day = read_trade_flows(_flow_table(days, days))
    spans = read_trade_flows(_flow_table(days, ["2024-03-31"] * 2))
    path = tmp_path / "trade_flows.parquet"
    pq.write_table(_flow_table(days, days), path)
    assert list(read_trade_flows(path)) == list(one_day)
    assert [flow.period.end for flow in spans] == [dt.date(2024, 3, 31)] * 2
    assert [flow.period.start for flow in one_day] == [dt.date(2024, 3, 1), dt.date(2024, 3, 2)]
    with pytest.raises(TableError, match="row 1"):  # a missing day, named by the ledger
        read_trade_flows(_flow_table([days[0], None], days))
    noon: list[str | None] = [
        "2024-03-01T12:00",
        days[1],
    ]  # a time of day: its day, as numpy reads it
    assert [f.period.start for f in read_trade_flows(_flow_table(noon, noon))] == [
        dt.date(2024, 3, 1),
        dt.date(2024, 3, 2),
    ]


# -- the dataset --------------------------------------------------------------------------


def test_a_dataset_holds_capital_plans_only() -> None:
    with pytest.raises(TypeError, match="capital_plans must hold CapitalPlan objects"):
        attrs.evolve(seed_dataset(), capital_plans=["plan"])


def test_statements_built_in_code_cannot_be_written(tmp_path: Path) -> None:
    seed = seed_dataset()
    bare = attrs.evolve(
        seed, registry_texts={k: v for k, v in seed.registry_texts.items() if k != "statements"}
    )
    with pytest.raises(DataFileError, match=r"statements\.toml: the dataset has no TOML text"):
        bare.write(tmp_path)
    attrs.evolve(bare, statements={}).write(tmp_path / "none")
    assert not (tmp_path / "none" / "statements.toml").exists()
    assert Dataset.load(tmp_path / "none").statements == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[rows]]\ntext = "x"\n', "expected \\[\\[sentences\\]\\]"),
        ('sentences = "x"\n', "expected \\[\\[sentences\\]\\]"),
        ('[[same_measures]]\nwhole_of = "nothing"\n', "same_measures .* names no statement"),
        ("[[same_measures]]\n", "same_measures .* names no statement"),
    ],
)
def test_a_bad_statements_file_is_named(tmp_path: Path, text: str, message: str) -> None:
    seed_dataset().write(tmp_path)
    (tmp_path / "statements.toml").write_text(text, "utf-8")
    with pytest.raises(DataFileError, match=rf"statements\.toml: {message}"):
        Dataset.load(tmp_path)


def test_the_report_names_the_rows_of_the_plan_it_uses() -> None:
    seed = seed_dataset()
    earlier = CapitalPlan(
        year=2019,
        owner=MANAGEMENT_BOARD,
        versions=[
            PlanVersion(
                id="2019", kind="giao", date=dt.date(2019, 1, 2), amount=amount(5, "million_VND")
            )
        ],
    )
    report = build_report(
        "en", dataset=attrs.evolve(seed, capital_plans=(earlier, *seed.capital_plans))
    )
    assert report.section("investment").lines[0].records == (
        "plan_versions:3",
        "disbursements:2",
        "figures:disbursed-2020-05-25",
    )


def test_a_task_log_without_the_reports_counts_gives_no_task_lines() -> None:
    seed = seed_dataset()
    tasks = attrs.evolve(seed.tasks, stated=())
    assert build_report(dataset=attrs.evolve(seed, tasks=tasks)).section("tasks").lines == ()


# -- tasks --------------------------------------------------------------------------------


@st.composite
def task_lists(draw: st.DrawFn) -> tuple[Task, ...]:
    codes = draw(st.lists(st.from_regex(r"[a-z]{1,3}-[0-9]{1,3}", fullmatch=True), unique=True))
    tasks = []
    for code in codes[:6]:
        assigned = draw(st.dates(dt.date(2019, 1, 1), dt.date(2024, 12, 31)))
        later = st.one_of(st.none(), st.dates(assigned, dt.date(2025, 12, 31)))
        tasks.append(
            Task(
                code=code,
                title=draw(st.sampled_from(["Báo cáo, gấp", "Rà soát quy hoạch"])),
                source=draw(st.sampled_from([member.code for member in TaskSource])),
                assigned=assigned,
                due=draw(later),
                completed=draw(later),
                assigned_by=draw(st.sampled_from([None, "UBND tỉnh"])),
                reference=draw(
                    st.sampled_from([None, LegalReference.parse("Thông báo số 12/TB-UBND")])
                ),
                note=draw(st.sampled_from([None, 'a "quoted" note'])),
            )
        )
    return tuple(tasks)


@SLOW
@given(tasks=task_lists(), fmt=st.sampled_from(FORMATS))
def test_tasks_read_back_what_they_write(tasks: tuple[Task, ...], fmt: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = _written(task_columns(tasks), "tasks", fmt, Path(directory))
        assert read_tasks(path) == tasks


def test_a_datasets_tasks_table_fills_its_task_log(tmp_path: Path) -> None:
    seed = seed_dataset()
    task = Task(code="tb-01", title="T", source="decision", assigned=dt.date(2020, 3, 2))
    mine = attrs.evolve(seed, tasks=attrs.evolve(seed.tasks, tasks=(task,)))
    mine.write(tmp_path, format="parquet")
    loaded = Dataset.load(tmp_path)
    assert loaded == mine
    assert loaded.tasks.stated == seed.tasks.stated  # the counts stay in tasks.toml
    toml = tmp_path / "tasks.toml"
    toml.write_text(
        toml.read_text("utf-8")
        + '\n[tasks.tb-02]\ntitle = "U"\nsource = "decision"\nassigned = 2020-03-02\n',
        "utf-8",
    )
    with pytest.raises(DataFileError, match=r"tasks in both tasks\.toml and tasks\.parquet"):
        Dataset.load(tmp_path)
    (tmp_path / "tasks.parquet").unlink()
    listed = Dataset.load(tmp_path)
    assert [t.code for t in listed.tasks.tasks] == ["tb-02"]
    listed.write(tmp_path / "again")  # tasks.toml lists them: no tasks table
    assert not (tmp_path / "again" / "tasks.csv").exists()
    with pytest.raises(DataFileError, match=r"tasks\.toml: its tasks are not the dataset's"):
        attrs.evolve(listed, tasks=attrs.evolve(listed.tasks, tasks=(task,))).write(tmp_path / "x")


TASK_HEADER = "code,title,source,assigned,due,reference"
BAD_TASKS = [
    ("twice", "a-1,T,decision,2020-03-02,,", "code", "given twice"),
    ("unknown source", "b-1,T,rumour,2020-03-02,,", "source", "rumour"),
    (
        "due before assigned",
        "b-1,T,decision,2020-03-02,2020-03-01,",
        "due",
        "earlier than assigned (2020-03-02), got 2020-03-01",
    ),
    ("bad reference", "b-1,T,decision,2020-03-02,,nonsense", "reference", "nonsense"),
    ("bad code", "B 1,T,decision,2020-03-02,,", "code", "B 1"),
    ("empty title", "b-1,,decision,2020-03-02,,", "title", "an empty cell"),
]


@pytest.mark.parametrize(
    ("case", "row", "column", "message"), BAD_TASKS, ids=[c[0] for c in BAD_TASKS]
)
def test_bad_tasks_are_named_by_file_row_and_column(
    case: str, row: str, column: str, message: str
) -> None:
    text = f"{TASK_HEADER}\na-1,T,decision,2020-03-02,,\n{row}\n"
    with pytest.raises(TableError) as raised:
        read_tasks(io.StringIO(text), name="tasks.csv")
    [problem] = raised.value.problems
    assert (problem.file, problem.row, problem.column) == ("tasks.csv", 3, column), case
    assert message in problem.message


def test_a_crossing_table_never_holds_the_callers_arrays() -> None:
    days = np.array(["2025-06-02"], "datetime64[D]")
    payload = np.array([2.0])
    crossings = read_crossings(
        {"date": days, "regime": ["export"], "goods": ["fruit"], "payload": payload}
    )
    days[0], payload[0] = np.datetime64("2020-01-01"), 9.0
    assert (crossings.date[0], crossings.payload[0]) == (np.datetime64("2025-06-02"), 2.0)
