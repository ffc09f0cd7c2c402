"""The base of the TOML readers of the domain modules: a table that names its file and path."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import attrs

from dongdang.errors import DataFileError, DongDangError

if TYPE_CHECKING:
    import enum
    from collections.abc import Callable, Mapping

_T = TypeVar("_T")
_E = TypeVar("_E", bound="enum.Enum")


@attrs.frozen
class Table:
    """A TOML table being read, with the file and path its errors name."""

    file: str
    path: str
    data: Mapping[str, object]

    def where(self, key: str | None = None) -> str:
        """The dotted path of ``key`` in this table, or of the table itself."""
        path = self.path if key is None else f"{self.path}.{key}".lstrip(".")
        return path or "the top level"

    def fail(self, key: str | None, message: str) -> NoReturn:
        """Raise a DataFileError naming the file and the path of ``key``."""
        raise DataFileError(f"{self.file}: {self.where(key)}: {message}")

    def only(self, *keys: str) -> None:
        """Fail if the table holds a key other than ``keys``."""
        extra = sorted(set(self.data) - set(keys))
        if extra:
            self.fail(None, f"unexpected keys {extra}; expected some of {sorted(keys)}")

    def get(self, key: str, kind: type | tuple[type, ...], *, required: bool = False) -> Any:  # noqa: ANN401 - an instance of kind
        """The value of ``key``, checked to be a ``kind`` (a bool only where kind is bool)."""
        if key not in self.data:
            if required:
                self.fail(key, "missing")
            return None
        value = self.data[key]
        if not isinstance(value, kind) or isinstance(value, bool) is not (kind is bool):
            names = (
                kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            )
            self.fail(key, f"expected {names}, got {value!r}")
        if kind is dt.date and isinstance(value, dt.datetime):
            self.fail(key, f"expected a date, got the date-time {value!r}")
        return value

    def choice(self, key: str, kind: type[_E], *, required: bool = False) -> _E | None:
        """The member of ``kind`` whose code the text of ``key`` is, such as ``"not-found"``."""
        value = self.get(key, str, required=required)
        if value is None:
            return None
        options = {member.name.lower().replace("_", "-"): member for member in kind}
        if value not in options:
            self.fail(key, f"{value!r} is not one of {sorted(options)}")
        return options[value]

    def build(self, factory: Callable[..., _T], **fields: object) -> _T:
        """``factory(**fields)``, a domain error raised as a DataFileError naming the table."""
        try:
            return factory(**fields)
        except DongDangError as error:
            raise DataFileError(f"{self.file}: {self.where()}: {error}") from error


class Reader:
    """The base of a TOML document reader that names the file and place of any error."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, message: str) -> NoReturn:
        """Raise a DataFileError naming the file and ``where``."""
        raise DataFileError(f"{self.name}: {where}: {message}")

    def table(
        self,
        value: object,
        where: str,
        keys: frozenset[str] | None,
        required: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """``value`` as a table holding only ``keys`` (any, if None) and all of ``required``."""
        if not isinstance(value, dict):
            self.fail(where, f"expected a table, got {value!r}")
        unknown = [] if keys is None else sorted(set(value) - keys)
        if unknown:
            self.fail(where, f"unknown keys {unknown}; the keys are {sorted(keys or ())}")
        for key in required:
            if key not in value:
                self.fail(where, f"missing key {key!r}")
        return value

    def build(self, where: str, factory: Callable[..., _T], /, **fields: Any) -> _T:  # noqa: ANN401
        """``factory(**fields)``, a domain error raised as a DataFileError naming ``where``."""
        try:
            return factory(**fields)
        except DongDangError as error:
            self.fail(where, str(error))
