"""The scenario: a named baseline and dated, described changes applied in order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeAlias, cast

import attrs

from dongdang._messages import message
from dongdang._validators import items_of, non_empty_str
from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidTypeError
from dongdang.fees.reforms import Reform
from dongdang.fees.schedule import FeeSchedule
from dongdang.scenarios._changes import RevisePlan, SetGrowth, SetPace
from dongdang.scenarios._land import ChangeLand
from dongdang.scenarios._outlook import DisbursementOutlook
from dongdang.trade.scenarios import TradeScenario
from dongdang.zoning import LandBudget

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.periods import Language


# -- scenarios -----------------------------------------------------------------------------

#: The changes each kind of baseline takes.
_CHANGES: Final[dict[type, tuple[type, ...]]] = {
    FeeSchedule: (Reform,),
    TradeScenario: (SetGrowth,),
    DisbursementOutlook: (SetPace, RevisePlan),
    LandBudget: (ChangeLand,),
}


_CHANGE_TYPES: Final = tuple(change for changes in _CHANGES.values() for change in changes)


def _kind(baseline: object) -> type:
    for kind in _CHANGES:
        if isinstance(baseline, kind):
            return kind
    raise InvalidTypeError.of(
        "baseline", "a FeeSchedule, TradeScenario, DisbursementOutlook or LandBudget", baseline
    )


#: The baseline a scenario starts from (a fee schedule, trade growth
#: assumptions, a disbursement outlook or a land budget).
Baseline: TypeAlias = FeeSchedule | TradeScenario | DisbursementOutlook | LandBudget
#: A change of any kind of baseline.
Change: TypeAlias = Reform | SetGrowth | SetPace | RevisePlan | ChangeLand


def _changes(value: Iterable[Change]) -> tuple[Change, ...]:
    return items_of(_CHANGE_TYPES, "changes", value)


def _label(baseline: object) -> str:
    if isinstance(baseline, FeeSchedule):
        return repr(baseline.name or "a fee schedule")
    if isinstance(baseline, TradeScenario):
        return f"trade of {baseline.base.label('en')}"
    if isinstance(baseline, DisbursementOutlook):
        return f"the capital plan {baseline.plan.code}"
    return f"the land budget of {cast('LandBudget', baseline).year}"


@attrs.frozen(kw_only=True, repr=False)
class Scenario:
    """A named baseline plus dated, described changes, applied in order.

    Attributes:
        name: the scenario's short name, its column in a :class:`ScenarioTable`.
        baseline: what is on record: a fee schedule, a trade scenario (growth
            assumptions on a base period), a disbursement outlook or a land budget.
        changes: the changes, of the kinds the baseline takes, applied in order
            (none: the baseline itself).

    Raises:
        InvalidTypeError: a baseline of another kind, or a change it does not take.
    """

    name: str = attrs.field(validator=non_empty_str)
    baseline: Baseline = attrs.field()
    changes: tuple[Change, ...] = attrs.field(default=(), converter=_changes)
    _result: list[Baseline] = attrs.field(
        init=False, factory=list, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        kind = _kind(self.baseline)
        items_of(_CHANGES[kind], "changes", self.changes)

    def __repr__(self) -> str:
        count = len(self.changes)
        return (
            f"<{type(self).__name__} {self.name}: {count} {self._noun}{'' if count == 1 else 's'}"
            f" on {_label(self.baseline)}>"
        )

    _noun: ClassVar[str] = "change"

    @property
    def result(self) -> Baseline:
        """The baseline with every change applied (computed once)."""
        if not self._result:
            result: Any = self.baseline
            for change in self.changes:  # each of a kind the baseline takes
                result = change.apply(result)
            self._result.append(result)
        return self._result[0]

    def describe(self, lang: Language = "vi") -> str:
        """The scenario's changes, one per line, in Vietnamese or English."""
        _check_lang(lang)
        head = message("scenario.head", lang, name=self.name)
        if not self.changes:
            return f"{head} {message('scenario.none', lang)}"
        return "\n".join([head, *(f"- {change.describe(lang)}" for change in self.changes)])
