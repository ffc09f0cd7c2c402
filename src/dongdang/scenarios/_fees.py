"""Fee scenarios: a scenario whose changes are reforms of a fee schedule."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from dongdang._validators import items_of
from dongdang.errors import InvalidTypeError
from dongdang.fees.reforms import Reform
from dongdang.fees.schedule import FeeSchedule
from dongdang.scenarios._core import Scenario

if TYPE_CHECKING:
    from collections.abc import Iterable


class FeeScenario(Scenario):
    """A named baseline fee schedule plus dated, described reforms, applied in order.

    A :class:`Scenario` whose changes are :class:`~dongdang.fees.reforms.Reform`.

    Attributes:
        reforms: the reforms (its ``changes``).
        schedule: the baseline with every reform applied (its ``result``).
    """

    _noun: ClassVar[str] = "reform"

    def __init__(self, *, name: str, baseline: FeeSchedule, reforms: Iterable[Reform] = ()) -> None:
        if not isinstance(baseline, FeeSchedule):
            raise InvalidTypeError.of("baseline", "a FeeSchedule", baseline)
        super().__init__(name=name, baseline=baseline, changes=items_of(Reform, "reforms", reforms))

    @property
    def reforms(self) -> tuple[Reform, ...]:
        """The reforms, applied in order."""
        return cast("tuple[Reform, ...]", self.changes)

    @property
    def schedule(self) -> FeeSchedule:
        """The baseline with every reform applied (computed once)."""
        return cast("FeeSchedule", self.result)
