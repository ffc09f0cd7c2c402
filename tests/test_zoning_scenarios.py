"""Zoning what-ifs: a class keeps its qualifier and resolution; a diff says only what changed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bad_inputs import assert_carries
from dongdang import Qualifier
from dongdang.errors import InvalidTypeError, InvalidValueError, UnknownCodeError
from dongdang.zoning import Area, ChangeKind, LandBudget, apply, diff, lang_son_plans


def plan_2030() -> LandBudget:
    return lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)


def test_moving_land_between_classes_keeps_khoang_and_the_tolerance() -> None:
    budget = plan_2030()
    scenario = budget.with_areas(by={"tariff-civil": 500, "tariff-other": -500})
    civil = scenario.allocation("tariff-civil").area
    assert (civil.hectares, civil.qualifier, civil.resolution) == (
        Decimal(2575),
        Qualifier.ABOUT,
        Decimal(1),
    )
    assert scenario.rounding_tolerance == budget.rounding_tolerance
    assert str(scenario.rounding_tolerance) == "2.05 hectare"
    change = diff(budget, scenario)
    assert [item.code for item in change.changed] == ["tariff-civil", "tariff-other"]
    assert [item.kind for item in change.changed] == [ChangeKind.CHANGED] * 2
    assert change.describe("en") == (
        "tariff zone: civil land: about 2,075 ha → about 2,575 ha (+500 ha)",
        "tariff zone: other land: about 31,500 ha → about 31,000 ha (-500 ha)",
    )


@given(
    st.data(),
    st.integers(min_value=-1000, max_value=1000),
)
def test_a_move_changes_exactly_the_classes_moved(data: st.DataObject, hectares: int) -> None:
    budget = plan_2030()
    codes = list(budget.codes)
    source = data.draw(st.sampled_from(codes))
    target = data.draw(st.sampled_from([code for code in codes if code != source]))
    moved = min(hectares, int(budget.allocation(source).area.hectares))
    moved = max(moved, -int(budget.allocation(target).area.hectares))
    scenario = budget.with_areas(by={source: -moved, target: moved})
    change = diff(budget, scenario)
    expected = [] if moved == 0 else sorted([source, target], key=codes.index)
    assert [item.code for item in change.changed] == expected
    for item in scenario.allocations:
        before = budget.allocation(item.code).area
        assert (item.area.qualifier, item.area.resolution) == (before.qualifier, before.resolution)
    assert apply(budget, change) == scenario
    assert scenario.allocated == budget.allocated
    assert len(change.describe()) == len(expected)


def test_setting_a_class_and_the_area_helpers() -> None:
    budget = plan_2030()
    scenario = budget.with_areas(hectares={"non-tariff": 1000})
    assert scenario.allocation("non-tariff").area.format() == "1.000 ha"
    area = Area.parse("khoảng 39.400,0 ha")
    assert area.plus(Decimal("-0.5")).format() == "khoảng 39.399,5 ha"
    assert area.with_hectares(1).format("en") == "about 1.0 ha"
    line = diff(budget, scenario).describe()
    assert line == ("Đất khu phi thuế quan: 1.350 ha → 1.000 ha (giảm 350 ha)",)


def test_added_and_removed_classes_are_described() -> None:
    budget = plan_2030()
    fewer = LandBudget(year=2030, total=budget.total, allocations=budget.allocations[:-1])
    removed = diff(budget, fewer).describe()
    added = diff(fewer, budget).describe("en")
    assert len(removed) == 1
    assert removed[0].endswith("→ không có (giảm 31.500 ha)")
    assert added == ("tariff zone: other land: none → about 31,500 ha (+31,500 ha)",)


BAD: list[tuple[Any, type[Exception], str]] = [
    (
        lambda: plan_2030().with_areas(),
        InvalidValueError,
        "by must name a class to move, or hectares one to set, got None",
    ),
    (
        lambda: plan_2030().with_areas(by={"non-tariff": 1}, hectares={"non-tariff": 1}),
        InvalidValueError,
        "'non-tariff'",
    ),
    (lambda: plan_2030().with_areas(by={"airport": 1}), UnknownCodeError, "'airport'"),
    (lambda: plan_2030().with_areas(by={"non-tariff": -5000}), InvalidValueError, "-3650"),
    (lambda: plan_2030().with_areas(by={"non-tariff": 500}), InvalidValueError, "39900"),
    (lambda: Area(hectares=1).plus("x"), InvalidTypeError, "'x'"),
    (lambda: diff(plan_2030(), plan_2030()).describe("fr"), InvalidValueError, "'fr'"),
]


@pytest.mark.parametrize(("make", "error", "named"), BAD)
def test_bad_what_ifs_are_refused_with_their_value_named(
    make: Any, error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as raised:
        make()
    assert named in str(raised.value)


def test_with_areas_without_a_change_carries_it_and_survives_pickle() -> None:
    assert_carries(lambda: plan_2030().with_areas(by={}), InvalidValueError, name="by", value={})
