"""Zoning plans: plan versions, land budgets, functional zones, and their arithmetic.

A construction master plan (quy hoạch chung xây dựng) fixes how much of the
zone goes to each land-use class by a horizon year; it is approved, then
adjusted (điều chỉnh), and each adjustment is a new **version** of the plan.
A version knows its legal instrument where a source gives it, its horizon
years, its total area, a :class:`LandBudget` per horizon year and its
functional zones. What the sources do not give stays unknown (None or empty),
and :meth:`PlanVersion.source_of` says why.

>>> from dongdang.zoning import diff, lang_son_plans
>>> plan = lang_son_plans().plan("kkt-dong-dang")
>>> version = plan.version("to-2030")
>>> version.total.format()
'khoảng 39.400,0 ha'
>>> version.legal is None, version.source_of("legal").caveat
(True, <Caveat.UNVERIFIED: 'unverified'>)
>>> budget_2020 = version.budget(2020)
>>> print(budget_2020.fit().describe("en"))
the land-use classes of 2020 sum to 39,399 ha against a total of about 39,400.0 ha:
1 ha unallocated, within the tolerance of 2.05 ha
>>> diff(budget_2020, version.budget(2030)).by_class()["non-tariff"]
<Quantity(540, 'hectare')>

Areas are exact :class:`~decimal.Decimal` hectares; "khoảng" (about) stays on
an :class:`Area` as its qualifier, and the digits a figure was printed with
give its rounding. What raises and what is reported:

* An :class:`Area` below zero, or not an area (money, a length), raises.
* Land-use classes that add up to *more* than the total, beyond the tolerance,
  raise :class:`~dongdang.errors.InvalidValueError` when the budget is built:
  the land does not exist. Classes that add up to *less* are reported by
  :meth:`LandBudget.fit` (a :class:`Fit`), never raised: a plan may leave land
  unallocated, and printed figures are rounded.
* A functional zone larger than its version's total, beyond the rounding of
  the two figures, raises. Zones may overlap, so their sum is not checked.
* Duplicate class or zone codes or names, a version dated before its
  predecessor, and a duplicate version raise.
"""

from __future__ import annotations

import datetime as dt  # noqa: F401 - the annotations of the classes resolve here
from decimal import Decimal  # noqa: F401 - as dt

from dongdang._modules import public_home
from dongdang.legal import LegalReference  # noqa: F401 - as dt
from dongdang.provenance import Citation, Provenance  # noqa: F401 - as dt
from dongdang.text import Qualifier  # noqa: F401 - as dt
from dongdang.units import Quantity  # noqa: F401 - as dt
from dongdang.zoning._areas import Allocation, Area, area, occupancy
from dongdang.zoning._budgets import Fit, LandBudget
from dongdang.zoning._diffs import BudgetDiff, ClassChange, apply, diff
from dongdang.zoning._kinds import ChangeKind, PlanLevel, PlanStage
from dongdang.zoning._plans import VERSION_FACTS, Plan, PlanVersion
from dongdang.zoning._reader import plan_versions, without_land_use
from dongdang.zoning._registry import PlanRegistry, lang_son_plans

__all__ = [
    "VERSION_FACTS",
    "Allocation",
    "Area",
    "BudgetDiff",
    "ChangeKind",
    "ClassChange",
    "Fit",
    "LandBudget",
    "Plan",
    "PlanLevel",
    "PlanRegistry",
    "PlanStage",
    "PlanVersion",
    "apply",
    "area",
    "diff",
    "lang_son_plans",
    "occupancy",
    "plan_versions",
    "without_land_use",
]


public_home(__name__, __all__, globals())
