"""The infrastructure fee: schedules, assessment, the columnar path, the bundled data.

Expected fees are derived here with :class:`fractions.Fraction` (base × coefficients,
rounded half-up, capped), never read back from dongdang. Tables other than the
bundled one are written here in TOML, in the format users load.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import amount
from dongdang.errors import (
    DataFileError,
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    OverlappingVersionsError,
    ParseError,
    RateNotFoundError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.fees import (
    Cap,
    Coefficient,
    ContainerSize,
    Crossing,
    FeeSchedule,
    FeeVersion,
    GoodsRegime,
    Journey,
    MixedCargoRule,
    PayloadBracket,
    Rate,
    Split,
    SplitRule,
    lang_son_fee_schedule,
)
from dongdang.fees.columns import COLUMNS, REQUIRED_COLUMNS
from dongdang.fees.crossings import check_goods_code, goods_codes
from dongdang.legal import LegalKind, LegalReference
from fee_tables import (
    GOODS,
    SPARSE,
    USER,
    columns_of,
    expected_single,
    half_up,
    rate_row,
    user_toml,
)
from strategies import brackets, crossing_rows

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

F = Fraction
LAODONG = (
    "https://news.laodong.vn/xe/phi-vao-cua-khau-lang-son-len-toi-5000000-dongluotxe-1523318.ldo"
)
VIETNAM_VN_0805 = (
    "https://www.vietnam.vn/en/tu-ngay-8-5-lang-son-ap-dung-phi-ha-tang-cua-khau-"
    "theo-quy-dinh-moi-bao-va-dai-phat-thanh-truyen-hinh-lang-son"
)


def legal(number: str = "02/2025/NQ-HĐND") -> LegalReference:
    return LegalReference(number=number, kind=LegalKind.RESOLUTION)


def version(id_: str, start: dt.date, end: dt.date | None = None, **fields: Any) -> FeeVersion:
    return FeeVersion(id=id_, start=start, end=end, legal=legal(), **fields)


# -- a user's table, in TOML ---------------------------------------------------------


# -- strategies ----------------------------------------------------------------------

# -- worked examples: the bundled schedule -------------------------------------------


def test_export_under_two_tonnes_of_fresh_produce_pays_100_000() -> None:
    # "vehicles under 2 tons carrying fresh vegetables are exported for 100,000 VND/trip"
    crossing = Crossing(
        date=dt.date(2025, 6, 2), payload=Decimal("1.5"), regime="export", goods="fresh_produce"
    )
    assessment = lang_son_fee_schedule().assess(crossing)
    assert assessment.fee == 100_000
    assert assessment.split == Split(collector=10_000, budget=90_000)
    assert assessment.legal.number == "09/2025/NQ-HĐND"
    assert assessment.version.id == "09/2025"
    assert assessment.rate.source == LAODONG
    assert assessment.coefficients == ()
    assert not assessment.capped
    assert assessment.as_quantity() == amount(100_000, "VND")


def test_tntx_40ft_container_of_agricultural_products_pays_4_000_000() -> None:
    # "The 40-foot container truck carrying temporarily imported and exported
    # agricultural products costs VND4,000,000/trip"
    crossing = Crossing(
        date=dt.date(2025, 5, 8),
        container="40ft",
        regime=GoodsRegime.TEMPORARY_IMPORT_REEXPORT,
        goods="agricultural_products",
    )
    assessment = lang_son_fee_schedule().assess(crossing)
    assert assessment.fee == 4_000_000
    assert assessment.split == Split(collector=400_000, budget=3_600_000)


def test_bundled_assess_many_gives_the_same_two_fees() -> None:
    rows = [
        {"date": dt.date(2025, 6, 2), "payload": 1.5, "regime": "export", "goods": "fresh_produce"},
        {
            "date": dt.date(2026, 1, 1),
            "container": "40ft",
            "regime": "temporary_import_reexport",
            "goods": "agricultural_products",
        },
    ]
    fees = lang_son_fee_schedule().assess_many(columns_of(rows))
    assert fees.dtype == np.int64
    assert fees.tolist() == [100_000, 4_000_000]


def test_before_8_may_2025_the_fee_is_01_2019_whose_rates_are_not_found() -> None:
    crossing = Crossing(date=dt.date(2025, 5, 7), payload=1, regime="export", goods="fresh_produce")
    with pytest.raises(RateNotFoundError) as caught:
        lang_son_fee_schedule().assess(crossing)
    message = str(caught.value)
    assert "01/2019/NQ-HĐND" in message
    assert "version 01/2019" in message
    assert "NOT FOUND" in message
    assert "start assumed" in message
    with pytest.raises(RateNotFoundError, match=r"row 0 .*01/2019/NQ-HĐND") as many:
        lang_son_fee_schedule().assess_many(
            columns_of([{**crossing_kwargs(crossing), "payload": 1.0}])
        )
    # the table's error carries the same data as the crossing's, not only its words
    assert (
        _carried(many.value) == _carried(caught.value) == ("01/2019", "export", ("fresh_produce",))
    )
    assert many.value.vehicle is not None
    assert many.value.vehicle.startswith("payload 1")


def _carried(error: RateNotFoundError) -> tuple[object, ...]:
    return (error.version, error.regime, error.goods)


def crossing_kwargs(crossing: Crossing) -> dict[str, Any]:
    return {
        "date": crossing.date,
        "payload": crossing.payload,
        "container": None if crossing.container is None else crossing.container.value,
        "regime": crossing.regime.value,
        "goods": "+".join(crossing.goods),
        "journey": crossing.journey.value,
    }


def test_bundled_schedule_says_what_is_known_and_what_is_assumed() -> None:
    schedule = lang_son_fee_schedule()
    assert schedule is lang_son_fee_schedule()  # read once
    old, new = schedule.versions
    assert (old.id, old.start, old.end, old.start_assumed) == (
        "01/2019",
        dt.date(2019, 7, 12),
        dt.date(2025, 5, 7),
        True,
    )
    assert old.rates == ()
    assert old.cap is None
    assert old.split is None
    assert old.legal.signed == dt.date(2019, 7, 12)
    assert old.legal.effective is None  # not found, not guessed
    assert old.legal.replaced_by == "09/2025/NQ-HĐND"
    assert any("NOT FOUND" in note for note in old.notes)
    assert (new.start, new.end, new.start_assumed) == (dt.date(2025, 5, 8), None, False)
    assert new.legal.effective == dt.date(2025, 5, 8)
    assert new.legal.signed is None
    assert new.cap is not None
    assert (new.cap.amount, new.cap.source) == (5_000_000, LAODONG)
    assert new.split is not None
    assert new.split.collector == Decimal("0.1")
    assert new.mixed_cargo is not None
    assert new.mixed_cargo.rule == "highest"
    factors = {coefficient.id: coefficient.factor for coefficient in new.coefficients}
    assert factors == {
        "ore_export": 5,
        "inland_delivery": Decimal("1.3"),
        "yard_only": Decimal("0.3"),
    }
    assert len(new.rates) == 2
    provisions: list[Rate | Coefficient | Cap | SplitRule | MixedCargoRule | None] = [
        *new.rates,
        *new.coefficients,
        new.cap,
        new.split,
        new.mixed_cargo,
    ]
    for provision in provisions:
        assert provision is not None
        assert provision.source == LAODONG


def test_bundled_schedule_has_no_rate_for_what_the_source_does_not_state() -> None:
    schedule = lang_son_fee_schedule()
    for kwargs in (
        {"payload": 2, "regime": "export", "goods": "fresh_produce"},  # "under 2 t" excludes 2
        {"payload": 1, "regime": "import", "goods": "fresh_produce"},
        {
            "container": "20ft",
            "regime": "temporary_import_reexport",
            "goods": "agricultural_products",
        },
        {"payload": 1, "regime": "export", "goods": "ore"},
    ):
        with pytest.raises(RateNotFoundError, match="09/2025"):
            schedule.assess(Crossing(date=dt.date(2025, 6, 1), **kwargs))
    with pytest.raises(NotInForceError, match="2019-07-11"):
        schedule.assess(
            Crossing(date=dt.date(2019, 7, 11), payload=1, regime="export", goods="ore")
        )


def test_bundled_inland_and_yard_coefficients_apply_to_the_sourced_rates() -> None:
    schedule = lang_son_fee_schedule()
    tntx = {"container": "40ft", "regime": "temporary_import_reexport"}
    yard = schedule.assess(
        Crossing(
            date=dt.date(2025, 7, 1), goods="agricultural_products", journey="yard_only", **tntx
        )
    )
    assert yard.fee == 1_200_000
    # The 130% is for imported goods delivered inland ("phương tiện chở hàng nhập
    # khẩu ... vào nội địa"): a re-export container on that journey pays its rate.
    inland = schedule.assess(
        Crossing(
            date=dt.date(2025, 7, 1),
            goods="agricultural_products",
            journey="inland_delivery",
            **tntx,
        )
    )
    assert inland.coefficients == ()
    assert inland.fee == 4_000_000
    assert not inland.capped


def test_bundled_inland_coefficient_is_for_imports_only_as_the_source_says() -> None:
    version = lang_son_fee_schedule().versions[-1]
    (inland,) = [c for c in version.coefficients if c.id == "inland_delivery"]
    assert inland.regimes == (GoodsRegime.IMPORT,)
    assert inland.note is not None
    assert "import goods using border gate infrastructure to enter the inland" in inland.note
    assert VIETNAM_VN_0805 in inland.note
    for regime in GoodsRegime:
        applies = inland.applies(regime, "agricultural_products", Journey.INLAND_DELIVERY)
        assert applies is (regime is GoodsRegime.IMPORT)


def test_bundled_cap_after_coefficients_is_marked_as_an_assumption() -> None:
    version = lang_son_fee_schedule().versions[-1]
    assert version.cap is not None
    assert version.cap.note is not None
    assert "ASSUMPTION" in version.cap.note
    assumptions = [note for note in version.notes if note.startswith("ASSUMPTION")]
    assert any("5.000.000" in note and "headline" in note for note in assumptions)
    assert any("multiplies" in note for note in assumptions)


def test_bundled_signing_date_of_09_2025_stays_unknown_with_the_unconfirmed_report() -> None:
    version = lang_son_fee_schedule().versions[-1]
    assert version.legal.signed is None
    (note,) = [note for note in version.notes if "signing date" in note]
    assert "NOT FOUND" in note
    assert "April 28, 2025" in note


# -- worked examples: coefficients on a user table -----------------------------------


def test_export_ore_pays_five_times_the_basic_level() -> None:
    base = {"date": dt.date(2025, 3, 1), "payload": 3, "regime": "export"}
    basic = USER.assess(Crossing(goods="coal", **base))
    ore = USER.assess(Crossing(goods="ore", **base))
    assert basic.fee == 100_005 + 150_015 + 7  # the rate for any goods
    assert ore.rate.amount == 40_001  # the ore row wins over the row for any goods
    assert ore.fee == 5 * 40_001
    assert [coefficient.id for coefficient in ore.coefficients] == ["ore_export"]


def test_imports_delivered_inland_pay_130_percent() -> None:
    crossing = Crossing(
        date=dt.date(2025, 3, 1),
        payload=Decimal(7),
        regime="import",
        goods="fruit",
        journey="inland_delivery",
    )
    assessment = USER.assess(crossing)
    # 333.335 × 1,3 = 433.335,5: half-up gives 433.336.
    assert assessment.charged.exact == Decimal("433335.5")
    assert assessment.fee == 433_336


def test_transshipment_at_the_yard_only_pays_30_percent() -> None:
    crossing = Crossing(
        date=dt.date(2025, 3, 1), payload=1, regime="export", goods="fruit", journey="yard_only"
    )
    # (100.005 + 7) × 0,3 = 30.003,6 → 30.004
    assert USER.assess(crossing).fee == 30_004


def test_coefficients_multiply_and_the_cap_holds() -> None:
    crossing = Crossing(
        date=dt.date(2024, 3, 1),
        container="40ft",
        regime="export",
        goods="ore",
        journey="inland_delivery",
    )
    assessment = USER.assess(crossing)
    assert assessment.charged.before_cap == half_up(1_200_001 * 5 * F(5, 4))
    assert assessment.fee == 5_000_000
    assert assessment.capped
    assert assessment.split == Split(collector=500_000, budget=4_500_000)
    text = assessment.explain()
    assert "ore export 5 × inland delivery 1.25" in text
    assert "applied" in text
    assert "to 31 December 2024" in text
    vietnamese = assessment.explain("vi")
    assert "× 5 (quặng xuất khẩu) × 1,25 (hàng nhập khẩu chở vào nội địa)" in vietnamese
    assert "đến ngày 31/12/2024" in vietnamese


def test_mixed_cargo_pays_the_highest_and_explains_each_goods() -> None:
    crossing = Crossing(
        date=dt.date(2025, 3, 1), payload=Decimal("2.5"), regime="export", goods="fruit+ore"
    )
    assessment = USER.assess(crossing)
    assert [line.fee for line in assessment.lines] == [250_027, 200_005]
    assert assessment.charged.goods == "fruit"
    assert assessment.fee == 250_027
    assert "Mixed cargo: fruit 250,027 đồng, ore 200,005 đồng" in assessment.explain()
    assert "Xe chở nhiều loại hàng" in assessment.explain("vi")


# -- explanations --------------------------------------------------------------------


def test_explain_in_vietnamese_and_without_cap_or_split() -> None:
    bare = FeeSchedule(
        versions=[
            version(
                "bare",
                dt.date(2025, 1, 1),
                rates=[Rate(vehicle="20ft", regime="transit", amount=700_000, source="test")],
            )
        ]
    )
    assessment = bare.assess(
        Crossing(date=dt.date(2025, 2, 1), container="20ft", regime="transit", goods="rare_timber")
    )
    assert assessment.split is None
    english = assessment.explain("en")
    assert "Cap: none stated." in english
    assert "Split: none stated." in english
    assert "20ft container × transit × any goods" in english
    vietnamese = assessment.explain("vi")
    assert "loại hình quá cảnh" in vietnamese
    # a goods code the catalogue does not name is not shown to a Vietnamese reader
    assert "hàng thuộc loại chưa có tên tiếng Việt" in vietnamese
    assert "timber" not in vietnamese
    assert "goods rare timber" in english  # an unnamed code, in words
    assert "xe chở container 20 feet" in vietnamese
    assert "Phí: 700.000 đồng." in vietnamese
    assert "Mức thu tối đa: không quy định." in vietnamese
    assert "Phân chia: không quy định." in vietnamese
    with pytest.raises(InvalidValueError, match="'fr'"):
        assessment.explain("fr")  # type: ignore[arg-type]


def test_explain_in_vietnamese_with_coefficients_cap_and_split() -> None:
    crossing = Crossing(date=dt.date(2025, 3, 1), container="40ft", regime="export", goods="ore")
    text = USER.assess(crossing).explain("vi")
    assert "Hệ số: 1.200.001 đồng × 5 (quặng xuất khẩu) = 6.000.005" in text
    assert "đã áp dụng" in text
    assert "để lại đơn vị thu (10%)" in text


def test_explain_says_each_step_on_its_own_line() -> None:
    crossing = Crossing(
        date=dt.date(2024, 3, 1),
        payload=Decimal("2.5"),
        regime="export",
        goods="fruit+ore",
        journey="inland_delivery",
    )
    assessment = USER.assess(crossing)
    # 250.020 × 1,25 = 312.525 for the fruit, 200.005 × 1,25 = 250.006,25 for the ore
    assert assessment.explain("en").splitlines() == [
        (
            "Crossing of 1 March 2024: payload 2.5 t, export, goods fruit, ore, "
            "inland delivery journey."
        ),
        (
            "Version 2024, in force from 1 January 2024 to 31 December 2024: "
            "Resolution 04/2024/NQ-HĐND."
        ),
        "Mixed cargo: fruit 312,525 đồng, ore 250,006 đồng; the highest, fruit, is charged.",
        "Base rate: 250,020 đồng for payload from 2 t to 5 t × export × any goods (source: test).",
        (
            "Coefficients: 250,020 đồng × inland delivery 1.25 = 312,525, "
            "rounded half-up: 312,525 đồng."
        ),
        "Cap: 5,000,000 đồng per trip, not reached.",
        "Fee: 312,525 đồng.",
        "Split: 31,253 đồng to the collector (10%), 281,272 đồng to the provincial budget.",
    ]
    vietnamese = assessment.explain("vi").splitlines()
    assert len(vietnamese) == 8  # the eight steps above
    assert vietnamese[0].startswith("Lượt xe ngày 01/03/2024: xe có tải trọng 2,5 tấn")
    assert vietnamese[1].endswith("hiệu lực từ ngày 01/01/2024 đến ngày 31/12/2024.")
    assert "quặng 250.006 đồng" in vietnamese[2]
    assert "= 312.525, làm tròn: 312.525 đồng." in vietnamese[4]
    assert vietnamese[5] == "Mức thu tối đa: 5.000.000 đồng/lượt/xe, chưa đến mức tối đa."
    assert vietnamese[7].startswith("Phân chia: 31.253 đồng để lại đơn vị thu (10%), 281.272 đồng")
    # the exact product in the reader's number format
    ore = Crossing(date=dt.date(2024, 3, 1), container="40ft", regime="export", goods="ore")
    assert "= 6.000.005, làm tròn" in USER.assess(ore).explain("vi")
    inland = Crossing(
        date=ore.date, container="40ft", regime="export", goods="ore", journey="inland_delivery"
    )
    assert "= 7,500,006.25, rounded half-up: 7,500,006 đồng" in USER.assess(inland).explain()
    # a version still in force has no end to state
    current = lang_son_fee_schedule().assess(
        Crossing(date=dt.date(2025, 6, 2), payload=1, regime="export", goods="fresh_produce")
    )
    version_line = current.explain().splitlines()[1]
    assert version_line.startswith("Version 09/2025, in force from 8 May 2025: Resolution ")


IDENTIFIER = re.compile(r"\b[a-z]+(_[a-z0-9]+)+\b|\b[A-Z]{3,}_[A-Z_]+\b")


@pytest.mark.parametrize(
    ("crossing", "vietnamese", "english"),
    [
        (
            Crossing(
                date=dt.date(2025, 6, 2),
                payload=Decimal("1.5"),
                regime="export",
                goods="fresh_produce",
            ),
            (
                "xe có tải trọng 1,5 tấn, loại hình xuất khẩu, hàng rau quả tươi",
                "đối với xe có tải trọng dưới 2 tấn, loại hình xuất khẩu, hàng rau quả tươi",
            ),
            ("payload 1.5 t, export, goods fresh produce", "for payload under 2 t × export"),
        ),
        (
            Crossing(
                date=dt.date(2025, 6, 2),
                container="40ft",
                regime="temporary_import_reexport",
                goods="agricultural_products",
                journey="yard_only",
            ),
            (
                (
                    "xe chở container 40 feet, loại hình tạm nhập tái xuất, hàng nông sản, "
                    "chỉ sang tải tại bãi"
                ),
                "4.000.000 đồng × 0,3 (chỉ sang tải tại bãi)",
            ),
            ("40ft container, temporary import for re-export", "goods agricultural products"),
        ),
    ],
    ids=["payload", "container"],
)
def test_the_vietnamese_explanation_names_goods_vehicles_and_regimes_in_words(
    crossing: Crossing, vietnamese: tuple[str, ...], english: tuple[str, ...]
) -> None:
    assessment = lang_son_fee_schedule().assess(crossing)
    text = assessment.explain("vi")
    for words in vietnamese:
        assert words in text
    assert IDENTIFIER.findall(text) == []
    assert "[0, 2)" not in text
    assert "Phiên bản" not in text  # the resolution is named, not the version's code
    assert re.search(r"\d\.\d{1,2}\b", text) is None  # no English decimal point
    for words in english:
        assert words in assessment.explain("en")


@pytest.mark.parametrize(
    ("bracket", "vietnamese", "english"),
    [
        ("[0, 2)", "dưới 2 tấn", "under 2 t"),
        ("[0, 2]", "đến 2 tấn", "up to 2 t"),
        ("[2, 5)", "từ 2 tấn đến dưới 5 tấn", "from 2 t to under 5 t"),
        ("(2.5, 5]", "trên 2,5 tấn đến 5 tấn", "over 2.5 t to 5 t"),
        ("[2, 5]", "từ 2 tấn đến 5 tấn", "from 2 t to 5 t"),
        ("(2, 5)", "trên 2 tấn đến dưới 5 tấn", "over 2 t to under 5 t"),
        ("[30, inf)", "từ 30 tấn trở lên", "30 t or more"),
        ("(30, inf)", "trên 30 tấn", "over 30 t"),
        ("[0, inf)", "bất kỳ", "of any size"),
    ],
)
def test_a_payload_bracket_is_written_in_words(bracket: str, vietnamese: str, english: str) -> None:
    parsed = PayloadBracket.parse(bracket)
    assert (parsed.words("vi"), parsed.words("en")) == (vietnamese, english)


# -- properties ----------------------------------------------------------------------


@st.composite
def version_sets(draw: st.DrawFn) -> list[FeeVersion]:
    """Non-overlapping versions with gaps, in shuffled order; the last may be open."""
    count = draw(st.integers(min_value=1, max_value=6))
    day = dt.date(2000, 1, 1) + dt.timedelta(days=draw(st.integers(0, 100)))
    versions = []
    for number in range(count):
        length = draw(st.integers(min_value=0, max_value=400))
        last = number == count - 1
        end = None if last and draw(st.booleans()) else day + dt.timedelta(days=length)
        versions.append(version(f"v{number}", day, end))
        day = (end or day) + dt.timedelta(days=1 + draw(st.integers(0, 30)))
    return list(draw(st.permutations(versions)))


@given(version_sets(), st.dates(min_value=dt.date(1999, 1, 1), max_value=dt.date(2005, 1, 1)))
def test_in_force_is_the_latest_version_started_on_or_before_the_day(
    versions: list[FeeVersion], day: dt.date
) -> None:
    schedule = FeeSchedule(versions=versions)
    assert [v.start for v in schedule.versions] == sorted(v.start for v in versions)
    started = [v for v in versions if v.start <= day]
    latest = max(started, key=lambda v: v.start) if started else None
    if latest is not None and (latest.end is None or day <= latest.end):
        assert schedule.in_force(day) is latest
    else:
        with pytest.raises(NotInForceError) as caught:
            schedule.in_force(day)
        assert day.isoformat() in str(caught.value)
        assert versions[0].start.isoformat() in str(caught.value)


@given(bracket=brackets(), high_inclusive=st.booleans())
def test_bracket_ends_are_in_or_out_as_their_side_says(
    bracket: PayloadBracket, *, high_inclusive: bool
) -> None:
    if bracket.high is not None:
        bracket = PayloadBracket(
            low=bracket.low,
            high=bracket.high,
            low_inclusive=bracket.low_inclusive,
            high_inclusive=high_inclusive,
        )
    step = Decimal("0.001")
    assert (bracket.low in bracket) is bracket.low_inclusive
    assert bracket.low - step not in bracket
    assert bracket.low + step in bracket
    if bracket.high is not None:
        assert (bracket.high in bracket) is bracket.high_inclusive
        assert bracket.high + step not in bracket
        assert bracket.high - step in bracket
    assert PayloadBracket.parse(str(bracket)) == bracket
    # Both paths agree at the ends and just beside them.
    schedule = FeeSchedule(
        versions=[
            version(
                "one",
                dt.date(2025, 1, 1),
                rates=[Rate(vehicle=bracket, regime="export", amount=1_000, source="test")],
            )
        ]
    )
    ends = [bracket.low] if bracket.high is None else [bracket.low, bracket.high]
    for end in ends:
        for payload in (
            float(end),
            math.nextafter(float(end), -1),
            math.nextafter(float(end), 1e9),
        ):
            row = {
                "date": dt.date(2025, 1, 2),
                "payload": payload,
                "regime": "export",
                "goods": "x",
            }
            inside = Decimal(repr(payload)) in bracket
            assert inside is (payload >= 0 and _inside(bracket, F(repr(payload))))
            if inside:
                assert schedule.assess(Crossing(**row)).fee == 1_000
                assert schedule.assess_many(columns_of([row])).tolist() == [1_000]
            elif payload >= 0:
                with pytest.raises(RateNotFoundError):
                    schedule.assess(Crossing(**row))
                with pytest.raises(RateNotFoundError, match="row 0"):
                    schedule.assess_many(columns_of([row]))


def _inside(bracket: PayloadBracket, payload: Fraction) -> bool:
    """Membership by hand, in fractions."""
    low = F(bracket.low)
    above = payload >= low if bracket.low_inclusive else payload > low
    if bracket.high is None:
        return above
    high = F(bracket.high)
    return above and (payload <= high if bracket.high_inclusive else payload < high)


@given(st.lists(crossing_rows(), min_size=1, max_size=40))
def test_assess_many_equals_assess_row_by_row(rows: list[dict[str, Any]]) -> None:
    scalar = [USER.assess(Crossing(**row)).fee for row in rows]
    assert USER.assess_many(columns_of(rows)).tolist() == scalar
    for row, fee in zip(rows, scalar, strict=True):
        goods = row["goods"].split("+")
        assert fee == max(expected_single(row, one) for one in goods)


@given(
    st.lists(
        crossing_rows(start=dt.date(2025, 1, 1), goods=["fruit", "ore"]), min_size=1, max_size=12
    )
)
def test_assess_many_refuses_the_first_row_assess_refuses(rows: list[dict[str, Any]]) -> None:
    failing = []
    fees = []
    for position, row in enumerate(rows):
        try:
            fees.append(SPARSE.assess(Crossing(**row)).fee)
        except RateNotFoundError:
            failing.append(position)
    if failing:
        with pytest.raises(RateNotFoundError) as caught:
            SPARSE.assess_many(columns_of(rows))
        assert str(caught.value).startswith(f"row {failing[0]} (")
    else:
        assert SPARSE.assess_many(columns_of(rows)).tolist() == fees


@given(
    st.integers(min_value=0, max_value=10**15),
    st.decimals(min_value=0, max_value=1, places=4),
)
def test_split_parts_always_sum_to_the_fee(fee: int, share: Decimal) -> None:
    split = SplitRule(collector=share, source="test").divide(fee)
    assert split.collector + split.budget == split.total == fee
    assert split.collector == half_up(fee * F(share))
    assert 0 <= split.collector <= fee


@given(st.lists(crossing_rows(), min_size=1, max_size=10))
def test_the_cap_is_never_exceeded(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        assessment = USER.assess(Crossing(**row))
        assert assessment.fee <= 5_000_000
        assert assessment.capped is (assessment.charged.before_cap > 5_000_000)
        assert assessment.split is not None
        assert assessment.split.total == assessment.fee
    assert (USER.assess_many(columns_of(rows)) <= 5_000_000).all()


@given(crossing_rows(), st.lists(st.sampled_from(GOODS), min_size=2, max_size=4, unique=True))
def test_mixed_cargo_fee_is_the_highest_single_goods_fee(
    row: dict[str, Any], goods: list[str]
) -> None:
    mixed = USER.assess(Crossing(**{**row, "goods": tuple(goods)}))
    singles = [USER.assess(Crossing(**{**row, "goods": one})).fee for one in goods]
    assert mixed.fee == max(singles)
    assert [line.fee for line in mixed.lines] == singles
    assert mixed.charged is mixed.lines[singles.index(max(singles))]


# -- bad inputs: the typed error, and a message that names the input ---------------

_LEGAL_TOML = '[versions.legal]\nnumber = "02/2025/NQ-HĐND"\n'


def _toml(*versions: str) -> str:
    return "\n".join(f"[[versions]]\n{body}" for body in versions)


def _overlapping_versions() -> object:
    return FeeSchedule(
        versions=[
            version("a", dt.date(2020, 1, 1), dt.date(2021, 6, 30)),
            version("b", dt.date(2021, 1, 1)),
        ]
    )


def _overlapping_versions_loaded() -> object:
    return FeeSchedule.loads(
        _toml(
            f"id = 'a'\nstart = 2020-01-01\n{_LEGAL_TOML}",
            f"id = 'b'\nstart = 2021-01-01\n{_LEGAL_TOML}",
        ),
        name="overlap.toml",
    )


def _duplicate_versions() -> object:
    return FeeSchedule(
        versions=[
            version("a", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
            version("b", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        ]
    )


def _duplicate_versions_loaded() -> object:
    return FeeSchedule.loads(
        _toml(
            f"id = 'same'\nstart = 2020-01-01\nend = 2020-12-31\n{_LEGAL_TOML}",
            f"id = 'same'\nstart = 2021-01-01\n{_LEGAL_TOML}",
        ),
        name="twice.toml",
    )


def _duplicate_key() -> object:
    return FeeSchedule.loads(
        _toml(
            f"id = 'a'\nstart = 2020-01-01\n{_LEGAL_TOML}[[versions.rates]]\n"
            'container = "20ft"\nregime = "export"\namount = 1\namount = 2\nsource = "s"\n'
        ),
        name="dup-key.toml",
    )


_ROW = '[[versions.rates]]\npayload = "[0, 2)"\nregime = "export"\ngoods = "fresh_produce"\n'


def _duplicate_rows_loaded() -> object:
    return FeeSchedule.loads(
        _toml(
            f"id = 'a'\nstart = 2020-01-01\n{_LEGAL_TOML}"
            f'{_ROW}amount = 1\nsource = "s"\n{_ROW}amount = 2\nsource = "s"\n'
        ),
        name="dup-rows.toml",
    )


def _duplicate_rows() -> object:
    row = Rate(vehicle="[0, 2)", regime="export", goods="fresh_produce", amount=1, source="s")
    return version("a", dt.date(2020, 1, 1), rates=[row, row])


def _overlapping_rows() -> object:
    return version(
        "a",
        dt.date(2020, 1, 1),
        rates=[
            Rate(vehicle="[0, 2]", regime="export", amount=1, source="s"),
            Rate(vehicle="[2, 5)", regime="export", amount=2, source="s"),
        ],
    )


def _crossing(**changes: Any) -> Crossing:
    fields: dict[str, Any] = {
        "date": dt.date(2025, 6, 2),
        "payload": 1,
        "regime": "export",
        "goods": "fresh_produce",
    }
    return Crossing(**{**fields, **changes})


def _bad_bracket_loaded() -> object:
    return FeeSchedule.loads(
        _toml(
            f"id = 'a'\nstart = 2020-01-01\n{_LEGAL_TOML}[[versions.rates]]\n"
            'payload = "[5, 2)"\nregime = "export"\namount = 1\nsource = "s"\n'
        ),
        name="bracket.toml",
    )


def _negative_rate_loaded() -> object:
    return FeeSchedule.loads(
        _toml(
            f"id = 'a'\nstart = 2020-01-01\n{_LEGAL_TOML}[[versions.rates]]\n"
            'container = "20ft"\nregime = "export"\namount = -100\nsource = "s"\n'
        ),
        name="negative.toml",
    )


def _columns(**changes: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "date": np.array(["2025-06-02", "2025-06-03", "2025-06-04"], dtype="datetime64[D]"),
        "payload": np.array([1.0, 1.5, np.nan]),
        "container": np.array(["", "", "40ft"]),
        "regime": np.array(["export", "export", "temporary_import_reexport"]),
        "goods": np.array(["fresh_produce", "fresh_produce", "agricultural_products"]),
    }
    table.update(changes)
    return {name: value for name, value in table.items() if value is not None}


def test_a_refused_row_of_assess_many_keeps_the_data_of_its_error() -> None:
    # The row is written in front of the message; the field, the value and the row are kept.
    with pytest.raises(InvalidValueError) as caught:
        lang_son_fee_schedule().assess_many(_columns(payload=np.array([1.0, -2.5, np.nan])))
    error = caught.value
    assert (error.name, error.value) == ("payload", -2.5)
    assert error.where is not None
    assert error.where.startswith("row 1 (")
    assert str(error).startswith(f"{error.where}: payload must be a finite number of tonnes")


BAD_INPUTS: list[tuple[str, Callable[[], object], type[DongDangError], list[str]]] = [
    (
        "overlapping versions",
        _overlapping_versions,
        OverlappingVersionsError,
        ["a (", "b (", "2021-01-01", "2021-06-30"],
    ),
    (
        "overlapping versions, loaded",
        _overlapping_versions_loaded,
        OverlappingVersionsError,
        ["overlap.toml", "version a", "version b", "2021-01-01"],
    ),
    (
        "duplicate versions",
        _duplicate_versions,
        OverlappingVersionsError,
        ["versions a", "and b", "2020-01-01", "duplicate"],
    ),
    (
        "duplicate versions, loaded",
        _duplicate_versions_loaded,
        OverlappingVersionsError,
        ["twice.toml", "'same'", "duplicate"],
    ),
    (
        "duplicate key in a rate file",
        _duplicate_key,
        DataFileError,
        ["dup-key.toml", "duplicate key 'amount'", "line 10"],
    ),
    (
        "duplicate rate rows, loaded",
        _duplicate_rows_loaded,
        DataFileError,
        [
            "dup-rows.toml",
            "versions[0] (a)",
            "rates[1]",
            "payload [0, 2) × export × fresh_produce",
            "duplicates",
        ],
    ),
    (
        "duplicate rate rows",
        _duplicate_rows,
        InvalidValueError,
        ["version a", "rates[1]", "payload [0, 2) × export × fresh_produce", "duplicates rates[0]"],
    ),
    (
        "overlapping rate rows",
        _overlapping_rows,
        InvalidValueError,
        ["version a: rates[1] overlaps rates[0] (payload [0, 2]", "got 'payload [2, 5) × export"],
    ),
    (
        "negative payload",
        lambda: _crossing(payload=Decimal("-1.5")),
        InvalidValueError,
        ["payload", "-1.5"],
    ),
    ("NaN payload", lambda: _crossing(payload=float("nan")), InvalidValueError, ["payload", "nan"]),
    (
        "NaN Decimal payload",
        lambda: _crossing(payload=Decimal("NaN")),
        InvalidValueError,
        ["payload", "NaN"],
    ),
    (
        "unknown goods regime",
        lambda: _crossing(regime="tntx"),
        UnknownCodeError,
        ["'tntx'", "goods regime", "'temporary_import_reexport'"],
    ),
    (
        "date before the first version",
        lambda: lang_son_fee_schedule().assess(_crossing(date=dt.date(2019, 1, 1))),
        NotInForceError,
        ["2019-01-01", "2019-07-12", "01/2019"],
    ),
    (
        "no sourced rate",
        lambda: lang_son_fee_schedule().assess(_crossing(goods="ore")),
        RateNotFoundError,
        ["payload 1 t", "export", "goods ore", "09/2025"],
    ),
    (
        "unknown container size",
        lambda: _crossing(payload=None, container="45ft"),
        UnknownCodeError,
        ["'45ft'", "'20ft'"],
    ),
    (
        "malformed TOML",
        lambda: FeeSchedule.loads("versions = [\nid = 1", name="broken.toml"),
        DataFileError,
        ["broken.toml", "line 2", "id = 1"],
    ),
    (
        "bracket with low > high",
        lambda: PayloadBracket.parse("[5, 2)"),
        InvalidValueError,
        ["[5, 2)", "low (5)", "high (2)"],
    ),
    (
        "bracket with low > high, loaded",
        _bad_bracket_loaded,
        DataFileError,
        ["bracket.toml", "rates[0]", "[5, 2)"],
    ),
    (
        "negative rate",
        lambda: Rate(vehicle="20ft", regime="export", amount=-100, source="s"),
        InvalidValueError,
        ["amount", "-100"],
    ),
    (
        "negative rate, loaded",
        _negative_rate_loaded,
        DataFileError,
        ["negative.toml", "rates[0]", "-100"],
    ),
    (
        "assess_many: missing column",
        lambda: lang_son_fee_schedule().assess_many(_columns(regime=None)),
        InvalidValueError,
        ["columns must include 'regime', got ('date', 'goods',"],
    ),
    (
        "assess_many: no vehicle column",
        lambda: lang_son_fee_schedule().assess_many(_columns(payload=None, container=None)),
        InvalidValueError,
        ["'payload'", "'container'"],
    ),
    (
        "assess_many: mismatched lengths",
        lambda: lang_son_fee_schedule().assess_many(_columns(goods=np.array(["ore"]))),
        InvalidValueError,
        ["'date': 3", "'goods': 1"],
    ),
    (
        "assess_many: unknown regime",
        lambda: lang_son_fee_schedule().assess_many(
            _columns(regime=np.array(["export", "tntx", "transit"]))
        ),
        UnknownCodeError,
        ["row 1", "'tntx'"],
    ),
    (
        "assess_many: no sourced rate",
        lambda: lang_son_fee_schedule().assess_many(
            _columns(goods=np.array(["fresh_produce", "ore", "agricultural_products"]))
        ),
        RateNotFoundError,
        ["row 1", "date 2025-06-03", "payload 1.5 t", "goods ore", "09/2025"],
    ),
    (
        "assess_many: negative payload",
        lambda: lang_son_fee_schedule().assess_many(
            _columns(payload=np.array([1.0, -2.5, np.nan]))
        ),
        InvalidValueError,
        ["row 1", "-2.5"],
    ),
    (
        "assess_many: infinite payload",
        lambda: lang_son_fee_schedule().assess_many(
            _columns(payload=np.array([np.inf, 1, np.nan]))
        ),
        InvalidValueError,
        ["row 0", "inf"],
    ),
    (
        "assess_many: unknown container",
        lambda: lang_son_fee_schedule().assess_many(_columns(container=np.array(["", "", "45ft"]))),
        UnknownCodeError,
        ["row 2", "'45ft'"],
    ),
    (
        "assess_many: unknown journey",
        lambda: lang_son_fee_schedule().assess_many(
            _columns(journey=np.array(["standard", "inland", "standard"]))
        ),
        UnknownCodeError,
        ["row 1", "'inland'"],
    ),
    (
        "assess_many: payload and container",
        lambda: lang_son_fee_schedule().assess_many(
            _columns(container=np.array(["", "20ft", "40ft"]))
        ),
        InvalidValueError,
        ["row 1", "give a payload or a container, not both", "'container': '20ft'"],
    ),
    (
        "assess_many: missing date",
        lambda: lang_son_fee_schedule().assess_many(
            _columns(date=np.array(["2025-06-02", "NaT", "2025-06-04"], dtype="datetime64[D]"))
        ),
        InvalidValueError,
        ["row 1", "NaT"],
    ),
    (
        "assess_many: date before the first version",
        lambda: lang_son_fee_schedule().assess_many(
            _columns(
                date=np.array(["2019-01-01", "2025-06-02", "2025-06-02"], dtype="datetime64[D]")
            )
        ),
        NotInForceError,
        ["row 0", "2019-01-01"],
    ),
    (
        "assess_many: bad goods",
        lambda: lang_son_fee_schedule().assess_many(
            _columns(goods=np.array(["fresh_produce", "Ore", ""]))
        ),
        InvalidValueError,
        ["row 1", "'Ore'"],
    ),
]


@pytest.mark.parametrize(
    ("call", "error", "named"),
    [row[1:] for row in BAD_INPUTS],
    ids=[row[0] for row in BAD_INPUTS],
)
def test_bad_input_raises_a_typed_error_naming_it(
    call: Callable[[], object], error: type[DongDangError], named: list[str]
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert type(caught.value) is error
    message = str(caught.value)
    for part in named:
        assert part in message, (part, message)


# -- the columnar path: inputs it takes ----------------------------------------------


def test_assess_many_takes_a_pandas_dataframe_with_missing_values() -> None:
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2025-06-02 13:45", "2025-06-03 00:00"]),
            "payload": [1.5, None],
            "container": [None, "40ft"],
            "regime": ["export", "temporary_import_reexport"],
            "goods": ["fresh_produce", "agricultural_products"],
            "journey": ["standard", "yard_only"],
            "gate": ["huu_nghi", None],
            "declaration": ["A", "B"],
        }
    )
    assert lang_son_fee_schedule().assess_many(frame).tolist() == [100_000, 1_200_000]
    frame["container"] = pd.array([pd.NA, "40ft"], dtype="string")
    assert lang_son_fee_schedule().assess_many(frame).tolist() == [100_000, 1_200_000]


def test_assess_many_takes_object_columns_dates_as_text_and_int_payloads() -> None:
    table = {
        "date": np.array([dt.date(2025, 6, 2), "2025-06-03"], dtype=object),
        "payload": np.array([1, 0], dtype=np.int64),
        "container": np.array([None, float("nan")], dtype=object),
        "regime": np.array(["export", "export"], dtype=object),
        "goods": ["fresh_produce", "fresh_produce"],
    }
    assert lang_son_fee_schedule().assess_many(table).tolist() == [100_000, 100_000]
    table["date"] = np.array(["2025-06-02", "2025-06-03"])
    assert lang_son_fee_schedule().assess_many(table).tolist() == [100_000, 100_000]


def test_assess_many_reads_object_columns_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    table = {
        "date": np.array(["2025-06-02", "2025-06-03", "2025-06-04"], dtype="datetime64[D]"),
        "payload": np.array([1.0, np.nan, np.nan]),
        "container": np.array([float("nan"), "40ft", "40ft"], dtype=object),
        "regime": np.array(["export", "temporary_import_reexport", None], dtype=object),
        "goods": np.array(["fresh_produce", "agricultural_products", "ore"], dtype=object),
    }
    with pytest.raises(UnknownCodeError, match=r"row 2 .*unknown goods regime ''"):
        lang_son_fee_schedule().assess_many(table)
    table["regime"][2] = pd.NA
    with pytest.raises(UnknownCodeError, match="row 2"):
        lang_son_fee_schedule().assess_many(table)
    table["regime"][2] = "temporary_import_reexport"
    table["goods"][2] = 7
    with pytest.raises(InvalidValueError, match=r"row 2 .*goods must be a goods code: .*, got '7'"):
        lang_son_fee_schedule().assess_many(table)
    table["goods"][2] = "agricultural_products"
    assert lang_son_fee_schedule().assess_many(table).tolist() == [100_000, 4_000_000, 4_000_000]


def test_assess_many_without_a_payload_or_container_column() -> None:
    containers = {
        "date": np.array(["2025-06-02"], dtype="datetime64[D]"),
        "container": np.array(["40ft"]),
        "regime": np.array(["temporary_import_reexport"]),
        "goods": np.array(["agricultural_products"]),
    }
    assert lang_son_fee_schedule().assess_many(containers).tolist() == [4_000_000]
    payloads = {
        "date": np.array(["2025-06-02"], dtype="datetime64[D]"),
        "payload": np.array([0.5]),
        "regime": np.array(["export"]),
        "goods": np.array(["fresh_produce"]),
    }
    assert lang_son_fee_schedule().assess_many(payloads).tolist() == [100_000]


def test_assess_many_of_no_rows_is_an_empty_int64_array() -> None:
    empty = {name: np.array([], dtype=str) for name in ("regime", "goods", "container")}
    fees = USER.assess_many(
        {**empty, "date": np.array([], dtype="datetime64[D]"), "payload": np.array([])}
    )
    assert fees.dtype == np.int64
    assert fees.shape == (0,)


def test_assess_many_with_many_goods_categories() -> None:
    # More categories than the few a linear scan handles: a binary search finds them.
    goods = [f"goods_{number:02}" for number in range(12)]
    mixed = '[versions.mixed_cargo]\nrule = "highest"\nsource = "s"\n'
    text = _toml(_VERSION + mixed) + "".join(
        rate_row('container = "20ft"', "transit", 1_000 + number, code)
        for number, code in enumerate(goods)
    )
    schedule = FeeSchedule.loads(text, name="many.toml")
    rows = [
        {"date": dt.date(2021, 1, 1), "container": "20ft", "regime": "transit", "goods": code}
        for code in [*goods, "goods_03+goods_11", "goods_07"]
    ]
    expected = [schedule.assess(Crossing(**row)).fee for row in rows]
    assert expected == [*range(1_000, 1_012), 1_011, 1_007]
    assert schedule.assess_many(columns_of(rows)).tolist() == expected


def test_assess_many_reuses_its_plan() -> None:
    schedule = FeeSchedule.loads(user_toml(), name="again.toml")
    rows = [{"date": dt.date(2025, 2, 1), "payload": 3, "regime": "transit", "goods": "fruit"}]
    first = schedule.assess_many(columns_of(rows))
    plan = schedule._cache["plan"]
    assert schedule.assess_many(columns_of(rows)).tolist() == first.tolist()
    assert schedule._cache["plan"] is plan


@pytest.mark.parametrize(
    ("columns", "error", "named"),
    [
        ([1, 2], InvalidTypeError, "list"),
        ({**_columns(), "date": np.array([1, 2, 3])}, InvalidTypeError, "'date'"),
        ({**_columns(), "date": np.array(["soon", "x", "y"])}, InvalidValueError, "'date'"),
        ({**_columns(), "payload": np.array(["1", "2", ""])}, InvalidTypeError, "'payload'"),
        ({**_columns(), "regime": np.array([1, 2, 3])}, InvalidTypeError, "'regime'"),
        ({**_columns(), "goods": np.array([["a"], ["b"], ["c"]])}, InvalidValueError, "'goods'"),
    ],
    ids=["not a mapping", "int dates", "text not dates", "text payloads", "int codes", "2-D"],
)
def test_assess_many_refuses_columns_of_the_wrong_kind(
    columns: object, error: type[DongDangError], named: str
) -> None:
    with pytest.raises(error, match=named):
        lang_son_fee_schedule().assess_many(columns)  # type: ignore[arg-type]


def test_assess_many_names_the_row_of_mixed_cargo_without_a_rule() -> None:
    schedule = FeeSchedule.loads(user_toml(mixed=False), name="no-mixed.toml")
    rows = [
        {"date": dt.date(2025, 2, 1), "payload": 3, "regime": "transit", "goods": "fruit"},
        {"date": dt.date(2025, 2, 1), "payload": 3, "regime": "transit", "goods": "fruit+ore"},
    ]
    with pytest.raises(RateNotFoundError, match="no rule for mixed cargo") as caught:
        schedule.assess(Crossing(**rows[1]))
    assert "fruit, ore" in str(caught.value)
    with pytest.raises(RateNotFoundError, match=r"row 1 .*no rule for mixed cargo") as many:
        schedule.assess_many(columns_of(rows))
    assert _carried(many.value) == _carried(caught.value)
    assert many.value.goods == ("fruit", "ore")
    assert schedule.assess_many(columns_of(rows[:1])).tolist() == [
        schedule.assess(Crossing(**rows[0])).fee
    ]


def _huge_schedule(amount_: int) -> FeeSchedule:
    return FeeSchedule(
        versions=[
            version(
                "huge",
                dt.date(2025, 1, 1),
                rates=[Rate(vehicle="20ft", regime="import", amount=amount_, source="s")],
                coefficients=[
                    Coefficient(
                        id="inland", factor=Decimal("1.3"), journeys="inland_delivery", source="s"
                    )
                ],
            )
        ]
    )


def test_assess_many_stays_exact_beyond_int64_products() -> None:
    schedule = _huge_schedule(8 * 10**18)  # 2 × 8e18 × 13 overflows int64; the rate does not
    rows = [
        {"date": dt.date(2025, 2, 1), "container": "20ft", "regime": "import", "goods": "x"},
        {
            "date": dt.date(2025, 2, 1),
            "container": "20ft",
            "regime": "import",
            "goods": "x",
            "journey": "yard_only",
        },
    ]
    fees = schedule.assess_many(columns_of(rows))
    assert fees.dtype == np.int64
    assert fees.tolist() == [schedule.assess(Crossing(**row)).fee for row in rows]
    rows[0]["journey"] = "inland_delivery"  # 1.04e19 đồng: more than an int64 holds
    assert schedule.assess(Crossing(**rows[0])).fee == 104 * 10**17
    with pytest.raises(InvalidValueError, match=r"row 0 .*int64"):
        schedule.assess_many(columns_of(rows))


# -- loading ---------------------------------------------------------------------------


def test_load_reads_a_file_and_names_it(tmp_path: Path) -> None:
    path = tmp_path / "rates.toml"
    path.write_text(user_toml(), encoding="utf-8")
    assert FeeSchedule.load(path) == USER
    assert FeeSchedule.load(str(path)).name == "a user table"
    path.write_bytes(b'name = "\xff"\n')
    with pytest.raises(DataFileError, match=r"rates\.toml: cannot be read: not UTF-8"):
        FeeSchedule.load(path)


_VERSION = f"id = 'a'\nstart = 2020-01-01\n{_LEGAL_TOML}"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('versions = []\nnmae = "x"', "unknown keys ['nmae']"),
        ('name = "x"', "missing key 'versions'"),
        ("versions = 3", "versions: expected an array of tables"),
        ("versions = [3]", "versions[0]: expected a table"),
        (
            _toml(f"{_VERSION}[[versions.rates]]\nregime = 'export'\namount = 1\nsource = 's'"),
            "needs either 'payload'",
        ),
        (
            _toml(
                f"{_VERSION}[[versions.rates]]\npayload = '[0, 1)'\ncontainer = '20ft'\n"
                "regime = 'export'\namount = 1\nsource = 's'"
            ),
            "needs either 'payload'",
        ),
        (
            _toml(
                f"{_VERSION}[[versions.rates]]\ncontainer = '20ft'\nregime = 'export'\n"
                "amount = 1.5\nsource = 's'"
            ),
            "whole number of đồng",
        ),
        (
            _toml(
                f"{_VERSION}[[versions.rates]]\ncontainer = '20ft'\nregime = 'export'\n"
                "amount = 1\nsource = ''"
            ),
            "rates[0]: source",
        ),
        (
            _toml(f"{_VERSION}[[versions.coefficients]]\nid = 'c'\nfactor = -1\nsource = 's'"),
            "coefficients[0]: factor must not be negative",
        ),
        (
            _toml(f"{_VERSION}[versions.cap]\namount = 'a lot'\nsource = 's'"),
            "versions[0] (a).cap: cap must be a whole number",
        ),
        (
            _toml(f"{_VERSION}[versions.mixed_cargo]\nrule = 'sum'\nsource = 's'"),
            "mixed_cargo: the mixed-cargo rule must be 'highest'",
        ),
        (
            _toml(f"{_VERSION}[versions.split]\ncollector = 1.5\nsource = 's'"),
            "split: collector must be between 0 and 1",
        ),
        (
            _toml(
                "id = 'a'\nstart = 2020-01-01\n[versions.legal]\n"
                "number = '02/2025/NQ-HĐND'\nkind = 'Luật'"
            ),
            "legal: unknown legal kind 'Luật'",
        ),
        (
            _toml("id = 'a'\nstart = 2020-01-01\n[versions.legal]\nnumber = 'two'"),
            "legal: cannot read 'two'",
        ),
        (
            _toml("id = 'a'\nstart = 2020-01-01T10:00:00\n" + _LEGAL_TOML),
            "versions[0] (a): start must be a datetime.date",
        ),
        (
            _toml("id = 'a'\nstart = 2020-01-01\nend = 2019-01-01\n" + _LEGAL_TOML),
            "end must not be earlier than start (2020-01-01), got 2019-01-01",
        ),
        (_toml("id = 'a'\nstart = 2020-01-01"), "missing key 'legal'"),
        ('name = ""\nversions = []', "the file: "),
        ("a = ", "not valid TOML"),
        ("[x]\n[x]", "line 2: Cannot declare"),
    ],
    ids=[
        "unknown key",
        "missing key",
        "versions not an array",
        "version not a table",
        "rate without vehicle",
        "rate with both vehicles",
        "fractional amount",
        "empty source",
        "negative factor",
        "cap not a number",
        "unknown mixed rule",
        "collector over 1",
        "unknown legal kind",
        "malformed legal number",
        "datetime start",
        "end before start",
        "no legal",
        "empty name",
        "end of document",
        "table declared twice",
    ],
)
def test_loads_refuses_a_bad_file_naming_the_place(text: str, named: str) -> None:
    with pytest.raises(DataFileError) as caught:
        FeeSchedule.loads(text, name="bad.toml")
    message = str(caught.value)
    assert message.startswith("bad.toml: ")
    assert named in message, message


def test_loads_derives_the_legal_kind_from_the_number_and_refuses_bytes() -> None:
    schedule = FeeSchedule.loads(_toml(_VERSION))
    assert schedule.versions[0].legal.kind is LegalKind.RESOLUTION
    assert schedule.name is None
    with pytest.raises(InvalidTypeError, match="bytes"):
        FeeSchedule.loads(b"versions = []")  # type: ignore[arg-type]


# -- value objects: what they refuse and what they say -------------------------------


@pytest.mark.parametrize(
    ("make", "error", "named"),
    [
        (lambda: PayloadBracket.parse(2), InvalidTypeError, "2"),  # type: ignore[arg-type]
        (lambda: PayloadBracket.parse("[2, inf]"), InvalidValueError, "open upper end"),
        (lambda: PayloadBracket.parse("(2, 2)"), InvalidValueError, "holds no payload"),
        (lambda: PayloadBracket.parse("[-1, 2)"), ParseError, "'[-1, 2)'"),
        (
            lambda: PayloadBracket(low=-1, high=None, low_inclusive=True, high_inclusive=False),
            InvalidValueError,
            "low must not be negative, got -1",
        ),
        (
            lambda: PayloadBracket(low=0, high=1, low_inclusive=1, high_inclusive=False),  # type: ignore[arg-type]
            InvalidTypeError,
            "low_inclusive",
        ),
        (lambda: ContainerSize.from_code(40), UnknownCodeError, "40"),
        (lambda: Journey.from_code("inland"), UnknownCodeError, "'inland'"),
        (lambda: check_goods_code(5), InvalidTypeError, "5"),
        (lambda: goods_codes(5), InvalidTypeError, "5"),
        (lambda: goods_codes(()), InvalidValueError, "()"),
        (lambda: _crossing(date=dt.datetime(2025, 6, 2, 8, 0)), InvalidTypeError, "datetime"),  # noqa: DTZ001
        (lambda: _crossing(payload=amount(1, "USD")), UnitMismatchError, "USD"),
        (lambda: _crossing(container="20ft"), InvalidValueError, "not both"),
        (lambda: _crossing(gate=""), InvalidValueError, "gate"),
        (
            lambda: Rate(vehicle="20ft", regime="export", amount=True, source="s"),
            InvalidTypeError,
            "True",
        ),
        (
            lambda: Rate(vehicle="20ft", regime="export", amount=1, source="s", note=3),  # type: ignore[arg-type]
            InvalidTypeError,
            "note",
        ),
        (
            lambda: Rate(vehicle="20ft", regime="export", goods="Ore", amount=1, source="s"),
            InvalidValueError,
            "'Ore'",
        ),
        (lambda: Coefficient(id="", factor=1, source="s"), InvalidValueError, "id"),
        (lambda: Coefficient(id="c", factor=1, regimes=5, source="s"), InvalidTypeError, "5"),
        (
            lambda: Coefficient(id="c", factor=1, goods=["Ore"], source="s"),
            InvalidValueError,
            "'Ore'",
        ),
        (lambda: SplitRule(collector=Decimal("-0.1"), source="s"), InvalidValueError, "-0.1"),
        (
            lambda: SplitRule(collector=Decimal("0.1"), source="s").divide(-5),
            InvalidValueError,
            "-5",
        ),
        (lambda: MixedCargoRule(rule="sum", source="s"), InvalidValueError, "'sum'"),  # type: ignore[arg-type]
        (lambda: version("", dt.date(2025, 1, 1)), InvalidValueError, "version id"),
        (lambda: version("a", "2025-01-01"), InvalidTypeError, "start"),  # type: ignore[arg-type]
        (lambda: version("a", dt.date(2025, 1, 1), rates="x"), InvalidTypeError, "'x'"),
        (lambda: version("a", dt.date(2025, 1, 1), rates=[1]), InvalidTypeError, "Rate"),
        (lambda: version("a", dt.date(2025, 1, 1), cap=5), InvalidTypeError, "Cap"),
        (
            lambda: version("a", dt.date(2025, 1, 1), start_assumed="yes"),
            InvalidTypeError,
            "start_assumed",
        ),
        (lambda: version("a", dt.date(2025, 1, 1), notes=[1]), InvalidTypeError, "str"),
        (
            lambda: FeeVersion(id="a", start=dt.date(2025, 1, 1), legal="02/2025/NQ-HĐND"),
            InvalidTypeError,
            "legal",
        ),
        (
            lambda: version(
                "a",
                dt.date(2025, 1, 1),
                coefficients=[Coefficient(id="c", factor=1, source="s")] * 2,
            ),
            InvalidValueError,
            "'c'",
        ),
        (
            lambda: FeeSchedule(versions=[]),
            InvalidValueError,
            "a fee schedule needs at least one version",
        ),
        (
            lambda: FeeSchedule(
                versions=[
                    version("a", dt.date(2020, 1, 1), dt.date(2021, 1, 1)),
                    version("b", dt.date(2021, 1, 1)),
                ]
            ),
            OverlappingVersionsError,
            "both in force from 2021-01-01 to 2021-01-01",  # one day is an overlap too
        ),
        (
            lambda: Rate(vehicle="20ft", regime="export", amount=-1, source="s"),
            InvalidValueError,
            "amount must not be negative, got -1",
        ),
        (
            lambda: Coefficient(id="c", factor="x", source="s"),  # type: ignore[arg-type]
            InvalidTypeError,
            "factor must be a number",
        ),
        (
            lambda: SplitRule(collector="x", source="s"),  # type: ignore[arg-type]
            InvalidTypeError,
            "collector must be a number",
        ),
        (lambda: FeeSchedule(versions=5), InvalidTypeError, "5"),
        (lambda: FeeSchedule(versions=["a"]), InvalidTypeError, "'a'"),
        (
            lambda: FeeSchedule(versions=[version("a", dt.date(2025, 1, 1))], name=""),
            InvalidValueError,
            "name",
        ),
        (lambda: lang_son_fee_schedule().in_force("2025-06-01"), InvalidTypeError, "'2025-06-01'"),  # type: ignore[arg-type]
        (
            lambda: lang_son_fee_schedule().in_force("2025-06-01"),  # type: ignore[arg-type]
            InvalidTypeError,
            "in_force's day must be a datetime.date",
        ),
        (
            lambda: FeeSchedule(versions=[version("a", dt.date(2025, 1, 1))]).in_force(
                dt.date(2024, 12, 31)
            ),
            NotInForceError,
            "no version of the fee schedule is in force on 2024-12-31",
        ),
        (
            lambda: version("a", dt.date(2025, 1, 1), end="2025-12-31"),
            InvalidTypeError,
            "end must be a datetime.date, got '2025-12-31'",
        ),
        (
            lambda: version("a", dt.date(2025, 1, 1), rates=5),
            InvalidTypeError,
            "rates must be a sequence of Rate, got 5",
        ),
        (
            lambda: SplitRule(collector=Decimal("0.1"), source="s").divide(-5),
            InvalidValueError,
            "fee must not be negative",
        ),
        (lambda: lang_son_fee_schedule().assess("crossing"), InvalidTypeError, "'crossing'"),  # type: ignore[arg-type]
    ],
)
def test_value_objects_refuse_what_cannot_be(
    make: Callable[[], object], error: type[DongDangError], named: str
) -> None:
    with pytest.raises(error) as caught:
        make()
    assert named in str(caught.value), str(caught.value)


def test_bracket_ends_finer_than_a_float_are_compared_exactly() -> None:
    # float("0.1000000000000000001") is 0.1, which is below the end: the columnar
    # path must not round the end to a float.
    bracket = PayloadBracket.parse("[0.1000000000000000001, 1)")
    schedule = FeeSchedule(
        versions=[
            version(
                "fine",
                dt.date(2025, 1, 1),
                rates=[Rate(vehicle=bracket, regime="export", amount=7, source="s")],
            )
        ]
    )
    inside = math.nextafter(0.1, 1)
    row = {"date": dt.date(2025, 1, 2), "regime": "export", "goods": "x"}
    assert schedule.assess_many(columns_of([{**row, "payload": inside}])).tolist() == [7]
    assert schedule.assess(Crossing(**row, payload=inside)).fee == 7
    with pytest.raises(RateNotFoundError):
        schedule.assess(Crossing(**row, payload=0.1))
    with pytest.raises(RateNotFoundError, match="row 0"):
        schedule.assess_many(columns_of([{**row, "payload": 0.1}]))


def test_brackets_parse_print_and_overlap() -> None:
    point = PayloadBracket.parse(" [2.50, 2.5] ")
    assert str(point) == "[2.5, 2.5]"
    assert Decimal("2.5") in point
    assert 2.5 in point  # a float is taken by its shortest repr
    open_ended = PayloadBracket.parse("(30, inf)")
    assert open_ended.high is None
    assert Decimal(30) not in open_ended
    assert 10**9 in open_ended
    assert open_ended.overlaps(PayloadBracket.parse("[0, 30]")) is False
    assert open_ended.overlaps(PayloadBracket.parse("[31, inf)"))
    assert PayloadBracket.parse("[0, 2)").overlaps(PayloadBracket.parse("(0, 1)"))
    assert not PayloadBracket.parse("(0, 1)").overlaps(PayloadBracket.parse("[0, 0]"))
    assert PayloadBracket.parse("[0, 1)").overlaps(PayloadBracket.parse("[0, 0]"))
    with pytest.raises(InvalidTypeError):
        _ = "2" in point


def test_codes_names_and_vehicles() -> None:
    assert GoodsRegime.from_code(GoodsRegime.TRANSIT) is GoodsRegime.TRANSIT
    assert [regime.vietnamese for regime in GoodsRegime][-3:] == [
        "kho ngoại quan",
        "cư dân biên giới",
        "chuyển khẩu",
    ]
    # The journey, not the regime: a re-export container may travel it too (and pays no 130%).
    assert Journey.INLAND_DELIVERY.vietnamese == "vào nội địa giao hàng"
    assert ContainerSize.from_code(ContainerSize.FT20) is ContainerSize.FT20
    crossing = _crossing(payload=None, container="40ft", gate="huu-nghi", goods=["a", "b", "a"])
    assert crossing.goods == ("a", "b")
    assert crossing.is_mixed
    assert crossing.vehicle_label() == "40ft container"
    assert crossing.gate == "huu-nghi"
    assert _crossing(payload=amount(1500, "kg")).payload == Decimal("1.5")
    assert not _crossing().is_mixed


def test_rates_match_clash_and_label() -> None:
    any_goods = Rate(vehicle="[0, 2)", regime="export", amount=1, source="s")
    container = Rate(
        vehicle=ContainerSize.FT20, regime="export", goods="fruit", amount=1, source="s"
    )
    bracket = PayloadBracket.parse("[0, 2)")
    assert Rate(vehicle=bracket, regime="export", amount=1, source="s").vehicle is bracket
    assert any_goods.label() == "payload [0, 2) × export × any goods"
    assert container.label() == "20ft container × export × fruit"
    # a bracket is read as one, spaces and all
    assert Rate(vehicle=" [0, 2)", regime="export", amount=1, source="s").vehicle == bracket
    assert any_goods.matches(_crossing())
    assert not any_goods.matches(_crossing(payload=None, container="20ft"))
    assert container.matches(_crossing(payload=None, container="20ft"))
    assert not container.matches(_crossing())
    assert not any_goods.clashes(container)
    mixed_kinds = Rate(vehicle="20ft", regime="export", amount=1, source="s")
    assert not mixed_kinds.clashes(Rate(vehicle="[0, 2)", regime="export", amount=2, source="s"))
    assert mixed_kinds.clashes(Rate(vehicle="20ft", regime="export", amount=2, source="s"))
    ore = Coefficient(id="ore", factor=5, regimes="export", goods="ore", source="s")
    assert ore.regimes == (GoodsRegime.EXPORT,)
    assert ore.goods == ("ore",)
    assert ore.applies(GoodsRegime.EXPORT, "ore", Journey.YARD_ONLY)
    assert not ore.applies(GoodsRegime.EXPORT, "fruit", Journey.YARD_ONLY)
    yard = Coefficient(id="yard", factor=Decimal("0.3"), journeys=["yard_only"], source="s")
    assert not yard.applies(GoodsRegime.EXPORT, "ore", Journey.STANDARD)


def test_versions_cover_their_days_and_say_their_span() -> None:
    closed = version("a", dt.date(2024, 1, 1), dt.date(2024, 12, 31), start_assumed=True)
    assert closed.covers(dt.date(2024, 12, 31))
    assert not closed.covers(dt.date(2025, 1, 1))
    assert not closed.covers(dt.date(2023, 12, 31))
    assert closed.span() == "2024-01-01 (start assumed) – 2024-12-31"
    assert version("b", dt.date(2025, 1, 1)).span() == "2025-01-01 – (until replaced)"


def test_schedule_refuses_a_gap_day_and_a_day_after_the_end() -> None:
    schedule = FeeSchedule(
        versions=[
            version("a", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
            version("b", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ],
        name="gappy",
    )
    for day in (dt.date(2021, 6, 1), dt.date(2023, 1, 1)):
        with pytest.raises(NotInForceError, match=f"gappy is in force on {day.isoformat()}"):
            schedule.in_force(day)
    assert schedule.in_force(dt.date(2022, 1, 1)).id == "b"
    with pytest.raises(
        OverlappingVersionsError, match="both in force from 2020-06-01 to 2020-12-31"
    ):
        FeeSchedule(
            versions=[
                version("a", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
                version("b", dt.date(2020, 6, 1), dt.date(2021, 12, 31)),
            ]
        )


def test_a_version_without_rates_says_so() -> None:
    empty = FeeSchedule(versions=[version("empty", dt.date(2025, 1, 1))])
    with pytest.raises(RateNotFoundError) as caught:
        empty.assess(_crossing())
    message = str(caught.value)
    assert "holds no rates" in message
    assert "notes" not in message
    assert message.endswith("dongdang does not invent rates")
    noted = FeeSchedule(
        versions=[version("noted", dt.date(2025, 1, 1), notes=["Rates not found.", "See 5."])]
    )
    with pytest.raises(RateNotFoundError) as caught:
        noted.assess(_crossing())
    assert str(caught.value).endswith(
        "; the version holds no rates (Rates not found. See 5.); dongdang does not invent rates"
    )


def test_a_fee_equal_to_the_cap_is_not_capped() -> None:
    capped_at = FeeSchedule(
        versions=[
            version(
                "cap",
                dt.date(2025, 1, 1),
                rates=[Rate(vehicle="20ft", regime="export", amount=700_000, source="s")],
                cap=Cap(amount=700_000, source="s"),
                split=SplitRule(collector=Decimal("0.125"), source="s"),
            )
        ]
    )
    crossing = Crossing(date=dt.date(2025, 2, 1), container="20ft", regime="export", goods="ore")
    assessment = capped_at.assess(crossing)
    assert (assessment.fee, assessment.capped) == (700_000, False)
    english = assessment.explain()
    assert "Cap: 700,000 đồng per trip, not reached." in english
    assert "Split: 87,500 đồng to the collector (12.5%), 612,500 đồng" in english
    assert "87.500 đồng để lại đơn vị thu (12,5%)" in assessment.explain("vi")


def test_import_dongdang_does_not_import_the_fee_modules_or_pandas() -> None:
    import subprocess  # noqa: PLC0415

    code = (
        "import sys, dongdang; "
        "print(any(m.startswith('dongdang.fees') for m in sys.modules), 'pandas' in sys.modules)"
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, a literal program
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]
    code = (
        "import sys, dongdang.fees; "
        "print('dongdang.fees.columns' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, a literal program
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]


def test_the_columns_module_lists_its_columns() -> None:
    assert set(REQUIRED_COLUMNS) < set(COLUMNS)
    assert {"payload", "container", "journey", "gate"} <= set(COLUMNS)


def test_the_ends_of_factors_and_shares_are_allowed() -> None:
    # an exemption is a factor of 0; a collector may keep the whole fee
    free = Coefficient(id="exempt", factor=0, source="s")
    assert free.factor == 0
    whole = SplitRule(collector=1, source="s")
    assert whole.divide(100_000) == Split(collector=100_000, budget=0)


def test_a_schedule_names_its_versions_and_where_it_was_read() -> None:
    schedule = FeeSchedule(
        versions=[
            version("a", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
            version("b", dt.date(2021, 1, 1)),
        ],
        name="two.toml",
    )
    assert repr(schedule) == (
        "<FeeSchedule 'two.toml': 2 versions (a from 2020-01-01, b from 2021-01-01)>"
    )
    assert (
        schedule.coverage() == f"a: {schedule.versions[0].span()}, b: {schedule.versions[1].span()}"
    )
    with pytest.raises(DataFileError) as caught:
        FeeSchedule.loads("versions = 5")
    assert str(caught.value) == "<string>: versions: expected an array of tables, got 5"
    with pytest.raises(InvalidValueError) as empty:
        FeeSchedule(versions=[])
    assert str(empty.value) == "a fee schedule needs at least one version"


def test_load_names_the_file_in_its_errors(tmp_path: Path) -> None:
    path = tmp_path / "rates.toml"
    path.write_text("versions = 5\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        FeeSchedule.load(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("payload", [1, 1.0, Decimal("1.00")])
def test_assess_and_assess_many_word_a_payload_alike(payload: object) -> None:
    # The same payload, however given, reads the same in both paths' messages.
    schedule = lang_son_fee_schedule()
    with pytest.raises(RateNotFoundError) as one:
        schedule.assess(_crossing(payload=payload, goods="ore"))
    with pytest.raises(RateNotFoundError) as many:
        schedule.assess_many(
            _columns(
                payload=np.array([float(payload), 1.5, np.nan]),  # type: ignore[arg-type]
                goods=np.array(["ore", "fresh_produce", "agricultural_products"]),
            )
        )
    assert one.value.vehicle == many.value.vehicle == "payload 1 t"
    assert "payload 1 t," in str(one.value)
    assert "payload 1 t," in str(many.value)
    # A container is worded alike too.
    with pytest.raises(RateNotFoundError) as boxed:
        schedule.assess(_crossing(payload=None, container="40ft", goods="ore"))
    assert boxed.value.vehicle == "40ft container"
