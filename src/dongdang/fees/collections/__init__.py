"""Fee collections: what the border-gate fee brought in, by line, period and gate.

The Management Board reports the infrastructure fee it collects on two lines:
the **entry–exit** fee, paid by goods vehicles entering and leaving
the gate area ("phí ra vào cửa khẩu", formally "phí đối với phương tiện ra, vào
cửa khẩu"), and the **transshipment** fee, paid by vehicles whose cargo is moved
to other vehicles at a yard ("phí sang tải", "phí đối với phương tiện vận chuyển
hàng hóa sang tải"), together with their **total**. A :class:`FeeRecord` is one
printed amount: a line, a period, optionally a gate, with what the same
sentence says about it (vehicle trips, the budget estimate, a stated growth or
attainment, the qualifier in front of the amount). :class:`FeeCollections`
holds records and answers questions about them.

>>> from dongdang.fees.collections import FeeCollections, FeeLine, FeeRecord
>>> period = Period.parse("từ ngày 01/01-31/5/2024")
>>> fees = FeeCollections(
...     records=[
...         FeeRecord.read(FeeLine.TOTAL, period, "278.718 triệu đồng", growth="14,4%"),
...         FeeRecord.read(FeeLine.ENTRY_EXIT, period, "234.433 triệu đồng", growth="14,1%"),
...         FeeRecord.read(FeeLine.TRANSSHIPMENT, period, "44.285 triệu đồng", growth="17,5%"),
...     ]
... )
>>> print(fees.sentence(period))
Thu phí 5 tháng đầu năm 2024 đạt 278.718 triệu đồng, tăng 14,4% so với cùng kỳ năm 2023,
trong đó phí ra vào cửa khẩu 234.433 triệu đồng, tăng 14,1%;
phí sang tải 44.285 triệu đồng, tăng 17,5%.

Every answer says what it compares. A growth is computed from last year's
records when the collection holds them; otherwise it is the growth the report
states, and last year's amount is *implied* from it (:class:`Basis`). The
lines' own growths imply a growth for the total too, and here it is not the
one the report states:

>>> breakdown = fees.breakdown(period)
>>> format_percent(breakdown.total.rate, decimals=1), breakdown.matches_stated()
('14,6%', False)
>>> print(fees.findings()[0].describe("en"))
total fee, the first 5 months of 2024: the stated growth (up 14.4%) does not fit the stated
growths of its lines, which give up 14.6% (up 14.58% to 14.68% within the rounding of the
printed figures)

**What is refused, what is reported.** Building a record or a collection
refuses what cannot be, with an error naming the input: a negative amount or
trip count, money that is not money, two records for the same line, period and
gate, records in different currencies. What a report *can* print but gets
wrong is accepted and reported by :meth:`FeeCollections.findings`: a total that
is not the sum of its lines beyond the rounding of the printed figures, lines
or gates that add up to more than their total, a stated growth or attainment
that the other figures contradict. Checks leave out qualified figures ("trên
344,8 tỷ đồng" is a bound, not a value).

A figure is taken to be printed to its last digit: ``278718`` million đồng
stands for anything from 278 717,5 to 278 718,5 million, "14,4%" for 14,35% to
14,45%. All sums are exact; quotients carry 34 significant digits.
"""

from __future__ import annotations

# The imports marked F401 are the names the classes' annotations use: typing.get_type_hints,
# and so the API pages, read them in the module a class reports (see public_home).
from decimal import Decimal  # noqa: F401

from dongdang._modules import public_home
from dongdang.fees.collections._collection import (
    FeeCollections,
    _Key,  # noqa: F401
)
from dongdang.fees.collections._lines import REPORTING_LINES, Basis, FeeLine
from dongdang.fees.collections._record import FeeRecord
from dongdang.fees.collections._results import (
    FeeAttainment,
    FeeFinding,
    FeeGrowth,
    FeePerTrip,
    FeeTotal,
    FindingKind,
    GrowthBreakdown,
    LineContribution,
)
from dongdang.periods import Period  # noqa: F401
from dongdang.provenance import Source  # noqa: F401
from dongdang.text import Figure, Qualifier  # noqa: F401
from dongdang.units import Quantity  # noqa: F401

__all__ = [
    "REPORTING_LINES",
    "Basis",
    "FeeAttainment",
    "FeeCollections",
    "FeeFinding",
    "FeeGrowth",
    "FeeLine",
    "FeePerTrip",
    "FeeRecord",
    "FeeTotal",
    "FindingKind",
    "GrowthBreakdown",
    "LineContribution",
]

public_home(__name__, __all__, globals())

# Private helpers the tests check directly, where they lived before the split.
from dongdang.fees.collections._bounds import _consistent as _consistent  # noqa: E402
from dongdang.fees.collections._record import _combine as _combine  # noqa: E402
