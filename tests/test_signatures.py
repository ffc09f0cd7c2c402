"""Constructor signatures: every public class says what it accepts, never ``object``.

attrs puts the first parameter's type of a field's converter into ``__init__``, so a
converter typed ``object`` makes ``GatePair(code=1)`` pass the type checker and shows
``object`` in the rendered docs. This walks the public modules' ``__all__``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil

import attrs
import pytest

import dongdang
from dongdang.dataset import Dataset
from dongdang.gates import GatePair
from dongdang.scenarios import ChangeLand

#: Parameters that accept anything on purpose, with the reason.
ACCEPT_ANYTHING: frozenset[tuple[str, str]] = frozenset(
    {
        # The value an unknown-code error carries is whatever the caller gave.
        ("dongdang.errors.UnknownCodeError", "value"),
        # So is the value a wrong-type error carries.
        ("dongdang.errors.InvalidTypeError", "value"),
        # And the input any error built from its data carries.
        ("dongdang.errors.InvalidValueError", "value"),
        # The value an input is compared with (a start, a base year) is of the input's kind.
        ("dongdang.errors.InvalidValueError", "bound"),
        ("dongdang.errors.RateNotFoundError", "value"),
        ("dongdang.errors.UndefinedRatioError", "value"),
        ("dongdang.errors.UnitMismatchError", "value"),
    }
)


def _public_modules() -> list[str]:
    found = pkgutil.walk_packages(dongdang.__path__, "dongdang.")
    return ["dongdang"] + [
        info.name
        for info in found
        if not any(part.startswith("_") for part in info.name.split(".")[1:])
    ]


def _public_classes() -> dict[str, type]:
    classes: dict[str, type] = {}
    for name in _public_modules():
        module = importlib.import_module(name)
        for attribute in getattr(module, "__all__", ()):
            value = getattr(module, attribute)
            if inspect.isclass(value):
                classes[f"{value.__module__}.{value.__qualname__}"] = value
    return classes


def _mentions_object(annotation: object) -> bool:
    if annotation is object:
        return True
    if isinstance(annotation, str):
        return "object" in {part.strip() for part in annotation.split("|")}
    return False


def test_the_walk_finds_the_value_classes() -> None:
    classes = _public_classes()
    assert "dongdang.gates.GatePair" in classes
    assert "dongdang.fees.versions.FeeVersion" in classes


@pytest.mark.parametrize("qualname", sorted(_public_classes()))
def test_no_constructor_parameter_is_typed_object(qualname: str) -> None:
    kind = _public_classes()[qualname]
    try:
        signature = inspect.signature(kind)
    except (TypeError, ValueError):  # a builtin-backed class without a signature
        return
    loose = [
        name
        for name, parameter in signature.parameters.items()
        if _mentions_object(parameter.annotation) and (qualname, name) not in ACCEPT_ANYTHING
    ]
    assert loose == [], f"{qualname}({', '.join(loose)}) typed object"


def test_a_converter_type_reaches_the_signature() -> None:
    parameters = inspect.signature(GatePair).parameters
    assert parameters["code"].annotation in {str, "str"}
    assert parameters["aliases"].annotation == "tuple[str, ...] | list[str]"


@pytest.mark.parametrize("qualname", sorted(_public_classes()))
def test_no_constructor_default_renders_as_attrs_nothing(qualname: str) -> None:
    # attrs writes a factory default as NOTHING, which tells a reader nothing:
    # an optional parameter shows a real default (None for "none given").
    try:
        signature = inspect.signature(_public_classes()[qualname])
    except (TypeError, ValueError):  # a builtin-backed class without a signature
        return
    hidden = [
        name
        for name, parameter in signature.parameters.items()
        if parameter.default is attrs.NOTHING or "NOTHING" in repr(parameter.default)
    ]
    assert hidden == [], f"{qualname}({', '.join(hidden)}) defaults to NOTHING"
    assert "NOTHING" not in str(signature)


def test_an_optional_mapping_or_table_defaults_to_none_and_means_empty(
    bare_dataset: Dataset,
) -> None:
    parameters = inspect.signature(ChangeLand).parameters
    assert parameters["by"].default is None
    assert parameters["hectares"].default is None
    change = ChangeLand(id="c", start=dt.date(2025, 1, 1), vi="Đổi", en="Change", by={"a": 1})
    assert (change.by, change.hectares) == ({"a": 1}, {})
    assert inspect.signature(Dataset).parameters["trade"].default is None
    assert bare_dataset.sources == {} == bare_dataset.figures
    assert len(bare_dataset.fee_collections.records) == 0
    assert len(bare_dataset.exchange_rates.rates) == 0
    assert len(bare_dataset.crossings) == 0
    assert list(bare_dataset.trade) == []
