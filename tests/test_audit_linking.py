"""The audit's links between figures across clauses and sentences (issue 14).

Each form is tried on made-up sentences written as the reports write them:
a growth restated as a change ("giảm 2,73% hay giảm 698,6 ha"), balances,
turnovers and their sides in other sentences, a base stated earlier in other
words, "nếu tính cả X thì Y" and "không tính X thì Y". Each test checks that
a consistent text gives no finding and that breaking one digit gives one.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import parse_statements
from dongdang.auditing import FindingKind, Severity, audit
from dongdang.statements import ComparisonKind, Statement
from dongdang.text import format_number


def inconsistent(text: str) -> list[FindingKind]:
    """The kinds of the INCONSISTENT findings of a text."""
    return [
        finding.kind
        for finding in audit(parse_statements(text))
        if finding.severity is Severity.INCONSISTENT
    ]


def only(text: str) -> Statement:
    [statement] = [s for s in parse_statements(text) if isinstance(s, Statement)]
    return statement


# -- a growth restated as a change --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Diện tích lúa mùa đạt 24.848,7 ha, giảm 2,73% hay giảm 698,6 ha so với cùng kỳ năm trước.",
        "Diện tích ngô đạt 1.731,65 ha, tăng 3,17% hay tăng 53,21 ha so với cùng kỳ.",
        "Diện tích rau đạt 2.549,09 ha, tăng 0,93% hoặc tăng 23,41 ha so với cùng kỳ.",
    ],
)
def test_a_growth_restated_as_a_change_has_no_base_of_words(text: str) -> None:
    statement = only(text)
    growth, change = statement.comparisons
    assert (growth.kind, growth.base) == (ComparisonKind.GROWTH, None)
    assert (change.kind, change.base) == (ComparisonKind.CHANGE, "cùng kỳ")
    assert inconsistent(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # 698,6 / (24.848,7 + 698,6) = 2,734 %, not 3,73 %
        "Diện tích lúa mùa đạt 24.848,7 ha, giảm 3,73% hay giảm 698,6 ha so với cùng kỳ năm trước.",
        # the value broken: 698,6 / (34.848,7 + 698,6) = 1,97 %
        "Diện tích lúa mùa đạt 34.848,7 ha, giảm 2,73% hay giảm 698,6 ha so với cùng kỳ năm trước.",
        # the change broken: 27,17 / (572,8 + 27,17) = 4,5 %
        "Diện tích khoai lang đạt 572,8 ha, giảm 2,91% hay giảm 27,17 ha so với cùng kỳ.",
    ],
)
def test_a_fall_and_its_growth_are_checked_against_the_value(text: str) -> None:
    assert inconsistent(text) == [FindingKind.CHANGE_DISAGREES]


def test_the_growth_on_the_changes_base_is_the_one_checked() -> None:
    # "giảm 4,78% so với kế hoạch" is on another base: it says nothing of the change
    text = (
        "Toàn tỉnh gieo trồng được 24.848,7 ha lúa mùa, giảm 2,73% hay giảm 698,6 ha so với "
        "cùng kỳ năm trước và giảm 4,78% so với kế hoạch."
    )
    assert inconsistent(text) == []
    assert inconsistent(text.replace("2,73%", "3,73%")) == [FindingKind.CHANGE_DISAGREES]


@given(
    value=st.integers(min_value=1_000, max_value=10**7),
    step=st.integers(min_value=1, max_value=999),
    fall=st.booleans(),
)
def test_a_change_and_growth_printed_from_the_same_figures_agree(
    value: int,
    step: int,
    fall: bool,  # noqa: FBT001 - drawn by Hypothesis
) -> None:
    previous = value + step if fall else value - step
    growth = Decimal(step * 100) / Decimal(previous)
    word = "giảm" if fall else "tăng"
    text = (
        f"Diện tích đạt {format_number(Decimal(value), 'vi', 0)} ha, {word} "
        f"{format_number(growth, 'vi', 2)}% hay {word} {format_number(Decimal(step), 'vi', 0)} ha "
        "so với cùng kỳ."
    )
    assert inconsistent(text) == []
