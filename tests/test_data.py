"""The reference dataset: every seed figure as a statement, with where it was printed.

The expected figures are read by hand from the seed articles in ../shared/seeds.
"""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib
import unicodedata
from collections import Counter
from fractions import Fraction
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import InvalidValueError, Period, parse_amount
from dongdang.auditing import FindingKind, Interval, Severity, audit
from dongdang.data import (
    SeedStatement,
    Source,
    _findings,
    _percent,
    _sources,
    read_sentences,
    seed_figures,
    seed_findings,
    seed_statements,
)
from dongdang.errors import DataFileError
from dongdang.gates import lang_son_gates
from dongdang.statements import Statement, parse_statements
from dongdang.tasks import lang_son_tasks
from dongdang.zoning import VERSION_FACTS, lang_son_plans
from strategies import periods

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not beside the repository ({SEEDS})")
    return SEEDS


def _printed(statement: Statement) -> tuple[object, ...]:
    """What a figure says, independently of the period the dataset may add."""
    comparisons = tuple((c.kind, c.value.text, c.decrease, c.base) for c in statement.comparisons)
    whole = None if statement.whole is None else statement.whole.text
    return (statement.value.text, statement.noun, whole, comparisons)


# -- provenance ------------------------------------------------------------------------


def test_every_sentence_is_printed_in_its_article() -> None:
    seeds = _seeds()
    for key, item in seed_statements().items():
        article = unicodedata.normalize("NFC", (seeds / item.source.file).read_text("utf-8"))
        assert item.sentence in article, key
        # the statement's span in its sentence holds the printed number
        start, end = item.statement.span
        number = next(word for word in item.statement.value.text.split() if word[0].isdigit())
        assert number in item.sentence[start:end], key


def test_every_figure_of_every_article_is_in_the_dataset() -> None:
    seeds = _seeds()
    data = seed_statements()
    for path in sorted(seeds.glob("*.txt")):
        article = [
            _printed(item)
            for item in parse_statements(path.read_text("utf-8"))
            if isinstance(item, Statement)
        ]
        bundled = [_printed(i.statement) for i in data.values() if i.source.file == path.name]
        assert Counter(article) == Counter(bundled), path.name


def test_the_dataset_holds_the_figures_read_by_hand() -> None:
    # per article: top-level statements and their components, counted by hand
    data = seed_statements()
    per_document = Counter(item.source.id for item in data.values())
    assert per_document == {
        "seed-000": 3,  # 06/12 cặp, trên 344,8 tỷ, trên 52,6 tỷ
        "seed-001": 2,  # 02 cửa khẩu quốc tế, 01 cửa khẩu chính
        "seed-002": 10,  # 08 cuộc (05 + 03), 03/03, 07, 34, 06, 04, 05, 02, 278.718, 09
        "seed-003": 4,  # 04/12, 4.270 (1.370 + 2.900), 664.127 (100.751), 08 KKT
        "seed-004": 7,  # 14 (8 + 6), 115, 112, 03, 5, 42.119/102.681, 2/2
    }
    parts = {key: len(item.statement.components) for key, item in data.items()}
    assert {key: n for key, n in parts.items() if n} == {
        "party-2024-h1-thematic-meetings": 2,
        "fee-2024-jan-may-total": 2,
        "trade-2021-total": 2,
        "fee-2021-total": 1,
        "tasks-2020-iOffice": 2,
    }


def test_sources_carry_the_event_date_not_as_a_publication_date() -> None:
    data = seed_statements()
    fee = data["fee-2020-9m-total"].source
    assert (fee.id, fee.file) == ("seed-000", "000_952eb776013379ca.txt")
    assert fee.cite().startswith("[seed-000] Lãnh đạo UBND tỉnh làm việc")
    # "Ngày 07/10/2020, đồng chí Đoàn Thu Hà ... có buổi làm việc": the meeting's date.
    assert (fee.event, fee.published) == (dt.date(2020, 10, 7), None)
    assert "event of 07/10/2020; publication date unknown" in fee.cite()
    # seed-003 names no meeting and prints no date: both stay unknown
    review = data["trade-2021-total"].source
    assert (review.event, review.published) == (None, None)
    assert "no event date; publication date unknown" in review.cite()


def test_the_seed_articles_event_dates_are_the_meetings_they_report() -> None:
    # Seed 000: "Ngày 07/10/2020, ... có buổi làm việc"; seed 001: "Ngày 20/01/2014, ...
    # đã có buổi làm việc"; seed 002: "Chiều ngày 26/6/2024, ... đã tổ chức Hội nghị";
    # seed 004: "Ngày 30/6/2020, Tổ Công tác ... đã kiểm tra". None prints its publication date.
    events = {
        "seed-000": ("Ngày 07/10/2020,", dt.date(2020, 10, 7)),
        "seed-001": ("Ngày 20/01/2014,", dt.date(2014, 1, 20)),
        "seed-002": ("Chiều ngày 26/6/2024,", dt.date(2024, 6, 26)),
        "seed-004": ("Ngày 30/6/2020,", dt.date(2020, 6, 30)),
    }
    sources = {item.source.id: item.source for item in seed_statements().values()}
    sources |= {item.source.id: item.source for item in seed_figures().values()}
    for key, (words, day) in events.items():
        if key in sources:
            assert (sources[key].event, sources[key].published) == (day, None)
        path = SEEDS / sources[key].file if key in sources else None
        if path is not None and path.exists():
            assert words in path.read_text("utf-8")
    registries = [
        *(c for p in lang_son_gates().pairs for _, prov in p.provenance for c in prov.sources),
        *(c for count in lang_son_gates().stated_counts for c in count.sources),
        *(
            c
            for p in lang_son_plans().plans
            for v in p.versions
            for fact in VERSION_FACTS
            for c in v.source_of(fact).sources
        ),
        *(count.citation for count in lang_son_tasks().stated if count.citation is not None),
    ]
    assert {c.key for c in registries} >= set(events) - {"seed-001"}
    for citation in registries:
        if citation.key in events:
            assert citation.event == events[citation.key][1]
            assert citation.published is None
            assert f"event of {events[citation.key][1].strftime('%d/%m/%Y')}" in citation.cite()


# -- the figures, read into statements -------------------------------------------------


def test_a_sentence_without_a_period_takes_the_articles_period() -> None:
    data = seed_statements()
    fee = data[
        "fee-2020-9m-total"
    ].statement  # "…đạt trên 344,8 tỷ đồng, giảm 21,5% so với cùng kỳ 2019"
    nine_months = Period.parse("9 tháng đầu năm 2020")
    assert fee.period == nine_months
    [fall] = fee.comparisons
    assert fall.fraction == -Fraction(215, 1000)
    assert fall.base_period == Period.parse("9 tháng đầu năm 2019")
    # a sentence that names its period keeps it
    assert data["fee-2024-jan-may-total"].statement.period == Period.parse(
        "từ ngày 01/01-31/5/2024"
    )
    # in one sentence, the letters before the ";" take the article's half-year, not the
    # fee period written after it
    assert data["letters-2024-h1-official"].statement.period == Period.parse("6 tháng đầu năm 2024")
    # and one the article does not date stays undated
    assert data["gates-2014-international"].statement.period is None


def test_the_trade_total_and_its_parts() -> None:
    trade = seed_statements()["trade-2021-total"].statement
    assert (trade.value.value, trade.value.unit) == (4270, "million_USD")
    export, imports = trade.components
    assert [export.value.value, imports.value.value] == [1370, 2900]
    assert [c.comparisons[0].fraction for c in (trade, export, imports)] == [
        Fraction(52, 100),
        Fraction(123, 1000),
        Fraction(824, 1000),
    ]


def test_every_seed_figure_agrees_with_its_statement() -> None:
    """The figures the domain modules use say what the statements of the same sentence say."""
    everything = [s for item in seed_statements().values() for s in item.statement.walk()]
    for key, figure in seed_figures().items():
        matching = [
            s
            for s in everything
            if figure.figure.value
            in (s.value.value, *(getattr(f, "value", None) for f in (s.whole, s.per)))
            and figure.figure.unit in (s.value.unit, getattr(s.per, "unit", None))
        ]
        assert matching, key
        if figure.growth is not None:
            assert any(
                c.fraction == figure.growth.fraction
                for s in matching
                for c in s.comparisons
                if c.kind.name == "GROWTH"
            ), key


# -- the audit of the whole dataset ----------------------------------------------------


def test_the_dataset_audit_finds_the_2024_fee_growth_and_nothing_else() -> None:
    [seed] = seed_findings()
    finding = seed.finding
    assert (finding.severity, finding.kind) == (Severity.INCONSISTENT, FindingKind.GROWTH_DISAGREES)
    assert [s.id for s in seed.sources] == ["seed-002"]
    assert finding.stated is not None
    assert finding.stated.text == "14,4%"
    # 278.718 = 234.433 + 44.285; each line's 2023 value from its printed growth, at the
    # corners of the rounding intervals (± 0,5 triệu, ± 0,05 points): 14,576…14,677 %.
    growths = []
    for values in itertools.product(
        (Fraction("234432.5"), Fraction("234433.5")), (Fraction("44284.5"), Fraction("44285.5"))
    ):
        for rates in itertools.product(
            (Fraction("1.1405"), Fraction("1.1415")), (Fraction("1.1745"), Fraction("1.1755"))
        ):
            before = sum(v / r for v, r in zip(values, rates, strict=True))
            growths.append((sum(values) / before - 1) * 100)
    assert finding.allowed == Interval(low=min(growths), high=max(growths))
    assert Fraction(14576, 1000) < min(growths) < max(growths) < Fraction(14678, 1000)


def test_the_plan_implied_in_october_agrees_with_the_plan_stated_in_may() -> None:
    data = seed_statements()
    nine = data["disbursed-2020-9m"].statement  # trên 52,6 tỷ, bằng 51,2 % kế hoạch giao
    may = data["disbursed-2020-05-25"].statement  # 42.119/102.681 triệu đồng
    assert may.whole is not None
    # "trên 52,6 tỷ" at 51,2 % implies a plan of at least 52,55 / 0,5125 tỷ
    assert Fraction(may.whole.value) / 1000 >= Fraction(5255, 100) / Fraction(5125, 10000)
    assert not [f for f in seed_findings() if f.finding.kind is FindingKind.BASE_DISAGREES]
    # the dataset's link is what checks them: a May plan below the implied one is flagged
    raw = tomllib.loads(files("dongdang.data").joinpath("seed_statements.toml").read_text("utf-8"))
    for sentence in raw["sentences"]:
        # 42.119/102.000 still prints as 41%, but 102.000 is below the ≥ 102.536,6 implied
        sentence["text"] = sentence["text"].replace("42.119/102.681", "42.119/102.000")
    perturbed, growth = _findings(raw, _sources())  # seed-000's findings come first
    assert growth.finding.kind is FindingKind.GROWTH_DISAGREES
    assert perturbed.finding.kind is FindingKind.BASE_DISAGREES
    assert [source.id for source in perturbed.sources] == ["seed-004", "seed-000"]
    # without the link the two articles' words differ: nothing is compared
    raw["same_measures"] = []
    assert [f.finding.kind for f in _findings(raw, _sources())] == [FindingKind.GROWTH_DISAGREES]
    # the check itself, by hand: a May plan below the implied one would be flagged
    [smaller] = parse_statements("Kế hoạch vốn trong năm 2020 là 100.000 triệu đồng.")
    assert isinstance(smaller, Statement)
    [finding] = audit([nine], bases={"kế hoạch giao": smaller})
    assert finding.kind is FindingKind.BASE_DISAGREES
    assert finding.allowed == Interval(
        low=Fraction(5255, 100) / Fraction(5125, 10000) * 1000, high=None
    )


# -- reading sentences: the loader's own checks -------------------------------------------

SOURCE = Source(id="doc", title="A report", event=None, file="report.txt")


def _read(**record: Any) -> dict[str, SeedStatement]:
    return read_sentences([record], {"doc": SOURCE}, file="sentences.toml")


@given(period=periods(), thousands=st.integers(min_value=1, max_value=999_999))
def test_a_period_given_for_a_sentence_is_the_period_of_its_statements(
    period: Period, thousands: int
) -> None:
    text = "Thu phí đạt " + f"{thousands:,}".replace(",", ".") + " triệu đồng."
    undated = _read(document="doc", text=text, statements=["fee"])["fee"].statement
    assert undated.period is None
    dated = _read(document="doc", text=text, statements=["fee"], period=period.label())
    assert dated["fee"].statement.period == period
    assert dated["fee"].statement.value.value == thousands
    assert dated["fee"].source is SOURCE


@pytest.mark.parametrize(
    ("record", "named"),
    [
        ({"document": "other", "text": "Thu phí đạt 5 tỷ đồng.", "statements": ["a"]}, "'other'"),
        (
            {"document": "doc", "text": "Thu phí đạt 5 tỷ đồng."},
            "keys must include statements, got ('document', 'text')",
        ),
        ({"document": "doc", "text": "Thu phí đạt 5 tỷ đồng.", "statements": []}, "[]"),
        (
            {"document": "doc", "text": "Thu phí đạt 5 tỷ đồng.", "statements": ["a", "b"]},
            "['a', 'b']",
        ),
        (
            {"document": "doc", "text": "Thu phí đạt 344.8 tỷ đồng.", "statements": ["a"]},
            "344.8 tỷ đồng",
        ),
        (
            {
                "document": "doc",
                "text": "Thu phí đạt 5 tỷ đồng; phí sang tải đạt 1 tỷ đồng.",
                "statements": ["a", "a"],
            },
            "statement name must not be used twice, got 'a'",
        ),
    ],
)
def test_a_sentence_that_does_not_match_its_names_is_refused(
    record: dict[str, Any], named: str
) -> None:
    with pytest.raises(DataFileError) as error:
        _read(**record)
    message = str(error.value)
    assert message.startswith("sentences.toml: sentence 1 ('Thu phí đạt")
    assert named in message


def test_an_unknown_document_carries_the_file_the_sentence_and_the_document() -> None:
    with pytest.raises(DataFileError) as error:
        _read(document="other", text="Thu phí đạt 5 tỷ đồng.", statements=["a"])
    caught = error.value
    assert (caught.file, caught.name, caught.value) == ("sentences.toml", "document", "other")
    assert caught.where == "sentence 1 ('Thu phí đạt 5 tỷ đồng.'…)"
    assert str(caught) == (
        "sentences.toml: sentence 1 ('Thu phí đạt 5 tỷ đồng.'…): "
        "document must name a known document, got 'other'; the sources are ['doc']"
    )


# -- the figures the domain modules build on ----------------------------------------


def test_every_figure_is_printed_in_its_sentence_and_its_article() -> None:
    seeds = _seeds()
    for key, item in seed_figures().items():
        article = " ".join((seeds / item.source.file).read_text("utf-8").split())
        sentence = " ".join(item.sentence.split())
        assert sentence in article, key
        printed = (
            item.figure.text.split()[-3:] if item.figure.qualifier else item.figure.text.split()
        )
        assert " ".join(printed[:1]) in sentence, key


def test_stated_percents_keep_their_printed_precision() -> None:
    figures = seed_figures()
    growth = figures["fee-2024-jan-may-total"].stated("growth")
    assert (Fraction(growth.value), growth.decimals) == (Fraction(144, 10), 1)
    assert figures["fee-2020-9m-total"].stated("growth").fraction < 0  # "giảm 21,5%"


def test_a_percent_the_sentence_does_not_state_is_a_lookup_error_naming_it() -> None:
    trips = seed_figures()["trips-2021-transshipment"]
    with pytest.raises(LookupError, match="trips-2021-transshipment states no 'growth'"):
        trips.stated("growth")
    with pytest.raises(LookupError, match="'colour'"):
        trips.stated("colour")


@pytest.mark.parametrize("text", ["52 tỷ đồng", "trên 41%"])
def test_a_percent_field_holding_something_else_is_refused(text: str) -> None:
    with pytest.raises(InvalidValueError, match=text):
        _percent({"growth": text}, "growth", "figure-x")


def test_qualified_figures_keep_their_qualifier() -> None:
    nine = seed_figures()["fee-2020-9m-total"]
    assert nine.figure.qualifier_word == "trên"
    assert nine.figure.quantity == parse_amount("344,8 tỷ đồng")


def test_a_source_without_a_date_says_so() -> None:
    cite = seed_figures()["trade-2021-total"].source.cite()
    assert "date unknown" in cite
    assert "seed-003" in cite
