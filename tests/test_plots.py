"""Charts: the data each plots and the words it writes, checked on the Agg backend, never pixels."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from fractions import Fraction
from typing import Any

import matplotlib as mpl
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from dongdang import plots
from dongdang.errors import InvalidTypeError, InvalidValueError, UnknownCodeError
from dongdang.fees.comparison import compare
from dongdang.fees.reforms import Reform, ScaleRate, SetCap
from dongdang.gates import ClearingStatus, lang_son_gates
from dongdang.investment import seed_capital_plan
from dongdang.periods import Period
from dongdang.projections import disbursement_pace
from dongdang.trade.ledger import TradeLedger
from dongdang.zoning import lang_son_plans
from fee_tables import USER, columns_of
from strategies import flow

mpl.use("Agg")


def comparison_table() -> Any:
    rows = [
        {"date": dt.date(2025, 8, 1), "container": "40ft", "regime": "export", "goods": "ore"},
        {"date": dt.date(2025, 8, 2), "payload": 1, "regime": "import", "goods": "fruit"},
        {"date": dt.date(2025, 8, 3), "container": "20ft", "regime": "export", "goods": "ore"},
    ]
    columns = columns_of(rows)
    columns["gate"] = np.array(["huu-nghi", "tan-thanh", "huu-nghi"])
    cap = Reform(
        id="cap", start=dt.date(2025, 7, 1), vi="Trần", en="Cap", changes=[SetCap(amount=2_500_000)]
    )
    return compare(columns, USER, cap).by("gate")


def tick_texts(axis: Any) -> list[str]:
    axis.figure.canvas.draw()
    return [label.get_text() for label in axis.get_ticklabels()]


def test_fee_comparison_plots_both_schedules_by_group_in_millions() -> None:
    table = comparison_table()
    ax = plots.fee_comparison(table, names={"huu-nghi": "Hữu Nghị", "tan-thanh": "Tân Thanh"})
    baseline, reform = ax.containers
    assert [bar.get_height() for bar in baseline] == [row.baseline / 1e6 for row in table]
    assert [bar.get_height() for bar in reform] == [row.reform / 1e6 for row in table]
    assert [label.get_text() for label in ax.get_xticklabels()] == ["Hữu Nghị", "Tân Thanh"]
    assert ax.get_ylabel() == "Số phí (triệu đồng)"
    assert ax.get_xlabel() == "Cửa khẩu"
    difference = table.total().difference
    change = plots.number(float(abs(Decimal(difference)) / 1_000_000))
    effect = "giảm" if difference < 0 else "tăng"
    assert ax.get_title() == (
        f"Số phí: hiện hành và kịch bản\n(kịch bản {effect} {change} triệu đồng)"
    )
    assert [text.get_text() for text in ax.get_legend().get_texts()] == ["Hiện hành", "Kịch bản"]
    assert all("." not in text or "," not in text for text in tick_texts(ax.yaxis))


def test_fee_comparison_in_english_names_the_lines_in_english() -> None:
    rows = [
        {
            "date": dt.date(2025, 8, 1),
            "container": "40ft",
            "regime": "export",
            "goods": "ore",
            "journey": "yard_only",
        },
        {"date": dt.date(2025, 8, 2), "payload": 1, "regime": "import", "goods": "fruit"},
    ]
    table = compare(columns_of(rows), USER, USER).by("line", "month")
    ax = plots.fee_comparison(table, lang="en")
    assert [label.get_text() for label in ax.get_xticklabels()] == [
        "entry–exit fee · 2025-08",
        "transshipment fee · 2025-08",
    ]
    assert ax.get_xlabel() == "Fee line · month"
    assert ax.get_title() == "Fee: baseline and reform\n(the reform changes nothing)"


def test_fee_comparison_says_a_rise_in_words() -> None:
    rows = [{"date": dt.date(2025, 8, 1), "payload": 1, "regime": "export", "goods": "fruit"}]
    rise = Reform(
        id="x2",
        start=dt.date(2025, 7, 1),
        vi="Gấp đôi",
        en="Double",
        changes=[ScaleRate(vehicle="[0, 2)", regime="export", factor=Decimal(2))],
    )
    table = compare(columns_of(rows), USER, rise).by("month")
    difference = table.total().difference
    assert difference > 0
    change = plots.number(float(Decimal(difference) / 1_000_000))
    vietnamese = plots.fee_comparison(table).get_title()
    assert vietnamese == f"Số phí: hiện hành và kịch bản\n(kịch bản tăng {change} triệu đồng)"
    english = plots.fee_comparison(table, lang="en").get_title()
    in_english = plots.number(float(Decimal(difference) / 1_000_000), "en")
    assert english.endswith(f"(the reform raises it by {in_english} million VND)")


def test_vietnamese_ticks_use_vietnamese_number_format_and_english_ticks_english() -> None:
    assert plots.number(1234567.5) == "1.234.567,5"
    assert plots.number(1234567.5, "en") == "1,234,567.5"
    version = lang_son_plans().plan("kkt-dong-dang").version("to-2030")
    budgets = {"2030": version.budget(2030)}
    vietnamese = tick_texts(plots.land_budgets(budgets).xaxis)
    english = tick_texts(plots.land_budgets(budgets, lang="en").xaxis)
    assert any("." in text for text in vietnamese)
    assert not any("," in text for text in vietnamese)
    assert [text.replace(".", "") for text in vietnamese] == [
        text.replace(",", "") for text in english
    ]


def test_disbursement_plots_the_steps_the_target_and_both_paces() -> None:
    plan = seed_capital_plan()
    as_of = dt.date(2020, 5, 25)
    pace = disbursement_pace(plan, as_of)
    ax = plots.disbursement(plan, as_of)
    done, target, so_far, needed = ax.get_lines()
    since = pace.since
    end = float((pace.deadline - since).days)
    now = float((as_of - since).days)
    assert list(done.get_xdata()) == [0.0, now]
    assert list(done.get_ydata()) == [0.0, 42119.0]
    assert list(target.get_ydata()) == [float(pace.target)] * 2
    assert list(needed.get_xdata()) == [now, end]
    assert list(needed.get_ydata()) == [42119.0, float(pace.target)]
    expected_end = 42119 + pace.pace_so_far * pace.months_remaining
    assert so_far.get_ydata()[1] == pytest.approx(float(expected_end))
    assert [label.get_text() for label in ax.get_xticklabels()] == [
        "01/01/2020",
        "25/05/2020",
        "31/01/2021",
    ]
    assert ax.get_ylabel() == "Lũy kế (triệu đồng)"
    assert ax.get_title() == "Giải ngân kế hoạch vốn năm 2020"
    assert [text.get_text() for text in ax.get_legend().get_texts()] == [
        "Đã giải ngân",
        "Mục tiêu kế hoạch",
        "Theo nhịp độ hiện nay",
        "Nhịp độ cần đạt",
    ]


def test_disbursement_in_english_with_a_share() -> None:
    plan = seed_capital_plan()
    ax = plots.disbursement(plan, dt.date(2020, 9, 30), share=Decimal("0.95"), lang="en")
    done = ax.get_lines()[0]
    amounts = [Fraction(item.amount.magnitude) for item in plan.disbursements]
    assert list(done.get_ydata()) == [0.0, float(amounts[0]), float(amounts[0] + amounts[1])]
    assert ax.get_lines()[1].get_ydata()[0] == pytest.approx(
        float(plan.total(dt.date(2020, 9, 30)).magnitude) * 0.95
    )
    assert ax.get_xticklabels()[2].get_text() == "31 January 2021"
    assert ax.get_title() == "Disbursement of the 2020 capital plan"


def test_the_disbursement_dates_at_the_edges_are_written_inward() -> None:
    ax = plots.disbursement(seed_capital_plan(), dt.date(2020, 5, 25), lang="en")
    first, middle, last = ax.get_xticklabels()
    assert first.get_horizontalalignment() == "left"
    assert middle.get_horizontalalignment() == "center"
    assert last.get_horizontalalignment() == "right"
    figure = ax.figure
    canvas = FigureCanvasAgg(figure)  # a Figure made without pyplot has no canvas of its own
    canvas.draw()
    renderer = canvas.get_renderer()
    box = figure.bbox
    for label in (first, last):
        extent = label.get_window_extent(renderer)
        assert box.x0 <= extent.x0, label.get_text()
        assert extent.x1 <= box.x1, label.get_text()


def test_trade_growth_plots_values_and_growth_by_gate() -> None:
    items = [
        flow(100, period=Period.month(2023, 1), gate="huu-nghi"),
        flow(150, period=Period.month(2024, 1), gate="huu-nghi"),
        flow(80, period=Period.month(2024, 1), gate="chi-ma"),
        flow(40, period=Period.month(2024, 2), gate="chi-ma"),
    ]
    ledger = TradeLedger()
    ledger.extend(items)
    table = ledger.growth_table("month", by="gate")
    figure = plots.trade_growth(table, names={"huu-nghi": "Hữu Nghị", "chi-ma": "Chi Ma"})
    top, bottom = figure.axes
    lines = {line.get_label(): line for line in top.get_lines()}
    growth = {line.get_label(): line for line in bottom.get_lines() if line.get_label()[0] != "_"}
    months = [period.label() for period in table.periods]
    at = months.index("tháng 1/2024")
    assert lines["Hữu Nghị"].get_ydata()[at] == pytest.approx(150 / 1e6)
    assert growth["Hữu Nghị"].get_ydata()[at] == pytest.approx(50.0)
    assert np.isnan(growth["Chi Ma"].get_ydata()[at])
    assert np.isnan(lines["Chi Ma"].get_ydata()[0])
    assert [label.get_text() for label in bottom.get_xticklabels()] == months
    assert top.get_ylabel() == "Giá trị (triệu USD)"
    assert bottom.get_ylabel() == "Tăng so với cùng kỳ (%)"
    total = plots.trade_growth(ledger.growth_table("year"), lang="en")
    assert [line.get_label() for line in total.axes[0].get_lines()] == ["Total"]
    assert total.axes[0].get_title() == "Trade and its growth"


def test_trade_growth_draws_into_a_given_figure() -> None:
    ledger = TradeLedger()
    ledger.extend(
        [flow(100, period=Period.month(2023, 1)), flow(150, period=Period.month(2024, 1))]
    )
    outer = plots._matplotlib().Figure(figsize=(12, 6), layout="constrained")
    left, right = outer.subfigures(1, 2)
    drawn = plots.trade_growth(ledger.growth_table("year"), figure=right)
    assert drawn is right
    assert len(right.axes) == 2
    assert left.axes == []
    assert right.axes[1].get_lines()[0].get_ydata()[-1] == pytest.approx(50.0)


def test_land_budgets_plot_each_class_for_each_budget() -> None:
    version = lang_son_plans().plan("kkt-dong-dang").version("to-2030")
    budgets = {"2020": version.budget(2020), "2030": version.budget(2030)}
    ax = plots.land_budgets(budgets)
    first, second = ax.containers
    assert [bar.get_width() for bar in first] == [
        float(item.area.hectares) for item in budgets["2020"].allocations
    ]
    assert [bar.get_width() for bar in second] == [
        float(item.area.hectares) for item in budgets["2030"].allocations
    ]
    assert [label.get_text() for label in ax.get_yticklabels()] == [
        item.name for item in budgets["2020"].allocations
    ]
    assert ax.get_xlabel() == "Diện tích (ha)"
    # Each bar carries its area in the page's number format.
    written = [text.get_text() for text in ax.texts]
    assert written == [
        plots.number(float(item.area.hectares))
        for budget in budgets.values()
        for item in budget.allocations
    ]
    english = plots.land_budgets(budgets, lang="en")
    assert [text.get_text() for text in english.texts] == [
        plots.number(float(item.area.hectares), "en")
        for budget in budgets.values()
        for item in budget.allocations
    ]
    assert [label.get_text() for label in english.get_yticklabels()] == [
        item.english or item.name for item in budgets["2020"].allocations
    ]


def test_gate_status_colours_each_run_of_months_by_status() -> None:
    registry = lang_son_gates()
    start, end = dt.date(2019, 11, 1), dt.date(2025, 6, 1)
    ax = plots.gate_status(registry, start, end, codes=["huu-nghi", "tan-thanh"])
    assert [label.get_text() for label in ax.get_yticklabels()] == ["Hữu Nghị", "Tân Thanh"]
    months = plots._months(start, end)
    for row, code in enumerate(["huu-nghi", "tan-thanh"]):
        pair = registry.pair(code)
        runs = [
            collection
            for collection in ax.collections
            if collection.get_paths()[0].get_extents().y0 == pytest.approx(row - 0.4)
        ]
        covered = []
        for collection in runs:
            box = collection.get_paths()[0].get_extents()
            covered.append((int(box.x0), int(box.x1)))
            statuses = {pair.status_on(months[at]) for at in range(int(box.x0), int(box.x1))}
            assert len(statuses) == 1
        assert min(covered)[0] == 0
        assert max(covered)[1] == len(months)
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert set(legend) <= {"Thông quan", "Không thông quan", "Chưa rõ"}
    assert "Thông quan" in legend
    assert ClearingStatus.UNKNOWN.value == "unknown"
    everything = plots.gate_status(registry, start, start, lang="en")
    assert len(everything.get_yticklabels()) == len(registry.pairs)
    assert everything.get_title() == "Clearing status by month"


def test_charts_draw_on_the_axes_they_are_given() -> None:
    from matplotlib.figure import Figure  # noqa: PLC0415

    ax = Figure().add_subplot()
    assert plots.fee_comparison(comparison_table(), ax=ax) is ax


BAD: list[tuple[Any, type[Exception], str]] = [
    (lambda: plots.fee_comparison("table"), InvalidTypeError, "'table'"),  # type: ignore[arg-type]
    (
        lambda: plots.fee_comparison(comparison_table(), lang="fr"),  # type: ignore[arg-type]
        InvalidValueError,
        "'fr'",
    ),
    (lambda: plots.trade_growth([1, 2]), InvalidTypeError, "[1, 2]"),  # type: ignore[arg-type]
    (lambda: plots.land_budgets({}), InvalidValueError, "at least one budget"),
    (lambda: plots.land_budgets({"plan": 3}), InvalidTypeError, "'plan'"),  # type: ignore[dict-item]
    (
        lambda: plots.gate_status(lang_son_gates(), dt.date(2024, 1, 1), dt.date(2023, 1, 1)),
        InvalidValueError,
        "2023-01-01",
    ),
    (
        lambda: plots.gate_status(
            lang_son_gates(), dt.date(2024, 1, 1), dt.date(2024, 2, 1), codes=["atlantis"]
        ),
        UnknownCodeError,
        "atlantis",
    ),
]


@pytest.mark.parametrize(("make", "error", "named"), BAD)
def test_bad_inputs_are_refused_with_their_value_named(
    make: Any, error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as raised:
        make()
    assert named in str(raised.value)


def test_without_matplotlib_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(ImportError, match=r"pip install 'dongdang\[plot\]'"):
        plots.fee_comparison(comparison_table())


def _texts(figure: Any) -> list[str]:
    figure.canvas.draw()
    found = [text.get_text() for text in figure.findobj(mpl.text.Text)]
    return [text for text in found if text]


def test_vietnamese_charts_hold_no_english_word_no_code_and_no_english_number() -> None:
    from test_messages import ENGLISH_NUMBER, ENGLISH_WORDS, IDENTIFIER  # noqa: PLC0415

    version = lang_son_plans().plan("kkt-dong-dang").version("to-2030")
    plan_2030 = version.budget(2030)
    scenario = plan_2030.with_areas(by={"tariff-civil": 500, "tariff-other": -500})
    ledger = TradeLedger([flow(1234567, period=Period.month(2023, 1), gate="huu-nghi")])
    ledger.extend([flow(2345678, period=Period.month(2024, 1), gate="huu-nghi")])
    charts = [
        plots.fee_comparison(comparison_table()).figure,
        plots.disbursement(seed_capital_plan(), dt.date(2020, 5, 25)).figure,
        plots.trade_growth(ledger.growth_table("month", by="gate"), names={"huu-nghi": "Hữu Nghị"}),
        plots.land_budgets({"Quy hoạch 2030": plan_2030, "Kịch bản": scenario}).figure,
        plots.gate_status(lang_son_gates(), dt.date(2024, 1, 1), dt.date(2024, 6, 1)).figure,
    ]
    for figure in charts:
        texts = _texts(figure)
        assert texts
        for text in texts:
            assert IDENTIFIER.search(text) is None, text
            assert ENGLISH_WORDS.search(text) is None, text
            assert ENGLISH_NUMBER.search(text) is None, text
