"""Investment projects in the zone, their milestones, and portfolios of them.

An investment project (dự án đầu tư) has an investor (chủ đầu tư), a source of
capital (state budget, ODA, domestic private, foreign direct investment, PPP),
a registered capital (vốn đăng ký) and a total investment (tổng mức đầu tư,
"tổng vốn đầu tư"), an area of land, a functional zone of the economic zone, a
legal basis (its investment decision or certificate), and dated milestones:
approved, land handed over, construction started, completed, in operation.
Each milestone has a planned date, an actual date, or both.

>>> from dongdang.projects import Milestone, MilestoneKind, Portfolio, Project
>>> yard = Project(
...     code="bai-xe-a",
...     name="Bãi xe A",
...     capital_source="domestic-private",
...     total_investment="hơn 120 tỷ đồng",
...     land_area="5,2 ha",
...     zone="khu-phi-thue-quan",
...     milestones=[
...         Milestone(kind="investment-approved", actual=dt.date(2020, 3, 2)),
...         Milestone(kind="construction-started", planned=dt.date(2020, 9, 1)),
...     ],
... )
>>> yard.total_investment.qualifier
<Qualifier.AT_LEAST: 'at_least'>
>>> [m.kind.code for m in yard.behind_schedule(dt.date(2021, 1, 1))]
['construction-started']

A :class:`Portfolio` counts projects and adds their capital by capital
source, zone or status. Sums are exact and kept **per currency**: đồng are
never added to dollars. Reference data ship as :func:`lang_son_projects`, with
every fact's source, and unknowns left unknown.
"""

from __future__ import annotations

# The imports marked F401 are the names the classes' annotations use: typing.get_type_hints,
# and so the API pages, read them in the module a class reports (see public_home).
from typing import TYPE_CHECKING, Any  # noqa: F401

from dongdang._modules import public_home
from dongdang.legal import LegalReference  # noqa: F401
from dongdang.projects._capital import Capital
from dongdang.projects._milestones import Milestone
from dongdang.projects._portfolio import Portfolio, PortfolioKey, lang_son_projects
from dongdang.projects._project import PROJECT_FACTS, Project
from dongdang.projects._tables import PROJECT_TABLES
from dongdang.projects._totals import AreaTotal, CapitalTotal, MilestoneDelay
from dongdang.projects._vocabulary import (
    CapitalMeasure,
    CapitalSource,
    MilestoneKind,
    ProjectStatus,
)
from dongdang.provenance import Provenance  # noqa: F401
from dongdang.text import Qualifier  # noqa: F401
from dongdang.units import Quantity  # noqa: F401

if TYPE_CHECKING:
    import datetime as dt  # noqa: F401

__all__ = [
    "PROJECT_FACTS",
    "PROJECT_TABLES",
    "AreaTotal",
    "Capital",
    "CapitalMeasure",
    "CapitalSource",
    "CapitalTotal",
    "Milestone",
    "MilestoneDelay",
    "MilestoneKind",
    "Portfolio",
    "PortfolioKey",
    "Project",
    "ProjectStatus",
    "lang_son_projects",
]

public_home(__name__, __all__, globals())
