"""Only documented errors: each escape a reliability review found, as a table of bad inputs.

Every row gives a public function an input of the documented type (or of another
type) that once escaped as a bare ``RecursionError``, ``ValueError``,
``TypeError``, ``UnicodeDecodeError``, ``OSError``, ``decimal.Overflow`` or
``tokenize.TokenError``; each must now raise the documented DongDangError
subclass, with a message that names the input.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from dongdang import (
    DataFileError,
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    amount,
    cagr,
    convert,
    format_amount,
    format_number,
    parse_amount,
    parse_number,
    parse_percent,
    unit_phrase,
)
from dongdang._toml import MAX_FILE_BYTES, dump_toml
from dongdang.exchange import ExchangeRateTable
from dongdang.fees import FeeSchedule
from dongdang.gates import GateRegistry
from dongdang.projects import Portfolio
from dongdang.tasks import TaskLog
from dongdang.units import magnitude_in, sum_amounts, unit_of
from dongdang.zoning import PlanRegistry

if TYPE_CHECKING:
    from collections.abc import Callable

#: Every loader of TOML text, by the bundled file it reads (exchange rates have none).
LOADS: dict[str, Callable[..., object]] = {
    "gates.toml": GateRegistry.loads,
    "fees_lang_son.toml": FeeSchedule.loads,
    "projects.toml": Portfolio.loads,
    "tasks.toml": TaskLog.loads,
    "zoning.toml": PlanRegistry.loads,
    "rates.toml": ExchangeRateTable.loads,
}
LOAD: dict[str, Callable[..., object]] = {
    "gates.toml": GateRegistry.load,
    "fees_lang_son.toml": FeeSchedule.load,
    "projects.toml": Portfolio.load,
    "tasks.toml": TaskLog.load,
    "zoning.toml": PlanRegistry.load,
    "rates.toml": ExchangeRateTable.load,
}


def bundled(name: str) -> dict[str, Any]:
    """The document of a bundled data file."""
    text = files("dongdang.data").joinpath(name).read_text("utf-8")
    return tomllib.loads(text, parse_float=Decimal)


# -- TOML text no loader can hold ----------------------------------------------------------

HOSTILE_TOML = {
    "nested 1 000 deep": ("x = " + "[" * 1000 + "]" * 1000, "nested too deeply"),
    "nested 100 000 deep": ("x = " + "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "inline tables nested deep": ("x = " + "{a = " * 1000 + "1" + "}" * 1000, "nested too deeply"),
    "an integer of 4 301 digits": ("x = " + "9" * 4301, "not valid TOML"),
    "a negative integer of 5 000 digits": ("x = -" + "1" * 5000, "not valid TOML"),
}


@pytest.mark.parametrize("loader", sorted(LOADS))
@pytest.mark.parametrize(("text", "shown"), HOSTILE_TOML.values(), ids=HOSTILE_TOML)
def test_hostile_toml_is_a_data_file_error_naming_the_file(
    loader: str, text: str, shown: str
) -> None:
    with pytest.raises(DataFileError) as caught:
        LOADS[loader](text, name="hostile.toml")
    assert str(caught.value).startswith("hostile.toml: ")
    assert shown in str(caught.value)


# -- documents of the wrong shape ----------------------------------------------------------


def _task_citing_a_list() -> str:
    document = bundled("tasks.toml")
    document["stated"]["seed-004-ioffice"]["cite"] = ["seed-004"]
    return dump_toml(document)


def _plan_citing_a_nested_list() -> str:
    document = bundled("zoning.toml")
    document["plans"]["kkt-dong-dang"]["sources"] = [["soxd-630"]]
    return dump_toml(document)


WRONG_SHAPES: dict[str, tuple[Callable[..., object], Callable[[], str], str]] = {
    "portfolio sources = 5": (Portfolio.loads, lambda: "sources = 5", "sources: expected a table"),
    "portfolio sources = true": (
        Portfolio.loads,
        lambda: "sources = true",
        "sources: expected a table",
    ),
    "portfolio sources = [[…]]": (
        Portfolio.loads,
        lambda: 'sources = [["a"]]',
        "sources: expected a table",
    ),
    "task cite = ['seed-004']": (
        TaskLog.loads,
        _task_citing_a_list,
        "stated.seed-004-ioffice.cite: expected the key of a source (str), got ['seed-004']",
    ),
    "zoning sources = [['soxd-630']]": (
        PlanRegistry.loads,
        _plan_citing_a_nested_list,
        "sources: expected a list of strings, got [['soxd-630']]",
    ),
}


@pytest.mark.parametrize(("load", "text", "shown"), WRONG_SHAPES.values(), ids=WRONG_SHAPES)
def test_a_wrong_shape_is_a_data_file_error_naming_the_place(
    load: Callable[..., object], text: Callable[[], str], shown: str
) -> None:
    with pytest.raises(DataFileError) as caught:
        load(text(), name="shape.toml")
    assert str(caught.value).startswith("shape.toml: ")
    assert shown in str(caught.value)


# -- files that cannot be read ---------------------------------------------------------------


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "missing.toml"


def _directory(tmp_path: Path) -> Path:
    path = tmp_path / "folder.toml"
    path.mkdir()
    return path


def _latin(tmp_path: Path) -> Path:
    path = tmp_path / "latin.toml"
    path.write_bytes(b"name = 'H\xfbu Ngh\xec'\n")
    return path


def _oversize(tmp_path: Path) -> Path:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.write(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (_missing, "cannot be read: No such file or directory"),
    "a directory": (_directory, "cannot be read: Is a directory"),
    "not UTF-8": (_latin, "cannot be read: not UTF-8 text (byte 0xfb at 9)"),
    "beyond the size limit": (_oversize, "cannot be read: larger than 10 MB"),
}


@pytest.mark.parametrize("loader", sorted(LOAD))
@pytest.mark.parametrize(("make", "shown"), BAD_FILES.values(), ids=BAD_FILES)
def test_an_unreadable_file_is_a_data_file_error_naming_it(
    tmp_path: Path, loader: str, make: Callable[[Path], Path], shown: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(DataFileError) as caught:
        LOAD[loader](path)
    assert str(caught.value).startswith(f"{path}: ")
    assert shown in str(caught.value)


def test_reading_a_device_stops_at_the_size_limit() -> None:
    zero = Path("/dev/zero")
    if not zero.exists():  # pragma: no cover - every POSIX system has it
        pytest.skip("no /dev/zero")
    with pytest.raises(DataFileError, match=r"/dev/zero: cannot be read: larger than 10 MB"):
        GateRegistry.load(zero)


@pytest.mark.parametrize("loader", sorted(LOAD))
@pytest.mark.parametrize("path", [None, 5, b"gates.toml", ["gates.toml"]])
def test_a_path_of_another_type_is_an_invalid_type_error(loader: str, path: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"path must be a str or a path, got "):
        LOAD[loader](path)


# -- unit strings --------------------------------------------------------------------------

HOSTILE_UNITS = ["10^10^6", "VND/0", "VND*2", "(VND", "VND)", "2 VND", "VND**", "((((" * 300]
UNIT_TAKERS: dict[str, Callable[[str], object]] = {
    "amount": lambda unit: amount(1, unit),
    "convert": lambda unit: convert(amount(1, "million_VND"), unit),
    "format_amount": lambda unit: format_amount(amount(1, "million_VND"), unit),
    "magnitude_in": lambda unit: magnitude_in(amount(1, "million_VND"), unit),
    "sum_amounts": lambda unit: sum_amounts([amount(1, "million_VND")], unit),
    "unit_of": unit_of,
}


@pytest.mark.parametrize("taker", sorted(UNIT_TAKERS))
@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_a_unit_string_that_is_no_unit_is_an_invalid_value_error_naming_it(
    taker: str, unit: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        UNIT_TAKERS[taker](unit)
    assert repr(unit)[:40] in str(caught.value)


@pytest.mark.parametrize("taker", sorted(UNIT_TAKERS))
@pytest.mark.parametrize("unit", [5, b"VND", ["VND"], 1.5])
def test_a_unit_of_another_type_is_an_invalid_type_error(taker: str, unit: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"unit must be a str or a Unit, got ") as caught:
        UNIT_TAKERS[taker](unit)  # type: ignore[arg-type]
    assert repr(unit) in str(caught.value)


QUANTITY_TAKERS: dict[str, Callable[[object], object]] = {
    "convert": lambda value: convert(value, "VND"),  # type: ignore[arg-type]
    "format_amount": lambda value: format_amount(value, "VND"),  # type: ignore[arg-type]
    "magnitude_in": lambda value: magnitude_in(value, "VND"),  # type: ignore[arg-type]
    "sum_amounts": lambda value: sum_amounts([value]),  # type: ignore[list-item]
}


@pytest.mark.parametrize("taker", sorted(QUANTITY_TAKERS))
@pytest.mark.parametrize(
    ("value", "shown"), [(5, "5"), ("5 VND", "'5 VND'"), (Decimal(5), "5"), (None, "None")]
)
def test_a_number_where_a_quantity_goes_is_an_invalid_type_error(
    taker: str, value: object, shown: str
) -> None:
    with pytest.raises(InvalidTypeError) as caught:
        QUANTITY_TAKERS[taker](value)
    assert str(caught.value).endswith(f"got {shown}")


# -- magnitudes beyond the library's limit ---------------------------------------------------

BEYOND = {
    "10^1001 đồng": (parse_amount, "1" + "0" * 1001 + " đồng"),
    "10^-1001 đồng": (parse_amount, "0," + "0" * 1000 + "1 đồng"),
    "10^1001 percent": (parse_percent, "1" + "0" * 1001 + "%"),
    "a percent of 10^-999 (a fraction of 10^-1001)": (parse_percent, "0," + "0" * 998 + "1%"),
    "a bare 10^1001": (parse_number, "1" + "0" * 1001),
}


@pytest.mark.parametrize(("parse", "text"), BEYOND.values(), ids=BEYOND)
def test_a_magnitude_beyond_the_limit_is_a_parse_error(
    parse: Callable[[str], object], text: str
) -> None:
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert caught.value.text == text
    assert "outside 1e-1000 to 1e1000 in size" in str(caught.value)


@pytest.mark.parametrize(
    ("parse", "text"),
    [
        (parse_amount, "1" + "0" * 1000 + " đồng"),
        (parse_percent, "0," + "0" * 997 + "1%"),
        (parse_number, "0," + "0" * 999 + "1"),
    ],
)
def test_a_magnitude_at_the_limit_is_read(parse: Callable[[str], object], text: str) -> None:
    assert parse(text)


# -- arguments of another type -----------------------------------------------------------------

WRONG_TYPES: dict[str, tuple[Callable[[], object], str]] = {
    "parse_amount lang=['vi']": (lambda: parse_amount("5 đồng", ["vi"]), "['vi']"),  # type: ignore[arg-type]
    "format_number lang={}": (lambda: format_number(5, {}), "{}"),  # type: ignore[arg-type]
    "unit_phrase(None)": (lambda: unit_phrase(None), "None"),  # type: ignore[arg-type]
    "format_amount unit=5": (lambda: format_amount(amount(1, "VND"), 5), "5"),  # type: ignore[arg-type]
    "sum_amounts(5)": (lambda: sum_amounts(5), "5"),  # type: ignore[arg-type]
    "sum_amounts(a quantity)": (
        lambda: sum_amounts(amount(1, "VND")),  # type: ignore[arg-type]
        "got 1 VND",
    ),
}


@pytest.mark.parametrize(("call", "shown"), WRONG_TYPES.values(), ids=WRONG_TYPES)
def test_an_argument_of_another_type_is_an_invalid_type_error(
    call: Callable[[], object], shown: str
) -> None:
    with pytest.raises(InvalidTypeError) as caught:
        call()
    assert shown in str(caught.value)


# -- numbers beyond what can be computed -------------------------------------------------------

BEYOND_COMPUTING: dict[str, tuple[Callable[[], object], str]] = {
    "cagr over 2e-16 years (a factor of 10^(9e14))": (
        lambda: cagr(5, 8, 2.220446049250313e-16),
        "growth factor (last / first) ** (1 / years) must lie between",
    ),
    "cagr of a fall over 1e-16 years (a factor of 10^-(2e15))": (
        lambda: cagr(8, 5, 1e-16),
        "growth factor (last / first) ** (1 / years) must lie between",
    ),
    "cagr over 1e-300 years (decimal.Overflow)": (
        lambda: cagr(5, 8, 1e-300),
        "overflow, got 1e-300",
    ),
    "format_number with 2 000 055 decimals (decimal.InvalidOperation)": (
        lambda: format_number(Decimal("0.000005"), "vi", 2_000_055),
        "decimals must be an int from 0 to 1000, got 2000055",
    ),
}


@pytest.mark.parametrize(("call", "shown"), BEYOND_COMPUTING.values(), ids=BEYOND_COMPUTING)
def test_a_result_beyond_the_number_policy_is_an_invalid_value_error(
    call: Callable[[], object], shown: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        call()
    assert shown in str(caught.value)
