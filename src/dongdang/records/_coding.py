"""Shared coding helpers of the record tables: a table's label, a record built from a row."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import attrs

from dongdang.errors import DongDangError
from dongdang.legal import LegalReference
from dongdang.tables import _Collector as Collector
from dongdang.tables import _label as _table_label
from dongdang.tables import (
    _RowError,
)

if TYPE_CHECKING:
    from collections.abc import Callable


def _label(source: object, name: str | None) -> str:
    """``name``, or how messages name ``source`` (:func:`dongdang.tables._label`)."""
    return name if name is not None else _table_label(source)


def _build(
    problems: Collector,
    row: int,
    column: tuple[str, tuple[str, ...]],
    kind_of: Callable[..., Any],
    **values: Any,  # noqa: ANN401
) -> Any:  # noqa: ANN401
    """``kind_of(**values)``, or None with its refusal (:func:`_made`) a problem of ``row``."""
    try:
        return _made(column, kind_of, **values)
    except _RowError as refused:
        problems.add(row, refused.column, refused.message)
        return None


def _made(
    column: tuple[str, tuple[str, ...]],
    kind_of: Callable[..., Any],
    **values: Any,  # noqa: ANN401
) -> Any:  # noqa: ANN401
    """``kind_of(**values)``; a refusal raised as the row's error, naming a column.

    The error names the column of ``column[1]`` the message mentions first
    (as a word), else ``column[0]``.
    """
    try:
        return kind_of(**values)
    except DongDangError as error:
        text = str(error)
        words = re.findall(r"\w+", text)
        mentioned = [key for key in words if key in column[1]]
        raise _RowError(mentioned[0] if mentioned else column[0], text) from None


# -- capital plans ------------------------------------------------------------------------
def _citation(legal: LegalReference | None) -> str | None:
    if legal is None:
        return None
    text = legal.cite()
    cited = LegalReference.parse(text)
    if cited != legal:
        from dongdang.errors import DataFileError  # noqa: PLC0415 - rare

        extra = [
            field.name
            for field in attrs.fields(LegalReference)
            if getattr(legal, field.name) != getattr(cited, field.name)
        ]
        raise DataFileError.of_value(
            "legal",
            legal,
            f"must carry no more than its citation, not its {', '.join(extra)}",
            hint="a table keeps only the citation",
        )
    return text
