"""Checking the arithmetic of report statements: intervals, checks, findings."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang.auditing import (
    Finding,
    FindingKind,
    Interval,
    Severity,
    audit,
    audit_documents,
    implied_previous_interval,
    interval_of,
)
from dongdang.errors import InvalidTypeError, InvalidValueError, UndefinedRatioError
from dongdang.statements import Statement, Unparsed, describe, parse_statements
from dongdang.text import read_figure

if TYPE_CHECKING:
    from collections.abc import Callable

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

FEE_2024 = (
    "Thu phí từ ngày 01/01-31/5/2024 đạt 278.718 triệu đồng, tăng 14,4% so với cùng kỳ "
    "năm 2023, trong đó phí ra vào cửa khẩu thu 234.433 triệu đồng tăng 14,1%, phí sang "
    "tải đạt 44.285 triệu đồng tăng 17,5% so với cùng kỳ năm 2023."
)
TRADE_2021 = (
    "Tổng kim ngạch xuất nhập khẩu năm 2021 ước đạt khoảng 4.270 triệu USD, tăng 52% so "
    "với cùng kỳ, trong đó xuất khẩu đạt 1.370 triệu USD, tăng 12,3%; nhập khẩu đạt "
    "2.900 triệu USD, tăng 82,4%."
)


def _statements(text: str) -> list[Statement]:
    items = parse_statements(text)
    assert all(isinstance(item, Statement) for item in items), items
    return [item for item in items if isinstance(item, Statement)]


def _growth_bounds(parts: list[tuple[Fraction, Fraction]]) -> tuple[Fraction, Fraction]:
    """By hand: the total's growth at the corners of the parts' rounding boxes (0 decimals)."""
    lows, highs = [], []
    for signs in ((-1, -1), (-1, 1), (1, -1), (1, 1)):
        values = [v + Fraction(s, 2) for (v, _), s in zip(parts, signs, strict=True)]
        for side, store in ((-1, lows), (1, highs)):
            rates = [1 + (g + Fraction(side, 20)) / 100 for _, g in parts]
            previous = sum(v / r for v, r in zip(values, rates, strict=True))
            store.append((sum(values) / previous - 1) * 100)
    return min(lows), max(highs)


# -- intervals -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "low", "high"),
    [
        ("278.718 triệu đồng", Fraction(557435, 2), Fraction(557437, 2)),
        ("14,4%", Fraction(1435, 100), Fraction(1445, 100)),
        ("trên 344,8 tỷ đồng", Fraction(34475, 100), None),
        ("hơn 52,6 tỷ đồng", Fraction(5255, 100), None),
        ("gần 5 triệu đồng", None, Fraction(11, 2)),
        ("dưới 5 triệu đồng", None, Fraction(5)),
        ("khoảng 4.270 triệu USD", Fraction(8539, 2), Fraction(8541, 2)),
        ("ước đạt 4.270 triệu USD", Fraction(8539, 2), Fraction(8541, 2)),
        ("dự ước 4.270 triệu USD", Fraction(8539, 2), Fraction(8541, 2)),
    ],
)
def test_a_printed_figure_stands_for_its_rounding_interval_widened_by_its_qualifier(
    printed: str, low: Fraction | None, high: Fraction | None
) -> None:
    interval = interval_of(read_figure(printed))
    assert interval.low == low
    assert interval.high == high


def test_a_count_is_exact_and_about_widens_only_when_asked() -> None:
    assert interval_of(read_figure("8"), exact=True) == Interval(low=Fraction(8), high=Fraction(8))
    wide = interval_of(read_figure("khoảng 4.270 triệu USD"), about=Fraction(5, 100))
    assert wide.low == Fraction(4270) * Fraction(95, 100) - Fraction(1, 2)
    assert wide.high == Fraction(4270) * Fraction(105, 100) + Fraction(1, 2)
    # an estimate keeps its printed rounding whatever the tolerance for "khoảng"
    estimate = interval_of(read_figure("ước đạt 4.270 triệu USD"), about=Fraction(5, 100))
    assert estimate == Interval(low=Fraction(8539, 2), high=Fraction(8541, 2))


def test_intervals_meet_when_they_share_a_number_including_an_end() -> None:
    one_three = Interval(low=Fraction(1), high=Fraction(3))
    assert one_three.meets(Interval(low=Fraction(3), high=None))
    assert one_three.meets(Interval(low=None, high=Fraction(1)))
    assert not one_three.meets(Interval(low=Fraction(4), high=None))
    assert not one_three.meets(Interval(low=None, high=Fraction(1, 2)))
    assert Interval(low=None, high=None).meets(one_three)
    assert str(Interval(low=None, high=Fraction(1, 3))) == "(-inf, 0.33]"
    assert str(one_three) == "[1.00, 3.00]"


# -- the seeds -----------------------------------------------------------------


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not beside the repository ({SEEDS})")
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_the_other_seed_articles_audit_clean(prefix: str) -> None:
    assert audit(parse_statements(_seed(prefix))) == []


def test_seed_002_is_flagged_for_the_growth_of_its_fee_total() -> None:
    [finding] = audit(parse_statements(_seed("002")))
    assert finding.severity is Severity.INCONSISTENT
    assert finding.kind is FindingKind.GROWTH_DISAGREES
    assert finding.stated is not None
    assert finding.stated.text == "14,4%"
    low, high = _growth_bounds(
        [(Fraction(234433), Fraction(141, 10)), (Fraction(44285), Fraction(175, 10))]
    )
    assert finding.allowed == Interval(low=low, high=high)
    assert Fraction(1457, 100) < low < high < Fraction(1469, 100)
    assert [s.value.value for s in finding.statements] == [278718, 234433, 44285]


def test_the_2024_fee_sentence_is_flagged_and_explained_in_both_languages() -> None:
    [finding] = audit(parse_statements(FEE_2024))
    assert finding.kind is FindingKind.GROWTH_DISAGREES
    assert "14,4%" in finding.explain("vi")
    assert "từ 14,58% đến 14,68%" in finding.explain("vi")
    assert "between 14.58% and 14.68%" in finding.explain("en")
    assert finding.explain() == finding.explain("vi")


def test_the_2021_trade_sentence_is_clean_its_parts_allow_about_52_percent() -> None:
    low, high = _growth_bounds(
        [(Fraction(1370), Fraction(123, 10)), (Fraction(2900), Fraction(824, 10))]
    )
    assert Fraction(5190, 100) < low < Fraction(52) < high < Fraction(5204, 100)
    assert audit(parse_statements(TRADE_2021)) == []


def test_a_fraction_with_its_ratio_is_clean_and_a_wrong_ratio_is_flagged() -> None:
    assert (
        audit(parse_statements("đã giải ngân 42.119/102.681 triệu đồng, bằng 41% kế hoạch")) == []
    )
    [finding] = audit(parse_statements("đã giải ngân 42.119/102.681 triệu đồng, bằng 45% kế hoạch"))
    assert finding.kind is FindingKind.RATIO_DISAGREES
    assert finding.allowed == Interval(
        low=Fraction(421185, 10) / Fraction(1026815, 10) * 100,
        high=Fraction(421195, 10) / Fraction(1026805, 10) * 100,
    )
    assert "45%" in finding.explain("en")
    assert "45%" in finding.explain("vi")


def test_a_count_of_a_whole_is_divided_exactly() -> None:
    assert audit(parse_statements("hoàn thành 06/12 cặp cửa khẩu, đạt 50% kế hoạch")) == []
    [finding] = audit(parse_statements("hoàn thành 06/12 cặp cửa khẩu, đạt 50,1% kế hoạch"))
    assert finding.allowed == Interval(low=Fraction(50), high=Fraction(50))


@pytest.mark.parametrize(
    "text",
    [
        "giải ngân trên 42.119/102.681 triệu đồng, bằng 50% kế hoạch",  # at least 41 %: may be
        "giải ngân 42.119/102.681 triệu đồng, giảm 10% kế hoạch",  # no ratio
        "giải ngân 42.119/102.681 triệu đồng, bằng 10% kế hoạch, đạt 20% dự toán",  # which?
        "giải ngân 5/0 triệu đồng, bằng 10% kế hoạch",  # no whole to divide by
    ],
)
def test_a_ratio_that_cannot_be_checked_is_left_alone(text: str) -> None:
    assert audit(parse_statements(text)) == []


def test_a_part_bounded_below_bounds_its_ratio_below() -> None:
    # at least 42.118,5 / 102.681,5 = 41,02 %: "bằng 10%" cannot be, and nothing bounds it above
    [finding] = audit(
        parse_statements("giải ngân trên 42.119/102.681 triệu đồng, bằng 10% kế hoạch")
    )
    assert finding.kind is FindingKind.RATIO_DISAGREES
    low = Fraction(421185, 10) / Fraction(1026815, 10) * 100
    assert finding.allowed == Interval(low=low, high=None)


# -- components ------------------------------------------------------------------


def test_parts_adding_to_more_than_the_total_are_inconsistent() -> None:
    [finding] = audit(
        parse_statements("Tổ chức 08 cuộc, trong đó 05 cuộc với Trung Quốc; 04 cuộc khác.")
    )
    assert finding.kind is FindingKind.COMPONENTS_SUM
    assert finding.severity is Severity.INCONSISTENT
    assert finding.allowed == Interval(low=Fraction(9), high=Fraction(9))
    assert "08" in finding.explain("vi")
    assert "08" in finding.explain("en")


def test_parts_adding_to_less_than_the_total_are_a_warning() -> None:
    [finding] = audit(
        parse_statements(
            "Thu phí đạt 300.000 triệu đồng, trong đó phí A đạt 100.000 triệu đồng; "
            "phí B đạt 100.000 triệu đồng."
        )
    )
    assert finding.severity is Severity.WARNING
    assert finding.allowed == Interval(low=Fraction(199999), high=Fraction(200001))
    # units in words, in the language of the explanation
    # whole numbers without decimals
    assert "between 199,999 million VND and 200,001 million VND" in finding.explain("en")
    assert "từ 199.999 triệu đồng đến 200.001 triệu đồng" in finding.explain("vi")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single part is "of which": less is fine, more is not
        ("Thu phí đạt 300 tỷ đồng, trong đó phí A đạt 100 tỷ đồng.", []),
        ("Thu phí đạt 300 tỷ đồng, trong đó phí A đạt 400 tỷ đồng.", [FindingKind.COMPONENTS_SUM]),
        # parts in another scale of the same currency are converted exactly
        (
            (
                "Thu phí đạt 1,5 tỷ đồng, trong đó phí A đạt 1.000 triệu đồng; "
                "phí B đạt 500 triệu đồng."
            ),
            [],
        ),
        # parts in another currency or a count cannot be added to the total
        # parts that cannot be added to the total: a warning, not silence
        (
            "Thu phí đạt 5 tỷ đồng, trong đó phí A đạt 9 triệu USD; phí B đạt 9 triệu USD.",
            [FindingKind.UNITS_DIFFER],
        ),
        ("Thu phí đạt 5 tỷ đồng, trong đó 09 dự án; 09 dự án.", [FindingKind.UNITS_DIFFER]),
        # "trên" parts have no upper end: they meet any larger total
        ("Thu đạt 500 tỷ đồng, trong đó A đạt trên 100 tỷ đồng; B đạt trên 100 tỷ đồng.", []),
        (
            "Thu đạt 100 tỷ đồng, trong đó A đạt trên 100 tỷ đồng; B đạt trên 100 tỷ đồng.",
            [FindingKind.COMPONENTS_SUM],
        ),
    ],
)
def test_components_sum(text: str, expected: list[FindingKind]) -> None:
    assert [f.kind for f in audit(parse_statements(text))] == expected


def test_percents_do_not_add_up_and_unbounded_sums_are_explained() -> None:
    share = Statement(subject="tỷ lệ", value=read_figure("5%"))
    parts = (Statement(subject="a", value=read_figure("9%")),) * 2
    assert audit([attrs.evolve(share, components=parts)]) == []
    [finding] = audit(
        parse_statements(
            "Thu đạt 100 tỷ đồng, trong đó A đạt trên 100 tỷ đồng; B đạt trên 100 tỷ đồng."
        )
    )
    assert finding.allowed == Interval(low=2 * (100 - Fraction(1, 2)), high=None)
    assert finding.explain("vi").endswith("được từ 199 tỷ đồng trở lên.")
    assert finding.explain("en").endswith("add up to 199 billion VND or more.")


def test_a_part_growing_by_an_unbounded_rate_stops_the_growth_check() -> None:
    [total] = _statements(
        "Thu đạt 200 tỷ đồng, tăng 90%, trong đó A đạt 100 tỷ đồng, tăng 10%; "
        "B đạt 100 tỷ đồng, tăng 20%."
    )
    assert [f.kind for f in audit([total])] == [FindingKind.GROWTH_DISAGREES]
    first = total.components[0]
    growth = attrs.evolve(first.comparisons[0], value=read_figure("trên 10%"))
    unbounded = attrs.evolve(first, comparisons=(growth,))
    assert audit([attrs.evolve(total, components=(unbounded, total.components[1]))]) == []


def test_components_of_components_are_audited_too() -> None:
    [inner] = _statements("Tổ chức 08 cuộc, trong đó 05 cuộc; 04 cuộc.")
    [outer] = _statements("Tổng 08 cuộc.")
    nested = attrs.evolve(outer, components=(inner,))
    kinds = [f.kind for f in audit([nested])]
    assert kinds == [FindingKind.COMPONENTS_SUM]


def _parts(total: str, growth: str, first: str, second: str) -> str:
    return f"Thu đạt {total} tỷ đồng, {growth}, trong đó A đạt {first}; B đạt {second}."


# -- growth ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fall of the total from falls of its parts: 100/0,9 + 100/0,8 = 236,11 → -15,29 %
        (_parts("200", "giảm 15,3%", "100 tỷ đồng, giảm 10%", "100 tỷ đồng, giảm 20%"), []),
        (
            _parts("200", "giảm 25%", "100 tỷ đồng, giảm 10%", "100 tỷ đồng, giảm 20%"),
            [FindingKind.GROWTH_DISAGREES],
        ),
        # a part without a growth, or an unbounded one, or a fall of 100 %: no check
        (_parts("200", "tăng 90%", "100 tỷ đồng", "100 tỷ đồng, tăng 20%"), []),
        (_parts("200", "tăng 90%", "100 tỷ đồng, tăng trên 10%", "100 tỷ đồng, tăng 20%"), []),
        (_parts("200", "tăng 90%", "100 tỷ đồng, giảm 100%", "100 tỷ đồng, tăng 20%"), []),
        (_parts("200", "tăng 90%", "trên 100 tỷ đồng, tăng 10%", "100 tỷ đồng, tăng 20%"), []),
        (
            _parts("200", "tăng 90%", "100 triệu USD, tăng 10%", "100 triệu USD, tăng 20%"),
            [FindingKind.UNITS_DIFFER],
        ),
        # the parts' sum is wrong: that is the finding, not the growth
        (
            _parts("900", "tăng 90%", "100 tỷ đồng, tăng 10%", "100 tỷ đồng, tăng 20%"),
            [FindingKind.COMPONENTS_SUM],
        ),
    ],
)
def test_growth_of_a_total(text: str, expected: list[FindingKind]) -> None:
    assert [f.kind for f in audit(parse_statements(text))] == expected


def test_a_fall_of_the_total_is_compared_with_the_right_sign() -> None:
    [finding] = audit(
        parse_statements(
            "Thu đạt 200 tỷ đồng, giảm 25%, trong đó A đạt 100 tỷ đồng, giảm 10%; "
            "B đạt 100 tỷ đồng, giảm 20%."
        )
    )
    assert finding.allowed is not None
    assert finding.allowed.low is not None
    assert finding.allowed.high is not None
    by_hand = (
        Fraction(200) / (Fraction(100) / Fraction(9, 10) + Fraction(100) / Fraction(8, 10)) - 1
    ) * 100
    assert finding.allowed.low < by_hand < finding.allowed.high < 0
    assert "Tốc độ tăng" in finding.explain("vi")


# -- bases stated elsewhere ----------------------------------------------------------

PLAN = "Giải ngân 52,6 tỷ đồng, bằng 51,2% kế hoạch giao."


def test_a_base_implied_by_a_ratio_must_agree_with_the_base_stated_elsewhere() -> None:
    [finding] = audit(parse_statements(PLAN + " Kế hoạch giao đạt 150 tỷ đồng."))
    assert finding.kind is FindingKind.BASE_DISAGREES
    assert finding.severity is Severity.INCONSISTENT
    # 52,6 ± 0,05 tỷ divided by 51,2 % ± 0,05 points
    assert finding.allowed == Interval(
        low=Fraction(5255, 100) / Fraction(5125, 10000),
        high=Fraction(5265, 100) / Fraction(5115, 10000),
    )
    assert [s.subject for s in finding.statements] == ["kế hoạch giao", "giải ngân"]
    assert finding.explain("en").startswith("Kế hoạch giao is printed as “150 tỷ đồng”, but")
    assert "từ 102,54 tỷ đồng đến 102,93 tỷ đồng" in finding.explain("vi")
    assert "between 102.54 billion VND and 102.93 billion VND" in finding.explain("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PLAN + " Kế hoạch giao đạt 102,7 tỷ đồng.", []),
        # a base that is a percent is not an amount to compare with
        (PLAN + " Kế hoạch giao đạt 90%.", []),
        # the base in another scale, before the ratio
        ("Kế hoạch giao là 102.700 triệu đồng. " + PLAN, []),
        ("Kế hoạch giao là 150.000 triệu đồng. " + PLAN, [FindingKind.BASE_DISAGREES]),
        # a base named among the parts of another statement
        (PLAN + " Tổng vốn 300 tỷ đồng, trong đó kế hoạch giao 102,7 tỷ đồng.", []),
        (
            PLAN + " Tổng vốn 300 tỷ đồng, trong đó kế hoạch giao 150 tỷ đồng; khác 150 tỷ đồng.",
            [FindingKind.BASE_DISAGREES],
        ),
        # "trên" and "gần" leave one end open
        ("Giải ngân trên 52,6 tỷ đồng, bằng 51,2% kế hoạch giao. Kế hoạch giao 150 tỷ đồng.", []),
        (
            "Giải ngân trên 52,6 tỷ đồng, bằng 51,2% kế hoạch giao. Kế hoạch giao 50 tỷ đồng.",
            [FindingKind.BASE_DISAGREES],
        ),
        ("Giải ngân gần 52,6 tỷ đồng, bằng 51,2% kế hoạch giao. Kế hoạch giao 50 tỷ đồng.", []),
        # nothing to compare: a count, a 0 % ratio, a ratio with no base, a growth
        ("Giải ngân 52,6 tỷ đồng, bằng 51,2% kế hoạch giao. Kế hoạch giao 09 dự án.", []),
        ("Giải ngân 52,6 tỷ đồng, bằng 0% kế hoạch giao. Kế hoạch giao 150 tỷ đồng.", []),
        ("Giải ngân 52,6 tỷ đồng, bằng 51,2%. Kế hoạch giao 150 tỷ đồng.", []),
        ("Giải ngân 52,6 tỷ đồng, tăng 51,2% kế hoạch giao. Kế hoạch giao 150 tỷ đồng.", []),
        # a fraction carries its own base: RATIO_DISAGREES checks it
        ("Giải ngân 42.119/102.681 triệu đồng, bằng 41% kế hoạch. Kế hoạch 150 tỷ đồng.", []),
    ],
)
def test_bases_stated_elsewhere(text: str, expected: list[FindingKind]) -> None:
    assert [f.kind for f in audit(parse_statements(text))] == expected


def test_an_unbounded_ratio_bounds_the_base_from_above() -> None:
    # "bằng trên 51,2% kế hoạch": the plan is at most 52,65 / 0,5115 ≈ 102,9 tỷ đồng
    for stated, expected in (("150", [FindingKind.BASE_DISAGREES]), ("100", [])):
        [spent, plan] = _statements(PLAN + f" Kế hoạch giao {stated} tỷ đồng.")
        ratio = attrs.evolve(spent.comparisons[0], value=read_figure("trên 51,2%"))
        found = audit([attrs.evolve(spent, comparisons=(ratio,)), plan])
        assert [f.kind for f in found] == expected


# -- unreadable text and bad inputs ------------------------------------------------


def test_an_unreadable_figure_is_an_info_finding_naming_it() -> None:
    [finding] = audit(parse_statements("giải ngân 344.8 tỷ đồng"))
    assert finding.severity is Severity.INFO
    assert finding.kind is FindingKind.UNREADABLE
    assert finding.statements == ()
    assert "344.8 tỷ đồng" in finding.explain("vi")
    assert "344.8 tỷ đồng" in finding.explain("en")


def test_an_empty_list_audits_clean() -> None:
    assert audit([]) == []
    assert audit(iter(parse_statements("Không có số liệu."))) == []


BAD_INPUTS: list[tuple[str, Callable[[], object], type[Exception], str]] = [
    ("text not statements", lambda: audit("Thu 5 tỷ đồng"), InvalidTypeError, "'Thu 5 tỷ đồng'"),
    ("bytes", lambda: audit(b"Thu 5"), InvalidTypeError, "b'Thu 5'"),
    ("not iterable", lambda: audit(42), InvalidTypeError, "42"),  # type: ignore[arg-type]
    ("a wrong item", lambda: audit([3.5]), InvalidTypeError, "3.5"),  # type: ignore[list-item]
    (
        "bad language",
        lambda: Finding(
            severity=Severity.INFO,
            kind=FindingKind.UNREADABLE,
            unparsed=Unparsed(text="x", span=(0, 1), reason="r"),
        ).explain("fr"),  # type: ignore[arg-type]
        InvalidValueError,
        "'fr'",
    ),
    (
        "empty interval",
        lambda: Interval(low=Fraction(3), high=Fraction(1)),
        InvalidValueError,
        "3",
    ),
]


@pytest.mark.parametrize(
    ("call", "error", "named"), [row[1:] for row in BAD_INPUTS], ids=[row[0] for row in BAD_INPUTS]
)
def test_bad_input_raises_a_typed_error_naming_it(
    call: Callable[[], object], error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert type(caught.value) is error
    assert named in str(caught.value)


# -- properties --------------------------------------------------------------------


def _half_up(value: Fraction, places: int) -> Fraction:
    scaled = value * 10**places
    rounded = int(abs(scaled) + Fraction(1, 2))
    return Fraction(rounded if scaled >= 0 else -rounded, 10**places)


def _vi(value: Fraction, places: int) -> str:
    """A non-negative number the Vietnamese way (dot thousands, comma decimals)."""
    whole = int(value)
    digits = f"{whole:,}".replace(",", ".")
    if places == 0:
        return digits
    return f"{digits},{int((value - whole) * 10**places):0{places}d}"


def _change(growth: Fraction, places: int) -> str:
    word = "tăng" if growth >= 0 else "giảm"
    return f"{word} {_vi(abs(growth), places)}%"


parts_data = st.lists(
    st.tuples(
        st.integers(min_value=1_000, max_value=10**7),
        st.integers(min_value=-500, max_value=2_000),  # growth in tenths of a percent
    ),
    min_size=2,
    max_size=4,
)
NAMES = ("phí ra vào cửa khẩu", "phí sang tải", "phí lưu kho", "phí khác")


def _sentence(parts: list[tuple[int, int]], places: int, shift: Fraction, extra: int) -> str:
    total = sum(Fraction(v) for v, _ in parts)
    previous = sum(Fraction(v) / (1 + Fraction(g, 1000)) for v, g in parts)
    growth = _half_up((total / previous - 1) * 100, places) + shift
    lines = "; ".join(
        f"{name} đạt {_vi(Fraction(v), 0)} triệu đồng, {_change(Fraction(g, 10), 1)}"
        for name, (v, g) in zip(NAMES, parts, strict=False)
    )
    return (
        f"Thu phí năm 2024 đạt {_vi(total + extra, 0)} triệu đồng, "
        f"{_change(growth, places)} so với cùng kỳ, trong đó {lines}."
    )


def _round_trip(text: str) -> list[Statement | Unparsed]:
    [statement] = _statements(text)
    return list(parse_statements(describe(statement)))


@given(parts_data, st.integers(min_value=0, max_value=2))
def test_statements_from_consistent_data_audit_clean(
    parts: list[tuple[int, int]], places: int
) -> None:
    assert audit(_round_trip(_sentence(parts, places, Fraction(0), 0))) == []


@given(parts_data, st.integers(min_value=0, max_value=2), st.sampled_from([-1, 1]))
def test_a_growth_perturbed_beyond_its_rounding_is_flagged(
    parts: list[tuple[int, int]], places: int, sign: int
) -> None:
    # The parts' intervals allow at most a few tenths of a point: 10 points is far beyond.
    [finding] = audit(_round_trip(_sentence(parts, places, Fraction(10 * sign), 0)))
    assert finding.kind is FindingKind.GROWTH_DISAGREES
    assert finding.severity is Severity.INCONSISTENT


@given(parts_data, st.sampled_from([-1, 1]))
def test_a_total_perturbed_beyond_the_parts_rounding_is_flagged(
    parts: list[tuple[int, int]], sign: int
) -> None:
    # Halving or doubling a total of at least 2.000 moves it far beyond the parts' rounding.
    total = sum(v for v, _ in parts)
    extra = total // 2 * sign
    [finding] = audit(_round_trip(_sentence(parts, 1, Fraction(0), extra)))
    assert finding.kind is FindingKind.COMPONENTS_SUM
    # Parts adding to more than the total cannot be; to less, they may be only some parts.
    assert finding.severity is (Severity.WARNING if sign > 0 else Severity.INCONSISTENT)


@given(
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=0, max_value=2),
)
def test_a_printed_ratio_of_a_fraction_audits_clean(part: int, whole: int, places: int) -> None:
    ratio = _half_up(Fraction(part, whole) * 100, places)
    fraction = f"{_vi(Fraction(part), 0)}/{_vi(Fraction(whole), 0)}"
    text = f"giải ngân {fraction} triệu đồng, bằng {_vi(ratio, places)}% kế hoạch"
    assert audit(parse_statements(text)) == []


# -- bases given by the caller, periods ------------------------------------------------


def _plan(printed: str, subject: str = "kế hoạch vốn trong năm") -> Statement:
    [statement] = parse_statements(f"{subject} năm 2020 đạt {printed}.")
    assert isinstance(statement, Statement)
    return statement


@pytest.mark.parametrize(
    ("plan", "agrees"),
    [
        # 52,6 tỷ at 51,2 % allows 102,537…102,933 tỷ (the interval above)
        ("102.681 triệu đồng", True),
        ("102.537 triệu đồng", True),
        ("102.536 triệu đồng", False),  # 102.536,5 at most: below the 102.536,6 allowed
        ("102.934 triệu đồng", False),
        ("150 tỷ đồng", False),
    ],
)
def test_a_base_given_in_other_words_is_checked_against_the_ratio(
    plan: str, *, agrees: bool
) -> None:
    base = _plan(plan)
    findings = audit(parse_statements(PLAN), bases={"Kế hoạch  giao": base})
    assert (findings == []) is agrees
    if not agrees:
        [finding] = findings
        assert finding.kind is FindingKind.BASE_DISAGREES
        assert finding.statements[0] is base
        assert finding.explain("vi").startswith("Kế hoạch vốn trong năm ghi " + plan)


def test_a_given_base_takes_the_place_of_a_statement_with_the_words_as_subject() -> None:
    # the text's own "kế hoạch giao" (150 tỷ) disagrees, but the caller says what it is
    text = PLAN + " Kế hoạch giao đạt 150 tỷ đồng."
    assert audit(parse_statements(text), bases={"kế hoạch giao": _plan("102.700 triệu đồng")}) == []


@pytest.mark.parametrize(
    ("base_period", "flagged"),
    [
        ("năm 2020", True),  # the same period: the base must agree
        ("năm 2019", False),  # another year's plan is another measure
    ],
)
def test_a_base_is_matched_by_subject_only_within_the_same_period(
    base_period: str, *, flagged: bool
) -> None:
    text = (
        "Năm 2020 giải ngân 52,6 tỷ đồng, bằng 51,2% kế hoạch giao. "
        f"Kế hoạch giao {base_period} là 150 tỷ đồng."
    )
    kinds = [finding.kind for finding in audit(parse_statements(text))]
    assert kinds == ([FindingKind.BASE_DISAGREES] if flagged else [])


@pytest.mark.parametrize(
    "bases",
    [
        ["kế hoạch giao"],
        {"kế hoạch giao": "102.681 triệu đồng"},
        {1: _plan("102.681 triệu đồng")},
    ],
)
def test_bases_must_map_words_to_statements(bases: object) -> None:
    with pytest.raises(InvalidTypeError, match="bases must be a mapping of base words") as error:
        audit(parse_statements(PLAN), bases=bases)  # type: ignore[arg-type]
    assert repr(bases)[:20] in str(error.value)


def test_an_explanation_repeats_only_the_first_words_of_a_long_subject() -> None:
    subject = "kết quả thu phí sử dụng công trình kết cấu hạ tầng, công trình dịch vụ, tiện ích"
    [finding] = audit(
        parse_statements(
            f"{subject} đạt 300 tỷ đồng, trong đó phí A đạt 200 tỷ đồng; phí B đạt 200 tỷ đồng."
        )
    )
    assert finding.statements[0].subject == subject  # the statement keeps every word
    # twelve words (syllables), without the comma the cut falls after
    short = "kết quả thu phí sử dụng công trình kết cấu hạ tầng…"
    assert finding.explain("vi").startswith("K" + short[1:] + " ghi 300 tỷ đồng")
    assert f"The total {short} is printed as" in finding.explain("en")


# -- ranges, units, counts, bases of the parts ------------------------------------------

RANGE = (
    "Lưu lượng đạt {total} xe/ngày, trong đó xuất khẩu 1.100 - 1.350 xe/ngày, "
    "nhập khẩu 950 - 1.150 xe/ngày."
)


@pytest.mark.parametrize(
    ("total", "kinds"),
    [
        ("2.000 - 2.600", []),  # the parts allow 2.049…2.501: inside the range
        ("2.049 - 2.100", []),
        ("2.600 - 2.700", []),  # the parts may add up to less than the total: a warning…
        ("1.000 - 2.000", [FindingKind.COMPONENTS_SUM]),  # …and more is inconsistent
    ],
)
def test_a_range_stands_for_all_its_values(total: str, kinds: list[FindingKind]) -> None:
    findings = audit(parse_statements(RANGE.format(total=total)))
    if total == "2.600 - 2.700":
        [warning] = findings
        assert (warning.kind, warning.severity) == (FindingKind.COMPONENTS_SUM, Severity.WARNING)
        return
    assert [finding.kind for finding in findings] == kinds
    if kinds:
        [finding] = findings
        assert finding.severity is Severity.INCONSISTENT
        # 1.099,5 + 949,5 at the least; the range printed whole, with its unit
        assert finding.allowed == Interval(low=Fraction(2049), high=Fraction(2501))
        assert finding.explain("vi") == (
            "Lưu lượng ghi 1.000 - 2.000 xe/ngày, nhưng cộng các thành phần được "
            "từ 2.049 xe/ngày đến 2.501 xe/ngày."
        )


def test_parts_in_units_that_do_not_add_up_are_a_warning_naming_the_units() -> None:
    [finding] = audit(
        parse_statements(
            "Tổng kim ngạch đạt 4.270 triệu USD, trong đó xuất khẩu 1.370 tỷ đồng, "
            "nhập khẩu 2.900 tấn."
        )
    )
    assert (finding.kind, finding.severity) == (FindingKind.UNITS_DIFFER, Severity.WARNING)
    assert finding.allowed is None
    assert finding.explain("en") == (
        "The parts of tổng kim ngạch (“4.270 triệu USD”) are in units that do not add up "
        "(million USD, billion VND, tonnes): the total cannot be checked."
    )
    assert "(triệu USD, tỷ đồng, tấn)" in finding.explain("vi")


def test_shares_among_the_parts_are_not_added_nor_warned_about() -> None:
    text = "Tổng kim ngạch đạt 4.270 triệu USD, trong đó xuất khẩu chiếm 32%, nhập khẩu 68%."
    assert audit(parse_statements(text)) == []


def test_an_exact_count_prints_as_one_number_with_its_noun() -> None:
    [finding] = audit(
        parse_statements("Tổ chức 08 cuộc, trong đó 05 cuộc với Trung Quốc; 04 cuộc khác.")
    )
    assert finding.explain("vi").endswith("ghi 08 cuộc, nhưng cộng các thành phần được 9 cuộc.")
    assert finding.explain("en").endswith(
        "is printed as “08 cuộc”, but its parts add up to 9 cuộc."
    )


def test_parts_compared_with_another_period_say_nothing_of_the_totals_growth() -> None:
    fee = (
        "Thu phí từ ngày 01/01-31/5/2024 đạt 278.718 triệu đồng, tăng 14,4% so với cùng kỳ "
        "năm 2023, trong đó phí ra vào cửa khẩu thu 234.433 triệu đồng tăng 14,1%, "
        "phí sang tải đạt 44.285 triệu đồng tăng 17,5% so với cùng kỳ năm {year}."
    )
    assert [f.kind for f in audit(parse_statements(fee.format(year=2023)))] == [
        FindingKind.GROWTH_DISAGREES
    ]
    assert audit(parse_statements(fee.format(year=2022))) == []
    to_the_plan = fee.replace("so với cùng kỳ năm {year}", "so với kế hoạch")
    assert audit(parse_statements(to_the_plan)) == []


# -- several documents ---------------------------------------------------------------------

OCTOBER = "Năm 2020 đã giải ngân được 52,6 tỷ đồng, bằng 51,2% kế hoạch giao."


@pytest.mark.parametrize(
    ("plan", "flagged"),
    [
        ("Kế hoạch giao năm 2020 là 150 tỷ đồng.", True),
        ("Kế hoạch giao năm 2020 là 102,7 tỷ đồng.", False),
        ("Kế hoạch giao năm 2019 là 150 tỷ đồng.", False),  # another year
        ("Kế hoạch giao đạt 100 tỷ đồng.", False),  # undated, in another document
    ],
)
def test_across_documents_only_bases_of_the_same_known_period_are_compared(
    plan: str, *, flagged: bool
) -> None:
    documents = {"october": parse_statements(OCTOBER), "plan": parse_statements(plan)}
    findings = audit_documents(documents)
    assert [f.kind for f in findings] == ([FindingKind.BASE_DISAGREES] if flagged else [])
    # within one document, an undated base is the document's own
    together = audit(parse_statements(OCTOBER + " " + plan))
    assert bool(together) is (flagged or plan == "Kế hoạch giao đạt 100 tỷ đồng.")


def test_documents_are_each_audited_on_their_own_too() -> None:
    findings = audit_documents(
        {"fees": parse_statements(FEE_2024), "plan": parse_statements(OCTOBER)}
    )
    assert [f.kind for f in findings] == [FindingKind.GROWTH_DISAGREES]
    given = _plan("100.000 triệu đồng")
    [finding] = audit_documents(
        {"october": parse_statements(OCTOBER)}, bases={"kế hoạch giao": given}
    )
    assert finding.statements[0] is given


@pytest.mark.parametrize(
    ("documents", "named"),
    [
        (
            [parse_statements(OCTOBER)],
            "documents must be a mapping of document names to statements, got [[",
        ),
        ({"october": "Năm 2020 đã giải ngân được 52,6 tỷ đồng."}, "'Năm 2020 đã giải ngân"),
        ({"october": [42]}, "an item of statements must be a Statement or an Unparsed, got 42"),
    ],
)
def test_documents_must_map_names_to_statements(documents: object, named: str) -> None:
    with pytest.raises(InvalidTypeError) as error:
        audit_documents(documents)  # type: ignore[arg-type]
    assert named in str(error.value)


@pytest.mark.parametrize(
    ("total", "severities"),
    [
        # the parts 234.433 + 44.285 stand for 278.717…278.719 (± 0,5 each)
        ("278.717", []),  # 278.716,5…278.717,5 touches 278.717
        ("278.719", []),
        ("278.716", [Severity.INCONSISTENT]),  # just below: the parts exceed it
        ("278.720", [Severity.WARNING]),  # just above: the parts may be a partial list
    ],
)
def test_a_total_just_beyond_its_parts_rounding_is_flagged(
    total: str, severities: list[Severity]
) -> None:
    text = (
        f"Thu phí đạt {total} triệu đồng, trong đó phí ra vào cửa khẩu đạt 234.433 triệu đồng; "
        "phí sang tải đạt 44.285 triệu đồng."
    )
    findings = audit(parse_statements(text))
    assert [f.severity for f in findings if f.kind is FindingKind.COMPONENTS_SUM] == severities


@pytest.mark.parametrize(
    "text",
    [
        # a figure about a part (its capital), not a part of the total
        "Có 45 dự án, trong đó 10 dự án FDI với tổng vốn 500 triệu USD.",
        # a conversion of the total, after its parts
        (
            "Kim ngạch đạt 1.000 triệu USD, trong đó xuất khẩu 600 triệu USD, nhập khẩu 400 triệu "
            "USD, tương đương 9.000 tỷ đồng."
        ),
    ],
)
def test_a_figure_of_another_kind_beside_matching_parts_is_not_a_warning(text: str) -> None:
    assert audit(parse_statements(text)) == []


def test_shares_among_the_parts_do_not_hide_parts_that_exceed_the_total() -> None:
    [finding] = audit(
        parse_statements(
            "Thu phí đạt 300 tỷ đồng, trong đó phí A đạt 250 tỷ đồng (chiếm 83%), "
            "phí B đạt 100 tỷ đồng (chiếm 33%)."
        )
    )
    assert (finding.kind, finding.severity) == (FindingKind.COMPONENTS_SUM, Severity.INCONSISTENT)
    assert finding.allowed == Interval(low=Fraction(3490, 10), high=Fraction(3510, 10))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a range printed upside down is not read: noted, not guessed
        (
            (
                "Phương tiện đạt 2.600 - 2.000 xe/ngày, trong đó xe xuất khẩu 1.000 xe/ngày, "
                "xe nhập khẩu 1.000 xe/ngày."
            ),
            [FindingKind.UNREADABLE],
        ),
        # "khoảng" keeps the printed rounding by default: 2.650 is above 2.600,5
        (
            (
                "Phương tiện khoảng 2.000 - 2.600 xe/ngày, trong đó xe xuất khẩu 1.700 - 1.750 "
                "xe/ngày, xe nhập khẩu 950 - 980 xe/ngày."
            ),
            [FindingKind.COMPONENTS_SUM],
        ),
        (
            (
                "Phương tiện khoảng 2.000 - 2.600 xe/ngày, trong đó xe xuất khẩu 1.800 - 1.850 "
                "xe/ngày, xe nhập khẩu 950 - 980 xe/ngày."
            ),
            [FindingKind.COMPONENTS_SUM],
        ),
        # "trên" leaves a range open above
        (
            (
                "Phương tiện trên 2.000 - 2.600 xe/ngày, trong đó xe xuất khẩu 1.900 xe/ngày, "
                "xe nhập khẩu 950 xe/ngày."
            ),
            [],
        ),
    ],
)
def test_ranges_upside_down_and_qualified(text: str, kinds: list[FindingKind]) -> None:
    assert [finding.kind for finding in audit(parse_statements(text))] == kinds


def test_a_wider_tolerance_for_about_is_the_callers_choice() -> None:
    # 2.000…2.600 ± 5 % of 2.600 reaches 2.730,5: the parts' 2.650…2.730 fit
    statements = parse_statements(
        "Phương tiện khoảng 2.000 - 2.600 xe/ngày, trong đó xe xuất khẩu 1.700 - 1.750 "
        "xe/ngày, xe nhập khẩu 950 - 980 xe/ngày."
    )
    assert audit(statements, about=Fraction(5, 100)) == []
    assert audit_documents({"a": statements}, about=Fraction(5, 100)) == []


@pytest.mark.parametrize(
    ("about", "error"),
    [(0.05, InvalidTypeError), ("5%", InvalidTypeError), (Fraction(-1, 100), InvalidValueError)],
)
def test_about_must_be_a_fraction_at_or_above_zero(about: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="about"):
        audit([], about=about)  # type: ignore[arg-type]


def test_zero_amounts_have_no_growth_and_raise_nothing() -> None:
    text = (
        "Thu phí đạt 0 tỷ đồng, tăng 10%, trong đó phí A đạt 0 tỷ đồng, tăng 10%; "
        "phí B đạt 0 tỷ đồng, tăng 10%."
    )
    assert audit(parse_statements(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Năm 2024 thu phí đạt 300 tỷ đồng, tăng 14% so với năm 2023, trong đó phí A đạt 200 tỷ "
            "đồng, tăng 10% so với năm 2023; phí B đạt 100 tỷ đồng, tăng 50% so với năm 2022."
        ),
        (
            "Năm 2024 thu phí đạt 300 tỷ đồng, tăng 40% so với năm 2022, trong đó phí A đạt 200 tỷ "
            "đồng, tăng 10% so với cùng kỳ; phí B đạt 100 tỷ đồng, tăng 10% so với cùng kỳ."
        ),
    ],
)
def test_parts_growing_on_another_year_than_their_total_are_not_compared(text: str) -> None:
    assert audit(parse_statements(text)) == []


@pytest.mark.parametrize(
    ("text", "english", "vietnamese"),
    [
        (
            "Đã có 112 dự án, trong đó 100 dự án; 20 dự án.",
            "The total is printed as “112 dự án”, but its parts add up to 120 dự án.",
            "Tổng ghi 112 dự án, nhưng cộng các thành phần được 120 dự án.",
        ),
        (
            "Đã có 45 dự án, trong đó 5 tỷ đồng; 3 tấn.",
            (
                "The parts (“45 dự án”) are in units that do not add up "
                "(dự án, billion VND, tonnes): the total cannot be checked."
            ),
            (
                "Tổng ghi 45 dự án, nhưng các thành phần tính bằng đơn vị không cộng được với nhau "
                "(dự án, tỷ đồng, tấn): không kiểm tra được tổng."
            ),
        ),
    ],
)
def test_a_finding_without_a_subject_reads_well(text: str, english: str, vietnamese: str) -> None:
    [finding] = audit(parse_statements(text))
    assert finding.statements[0].subject == ""
    assert (finding.explain("en"), finding.explain("vi")) == (english, vietnamese)


def test_a_statement_built_with_its_range_upside_down_stands_for_the_same_values() -> None:
    [total] = parse_statements(
        "Phương tiện đạt 2.000 - 2.600 xe/ngày, trong đó xe xuất khẩu 1.300 xe/ngày, "
        "xe nhập khẩu 1.000 xe/ngày."
    )
    assert isinstance(total, Statement)
    assert total.upper is not None
    upside_down = attrs.evolve(total, value=total.upper, upper=total.value)
    assert audit([total]) == audit([upside_down]) == []


# -- the previous values a printed value and growth allow --------------------------------


def _printed(value: Fraction, decimals: int, unit: str) -> str:
    text = f"{float(value):.{decimals}f}".replace(".", ",")
    return text + (" tỷ đồng" if unit == "amount" else "%")


@given(
    st.integers(1, 10**6),
    st.integers(0, 2),
    st.integers(-990, 3000),
    st.integers(0, 2),
    st.sampled_from(["", "trên ", "gần "]),
    st.integers(0, 10),
    st.integers(0, 10),
)
def test_the_implied_previous_interval_holds_every_previous_the_printed_figures_allow(  # noqa: PLR0917
    amount: int,
    amount_decimals: int,
    growth: int,
    growth_decimals: int,
    word: str,
    amount_step: int,
    growth_step: int,
) -> None:
    current = read_figure(
        word + _printed(Fraction(amount, 10**amount_decimals), amount_decimals, "amount")
    )
    rate = read_figure(_printed(Fraction(growth, 10), growth_decimals, "percent"))
    span = interval_of(current)
    rates = interval_of(rate)
    assert rates.low is not None
    assert rates.high is not None
    if rates.high <= -100:
        with pytest.raises(UndefinedRatioError, match=rate.text):
            implied_previous_interval(current, rate)
        return
    allowed = implied_previous_interval(current, rate)
    # a true value and a true growth anywhere in the printed intervals (bounded ends)
    low = span.low if span.low is not None else Fraction(0)
    high = span.high if span.high is not None else low + 10**7
    true = max(low + (high - low) * amount_step / 10, Fraction(0))
    true_rate = rates.low + (rates.high - rates.low) * growth_step / 10
    if true_rate <= -100:
        return
    previous = true / (1 + true_rate / 100)
    assert allowed.low is None or allowed.low <= previous
    assert allowed.high is None or previous <= allowed.high
    # and the bounds are reached: at the corners
    if span.low is not None and allowed.low is not None:
        assert allowed.low == max(span.low, Fraction(0)) / (1 + rates.high / 100)


def test_the_nine_months_of_2019_are_guaranteed_only_about_438_9_billion() -> None:
    allowed = implied_previous_interval(read_figure("trên 344,8 tỷ đồng"), read_figure("-21,5%"))
    assert allowed == Interval(low=Fraction("344.75") / (1 - Fraction("0.2145")), high=None)
    assert allowed.low is not None
    assert Fraction("438.8") < allowed.low < Fraction("438.9") < Fraction("439.2")


@pytest.mark.parametrize(
    ("current", "growth", "error", "named"),
    [
        ("100 tỷ đồng", "5 tỷ đồng", InvalidValueError, "'5 tỷ đồng'"),
        ("100 tỷ đồng", "-101%", UndefinedRatioError, "'-101%'"),
        ("100 tỷ đồng", "-120,5%", UndefinedRatioError, "'-120,5%'"),
    ],
)
def test_bad_implied_previous_inputs_are_refused_naming_them(
    current: str, growth: str, error: type[Exception], named: str
) -> None:
    with pytest.raises(error, match=named):
        implied_previous_interval(read_figure(current), read_figure(growth))


def test_a_growth_that_may_reach_minus_100_percent_leaves_the_previous_unbounded_above() -> None:
    # "-100%" may be a fall of 99,5%: last year is at least 4,5 / 0,005, and unbounded above.
    allowed = implied_previous_interval(read_figure("5 tỷ đồng"), read_figure("-100%"))
    assert allowed.high is None
    assert allowed.low == Fraction("4.5") / (1 - Fraction("0.995"))
    above = implied_previous_interval(read_figure("gần 5 tỷ đồng"), read_figure("10%"))
    assert (above.low, above.high) == (None, Fraction("5.5") / Fraction("1.095"))
