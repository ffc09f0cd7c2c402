"""Pickles of every public value type are fully usable, in this process and in a fresh one.

Equal reprs prove little: an unpickled quantity once compared equal and printed
the same, yet raised ``TypeError`` on its first conversion. So the tests walk
every object down to the quantities and units it holds and convert, add and
compare each of them, and use the registries' own methods, on the copy.
"""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import pint
import pytest

from dongdang import (
    ExchangeRate,
    Period,
    amount,
    audit,
    parse_statements,
    read_figure,
)
from dongdang.data import seed_findings, seed_statements
from dongdang.exchange import ExchangeRateTable
from dongdang.fees import lang_son_fee_schedule, seed_fee_collections
from dongdang.gates import lang_son_gates
from dongdang.investment import seed_capital_plan
from dongdang.legal import LegalReference
from dongdang.projects import lang_son_projects
from dongdang.tasks import lang_son_tasks
from dongdang.trade import seed_trade_flows, seed_trade_ledger
from dongdang.units import convert, unit_of
from dongdang.zoning import lang_son_plans
from usable import use

RATE = ExchangeRate(
    base="USD", quote="VND", rate=Decimal(25450), on=dt.date(2025, 8, 1), source="a test rate"
)
SENTENCES = (
    "Thu phí đạt 300 tỷ đồng, trong đó phí A đạt 200 tỷ đồng, phí B đạt 150 tỷ đồng. "
    "Kim ngạch xuất nhập khẩu 6 tháng đầu năm 2024 đạt 1.370 triệu USD, tăng 12,3% so với "
    "cùng kỳ."
)


def objects() -> dict[str, object]:
    """One or more of every public value type, built from the bundled data."""
    statements = parse_statements(SENTENCES)
    return {
        "amount": amount(278718, "million_VND"),
        "amount in hectares": amount(Decimal("394.8"), "ha"),
        "amount per trip": convert(
            amount(100751, "million_VND") / amount(215385, "vehicle_trip"), "VND / vehicle_trip"
        ),
        "unit": unit_of("billion_USD"),
        "compound unit": unit_of("million_VND") / unit_of("railcar"),
        "figure": read_figure("trên 344,8 tỷ đồng"),
        "period": Period.first_months(2024, 5),
        "legal reference": LegalReference.parse("Nghị quyết 10/2019/NQ-HĐND"),
        "exchange rate": RATE,
        "exchange rate table": ExchangeRateTable(rates=[RATE]),
        "statements": statements,
        "findings": audit(statements),
        "seed statements": seed_statements(),
        "seed findings": seed_findings(),
        "fee schedule": lang_son_fee_schedule(),
        "fee collections": seed_fee_collections(),
        "trade flows": seed_trade_flows(),
        "trade ledger": seed_trade_ledger(),
        "gate registry": lang_son_gates(),
        "portfolio": lang_son_projects(),
        "task log": lang_son_tasks(),
        "plan registry": lang_son_plans(),
        "capital plan": seed_capital_plan(),
    }


def test_every_kind_of_object_is_covered() -> None:
    found = {name: len(list(_quantities(value))) for name, value in objects().items()}
    for name in ("amount", "trade ledger", "portfolio"):
        assert found[name], name


def _quantities(value: object) -> list[object]:
    """The quantities and units inside ``value``, found through attrs fields and containers."""
    from usable import quantities  # noqa: PLC0415 - the child process imports it late

    return quantities(value)


@pytest.mark.parametrize("name", sorted(objects()))
def test_an_unpickled_object_works_like_the_original(name: str) -> None:
    original = objects()[name]
    copy = pickle.loads(pickle.dumps(original))  # noqa: S301 - our own bytes
    assert use(copy) == use(original)
    # The copy and the original mix: quantities add and compare across them.
    for old, new in zip(_quantities(original), _quantities(copy), strict=True):
        if isinstance(old, pint.Quantity):
            assert new + old == old + old
            assert new.to_root_units() == old.to_root_units()
            assert not new < old


_CHILD = textwrap.dedent(
    """
    import pickle
    import sys

    fresh = "dongdang" not in sys.modules and "pint" not in sys.modules
    objects = pickle.loads(sys.stdin.buffer.read())
    from usable import use

    app = sys.modules["pint"].get_application_registry().get()
    ureg = sys.modules["dongdang"].ureg
    uses = {name: use(value) for name, value in objects.items()}
    sys.stdout.buffer.write(pickle.dumps((fresh, app is ureg, uses)))
    """
)


def test_unpickled_objects_work_in_a_fresh_process() -> None:
    originals = objects()
    child = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", _CHILD],
        input=pickle.dumps(originals),
        capture_output=True,
        check=False,
        timeout=120,
        env={"PYTHONPATH": str(Path(__file__).parent)},
    )
    assert child.returncode == 0, child.stderr.decode()
    fresh, application_registry_is_ours, uses = pickle.loads(child.stdout)  # noqa: S301
    assert fresh
    assert not application_registry_is_ours
    expected: dict[str, Any] = {name: use(value) for name, value in originals.items()}
    for name, value in expected.items():
        assert uses[name] == value, name
