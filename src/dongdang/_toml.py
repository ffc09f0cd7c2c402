"""The base of the TOML readers of the domain modules: a table that names its file and path."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import tomllib
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, NoReturn, Self, TypeVar, cast

import attrs

from dongdang.errors import DataFileError, DongDangError, InvalidTypeError

if TYPE_CHECKING:
    import enum
    from collections.abc import Callable, Iterable, Mapping

    from dongdang.legal import LegalReference
    from dongdang.provenance import Citation

_T = TypeVar("_T")
_E = TypeVar("_E", bound="enum.Enum")

#: The largest data file a loader reads, in bytes: far beyond any data file of the
#: zone, small enough that a wrong path (a device, a dump) is refused at once.
MAX_FILE_BYTES: Final = 10 * 1024 * 1024


def parse_toml(
    text: str,
    name: str,
    not_toml: Callable[[tomllib.TOMLDecodeError], DataFileError] | None = None,
) -> dict[str, Any]:
    """The document of the TOML ``text`` of the file called ``name``, floats as Decimals.

    Whatever the text, the only error is a :class:`DataFileError` naming ``name``:
    ``not_toml`` words the message of a syntax error (default: "not valid TOML").
    Nesting too deep for Python's stack and integers of more digits than Python
    converts are refused as well.

    >>> parse_toml("x = " + "[" * 5000 + "]" * 5000, "deep.toml")
    Traceback (most recent call last):
    ...
    dongdang.errors.DataFileError: deep.toml: nested too deeply to be read ...
    """
    try:
        return tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        if not_toml is not None:
            raise not_toml(error) from error
        raise DataFileError.in_file(name, f"not valid TOML: {error}") from error
    except RecursionError:
        raise DataFileError.in_file(
            name, "nested too deeply to be read (arrays or tables inside each other)"
        ) from None
    except ValueError as error:  # an integer beyond int()'s digit limit
        raise DataFileError.in_file(name, f"not valid TOML: {error}") from None


def read_data_file(path: str | os.PathLike[str]) -> str:
    """The UTF-8 text of the data file ``path``, or a DataFileError naming it.

    Missing files, directories, unreadable files, files beyond
    :data:`MAX_FILE_BYTES` and files that are not UTF-8 are all refused.
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidTypeError.of("a data file's path", "a str or a path", path)
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:  # noqa: PTH123 - any path-like, as the caller has it
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise DataFileError.in_file(name, f"cannot be read: {reason}") from None
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise DataFileError.in_file(
            name, f"cannot be read: larger than {limit} MB, a data file's limit"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = f"byte {data[error.start]:#04x} at {error.start}"
        raise DataFileError.in_file(name, f"cannot be read: not UTF-8 text ({byte})") from None


def unknown_keys(unknown: Iterable[str], keys: Iterable[str]) -> str:
    """The one wording, for every registry file, of the keys a table should not hold.

    >>> unknown_keys({"colour"}, ["name", "code"])
    "unknown keys ['colour']; the keys are ['code', 'name']"
    """
    return f"unknown keys {sorted(unknown)}; the keys are {sorted(keys)}"


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
        raise DataFileError.in_file(self.file, str(message), where=self.where(key))

    def only(self, *keys: str) -> None:
        """Fail if the table holds a key other than ``keys``."""
        extra = set(self.data) - set(keys)
        if extra:
            self.fail(None, unknown_keys(extra, keys))

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
            raise DataFileError.in_file(self.file, str(error), where=self.where()) from error

    # -- the readers every registry file shares ----------------------------------------

    def text(self, key: str) -> str:
        """The text of the required ``key``."""
        value = self.get(key, str, required=True)
        assert isinstance(value, str)  # noqa: S101 - get() checked it
        return value

    def optional_text(self, key: str) -> str | None:
        """The text of ``key``, or None where the table lacks it."""
        value = self.get(key, str)
        return value if isinstance(value, str) else None

    def texts(self, key: str) -> list[str] | None:
        """The list of texts of ``key``, or None where the table lacks it."""
        value = self.get(key, list)
        if value is None:
            return None
        assert isinstance(value, list)  # noqa: S101 - get() checked it
        if not all(isinstance(item, str) for item in value):
            self.fail(key, f"expected a list of strings, got {value!r}")
        return value

    def table(self, key: str, *, required: bool = False) -> Self | None:
        """The table ``[key]`` inside this one, or None where it lacks it."""
        value = self.get(key, dict, required=required)
        if value is None:
            return None
        assert isinstance(value, dict)  # noqa: S101 - get() checked it
        return type(self)(self.file, self.where(key), value)

    def tables(self, key: str) -> list[Self]:
        """The tables of the array ``[[key]]``, each naming its place ``key[i]``."""
        value = self.get(key, list)
        if value is None:
            return []
        assert isinstance(value, list)  # noqa: S101 - get() checked it
        if not all(isinstance(item, dict) for item in value):
            self.fail(key, "expected an array of tables")
        where = self.where(key)
        return [type(self)(self.file, f"{where}[{i}]", item) for i, item in enumerate(value)]

    def named_tables(self, key: str, *fields: str) -> list[tuple[str, Self]]:
        """The tables of ``[key.NAME]`` by name, each checked to hold only ``fields``."""
        table = self.table(key)
        named = []
        for name in [] if table is None else table.data:
            assert table is not None  # noqa: S101 - the loop is empty otherwise
            inner = table.get(name, dict, required=True)
            assert isinstance(inner, dict)  # noqa: S101 - get() checked it
            named.append((name, type(self)(self.file, table.where(name), inner)))
            named[-1][1].only(*fields)
        return named

    def cited(self, key: str, sources: Mapping[str, Citation]) -> list[Citation]:
        """The sources the keys listed in ``key`` cite, each one of ``sources`` (``[sources]``)."""
        keys = self.texts(key) or []
        for name in keys:
            if name not in sources:
                self.fail(key, f"cites {name!r}, which is not in [sources]")
        return [sources[name] for name in keys]

    def legal(self, key: str = "legal") -> LegalReference | None:
        """The legal instrument ``key`` names: its citation, or a table of it.

        The table holds ``cite`` (the citation as written) and, optionally, the
        ``issuer`` the citation omits, the ``url`` of its text and a ``summary``.
        """
        from dongdang.legal import LegalReference  # noqa: PLC0415 - on demand, as in loads

        value = self.get(key, (str, dict))
        if isinstance(value, str):
            return self.build(LegalReference.parse, text=value)
        legal = self.table(key)
        if legal is None:
            return None
        legal.only("cite", "issuer", "url", "summary")
        reference = legal.build(LegalReference.parse, text=legal.text("cite"))
        return legal.build(
            functools.partial(attrs.evolve, reference),
            issuer=legal.optional_text("issuer") or reference.issuer,
            url=legal.optional_text("url"),
            summary=legal.optional_text("summary"),
        )


class Reader:
    """The base of a TOML document reader that names the file and place of any error."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, message: str) -> NoReturn:
        """Raise a DataFileError naming the file and ``where``."""
        raise DataFileError.in_file(self.name, str(message), where=where)

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
        unknown = set() if keys is None else set(value) - keys
        if unknown:
            self.fail(where, unknown_keys(unknown, keys or ()))
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


# -- writing a document back ------------------------------------------------------------

_BARE_KEY: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def dump_toml(document: Mapping[str, object]) -> str:
    """The TOML text of a document as :func:`parse_toml` reads it, tables under headers.

    Values first, then each table under its ``[header]`` and each array of
    tables under its ``[[header]]``; other arrays and the tables inside them
    are written inline. ``parse_toml(dump_toml(document), name) == document``
    for every document ``parse_toml`` returns; comments and layout of the text
    it was read from are not kept.

    >>> print(dump_toml({"title": "Quy hoạch", "plans": {"p": {"versions": [{"code": "v1"}]}}}))
    title = "Quy hoạch"
    <BLANKLINE>
    [[plans.p.versions]]
    code = "v1"
    <BLANKLINE>
    """
    lines: list[str] = []
    _dump_table(document, (), lines)
    return "\n".join(lines).lstrip("\n") + "\n"


def _is_table_array(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(i, dict) for i in value)


def _dump_table(table: Mapping[str, object], path: tuple[str, ...], lines: list[str]) -> None:
    inner = [key for key, value in table.items() if isinstance(value, dict)]
    arrays = [key for key, value in table.items() if _is_table_array(value)]
    lines.extend(
        f"{_toml_key(key)} = {_toml_value(value)}"
        for key, value in table.items()
        if key not in inner and key not in arrays
    )
    for key in inner:
        value = cast("Mapping[str, object]", table[key])
        if not value or not all(
            isinstance(item, dict) or _is_table_array(item) for item in value.values()
        ):
            lines.extend(("", f"[{_toml_path((*path, key))}]"))  # else implied by its tables
        _dump_table(value, (*path, key), lines)
    for key in arrays:
        for item in cast("list[Mapping[str, object]]", table[key]):
            lines.extend(("", f"[[{_toml_path((*path, key))}]]"))
            _dump_table(item, (*path, key), lines)


def _toml_path(path: tuple[str, ...]) -> str:
    return ".".join(_toml_key(key) for key in path)


def _toml_key(key: str) -> str:
    return key if key and set(key) <= _BARE_KEY else _toml_string(key)


def _toml_string(text: str) -> str:
    # JSON's escapes are TOML's, except for DEL, which TOML wants escaped too.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value: object) -> str:  # noqa: PLR0911 - one branch per TOML type
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return _toml_float(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise InvalidTypeError.of("value", "a value of a TOML document", value)


def _toml_float(value: Decimal) -> str:
    if value.is_nan():
        return "nan"
    if value.is_infinite():
        return "-inf" if value.is_signed() else "inf"
    text = str(value)
    return text if "." in text or "E" in text else f"{text}.0"
