"""A project's dated milestones."""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - the API page resolves the hints with it
from typing import TYPE_CHECKING, final

import attrs

from dongdang._messages import message
from dongdang._validators import field_date as _date
from dongdang._validators import optional_note as _note
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.projects._fields import _actual, _kind, _label, _phase, _planned
from dongdang.projects._vocabulary import _PHASE, MilestoneKind

if TYPE_CHECKING:
    from dongdang.periods import Language


@final
@attrs.frozen(kw_only=True)
class Milestone:
    """A dated step of a project: planned, reached, or both.

    Attributes:
        kind: what the step is; a code such as ``"construction-started"`` is accepted.
        planned: the day it is planned for (the deadline), or None.
        actual: the day it was reached, or None if it has not been (or is not known).
        phase: the phase it belongs to ("giai đoạn 1"), or None for the whole project.
        name: its own name; required for ``MilestoneKind.OTHER``.
        note: anything more: the decision that set the date, the source.

    >>> from dongdang.projects import Milestone
    >>> start = Milestone(
    ...     kind="construction-started", planned=dt.date(2021, 3, 1), actual=dt.date(2021, 5, 10)
    ... )
    >>> start.delay_days, start.reached_on(dt.date(2021, 4, 1))
    (70, False)
    """

    kind: MilestoneKind = attrs.field(converter=_kind)
    planned: dt.date | None = attrs.field(default=None, converter=_planned)
    actual: dt.date | None = attrs.field(default=None, converter=_actual)
    phase: str | None = attrs.field(default=None, converter=_phase)
    name: str | None = attrs.field(default=None, converter=_label)
    note: str | None = attrs.field(default=None, converter=_note)

    def __attrs_post_init__(self) -> None:
        if self.planned is None and self.actual is None:
            raise InvalidValueError.of(
                "milestone", self.label("en"), "needs a planned or an actual date"
            )
        if self.kind is MilestoneKind.OTHER and self.name is None:
            raise InvalidValueError.of(
                "kind", self.kind, "must come with a name when it is 'other'"
            )

    @property
    def key(self) -> tuple[MilestoneKind, str | None, str | None]:
        """Its kind, phase and name, which tell it apart within a project."""
        return (self.kind, self.phase, self.name)

    @property
    def delay_days(self) -> int | None:
        """Days from plan to reality, positive if late and negative if early; None if not known."""
        if self.planned is None or self.actual is None:
            return None
        return (self.actual - self.planned).days

    def label(self, lang: Language = "vi") -> str:
        """Its name: "khởi công (giai đoạn 1)", "construction started (phase 1)".

        A phase written "giai đoạn 2" is "phase 2" in English; another phase
        name is kept as the data writes it.
        """
        base = self.name or self.kind.label(lang)
        if self.phase is None:
            return base
        number = _PHASE.fullmatch(self.phase)
        phase = self.phase if number is None else message("phase", lang, number=number[1])
        return message("milestone.phase", lang, name=base, phase=phase)

    def reached_on(self, day: dt.date) -> bool:
        """Whether it had been reached by ``day`` (an actual date on or before it)."""
        day = _date(day, "day")
        return self.actual is not None and self.actual <= day

    def overdue_on(self, day: dt.date) -> bool:
        """Whether, on ``day``, its planned date had passed and it had not been reached.

        The planned day itself is not late. An actual date after ``day`` counts
        as not yet reached on ``day``: the question is asked as of that day.
        """
        day = _date(day, "day")
        return self.planned is not None and self.planned < day and not self.reached_on(day)


def _milestones(value: tuple[Milestone, ...] | list[Milestone]) -> tuple[Milestone, ...]:
    if not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of("milestones", "a list of Milestone", value)
    for index, item in enumerate(value):
        if not isinstance(item, Milestone):
            raise InvalidTypeError.of(f"milestones[{index}]", "a Milestone", item)
    return tuple(value)
