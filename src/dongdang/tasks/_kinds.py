"""The vocabularies of tasks: their sources, states, measures and the bases of their ratios."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from dongdang._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Mapping


# -- vocabularies ----------------------------------------------------------------------


class TaskSource(Vocabulary):
    """How a task reached the Board, by its Vietnamese name.

    ``TaskSource.of`` takes a member, its code (``"vnpt-ioffice"``,
    ``"conclusion-notice"``, ``"decision"``, ``"voter-petition"``,
    ``"key-task"``, ``"official-letter"``), or its Vietnamese or English name.

    >>> from dongdang.tasks import TaskSource
    >>> TaskSource.of("thông báo kết luận")
    <TaskSource.CONCLUSION_NOTICE: 'thông báo kết luận'>
    >>> TaskSource.of("email")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown TaskSource 'email'; expected one of ...
    """

    VNPT_IOFFICE = "hệ thống VNPT-iOffice"
    CONCLUSION_NOTICE = "thông báo kết luận"
    DECISION = "quyết định"
    VOTER_PETITION = "kiến nghị cử tri"
    KEY_TASK = "nhiệm vụ trọng tâm"
    OFFICIAL_LETTER = "công văn"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _SOURCE_ENGLISH


_SOURCE_ENGLISH: Final = {
    TaskSource.VNPT_IOFFICE: "the VNPT-iOffice system",
    TaskSource.CONCLUSION_NOTICE: "notice of conclusions",
    TaskSource.DECISION: "decision",
    TaskSource.VOTER_PETITION: "voter petition",
    TaskSource.KEY_TASK: "key task",
    TaskSource.OFFICIAL_LETTER: "official letter",
}


class TaskState(Vocabulary):
    """Where a task stands on a day, by its Vietnamese name.

    >>> from dongdang.tasks import TaskState
    >>> TaskState.of("overdue"), TaskState.LATE.label("en")
    (<TaskState.OVERDUE: 'chưa hoàn thành, đã quá hạn'>, 'completed late')
    """

    ON_TIME = "hoàn thành đúng hạn"
    LATE = "hoàn thành quá hạn"
    PENDING = "đang thực hiện, chưa đến hạn"
    OVERDUE = "chưa hoàn thành, đã quá hạn"

    @property
    def is_open(self) -> bool:
        """Whether the task is not yet completed."""
        return self in (TaskState.PENDING, TaskState.OVERDUE)

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _STATE_ENGLISH


_STATE_ENGLISH: Final = {
    TaskState.ON_TIME: "completed on time",
    TaskState.LATE: "completed late",
    TaskState.PENDING: "in progress, not yet due",
    TaskState.OVERDUE: "not completed, overdue",
}


class TaskMeasure(Vocabulary):
    """What a ratio counts: the tasks completed on time, or all the tasks completed.

    >>> from dongdang.tasks import TaskMeasure
    >>> TaskMeasure.ON_TIME.english, TaskMeasure.of("hoàn thành")
    ('completed on time', <TaskMeasure.COMPLETED: 'hoàn thành'>)
    """

    ON_TIME = "hoàn thành đúng hạn"
    COMPLETED = "hoàn thành"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return {TaskMeasure.ON_TIME: "completed on time", TaskMeasure.COMPLETED: "completed"}


class TaskRatioBase(Vocabulary):
    """What a ratio of tasks is taken over, by its Vietnamese name.

    ``ASSIGNED`` is every task assigned, as reports count. ``DUE`` leaves out
    the tasks still open whose deadline has not passed: the tasks that had to
    be done by the day. ``COMPLETED`` is the tasks done, on time or not.
    """

    ASSIGNED = "số nhiệm vụ được giao"
    DUE = "số nhiệm vụ đã hoàn thành hoặc đã đến hạn"
    COMPLETED = "số nhiệm vụ đã hoàn thành"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _BASE_ENGLISH


_BASE_ENGLISH: Final = {
    TaskRatioBase.ASSIGNED: "the tasks assigned",
    TaskRatioBase.DUE: "the tasks completed or past their deadline",
    TaskRatioBase.COMPLETED: "the tasks completed",
}
