"""Ratios of task counts (done on time out of assigned, and the like)."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, final

import attrs

from dongdang._messages import message
from dongdang.errors import (
    InvalidValueError,
    UndefinedRatioError,
)
from dongdang.indicators import share
from dongdang.tasks._fields import _base, _part
from dongdang.tasks._kinds import TaskMeasure, TaskRatioBase
from dongdang.text import format_percent

if TYPE_CHECKING:
    from decimal import Decimal

    from dongdang.periods import Language


# -- ratios ------------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class TaskRatio:
    """A share of tasks, with the base it is taken over.

    Attributes:
        counted: what the numerator counts: on time, or completed.
        part: how many tasks it counts.
        base: how many tasks it is taken over.
        base_kind: which tasks the base is: assigned, due, completed.

    >>> from dongdang.tasks import TaskMeasure, TaskRatioBase, TaskRatio
    >>> ratio = TaskRatio(
    ...     counted=TaskMeasure.ON_TIME, part=112, base=115, base_kind=TaskRatioBase.ASSIGNED
    ... )
    >>> ratio.value
    Decimal('0.9739130434782608695652173913043478')
    >>> ratio.format(), ratio.describe("en")
    ('97,4%', '112 of 115 tasks completed on time: 97.4% of the tasks assigned')
    """

    counted: TaskMeasure = attrs.field(validator=attrs.validators.instance_of(TaskMeasure))
    part: int = attrs.field(converter=_part)
    base: int = attrs.field(converter=_base)
    base_kind: TaskRatioBase = attrs.field(validator=attrs.validators.instance_of(TaskRatioBase))

    def __attrs_post_init__(self) -> None:
        if self.base == 0:
            raise UndefinedRatioError.for_base(
                self.base_kind.code,
                self.base,
                "a ratio of tasks needs at least one",
            )
        if self.part > self.base:
            raise InvalidValueError.more_than(
                f"part ({self.counted.english})",
                self.part,
                f"the base, {self.base_kind.english}",
                self.base,
            )

    @property
    def value(self) -> Decimal:
        """The ratio as a fraction to 34 significant digits, 0.571… for 8 of 14."""
        return share(self.part, self.base)

    @property
    def exact(self) -> Fraction:
        """The ratio as an exact ``fractions.Fraction``."""
        return Fraction(self.part, self.base)

    def format(self, decimals: int = 1, lang: Language = "vi") -> str:
        """The ratio as a report prints it, rounded half up: "57,1%"."""
        return format_percent(self.value, lang, decimals)

    def describe(self, lang: Language = "vi", decimals: int = 1) -> str:
        """The ratio in words.

        >>> from dongdang.tasks import TaskMeasure, TaskRatioBase, TaskRatio
        >>> TaskRatio(
        ...     counted=TaskMeasure.ON_TIME, part=8, base=14, base_kind=TaskRatioBase.ASSIGNED
        ... ).describe()
        '8/14 nhiệm vụ hoàn thành đúng hạn, bằng 57,1% số nhiệm vụ được giao'
        """
        counted, base_kind = (
            (self.counted.value, self.base_kind.value)
            if lang == "vi"
            else (self.counted.english, self.base_kind.english)
        )
        return message(
            "tasks.ratio",
            lang,
            part=self.part,
            base=self.base,
            counted=counted,
            percent=self.format(decimals, lang),
            base_kind=base_kind,
        )
