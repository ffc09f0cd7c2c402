"""Differences between land budgets, class by class, and their application."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast, final

import attrs

from dongdang._decimal import EXACT
from dongdang._frames import FrameColumns
from dongdang._messages import message
from dongdang._validators import one_of as _instance
from dongdang._validators import optional_one_of as _optional_instance
from dongdang._validators import tuple_of as _tuple_of
from dongdang.errors import InvalidTypeError, InvalidValueError, UnknownCodeError
from dongdang.zoning._areas import (
    _ZERO,
    Allocation,
    Area,
    _code,
    _ha,
    _lang,
    _number,
    _order,
    _qualifier_code,
    _sum,
    _tolerance,
    _year,
)
from dongdang.zoning._budgets import LandBudget
from dongdang.zoning._kinds import ChangeKind

if TYPE_CHECKING:
    from decimal import Decimal

    from dongdang.periods import Language
    from dongdang.units import Quantity


# -- differences between budgets -----------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class ClassChange:
    """One class in two budgets: as it was, as it is.

    Attributes:
        code: the class's code.
        before: the class in the earlier budget, or None if it is new.
        after: the class in the later budget, or None if it was removed.
    """

    code: str = attrs.field(converter=_code)
    before: Allocation | None = attrs.field(validator=_optional_instance(Allocation))
    after: Allocation | None = attrs.field(validator=_optional_instance(Allocation))

    def __attrs_post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise InvalidValueError.either_or(
                "before", "after", {"before": None, "after": None}, where=f"class {self.code}"
            )
        for side in (self.before, self.after):
            if side is not None and side.code != self.code:
                raise InvalidValueError.of(
                    "class",
                    side.code,
                    f"must be {self.code!r}",
                    where=f"a change of {self.code!r}",
                )

    @property
    def change(self) -> Quantity:
        """The area after minus the area before, in hectares (a missing side counts as 0)."""
        return _ha(EXACT.subtract(_hectares_or_zero(self.after), _hectares_or_zero(self.before)))

    @property
    def kind(self) -> ChangeKind:
        """Added, removed, changed (in area, qualifier or name), or unchanged."""
        if self.before is None:
            return ChangeKind.ADDED
        if self.after is None:
            return ChangeKind.REMOVED
        return ChangeKind.UNCHANGED if self.before == self.after else ChangeKind.CHANGED


def _hectares_or_zero(item: Allocation | None) -> Decimal:
    return _ZERO if item is None else item.area.hectares


def _changes(value: tuple[ClassChange, ...] | list[ClassChange]) -> tuple[ClassChange, ...]:
    return _tuple_of(ClassChange, "changes", value)


@final
@attrs.frozen(kw_only=True)
class BudgetDiff:
    """The difference between two land budgets, class by class.

    Made by :func:`diff`; :func:`apply` adds it to a budget.

    Attributes:
        before_year: the earlier budget's year.
        after_year: the later budget's year.
        total_before: the earlier budget's total.
        total_after: the later budget's total.
        changes: one per class added, removed or changed (in area, qualifier
            or name): the later budget's classes in its order, then the
            classes it removed. A class the two budgets hold alike is not
            listed.
        tolerance: the later budget's stated tolerance, in hectares.
        order: the codes of the later budget's classes, in its order, so
            that :func:`apply` lays the classes out as the later budget does
            (empty: the changed classes first, then the others of the base).
    """

    before_year: int = attrs.field(validator=_year)
    after_year: int = attrs.field(validator=_year)
    total_before: Area = attrs.field(validator=_instance(Area))
    total_after: Area = attrs.field(validator=_instance(Area))
    changes: tuple[ClassChange, ...] = attrs.field(converter=_changes)
    tolerance: Decimal | None = attrs.field(default=None, converter=_tolerance)
    order: tuple[str, ...] = attrs.field(default=(), converter=_order)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for change in self.changes:
            if change.code in seen:
                raise InvalidValueError.duplicate("change of class", change.code, where="a diff")
            seen.add(change.code)

    def by_class(self) -> dict[str, Quantity]:
        """The change of area of each class listed, in hectares, by code."""
        return {change.code: change.change for change in self.changes}

    @property
    def changed(self) -> tuple[ClassChange, ...]:
        """The changes of the classes added, removed or changed in area, qualifier or name.

        :func:`diff` lists no other; a diff built by hand may.
        """
        return tuple(change for change in self.changes if change.kind is not ChangeKind.UNCHANGED)

    def describe(self, lang: Language = "vi") -> tuple[str, ...]:
        """One line per class that changed, as a report would write it; nothing for the others.

        >>> from dongdang.zoning import diff, lang_son_plans
        >>> budget = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)
        >>> scenario = budget.with_areas(by={"tariff-civil": 500, "tariff-other": -500})
        >>> for line in diff(budget, scenario).describe():
        ...     print(line)
        Khu thuế quan – đất dân dụng: khoảng 2.075 ha → khoảng 2.575 ha (tăng 500 ha)
        Khu thuế quan – đất khác: khoảng 31.500 ha → khoảng 31.000 ha (giảm 500 ha)
        >>> diff(budget, budget).describe("en")
        ()
        """
        at = _lang(lang)
        missing = message("zoning.diff.none", lang)
        lines = []
        for change in self.changed:
            item = change.after or change.before
            name = cast("Allocation", item).name
            if at == 1:
                name = cast("Allocation", item).english or name
            before = missing if change.before is None else change.before.area.format(lang)
            after = missing if change.after is None else change.after.area.format(lang)
            amount = cast("Decimal", change.change.magnitude)
            key = (
                "zoning.diff.up"
                if amount > 0
                else "zoning.diff.down"
                if amount < 0
                else "zoning.diff.same"
            )
            size = message(key, lang, amount=_number(abs(amount), lang))
            lines.append(
                message("zoning.diff", lang, name=name, before=before, after=after, change=size)
            )
        return tuple(lines)

    @property
    def total_change(self) -> Quantity:
        """The change of the total, in hectares."""
        return _ha(EXACT.subtract(self.total_after.hectares, self.total_before.hectares))

    @property
    def allocated_change(self) -> Quantity:
        """The change of the sum of the classes, in hectares."""
        return _ha(_sum(cast("Decimal", change.change.magnitude) for change in self.changes))

    def _frame_columns(self, *, exact: bool) -> FrameColumns:
        changes = self.changes
        columns = FrameColumns(exact=exact)
        columns.code("code", [change.code for change in changes])
        columns.code("kind", [change.kind.value for change in changes])
        columns.text("name", [cast("Allocation", c.after or c.before).name for c in changes])
        for side in ("before", "after"):
            items = [getattr(change, side) for change in changes]
            columns.number(side, [None if i is None else i.area.hectares for i in items], "ha")
            columns.code(
                f"{side}_qualifier", [None if i is None else _qualifier_code(i.area) for i in items]
            )
        columns.number("change", [c.change.magnitude for c in changes], "ha")
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """One row per class of either budget (needs ``dongdang[pandas]``).

        Columns: ``code``, ``kind`` (``added``, ``removed``, ``changed``,
        ``unchanged``; categoricals), ``name``, ``before_ha`` and
        ``after_ha`` (NaN where the class is missing on that side),
        ``before_qualifier``, ``after_qualifier``, ``change_ha``: float64, or
        Decimal with ``exact=True``. ``frame.attrs`` holds the years.
        """
        return self._frame_columns(exact=exact).frame(
            metadata={"before_year": self.before_year, "after_year": self.after_year}
        )

    def _repr_html_(self) -> str:
        # A diff lists only the classes that changed (added, removed or resized).
        years = f"{self.before_year} → {self.after_year}"
        caption = f"<BudgetDiff {years}: {len(self.changes)} classes changed>"
        return self._frame_columns(exact=True).html(caption)


def _budget(value: object, name: str) -> LandBudget:
    if not isinstance(value, LandBudget):
        raise InvalidTypeError.of(name, "a LandBudget", value)
    return value


def diff(before: LandBudget, after: LandBudget) -> BudgetDiff:
    """What changed from ``before`` to ``after``, class by class (by code).

    Only the classes added, removed or changed (in area, qualifier or name)
    are listed: a class the two budgets hold alike is not "changed by 0 ha".
    ``apply(before, diff(before, after)) == after``.

    >>> from dongdang.zoning import diff, lang_son_plans
    >>> budget = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)
    >>> scenario = budget.with_areas(by={"non-tariff": -50, "tariff-other": 50})
    >>> [change.code for change in diff(budget, scenario).changes]
    ['non-tariff', 'tariff-other']
    >>> diff(budget, budget).changes
    ()

    >>> from dongdang.zoning import diff, lang_son_plans
    >>> version = lang_son_plans().plan("kkt-dong-dang").version("to-2030")
    >>> change = diff(version.budget(2020), version.budget(2030))
    >>> {code: str(value) for code, value in change.by_class().items()}
    {'non-tariff': '540 hectare', 'tariff-civil': '720 hectare',
     'tariff-non-civil': '2075 hectare', 'tariff-other': '-3334 hectare'}
    >>> change.allocated_change, change.total_change
    (<Quantity(1, 'hectare')>, <Quantity(0, 'hectare')>)
    """
    first, second = _budget(before, "before"), _budget(after, "after")
    earlier = {item.code: item for item in first.allocations}
    later = {item.code: item for item in second.allocations}
    changes = [
        ClassChange(code=item.code, before=earlier.get(item.code), after=item)
        for item in second.allocations
        if earlier.get(item.code) != item
    ]
    changes += [
        ClassChange(code=item.code, before=item, after=None)
        for item in first.allocations
        if item.code not in later
    ]
    return BudgetDiff(
        before_year=first.year,
        after_year=second.year,
        total_before=first.total,
        total_after=second.total,
        changes=changes,
        tolerance=second.tolerance,
        order=second.codes,
    )


def _shifted(base: Area, before: Area, after: Area, what: str) -> Area:
    """``after``'s figure, moved by what separates ``base`` from ``before``."""
    hectares = EXACT.add(base.hectares, EXACT.subtract(after.hectares, before.hectares))
    if hectares < 0:
        raise InvalidValueError.negative(
            f"the area of {what} (ha)",
            hectares,
            hint=f"the change from {before.hectares} ha to {after.hectares} ha applies to "
            f"{base.hectares} ha: give a change that this budget can take",
        )
    return attrs.evolve(after, hectares=hectares)


def apply(base: LandBudget, change: BudgetDiff) -> LandBudget:
    """Add the changes of ``change`` to ``base``: ``apply(a, diff(a, b)) == b``.

    Each class the diff changes gets the diff's change of area added to its
    area in ``base``, and takes the later qualifier, rounding and name; the
    total likewise. A class the diff adds must be absent from ``base``; a class
    it changes or removes must be present. Classes of ``base`` the diff does
    not change are kept as they are. The classes are laid out in the diff's
    ``order``, then the classes of ``base`` it does not name;
    the result has the later year.

    Raises:
        UnknownCodeError: the diff changes or removes a class ``base`` lacks.
        InvalidValueError: the diff adds a class ``base`` has, or a change
            leaves a negative area.

    >>> from dongdang.zoning import apply, diff, lang_son_plans
    >>> version = lang_son_plans().plan("kkt-dong-dang").version("to-2030")
    >>> first, last = version.budget(2020), version.budget(2030)
    >>> apply(first, diff(first, last)) == last
    True
    """
    budget = _budget(base, "base")
    if not isinstance(change, BudgetDiff):
        raise InvalidTypeError.of("change", "a BudgetDiff", change)
    present = {item.code: item for item in budget.allocations}
    placed: dict[str, Allocation | None] = {}
    for item in change.changes:
        current = present.pop(item.code, None)
        if item.before is None:
            after = cast("Allocation", item.after)
            if current is not None:
                raise InvalidValueError.of(
                    "class added",
                    item.code,
                    f"must not be in the land budget of {budget.year} already",
                    where="the diff",
                )
            placed[item.code] = after
            continue
        if current is None:
            raise UnknownCodeError(
                "land class", item.code, budget.codes, where=f"the land budget of {budget.year}"
            )
        placed[item.code] = None
        if item.after is not None:
            moved = _shifted(current.area, item.before.area, item.after.area, repr(item.code))
            placed[item.code] = attrs.evolve(item.after, area=moved)
    layout = [code for code in change.order if code in placed or code in present]
    layout += [code for code in placed if code not in layout]
    layout += [code for code in present if code not in layout]
    result = [
        allocation
        for code in layout
        if (allocation := placed[code] if code in placed else present[code]) is not None
    ]
    total = _shifted(budget.total, change.total_before, change.total_after, "the total")
    return LandBudget(
        year=change.after_year, total=total, allocations=result, tolerance=change.tolerance
    )
