"""The plans of a zone, by code, read from a plan file; the bundled plans."""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import TYPE_CHECKING, Any, final

import attrs

from dongdang._toml import Table, parse_toml, read_data_file
from dongdang._validators import find as _find
from dongdang._validators import optional_field_text
from dongdang.errors import DataFileError, InvalidTypeError, InvalidValueError
from dongdang.zoning._plans import Plan, _plans
from dongdang.zoning._reader import _cite_land_use, _listing, _read_registry, _version_tables

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Mapping, Sequence


def _file(value: str | None) -> str | None:
    return optional_field_text(value, "file")


@final
@attrs.frozen(kw_only=True)
class PlanRegistry:
    """The plans of a zone, by code.

    Attributes:
        plans: the plans, in a fixed order.
        file: the name of the file they were read from, if any.
    """

    plans: tuple[Plan, ...] = attrs.field(converter=_plans)
    file: str | None = attrs.field(default=None, converter=_file)

    def __repr__(self) -> str:
        return f"<PlanRegistry: {len(self.plans)} plans, from {self.file}>"

    def __attrs_post_init__(self) -> None:
        codes = [plan.code for plan in self.plans]
        for code in codes:
            if codes.count(code) > 1:
                raise InvalidValueError.duplicate("plan code", code)

    def plan(self, code: str) -> Plan:
        """The plan called ``code``.

        Raises:
            UnknownCodeError: there is no such plan.
        """
        return _find("plan", self.plans, code)

    @classmethod
    def loads(
        cls,
        text: str,
        *,
        name: str = "<string>",
        land_use: Mapping[tuple[str, str], Sequence[Mapping[str, Any]]]
        | Callable[
            [Mapping[tuple[str, str], bool]],
            Mapping[tuple[str, str], Sequence[Mapping[str, Any]]],
        ]
        | None = None,
    ) -> PlanRegistry:
        """Read plans from TOML text in the format of ``data/zoning.toml``.

        Args:
            text: the TOML text.
            name: how messages name the file.
            land_use: the ``land_use`` rows of versions the text gives none,
                by plan code and version code, each row as the TOML writes
                it (``code``, ``name``, ``english``, ``areas`` by year, an
                area as text or an :class:`Area`), and optionally the
                ``sources`` of the version's land budgets (keys of
                ``[sources]``, the same in every row of the version that
                names any), which become its ``facts.land_use``: merged into
                the versions before they are built, so that the checks of a
                version see them (a dataset's ``land_budgets`` table). Or a
                function giving those rows from what :func:`plan_versions`
                says of the text, so that the text is read once.

        Raises:
            DataFileError: the text is not TOML (duplicate keys included), a
                key is unknown or missing, or a value is refused; land budgets
                for a version the text does not have, or has budgets of its
                own; sources of a version's land budgets that disagree with
                each other or with its ``facts.land_use``; the message names
                the file and the place.
        """
        if not isinstance(text, str):
            raise InvalidTypeError.of(f"the text of {name}", "TOML text (a str)", text)
        document = parse_toml(text, name)
        versions = _version_tables(document)
        given = land_use(_listing(versions)) if callable(land_use) else land_use or {}
        for (plan, code), rows in given.items():
            version = versions.get((plan, code))
            if version is None:
                raise DataFileError.in_file(
                    name, f"land budgets given for version {code!r} of plan {plan!r}, not in it"
                )
            if "land_use" in version:
                raise DataFileError.in_file(
                    name,
                    f"version {code!r} of plan {plan!r} has land budgets here and in a "
                    "land-budgets table; keep one",
                )
            version["land_use"] = [dict(row) for row in rows]
            _cite_land_use(name, f"version {code!r} of plan {plan!r}", version)
        return _read_registry(Table(name, "", document), cls)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> PlanRegistry:
        """Read plans from a TOML file.

        Raises:
            DataFileError: the file cannot be read or is not a plan file.
        """
        return cls.loads(read_data_file(path), name=str(path))


@functools.cache
def lang_son_plans() -> PlanRegistry:
    """The bundled plans of the Đồng Đăng – Lạng Sơn zone, read once from ``data/zoning.toml``.

    >>> from dongdang.zoning import lang_son_plans
    >>> [plan.code for plan in lang_son_plans().plans]
    ['kkt-dong-dang', 'chi-ma', 'kcn-dong-banh']
    """
    text = files("dongdang.data").joinpath("zoning.toml").read_text("utf-8")
    return PlanRegistry.loads(text, name="zoning.toml")
