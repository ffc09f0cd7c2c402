"""Doctest namespace: every example may use ``Decimal``, ``dt`` and the public API."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import dongdang


@pytest.fixture(autouse=True)
def _doctest_namespace(doctest_namespace: dict[str, Any]) -> None:
    doctest_namespace.update({"Decimal": Decimal, "dt": dt})
    doctest_namespace.update({name: getattr(dongdang, name) for name in dongdang.__all__})
