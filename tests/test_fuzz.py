"""Fuzzing every parser and loader: whatever the input, only DongDangErrors escape.

Random text, text built from the pieces reports are made of (digits, separators,
unit words, qualifiers, periods, legal numbers), and damaged copies of the
bundled TOML files go into every reader. A reader may accept the input or
refuse it with a :class:`~dongdang.errors.DongDangError`; anything else (a
``RecursionError``, a ``TypeError``, a ``decimal.Overflow``) fails the test.

The normal test run keeps this quick (see ``conftest.py``: ``dev`` and ``ci``);
``HYPOTHESIS_PROFILE=fuzz`` (``nox -s fuzz``) runs many more examples.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import tomllib
from decimal import Decimal
from importlib.resources import files
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dongdang
from dongdang import (
    DongDangError,
    LegalReference,
    Period,
    parse_amount,
    parse_number,
    parse_percent,
    parse_statements,
    read_figure,
    unit_phrase,
)
from dongdang._toml import dump_toml
from dongdang.exchange import ExchangeRateTable
from dongdang.fees import FeeSchedule
from dongdang.fees.collections import FeeLine
from dongdang.fees.vehicles import PayloadBracket
from dongdang.gates import GateRegistry
from dongdang.investment import PlanVersionKind
from dongdang.projects import Capital, Portfolio
from dongdang.tasks import TaskLog
from dongdang.trade.flows import Direction, HSCode, read_measure
from dongdang.trade.results import Granularity
from dongdang.units import unit_of
from dongdang.zoning import Area, PlanRegistry
from strategies import damaged_documents as shared_damaged_documents
from strategies import languages

if TYPE_CHECKING:
    from collections.abc import Callable

FUZZING = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
#: Loading a bundled file takes milliseconds: fewer examples in the normal run.
LOADER_EXAMPLES = settings.default.max_examples if FUZZING else 25
PARSER_EXAMPLES = settings.default.max_examples if FUZZING else 60
loader_settings = settings(
    max_examples=LOADER_EXAMPLES, suppress_health_check=[HealthCheck.too_slow], deadline=None
)
parser_settings = settings(max_examples=PARSER_EXAMPLES, deadline=None)

# -- text ------------------------------------------------------------------------------------

#: The pieces figure sentences are made of, to build text that reaches deep into the parsers.
PIECES = [
    *"0123456789",
    "278.718",
    "344,8",
    "1.000.000",
    "06/12",
    "1e999999",
    "9" * 40,
    "." * 3,
    ",",
    ".",
    "%",
    "-",
    "−",
    "/",
    "…",
    "–",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "đồng",
    "triệu đồng",
    "tỷ đồng",
    "nghìn tỷ đồng",
    "triệu USD",
    "USD",
    "ha",
    "km2",
    "lượt xe",
    "lượt",
    "xe",
    "container",
    "toa",
    "trên",
    "gần",
    "hơn",
    "dưới",
    "khoảng",
    "ước đạt",
    "đạt",
    "tăng",
    "giảm",
    "bằng",
    "so với cùng kỳ",
    "năm 2024",
    "năm",
    "tháng",
    "quý",
    "quý 5/2024",
    "6 tháng đầu năm",
    "9 tháng",
    "5 tháng đầu năm 2024",
    "từ ngày 01/01-31/5/2024",
    "31/02/2024",
    "trong đó",
    "gồm",
    ":",
    ";",
    "(",
    ")",
    "Nghị quyết",
    "10/2019/NQ-HĐND",
    "Quyết định số",
    "/QĐ-UBND",
    "Thông tư",
    "kế hoạch",
    "Thu phí",
    "Kim ngạch xuất nhập khẩu",
    "phí A",
    "phí B",
    "million",
    "billion",
    "VND",
    "per",
    "H1 2024",
    "2024",
    "Q3",
    "\u0301",  # a combining accent: NFC changes the length
    "\ufeff",
    "\x00",
    "𝟘",  # a non-ASCII digit
    "٣",
]
report_like = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
any_text = st.one_of(st.text(max_size=80), report_like)

PARSERS: dict[str, Callable[[str, str], object]] = {
    "parse_amount": parse_amount,
    "parse_number": parse_number,
    "parse_percent": parse_percent,
    "read_figure": read_figure,
    "parse_statements": parse_statements,
    "Period.parse": lambda text, _lang: Period.parse(text),
    "LegalReference.parse": lambda text, _lang: LegalReference.parse(text),
    "PayloadBracket.parse": lambda text, _lang: PayloadBracket.parse(text),
    "FeeLine.parse": lambda text, _lang: FeeLine.parse(text),
    "Area.parse": Area.parse,
    "Capital.read": Capital.read,
    "Direction.parse": lambda text, _lang: Direction.parse(text),
    "HSCode.parse": lambda text, _lang: HSCode.parse(text, vintage="HS2022"),
    "Granularity.parse": lambda text, _lang: Granularity.parse(text),
    "PlanVersionKind.parse": lambda text, _lang: PlanVersionKind.parse(text),
    "read_measure": lambda text, _lang: read_measure(text),
    "unit_of": lambda text, _lang: unit_of(text),
    "unit_phrase": unit_phrase,  # type: ignore[dict-item]
}


def _only_documented_errors(call: Callable[[], object]) -> None:
    with contextlib.suppress(DongDangError):
        call()


@pytest.mark.parametrize("parser", sorted(PARSERS))
@parser_settings
@given(text=any_text, lang=languages())
def test_a_parser_raises_only_documented_errors(parser: str, text: str, lang: str) -> None:
    _only_documented_errors(lambda: PARSERS[parser](text, lang))


@pytest.mark.parametrize("parser", sorted(PARSERS))
@parser_settings
@given(value=st.one_of(st.none(), st.integers(), st.binary(), st.lists(st.text(), max_size=2)))
def test_a_parser_given_another_type_raises_a_documented_error(parser: str, value: object) -> None:
    _only_documented_errors(lambda: PARSERS[parser](value, "vi"))  # type: ignore[arg-type]


# -- TOML --------------------------------------------------------------------------------------

RATES = """
[[rates]]
base = "USD"
quote = "VND"
rate = 25450
on = 2025-08-01
source = "a test rate"
"""


def _bundled(name: str) -> str:
    return files("dongdang.data").joinpath(name).read_text("utf-8")


LOADERS: dict[str, tuple[Callable[..., object], str]] = {
    "gates": (GateRegistry.loads, _bundled("gates.toml")),
    "fees": (FeeSchedule.loads, _bundled("fees_lang_son.toml")),
    "projects": (Portfolio.loads, _bundled("projects.toml")),
    "tasks": (TaskLog.loads, _bundled("tasks.toml")),
    "zoning": (PlanRegistry.loads, _bundled("zoning.toml")),
    "rates": (ExchangeRateTable.loads, RATES),
}
DOCUMENTS = {name: tomllib.loads(text, parse_float=Decimal) for name, (_, text) in LOADERS.items()}


def damaged_documents(name: str) -> st.SearchStrategy[str]:
    """The bundled document of ``name`` with up to three values replaced, added or removed."""
    return shared_damaged_documents(DOCUMENTS[name]).map(dump_toml)


@st.composite
def damaged_text(draw: st.DrawFn, name: str) -> str:
    """The TOML text of ``name`` with a slice cut, doubled or replaced by random text."""
    text = LOADERS[name][1]
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, min(len(text), start + 200)))
    action = draw(st.sampled_from(["cut", "double", "replace"]))
    if action == "cut":
        return text[:start] + text[end:]
    if action == "double":
        return text[:end] + text[start:end] + text[end:]
    return text[:start] + draw(st.text(max_size=20)) + text[end:]


@pytest.mark.parametrize("loader", sorted(LOADERS))
@loader_settings
@given(data=st.data())
def test_a_damaged_document_raises_only_documented_errors(loader: str, data: st.DataObject) -> None:
    text = data.draw(damaged_documents(loader))
    _only_documented_errors(lambda: LOADERS[loader][0](text, name="fuzz.toml"))


@pytest.mark.parametrize("loader", sorted(LOADERS))
@loader_settings
@given(data=st.data())
def test_damaged_toml_text_raises_only_documented_errors(loader: str, data: st.DataObject) -> None:
    text = data.draw(damaged_text(loader))
    _only_documented_errors(lambda: LOADERS[loader][0](text, name="fuzz.toml"))


@pytest.mark.parametrize("loader", sorted(LOADERS))
@parser_settings
@given(text=st.one_of(st.text(max_size=200), report_like))
def test_random_text_into_a_loader_raises_only_documented_errors(loader: str, text: str) -> None:
    _only_documented_errors(lambda: LOADERS[loader][0](text, name="fuzz.toml"))


def test_the_damage_reaches_the_loaders_checks() -> None:
    # A damaged document is still TOML: the loaders, not tomllib, see the damage.
    for name, document in DOCUMENTS.items():
        assert tomllib.loads(dump_toml(document), parse_float=Decimal) == document, name


# -- values of any type into the public functions ---------------------------------------------

#: Every public function of the package, with arguments of the types it documents.
FUNCTIONS: dict[str, tuple[Callable[..., object], tuple[object, ...]]] = {
    name: (getattr(dongdang, name), arguments)
    for name, arguments in {
        "amount": (5, "million_VND"),
        "attainment": (dongdang.amount(5, "VND"), dongdang.amount(8, "VND")),
        "audit": (parse_statements("Thu phí đạt 300 tỷ đồng."),),
        "cagr": (dongdang.amount(5, "VND"), dongdang.amount(8, "VND"), 2),
        "contribution_to_growth": (
            dongdang.amount(5, "VND"),
            dongdang.amount(4, "VND"),
            dongdang.amount(9, "VND"),
        ),
        "convert": (dongdang.amount(5, "million_VND"), "VND"),
        "describe": (parse_statements("Thu phí đạt 300 tỷ đồng.")[0], "vi"),
        "disbursement_ratio": (dongdang.amount(5, "VND"), dongdang.amount(8, "VND")),
        "format_amount": (dongdang.amount(5, "VND"), "triệu đồng", "vi", 1),
        "format_number": (Decimal(5), "vi", 1),
        "format_percent": (Decimal("0.5"), "vi", 1),
        "growth_rate": (dongdang.amount(5, "VND"), dongdang.amount(4, "VND")),
        "implied_base": (dongdang.amount(5, "VND"), Decimal("0.5")),
        "implied_previous": (dongdang.amount(5, "VND"), Decimal("0.5")),
        "parse_amount": ("5 tỷ đồng", "vi"),
        "parse_number": ("5", "vi"),
        "parse_percent": ("5%", "vi"),
        "parse_statements": ("Thu phí đạt 300 tỷ đồng.", "vi"),
        "read_figure": ("trên 5%", "vi"),
        "share": (dongdang.amount(5, "VND"), dongdang.amount(8, "VND")),
        "sum_amounts": ([dongdang.amount(5, "VND")], "VND"),
        "unit_phrase": ("million_VND", "vi"),
    }.items()
}
any_value = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.text(max_size=10),
    st.binary(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.dates(),
    st.builds(object),
    st.sampled_from([dongdang.amount(1, "USD"), dongdang.amount(-1, "ha"), Period.year(2024)]),
)


def test_every_public_function_is_fuzzed() -> None:
    functions = {name for name in dongdang.__all__ if inspect.isfunction(getattr(dongdang, name))}
    assert set(FUNCTIONS) == functions
    for name, (function, arguments) in FUNCTIONS.items():
        assert function(*arguments) is not None, name


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@parser_settings
@given(data=st.data())
def test_a_public_function_given_any_value_raises_only_documented_errors(
    name: str, data: st.DataObject
) -> None:
    function, arguments = FUNCTIONS[name]
    position = data.draw(st.integers(0, len(arguments) - 1))
    value = data.draw(any_value)
    changed = (*arguments[:position], value, *arguments[position + 1 :])
    _only_documented_errors(lambda: function(*changed))
