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
    "dongdang.dataset",
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


@pytest.mark.parametrize("name", SPLIT)
def test_no_class_or_function_of_a_split_module_names_a_private_module_as_home(name: str) -> None:
    # Pickles name a class by its home: private classes held inside public objects
    # (a crossing table's coded columns) and public functions outside __all__ must
    # report the package too, or pickles made before the split no longer load.
    package = importlib.import_module(name)
    homes = {
        attribute: value.__module__
        for attribute, value in vars(package).items()
        if inspect.isclass(value) or (inspect.isfunction(value) and not attribute.startswith("_"))
    }
    private = sorted(
        f"{home}.{attribute}" for attribute, home in homes.items() if home.startswith(name + ".")
    )
    assert private == []


#: ``pickle.dumps(CrossingTable.empty(), protocol=4)`` made by dongdang before
#: ``records`` became a package (its coded text columns named ``dongdang.records._Coded``).
_CROSSINGS_PICKLED_BEFORE_THE_SPLIT = bytes.fromhex(
    "800495bd010000000000008c10646f6e6764616e672e7265636f726473948c0d43726f7373696e67"
    "5461626c659493942981947d94288c0464617465948c166e756d70792e5f636f72652e6d756c7469"
    "6172726179948c0c5f7265636f6e7374727563749493948c056e756d7079948c076e646172726179"
    "9493944b0085944301629487945294284b014b00859468098c0564747970659493948c024d389489"
    "8887945294284b048c013c944e4e4e4affffffff4affffffff4b004e28430144944b014b014b0174"
    "948694749462894300947494628c077061796c6f6164946808680b4b008594680d87945294284b01"
    "4b00859468128c02663894898887945294284b0368164e4e4e4affffffff4affffffff4b00749462"
    "89681b7494628c055f74657874947d94288c06726567696d659468008c065f436f64656494939429"
    "81947d94288c05636f646573946808680b4b008594680d87945294284b014b00859468128c026938"
    "94898887945294284b0368164e4e4e4affffffff4affffffff4b0074946289681b7494628c057465"
    "787473942975628c05676f6f647394682c8c09636f6e7461696e657294682c8c076a6f75726e6579"
    "94682c8c046761746594682c7575622e"
)


def test_a_crossing_table_pickled_before_the_split_loads_equal() -> None:
    from dongdang.records import CrossingTable  # noqa: PLC0415

    assert b"dongdang.records" in _CROSSINGS_PICKLED_BEFORE_THE_SPLIT
    loaded = pickle.loads(_CROSSINGS_PICKLED_BEFORE_THE_SPLIT)  # noqa: S301 - our own bytes
    assert loaded == CrossingTable.empty()
    assert b"dongdang.records._crossings" not in pickle.dumps(loaded)
