"""Tables out: every collection and result as a frame that plots, and back where it makes sense."""

from __future__ import annotations

import datetime as dt
import io
import sys
from decimal import Decimal
from typing import Any

import attrs
import matplotlib as mpl
import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bad_inputs import assert_carries
from dongdang import Period, amount
from dongdang._frames import HTML_ROWS, FrameColumns
from dongdang.auditing import FindingKind, Findings, audit, audit_documents
from dongdang.data import (
    seed_capital_plan,
    seed_fee_collections,
    seed_trade_ledger,
)
from dongdang.errors import InvalidValueError
from dongdang.fees import Crossing, FeeCollections
from dongdang.fees.assessment import assessments_frame
from dongdang.fees.collections import FeeLine
from dongdang.projections import growth_path
from dongdang.projects import Milestone, Portfolio, Project, lang_son_projects
from dongdang.statements import Unparsed, parse_statements
from dongdang.tables import TableError
from dongdang.tasks import TaskLog, lang_son_tasks
from dongdang.units import magnitude_in
from dongdang.zoning import LandBudget, diff, lang_son_plans
from fee_tables import USER, columns_of
from html_tables import read_table
from strategies import crossing_rows, printed_land_budgets, task_lists

mpl.use("Agg")


def parse(html: str) -> tuple[str, list[str], list[list[str]]]:
    """The caption, the header and the rows of an HTML table."""
    table = read_table(html)
    header, *rows = table.rows
    return table.caption, header, rows


def plots(frame: Any) -> None:
    """Every number column is float64 and the frame plots."""
    numbers = frame.select_dtypes("number")
    assert len(numbers.columns) > 0
    assert set(numbers.dtypes) == {np.dtype("float64")}
    axes = frame.plot()
    assert len(axes.get_lines()) == len(numbers.columns)
    mpl.pyplot.close("all")


def plan_2030() -> LandBudget:
    return lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)


# -- land budgets and their diffs ---------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(budget=printed_land_budgets())
def test_a_land_budget_reads_back_from_its_exact_frame(budget: LandBudget) -> None:
    assert LandBudget.from_frame(budget.to_frame(exact=True)) == budget


@settings(max_examples=20, deadline=None)
@given(budget=printed_land_budgets())
def test_a_land_budget_reads_back_from_polars_and_csv_given_year_and_total(
    budget: LandBudget,
) -> None:
    exact = budget.to_frame(exact=True)
    text = exact.astype({"area_ha": str, "resolution_ha": str}).replace("None", "")
    csv = io.StringIO(text.to_csv(index=False))
    polars = pl.from_pandas(exact.astype({"area_ha": str, "resolution_ha": str}))
    for table in (csv, polars):
        back = LandBudget.from_frame(
            table, year=budget.year, total=budget.total, tolerance=budget.tolerance
        )
        assert back == budget


def test_a_land_budget_frame_plots_with_hectares_in_the_column_names() -> None:
    budget = plan_2030()
    frame = budget.to_frame()
    assert list(frame.columns) == [
        "code",
        "name",
        "english",
        "area_ha",
        "qualifier",
        "resolution_ha",
    ]
    assert isinstance(frame["code"].dtype, pd.CategoricalDtype)
    assert frame["area_ha"].sum() == float(budget.allocated.magnitude)
    plots(frame[["area_ha"]])
    exact = budget.to_frame(exact=True)
    assert exact["area_ha"].tolist() == [item.area.hectares for item in budget.allocations]
    assert exact.attrs == {"year": 2030, "total": budget.total, "tolerance_ha": None}


BAD_BUDGETS = [
    ("code,name,area_ha\nA B,Đất A,5\n", 2, "code", "joined by '-'"),
    ("code,name\na,Đất A\n", 1, "area_ha", "a required column is missing"),
    ("code,name,area_ha\na,Đất A,-5\n", 2, "area_ha", "a negative amount"),
    ("code,name,area_ha\na,Đất A,5\nb,,6\n", 3, "name", "an empty cell"),
    ("code,name,area_ha\na,Đất A,5\na,Đất B,6\n", 3, "code", "given twice: first in row 2"),
    ("code,name,area_ha,qualifier\na,Đất A,5,roughly\n", 2, "qualifier", "unknown qualifier"),
    ("code,name,area_ha,resolution_ha\na,Đất A,5,0\n", 2, "resolution_ha", "above zero"),
    ("code,name,area_ha,colour\na,Đất A,5,red\n", 1, "colour", "an unknown column"),
]


@pytest.mark.parametrize(("text", "row", "column", "says"), BAD_BUDGETS)
def test_a_bad_budget_table_names_file_row_and_column(
    text: str, row: int, column: str, says: str
) -> None:
    budget = plan_2030()
    with pytest.raises(TableError) as caught:
        LandBudget.from_frame(io.StringIO(text), year=2030, total=budget.total, name="đất.csv")
    assert f"đất.csv, row {row}, column {column}: " in str(caught.value)
    assert says in str(caught.value)


def test_a_budget_table_without_year_or_total_says_what_is_missing() -> None:
    with pytest.raises(
        InvalidValueError,
        match=r"year must be given, as an argument or in the frame's attrs, got \{\}",
    ):
        LandBudget.from_frame(io.StringIO("code,name,area_ha\na,A,5\n"))


def test_a_budget_diff_frame_has_a_row_per_changed_class_and_its_change() -> None:
    budget = plan_2030()
    scenario = budget.with_areas(by={"tariff-civil": 500, "tariff-other": -500})
    change = diff(budget, scenario)
    frame = change.to_frame()
    assert frame.columns.tolist() == [
        "code",
        "kind",
        "name",
        "before_ha",
        "before_qualifier",
        "after_ha",
        "after_qualifier",
        "change_ha",
    ]
    assert dict(zip(frame["code"], frame["change_ha"], strict=True)) == {
        code: float(value.magnitude) for code, value in change.by_class().items()
    }
    plots(frame[["before_ha", "after_ha", "change_ha"]])
    exact = change.to_frame(exact=True)
    assert exact["change_ha"].tolist() == [c.change.magnitude for c in change.changes]
    caption, header, rows = parse(change._repr_html_())
    assert caption == "<BudgetDiff 2030 → 2030: 2 classes changed>"
    assert header == frame.columns.tolist()
    assert [row[1] for row in rows] == [c.kind.value for c in change.changes]


def test_the_land_budget_table_escapes_its_cells() -> None:
    budget = plan_2030()
    odd = LandBudget.from_frame(
        io.StringIO("code,name,area_ha\na,<b>Đất & nước</b>,5\n"), year=2030, total=budget.total
    )
    html = odd._repr_html_()
    assert "<b>" not in html
    caption, header, rows = parse(html)
    assert caption.startswith("<LandBudget 2030: 1 classes")
    assert header[:4] == ["code", "name", "english", "area_ha"]
    assert rows == [["a", "<b>Đất & nước</b>", "", "5", "", ""]]


# -- task logs ----------------------------------------------------------------------------


task_logs = task_lists(max_size=5)


@settings(max_examples=40, deadline=None)
@given(items=task_logs)
def test_a_task_log_reads_back_from_its_exact_frame_with_its_stated_counts(
    items: tuple[Any, ...],
) -> None:
    log = TaskLog(tasks=items, stated=lang_son_tasks().stated)
    assert TaskLog.from_frame(log.to_frame(exact=True)) == log
    assert TaskLog.from_frame(pl.from_pandas(log.to_frame(exact=True))) == TaskLog(tasks=items)


@settings(max_examples=20, deadline=None)
@given(items=task_logs)
def test_the_days_late_are_the_days_from_deadline_to_completion(items: tuple[Any, ...]) -> None:
    frame = TaskLog(tasks=items).to_frame()
    expected = [
        float("nan") if t.due is None or t.completed is None else float((t.completed - t.due).days)
        for t in items
    ]
    assert np.array_equal(frame["days_late"].to_numpy(), np.array(expected), equal_nan=True)
    assert frame["days_late"].dtype == np.float64


BAD_TASKS = [
    ("code,title,source,assigned\nA B,A,decision,2020-02-03\n", 2, "code", "joined by '-'"),
    (
        "code,title,source,assigned,completed\na,A,decision,2020-02-03,2020-01-01\n",
        2,
        "completed",
        "completed must not be earlier than assigned (2020-02-03), got 2020-01-01",
    ),
    ("code,title,source\na,A,decision\n", 1, "assigned", "a required column is missing"),
    ("code,title,source,assigned\na,A,decision,2020-02-30\n", 2, "assigned", "not a date"),
    ("code,title,source,assigned\na,A,email,2020-02-03\n", 2, "source", "email"),
    (
        "code,title,source,assigned,due\na,A,decision,2020-02-03,2020-01-01\n",
        2,
        "due",
        "due must not be earlier than assigned (2020-02-03), got 2020-01-01",
    ),
    (
        "code,title,source,assigned,reference\na,A,decision,2020-02-03,hello\n",
        2,
        "reference",
        "hello",
    ),
    (
        "code,title,source,assigned\na,A,decision,2020-02-03\na,B,decision,2020-02-04\n",
        3,
        "code",
        "given twice: first in row 2",
    ),
]


@pytest.mark.parametrize(("text", "row", "column", "says"), BAD_TASKS)
def test_a_bad_task_table_names_file_row_and_column(
    text: str, row: int, column: str, says: str
) -> None:
    with pytest.raises(TableError) as caught:
        TaskLog.from_frame(io.StringIO(text), name="tasks.csv")
    assert f"tasks.csv, row {row}, column {column}: " in str(caught.value)
    assert says in str(caught.value)


def test_the_stated_counts_frame_plots_and_keeps_what_is_not_stated_empty() -> None:
    log = lang_son_tasks()
    frame = log.stated_frame()
    assert frame["key"].tolist() == [count.key for count in log.stated]
    assert frame["assigned"].tolist() == [float(count.assigned) for count in log.stated]
    plots(frame[["assigned", "on_time", "not_on_time", "completed", "on_time_percent"]])
    exact = log.stated_frame(exact=True)
    assert exact["assigned"].dtype == "Int64"
    first = log.stated[0]
    assert exact["on_time_percent"].tolist()[0] == first.on_time_ratio().value * 100
    assert exact["start"].tolist()[0].date() == first.period.start


# -- portfolios ---------------------------------------------------------------------------


def portfolio() -> Portfolio:
    return Portfolio(
        name="<khu & kho>",
        projects=[
            Project(
                code="a",
                name="A",
                capital_source="fdi",
                total_investment="khoảng 20 triệu USD",
                land_area="143,7 ha",
                milestones=[
                    Milestone(kind="investment-approved", actual=dt.date(2020, 1, 6)),
                    Milestone(
                        kind="construction-started",
                        planned=dt.date(2021, 3, 1),
                        actual=dt.date(2021, 5, 10),
                    ),
                ],
            ),
            Project(code="b", name="B", total_investment="1.034 tỷ đồng", status="in-operation"),
            Project(code="c", name="C"),
        ],
    )


def test_a_portfolio_frame_has_a_capital_column_per_currency() -> None:
    projects = portfolio()
    frame = projects.to_frame()
    assert frame.columns.tolist() == [
        "code",
        "name",
        "investor",
        "capital_source",
        "status",
        "zone",
        "registered_capital_qualifier",
        "total_investment_million_usd",
        "total_investment_billion_vnd",
        "total_investment_qualifier",
        "land_area_ha",
        "start",
        "milestones",
    ]
    usd = frame["total_investment_million_usd"].tolist()
    assert usd[0] == 20.0
    assert np.isnan(usd[1:]).all()
    assert frame["total_investment_billion_vnd"].tolist()[1] == 1034.0
    assert frame["total_investment_qualifier"].tolist()[0] == "about"
    assert frame["land_area_ha"].tolist()[0] == 143.7
    assert frame["capital_source"].tolist()[0] == "foreign-direct"
    assert frame["start"].tolist()[0].date() == dt.date(2020, 1, 6)
    plots(frame[["total_investment_billion_vnd", "land_area_ha", "milestones"]])
    exact = projects.to_frame(exact=True)
    assert exact["total_investment"].tolist()[:2] == [Decimal(20), Decimal(1034)]
    assert exact["total_investment_unit"].tolist()[:2] == ["million_USD", "billion_VND"]
    assert {key: exact.attrs[key] for key in ("name", "as_of", "note")} == {
        "name": "<khu & kho>",
        "as_of": None,
        "note": None,
    }
    # the exact frame is the projects table: the derived start and count left out
    assert "start" not in exact.columns
    assert "milestones" not in exact.columns


def test_the_milestones_frame_has_a_row_per_milestone_and_its_delay() -> None:
    frame = portfolio().milestones_frame()
    assert frame["project"].tolist() == ["a", "a"]
    assert frame["kind"].tolist() == ["investment-approved", "construction-started"]
    assert np.isnan(frame["delay_days"].tolist()[0])
    assert frame["delay_days"].tolist()[1] == 70.0
    # exact: the table from_frame reads, without the derived delay
    exact = portfolio().milestones_frame(exact=True)
    assert exact.columns.tolist() == [
        "project",
        "kind",
        "phase",
        "name",
        "planned",
        "actual",
        "note",
    ]


def test_the_portfolio_table_escapes_its_caption_and_names_each_project() -> None:
    html = portfolio()._repr_html_()
    assert "<khu" not in html
    caption, header, rows = parse(html)
    assert caption == repr(portfolio())
    assert header[:3] == ["code", "name", "investor"]
    assert [row[0] for row in rows] == ["a", "b", "c"]
    assert rows[1][header.index("total_investment")] == "1034"


# -- capital plans ------------------------------------------------------------------------


def test_the_ratios_over_time_are_the_plans_ratios_on_each_day() -> None:
    plan = seed_capital_plan()
    frame = plan.ratio_frame()
    days = [day.date() for day in frame["as_of"]]
    assert days == sorted({d.date for d in plan.disbursements} | {plan.window.end})
    assert frame["disbursed_million_vnd"].tolist() == [
        float(plan.disbursed(day).magnitude) for day in days
    ]
    assert frame["disbursed_of_plan_percent"].tolist() == [
        pytest.approx(float(plan.ratio(day).ratio) * 100) for day in days
    ]
    assert np.isnan(frame["disbursed_of_allocated_percent"]).all()  # nothing allocated
    plots(frame.set_index("as_of"))
    exact = plan.ratio_frame(exact=True)
    assert exact["disbursed_of_plan_percent"].tolist() == [
        pytest.approx(plan.ratio(day).ratio * 100, rel=Decimal("1e-25")) for day in days
    ]
    assert exact.attrs == {"plan": plan.code, "unit": "million_VND"}


def test_days_before_the_first_version_have_no_ratio_row() -> None:
    plan = seed_capital_plan()
    first = plan.versions[0].date
    frame = plan.ratio_frame([first - dt.timedelta(days=1), first])
    assert [day.date() for day in frame["as_of"]] == [first]


def test_the_capital_plan_table_shows_the_ratios() -> None:
    plan = seed_capital_plan()
    caption, header, rows = parse(plan._repr_html_())
    assert caption == repr(plan)
    assert header == plan.ratio_frame().columns.tolist()
    assert len(rows) == len(plan.ratio_frame())
    assert rows[0][0] == str(plan.disbursements[0].date)


# -- statements and findings --------------------------------------------------------------

REPORT = (
    "Năm 2021, tổng số phí thu được đạt 664.127 triệu đồng, tăng 40,2% so với cùng kỳ, "
    "trong đó phí sang tải 100.751 triệu đồng; phí ra vào cửa khẩu 563.376 triệu đồng. "
    "Thu 100 tỷ đồng, trong đó 70 tỷ đồng và 40 tỷ đồng. Kim ngạch giảm 5% so với năm 2020."
)


def test_statements_make_a_row_per_figure_with_its_parts_after_it() -> None:
    read = parse_statements(REPORT)
    assert isinstance(read, list)
    frame = read.to_frame()
    flat = [statement for item in read for statement in item.walk()]  # type: ignore[union-attr]
    assert frame["subject"].tolist() == [statement.subject for statement in flat]
    assert frame["value"].tolist() == [float(statement.value.value) for statement in flat]
    assert frame["unit"].tolist()[:3] == ["million_VND"] * 3
    assert np.isnan(frame["parent"][0])
    assert frame["parent"].tolist()[1:3] == [0.0, 0.0]
    assert frame["depth"].tolist()[:3] == [0.0, 1.0, 1.0]
    assert frame["comparison"].tolist()[0] == "growth"
    assert frame["comparison_value"].tolist()[0] == 40.2
    assert frame["comparison_value"].tolist()[-1] == -5.0
    assert frame["start"].tolist()[0].year == 2021
    plots(frame[["value", "comparison_value"]])
    exact = read.to_frame(exact=True)
    assert exact["value"].tolist() == [statement.value.value for statement in flat]
    assert exact["parent"].tolist()[1] == 0
    assert exact.attrs == {"unparsed": ()}


def test_a_long_chain_of_parts_makes_a_frame_without_recursion() -> None:
    text = "Tổ chức 1 cuộc" + ", trong đó 1 cuộc" * 3000 + "."
    frame = parse_statements(text).to_frame(exact=True)
    assert frame["depth"].max() == len(frame) - 1


def test_findings_make_a_row_each_with_what_the_figures_allow() -> None:
    found = audit(parse_statements(REPORT))
    assert [f.kind for f in found] == [FindingKind.COMPONENTS_SUM]
    frame = found.to_frame()
    assert frame["kind"].tolist() == ["components_sum"]
    assert frame["subject"].tolist() == [found[0].statements[0].subject]
    assert frame[["stated", "allowed_low", "allowed_high"]].to_numpy().tolist() == [
        [100.0, 109.0, 111.0]
    ]
    assert frame["explanation"].tolist() == [found[0].explain("en")]
    assert found.to_frame(lang="vi")["explanation"].tolist() == [found[0].explain("vi")]
    plots(frame[["stated", "allowed_low", "allowed_high"]])
    exact = found.to_frame(exact=True)
    assert exact["allowed_high"].tolist() == [Decimal(111)]
    caption, header, rows = parse(found._repr_html_())
    assert caption == "<Findings: 1, 1 inconsistent>"
    assert header[:3] == ["severity", "kind", "subject"]
    assert rows[0][header.index("allowed_low")] == "109"
    assert audit_documents({"a": parse_statements(REPORT)}).to_frame().shape[0] == 1


def test_an_open_interval_and_an_unreadable_figure_leave_empty_cells() -> None:
    found = audit(parse_statements("Thu trên 100 tỷ đồng, trong đó 70 tỷ đồng và 20 tỷ đồng."))
    unread = audit([Unparsed(text="344.8 tỷ đồng", span=(0, 13), reason="a bad grouping")])
    frame = Findings([*found, *unread]).to_frame(exact=True)
    assert frame["printed"].tolist()[-1] == "344.8 tỷ đồng"
    assert frame["allowed_low"].tolist()[-1] is None
    assert pd.isna(frame["stated_unit"].tolist()[-1])


def test_the_statements_table_escapes_the_report_text() -> None:
    read = parse_statements("Thu <b>phí</b> đạt 5 tỷ đồng. 344.8 tỷ đồng")
    html = read._repr_html_()
    assert "<b>" not in html
    caption, header, rows = parse(html)
    assert caption == f"<Statements: {len(read)} read, 1 not>"
    assert header[0] == "subject"
    assert rows[0][0] == read[0].subject  # type: ignore[union-attr]
    assert "<b>" in rows[0][0]


# -- fees: assessments, growths, attainments ----------------------------------------------


@settings(max_examples=30, deadline=None)
@given(rows=st.lists(crossing_rows(), min_size=1, max_size=8))
def test_the_assessments_frame_gives_the_fee_its_split_and_what_was_applied(
    rows: list[dict[str, Any]],
) -> None:
    done = [USER.assess(Crossing(**row)) for row in rows]
    frame = assessments_frame(done)
    assert frame["fee_dong"].tolist() == [float(item.fee) for item in done]
    assert frame["fee_dong"].tolist() == USER.assess_many(columns_of(rows)).astype(float).tolist()
    assert (frame["collector_dong"] + frame["budget_dong"]).tolist() == frame["fee_dong"].tolist()
    assert frame["capped"].tolist() == [item.capped for item in done]
    assert frame["version"].tolist() == [item.version.id for item in done]
    exact = assessments_frame(done, exact=True)
    assert exact["fee_dong"].tolist() == [Decimal(item.fee) for item in done]
    for item, factor in zip(done, exact["factor"], strict=True):
        expected = Decimal(1)
        for coefficient in item.coefficients:
            expected *= coefficient.factor
        assert factor == expected
    numbers = frame.select_dtypes("number").columns.tolist()
    assert numbers == ["payload_tonne", "factor", "fee_dong", "collector_dong", "budget_dong"]


def test_a_fee_growth_frame_has_a_row_per_growth_the_records_give() -> None:
    fees = seed_fee_collections()
    frame = fees.growth_frame()
    assert len(frame) > 0
    for row in frame.itertuples():
        period = Period(start=row.start.date(), end=row.end.date())
        line = FeeLine.parse(row.line)
        growth = fees.growth(period, line=line, gate=None if pd.isna(row.gate) else row.gate)
        assert row.growth_percent == pytest.approx(float(growth.rate) * 100)
        assert row.previous_start.date() == growth.previous_period.start
        assert row.basis == growth.basis.value
    plots(frame[["current_million_vnd", "previous_million_vnd", "growth_percent"]])
    exact = fees.growth_frame(exact=True)
    assert exact["current_million_vnd"].map(type).eq(Decimal).all()


def test_a_fee_attainment_frame_has_a_row_per_estimate_or_stated_attainment() -> None:
    fees = seed_fee_collections()
    frame = fees.attainment_frame()
    assert len(frame) > 0
    for row in frame.itertuples():
        period = Period(start=row.start.date(), end=row.end.date())
        reached = fees.attainment(period, line=FeeLine.parse(row.line))
        assert row.attainment_percent == pytest.approx(float(reached.ratio) * 100)
        assert row.matches_stated == reached.matches_stated()
    plots(frame[["amount_million_vnd", "estimate_million_vnd", "attainment_percent"]])


def test_empty_collections_make_empty_frames_with_their_columns() -> None:
    empty = FeeCollections(records=[])
    assert empty.growth_frame().columns.tolist()[:4] == ["line", "gate", "start", "end"]
    assert len(empty.attainment_frame()) == 0
    assert len(empty.to_frame()) == 0


# -- projections --------------------------------------------------------------------------


def test_a_growth_path_frame_has_a_row_per_year_ending_on_the_target() -> None:
    path = growth_path(amount(344.8, "billion_VND"), amount(664, "billion_VND"), 2020, 2025)
    frame = path.to_frame()
    assert [day.year for day in frame["start"]] == list(range(2020, 2026))
    assert frame["value_billion_vnd"].tolist()[-1] == 664.0
    plots(frame.set_index("start")[["value_billion_vnd"]])
    exact = path.to_frame(exact=True)
    assert exact["value_billion_vnd"].tolist() == [value.magnitude for _, value in path.path()]


# -- the conventions ----------------------------------------------------------------------


FRAMES = {
    "fee collections": lambda: seed_fee_collections().to_frame(),
    "ledger": lambda: seed_trade_ledger().to_frame(),
    "land budget": lambda: plan_2030().to_frame(),
    "task log": lambda: lang_son_tasks().to_frame(),
    "portfolio": lambda: lang_son_projects().to_frame(),
    "capital plan": lambda: seed_capital_plan().ratio_frame(),
    "statements": lambda: parse_statements(REPORT).to_frame(),
}


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_without_pandas_a_frame_names_the_extra(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'dongdang\[pandas\]'"):
        FRAMES[name]()


def test_a_long_table_shows_its_first_rows_and_says_how_many() -> None:
    columns = FrameColumns(exact=True)
    columns.count("n", list(range(HTML_ROWS + 5)))
    columns.flag("even", [n % 2 == 0 for n in range(HTML_ROWS + 5)])
    caption, header, rows = parse(columns.html("<numbers>"))
    assert caption == f"<numbers> (the first {HTML_ROWS} of {HTML_ROWS + 5} rows)"
    assert header == ["n", "even"]
    assert rows[:2] == [["0", "true"], ["1", "false"]]
    assert len(rows) == HTML_ROWS
    assert parse(FrameColumns(exact=False).html("<nothing>")) == ("<nothing>", [], [])


def test_the_ledger_table_shows_its_first_flows() -> None:
    ledger = seed_trade_ledger()
    caption, header, rows = parse(ledger._repr_html_())
    assert caption.startswith(repr(ledger))
    assert header[:3] == ["value", "direction", "measure"]
    assert len(rows) == min(len(ledger), HTML_ROWS)
    first = next(iter(ledger)).value
    assert rows[0][0] == format(magnitude_in(first, ledger.currency), "f")


def test_totals_and_growth_tables_show_as_tables() -> None:
    ledger = seed_trade_ledger()
    totals = ledger.totals(("gate", "year"))
    caption, header, rows = parse(totals._repr_html_())
    assert header == ["gate", "start", "end", "value"]
    assert len(rows) == len(totals)
    table = ledger.growth_table("year", by="direction")
    caption, header, rows = parse(table._repr_html_())
    assert caption.startswith("<GrowthTable of years by direction")
    assert header == ["direction", "start", "end", "current_usd", "previous_usd", "growth_percent"]
    assert len(rows) == len(table.to_frame())


def test_a_nullable_flag_stays_a_flag_and_a_missing_period_has_no_days() -> None:
    columns = FrameColumns(exact=False)
    columns.flag("known", [True, None])
    columns.period([Period.year(2024), None])
    frame = columns.frame()
    assert str(frame["known"].dtype) == "boolean"
    assert pd.isna(frame["start"][1])


def test_a_spreadsheet_of_tasks_may_cite_the_document_in_one_column() -> None:
    text = (
        "code,title,source,assigned,reference,reference_number,reference_kind\n"
        "a,A,conclusion-notice,2020-03-12,Thông báo số 105/TB-UBND ngày 12/3/2020,,\n"
        "b,B,decision,2020-03-12,,105/TB-UBND,\n"
        "c,C,decision,2020-03-12,,7/QĐ-UBND,Quyết định\n"
        "d,D,decision,2020-03-12,,7/QĐ-UBND,Luật\n"
    )
    with pytest.raises(TableError) as caught:
        TaskLog.from_frame(io.StringIO(text), name="tasks.csv")
    assert "tasks.csv, row 5, column reference: " in str(caught.value)
    log = TaskLog.from_frame(io.StringIO(text.rsplit("d,D", 1)[0]))
    first, second, third = (task.reference for task in log.tasks)
    assert first is not None
    assert (first.number, first.signed) == ("105/TB-UBND", dt.date(2020, 3, 12))
    assert second is not None
    assert (second.number, second.kind, second.issuer) == ("105/TB-UBND", first.kind, None)
    assert third is not None
    assert third.kind.value == "Quyết định"


def test_a_plan_without_versions_has_no_ratio_rows() -> None:
    plan = attrs.evolve(seed_capital_plan(), versions=(), allocations=(), disbursements=())
    frame = plan.ratio_frame()
    assert len(frame) == 0
    assert "disbursed_of_plan_percent" in frame.columns


def test_a_record_without_last_year_or_a_stated_growth_has_no_growth_row() -> None:
    fees = seed_fee_collections()
    first = next(iter(fees))
    alone = FeeCollections(records=[attrs.evolve(first, stated_growth=None)])
    assert len(alone.growth_frame()) == 0


def test_totals_by_a_flag_keep_it_a_flag() -> None:
    ledger = seed_trade_ledger()
    frame = ledger.totals(("estimated",)).to_frame()
    assert frame["estimated"].dtype == bool
    assert frame["value_usd"].sum() == float(ledger.total().magnitude)


def test_coded_columns_keep_their_codes_and_show_their_values() -> None:
    columns = FrameColumns(exact=False)
    columns.coded("gate", np.array([0, 2, 1, 0]), ["a", None, "a", "b"][:3])
    frame = columns.frame()
    assert frame["gate"].tolist()[:2] == ["a", "a"]
    assert pd.isna(frame["gate"][2])
    assert list(frame["gate"].cat.categories) == ["a"]
    caption, header, rows = parse(columns.html("<gates>"))
    assert (caption, header) == ("<gates>", ["gate"])
    assert rows == [["a"], ["a"], [""], ["a"]]


@pytest.mark.parametrize(
    ("given", "name"), [({}, "year"), ({"year": 2030}, "total")], ids=["no-year", "no-total"]
)
def test_a_budget_table_without_year_or_total_carries_the_missing_one_and_survives_pickle(
    given: dict[str, object], name: str
) -> None:
    text = io.StringIO("code,name,area_ha\na,A,5\n")
    assert_carries(
        lambda: LandBudget.from_frame(text, **given),  # type: ignore[arg-type]
        InvalidValueError,
        name=name,
        value={},
    )
