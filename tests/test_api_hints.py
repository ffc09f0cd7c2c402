"""The API pages' signatures show real types: the hints resolve where the callables were made.

Sphinx resolves a signature's hints with ``typing.get_type_hints`` in the globals of
the module the callable was made in (for an attrs class, the module of the class),
all or nothing: one name imported for the type checker alone leaves every hint of
the signature the string written, and the page shows ``dt.date``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import typing
from typing import Any

import pytest

from dongdang.indicators import Value
from dongdang.periods import Language
from dongdang.units import Quantity, Unit

#: The names docs/conf.py's ``autodoc_type_aliases`` gives the page.
ALIASES = {"Quantity": Quantity, "Unit": Unit, "Language": Language, "Value": Value}

#: The modules whose pages this checks.
MODULES = (
    "dongdang.fees.reforms",
    "dongdang.gates",
    "dongdang.investment",
    "dongdang.plots",
    "dongdang.projects",
    "dongdang.scenarios",
)


def _dated() -> dict[str, Any]:
    """Each public constructor, function, method and property of the modules hinted with a day."""
    found: dict[str, Any] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for attribute in module.__all__:
            value = getattr(module, attribute)
            if getattr(value, "__module__", None) != name:  # re-exported: its own page
                continue
            members: list[tuple[str, Any]] = []
            if inspect.isclass(value):
                members.append((f"{attribute}.__init__", value.__init__))
                for key, member in vars(value).items():
                    function = getattr(member, "__func__", None) or getattr(member, "fget", member)
                    if not key.startswith("_") and inspect.isfunction(function):
                        members.append((f"{attribute}.{key}", function))
            elif inspect.isfunction(value):
                members.append((attribute, value))
            found |= {
                f"{name}.{label}": function
                for label, function in members
                if any("dt.date" in str(hint) for hint in function.__annotations__.values())
            }
    return found


def test_the_walk_finds_the_dated_signatures() -> None:
    dated = _dated()
    for name in (
        "dongdang.scenarios.SetPace.__init__",
        "dongdang.fees.reforms.Reform.__init__",
        "dongdang.plots.gate_status",
        "dongdang.projects.Milestone.reached_on",
        "dongdang.projects.Project.start",
        "dongdang.projects.MilestoneDelay.__init__",
        "dongdang.gates.StatedCount.__init__",
    ):
        assert name in dated


@pytest.mark.parametrize("name", sorted(_dated()))
def test_a_dated_signature_resolves_to_real_dates(name: str) -> None:
    hints = typing.get_type_hints(_dated()[name], localns=ALIASES)
    assert any(_mentions_date(hint) for hint in hints.values())


def _mentions_date(hint: object) -> bool:
    return hint is dt.date or any(_mentions_date(inner) for inner in typing.get_args(hint))
