"""The domain modules sit below the bundled seed data: they import it only on demand."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import dongdang.data
from dongdang.data import _seed

#: Each domain module, with the seed names it still answers to.
OLD_NAMES = {
    "dongdang.fees": ("seed_fee_collections",),
    "dongdang.trade": ("seed_trade_flows", "seed_trade_ledger"),
    "dongdang.investment": ("seed_capital_plan",),
}


@pytest.mark.parametrize("module", sorted(OLD_NAMES))
def test_a_domain_module_imports_without_the_seed_data(module: str) -> None:
    code = f"import sys, {module}; print('dongdang.data' in sys.modules)"
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(("module", "name"), [(m, n) for m, ns in OLD_NAMES.items() for n in ns])
def test_the_old_seed_names_still_answer_with_the_data_layers_function(
    module: str, name: str
) -> None:
    home = importlib.import_module(module)
    assert getattr(home, name) is getattr(dongdang.data, name) is getattr(_seed, name)
    assert name in home.__all__


@pytest.mark.parametrize("module", [*sorted(OLD_NAMES), "dongdang.data"])
def test_an_unknown_name_is_an_attribute_error_naming_module_and_name(module: str) -> None:
    home = importlib.import_module(module)
    with pytest.raises(AttributeError, match=rf"'{module}' has no attribute 'seed_nothing'"):
        getattr(home, "seed_nothing")  # noqa: B009 - the name is the point
