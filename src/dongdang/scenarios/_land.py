"""Land changes: moving land between the classes of a land budget."""

from __future__ import annotations

import datetime as dt  # noqa: F401 - the API page resolves the hints with it
from collections.abc import Mapping  # noqa: TC003 - the API page resolves the hints with it
from typing import TYPE_CHECKING, Any, cast, final

import attrs

from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.scenarios._changes import DatedChange

if TYPE_CHECKING:
    from dongdang.zoning import LandBudget


def _classes(value: Mapping[str, object] | None, name: str) -> dict[str, object]:
    if value is None:
        return {}
    if not hasattr(value, "items"):
        raise InvalidTypeError.of(name, "a mapping of class codes", value)
    return dict(value)


def _moves(value: Mapping[str, object] | None) -> dict[str, object]:
    return _classes(value, "by")


def _sets(value: Mapping[str, object] | None) -> dict[str, object]:
    return _classes(value, "hectares")


@final
@attrs.frozen(kw_only=True)
class ChangeLand(DatedChange):
    """Land-use classes moved ``by`` hectares or set to ``hectares``, from ``start``.

    Applied to a :class:`~dongdang.zoning.LandBudget` with
    :meth:`~dongdang.zoning.LandBudget.with_areas`: each class keeps its
    qualifier ("khoảng") and printed resolution.

    Attributes:
        by: hectares to add to classes (negative to take), by code.
        hectares: new areas of classes, by code.
    """

    by: dict[str, object] = attrs.field(default=None, converter=_moves, hash=False)
    hectares: dict[str, object] = attrs.field(default=None, converter=_sets, hash=False)

    def apply(self, baseline: LandBudget) -> LandBudget:
        """``baseline`` with the classes changed.

        Raises:
            InvalidValueError: ``start`` is after the budget's year (the
                change would not be in it), and what
                :meth:`~dongdang.zoning.LandBudget.with_areas` raises.
        """
        if self.start.year > baseline.year:
            raise InvalidValueError.of(
                "start",
                self.start,
                f"must not be after the year of the land budget ({baseline.year})",
                where=f"change {self.id}",
            )
        return baseline.with_areas(
            by=cast("Any", self.by) or None, hectares=cast("Any", self.hectares) or None
        )
