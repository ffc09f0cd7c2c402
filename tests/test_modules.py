"""Public homes: the split modules' names report their public package, as before the split."""

from __future__ import annotations

import functools
import importlib
import inspect
import pickle
import typing

import pytest

from dongdang._modules import public_home

#: The modules split into a package with private modules behind their public names.
SPLIT = (
    "dongdang.gates",
    "dongdang.fees.collections",
    "dongdang.tasks",
    "dongdang.projections",
    "dongdang.zoning",
    "dongdang.report",
    "dongdang.records",
    "dongdang.scenarios",
    "dongdang.trade.ledger",
)


def _made_here() -> tuple[type, object]:
    class Kind:
        pass

    def make() -> None:
        return None

    Kind.__module__ = make.__module__ = "pkg._part"
    return Kind, make


def test_classes_and_functions_defined_below_the_package_report_the_package() -> None:
    kind, make = _made_here()
    public_home("pkg", ["Kind", "make"], {"Kind": kind, "make": make})
    assert (kind.__module__, make.__module__) == ("pkg", "pkg")


def test_names_from_elsewhere_and_constants_are_left_alone() -> None:
    kind, make = _made_here()
    kind.__module__ = "other._part"
    public_home("pkg", ["Kind", "make", "LIMIT"], {"Kind": kind, "make": make, "LIMIT": 3})
    assert kind.__module__ == "other._part"
    assert make.__module__ == "pkg"  # type: ignore[attr-defined]


def test_a_cached_function_reports_the_package_too() -> None:
    @functools.cache
    def made() -> int:
        return 1

    made.__module__ = "pkg._part"
    public_home("pkg", ["made"], {"made": made})
    assert made.__module__ == "pkg"
    assert made() == 1


def test_a_sibling_package_of_a_similar_name_is_not_below_it() -> None:
    kind, _ = _made_here()
    kind.__module__ = "pkg2._part"
    public_home("pkg", ["Kind"], {"Kind": kind})
    assert kind.__module__ == "pkg2._part"


@pytest.mark.parametrize("name", SPLIT)
def test_every_public_class_and_function_of_a_split_module_reports_it(name: str) -> None:
    module = importlib.import_module(name)
    strays = [
        attribute
        for attribute in module.__all__
        if callable(value := getattr(module, attribute)) and value.__module__.startswith(name + ".")
    ]
    assert strays == []


@pytest.mark.parametrize("name", SPLIT)
def test_a_split_modules_classes_pickle_by_their_public_path(name: str) -> None:
    module = importlib.import_module(name)
    for attribute in module.__all__:
        value = getattr(module, attribute)
        if inspect.isclass(value) and value.__module__ == name:
            assert pickle.loads(pickle.dumps(value)) is value  # noqa: S301 - our own bytes


@pytest.mark.parametrize(
    "name",
    [
        name
        for name in SPLIT
        if name not in {"dongdang.tasks", "dongdang.report", "dongdang.records"}
    ],
)
def test_a_split_modules_annotations_resolve_where_its_classes_say_they_live(name: str) -> None:
    # typing.get_type_hints (used by the API pages, and by cattrs and the like) reads a
    # class's annotations in the module it reports. (dongdang.tasks keeps the datetime
    # of its annotations for the type checker alone, as before the split; so does
    # dongdang.report, its Language, Interval, Severity and DatasetInfo; and
    # dongdang.records, the Mapping of CrossingTable, so that its API page is unchanged.)
    module = importlib.import_module(name)
    for attribute in module.__all__:
        value = getattr(module, attribute)
        if inspect.isclass(value) and value.__module__ == name:
            hints = typing.get_type_hints(value)
            assert not [
                hint for hint in hints.values() if isinstance(hint, str | typing.ForwardRef)
            ]


def test_the_examples_of_a_moved_classs_methods_are_listed_for_doctest() -> None:
    class Kind:
        def shown(self) -> int:
            """>>> Kind().shown()
            1
            """
            return 1

        @classmethod
        def made(cls) -> Kind:
            """>>> Kind.made()"""
            return cls()

        @staticmethod
        def plain() -> None:
            """Without examples: nothing to run."""

        def inherited(self) -> None:
            """>>> 1"""

    Kind.__module__ = Kind.shown.__module__ = Kind.made.__func__.__module__ = "pkg._part"  # type: ignore[attr-defined]
    Kind.plain.__module__ = "pkg._part"
    # a method with examples defined elsewhere (a mixin's) is that module's to run
    Kind.inherited.__module__ = "other"
    namespace: dict[str, object] = {"Kind": Kind, "__test__": {"kept": "  >>> 2\n  2\n"}}
    public_home("pkg", ["Kind"], namespace)
    assert namespace["__test__"] == {
        "kept": "  >>> 2\n  2\n",
        "Kind.shown": Kind.shown,
        "Kind.made": Kind.made.__func__,  # type: ignore[attr-defined]
    }


def test_a_package_without_methods_with_examples_gets_no_test_dict() -> None:
    kind, make = _made_here()
    namespace: dict[str, object] = {"Kind": kind, "make": make}
    public_home("pkg", ["Kind", "make"], namespace)
    assert "__test__" not in namespace


@pytest.mark.parametrize("name", [*SPLIT, "dongdang.auditing", "dongdang.statements"])
def test_every_example_of_a_split_modules_methods_is_run_from_the_package(name: str) -> None:
    module = importlib.import_module(name)
    listed = getattr(module, "__test__", {})
    for attribute in module.__all__:
        value = getattr(module, attribute)
        if not (inspect.isclass(value) and value.__module__ == name):
            continue
        for member, item in vars(value).items():
            function = getattr(item, "__func__", item)
            if inspect.isfunction(function) and ">>>" in (function.__doc__ or ""):
                assert listed[f"{attribute}.{member}"] is function
