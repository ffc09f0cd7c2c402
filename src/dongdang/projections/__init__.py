"""Projections: where a year ends at this pace, the pace a target needs, a growth path.

Three questions analysts ask of a report's figures, each answered by a small
frozen value that names its method, states its assumptions in Vietnamese and
English, keeps its inputs, and, where an input is a printed figure, carries
the interval of results the printed figures allow (:func:`dongdang.intervals.interval_of`):

* :func:`run_rate` and :func:`same_period_share`: the year-end from a
  year-to-date figure (:class:`YearEndProjection`);
* :func:`pace_needed` and :func:`disbursement_pace`: the amount still to do
  by a deadline, per month and per day, and as a multiple of the pace so far
  (:class:`PaceNeeded`);
* :func:`growth_path`: the constant yearly growth from a base year's value to
  a target year's, and the path year by year (:class:`GrowthPath`).

>>> from dongdang.data import seed_figures
>>> from dongdang.projections import run_rate
>>> fees = seed_figures()["fee-2020-9m-total"]
>>> projection = run_rate(fees.figure, fees.period)
>>> print(projection.describe())
Ước thực hiện năm 2020 theo nhịp độ bình quân tháng của 9 tháng đầu năm 2020: trên 344,8 tỷ đồng × 12/9 = 459,7 tỷ đồng; số liệu đã công bố cho phép từ 459,7 tỷ đồng trở lên.

**Months are calendar months**, counted exactly (:func:`calendar_months`):
whole months from the first day, as ``dateutil``'s ``relativedelta``
steps them (31 January plus one month is 29 February), and the days left
over as a fraction of the month they fall in. "9 tháng đầu năm" is exactly
9 months, so a run rate multiplies by 12/9 as the reports do; 1 January to
25 May 2020 is 4 + 25/31 months. Amounts are exact :class:`~fractions.Fraction`
values in the unit of the first input; the :class:`~dongdang.units.Quantity`
properties round them to 34 significant digits.
"""  # noqa: E501 - a doctest output line

from __future__ import annotations

# The imports marked F401 are the names the classes' annotations use: typing.get_type_hints,
# and so the API pages, read them in the module a class reports (see public_home).
import datetime as dt  # noqa: F401
from decimal import Decimal  # noqa: F401

from dongdang._modules import public_home
from dongdang.investment import StatutoryWindow  # noqa: F401
from dongdang.periods import Period  # noqa: F401
from dongdang.projections._growth import GrowthPath, growth_path
from dongdang.projections._inputs import ProjectionInput
from dongdang.projections._months import calendar_months
from dongdang.projections._pace import PaceKind, PaceNeeded, disbursement_pace, pace_needed
from dongdang.projections._year_end import Method, YearEndProjection, run_rate, same_period_share
from dongdang.text import Figure, Qualifier  # noqa: F401
from dongdang.units import Quantity  # noqa: F401

__all__ = [
    "GrowthPath",
    "Method",
    "PaceKind",
    "PaceNeeded",
    "ProjectionInput",
    "YearEndProjection",
    "calendar_months",
    "disbursement_pace",
    "growth_path",
    "pace_needed",
    "run_rate",
    "same_period_share",
]

public_home(__name__, __all__, globals())
