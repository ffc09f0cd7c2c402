"""Reading fee schedules from TOML: the format the docs describe, checked key by key.

Loading never runs code: the text is parsed by :mod:`tomllib` with
``parse_float=Decimal`` and every table is checked for unknown and missing
keys before the value objects validate their fields. Any error names the file
and the place in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final, cast

from dongdang._toml import Reader, parse_toml
from dongdang.errors import (
    DataFileError,
    DongDangError,
    OverlappingVersionsError,
)
from dongdang.fees.rates import Cap, Coefficient, MixedCargoRule, Rate, SplitRule
from dongdang.fees.versions import FeeVersion
from dongdang.legal import LegalKind, LegalReference

if TYPE_CHECKING:
    import tomllib
    from collections.abc import Callable, Mapping

    from dongdang.fees.schedule import FeeSchedule

__all__ = ["read_schedule"]

_SCHEDULE_KEYS: Final = ({"versions"}, {"name", "note"})
_VERSION_KEYS: Final = (
    {"id", "start", "legal"},
    {
        "end",
        "start_assumed",
        "notes",
        "rates",
        "coefficients",
        "cap",
        "mixed_cargo",
        "split",
    },
)
_LEGAL_KEYS: Final = (
    {"number"},
    {"kind", "issuer", "signed", "effective", "repealed", "replaced_by", "url", "summary"},
)
_RATE_KEYS: Final = ({"regime", "amount", "source"}, {"payload", "container", "goods", "note"})
_COEFFICIENT_KEYS: Final = (
    {"id", "factor", "source"},
    {"regimes", "goods", "journeys", "note"},
)
_CAP_KEYS: Final = ({"amount", "source"}, {"note"})
_MIXED_KEYS: Final = ({"rule", "source"}, {"note"})
_SPLIT_KEYS: Final = ({"collector", "source"}, {"note"})

_POSITION: Final = re.compile(r"\s*\(at line (?P<line>\d+), column (?P<column>\d+)\)$")


class _Reader(Reader):
    """Reads the TOML document of a fee schedule, naming the file and place of any error."""

    def keyed(self, value: object, where: str, keys: tuple[set[str], set[str]]) -> dict[str, Any]:
        """``value`` as a table holding all of the required keys and only those or the optional."""
        required, optional = keys
        return self.table(value, where, frozenset(required | optional), tuple(sorted(required)))

    def tables(self, value: object, where: str) -> list[object]:
        if not isinstance(value, list):
            self.fail(where, f"expected an array of tables, got {value!r}")
        return value

    def schedule(self, raw: Mapping[str, Any]) -> FeeSchedule:
        from dongdang.fees.schedule import FeeSchedule  # noqa: PLC0415 - the schedule imports us

        top = self.keyed(dict(raw), "the file", _SCHEDULE_KEYS)
        versions = [
            self.version(item, f"versions[{position}]")
            for position, item in enumerate(self.tables(top["versions"], "versions"))
        ]
        try:
            return FeeSchedule(versions=versions, name=top.get("name"))
        except OverlappingVersionsError as error:
            raise error.at(str(self.name)) from error
        except DongDangError as error:
            self.fail("the file", str(error))

    def version(self, value: object, where: str) -> FeeVersion:
        record = self.keyed(value, where, _VERSION_KEYS)
        label = f"{where} ({record['id']})"
        rates = [
            self.rate(item, f"{label}.rates[{position}]")
            for position, item in enumerate(self.tables(record.get("rates", []), f"{label}.rates"))
        ]
        coefficients = [
            self.coefficient(item, f"{label}.coefficients[{position}]")
            for position, item in enumerate(
                self.tables(record.get("coefficients", []), f"{label}.coefficients")
            )
        ]
        cap = self.provision(record, "cap", label, _CAP_KEYS, Cap)
        mixed = self.provision(record, "mixed_cargo", label, _MIXED_KEYS, MixedCargoRule)
        split = self.provision(record, "split", label, _SPLIT_KEYS, SplitRule)
        legal = self.legal(record["legal"], f"{label}.legal")
        return self.build(
            label,
            lambda: FeeVersion(
                id=record["id"],
                start=record["start"],
                end=record.get("end"),
                legal=legal,
                rates=rates,
                coefficients=coefficients,
                cap=cap,
                mixed_cargo=mixed,
                split=split,
                start_assumed=record.get("start_assumed", False),
                notes=record.get("notes", ()),
            ),
        )

    def provision(
        self,
        record: Mapping[str, Any],
        key: str,
        label: str,
        keys: tuple[set[str], set[str]],
        kind: Callable[..., Any],
    ) -> Any:  # noqa: ANN401 - a Cap, MixedCargoRule or SplitRule
        if key not in record:
            return None
        where = f"{label}.{key}"
        fields = self.keyed(record[key], where, keys)
        return self.build(where, lambda: kind(**fields))

    def legal(self, value: object, where: str) -> LegalReference:
        fields = dict(self.keyed(value, where, _LEGAL_KEYS))

        def make() -> LegalReference:
            kind = fields.pop("kind", None)
            return LegalReference(kind=_legal_kind(kind, fields["number"]), **fields)

        return self.build(where, make)

    def rate(self, value: object, where: str) -> Rate:
        fields = dict(self.keyed(value, where, _RATE_KEYS))
        if ("payload" in fields) == ("container" in fields):
            self.fail(where, "a rate row needs either 'payload' (a bracket) or 'container'")
        vehicle = fields.pop("payload") if "payload" in fields else fields.pop("container")
        return self.build(where, lambda: Rate(vehicle=vehicle, **fields))

    def coefficient(self, value: object, where: str) -> Coefficient:
        fields = self.keyed(value, where, _COEFFICIENT_KEYS)
        return self.build(where, lambda: Coefficient(**fields))


def _legal_kind(kind: object, number: str) -> LegalKind:
    if kind is None:
        return LegalReference.parse(number).kind
    return LegalKind.of(cast("str", kind))


def _toml_error(name: str, text: str, error: tomllib.TOMLDecodeError) -> DataFileError:
    message = str(error)
    position = _POSITION.search(message)
    if position is None:
        return DataFileError.in_file(name, f"not valid TOML: {message}")
    reason = message[: position.start()]
    number = int(position.group("line"))
    lines = text.splitlines()
    line = lines[number - 1].strip() if number <= len(lines) else ""
    if reason == "Cannot overwrite a value" and "=" in line:
        reason = f"duplicate key {line.split('=', 1)[0].strip()!r}"
    return DataFileError.in_file(name, f"line {number}: {reason}: {line!r}")


def read_schedule(text: str, name: str) -> FeeSchedule:
    """Build a schedule from the TOML ``text`` of the file called ``name``.

    Raises:
        DataFileError: the text is not TOML (duplicate keys included), a key
            is unknown or missing, or a value is refused; the message names
            the file and the place.
        OverlappingVersionsError: two versions overlap or duplicate each other.
    """
    raw = parse_toml(text, name, lambda error: _toml_error(name, text, error))
    return _Reader(name).schedule(raw)
