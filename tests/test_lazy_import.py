"""``import dongdang`` loads nothing heavy; every public name still resolves on first use."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import dongdang


def run(code: str) -> str:
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    return done.stdout


def test_import_loads_neither_pint_nor_numpy_nor_the_reader() -> None:
    code = (
        "import sys, dongdang; "
        "print(sorted(m for m in ('pint', 'numpy', 'dongdang.statements', 'dongdang.units') "
        "if m in sys.modules))"
    )
    loaded = run(code)
    assert loaded.strip() == "[]"


def test_first_use_loads_what_it_needs() -> None:
    code = (
        "import sys, dongdang; dongdang.parse_amount('278.718 triệu đồng'); "
        "print('pint' in sys.modules, 'dongdang.statements' in sys.modules)"
    )
    loaded = run(code)
    assert loaded.split() == ["True", "False"]


@pytest.mark.parametrize("name", dongdang.__all__)
def test_every_public_name_resolves_and_is_listed(name: str) -> None:
    home = importlib.import_module(dongdang._HOMES[name])
    assert getattr(dongdang, name) is getattr(home, name)
    assert name in dir(dongdang)


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="'no_such_name'"):
        _ = dongdang.no_such_name  # type: ignore[attr-defined]


def test_the_version_is_read_on_demand() -> None:
    assert dongdang.__version__.count(".") >= 1
