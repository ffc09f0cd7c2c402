"""Zoning plans: areas, land budgets, fits, shares, diffs, plan versions, the bundled data.

Expected values are worked out here by hand from the domain notes (§3) and the
seeds, or with :class:`fractions.Fraction`; none is read back from dongdang.
"""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import Qualifier, amount
from dongdang.errors import (
    DataFileError,
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    OverlappingVersionsError,
    ParseError,
    UndefinedRatioError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.gates import Caveat, Citation, Provenance
from dongdang.legal import LegalKind, LegalReference
from dongdang.zoning import (
    VERSION_FACTS,
    Allocation,
    Area,
    BudgetDiff,
    ChangeKind,
    ClassChange,
    LandBudget,
    Plan,
    PlanLevel,
    PlanRegistry,
    PlanStage,
    PlanVersion,
    apply,
    area,
    diff,
    lang_son_plans,
    occupancy,
)
from strategies import land_budgets, qualifiers

if TYPE_CHECKING:
    from collections.abc import Callable

F = Fraction
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CITE = Citation(key="test", title="a test source")
ABOUT = Qualifier.ABOUT


def ha(value: str | int) -> Decimal:
    return Decimal(value)


def cls(code: str, hectares: str | int, name: str | None = None, **fields: Any) -> Allocation:
    return Allocation(
        code=code, name=name or f"Đất {code}", area=Area(hectares=Decimal(hectares), **fields)
    )


def budget(year: int, total: str | int, *classes: Allocation, **fields: Any) -> LandBudget:
    return LandBudget(year=year, total=Area(hectares=Decimal(total)), allocations=classes, **fields)


def version(code: str = "v", **fields: Any) -> PlanVersion:
    """A version whose unknown facts say why: every fact not given is 'not found'."""
    given_facts = dict(fields.pop("facts", {}))
    for fact in VERSION_FACTS:
        if fact not in fields and fact not in given_facts:
            given_facts[fact] = Provenance(caveat=Caveat.NOT_FOUND, note="not in the test")
    return PlanVersion(
        code=code, name=f"version {code}", sources=[CITE], facts=given_facts, **fields
    )


def decision(number: str, signed: dt.date) -> LegalReference:
    return LegalReference(number=number, kind=LegalKind.DECISION, signed=signed)


def plan(*versions: PlanVersion) -> Plan:
    return Plan(code="p", name="a plan", level=PlanLevel.GENERAL, versions=versions, sources=[CITE])


# -- the bundled data: what facts.md §3 and the seeds say -------------------------------------

# The land budget of the plan to 2030 as printed (facts.md §3.2), by hand:
# (code, 2020, 2030, printed with "khoảng"?)
PRINTED: list[tuple[str, int, int, bool]] = [
    ("non-tariff", 810, 1350, False),
    ("tariff-civil", 1355, 2075, True),
    ("tariff-non-civil", 2400, 4475, True),
    ("tariff-other", 34834, 31500, True),
]


@pytest.fixture(scope="module")
def to_2030() -> PlanVersion:
    return lang_son_plans().plan("kkt-dong-dang").version("to-2030")


def test_bundled_plans_and_versions_in_order() -> None:
    plans = lang_son_plans()
    assert [p.code for p in plans.plans] == ["kkt-dong-dang", "chi-ma", "kcn-dong-banh"]
    zone = plans.plan("kkt-dong-dang")
    assert zone.level is PlanLevel.GENERAL
    assert [v.code for v in zone.versions] == ["to-2030", "local-adjustment-2030", "to-2045"]
    assert zone.latest.code == "to-2045"
    assert plans.plan("kcn-dong-banh").level is PlanLevel.SCALE_1_2000
    assert lang_son_plans() is plans  # read once


def test_plan_to_2030_keeps_khoang_and_the_printed_digits(to_2030: PlanVersion) -> None:
    assert to_2030.stage is PlanStage.APPROVED
    assert to_2030.horizons == (2020, 2030)
    total = to_2030.total
    assert total is not None
    assert (total.hectares, total.qualifier, total.resolution) == (
        Decimal(39400),
        ABOUT,
        Decimal("0.1"),
    )
    assert total.format() == "khoảng 39.400,0 ha"
    for year, column in ((2020, 1), (2030, 2)):
        rows = to_2030.budget(year).allocations
        assert [r.code for r in rows] == [row[0] for row in PRINTED]
        assert [r.area.hectares for r in rows] == [row[column] for row in PRINTED]
        assert [r.area.approximate for r in rows] == [row[3] for row in PRINTED]
        assert {r.area.resolution for r in rows} == {1}
    assert to_2030.budget(2020).allocation("non-tariff").name == "Đất khu phi thuế quan"
    assert to_2030.budget(2030).allocation("tariff-civil").english == "tariff zone: civil land"


def test_decision_1055_is_unverified_and_stays_unknown(to_2030: PlanVersion) -> None:
    assert to_2030.legal is None
    assert to_2030.date is None
    why = to_2030.source_of("legal")
    assert why.caveat is Caveat.UNVERIFIED
    assert why.note is not None
    assert "1055/QĐ-TTg" in why.note
    assert "08/7/2010" in why.note
    assert {source.key for source in why.sources} == {"seed-003", "soxd-630"}
    seed = SEEDS / "003_0439c3652480be53.txt"
    if seed.is_file():  # the seed is where the number comes from
        assert "Quyết định số 1055/QĐ-TTg ngày 08/7/2010" in seed.read_text("utf-8")
    assert to_2030.source_of("zones").caveat is Caveat.NOT_FOUND
    assert [s.key for s in to_2030.source_of("total").sources] == ["soxd-630"]


def test_the_2020_column_is_1_ha_short_and_reported_not_raised(to_2030: PlanVersion) -> None:
    fit = to_2030.budget(2020).fit()
    assert fit.allocated == amount(810 + 1355 + 2400 + 34834, "ha") == amount(39399, "ha")
    assert fit.gap == amount(1, "ha")
    # Four classes printed to the hectare (half a hectare each) and a total
    # printed to a tenth (half a tenth): the rounding the printing allows.
    rounding = 4 * F(1, 2) + F(1, 20)
    assert F(fit.tolerance.magnitude) == rounding
    assert fit.within
    assert fit.approximate
    assert not to_2030.budget(2020).fit(tolerance=Decimal("0.99")).within
    assert fit.describe("en") == (
        "the land-use classes of 2020 sum to 39,399 ha against a total of about 39,400.0 ha: "
        "1 ha unallocated, within the tolerance of 2.05 ha"
    )
    assert fit.describe() == (
        "các loại đất năm 2020 cộng lại 39.399 ha so với tổng khoảng 39.400,0 ha: "
        "chưa phân bổ 1 ha, trong sai số cho phép 2,05 ha"
    )


def test_the_2030_column_fits_exactly(to_2030: PlanVersion) -> None:
    fit = to_2030.budget(2030).fit()
    assert fit.allocated == amount(1350 + 2075 + 4475 + 31500, "ha") == amount(39400, "ha")
    assert fit.gap == amount(0, "ha")
    assert fit.describe("en").endswith(": no gap, within the tolerance of 2.05 ha")


def test_shares_of_the_land_budget_are_exact(to_2030: PlanVersion) -> None:
    for year, areas in ((2020, [row[1] for row in PRINTED]), (2030, [row[2] for row in PRINTED])):
        shares = to_2030.budget(year).shares()
        codes = [row[0] for row in PRINTED]
        assert shares == {
            code: F(part, sum(areas)) for code, part in zip(codes, areas, strict=True)
        }
        assert sum(shares.values()) == 1
    # By hand, to four places: 810/39399 = 0.02055…, 1355/39399 = 0.03439…,
    # 2400/39399 = 0.06091…, 34834/39399 = 0.88413…; rounded down they leave two
    # units of 0.0001, which go to the largest remainders (0.92 and 0.59 units).
    assert to_2030.budget(2020).rounded_shares() == {
        "non-tariff": Decimal("0.0206"),
        "tariff-civil": Decimal("0.0344"),
        "tariff-non-civil": Decimal("0.0609"),
        "tariff-other": Decimal("0.8841"),
    }


def test_diff_2020_to_2030_by_class(to_2030: PlanVersion) -> None:
    before, after = to_2030.budget(2020), to_2030.budget(2030)
    change = diff(before, after)
    assert change.by_class() == {row[0]: amount(row[2] - row[1], "ha") for row in PRINTED}
    assert change.by_class()["tariff-other"] == amount(-3334, "ha")
    assert change.allocated_change == amount(39400 - 39399, "ha")
    assert change.total_change == amount(0, "ha")
    assert {c.kind for c in change.changes} == {ChangeKind.CHANGED}
    assert (change.before_year, change.after_year) == (2020, 2030)
    assert apply(before, change) == after


def test_local_adjustment_and_adjustment_to_2045() -> None:
    zone = lang_son_plans().plan("kkt-dong-dang")
    local = zone.version("local-adjustment-2030")
    assert local.stage is PlanStage.INSTRUCTED
    assert local.legal is not None
    assert (local.legal.number, local.legal.kind) == ("2509/VP-KT", LegalKind.OFFICIAL_LETTER)
    assert local.date == dt.date(2022, 6, 8)
    assert local.total is None
    assert local.source_of("total").caveat is Caveat.NOT_FOUND
    later = zone.version("to-2045")
    assert later.stage is PlanStage.TASK_APPROVED
    assert later.legal is not None
    assert later.legal.number == "1009/QĐ-TTg"
    assert later.date == dt.date(2024, 9, 19)
    assert later.horizons == (2035, 2045)
    assert later.total == Area(hectares=39400, resolution=1)
    assert later.land_use == ()
    assert later.source_of("land_use").caveat is Caveat.NOT_FOUND


def test_chi_ma_and_dong_banh() -> None:
    # Two facts from two sources, never merged into one version: the 535 ha of
    # Công văn 2509/VP-KT (2022, no horizon) and the 2045 horizon of the task
    # reported by seed 002 (2024, no area).
    letter, task = lang_son_plans().plan("chi-ma").versions
    assert letter.total == Area(hectares=535, resolution=1)
    assert letter.horizons == ()
    assert letter.source_of("horizons").caveat is Caveat.NOT_FOUND
    assert [s.key for s in letter.source_of("total").sources] == ["vanphong-71876"]
    assert letter.legal is not None
    assert letter.legal.number == "2509/VP-KT"
    assert task.horizons == (2045,)
    assert task.total is None
    assert task.source_of("total").caveat is Caveat.NOT_FOUND
    assert [s.key for s in task.source_of("horizons").sources] == ["seed-002"]
    assert task.legal is None
    dong_banh = lang_son_plans().plan("kcn-dong-banh")
    initial, adjusted = dong_banh.versions
    assert initial.total == Area(hectares=Decimal("321.76"), resolution=Decimal("0.01"))
    assert adjusted.total == Area(hectares=162, resolution=1)
    assert adjusted.stage is None
    assert adjusted.source_of("stage").caveat is Caveat.NOT_FOUND
    (listing,) = adjusted.source_of("total").sources
    assert listing.note is not None
    assert "low-authority" in listing.note


def test_thach_dam_is_corrected_to_the_commune_thach_dan_with_a_note() -> None:
    # The source of the 2030 scope writes "Thạch Đạm"; the 2045 scope under
    # QĐ 1009/QĐ-TTg and lawnet ("Thach Dan") name the commune Thạch Đạn.
    plan = lang_son_plans().plan("kkt-dong-dang")
    notes = [note for version in plan.versions for note in version.notes]
    assert not any("Thạch Đạm" in note and "Scope" in note for note in notes)
    scope_2030 = next(n for n in plan.version("to-2030").notes if n.startswith("Scope"))
    assert "Thạch Đạn" in scope_2030
    assert any("Thạch Đạm" in n and "typo" in n for n in plan.version("to-2030").notes)
    assert any("Thạch Đạn" in n for n in plan.version("to-2045").notes)


def test_every_bundled_fact_has_a_source_or_a_caveat() -> None:
    for p in lang_son_plans().plans:
        for v in p.versions:
            for fact in VERSION_FACTS:
                known = getattr(v, fact) not in (None, ())
                why = v.source_of(fact)
                assert (why.caveat is None) is known, (p.code, v.code, fact)
                assert why.sources or why.note, (p.code, v.code, fact)


def test_plans_and_findings_pickle() -> None:
    plans = lang_son_plans()
    assert pickle.loads(pickle.dumps(plans)) == plans  # noqa: S301 - our own data
    fit = plans.plan("kkt-dong-dang").version("to-2030").budget(2020).fit()
    assert pickle.loads(pickle.dumps(fit)) == fit  # noqa: S301 - our own data


def test_bundled_seed_quotes_are_in_the_seeds() -> None:
    texts = {path.name: path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))}
    if not texts:
        pytest.skip(f"the seeds are not available at {SEEDS}")
    assert (
        "Hoàn thành Điều chỉnh Quy hoạch tỷ lệ 1/2000 KCN Đồng Bành"
        in (texts["003_0439c3652480be53.txt"])
    )
    assert (
        "khu vực cửa khẩu Chi Ma, huyện Lộc Bình, tỉnh Lạng Sơn đến năm 2045"
        in (texts["002_b3f1bc2bd9bfbb82.txt"])
    )


# -- areas -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "hectares", "qualifier", "resolution"),
    [
        ("khoảng 1.355 ha", "vi", "1355", ABOUT, "1"),
        ("39.400ha", "vi", "39400", None, "1"),
        ("321,76 ha", "vi", "321.76", None, "0.01"),
        ("394 km2", "vi", "39400", None, "100"),  # 1 km² = 100 ha
        ("khoảng 394 km²", "vi", "39400", ABOUT, "100"),
        ("5.000 m2", "vi", "0.5", None, "0.0001"),  # 10 000 m² = 1 ha
        ("hơn 143,7 ha", "vi", "143.7", Qualifier.AT_LEAST, "0.1"),
        ("about 1,355.5 ha", "en", "1355.5", ABOUT, "0.1"),
    ],
)
def test_area_parse(
    text: str, lang: str, hectares: str, qualifier: Qualifier | None, resolution: str
) -> None:
    read = Area.parse(text, lang)  # type: ignore[arg-type]
    assert read == Area(hectares=ha(hectares), qualifier=qualifier, resolution=ha(resolution))
    assert read.quantity == amount(ha(hectares), "ha")
    assert read.rounding == ha(resolution) / 2


def test_area_of_units_converts_exactly() -> None:
    assert area(Decimal("3.94"), "km2").hectares == 394
    assert area(12_345, "m2").hectares == Decimal("1.2345")
    assert area(0.1).hectares == Decimal("0.1")  # a float by its shortest repr
    assert Area(hectares=amount(1, "km2")) == Area(hectares=100)
    assert area(0, "km2").hectares.as_tuple().sign == 0
    assert not area(1).approximate
    assert area(1, qualifier=ABOUT).approximate
    assert area(1).rounding == 0


def test_area_format() -> None:
    assert Area(hectares=Decimal("143.70")).format() == "143,7 ha"
    assert Area.parse("khoảng 394 km2").format("en") == "about 39,400 ha"
    assert Area.parse("dưới 2,50 ha").format() == "dưới 2,50 ha"
    assert Area.parse("gần 7 ha").format("en") == "nearly 7 ha"


@given(
    units=st.integers(min_value=0, max_value=10**9),
    places=st.integers(min_value=0, max_value=3),
    qualifier=qualifiers,
    lang=st.sampled_from(["vi", "en"]),
)
def test_area_format_reads_back(
    units: int, places: int, qualifier: Qualifier | None, lang: str
) -> None:
    digit = Decimal(1).scaleb(-places)
    printed = Area(hectares=units * digit, qualifier=qualifier, resolution=digit)
    assert Area.parse(printed.format(lang), lang) == printed  # type: ignore[arg-type]


# -- land budgets -------------------------------------------------------------------------------


def test_over_allocation_within_the_rounding_is_accepted() -> None:
    # 60 + 40,4 = 100,4 against 100: 0,4 ha over, within the rounding of three
    # figures printed to the hectare or tenth (0,5 + 0,05 + 0,5 = 1,05 ha).
    within = budget(
        2030,
        100,
        cls("a", 60, resolution=1),
        cls("b", "40.4", resolution=Decimal("0.1")),
    )
    within = attrs.evolve(within, total=Area(hectares=100, resolution=1))
    fit = within.fit()
    assert fit.gap == amount(Decimal("-0.4"), "ha")
    assert F(fit.tolerance.magnitude) == F(1, 2) + F(1, 20) + F(1, 2)
    assert fit.within
    assert fit.describe("en") == (
        "the land-use classes of 2030 sum to 100.4 ha against a total of 100 ha: "
        "0.4 ha over-allocated, within the tolerance of 1.05 ha"
    )
    assert not within.fit(tolerance=Decimal("0.3")).within
    assert within.fit(tolerance=Decimal("0.3")).describe() == (
        "các loại đất năm 2030 cộng lại 100,4 ha so với tổng 100 ha: "
        "phân bổ vượt 0,4 ha, vượt quá sai số cho phép 0,3 ha"
    )


def test_a_stated_tolerance_replaces_the_rounding() -> None:
    wide = budget(2030, 100, cls("a", 101), tolerance=amount(1, "ha"))
    assert wide.fit().within
    assert wide.rounding_tolerance == amount(0, "ha")
    with pytest.raises(
        InvalidValueError,
        match=r"sum of its land-use classes \(ha\) must not exceed its total of 100 ha .*, got 101",
    ):
        budget(2030, 100, cls("a", 101), tolerance=0)
    assert budget(2030, 100, cls("a", 50)).fit(tolerance=amount(1, "km2")).tolerance == amount(
        100, "ha"
    )


def test_under_allocation_is_reported_however_large() -> None:
    short = budget(2021, 1000, cls("a", 10))
    fit = short.fit()
    assert fit.gap == amount(990, "ha")
    assert not fit.within
    assert not fit.approximate
    assert "990 ha unallocated, beyond the tolerance of 0 ha" in fit.describe("en")


def test_budget_lookup_and_codes() -> None:
    b = budget(2030, 10, cls("a", 4), cls("b", 6))
    assert b.codes == ("a", "b")
    assert b.allocation("b").area.hectares == 6
    with pytest.raises(UnknownCodeError, match=r"'z'.*'a', 'b'"):
        b.allocation("z")


@given(land_budgets(), st.randoms(use_true_random=False))
def test_totals_do_not_depend_on_the_order_of_classes(b: LandBudget, rnd: Any) -> None:
    shuffled = list(b.allocations)
    rnd.shuffle(shuffled)
    other = attrs.evolve(b, allocations=shuffled)
    assert F(b.allocated.magnitude) == sum(F(c.area.hectares) for c in shuffled)
    assert other.allocated == b.allocated
    assert other.fit() == b.fit()
    if b.allocated.magnitude > 0:
        assert other.shares() == b.shares()
        assert other.rounded_shares(3) == b.rounded_shares(3)


@given(land_budgets(), st.integers(min_value=0, max_value=6))
def test_shares_sum_to_exactly_one(b: LandBudget, places: int) -> None:
    whole = sum(F(c.area.hectares) for c in b.allocations)
    if whole == 0:
        with pytest.raises(UndefinedRatioError, match="allocations is 0 ha: the shares of the"):
            b.shares()
        return
    shares = b.shares()
    assert sum(shares.values()) == 1
    assert shares == {c.code: F(c.area.hectares) / whole for c in b.allocations}
    rounded = b.rounded_shares(places)
    assert sum(rounded.values()) == 1
    unit = F(1, 10**places)
    for code, value in rounded.items():
        assert value == value.quantize(Decimal(1).scaleb(-places))
        assert abs(F(value) - shares[code]) < unit


# -- diff and apply -------------------------------------------------------------------------------


@given(land_budgets(), land_budgets())
def test_applying_a_diff_gives_the_later_budget(a: LandBudget, b: LandBudget) -> None:
    change = diff(a, b)
    assert apply(a, change) == b
    assert F(change.allocated_change.magnitude) == F(b.allocated.magnitude) - F(
        a.allocated.magnitude
    )
    assert F(change.total_change.magnitude) == F(b.total.hectares) - F(a.total.hectares)
    # Only what changed is listed: no class "changed by 0 ha".
    alike = {
        code for code in set(a.codes) & set(b.codes) if a.allocation(code) == b.allocation(code)
    }
    assert set(change.by_class()) == (set(a.codes) | set(b.codes)) - alike
    assert change.changed == change.changes
    assert change.order == b.codes
    for item in change.changes:
        expected = {
            (False, True): ChangeKind.ADDED,
            (True, False): ChangeKind.REMOVED,
        }.get((item.code in a.codes, item.code in b.codes), ChangeKind.CHANGED)
        assert item.kind is expected


@given(land_budgets())
def test_a_budget_does_not_differ_from_itself(b: LandBudget) -> None:
    change = diff(b, b)
    assert change.changes == ()
    assert change.by_class() == {}
    assert change.describe() == ()
    assert apply(b, change) == b


def test_a_diff_built_by_hand_may_list_an_unchanged_class_and_apply_keeps_it() -> None:
    before = budget(2020, 100, cls("a", 50), cls("b", 30))
    after = budget(2030, 100, cls("a", 50), cls("b", 40))
    change = BudgetDiff(
        before_year=2020,
        after_year=2030,
        total_before=before.total,
        total_after=after.total,
        changes=[
            ClassChange(code="b", before=cls("b", 30), after=cls("b", 40)),
            ClassChange(code="a", before=cls("a", 50), after=cls("a", 50)),
        ],
    )
    assert [item.kind for item in change.changes] == [ChangeKind.CHANGED, ChangeKind.UNCHANGED]
    assert [item.code for item in change.changed] == ["b"]
    # Without an order the classes come in the diff's order.
    assert apply(before, change) == budget(2030, 100, cls("b", 40), cls("a", 50))
    with pytest.raises(InvalidTypeError, match="order must be a tuple of codes, got 'ab'"):
        attrs.evolve(change, order="ab")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"joined by '-' \(like 'non-tariff'\), got 'A'"):
        attrs.evolve(change, order=["A"])


def test_apply_adds_the_changes_to_another_base() -> None:
    before = budget(2020, 100, cls("a", 50), cls("b", 30), cls("gone", 5))
    after = budget(2030, 120, cls("b", 40, qualifier=ABOUT), cls("a", 45), cls("new", 20))
    base = budget(2020, 110, cls("a", 55), cls("b", 30), cls("gone", 1), cls("kept", 2))
    result = apply(base, diff(before, after))
    # a: 55 - 5; b: 30 + 10, with after's "khoảng"; new added; gone removed; kept kept, last.
    assert result == budget(
        2030,
        130,
        cls("b", 40, qualifier=ABOUT),
        cls("a", 50),
        cls("new", 20),
        cls("kept", 2),
    )


def test_apply_refuses_what_does_not_fit_the_base() -> None:
    before = budget(2020, 100, cls("a", 50))
    after = budget(2030, 100, cls("a", 10), cls("b", 20))
    with pytest.raises(
        InvalidValueError,
        match="class added must not be in the land budget of 2020 already, got 'b'",
    ):
        apply(budget(2020, 100, cls("a", 50), cls("b", 1)), diff(before, after))
    with pytest.raises(
        UnknownCodeError, match=r"land class 'a' in the land budget of 2020; expected one of 'z'"
    ):
        apply(budget(2020, 100, cls("z", 50)), diff(before, after))
    with pytest.raises(
        InvalidValueError,
        match=r"the area of 'a' \(ha\) must not be negative, got -10; "
        r"the change from 50 ha to 10 ha applies to 30 ha",
    ):
        apply(budget(2020, 100, cls("a", 30)), diff(before, after))


def test_changes_and_diffs_are_checked() -> None:
    with pytest.raises(
        InvalidValueError,
        match=r"class a: give before or after, got \{'before': None, 'after': None\}",
    ):
        ClassChange(code="a", before=None, after=None)
    with pytest.raises(InvalidValueError, match="a change of 'a': class must be 'a', got 'b'"):
        ClassChange(code="a", before=None, after=cls("b", 1))
    same = ClassChange(code="a", before=None, after=cls("a", 1))
    with pytest.raises(InvalidValueError, match="a diff: change of class 'a' appears twice"):
        BudgetDiff(
            before_year=2020,
            after_year=2030,
            total_before=area(1),
            total_after=area(1),
            changes=[same, same],
        )


def test_zoning_errors_carry_the_input_and_pickle_with_it() -> None:
    same = ClassChange(code="a", before=None, after=cls("a", 1))
    with pytest.raises(InvalidValueError) as twice:
        BudgetDiff(
            before_year=2020,
            after_year=2030,
            total_before=area(1),
            total_after=area(1),
            changes=[same, same],
        )
    with pytest.raises(InvalidValueError) as negative:
        Area(hectares=-5)
    assert (twice.value.name, twice.value.value, twice.value.where) == (
        "change of class",
        "a",
        "a diff",
    )
    assert (negative.value.name, negative.value.value, negative.value.low) == ("area", -5, 0)
    assert str(negative.value) == "area must not be negative, got -5"
    for error in (twice.value, negative.value):
        copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own data
        assert (str(copy), copy.value) == (str(error), error.value)


# -- plan versions and plans -----------------------------------------------------------------


def test_a_version_with_budgets_zones_and_sources() -> None:
    total = Area.parse("535 ha")
    v = version(
        stage=PlanStage.APPROVED,
        legal=decision("12/QĐ-UBND", dt.date(2023, 1, 5)),
        horizons=[2030, 2045],
        total=total,
        land_use=[budget(2030, 535, cls("a", 500)), budget(2045, 535, cls("a", 535))],
        # Zones may overlap: together they exceed the total, each alone does not.
        zones=[cls("port", 400), cls("depot", 300), cls("edge", "535.4")],
        notes=["a note"],
    )
    assert v.years == (2030, 2045)
    assert v.date == dt.date(2023, 1, 5)
    assert v.source_of("zones") == Provenance(sources=[CITE])
    with pytest.raises(
        InvalidValueError,
        match=r"year must be a year it has a land budget for: \[2030, 2045\], got 2035",
    ):
        v.budget(2035)


def test_plan_versions_in_order_and_lookup() -> None:
    first = version("a", legal=decision("1/QĐ-TTg", dt.date(2010, 7, 8)))
    undated = version("b")
    last = version("c", legal=decision("2/QĐ-TTg", dt.date(2024, 9, 19)))
    p = plan(first, undated, last)
    assert p.version("b") is undated
    assert p.latest is last
    with pytest.raises(
        UnknownCodeError, match=r"plan version 'x' in plan 'p'; expected one of 'a', 'b', 'c'"
    ):
        p.version("x")


def test_registry_lookup() -> None:
    registry = PlanRegistry(plans=[plan(version())])
    assert registry.plan("p").code == "p"
    with pytest.raises(InvalidValueError, match="plan code 'p' appears twice"):
        PlanRegistry(plans=[plan(version()), plan(version())])


def test_levels_and_stages_in_english() -> None:
    assert PlanLevel.SCALE_1_2000.english == "1:2000 zoning plan"
    assert PlanLevel.GENERAL.value == "quy hoạch chung"
    assert PlanStage.TASK_APPROVED.english == "planning task approved"


# -- occupancy -----------------------------------------------------------------------------------


def test_occupancy_of_industrial_land() -> None:
    # A user's figures: 97,2 of 162 ha occupied is 0,6 exactly.
    assert occupancy(area(Decimal("97.2")), area(162)) == Decimal("0.6")
    assert occupancy(amount(50, "m2"), Decimal("0.02")) == Decimal("0.25")
    assert occupancy(0, 10) == 0


@given(
    st.decimals(min_value=0, max_value=10**6, places=3),
    st.decimals(min_value=Decimal("0.001"), max_value=10**6, places=3),
)
def test_occupancy_is_the_quotient_to_34_digits(occupied: Decimal, available: Decimal) -> None:
    occupied = min(occupied, available)
    exact = F(occupied) / F(available)
    got = occupancy(occupied, available)
    assert 0 <= got <= 1
    assert abs(F(got) - exact) <= exact * F(1, 10**33)


# -- bad inputs ------------------------------------------------------------------------------------


def _zone_bigger_than_plan() -> object:
    return version(total=area(535), zones=[cls("cua-khau", 600)])


def _dated_backwards() -> object:
    return plan(
        version("to-2045", legal=decision("1009/QĐ-TTg", dt.date(2024, 9, 19))),
        version("local", legal=decision("7/QĐ-UBND", dt.date(2022, 6, 8))),
    )


BAD_INPUTS: list[tuple[str, Callable[[], object], type[DongDangError], list[str]]] = [
    ("negative area", lambda: Area(hectares=-5), InvalidValueError, ["-5", "negative"]),
    ("negative km2", lambda: area(-2, "km2"), InvalidValueError, ["-2 square_kilometre"]),
    ("negative printed", lambda: Area.parse("-5 ha"), InvalidValueError, ["-5"]),
    ("NaN area", lambda: Area(hectares=Decimal("NaN")), InvalidValueError, ["NaN"]),
    ("bool area", lambda: Area(hectares=True), InvalidTypeError, ["True"]),
    ("text area", lambda: area("5"), InvalidTypeError, ["'5'"]),
    ("money", lambda: area(5, "VND"), UnitMismatchError, ["VND"]),
    ("money quantity", lambda: Area(hectares=amount(5, "million_VND")), UnitMismatchError, ["VND"]),
    ("money printed", lambda: Area.parse("5 tỷ đồng"), UnitMismatchError, ["5 tỷ đồng"]),
    ("length", lambda: area(17, "km"), UnitMismatchError, ["17 kilometre"]),
    ("unknown unit", lambda: area(5, "acre"), UnknownCodeError, ["'acre'"]),
    ("unknown word", lambda: Area.parse("5 sào"), ParseError, ["'sào'"]),
    ("percent", lambda: Area.parse("5%"), ParseError, ["'5%'", "area"]),
    ("bare number", lambda: Area.parse("5"), ParseError, ["'5'", "area"]),
    ("zero resolution", lambda: Area(hectares=1, resolution=0), InvalidValueError, ["resolution"]),
    (
        "bad qualifier",
        lambda: Area(hectares=1, qualifier="khoảng"),  # type: ignore[arg-type]
        InvalidTypeError,
        ["qualifier", "'khoảng'"],
    ),
    ("bad lang", lambda: area(1).format("fr"), InvalidValueError, ["'fr'"]),  # type: ignore[arg-type]
    (
        "duplicate class code",
        lambda: budget(2030, 10, cls("a", 1), cls("a", 2, name="Other")),
        InvalidValueError,
        ["'a'", "2030"],
    ),
    (
        "duplicate class name",
        lambda: budget(2030, 10, cls("a", 1, name="Đất A"), cls("b", 2, name=" đất  a ")),
        InvalidValueError,
        ["'đất a'", "'a'", "'b'"],
    ),
    (
        "duplicate class name, tone placed otherwise",
        lambda: budget(2030, 10, cls("a", 1, name="Đất hoá"), cls("b", 2, name="đất hóa")),
        InvalidValueError,
        ["'đất hóa'", "'a'", "'b'"],
    ),
    (
        "over-allocation",
        lambda: budget(2030, 100, cls("a", 60), cls("b", 50)),
        InvalidValueError,
        ["2030", "got 110", "100 ha"],
    ),
    ("no class", lambda: budget(2030, 100), InvalidValueError, ["2030"]),
    ("bad code", lambda: cls("Non Tariff", 1), InvalidValueError, ["'Non Tariff'"]),
    ("code not text", lambda: cls(5, 1), InvalidTypeError, ["5"]),  # type: ignore[arg-type]
    ("empty name", lambda: cls("a", 1, name=" "), InvalidValueError, ["' '"]),
    (
        "name not text",
        lambda: Allocation(code="a", name=5, area=area(1)),
        InvalidTypeError,
        ["5"],
    ),
    ("area not Area", lambda: Allocation(code="a", name="A", area=5), InvalidTypeError, ["area"]),  # type: ignore[arg-type]
    (
        "year bool",
        lambda: LandBudget(year=True, total=area(1), allocations=[cls("a", 1)]),
        InvalidTypeError,
        ["True"],
    ),
    (
        "allocations not a tuple",
        lambda: LandBudget(year=2030, total=area(1), allocations="a"),
        InvalidTypeError,
        ["allocations", "'a'"],
    ),
    (
        "negative tolerance",
        lambda: budget(2030, 10, cls("a", 1), tolerance=-1),
        InvalidValueError,
        ["tolerance", "-1"],
    ),
    (
        "money tolerance",
        lambda: budget(2030, 10, cls("a", 1)).fit(tolerance=amount(1, "USD")),
        UnitMismatchError,
        ["tolerance", "USD"],
    ),
    (
        "negative places",
        lambda: budget(2030, 10, cls("a", 1)).rounded_shares(-1),
        InvalidValueError,
        ["-1"],
    ),
    (
        "bool places",
        lambda: budget(2030, 10, cls("a", 1)).rounded_shares(places=True),
        InvalidTypeError,
        ["True"],
    ),
    (
        "zero shares",
        lambda: budget(2030, 10, cls("a", 0)).shares(),
        UndefinedRatioError,
        ["2030", "0 ha"],
    ),
    ("diff of a plan", lambda: diff(version(), version()), InvalidTypeError, ["before"]),  # type: ignore[arg-type]
    (
        "apply a budget",
        lambda: apply(budget(2030, 1, cls("a", 1)), budget(2030, 1, cls("a", 1))),  # type: ignore[arg-type]
        InvalidTypeError,
        ["change", "LandBudget"],
    ),
    ("apply to text", lambda: apply("a", None), InvalidTypeError, ["base", "'a'"]),  # type: ignore[arg-type]
    (
        "zone bigger than plan",
        _zone_bigger_than_plan,
        InvalidValueError,
        ["'cua-khau'", "600", "535"],
    ),
    (
        "duplicate zone name",
        lambda: version(zones=[cls("a", 1, name="Khu A"), cls("b", 1, name="KHU A")]),
        InvalidValueError,
        ["zone", "'KHU A'"],
    ),
    (
        "dated before predecessor",
        _dated_backwards,
        InvalidValueError,
        ["'local'", "2022-06-08", "'to-2045'"],
    ),
    (
        "duplicate version",
        lambda: plan(version("a"), version("a")),
        OverlappingVersionsError,
        ["'a'"],
    ),
    ("no version", plan, InvalidValueError, ["'p'", "version"]),
    (
        "plan without source",
        lambda: Plan(code="p", name="P", level=PlanLevel.GENERAL, versions=[version()], sources=[]),
        InvalidValueError,
        ["'p'", "source"],
    ),
    (
        "bad level",
        lambda: Plan(code="p", name="P", level="general", versions=[version()], sources=[CITE]),  # type: ignore[arg-type]
        InvalidTypeError,
        ["'general'"],
    ),
    (
        "version without source",
        lambda: PlanVersion(code="v", name="V", sources=[]),
        InvalidValueError,
        ["'v'", "source"],
    ),
    (
        "budget year not a horizon",
        lambda: version(horizons=[2030], total=area(1), land_use=[budget(2025, 1, cls("a", 1))]),
        InvalidValueError,
        ["2025", "[2030]"],
    ),
    (
        "budgets out of order",
        lambda: version(land_use=[budget(2030, 1, cls("a", 1)), budget(2020, 1, cls("a", 1))]),
        InvalidValueError,
        ["2020", "2030"],
    ),
    (
        "horizons backwards",
        lambda: version(horizons=[2045, 2030]),
        InvalidValueError,
        ["[2045, 2030]"],
    ),
    ("horizon text", lambda: version(horizons=["2030"]), InvalidTypeError, ["'2030'"]),
    ("horizons text", lambda: version(horizons="2030"), InvalidTypeError, ["'2030'"]),
    ("horizon bool", lambda: version(horizons=[True]), InvalidTypeError, ["True"]),
    (
        "caveated fact with a value",
        lambda: version(
            total=area(1),
            facts={"total": Provenance(caveat=Caveat.CONFLICT, note="two sources disagree")},
        ),
        InvalidValueError,
        ["total", "conflict"],
    ),
    (
        "unknown fact without caveat",
        lambda: version(facts={"legal": Provenance(sources=[CITE])}),
        InvalidValueError,
        ["legal", "caveat"],
    ),
    (
        "known fact without source",
        lambda: version(total=area(1), facts={"total": Provenance()}),
        InvalidValueError,
        ["total", "source"],
    ),
    (
        "provenance of no fact",
        lambda: version(facts={"scope": Provenance(sources=[CITE])}),
        InvalidValueError,
        ["'scope'"],
    ),
    (
        "two provenances",
        lambda: PlanVersion(
            code="v",
            name="V",
            sources=[CITE],
            facts=[("legal", Provenance(sources=[CITE])), ("legal", Provenance(sources=[CITE]))],
        ),
        InvalidValueError,
        ["provenance of fact 'legal' appears twice"],
    ),
    (
        "facts not provenances",
        lambda: PlanVersion(code="v", name="V", sources=[CITE], facts={"legal": "1055"}),
        InvalidTypeError,
        ["'1055'"],
    ),
    ("notes text", lambda: version(notes="a note"), InvalidTypeError, ["'a note'"]),
    ("unknown fact asked", lambda: version().source_of("scope"), UnknownCodeError, ["'scope'"]),
    (
        "unknown plan",
        lambda: lang_son_plans().plan("nowhere"),
        UnknownCodeError,
        ["'nowhere'", "chi-ma"],
    ),
    (
        "occupied over available",
        lambda: occupancy(area(170), area(162)),
        InvalidValueError,
        ["170", "162"],
    ),
    ("nothing available", lambda: occupancy(0, area(0)), UndefinedRatioError, ["available"]),
    ("negative occupied", lambda: occupancy(-1, 10), InvalidValueError, ["occupied", "-1"]),
    (
        "occupied money",
        lambda: occupancy(amount(1, "VND"), 10),
        UnitMismatchError,
        ["occupied", "VND"],
    ),
    ("load text not str", lambda: PlanRegistry.loads(b"x"), InvalidTypeError, ["b'x'"]),  # type: ignore[arg-type]
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


def test_undefined_ratio_names_its_argument() -> None:
    with pytest.raises(UndefinedRatioError) as caught:
        occupancy(1, 0)
    assert caught.value.argument == "available"


# -- the loader ------------------------------------------------------------------------------------

USER_TOML = """
[sources.notes]
title = "my notes"
published = 2025-01-02

[plans.park]
name = "Quy hoạch KCN mẫu"
level = "scale-1-2000"
sources = ["notes"]

[[plans.park.versions]]
code = "first"
name = "Quy hoạch tỷ lệ 1/2000 KCN mẫu"
stage = "approved"
horizons = [2030]
total = "khoảng 1,5 km2"
sources = ["notes"]
notes = ["a user's example"]

[plans.park.versions.legal]
cite = "Quyết định số 12/QĐ-UBND ngày 05/01/2023"
issuer = "UBND tỉnh Lạng Sơn"
url = "https://example.invalid/12"
summary = "approves it"

[[plans.park.versions.land_use]]
code = "industry"
name = "Đất công nghiệp"
areas = { 2030 = "100 ha" }

[[plans.park.versions.land_use]]
code = "green"
name = "Đất cây xanh"
english = "green land"
areas = { 2030 = "khoảng 49,5 ha" }

[[plans.park.versions.zones]]
code = "north"
name = "Khu phía Bắc"
area = "60 ha"

[[plans.park.versions]]
code = "second"
name = "Điều chỉnh"
sources = ["notes"]

[plans.park.versions.facts.stage]
caveat = "not-found"
note = "unknown"
[plans.park.versions.facts.legal]
caveat = "not-found"
note = "unknown"
[plans.park.versions.facts.horizons]
caveat = "not-found"
note = "unknown"
[plans.park.versions.facts.total]
caveat = "unverified"
note = "one source only"
sources = ["notes"]
[plans.park.versions.facts.land_use]
caveat = "not-found"
note = "unknown"
[plans.park.versions.facts.zones]
caveat = "not-found"
note = "unknown"
"""


def test_loads_a_user_file() -> None:
    registry = PlanRegistry.loads(USER_TOML, name="user.toml")
    assert registry.file == "user.toml"
    park = registry.plan("park")
    first, second = park.versions
    assert first.total == Area(hectares=150, qualifier=ABOUT, resolution=10)
    assert first.legal is not None
    assert (first.legal.issuer, first.legal.url, first.legal.summary) == (
        "UBND tỉnh Lạng Sơn",
        "https://example.invalid/12",
        "approves it",
    )
    b = first.budget(2030)
    assert b.allocated == amount(Decimal("149.5"), "ha")
    assert b.fit().gap == amount(Decimal("0.5"), "ha")
    assert first.zones == (Allocation(code="north", name="Khu phía Bắc", area=Area.parse("60 ha")),)
    assert second.total is None
    assert second.source_of("total").caveat is Caveat.UNVERIFIED
    assert [s.published for s in second.source_of("total").sources] == [dt.date(2025, 1, 2)]


def test_load_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "plans.toml"
    path.write_text(USER_TOML, encoding="utf-8")
    assert PlanRegistry.load(path) == attrs.evolve(
        PlanRegistry.loads(USER_TOML, name=str(path)), file=str(path)
    )
    with pytest.raises(DataFileError, match=r"missing\.toml: cannot be read"):
        PlanRegistry.load(tmp_path / "missing.toml")


def _edit(old: str, new: str) -> str:
    assert old in USER_TOML
    return USER_TOML.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("x = [", "not valid TOML"),
        ('[plans.a]\nname = "x"\nname = "y"', "not valid TOML"),
        ('colour = "red"', "the top level: unknown keys ['colour']"),
        (_edit('name = "Quy hoạch KCN mẫu"\n', ""), "plans.park.name: missing"),
        (
            _edit('level = "scale-1-2000"', 'level = "1/2000"'),
            "plans.park.level: '1/2000' is not one of",
        ),
        (_edit('level = "scale-1-2000"\n', ""), "plans.park.level: missing"),
        (_edit('stage = "approved"', "stage = 3"), "versions[0].stage: expected str, got 3"),
        (_edit('sources = ["notes"]\nnotes', 'sources = ["nobody"]\nnotes'), "cites 'nobody'"),
        (
            _edit('total = "khoảng 1,5 km2"', 'total = "khoảng 1,5 tỷ đồng"'),
            "versions[0].total: text must be an area (in ha, m2 or km2), got 'khoảng 1,5 tỷ đồng'",
        ),
        (_edit('total = "khoảng 1,5 km2"', 'total = "1,5 sào"'), "unknown unit 'sào'"),
        (
            _edit('total = "khoảng 1,5 km2"\n', ""),
            "land_use: land budgets need the version's total",
        ),
        (_edit('2030 = "100 ha"', "2030 = 100"), "areas.2030: expected an area as text"),
        (_edit('2030 = "100 ha"', 'year = "100 ha"'), "areas.year: expected a year"),
        (_edit('2030 = "100 ha"', '2030 = "-100 ha"'), "area must not be negative, got -100"),
        (_edit('areas = { 2030 = "100 ha" }', ""), "land_use[0].areas: missing"),
        (
            _edit('area = "60 ha"', 'area = "600 ha"'),
            "zone 'north': area (ha) must not be more than the plan's total (150), got 600",
        ),
        (
            _edit('area = "60 ha"', 'area = "60 ha"\ncolour = 1'),
            "zones[0]: unknown keys ['colour']",
        ),
        (
            _edit('2030 = "100 ha"', '2030 = "200 ha"'),
            "must not exceed its total of 150 ha by more than the tolerance of 5.55 ha, got 249.5",
        ),
        (
            _edit("horizons = [2030]", "horizons = [2035]"),
            "must be one of its horizons [2035], got 2030",
        ),
        (
            _edit('cite = "Quyết định số 12/QĐ-UBND ngày 05/01/2023"', 'cite = "số 12"'),
            "legal: cannot read",
        ),
        (
            _edit('summary = "approves it"', 'summary = "approves it"\nsigned = 2023-01-05'),
            "legal: unknown keys ['signed']",
        ),
        (
            _edit("published = 2025-01-02", "published = 2025-01-02T10:00:00"),
            "published: expected a date",
        ),
        (_edit("published = 2025-01-02", "published = true"), "published: expected date, got True"),
        (_edit('caveat = "unverified"', 'caveat = "doubtful"'), "facts.total.caveat: 'doubtful'"),
        (_edit('note = "one source only"\n', ""), "needs a note saying why"),
        (
            _edit(
                '[[plans.park.versions]]\ncode = "second"',
                '[[plans.park.versions]]\ncode = "first"',
            ),
            "two versions are called 'first'",
        ),
        ("[sources]\nnotes = 1", "sources.notes: expected dict, got 1"),
        (
            '[plans.p]\nname = "x"\nlevel = "general"\nversions = [1]',
            "plans.p.versions: expected an array of tables",
        ),
        (
            '[sources.notes]\nnote = "no title"',
            "sources.notes: citation 'notes' needs at least one of a url",
        ),
    ],
)
def test_loads_refuses_a_bad_file_naming_the_place(text: str, named: str) -> None:
    with pytest.raises(DataFileError) as caught:
        PlanRegistry.loads(text, name="plans.toml")
    message = str(caught.value)
    assert message.startswith("plans.toml: ")
    assert named in message, message


def test_the_bundled_file_parses_with_decimal_floats() -> None:
    # No float ever: an area given as a TOML float is refused, not rounded.
    with pytest.raises(DataFileError, match="expected an area as text"):
        PlanRegistry.loads(_edit('2030 = "100 ha"', "2030 = 100.5"), name="plans.toml")


def test_a_diff_says_each_change_in_words_never_with_a_sign() -> None:
    before = budget(2030, 100, cls("a", 10), cls("b", 20), cls("c", 5, name="Đất cũ"))
    after = budget(2030, 100, cls("a", 15), cls("b", 12), cls("c", 5, name="Đất mới"), cls("d", 1))
    assert diff(before, after).describe() == (
        "Đất a: 10 ha → 15 ha (tăng 5 ha)",
        "Đất b: 20 ha → 12 ha (giảm 8 ha)",
        "Đất mới: 5 ha → 5 ha (diện tích không đổi)",
        "Đất d: không có → 1 ha (tăng 1 ha)",
    )
    assert diff(after, before).describe("en")[1:] == (
        "Đất b: 12 ha → 20 ha (+8 ha)",
        "Đất cũ: 5 ha → 5 ha (area unchanged)",
        "Đất d: 1 ha → none (-1 ha)",
    )


# -- names and notes: one text validator, folding what a table types --------------------


def test_names_and_notes_fold_inner_whitespace_and_a_registry_file_keeps_its_own() -> None:
    allocation = Allocation(
        code="a", name="  Đất\tkhu  phi thuế quan ", english="Non-tariff   zone", area=area(5)
    )
    assert (allocation.name, allocation.english) == ("Đất khu phi thuế quan", "Non-tariff zone")
    assert version(notes=["  một   nguồn\n", "hai"]).notes == ("một nguồn", "hai")
    # a file name is stripped, not folded: two spaces inside it are part of the name
    assert PlanRegistry(plans=[], file=" quy  hoạch.toml ").file == "quy  hoạch.toml"


@pytest.mark.parametrize(
    ("call", "error", "said"),
    [
        (
            lambda: cls("a", 5, name=" \t "),
            InvalidValueError,
            "name must not be empty, got ' \\t '",
        ),
        (
            lambda: Allocation(code="a", name=5, area=area(5)),  # type: ignore[arg-type]
            InvalidTypeError,
            "name must be a str, got 5",
        ),
        (lambda: version(notes="one note"), InvalidTypeError, "notes must be a tuple of str"),
        (lambda: version(notes=["a", " "]), InvalidValueError, "notes[1] must not be empty"),
        (
            lambda: BudgetDiff(
                before_year=2020,
                after_year=2030,
                total_before=area(1),
                total_after=area(1),
                changes=(),
                order=["a", "B C"],
            ),
            InvalidValueError,
            (
                "order[1] must be lower-case letters and digits joined by '-' "
                "(like 'non-tariff'), got 'B C'"
            ),
        ),
    ],
)
def test_a_refused_name_note_or_order_names_the_field_and_the_item(
    call: Callable[[], object], error: type[Exception], said: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert said in str(caught.value)
