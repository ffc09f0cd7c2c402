"""The documents records cite: the sources table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from dongdang.provenance import Source
from dongdang.tables import (
    Column,
    Problem,
    TableError,
    read_table,
)

if TYPE_CHECKING:
    from collections.abc import Mapping


#: The columns of the sources table.
SOURCE_COLUMNS: Final = (
    Column("id", "text"),
    Column("title", "text"),
    Column("file", "text"),
    Column("event", "date", required=False),
    Column("published", "date", required=False),
)


def read_sources(table: object, *, name: str | None = None) -> dict[str, Source]:
    """The documents of a sources table, by id.

    Raises:
        TableError: a bad cell, or an id given twice.
    """
    columns = read_table(table, SOURCE_COLUMNS, name=name)
    read: dict[str, Source] = {}
    for index, key in enumerate(columns["id"]):
        if key in read:
            file = name if name is not None else str(table)
            raise TableError(
                file,
                [
                    Problem(
                        file=file,
                        row=index + 2,
                        column="id",
                        message=f"the id {key!r} is given twice",
                    )
                ],
            )
        read[key] = Source(
            id=key,
            title=columns["title"][index],
            file=columns["file"][index],
            event=columns["event"][index],
            published=columns["published"][index],
        )
    return read


def _source_columns(sources: Mapping[str, Source]) -> dict[str, list[Any]]:
    items = list(sources.values())
    return {
        "id": [source.id for source in items],
        "title": [source.title for source in items],
        "file": [source.file for source in items],
        "event": [source.event for source in items],
        "published": [source.published for source in items],
    }
