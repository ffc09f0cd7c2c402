"""The report reads its periods from the dataset: other years, partial datasets.

Nothing in the report assumes the seed's years (2020, 2021, 2024) or that
every kind of record is there: a dataset of other years gives a report of
those years, and a section whose records are absent says so instead of
failing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from dongdang.__main__ import main
from dongdang.data import seed_dataset
from dongdang.errors import InvalidTypeError
from dongdang.fees import FeeCollections, FeeLine
from dongdang.fees.collections import FeeRecord
from dongdang.periods import Period
from dongdang.report import build_report, json_schema, render_json, render_markdown, render_text
from dongdang.tasks import TaskLog, TaskSource
from dongdang.trade import TradeLedger
from dongdang.units import amount
from strategies import languages

if TYPE_CHECKING:
    from pathlib import Path

    from dongdang.data import SeedFigure
    from dongdang.dataset import Dataset
    from dongdang.investment import CapitalPlan
    from dongdang.periods import Language
    from dongdang.report import Report

#: The years the seed's records are of, or compare with.
SEED_YEARS = ("2019", "2020", "2021", "2023", "2024")
SECTIONS = ("gates", "fees", "trade", "investment", "tasks")
SEED = seed_dataset()


def _day(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


def _period(period: Period, years: int) -> Period:
    return Period(start=_day(period.start, years), end=_day(period.end, years))


def _figure(figure: SeedFigure, years: int) -> SeedFigure:
    # the sentence and the note are the seed article's words about the seed's year
    return attrs.evolve(
        figure,
        period=_period(figure.period, years),
        as_of=None if figure.as_of is None else _day(figure.as_of, years),
        sentence="",
        note=None,
        note_vi=None,
    )


def _plan(plan: CapitalPlan, years: int) -> CapitalPlan:
    return attrs.evolve(
        plan,
        year=plan.year + years,
        versions=[attrs.evolve(v, date=_day(v.date, years)) for v in plan.versions],
        disbursements=[attrs.evolve(d, date=_day(d.date, years)) for d in plan.disbursements],
        allocations=[attrs.evolve(a, date=_day(a.date, years)) for a in plan.allocations],
    )


def shifted(data: Dataset, years: int) -> Dataset:
    """The dataset's fee, trade, plan and figure records moved by ``years``."""
    return attrs.evolve(
        data,
        fee_collections=FeeCollections(
            records=[
                attrs.evolve(r, period=_period(r.period, years), sentence=None)
                for r in data.fee_collections
            ]
        ),
        trade=TradeLedger(
            [attrs.evolve(f, period=_period(f.period, years), note=None) for f in data.trade]
        ),
        capital_plans=tuple(_plan(plan, years) for plan in data.capital_plans),
        figures={key: _figure(f, years) for key, f in data.figures.items()},
        statements={},
    )


def _dated_text(report: Report, keys: tuple[str, ...]) -> str:
    """The labels, values and derivations of the sections ``keys``, and their JSON."""
    lines = [line for key in keys for line in report.section(key).lines]
    words = [f"{line.label} {line.value} {line.derivation}" for line in lines]
    document = json.loads(render_json(report))
    numbers = [
        json.dumps({k: v for k, v in line.items() if k not in {"sources", "records"}})
        for section in document["sections"]
        if section["key"] in keys
        for line in section["lines"]
    ]
    return "\n".join((*words, *numbers))


def _moved(text: str, years: int) -> str:
    """``text`` with each year in it moved by ``years``."""
    return re.sub(r"\b20\d\d\b", lambda match: str(int(match.group()) + years), text)


SHIFTS = st.one_of(st.integers(min_value=6, max_value=60), st.integers(-60, -6))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(years=SHIFTS, lang=languages())
def test_a_dataset_of_other_years_gives_a_report_of_those_years(years: int, lang: Language) -> None:
    report = build_report(lang, dataset=shifted(SEED, years))
    seed = build_report(lang)
    text = _dated_text(report, ("fees", "trade", "investment"))
    for year in SEED_YEARS:
        assert year not in text
    for year in ("2020", "2021", "2024"):
        assert str(int(year) + years) in text
    # the same lines, of the years moved: nothing dropped for not being the seed's
    for key in ("fees", "trade", "investment"):
        assert len(report.section(key).lines) == len(seed.section(key).lines)
        assert [line.value for line in report.section(key).lines] == [
            _moved(line.value, years) for line in seed.section(key).lines
        ]
    Draft202012Validator(json_schema()).validate(json.loads(render_json(report)))


def test_the_seed_moved_ten_years_reads_2030_2031_and_2034() -> None:
    report = build_report("en", dataset=shifted(SEED, 10))
    labels = [line.label for line in report.section("fees").lines]
    assert labels[0] == "Fees collected, 2031"
    assert any("first 5 months of 2034" in label for label in labels)
    assert labels[-1] == "Fees collected, the first 9 months of 2030"
    [first, *_] = report.section("trade").lines
    assert "2031" in first.label
    assert "2030" in first.value  # the comparison: the same period of the previous year
    assert (
        report.section("investment")
        .lines[0]
        .label.startswith("Public investment disbursed in 2030")
    )


def _fee(line: FeeLine, period: Period, millions: int, growth: str | None = None) -> FeeRecord:
    return FeeRecord(
        line=line, period=period, amount=amount(millions, "million_VND"), stated_growth=growth
    )


def test_the_latest_year_is_compared_with_the_year_before_on_record() -> None:
    records = [
        _fee(FeeLine.TOTAL, Period.year(2025), 500_000),
        _fee(FeeLine.TOTAL, Period.year(2026), 600_000),  # no growth printed: computed
    ]
    data = attrs.evolve(SEED, fee_collections=FeeCollections(records=records))
    [line] = build_report("en", dataset=data).section("fees").lines
    assert line.label == "Fees collected, 2026"
    assert line.measure.period == Period.year(2026)
    comparison = line.measure.comparison
    assert comparison is not None
    assert comparison.base_period == Period.year(2025)
    assert comparison.base_origin == "stated"  # both amounts on record
    assert comparison.rate == 20
    assert line.records == ("fee_records:3", "fee_records:2")


def test_fee_records_without_a_growth_omit_the_section_with_a_reason() -> None:
    records = [_fee(FeeLine.TOTAL, Period.year(2026), 600_000)]
    data = attrs.evolve(SEED, fee_collections=FeeCollections(records=records))
    section = build_report("en", dataset=data).section("fees")
    assert section.lines == ()
    assert section.omitted == (
        "the fee records give no growth on the same period of the previous year"
    )
    vi = build_report("vi", dataset=data).section("fees")
    assert vi.omitted == "số liệu thu phí không cho biết mức tăng so với cùng kỳ"


def test_a_line_of_a_year_without_trips_or_an_estimate_gives_only_its_growth() -> None:
    year = Period.year(2027)
    records = [
        _fee(FeeLine.TOTAL, year, 700_000, "10%"),
        _fee(FeeLine.TRANSSHIPMENT, year, 100_000, "5%"),
    ]
    data = attrs.evolve(SEED, fee_collections=FeeCollections(records=records))
    lines = build_report("en", dataset=data).section("fees").lines
    assert [line.label for line in lines] == ["Fees collected, 2027"]


def test_trade_flows_without_a_printed_total_are_summed_and_not_checked() -> None:
    data = attrs.evolve(shifted(SEED, 7), figures={})
    lines = build_report("en", dataset=data).section("trade").lines
    assert [line.label for line in lines] == [
        "Export 2028",
        "Import 2028",
        "Turnover 2027, implied by the components",
        "Turnover growth 2028, implied by the components",
    ]
    assert lines[-1].derivation.endswith("no printed total to check it against")
    assert not [r for line in lines for r in line.records if r.startswith("figures:")]
    assert lines[0].sources == ("seed-003",)  # the flow's own document


def test_trade_flows_without_a_growth_omit_the_trade_section() -> None:
    flows = [attrs.evolve(f, growth=None) for f in SEED.trade]
    data = attrs.evolve(SEED, trade=TradeLedger(flows))
    section = build_report("en", dataset=data).section("trade")
    assert section.omitted == (
        "the trade flows give no growth on the same period of the previous year"
    )


def _only(**kept: object) -> Dataset:
    """The seed with no fee, trade, plan, figure or statement records but those ``kept``."""
    empty: dict[str, object] = {
        "fee_collections": FeeCollections(records=[]),
        "trade": TradeLedger(),
        "capital_plans": (),
        "figures": {},
        "statements": {},
        "tasks": TaskLog(tasks=()),
        "sources": {},
    }
    return attrs.evolve(SEED, **{**empty, **kept})


#: Partial datasets: what is kept, the sections with lines, the reasons of the others.
PARTIAL = [
    ("nothing", {}, (), {
        "gates": "no document of the dataset states a count of gates",
        "fees": "the dataset has no fee records",
        "trade": "the dataset has no trade flows",
        "investment": "the dataset has no capital plan with a version and a disbursement",
        "tasks": "no document of the dataset states a count of tasks",
    }),
    ("fee records only", {"fee_collections": SEED.fee_collections}, ("fees",), {
        "trade": "the dataset has no trade flows",
    }),
    ("trade flows only", {"trade": SEED.trade}, ("trade",), {
        "fees": "the dataset has no fee records",
    }),
    ("plans only", {"capital_plans": SEED.capital_plans}, ("investment",), {
        "tasks": "no document of the dataset states a count of tasks",
    }),
    ("sources only: the gate counts", {"sources": SEED.sources}, ("gates",), {
        "fees": "the dataset has no fee records",
    }),
    # counts of tasks citing documents the dataset does not hold are not its own
    ("tasks without their documents", {"tasks": SEED.tasks}, (), {
        "tasks": "no document of the dataset states a count of tasks",
    }),
    ("tasks and their documents", {"tasks": SEED.tasks, "sources": SEED.sources}, (
        "gates", "tasks"), {"fees": "the dataset has no fee records"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "kept", "with_lines", "reasons"), PARTIAL, ids=[c[0] for c in PARTIAL]
)
def test_a_partial_dataset_reports_what_it_has_and_says_what_it_lacks(
    case: str, kept: dict[str, object], with_lines: tuple[str, ...], reasons: dict[str, str]
) -> None:
    report = build_report("en", dataset=_only(**kept))
    assert [s.key for s in report.sections] == list(SECTIONS), case
    for section in report.sections:
        if section.key in with_lines:
            assert section.lines, (case, section.key)
            assert section.omitted is None
        else:
            assert section.lines == (), (case, section.key)
            assert section.omitted is not None
    for key, reason in reasons.items():
        assert report.section(key).omitted == reason, case
    document = json.loads(render_json(report))
    Draft202012Validator(json_schema()).validate(document)
    for section in document["sections"]:
        assert ("omitted" in section) == (section["key"] not in with_lines), case
    text = render_text(report)
    for reason in reasons.values():
        assert f"Nothing to report: {reason}" in text


def test_an_omitted_section_is_said_in_vietnamese_in_every_format() -> None:
    report = build_report("vi", dataset=_only())
    reason = "Không có mục nào: bộ dữ liệu không có số liệu kim ngạch xuất nhập khẩu"
    assert reason in render_text(report)
    assert reason in render_markdown(report)
    trade = next(s for s in json.loads(render_json(report))["sections"] if s["key"] == "trade")
    assert trade["omitted"] == "bộ dữ liệu không có số liệu kim ngạch xuất nhập khẩu"
    assert trade["lines"] == []


def test_the_seed_notes_come_from_its_figures(tmp_path: Path) -> None:
    # the seed's doubts are notes on its records, not words of every report
    en = build_report("en")
    total = en.section("trade").lines[0]
    assert total.derivation.endswith("which measure it is is UNVERIFIED")
    assert "Tính từ 01/3/2020 – 25/5/2020" in en.section("investment").lines[0].derivation
    moved = build_report("en", dataset=shifted(SEED, 10))
    assert moved.section("trade").lines[0].derivation == "as the report states"
    assert "Tính từ" not in moved.section("investment").lines[0].derivation
    # the notes travel with the figures through figures.csv
    SEED.write(tmp_path)
    header = (tmp_path / "figures.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",note,note_vi")


def test_the_cli_reports_a_dataset_of_other_years(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shifted(SEED, 6).write(tmp_path, format="parquet")
    assert main(["report", "--data", str(tmp_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("* ")]
    assert "* Fees collected, 2027: 664,127 million VND" in "\n".join(lines)
    numbers = [line for line in lines if "fee" in line.lower() or "turnover" in line.lower()]
    assert numbers
    for year in SEED_YEARS:
        assert not [line for line in numbers if re.search(rf"\b{year}\b", line)]


def test_a_year_to_date_dataset_gives_its_breakdown_and_its_check() -> None:
    half = Period.first_months(2030, 6)
    records = [
        _fee(FeeLine.TOTAL, half, 300_000, "10%"),
        _fee(FeeLine.ENTRY_EXIT, half, 200_000, "10%"),
        _fee(FeeLine.TRANSSHIPMENT, half, 100_000, "10%"),
    ]
    data = attrs.evolve(SEED, fee_collections=FeeCollections(records=records))
    lines = build_report("en", dataset=data).section("fees").lines
    assert [line.measure.period for line in lines] == [half] * 3
    *parts, check = lines
    assert len(parts) == 2
    assert check.measure.kind == "growth"
    assert check.value == "up 10.0%"  # the lines' growths, each 10 %: the total's too
    assert check.records[0] == "fee_records:2"  # the total, then the lines it is checked with


@pytest.mark.parametrize(
    ("sources", "vi", "en"),
    [
        ((TaskSource.VNPT_IOFFICE,), "Nhiệm vụ giao trên hệ thống VNPT-iOffice", "VNPT-iOffice"),
        ((TaskSource.OFFICIAL_LETTER,), "Nhiệm vụ từ công văn", "Tasks from official letter"),
        (
            (TaskSource.KEY_TASK, TaskSource.OFFICIAL_LETTER),
            "Nhiệm vụ từ nhiệm vụ trọng tâm, công văn",
            "Tasks from key task, official letter",
        ),
    ],
)
def test_every_task_count_with_a_share_done_is_reported_by_its_sources(
    sources: tuple[TaskSource, ...], vi: str, en: str
) -> None:
    [ioffice, *_, voters] = SEED.tasks.stated
    counted = attrs.evolve(ioffice, key="mine-2031", sources=sources)
    unshared = attrs.evolve(voters, key="open-2031", completed=None)  # no share done: no line
    data = attrs.evolve(SEED, tasks=TaskLog(stated=(counted, unshared)))
    [line] = build_report("vi", dataset=data).section("tasks").lines
    assert line.label.startswith(vi)
    assert line.records == ("tasks.toml:mine-2031",)
    assert line.value == "8/14, đạt 57,1%"
    [line] = build_report("en", dataset=data).section("tasks").lines
    assert en in line.label


# -- a period chosen by the caller ----------------------------------------------------------

#: A period asked for, and the periods of the fee, trade and investment lines it gives.
CHOSEN = [
    ("năm 2021", {Period.year(2021)}, {Period.year(2021)}, None),
    ("5 tháng đầu năm 2024", {Period.first_months(2024, 5)}, None, None),
    (
        "năm 2020",
        {Period.first_months(2020, 9)},
        None,
        {
            Period(start=dt.date(2020, 1, 1), end=dt.date(2020, 5, 25)),
            Period(start=dt.date(2020, 1, 1), end=dt.date(2020, 9, 30)),
        },
    ),
    ("năm 2019", None, None, None),
]


@pytest.mark.parametrize(
    ("text", "fees", "trade", "investment"), CHOSEN, ids=[c[0] for c in CHOSEN]
)
def test_a_chosen_period_narrows_the_report_to_the_periods_within_it(
    text: str,
    fees: set[Period] | None,
    trade: set[Period] | None,
    investment: set[Period] | None,
) -> None:
    report = build_report("en", period=Period.parse(text))
    asked = "no record of the dataset lies within the period the report was asked for"
    for key, periods in (("fees", fees), ("trade", trade), ("investment", investment)):
        section = report.section(key)
        if periods is None:
            assert section.omitted == asked, (text, key)
        else:
            assert section.omitted is None
            # the line's own period; the base (the year before) may lie outside
            found = {line.measure.period for line in section.lines} - {None}
            assert found <= periods | {Period.year(2020)}, (text, key)
            assert found & periods, (text, key)


#: A period asked for, and the labels of the gate and task lines it keeps, by a word in them.
CHOSEN_COUNTS = [
    ("năm 2021", ["2021"], []),
    # the counts of 30/6/2020: VNPT-iOffice to 25/5, "đến nay" and the petitions to the meeting
    ("năm 2020", ["7 October 2020"], ["VNPT-iOffice", "conclusions", "petitions"]),
    ("6 tháng đầu năm 2020", [], ["VNPT-iOffice", "conclusions", "petitions"]),
    ("tháng 5/2020", [], ["VNPT-iOffice"]),
    ("6 tháng đầu năm 2024", ["first half of 2024"], []),
    ("năm 2019", [], []),
]


@pytest.mark.parametrize(
    ("text", "gates", "tasks"), CHOSEN_COUNTS, ids=[c[0] for c in CHOSEN_COUNTS]
)
def test_a_chosen_period_narrows_the_gates_and_tasks_too(
    text: str, gates: list[str], tasks: list[str]
) -> None:
    report = build_report("en", period=Period.parse(text))
    asked = "no record of the dataset lies within the period the report was asked for"
    for key, words in (("gates", gates), ("tasks", tasks)):
        section = report.section(key)
        assert len(section.lines) == len(words), (text, key)
        for line, word in zip(section.lines, words, strict=True):
            assert word in line.label, (text, key)
        assert section.omitted == (None if words else asked), (text, key)


def test_a_chosen_period_keeps_the_findings_about_it() -> None:
    # the one finding of the seed is about January-May 2024
    assert build_report("en", period=Period.parse("năm 2024")).findings
    assert not build_report("en", period=Period.parse("năm 2021")).findings
    # a finding about a sentence that names no period cannot be placed: it is kept
    undated = attrs.evolve(
        SEED,
        statements={
            "sentences": [
                {
                    "document": "seed-001",
                    "statements": ["undated-fee"],
                    "text": "Thu phí đạt 100 tỷ đồng, tăng 10%, trong đó phí ra vào cửa khẩu "
                    "50 tỷ đồng, tăng 5%, phí sang tải 50 tỷ đồng, tăng 5%.",
                }
            ]
        },
    )
    kept = build_report("en", dataset=undated, period=Period.parse("năm 2019")).findings
    assert [finding.kind for finding in kept] == ["growth_disagrees"]


def test_the_period_must_be_a_period() -> None:
    with pytest.raises(InvalidTypeError, match="period must be a Period or None, got 'năm 2021'"):
        build_report(period="năm 2021")  # type: ignore[arg-type]


def test_the_cli_takes_a_period_as_a_report_writes_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--lang", "en", "--period", "năm 2021", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    [fees] = [s for s in document["sections"] if s["key"] == "fees"]
    assert {line["period"]["start"] for line in fees["lines"]} == {"2021-01-01"}
    assert main(["report", "--period", "năm hai nghìn"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dongdang report: --period: cannot read 'năm hai nghìn'")
