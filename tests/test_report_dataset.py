"""The report from a dataset that is not the seed: made-up records of another year.

The dataset is written here as an analyst would: the seed's registries (gates,
fee schedule, zoning, projects, tasks) beside tables of made-up records for
2024 and 2025 (fee records, trade flows, a capital plan with two versions,
allocations and disbursements) and two made-up documents. Every expected figure
is computed here from those records, with fractions, not by the library.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from dongdang.__main__ import main
from dongdang.data import seed_dataset
from dongdang.dataset import PROJECT_FILES, Dataset, DatasetInfo
from dongdang.errors import DataFileError
from dongdang.provenance import Citation
from dongdang.report import Report, build_report, json_schema, render_json, render_text

if TYPE_CHECKING:
    from pathlib import Path

VALIDATOR = Draft202012Validator(json_schema())

#: The made-up tables, by file: a header line and rows.
TABLES = {
    "dataset.toml": """\
[dataset]
title = "Số liệu của Ban Quản lý năm 2025"
title_en = "The Board's figures for 2025"
name = "bql-2025"
""",
    "sources.csv": """\
id,title,file,event,published
bc-2025,Báo cáo tình hình thực hiện nhiệm vụ năm 2025,bc-2025.pdf,2025-12-20,
bc-2024,Báo cáo tình hình thực hiện nhiệm vụ năm 2024,bc-2024.pdf,,2024-12-25
""",
    "fee_records.csv": """\
line,start,end,amount,unit,qualifier,gate,trips,estimate,stated_growth,stated_attainment,source,sentence
tổng số phí thu,2024-01-01,2024-12-31,700000,million_VND,,,,,,,bc-2024,
tổng số phí thu,2025-01-01,2025-12-31,805123.5,million_VND,,,,,,,bc-2025,
phí sang tải,2024-01-01,2024-12-31,120000,million_VND,,,250000,,,,bc-2024,
phí sang tải,2025-01-01,2025-12-31,130250.75,million_VND,,,260000,,,,bc-2025,
""",
    "trade_flows.csv": """\
value,direction,measure,start,end,gate,hs,hs_vintage,net_weight,vehicles,valuation,estimated,growth,source,note
1500000000,export,unverified,2024-01-01,2024-12-31,,,,,,,false,,bc-2024,
3100000000,import,unverified,2024-01-01,2024-12-31,,,,,,,false,,bc-2024,
1650000000,export,unverified,2025-01-01,2025-12-31,,,,,,,false,,bc-2025,
3300000000,import,unverified,2025-01-01,2025-12-31,,,,,,,false,,bc-2025,
""",
    "capital_plans.csv": """\
year,owner,owner_name,provider,provider_name,disbursement_deadline,unit,notes
2025,bql-kktck-dong-dang-lang-son,Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn,,,,million_VND,
""",  # noqa: E501 - a row as a spreadsheet writes it
    # the plan's records cite no document: an analyst's own bookkeeping
    "plan_versions.csv": """\
year,owner,id,kind,date,amount,unit,legal,from_year,date_assumed,source,note
2025,bql-kktck-dong-dang-lang-son,2025-giao,giao,2025-01-10,150000,million_VND,,,false,,
2025,bql-kktck-dong-dang-lang-son,2025-dc,điều chỉnh,2025-07-01,140000,million_VND,,,false,,
""",
    "allocations.csv": """\
year,owner,date,amount,unit,id,qualifier,legal,source,note
2025,bql-kktck-dong-dang-lang-son,2025-02-01,60000,million_VND,,,,,
2025,bql-kktck-dong-dang-lang-son,2025-08-01,50000,million_VND,,,,,
""",
    "disbursements.csv": """\
year,owner,date,amount,unit,id,qualifier,payee,payee_name,source,note
2025,bql-kktck-dong-dang-lang-son,2025-06-30,45000,million_VND,,,,,,
2025,bql-kktck-dong-dang-lang-son,2025-12-31,55000,million_VND,,,,,,
""",
}

#: The rows of each made-up table (the header is row 1, as a spreadsheet shows it).
ROWS = {
    name.removesuffix(".csv"): text.count("\n") - 1
    for name, text in TABLES.items()
    if name.endswith(".csv")
}


def _write(directory: Path, tables: dict[str, str]) -> Path:
    """The seed's registries (projects, land budgets as tables), nothing else, then ``tables``."""
    seed_dataset().write(directory)
    for stale in directory.glob("*.csv"):
        if stale.stem not in {*PROJECT_FILES, "land_budgets"}:
            stale.unlink()
    (directory / "statements.toml").unlink()
    for name, text in tables.items():
        (directory / name).write_text(text, "utf-8")
    return directory


@pytest.fixture(scope="module")
def made_up(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(tmp_path_factory.mktemp("made-up"), TABLES)


@pytest.fixture(scope="module")
def reports(made_up: Path) -> dict[str, Report]:
    data = Dataset.load(made_up)
    return {lang: build_report(lang, dataset=data) for lang in ("vi", "en")}


def _vi(value: Fraction, places: int) -> str:
    """``value`` rounded half up, written the Vietnamese way ("1.234,5")."""
    scaled = value * 10**places
    whole = int(scaled) + (1 if scaled - int(scaled) >= Fraction(1, 2) else 0)
    digits = str(whole).rjust(places + 1, "0")
    head, tail = digits[: len(digits) - places], digits[len(digits) - places :]
    grouped = f"{int(head):,}".replace(",", ".")
    return f"{grouped},{tail}" if places else grouped


def _by_label(report: Report, key: str) -> dict[str, Any]:
    return {line.label: line for line in report.section(key).lines}


def test_the_title_names_the_dataset_in_the_reports_language(reports: dict[str, Report]) -> None:
    assert reports["vi"].title == (
        "Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn: chỉ tiêu từ bộ dữ liệu "
        "“Số liệu của Ban Quản lý năm 2025”"
    )
    assert reports["en"].title.endswith(
        "indicators from the dataset “The Board's figures for 2025”"
    )
    document = json.loads(render_json(reports["en"]))
    assert document["dataset"] == {"name": "bql-2025", "title": "The Board's figures for 2025"}


def test_every_line_comes_from_the_made_up_records_only(reports: dict[str, Report]) -> None:
    for report in reports.values():
        for section in report.sections:
            for line in section.lines:
                assert line.records, line.label
                for record in line.records:
                    table, _, row = record.partition(":")
                    assert table in ROWS, record  # no figure, no registry of the seed
                    assert 2 <= int(row) <= ROWS[table] + 1, record
                assert set(line.sources) <= {"bc-2024", "bc-2025"}, line.label
        # the seed's gate and task counts cite its articles, which this dataset does not hold
        assert report.section("gates").lines == report.section("tasks").lines == ()
        assert report.findings == ()
        assert "seed" not in render_text(report)
        assert "seed" not in render_json(report)


def test_the_fees_come_from_the_two_years_on_record(reports: dict[str, Report]) -> None:
    growth = Fraction("805123.5") / 700_000 - 1
    [total, per_trip] = reports["vi"].section("fees").lines
    assert total.label == "Thu phí năm 2025"
    assert (
        total.value == f"805.123,5 triệu đồng, tăng {_vi(growth * 100, 1)}% so với cùng kỳ năm 2024"
    )
    # a base on record is said to be one, with its own digits, not "implied"
    assert total.derivation == "theo số liệu của hai kỳ; năm 2024 là 700.000 triệu đồng"
    # rows of the analyst's table, as a spreadsheet shows it (the header is row 1)
    assert total.records == ("fee_records:3", "fee_records:2")
    average = Fraction("130250.75") * 10**6 / 260_000
    assert per_trip.value == f"{_vi(average, 0)} đồng/lượt"
    assert per_trip.records == ("fee_records:5",)
    en = reports["en"].section("fees").lines[0]
    assert en.derivation == "from the records of both periods; 2024: 700,000 million VND"


def test_the_trade_comes_from_the_flows_on_record(reports: dict[str, Report]) -> None:
    lines = _by_label(reports["vi"], "trade")
    export = lines["Xuất khẩu năm 2025"]
    assert export.value.startswith("1.650 triệu USD, tăng 10,0%")
    assert export.derivation.startswith("theo số liệu của hai kỳ; năm 2024 là 1.500 triệu USD")
    assert export.records == ("trade_flows:2", "trade_flows:4")
    assert lines["Kim ngạch năm 2024, tổng các thành phần"].value == "4.600 triệu USD"
    growth = Fraction(4950, 4600) - 1
    assert lines["Tăng trưởng kim ngạch năm 2025, suy ra từ các thành phần"].value == (
        f"tăng {_vi(growth * 100, 1)}%"
    )


def test_the_investment_lines_are_the_plans_records_in_the_order_of_their_days(
    reports: dict[str, Report],
) -> None:
    lines = reports["vi"].section("investment").lines
    assert [(line.label, line.value) for line in lines] == [
        ("Kế hoạch vốn năm 2025, từ ngày 10/01/2025", "150.000 triệu đồng"),
        (
            "Giải ngân vốn đầu tư công năm 2025, đến ngày 30/06/2025",
            "45.000/150.000 triệu đồng, đạt 30,0% kế hoạch",
        ),
        (
            "Giải ngân vốn đầu tư công năm 2025 so với nguồn vốn đã được cấp, đến ngày 30/06/2025",
            "45.000/60.000 triệu đồng, đạt 75,0% nguồn vốn đã được cấp",
        ),
        ("Kế hoạch vốn năm 2025, từ ngày 01/07/2025", "140.000 triệu đồng"),
        (
            "Giải ngân vốn đầu tư công năm 2025, đến ngày 31/12/2025",
            f"100.000/140.000 triệu đồng, đạt {_vi(Fraction(100, 140) * 100, 1)}% kế hoạch",
        ),
        (
            "Giải ngân vốn đầu tư công năm 2025 so với nguồn vốn đã được cấp, đến ngày 31/12/2025",
            (
                f"100.000/110.000 triệu đồng, đạt {_vi(Fraction(100, 110) * 100, 1)}% "
                "nguồn vốn đã được cấp"
            ),
        ),
    ]
    # each line names the records it is built from: the plan in force, the capital
    # allocated and disbursed by its day
    assert [line.records for line in lines] == [
        ("plan_versions:2",),
        ("plan_versions:2", "disbursements:2"),
        ("allocations:2", "disbursements:2"),
        ("plan_versions:2", "plan_versions:3"),
        ("plan_versions:2", "plan_versions:3", "disbursements:2", "disbursements:3"),
        ("allocations:2", "allocations:3", "disbursements:2", "disbursements:3"),
    ]
    # the adjusted plan holds from its day to the day before the next version, if any
    assert lines[0].measure.period is not None
    assert lines[0].measure.period.end.isoformat() == "2025-06-30"
    assert (lines[0].measure.origin, lines[3].measure.origin) == ("stated", "computed")
    # records without a document: the report says so rather than leave "nguồn:" empty
    assert "    nguồn: không có tài liệu nào\n" in render_text(reports["vi"])
    assert "    sources: no document\n" in render_text(reports["en"])


def test_the_json_of_a_made_up_dataset_follows_the_schema(reports: dict[str, Report]) -> None:
    for report in reports.values():
        document = json.loads(render_json(report))
        VALIDATOR.validate(document)
        fee = document["sections"][1]["lines"][0]
        assert (fee["value"], fee["unit"], fee["origin"]) == ("805123.5", "million_VND", "stated")
        assert (fee["comparison"]["base"], fee["comparison"]["base_origin"]) == (
            "700000",
            "stated",
        )
        ratio = document["sections"][3]["lines"][2]
        assert (ratio["kind"], ratio["value"], ratio["comparison"]["base"]) == (
            "percent",
            "75",
            "60000",
        )


def test_a_lines_rows_are_those_of_the_table_the_dataset_writes(
    made_up: Path, reports: dict[str, Report], tmp_path: Path
) -> None:
    Dataset.load(made_up).write(tmp_path)
    reports = {"vi": build_report("vi", dataset=Dataset.load(tmp_path))}
    tables = {
        name: (tmp_path / f"{name}.csv").read_text("utf-8").splitlines()
        for name in ("fee_records", "trade_flows", "plan_versions", "allocations", "disbursements")
    }
    total = reports["vi"].section("fees").lines[0]
    rows = [tables["fee_records"][int(record.split(":")[1]) - 1] for record in total.records]
    assert [row.split(",")[1:4] for row in rows] == [
        ["2025-01-01", "2025-12-31", "805123.5"],
        ["2024-01-01", "2024-12-31", "700000"],
    ]
    last = reports["vi"].section("investment").lines[-1]
    rows = [tables[record.split(":")[0]][int(record.split(":")[1]) - 1] for record in last.records]
    assert [row.split(",")[2:4] for row in rows] == [
        ["2025-02-01", "60000"],
        ["2025-08-01", "50000"],
        ["2025-06-30", "45000"],
        ["2025-12-31", "55000"],
    ]


def test_the_command_line_reads_the_same_report_from_the_directory(
    made_up: Path, reports: dict[str, Report], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--data", str(made_up), "--format", "json", "--lang", "en"]) == 0
    assert capsys.readouterr().out == render_json(reports["en"])


# -- fee amounts: the decimals their unit needs ------------------------------------------------

_FEE_HEADER = (
    "line,start,end,amount,unit,qualifier,gate,trips,estimate,stated_growth,"
    "stated_attainment,source,sentence\n"
)


@pytest.mark.parametrize(
    ("amount", "unit", "implied"),
    [
        # the printed decimals: "345,6 tỷ đồng, tăng 10%" implies 314,2 tỷ đồng
        ("345.6", "billion_VND", ("314,2 tỷ đồng", "314.181818")),
        # a tỷ đồng needs its tenth even when the printed amount has none
        ("346", "billion_VND", ("314,5 tỷ đồng", "314.545454")),
        # triệu đồng are whole when printed whole
        ("346000", "million_VND", ("314.545 triệu đồng", "314545.454545")),
        # đồng are always whole
        ("12345678", "VND", ("11.223.344 đồng", "11223343.636363")),
    ],
)
def test_an_implied_fee_base_has_the_decimals_its_unit_needs(
    tmp_path: Path, amount: str, unit: str, implied: tuple[str, str]
) -> None:
    row = f"tổng số phí thu,2025-01-01,2025-12-31,{amount},{unit},,,,,10%,,bc-2025,\n"
    directory = _write(
        tmp_path,
        {
            "sources.csv": TABLES["sources.csv"],
            "fee_records.csv": _FEE_HEADER + row,
        },
    )
    report = build_report("vi", dataset=Dataset.load(directory))
    [line] = report.section("fees").lines
    text, base = implied
    assert line.derivation == f"như báo cáo nêu; suy ra năm 2024 là {text}"
    # the JSON keeps the exact numbers in the records' unit, whatever the text shows
    document = json.loads(render_json(report))
    written = document["sections"][1]["lines"][0]
    assert (written["value"], written["unit"]) == (amount, unit)
    assert written["comparison"]["base_unit"] == unit
    assert written["comparison"]["base"].startswith(base)
    assert re.fullmatch(r"[0-9]+(\.[0-9]+)?", written["comparison"]["base"])


# -- names -----------------------------------------------------------------------------------


def test_a_dataset_without_a_name_is_called_untitled() -> None:
    data = attrs.evolve(seed_dataset(), info=None)
    assert build_report("vi", dataset=data).title.endswith("chỉ tiêu từ bộ dữ liệu chưa đặt tên")
    assert build_report("en", dataset=data).title.endswith("from an untitled dataset")
    document = json.loads(render_json(build_report("en", dataset=data)))
    VALIDATOR.validate(document)
    assert document["dataset"] is None


def test_a_document_the_dataset_does_not_hold_is_named_by_its_citation_never_its_key() -> None:
    seed = seed_dataset()
    count = seed.gates.stated_counts[0]
    other = Citation(key="bao-cao-x", file="bao-cao-x.pdf")
    stated = attrs.evolve(count, sources=(*count.sources, other))
    gates = attrs.evolve(seed.gates, stated_counts=(stated, *seed.gates.stated_counts[1:]))
    report = build_report("vi", dataset=attrs.evolve(seed, gates=gates))
    [cited] = [source for source in report.sources if source.id == "bao-cao-x"]
    assert cited.title == "không rõ tên"
    text = render_text(report)
    assert "tài liệu “không rõ tên” (không rõ ngày)" in text
    assert "bao-cao-x" not in text.replace("bao-cao-x.pdf", "")


def test_an_english_title_falls_back_to_the_vietnamese_one() -> None:
    info = DatasetInfo(title="Số liệu năm 2025")
    assert info.title_in("en") == info.title_in("vi") == "Số liệu năm 2025"


# -- dataset.toml ----------------------------------------------------------------------------

texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30
).filter(lambda text: text.strip() == text and text != "")


@given(title=texts, title_en=st.none() | texts, name=st.none() | texts)
def test_dataset_toml_reads_back_what_it_writes(
    title: str, title_en: str | None, name: str | None
) -> None:
    info = DatasetInfo(title=title, title_en=title_en, name=name)
    assert DatasetInfo.loads(info.dumps()) == info


#: A bad dataset.toml and a part of the message that names what is wrong.
BAD_INFO = [
    ("title = ", "not valid TOML"),
    ('title = "x"', "no [dataset] table"),
    ("dataset = 3", "no [dataset] table"),
    ('[dataset]\nname = "x"', "title is missing"),
    ('[dataset]\ntitle = "x"\nowner = "y"', "unknown keys owner; known: title, title_en, name"),
    ('[dataset]\ntitle = "  "', "title must not be empty"),
    ("[dataset]\ntitle = 3", "title must be a str"),
    ('[dataset]\ntitle = "x"\ntitle_en = ""', "title_en must not be empty"),
]


@pytest.mark.parametrize(("text", "says"), BAD_INFO)
def test_a_bad_dataset_toml_is_refused_naming_the_file(text: str, says: str) -> None:
    with pytest.raises(DataFileError) as caught:
        DatasetInfo.loads(text, name="ds/dataset.toml")
    assert str(caught.value).startswith("ds/dataset.toml: ")
    assert says in str(caught.value)


def test_a_dataset_writes_its_name_as_read_or_anew_when_changed(
    made_up: Path, tmp_path: Path
) -> None:
    read = Dataset.load(made_up)
    read.write(tmp_path / "same")
    assert (tmp_path / "same" / "dataset.toml").read_text("utf-8") == TABLES["dataset.toml"]
    renamed = attrs.evolve(read, info=DatasetInfo(title='Số liệu "mới"\\1'))
    renamed.write(tmp_path / "renamed")
    written = (tmp_path / "renamed" / "dataset.toml").read_text("utf-8")
    assert written == '[dataset]\ntitle = "Số liệu \\"mới\\"\\\\1"\n'
    assert Dataset.load(tmp_path / "renamed") == renamed
    attrs.evolve(read, info=None).write(tmp_path / "none")
    assert not (tmp_path / "none" / "dataset.toml").exists()
    assert Dataset.load(tmp_path / "none").info is None


def test_a_dataset_only_takes_dataset_info() -> None:
    with pytest.raises(TypeError):
        attrs.evolve(seed_dataset(), info="Số liệu năm 2025")


# -- figures printed about a plan, and several plans ------------------------------------------

FIGURES = """\
id,source,start,end,text,sentence,as_of,growth,attainment,ratio_to_plan,ratio_to_allocated,note,note_vi
gn-6-thang,bc-2025,2025-01-01,2025-06-30,45.000 triệu đồng,"giải ngân 45.000 triệu đồng, đạt 75% nguồn vốn đã được cấp",,,,,75%,,
gn-dau-nam,bc-2025,2025-01-01,2025-01-05,1.500 triệu đồng,"giải ngân 1.500 triệu đồng, bằng 1% kế hoạch",,,,1%,,,
"""  # noqa: E501 - rows as a spreadsheet writes them


def test_figures_check_the_ratios_on_their_day_and_imply_what_is_not_on_record(
    tmp_path: Path,
) -> None:
    directory = _write(tmp_path, {**TABLES, "figures.csv": FIGURES})
    loaded = Dataset.load(directory)
    # the seed's 2020 plan first: the 2025 plan's rows come after its rows
    data = attrs.evolve(
        loaded, capital_plans=(*seed_dataset().capital_plans, *loaded.capital_plans)
    )
    lines = build_report("vi", dataset=data).section("investment").lines
    labels = [line.label for line in lines]
    # the printed 75% of the first half checks the ratio to the capital allocated of 30/6
    allocated = lines[
        labels.index(
            "Giải ngân vốn đầu tư công năm 2025 so với nguồn vốn đã được cấp, đến ngày 30/06/2025"
        )
    ]
    assert allocated.derivation == (
        "số vốn đã giải ngân chia cho nguồn vốn đã được cấp; khớp với tỷ lệ 75% đã nêu"
    )
    # the rows of the files read, whatever plans the dataset was given after
    assert allocated.records == ("allocations:2", "disbursements:2", "figures:gn-6-thang")
    assert allocated.sources == ("bc-2025",)
    # a figure of a period implies the base it states a ratio to, on the period's end
    implied = [label for label in labels if "suy ra" in label]
    assert implied == [
        "Kế hoạch vốn năm 2025, suy ra từ số giải ngân từ ngày 01/01/2025 đến ngày 05/01/2025",
        "Nguồn vốn đã được cấp năm 2025, suy ra từ số giải ngân 6 tháng đầu năm 2025",
    ]
    # no plan version is in force on 5 January, and no plan ratio is printed for June:
    # nothing to set the records against
    assert not [label for label in labels if label.startswith("Đối chiếu")]
    # in the order of their days: the figure of 1-5 January before the plan of 10 January
    assert labels[:2] == [implied[0], "Kế hoạch vốn năm 2025, từ ngày 10/01/2025"]
    assert lines[1].records == ("plan_versions:2",)  # the row of the file read


@pytest.mark.parametrize(
    ("replace", "label", "why"),
    [
        # a disbursement before the plan is assigned: no plan to measure it against
        (
            ("2025-06-30,45000", "2025-01-05,45000"),
            "Giải ngân vốn đầu tư công năm 2025, đến ngày 05/01/2025",
            (
                "chưa có kế hoạch vốn nào có hiệu lực ngày 05/01/2025: "
                "kế hoạch được giao từ ngày 10/01/2025"
            ),
        ),
        # a plan of nothing
        (
            ("2025-01-10,150000", "2025-01-10,0"),
            "Giải ngân vốn đầu tư công năm 2025, đến ngày 30/06/2025",
            "kế hoạch vốn bằng 0 vào ngày 30/06/2025",
        ),
    ],
)
def test_a_disbursement_without_a_ratio_is_reported_with_the_reason(
    tmp_path: Path, replace: tuple[str, str], label: str, why: str
) -> None:
    tables = {
        name: text.replace(*replace) if name in {"plan_versions.csv", "disbursements.csv"} else text
        for name, text in TABLES.items()
    }
    data = Dataset.load(_write(tmp_path, tables))
    [line] = [
        line
        for line in build_report("vi", dataset=data).section("investment").lines
        if line.label == label
    ]
    assert line.value == "đã giải ngân 45.000 triệu đồng; không tính được tỷ lệ"
    assert line.derivation == why
    assert line.records == ("disbursements:2",)
    assert (line.measure.kind, line.measure.value, line.measure.unit) == (
        "amount",
        45000,
        "million_VND",
    )
    en = build_report("en", dataset=data)
    assert "45,000 million VND disbursed; no ratio can be derived" in render_text(en)
    VALIDATOR.validate(json.loads(render_json(en)))


def _reversed(text: str) -> str:
    header, *rows = text.splitlines()
    return "\n".join([header, *reversed(rows)]) + "\n"


def test_a_lines_rows_are_those_of_the_analysts_file_in_its_own_order(tmp_path: Path) -> None:
    # the loaders keep records by period and date: the rows named are the file's own
    stems = ("fee_records", "allocations", "disbursements")  # versions must come in order
    unsorted = {**TABLES, **{f"{stem}.csv": _reversed(TABLES[f"{stem}.csv"]) for stem in stems}}
    directory = _write(tmp_path, unsorted)
    report = build_report("vi", dataset=Dataset.load(directory))
    tables = {stem: unsorted[f"{stem}.csv"].splitlines() for stem in (*stems, "plan_versions")}
    total = report.section("fees").lines[0]
    assert total.records == ("fee_records:4", "fee_records:5")
    rows = [tables["fee_records"][int(record.split(":")[1]) - 1] for record in total.records]
    assert [row.split(",")[1:4] for row in rows] == [
        ["2025-01-01", "2025-12-31", "805123.5"],
        ["2024-01-01", "2024-12-31", "700000"],
    ]
    last = report.section("investment").lines[-1]
    rows = [tables[record.split(":")[0]][int(record.split(":")[1]) - 1] for record in last.records]
    assert [row.split(",")[2:4] for row in rows] == [
        ["2025-02-01", "60000"],
        ["2025-08-01", "50000"],
        ["2025-06-30", "45000"],
        ["2025-12-31", "55000"],
    ]
    assert last.records == (
        "allocations:3",
        "allocations:2",
        "disbursements:3",
        "disbursements:2",
    )


#: Two printed trade figures of 2025: the total is the one flagged, whatever its id.
TRADE_FIGURES = """\
id,source,start,end,text,sentence,trade_total,growth
trade-2025-total,bc-2025,2025-01-01,2025-12-31,1.650 triệu USD,"xuất khẩu 1.650 triệu USD, tăng 10%",,10%
kn-2025,bc-2025,2025-01-01,2025-12-31,4.950 triệu USD,"kim ngạch 4.950 triệu USD, tăng 7,6%",true,"7,6%"
"""  # noqa: E501 - rows as a spreadsheet writes them


def test_the_trade_total_is_the_figure_flagged_as_one_not_an_id_pattern(tmp_path: Path) -> None:
    data = Dataset.load(_write(tmp_path / "flagged", {**TABLES, "figures.csv": TRADE_FIGURES}))
    assert [f.trade_total for f in data.figures.values()] == [False, True]
    lines = _by_label(build_report("vi", dataset=data), "trade")
    total = lines["Tổng kim ngạch xuất nhập khẩu năm 2025 (ước tính)"]
    assert total.value.startswith("4.950 triệu USD, tăng 7,6%")
    assert total.records == ("figures:kn-2025",)
    # without the flag, a figure named like the seed's total is no total: the parts are summed
    unflagged = TRADE_FIGURES.replace(",true,", ",,")
    data = Dataset.load(_write(tmp_path / "unflagged", {**TABLES, "figures.csv": unflagged}))
    labels = list(_by_label(build_report("vi", dataset=data), "trade"))
    assert not [label for label in labels if "ước tính" in label]
    assert "Tăng trưởng kim ngạch năm 2025, suy ra từ các thành phần" in labels


#: Two stated counts of the made-up documents: the word "cặp" in one that counts gates,
#: none in one that counts every pair. The line follows the count's scope.
COUNTS = """
[sources.bc-2025]
title = "Báo cáo tình hình thực hiện nhiệm vụ năm 2025"
event = 2025-12-20
file = "bc-2025.pdf"

[counts.bc-2025-gates]
text = "05 cặp cửa khẩu chính thông quan"
count = 5
period = "năm 2025"
scope = "gates"
sources = ["bc-2025"]
reproducible = false
note = "A made-up count of gates."

[counts.bc-2025-pairs]
text = "07 cửa khẩu thông quan"
count = 7
period = "năm 2025"
sources = ["bc-2025"]
reproducible = false
note = "A made-up count of every pair."
"""


def test_a_gate_count_is_labelled_by_its_scope_not_by_its_wording(tmp_path: Path) -> None:
    directory = _write(tmp_path, TABLES)
    with (directory / "gates.toml").open("a", encoding="utf-8") as gates:
        gates.write(COUNTS)
    data = Dataset.load(directory)
    report = build_report("vi", dataset=data)
    lines = {line.records: line for line in report.section("gates").lines}
    gates_line = lines["gates.toml:bc-2025-gates",]
    pairs_line = lines["gates.toml:bc-2025-pairs",]
    assert gates_line.label == "Cửa khẩu thông quan hàng hóa, năm 2025"
    assert "tối đa" in gates_line.derivation
    assert "cặp có thể" not in gates_line.derivation
    assert gates_line.measure.unit == "gate"
    assert pairs_line.label == "Cặp cửa khẩu thông quan hàng hóa, năm 2025"
    assert "cặp có thể" in pairs_line.derivation
    assert pairs_line.measure.unit == "gate_pair"
    VALIDATOR.validate(json.loads(render_json(build_report("en", dataset=data))))


def test_an_implied_plan_is_written_in_the_unit_of_its_printed_figure(tmp_path: Path) -> None:
    data = Dataset.load(_write(tmp_path, {**TABLES, "figures.csv": FIGURES}))
    lines = build_report("vi", dataset=data).section("investment").lines
    [plan] = [line for line in lines if line.label.startswith("Kế hoạch vốn năm 2025, suy ra")]
    # 1.500 triệu đồng is 1% of the plan: 150.000 triệu đồng, in triệu đồng as printed
    assert plan.value == "150.000 triệu đồng"
    assert plan.derivation.startswith("1.500 triệu đồng bằng 1% kế hoạch giao")
    assert (plan.measure.unit, plan.measure.value) == ("million_VND", 150_000)
    # the interval the rounding of "1.500" and "1%" allows: [1.499,5/1,5%; 1.500,5/0,5%)
    low = Fraction(14995, 10) / Fraction(15, 1000)
    assert plan.measure.low is not None
    assert abs(Fraction(plan.measure.low) - low) < Fraction(1, 10**20)
    assert plan.measure.high == Fraction(15005, 10) / Fraction(5, 1000)
