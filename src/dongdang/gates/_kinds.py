"""The vocabularies of the gates: categories, modes, statuses, kinds of record, count scopes."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Final

from dongdang._vocabulary import Vocabulary
from dongdang.errors import InvalidTypeError

if TYPE_CHECKING:
    from collections.abc import Mapping


# -- vocabularies -----------------------------------------------------------------


class GateCategory(Vocabulary):
    """The category of a gate or route, by its Vietnamese name."""

    INTERNATIONAL = "quốc tế"
    MAIN = "chính"
    SECONDARY = "phụ"
    CLEARANCE_ROUTE = "lối thông quan"
    DEDICATED_FREIGHT_ROAD = "đường chuyên dụng vận chuyển hàng hóa"
    BORDER_OPENING = "lối mở"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _CATEGORY_ENGLISH


_CATEGORY_ENGLISH: Final = {
    GateCategory.INTERNATIONAL: "international",
    GateCategory.MAIN: "main (bilateral)",
    GateCategory.SECONDARY: "secondary",
    GateCategory.CLEARANCE_ROUTE: "clearance route",
    GateCategory.DEDICATED_FREIGHT_ROAD: "dedicated freight road",
    GateCategory.BORDER_OPENING: "border opening",
}


class Mode(Vocabulary):
    """How goods cross: by road, rail or river, by its Vietnamese name.

    >>> from dongdang.gates import Mode
    >>> Mode.of("rail"), Mode.ROAD.label("en")
    (<Mode.RAIL: 'đường sắt'>, 'road')
    """

    ROAD = "đường bộ"
    RAIL = "đường sắt"
    RIVER = "đường sông"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return {member: member.name.lower() for member in cls}


class ClearingStatus(enum.Enum):
    """Whether a pair clears goods on a day: yes, no, or the evidence does not say.

    A status has no truth value, so that an unknown cannot pass for a no; compare
    it with a member instead:

    >>> from dongdang.gates import ClearingStatus
    >>> ClearingStatus.UNKNOWN is ClearingStatus.CLEARING
    False
    >>> bool(ClearingStatus.UNKNOWN)
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidTypeError: a ClearingStatus in a condition must be compared with ...
    """

    CLEARING = "clearing"
    NOT_CLEARING = "not clearing"
    UNKNOWN = "unknown"

    def __bool__(self) -> bool:
        raise InvalidTypeError.of(
            "a ClearingStatus in a condition",
            "compared with ClearingStatus.CLEARING, NOT_CLEARING or UNKNOWN (it has no truth "
            "value)",
            self,
        )


class EventKind(enum.Enum):
    """What a dated record of a pair's history says.

    Two kinds are evidence that the pair was clearing goods, or was not, when
    the source was written ("as of"): the status they show holds until a later
    record (in the strict mode, only on the days they cover). Three are
    changes that last until the next: opened, suspended, resumed.
    The rest record a decision or a step that does not itself open or close the
    pair to goods.
    """

    CLEARING = "clearing"
    NOT_CLEARING = "not-clearing"
    OPENED = "opened"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    ATTACHED = "attached"
    DESIGNATED = "designated"
    UPGRADED = "upgraded"
    PLANNED = "planned"
    REOPENING_APPROVED = "reopening-approved"
    PILOT = "pilot"

    @property
    def status(self) -> ClearingStatus | None:
        """The clearing status the record speaks for, or None if it speaks for none."""
        return _STATUS_OF.get(self)

    @property
    def is_change(self) -> bool:
        """Whether the status it sets lasts until the next record (opened, suspended, resumed)."""
        return self in _CHANGES


_STATUS_OF: Final = {
    EventKind.CLEARING: ClearingStatus.CLEARING,
    EventKind.NOT_CLEARING: ClearingStatus.NOT_CLEARING,
    EventKind.OPENED: ClearingStatus.CLEARING,
    EventKind.SUSPENDED: ClearingStatus.NOT_CLEARING,
    EventKind.RESUMED: ClearingStatus.CLEARING,
}
_CHANGES: Final = frozenset({EventKind.OPENED, EventKind.SUSPENDED, EventKind.RESUMED})
_CATEGORY_EVENTS: Final = frozenset({EventKind.ATTACHED, EventKind.DESIGNATED, EventKind.UPGRADED})


class CountScope(enum.Enum):
    """What a stated count counts.

    ``PAIRS`` counts every pair. ``GATES`` counts the pairs that are gates in
    their own right on the last day of the period: it leaves out a pair attached
    to another as its clearance route, as reports do after 27/5/2024.
    """

    PAIRS = "pairs"
    GATES = "gates"
