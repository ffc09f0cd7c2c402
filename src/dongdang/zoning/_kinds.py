"""The vocabulary of plans: their levels and stages, and the kinds of a change of a class."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Final

from dongdang._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Mapping


class ChangeKind(enum.Enum):
    """What happened to a class between two budgets."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


class PlanLevel(Vocabulary):
    """The level of a plan, by its Vietnamese name."""

    GENERAL = "quy hoạch chung"
    SCALE_1_2000 = "quy hoạch tỷ lệ 1/2000"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _LEVEL_ENGLISH


_LEVEL_ENGLISH: Final = {
    PlanLevel.GENERAL: "general construction master plan",
    PlanLevel.SCALE_1_2000: "1:2000 zoning plan",
}


class PlanStage(Vocabulary):
    """How far a plan version has come: instructed, its task approved, or approved."""

    INSTRUCTED = "giao lập"
    TASK_APPROVED = "phê duyệt nhiệm vụ"
    APPROVED = "phê duyệt đồ án"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _STAGE_ENGLISH


_STAGE_ENGLISH: Final = {
    PlanStage.INSTRUCTED: "preparation instructed",
    PlanStage.TASK_APPROVED: "planning task approved",
    PlanStage.APPROVED: "plan approved",
}
