"""Public investment: capital plans, allocations and disbursements, and their ratios.

Each year the state budget gives a project owner (chủ đầu tư), such as the
zone's Management Board, a **capital plan** (kế hoạch vốn) for its public
investment projects. The plan changes during the year: it is assigned
(giao), adjusted (điều chỉnh), supplemented (bổ sung), and capital of an
earlier year's plan may be carried over into it (kéo dài). Capital is then
**allocated** (nguồn vốn đã được cấp / phân bổ: released for the owner to
pay from), and **disbursed** (giải ngân: paid out for works, goods and
services). Reports measure progress by two ratios, each as of a date:

* disbursed ÷ the plan in force on that date ("bằng 41% kế hoạch vốn");
* disbursed ÷ the capital allocated by that date ("đạt 89,6% nguồn vốn đã được cấp").

A :class:`CapitalPlan` holds the dated :class:`PlanVersion`, :class:`Allocation`
and :class:`Disbursement` records of one owner and one year, and answers with
a :class:`DisbursementRatio` that names its base and the plan version in force:

>>> from dongdang.investment import CapitalPlan, Disbursement, PlanVersion, MANAGEMENT_BOARD
>>> plan = CapitalPlan(
...     year=2020,
...     owner=MANAGEMENT_BOARD,
...     versions=[PlanVersion.read("2020-giao", "giao", dt.date(2020, 1, 2), "102.681 triệu đồng")],
...     disbursements=[Disbursement.read(dt.date(2020, 5, 25), "42.119 triệu đồng")],
... )
>>> ratio = plan.ratio(dt.date(2020, 5, 25))
>>> print(ratio.describe(decimals=0))
đến ngày 25/05/2020 đã giải ngân 42.119/102.681 triệu đồng, bằng 41% kế hoạch vốn năm 2020,
theo kế hoạch vốn giao, 102.681 triệu đồng, ngày 02/01/2020

What cannot be is refused with an error naming the input: a negative amount,
money other than đồng, a disbursement dated outside the plan's disbursement
window, a version dated before its predecessor or duplicating one, a ratio
asked on a day no version is in force. What a report *can* print but looks
wrong, such as capital allocated above the plan, is accepted and reported by
:meth:`CapitalPlan.findings`.

The records map to the transaction types of the IATI Standard
(:class:`IatiTransactionType`) and to the transaction fields of the Open
Contracting Data Standard (:meth:`CapitalTransaction.to_ocds`); see
:class:`Perspective` for the mapping and why "giải ngân" is an IATI
*expenditure*, not an IATI *disbursement*.

Amounts are exact: sums are Decimal to the đồng, ratios carry 34 significant
digits, and rounding happens only when a figure is written.
"""

from __future__ import annotations

# The imports marked F401 are the names the classes' annotations use: typing.get_type_hints,
# and so the API pages, read them in the module a class reports (see public_home).
import datetime as dt  # noqa: F401
from decimal import Decimal  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from dongdang._modules import public_home
from dongdang.investment._flows import Allocation, Disbursement
from dongdang.investment._implied import (
    ImpliedBase,
    _bounds,  # noqa: F401 - the interval engine's tests import it from here (test_intervals)
    implied_base_range,
)
from dongdang.investment._law import PUBLIC_INVESTMENT_LAWS, StatutoryWindow, statutory_window
from dongdang.investment._organizations import MANAGEMENT_BOARD, Organization
from dongdang.investment._plan import CapitalPlan
from dongdang.investment._ratios import (
    DisbursementRatio,
    PlanFinding,
    PlanFindingKind,
    RatioBase,
)
from dongdang.investment._transactions import (
    CapitalFlow,
    CapitalTransaction,
    IatiTransactionType,
    Perspective,
)
from dongdang.investment._versions import PlanVersion, PlanVersionKind
from dongdang.legal import LegalReference  # noqa: F401
from dongdang.periods import Period  # noqa: F401
from dongdang.provenance import Source  # noqa: F401
from dongdang.text import Figure, Qualifier  # noqa: F401
from dongdang.units import Quantity  # noqa: F401

if TYPE_CHECKING:
    from collections.abc import Iterable  # noqa: F401

    from dongdang.data import seed_capital_plan
    from dongdang.periods import Language  # noqa: F401

__all__ = [
    "MANAGEMENT_BOARD",
    "PUBLIC_INVESTMENT_LAWS",
    "Allocation",
    "CapitalFlow",
    "CapitalPlan",
    "CapitalTransaction",
    "Disbursement",
    "DisbursementRatio",
    "IatiTransactionType",
    "ImpliedBase",
    "Organization",
    "Perspective",
    "PlanFinding",
    "PlanFindingKind",
    "PlanVersion",
    "PlanVersionKind",
    "RatioBase",
    "StatutoryWindow",
    "implied_base_range",
    "seed_capital_plan",
    "statutory_window",
]

# seed_capital_plan is answered by __getattr__, from the data layer above.
public_home(__name__, [name for name in __all__ if name != "seed_capital_plan"], globals())


def __getattr__(name: str) -> object:
    # The seed plan is built one layer up, in dongdang.data; the old name still
    # works, without importing the bundled data with this module.
    if name == "seed_capital_plan":
        from dongdang import data  # noqa: PLC0415 - the layer above, on demand

        return data.seed_capital_plan
    message = f"module 'dongdang.investment' has no attribute {name!r}"
    raise AttributeError(message)
