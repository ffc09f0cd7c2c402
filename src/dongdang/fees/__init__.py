"""The border-gate infrastructure fee: dated schedules, assessment, the columnar path.

Goods vehicles using the gates of Lạng Sơn pay the *phí sử dụng công trình
kết cấu hạ tầng, công trình dịch vụ, tiện ích công cộng trong khu vực cửa
khẩu*, per vehicle per trip. Its rates are set by resolutions of the
Provincial People's Council; :func:`lang_son_fee_schedule` is the schedule
dongdang ships, with only the rates a source states.

>>> from dongdang.fees import Crossing, lang_son_fee_schedule
>>> schedule = lang_son_fee_schedule()
>>> crossing = Crossing(
...     date=dt.date(2025, 6, 2), payload=Decimal("1.5"), regime="export", goods="fresh_produce"
... )
>>> schedule.assess(crossing).fee
100000

Before 8/5/2025 the rates of 01/2019/NQ-HĐND apply, and they were not found:

>>> schedule.assess(
...     Crossing(date=dt.date(2024, 6, 3), payload=1, regime="export", goods="fresh_produce")
... )
Traceback (most recent call last):
...
dongdang.errors.RateNotFoundError: no sourced rate for payload 1 t, ... in version 01/2019 ...
"""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import TYPE_CHECKING

from dongdang.fees.assessment import Assessment, GoodsFee
from dongdang.fees.collections import (
    REPORTING_LINES,
    Basis,
    FeeAttainment,
    FeeCollections,
    FeeFinding,
    FeeGrowth,
    FeeLine,
    FeePerTrip,
    FeeRecord,
    FeeTotal,
    FindingKind,
    GrowthBreakdown,
    LineContribution,
)
from dongdang.fees.crossings import GOODS_SEPARATOR, Crossing, GoodsRegime, Journey
from dongdang.fees.rates import Cap, Coefficient, MixedCargoRule, Rate, Split, SplitRule
from dongdang.fees.schedule import FeeSchedule
from dongdang.fees.vehicles import ContainerSize, PayloadBracket, VehicleClass
from dongdang.fees.versions import FeeVersion

__all__ = [
    "GOODS_SEPARATOR",
    "REPORTING_LINES",
    "Assessment",
    "Basis",
    "Cap",
    "Coefficient",
    "ContainerSize",
    "Crossing",
    "FeeAttainment",
    "FeeCollections",
    "FeeFinding",
    "FeeGrowth",
    "FeeLine",
    "FeePerTrip",
    "FeeRecord",
    "FeeSchedule",
    "FeeTotal",
    "FeeVersion",
    "FindingKind",
    "GoodsFee",
    "GoodsRegime",
    "GrowthBreakdown",
    "Journey",
    "LineContribution",
    "MixedCargoRule",
    "PayloadBracket",
    "Rate",
    "Split",
    "SplitRule",
    "VehicleClass",
    "lang_son_fee_schedule",
    "seed_fee_collections",
]

if TYPE_CHECKING:
    from dongdang.data import seed_fee_collections


def __getattr__(name: str) -> object:
    # The seed collections are built one layer up, in dongdang.data; the old
    # name still works, without importing the bundled data with this package.
    if name == "seed_fee_collections":
        from dongdang import data  # noqa: PLC0415 - the layer above, on demand

        return data.seed_fee_collections
    message = f"module 'dongdang.fees' has no attribute {name!r}"
    raise AttributeError(message)


#: The bundled data file, in ``dongdang.data``.
_DATA_FILE = "fees_lang_son.toml"


@functools.cache
def lang_son_fee_schedule() -> FeeSchedule:
    """The infrastructure fee of Lạng Sơn's gates as dongdang ships it: sourced rates only.

    Two versions: 01/2019/NQ-HĐND, whose rate table was not found (it holds no
    rates, and its start is its signing date, an assumption), and
    09/2025/NQ-HĐND from 8/5/2025, with the two rates, the cap, the three
    coefficients, the mixed-cargo rule and the split a news report states.
    The schedule is read once from ``dongdang/data/fees_lang_son.toml``.

    >>> [(version.id, version.start_assumed) for version in lang_son_fee_schedule().versions]
    [('01/2019', True), ('09/2025', False)]
    """
    resource = files("dongdang.data").joinpath(_DATA_FILE)
    return FeeSchedule.loads(resource.read_text("utf-8"), name=f"dongdang/data/{_DATA_FILE}")
