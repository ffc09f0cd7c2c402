"""Land budgets: the land-use classes of a plan in one year, and how they fit its total."""

from __future__ import annotations

import functools
import operator
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, cast, final

import attrs

from dongdang._decimal import EXACT
from dongdang._frames import FrameColumns
from dongdang._messages import message
from dongdang._validators import one_of as _instance
from dongdang._validators import whole_number
from dongdang.errors import InvalidValueError, UndefinedRatioError, UnknownCodeError
from dongdang.zoning._areas import (
    Allocation,
    Area,
    _allocations,
    _as_printed,
    _ha,
    _half_width,
    _lang,
    _no_duplicates,
    _number,
    _qualifier_code,
    _sum,
    _tolerance,
    _year,
)
from dongdang.zoning._tables import class_columns, row_allocation

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dongdang.periods import Language
    from dongdang.units import Quantity


#: The frame attribute holding a budget's tolerance: to_frame writes it, from_frame reads it.
_TOLERANCE: Final = "tolerance_ha"


# -- land budgets -----------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class Fit:
    """How the land-use classes of a budget fit its total: a finding, never an error.

    Attributes:
        year: the budget's year.
        total: the total the classes are set against.
        allocated: the exact sum of the classes, in hectares.
        gap: ``total - allocated``: above zero, land left unallocated; below
            zero, land allocated twice.
        tolerance: the gap taken as the rounding of the printed figures, or as stated.
        within: whether the gap, either way, is within the tolerance.
        approximate: whether any figure is qualified ("khoảng").
    """

    year: int
    total: Area
    allocated: Quantity
    gap: Quantity
    tolerance: Quantity
    within: bool
    approximate: bool

    def describe(self, lang: Language = "vi") -> str:
        """The finding in words, in Vietnamese or English.

        >>> from dongdang.zoning import lang_son_plans
        >>> budget = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)
        >>> print(budget.fit().describe())
        các loại đất năm 2030 cộng lại 39.400 ha so với tổng khoảng 39.400,0 ha: khớp tổng,
        trong sai số cho phép 2,05 ha
        """
        _lang(lang)
        gap = cast("Decimal", self.gap.magnitude)
        amount = _number(abs(gap), lang)
        state = message(
            "zoning.fit.unallocated"
            if gap > 0
            else "zoning.fit.over_allocated"
            if gap < 0
            else "zoning.fit.no_gap",
            lang,
            amount=amount,
        )
        verdict = message(
            "zoning.fit.within" if self.within else "zoning.fit.beyond",
            lang,
            tolerance=_number(cast("Decimal", self.tolerance.magnitude), lang),
        )
        return message(
            "zoning.fit",
            lang,
            year=self.year,
            allocated=_number(cast("Decimal", self.allocated.magnitude), lang),
            total=self.total.format(lang),
            state=state,
            verdict=verdict,
        )


@final
@attrs.frozen(kw_only=True)
class LandBudget:
    """The land-use classes of a plan in one year, against the plan's total.

    The classes partition the land, so they may not add up to more than the
    total beyond the tolerance: that raises. Adding up to less is reported by
    :meth:`fit`.

    Attributes:
        year: the year the areas are planned for (a horizon of the plan).
        total: the total area of the plan.
        allocations: the land-use classes, in the order the plan prints them.
        tolerance: the gap, in hectares, allowed between the sum of the classes
            and the total; None (the default) takes the rounding of the printed
            figures: half the last printed digit of each class and of the total.

    >>> from dongdang.zoning import Allocation, LandBudget, area
    >>> LandBudget(
    ...     year=2030,
    ...     total=area(100),
    ...     allocations=[
    ...         Allocation(code="a", name="Đất A", area=area(60)),
    ...         Allocation(code="b", name="Đất B", area=area(50)),
    ...     ],
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: the land budget of 2030: the sum of its land-use classes
    (ha) must not exceed its total of 100 ha by more than the tolerance of 0 ha, got 110
    """

    year: int = attrs.field(validator=_year)
    total: Area = attrs.field(validator=_instance(Area))
    allocations: tuple[Allocation, ...] = attrs.field(converter=_allocations)
    tolerance: Decimal | None = attrs.field(default=None, converter=_tolerance)

    def __attrs_post_init__(self) -> None:
        where = f"the land budget of {self.year}"
        if not self.allocations:
            raise InvalidValueError.needs_one(where, "land-use class")
        _no_duplicates("land-use class", where, self.allocations)
        allocated = self._allocated()
        limit = self._tolerance()
        if EXACT.subtract(allocated, self.total.hectares) > limit:
            raise InvalidValueError.of(
                "the sum of its land-use classes (ha)",
                allocated,
                f"must not exceed its total of {self.total.hectares} ha by more than the "
                f"tolerance of {limit} ha",
                bound=self.total.hectares,
                bound_name="total",
                where=where,
            )

    def _allocated(self) -> Decimal:
        return _sum(item.area.hectares for item in self.allocations)

    def _rounding(self) -> Decimal:
        # The gap between the total and the classes, each figure ± half its last
        # printed digit (dongdang.intervals), spans the rounding either way.
        printed = [_as_printed(item.area) for item in self.allocations]
        return _half_width(functools.reduce(operator.sub, printed, _as_printed(self.total)))

    def _tolerance(self) -> Decimal:
        return self._rounding() if self.tolerance is None else self.tolerance

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the classes, in order."""
        return tuple(item.code for item in self.allocations)

    @property
    def allocated(self) -> Quantity:
        """The exact sum of the classes, in hectares; the same in any order of the classes."""
        return _ha(self._allocated())

    @property
    def rounding_tolerance(self) -> Quantity:
        """The rounding of the printed figures, half a last digit of each class and of the total."""
        return _ha(self._rounding())

    def allocation(self, code: str) -> Allocation:
        """The class called ``code``.

        Raises:
            UnknownCodeError: the budget has no such class.
        """
        for item in self.allocations:
            if item.code == code:
                return item
        raise UnknownCodeError(
            "land class", code, self.codes, where=f"the land budget of {self.year}"
        )

    def with_areas(
        self,
        *,
        by: Mapping[str, Quantity | Decimal | float] | None = None,
        hectares: Mapping[str, Quantity | Decimal | float] | None = None,
    ) -> LandBudget:
        """This budget with classes moved ``by`` hectares or set to ``hectares``, by code.

        Each class changed keeps its name, qualifier ("khoảng") and printed
        resolution, so the budget's tolerance stays what the plan printed;
        the other classes and the total are untouched. The changes are made
        together, then the budget is checked: land moved from one class to
        another fits where a class grown alone would not.

        Raises:
            UnknownCodeError: the budget has no such class.
            InvalidValueError: no change, a class both moved and set, a
                negative area, or classes that then exceed the total.

        >>> from dongdang.zoning import lang_son_plans
        >>> budget = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)
        >>> scenario = budget.with_areas(by={"tariff-civil": 500, "tariff-other": -500})
        >>> scenario.allocation("tariff-civil").area.format()
        'khoảng 2.575 ha'
        >>> scenario.rounding_tolerance == budget.rounding_tolerance
        True
        """
        moves = dict(by or {})
        sets = dict(hectares or {})
        if not moves and not sets:
            raise InvalidValueError.of(
                "by", by, "must name a class to move, or hectares one to set", where="with_areas"
            )
        for code in moves.keys() & sets.keys():
            raise InvalidValueError.of(
                "class", code, "must not be both moved (by) and set (hectares)", where="with_areas"
            )
        areas: dict[str, Area] = {}
        for code, delta in moves.items():
            areas[code] = self.allocation(code).area.plus(delta)
        for code, value in sets.items():
            areas[code] = self.allocation(code).area.with_hectares(value)
        allocations = [
            attrs.evolve(item, area=areas[item.code]) if item.code in areas else item
            for item in self.allocations
        ]
        return attrs.evolve(self, allocations=allocations)

    def fit(self, tolerance: Quantity | Decimal | float | None = None) -> Fit:
        """How the classes fit the total, within ``tolerance`` (hectares or an area quantity).

        ``tolerance`` defaults to the budget's own (stated, or from the
        printed rounding). A gap beyond it is reported, not raised.

        >>> from dongdang.zoning import lang_son_plans
        >>> budget = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2020)
        >>> fit = budget.fit()
        >>> fit.gap, fit.tolerance, fit.within
        (<Quantity(1, 'hectare')>, <Quantity(2.05, 'hectare')>, True)
        >>> budget.fit(tolerance=Decimal("0.5")).within
        False
        """
        stated = _tolerance(tolerance)
        limit = self._tolerance() if stated is None else stated
        allocated = self._allocated()
        gap = EXACT.subtract(self.total.hectares, allocated)
        return Fit(
            year=self.year,
            total=self.total,
            allocated=_ha(allocated),
            gap=_ha(gap),
            tolerance=_ha(limit),
            within=abs(gap) <= limit,
            approximate=any(item.area.approximate for item in self.allocations)
            or self.total.approximate,
        )

    def shares(self) -> dict[str, Fraction]:
        """Each class's share of the allocated sum, as an exact fraction; they sum to exactly 1.

        The shares are of the sum of the classes, not of the total, so that
        they add up to 1 even where the classes fall short of the total. For
        a share of the total, use :func:`dongdang.indicators.share`.

        Raises:
            UndefinedRatioError: every class has zero area.

        >>> from dongdang.zoning import lang_son_plans
        >>> budget = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)
        >>> budget.shares()["non-tariff"]
        Fraction(27, 788)
        >>> sum(budget.shares().values())
        Fraction(1, 1)
        """
        allocated = self._allocated()
        if allocated <= 0:
            raise UndefinedRatioError.for_base(
                "allocations",
                allocated,
                f"the shares of the land budget of {self.year} need an area above zero",
                shown=f"{allocated} ha",
            )
        whole = Fraction(allocated)
        return {item.code: Fraction(item.area.hectares) / whole for item in self.allocations}

    def rounded_shares(self, places: int = 4) -> dict[str, Decimal]:
        """The shares as Decimals of ``places`` digits that still sum to exactly 1.

        Each share is rounded down, and the units of the last place left over
        go, one each, to the shares with the largest remainders (ties go to
        the class whose code sorts first), so every share is within one unit
        of the last place of its exact value and the result does not depend on
        the order of the classes. ``places=4`` gives percents with two decimals.

        >>> from dongdang.zoning import lang_son_plans
        >>> budget = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2020)
        >>> shares = budget.rounded_shares(3)
        >>> shares
        {'non-tariff': Decimal('0.021'), 'tariff-civil': Decimal('0.034'),
         'tariff-non-civil': Decimal('0.061'), 'tariff-other': Decimal('0.884')}
        >>> sum(shares.values())
        Decimal('1.000')
        """
        whole_number(places, "places", 0)
        exact = self.shares()
        unit = 10**places
        floors = {code: (share * unit).__floor__() for code, share in exact.items()}
        left = unit - sum(floors.values())
        order = sorted(exact, key=lambda code: (-(exact[code] * unit - floors[code]), code))
        for code in order[:left]:
            floors[code] += 1
        return {code: Decimal(floors[code]).scaleb(-places, EXACT) for code in exact}

    def _frame_columns(self, *, exact: bool) -> FrameColumns:
        items = self.allocations
        columns = FrameColumns(exact=exact)
        columns.code("code", [item.code for item in items])
        columns.text("name", [item.name for item in items])
        columns.text("english", [item.english for item in items])
        columns.number("area", [item.area.hectares for item in items], "ha")
        columns.code("qualifier", [_qualifier_code(item.area) for item in items])
        columns.number("resolution", [item.area.resolution for item in items], "ha")
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The classes as a pandas DataFrame, one row each, in order (needs ``dongdang[pandas]``).

        Columns: ``code`` (categorical), ``name``, ``english``, ``area_ha``,
        ``qualifier`` (categorical: ``about`` for "khoảng"), ``resolution_ha``
        (the last printed digit): float64, or Decimal with ``exact=True``.
        ``frame.attrs`` holds ``year``, ``total`` (an :class:`Area`) and
        ``tolerance_ha``, which :meth:`from_frame` reads back.

        >>> from dongdang.zoning import lang_son_plans
        >>> budget = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)
        >>> frame = budget.to_frame()
        >>> frame[["code", "area_ha"]].head(2)
                   code  area_ha
        0    non-tariff   1350.0
        1  tariff-civil   2075.0
        >>> LandBudget.from_frame(budget.to_frame(exact=True)) == budget
        True
        """
        return self._frame_columns(exact=exact).frame(
            metadata={"year": self.year, "total": self.total, _TOLERANCE: self.tolerance}
        )

    @classmethod
    def from_frame(
        cls,
        frame: object,
        *,
        year: int | None = None,
        total: Area | None = None,
        tolerance: Decimal | None = None,
        mapping: Mapping[str, str] | None = None,
        name: str | None = None,
    ) -> LandBudget:
        """A budget from a table of its classes: a DataFrame, an Arrow table, a CSV or Parquet file.

        The columns are those of :meth:`to_frame` with ``exact=True``
        (``code``, ``name``, ``area_ha`` needed; ``english``, ``qualifier``,
        ``resolution_ha`` optional). ``year``, ``total`` and ``tolerance``
        default to the frame's ``attrs`` as :meth:`to_frame` writes them.

        Raises:
            TableError: naming the table, the row and the column of every bad
                cell: a missing column, an empty code, name or area, a negative
                area, an unknown qualifier, a code given twice.
            InvalidValueError: no year or total, given or in the frame's
                attrs; or classes beyond the total.
        """
        from dongdang.tables import _read_rows, _RowError, _twice  # noqa: PLC0415

        found = getattr(frame, "attrs", None)
        found = found if isinstance(found, dict) else {}
        year = found.get("year") if year is None else year
        total = found.get("total") if total is None else total
        tolerance = found.get(_TOLERANCE) if tolerance is None else tolerance
        if year is None or total is None:
            raise InvalidValueError.of(
                "year" if year is None else "total",
                found,
                "must be given, as an argument or in the frame's attrs",
                where="a land budget from a table",
                hint="pass year= and total=, or a frame made by LandBudget.to_frame",
            )
        spec = class_columns()
        rows = _read_rows(
            frame,
            spec,
            row_allocation,
            key=lambda item: item.code,
            twice=lambda item, first: _RowError("code", _twice(f"the class {item.code!r}", first)),
            mapping=mapping,
            name=name or f"<{type(frame).__name__}>",
        )
        items = [item for _, item in rows]
        return cls(year=year, total=total, allocations=items, tolerance=tolerance)

    def _repr_html_(self) -> str:
        caption = (
            f"<LandBudget {self.year}: {len(self.allocations)} classes, "
            f"total {self.total.format('en')}>"
        )
        return self._frame_columns(exact=True).html(caption)
