"""Sums: whether the parts of a total add up to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dongdang.auditing._figures import (
    _addable,
    _finding,
    _is_multiple,
    _is_percent,
    _is_rank,
    _sum,
    _value_interval,
    _whole_by_definition,
)
from dongdang.auditing._findings import Finding, FindingKind, Severity

if TYPE_CHECKING:
    from fractions import Fraction

    from dongdang.statements import Statement


def _components_sum(total: Statement, about: Fraction) -> list[Finding]:
    if _is_percent(total) or _is_multiple(total) or _is_rank(total) or total.relation is not None:
        return []
    matched, other = _addable(total)
    if not matched:
        if not other:
            return []
        return [
            Finding(
                severity=Severity.WARNING,
                kind=FindingKind.UNITS_DIFFER,
                statements=(total, *other),
                stated=total.value,
            )
        ]
    summed = _sum(matched, about)
    stated = _value_interval(total, about)
    if summed.meets(stated):
        return []
    over = stated.high is not None and summed.low is not None and summed.low > stated.high
    whole = _whole_by_definition(total, matched)
    if not (over or whole) and len(matched) < 2:  # noqa: PLR2004 - one part is "of which"
        return []
    severity = Severity.INCONSISTENT if over or whole else Severity.WARNING
    return [
        _finding(
            FindingKind.COMPONENTS_SUM,
            (total, *(part for part, _ in matched)),
            summed,
            total.value,
            stated,
            severity=severity,
        )
    ]
