"""Named scenarios: a baseline plus dated, described changes, compared side by side.

As in OpenFisca, where a reform derives a new tax-benefit system from a
baseline and both are simulated over the same population, a what-if never
edits what is on record. A :class:`Scenario` names a baseline and changes,
each dated (``start``), described in Vietnamese and English (``vi``, ``en``)
and applied in order, each deriving a new baseline from the one before
(:attr:`Scenario.result`). :func:`compare_scenarios` evaluates the baseline
and several scenarios over the same data and puts them side by side in one
:class:`ScenarioTable`: a row per group, a column per scenario, exact; the
rows add up to :meth:`ScenarioTable.total`. One mechanism for four kinds of
what-if:

* a fee schedule (:class:`~dongdang.fees.schedule.FeeSchedule`) changed by
  :class:`~dongdang.fees.reforms.Reform`, compared over crossings (columns,
  a DataFrame or an Arrow table), by gate, fee line, month or vehicle class;
* trade growth assumptions on a base period
  (:class:`~dongdang.trade.scenarios.TradeScenario`) changed by
  :class:`SetGrowth`, compared over a
  :class:`~dongdang.trade.ledger.TradeLedger`, by gate, direction or measure;
* a capital plan's disbursement to its deadline
  (:class:`DisbursementOutlook`) changed by :class:`SetPace` and
  :class:`RevisePlan`, by period (to ``as_of``, then month by month);
* a land budget (:class:`~dongdang.zoning.LandBudget`) changed by
  :class:`ChangeLand`, by land-use class: a plan and its what-ifs in one table.

:class:`FeeScenario` is a :class:`Scenario` of a fee schedule whose changes
are called ``reforms``.

>>> import numpy as np
>>> from dongdang.fees import lang_son_fee_schedule
>>> from dongdang.fees.reforms import Reform, ScaleRate, SetCap
>>> from dongdang.scenarios import FeeScenario, compare_scenarios
>>> baseline = lang_son_fee_schedule()
>>> start = dt.date(2026, 1, 1)
>>> veg = FeeScenario(
...     name="veg20",
...     baseline=baseline,
...     reforms=[
...         Reform(
...             id="veg20",
...             start=start,
...             vi="Tăng 20% mức thu đối với xe dưới 2 tấn chở rau quả xuất khẩu",
...             en="Vegetable exports under 2 tonnes pay 20% more",
...             changes=[
...                 ScaleRate(
...                     vehicle="[0, 2)",
...                     regime="export",
...                     goods="fresh_produce",
...                     factor=Decimal("1.2"),
...                 )
...             ],
...         )
...     ],
... )
>>> cap = FeeScenario(
...     name="cap3m",
...     baseline=baseline,
...     reforms=[
...         Reform(
...             id="cap3m",
...             start=start,
...             vi="Hạ mức trần xuống 3.000.000 đồng/lượt/xe",
...             en="Ceiling lowered to 3,000,000 đồng per trip",
...             changes=[SetCap(amount=3_000_000)],
...         )
...     ],
... )
>>> veg
<FeeScenario veg20: 1 reform on 'Lạng Sơn border-gate infrastructure fee'>
>>> crossings = {
...     "date": np.array(["2026-01-02"] * 3, dtype="datetime64[D]"),
...     "container": np.array(["40ft", "", ""]),
...     "payload": np.array([np.nan, 1.5, 0.5]),
...     "regime": np.array(["temporary_import_reexport", "export", "export"]),
...     "goods": np.array(["agricultural_products", "fresh_produce", "fresh_produce"]),
...     "gate": np.array(["huu-nghi", "tan-thanh", "tan-thanh"]),
... }
>>> table = compare_scenarios(crossings, [veg, cap], by=["gate"])
>>> for row in table:
...     print(row.key, row.baseline, row.fees)
('huu-nghi',) 4000000 (4000000, 3000000)
('tan-thanh',) 200000 (240000, 200000)
>>> table.total().differences
(40000, -1000000)

A land-use what-if over the 2030 plan, beside the plan, in one table:

>>> from dongdang.scenarios import ChangeLand, Scenario
>>> from dongdang.zoning import lang_son_plans
>>> plan = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)
>>> civil = Scenario(
...     name="civil",
...     baseline=plan,
...     changes=[
...         ChangeLand(
...             id="civil500",
...             start=dt.date(2026, 1, 1),
...             vi="Chuyển 500 ha đất khác sang đất dân dụng",
...             en="500 ha of other land made civil land",
...             by={"tariff-civil": 500, "tariff-other": -500},
...         )
...     ],
... )
>>> land = compare_scenarios(None, [civil])
>>> [(row.key[0], int(row.baseline), int(row.values[0])) for row in land]
[('non-tariff', 1350, 1350), ('tariff-civil', 2075, 2575),
 ('tariff-non-civil', 4475, 4475), ('tariff-other', 31500, 31000)]
>>> land
<ScenarioTable by class: 4 rows, baseline 39400 ha; civil +0 ha>
"""

from __future__ import annotations

import datetime as dt  # noqa: F401 - the annotations of the classes resolve here
from decimal import Decimal  # noqa: F401 - as dt
from fractions import Fraction  # noqa: F401 - as dt
from typing import ClassVar  # noqa: F401 - as dt

from dongdang._modules import public_home
from dongdang.investment import CapitalPlan  # noqa: F401 - as dt
from dongdang.scenarios._changes import DatedChange, RevisePlan, SetGrowth, SetPace
from dongdang.scenarios._compare import compare_scenarios
from dongdang.scenarios._core import Baseline, Change, Scenario
from dongdang.scenarios._fees import FeeScenario
from dongdang.scenarios._land import ChangeLand
from dongdang.scenarios._outlook import DisbursementOutlook
from dongdang.scenarios._tables import ScenarioRow, ScenarioTable
from dongdang.scenarios._values import Amount  # noqa: F401 - as dt
from dongdang.trade.scenarios import GrowthAssumption  # noqa: F401 - as dt
from dongdang.units import Quantity  # noqa: F401 - as dt

__all__ = [
    "Baseline",
    "Change",
    "ChangeLand",
    "DatedChange",
    "DisbursementOutlook",
    "FeeScenario",
    "RevisePlan",
    "Scenario",
    "ScenarioRow",
    "ScenarioTable",
    "SetGrowth",
    "SetPace",
    "compare_scenarios",
]


public_home(__name__, __all__, globals())
