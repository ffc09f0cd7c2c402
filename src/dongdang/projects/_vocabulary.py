"""The vocabularies of projects: capital sources, statuses, milestone kinds, capital measures."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from dongdang._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


class CapitalSource(Vocabulary):
    """Where a project's capital comes from, by its Vietnamese name.

    ``CapitalSource.of`` takes a member, its code (``"state-budget"``,
    ``"oda"``, ``"domestic-private"``, ``"foreign-direct"``, ``"ppp"``), or its
    Vietnamese or English name; the short "fdi" also names foreign direct investment.

    >>> from dongdang.projects import CapitalSource
    >>> CapitalSource.of("fdi")
    <CapitalSource.FOREIGN_DIRECT: 'vốn đầu tư trực tiếp nước ngoài'>
    >>> CapitalSource.of("grant")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown CapitalSource 'grant'; expected one of ...
    """

    STATE_BUDGET = "vốn ngân sách nhà nước"
    ODA = "vốn ODA"
    DOMESTIC_PRIVATE = "vốn tư nhân trong nước"
    FOREIGN_DIRECT = "vốn đầu tư trực tiếp nước ngoài"
    PPP = "đối tác công tư"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _SOURCE_ENGLISH

    @classmethod
    def _aliases(cls) -> Mapping[Any, Iterable[str]]:
        return {cls.FOREIGN_DIRECT: ("fdi",)}


_SOURCE_ENGLISH: Final = {
    CapitalSource.STATE_BUDGET: "state budget",
    CapitalSource.ODA: "official development assistance",
    CapitalSource.DOMESTIC_PRIVATE: "domestic private",
    CapitalSource.FOREIGN_DIRECT: "foreign direct investment",
    CapitalSource.PPP: "public-private partnership",
}


class ProjectStatus(Vocabulary):
    """Where a project stands, by its Vietnamese name.

    The first four are stages in order; a project can also be suspended or
    terminated (its investment withdrawn) at any stage.
    """

    PREPARING = "chuẩn bị đầu tư"
    UNDER_CONSTRUCTION = "đang thi công"
    COMPLETED = "đã hoàn thành"
    IN_OPERATION = "đã đi vào hoạt động"
    SUSPENDED = "tạm dừng"
    TERMINATED = "chấm dứt hoạt động"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _STATUS_ENGLISH


_STATUS_ENGLISH: Final = {
    ProjectStatus.PREPARING: "preparing",
    ProjectStatus.UNDER_CONSTRUCTION: "under construction",
    ProjectStatus.COMPLETED: "completed",
    ProjectStatus.IN_OPERATION: "in operation",
    ProjectStatus.SUSPENDED: "suspended",
    ProjectStatus.TERMINATED: "terminated",
}


class MilestoneKind(Vocabulary):
    """A step in a project's life, by its Vietnamese name.

    Every step comes on or after the investment approval; completion comes on
    or after the start of construction, and the final settlement (quyết
    toán) on or after completion. ``OTHER`` is a step named by the milestone.
    """

    INVESTMENT_APPROVED = "chấp thuận đầu tư"
    SITE_CLEARED = "hoàn thành giải phóng mặt bằng"
    LAND_HANDED_OVER = "bàn giao đất"
    CONSTRUCTION_STARTED = "khởi công"
    COMPLETED = "hoàn thành"
    IN_OPERATION = "đưa vào hoạt động"
    FINAL_SETTLEMENT = "quyết toán"
    OTHER = "khác"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _KIND_ENGLISH

    @property
    def after(self) -> tuple[MilestoneKind, ...]:
        """The steps this one cannot come before, within one phase."""
        return _AFTER.get(self, (MilestoneKind.INVESTMENT_APPROVED,))


#: A phase as the data writes it, "giai đoạn 2", "Giai đoạn II": its number.
_PHASE: Final = re.compile(r"giai đoạn\s+(\d+|[IVX]+)", re.IGNORECASE)
_KIND_ENGLISH: Final = {
    MilestoneKind.INVESTMENT_APPROVED: "investment approved",
    MilestoneKind.SITE_CLEARED: "site cleared",
    MilestoneKind.LAND_HANDED_OVER: "land handed over",
    MilestoneKind.CONSTRUCTION_STARTED: "construction started",
    MilestoneKind.COMPLETED: "completed",
    MilestoneKind.IN_OPERATION: "in operation",
    MilestoneKind.FINAL_SETTLEMENT: "final settlement",
    MilestoneKind.OTHER: "other",
}
_AFTER: Final = {
    MilestoneKind.INVESTMENT_APPROVED: (),
    MilestoneKind.COMPLETED: (
        MilestoneKind.INVESTMENT_APPROVED,
        MilestoneKind.CONSTRUCTION_STARTED,
    ),
    MilestoneKind.FINAL_SETTLEMENT: (MilestoneKind.INVESTMENT_APPROVED, MilestoneKind.COMPLETED),
}
# The stage a status stands for, and the stage an actual whole-project milestone proves.
_STAGE: Final = {
    ProjectStatus.PREPARING: 0,
    ProjectStatus.UNDER_CONSTRUCTION: 1,
    ProjectStatus.COMPLETED: 2,
    ProjectStatus.IN_OPERATION: 3,
}
_PROVES: Final = {
    MilestoneKind.CONSTRUCTION_STARTED: 1,
    MilestoneKind.COMPLETED: 2,
    MilestoneKind.FINAL_SETTLEMENT: 2,
    MilestoneKind.IN_OPERATION: 3,
}


class CapitalMeasure(Vocabulary):
    """Which capital figure of a project: registered capital or total investment."""

    REGISTERED = "vốn đăng ký"
    TOTAL_INVESTMENT = "tổng mức đầu tư"

    @property
    def field(self) -> str:
        """The :class:`Project` attribute that holds it."""
        return "registered_capital" if self is CapitalMeasure.REGISTERED else "total_investment"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return {cls.REGISTERED: "registered capital", cls.TOTAL_INVESTMENT: "total investment"}
