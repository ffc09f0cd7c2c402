"""Fee tables the tests load as users do (TOML), and the columns of crossings for them.

``USER`` prices every regime and vehicle class in two versions (2024, from 2025);
:func:`expected_single` is its fee worked out by hand, with fractions, never read back
from dongdang. ``SPARSE`` prices two rows only, so most crossings find no rate.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np

from dongdang.fees import FeeSchedule, GoodsRegime

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

F = Fraction
REGIMES = [regime.value for regime in GoodsRegime]
BRACKETS = ["[0, 2)", "[2, 5]", "(5, 10.5)", "[10.5, inf)"]
GOODS = ["fresh_produce", "ore", "fruit", "agricultural_products", "timber"]


def half_up(value: Fraction) -> int:
    """``value`` rounded half-up to a whole number (non-negative values)."""
    return math.floor(value + F(1, 2))


def columns_of(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The columns of ``rows`` (each a Crossing's keyword arguments) for assess_many."""
    return {
        "date": np.array([row["date"] for row in rows], dtype="datetime64[D]"),
        "payload": np.array(
            [np.nan if row.get("payload") is None else float(row["payload"]) for row in rows],
            dtype=np.float64,
        ),
        "container": np.array([row.get("container") or "" for row in rows], dtype=str),
        "regime": np.array([row["regime"] for row in rows], dtype=str),
        "goods": np.array([row["goods"] for row in rows], dtype=str),
        "journey": np.array([row.get("journey", "standard") for row in rows], dtype=str),
    }


# -- a user's table, in TOML ---------------------------------------------------------


def _header(id_: str, start: str, end: str | None, inland: str, *, mixed: bool) -> str:
    text = f"""
[[versions]]
id = "{id_}"
start = {start}
{f"end = {end}" if end else ""}

[versions.legal]
number = "0{id_[-1]}/{id_}/NQ-HĐND"

[versions.cap]
amount = 5_000_000
source = "test"

[versions.split]
collector = 0.1
source = "test"

[[versions.coefficients]]
id = "ore_export"
factor = 5
regimes = ["export"]
goods = ["ore"]
source = "test"

[[versions.coefficients]]
id = "inland_delivery"
factor = {inland}
journeys = ["inland_delivery"]
source = "test"

[[versions.coefficients]]
id = "yard_only"
factor = 0.3
journeys = ["yard_only"]
source = "test"
"""
    if mixed:
        text += '\n[versions.mixed_cargo]\nrule = "highest"\nsource = "test"\n'
    return text


def rate_row(vehicle: str, regime: str, amount_: int, goods: str | None = None) -> str:
    goods_line = f'goods = "{goods}"\n' if goods else ""
    return (
        f"\n[[versions.rates]]\n{vehicle}\nregime = {regime!r}\n{goods_line}"
        f'amount = {amount_}\nsource = "test"\n'
    ).replace("'", '"')


def user_toml(*, mixed: bool = True) -> str:
    """Two versions, every regime × vehicle class priced, some goods priced apart."""
    text = 'name = "a user table"\n'
    for shift, (id_, start, end, inland) in enumerate(
        [("2024", "2024-01-01", "2024-12-31", "1.25"), ("2025", "2025-01-01", None, "1.3")]
    ):
        text += _header(id_, start, end, inland, mixed=mixed)
        for r, regime in enumerate(REGIMES):
            for b, bracket in enumerate(BRACKETS):
                amount_ = 100_005 + 150_015 * b + 10_001 * r + 7 * shift
                text += rate_row(f'payload = "{bracket}"', regime, amount_)
            for c, size in enumerate(["20ft", "40ft"]):
                text += rate_row(f'container = "{size}"', regime, 1_000_005 * (c + 1) + 3 * r)
        text += rate_row('payload = "[0, 2)"', "export", 100_000, "fresh_produce")
        text += rate_row('container = "40ft"', "export", 1_200_001, "ore")
        text += rate_row('payload = "[2, 5]"', "export", 40_001, "ore")
        text += rate_row('container = "40ft"', "temporary_import_reexport", 4_000_000, "fruit")
        text += rate_row('payload = "(5, 10.5)"', "import", 333_335, "fruit")
    return text


USER = FeeSchedule.loads(user_toml(), name="user.toml")


def expected_single(row: Mapping[str, Any], goods: str) -> int:
    """The fee of one goods of ``row`` under USER, from the table above, by hand."""
    year = row["date"].year
    shift = 0 if year == 2024 else 1
    regime = row["regime"]
    r = REGIMES.index(regime)
    container = row.get("container")
    if container is not None:
        base = 1_000_005 * (1 if container == "20ft" else 2) + 3 * r
        if (container, regime, goods) == ("40ft", "export", "ore"):
            base = 1_200_001
        if (container, regime, goods) == ("40ft", "temporary_import_reexport", "fruit"):
            base = 4_000_000
    else:
        value = row["payload"]
        load = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        b = 0 if load < 2 else 1 if load <= 5 else 2 if load < Decimal("10.5") else 3
        base = 100_005 + 150_015 * b + 10_001 * r + 7 * shift
        if b == 0 and (regime, goods) == ("export", "fresh_produce"):
            base = 100_000
        if b == 1 and (regime, goods) == ("export", "ore"):
            base = 40_001
        if b == 2 and (regime, goods) == ("import", "fruit"):
            base = 333_335
    factor = F(1)
    if regime == "export" and goods == "ore":
        factor *= 5
    journey = row.get("journey", "standard")
    if journey == "inland_delivery":
        factor *= F(5, 4) if shift == 0 else F(13, 10)
    if journey == "yard_only":
        factor *= F(3, 10)
    return min(half_up(base * factor), 5_000_000)


SPARSE = FeeSchedule.loads(
    """
[[versions]]
id = "sparse"
start = 2025-01-01
[versions.legal]
number = "03/2025/NQ-HĐND"
[versions.mixed_cargo]
rule = "highest"
source = "test"
[[versions.rates]]
payload = "[0, 5)"
regime = "export"
goods = "fruit"
amount = 100_000
source = "test"
[[versions.rates]]
container = "40ft"
regime = "import"
amount = 900_000
source = "test"
""",
    name="sparse.toml",
)
