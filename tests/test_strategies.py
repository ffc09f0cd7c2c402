"""Every public value type has a shared strategy, and its instances keep what users rely on.

The public value types are found by walking the public modules' ``__all__``: a new
frozen attrs class without a strategy in :data:`strategies.VALUE_TYPES` fails here.
"""

from __future__ import annotations

import importlib
import pickle
import pkgutil
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import dongdang
from dongdang.fees import FeeCollections
from dongdang.tasks import TaskLog
from strategies import VALUE_TYPES

#: A summary repr (``<GateRegistry: 10 gate pairs, …>``) fits on a line of a notebook.
SUMMARY_LENGTH = 200


def public_value_types() -> dict[str, type]:
    """Every attrs class named in a public module's ``__all__``, by its first public path."""
    found: dict[type, str] = {}
    modules = [dongdang.__name__] + [
        info.name
        for info in pkgutil.walk_packages(dongdang.__path__, f"{dongdang.__name__}.")
        if not any(part.startswith("_") for part in info.name.split("."))
    ]
    for name in modules:
        module = importlib.import_module(name)
        for public in getattr(module, "__all__", ()):
            value = getattr(module, public)
            if isinstance(value, type) and attrs.has(value):
                found.setdefault(value, f"{name}.{public}")
    return {path: kind for kind, path in found.items()}


PUBLIC = public_value_types()


def test_the_walk_finds_the_value_types_of_every_layer() -> None:
    # A walk that found nothing would let every test below pass vacuously.
    paths = set(PUBLIC)
    assert {"dongdang.Period", "dongdang.Figure", "dongdang.LegalReference"} <= paths
    assert {"dongdang.gates.GatePair", "dongdang.fees.FeeRecord", "dongdang.zoning.Area"} <= paths
    assert len(PUBLIC) >= 100


@pytest.mark.parametrize("path", sorted(PUBLIC))
def test_each_public_value_type_has_a_shared_strategy(path: str) -> None:
    assert PUBLIC[path] in VALUE_TYPES, f"tests/strategies.py has no strategy for {path}"


def test_every_strategy_is_of_a_public_value_type() -> None:
    assert set(VALUE_TYPES) <= set(PUBLIC.values())


def first_field(kind: type) -> str:
    return next(field.name for field in attrs.fields(kind) if not field.name.startswith("_"))


#: Faults of src/ these tests found, reported and left to the owners of the modules: a
#: fixed one makes its test pass, which fails it (strict), so that the entry goes.
KNOWN_FAULTS: dict[str, str] = {}
#: Not shrunk: a failure shows a drawn value at once, and the run stays short.
FAST = settings(
    max_examples=10,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def with_known_faults(paths: list[str]) -> list[Any]:
    return [
        pytest.param(path, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAULTS[path]))
        if path in KNOWN_FAULTS
        else path
        for path in paths
    ]


@pytest.mark.parametrize("path", with_known_faults(sorted(PUBLIC)))
@FAST
@given(data=st.data())
def test_instances_are_frozen_equal_after_pickling_and_shown_on_one_line(
    path: str, data: st.DataObject
) -> None:
    kind = PUBLIC[path]
    value = data.draw(VALUE_TYPES[kind], label=path)
    assert type(value) is kind
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, first_field(kind), None)
    clone = pickle.loads(pickle.dumps(value))  # noqa: S301 - our own object
    assert clone == value
    if kind.__hash__ is not None:
        assert hash(clone) == hash(value)
    # The unpickled object is whole: it shows, compares and pickles again as the original.
    shown = repr(clone)
    assert shown == repr(value)
    assert pickle.loads(pickle.dumps(clone)) == value  # noqa: S301 - our own object
    assert "\n" not in shown
    if shown.startswith("<"):
        assert len(shown) <= SUMMARY_LENGTH, shown
    else:
        assert shown.startswith(f"{kind.__name__}(")


FRAMED = sorted(
    path
    for path, kind in PUBLIC.items()
    if hasattr(kind, "to_frame") and hasattr(kind, "from_frame")
)


def frame_context(value: object) -> dict[str, Any]:
    """What ``from_frame`` needs that a frame does not carry: the documents records cite."""
    if isinstance(value, FeeCollections):
        cited = [record.source for record in value.records if record.source is not None]
        return {"sources": {source.id: source for source in cited}}
    if isinstance(value, TaskLog):
        return {"stated": value.stated}
    return {}


def test_the_types_with_frames_are_found() -> None:
    assert {"dongdang.fees.FeeCollections", "dongdang.zoning.LandBudget"} <= set(FRAMED)


@pytest.mark.parametrize("path", FRAMED)
@FAST
@given(data=st.data())
def test_an_exact_frame_reads_back_equal(path: str, data: st.DataObject) -> None:
    pytest.importorskip("pandas")
    kind: Any = PUBLIC[path]
    value = data.draw(VALUE_TYPES[kind], label=path)
    assert kind.from_frame(value.to_frame(exact=True), **frame_context(value)) == value
