"""The projects as tables, read instead of ``projects.toml``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from dongdang.dataset._layout import (
    PROJECT_FILES,
    _table_file,
)
from dongdang.errors import DataFileError
from dongdang.projects import Portfolio
from dongdang.tables import (
    Column,
    Problem,
    TableError,
    read_table,
)

if TYPE_CHECKING:
    import os


#: The columns of the ``portfolio`` table: one row, the portfolio's own fields.
PORTFOLIO_COLUMNS: Final = (
    Column("name", "text", required=False),
    Column("as_of", "date", required=False),
    Column("note", "text", required=False),
)


def _project_tables(root: Path, toml: Path) -> Portfolio | None:
    """The portfolio of the project tables; None where the projects are ``toml``'s.

    Raises:
        DataFileError: projects given both ways, or a project table without
            the ``projects`` table (it would be ignored).
    """
    if _table_file(root, "projects") is None:
        for stem in PROJECT_FILES:
            if (side := _table_file(root, stem)) is not None:
                raise DataFileError.in_file(
                    side, "a project table without the projects table; it would be ignored"
                )
        return None
    if toml.is_file():
        raise DataFileError.in_file(
            root, f"projects in both {toml.name} and a projects table; keep one"
        )
    return read_portfolio(root)


def read_portfolio(directory: str | os.PathLike[str]) -> Portfolio:
    """The portfolio of a dataset's project tables (:data:`PROJECT_FILES`), by file.

    ``projects`` is needed; ``project_facts``, ``project_milestones``,
    ``project_sources`` and ``portfolio`` (one row) are optional.

    Raises:
        TableError: a bad cell of any of them, named by file, row and column;
            a ``portfolio`` table of more than one row.
    """
    root = Path(directory)
    found = {stem: _table_file(root, stem) for stem in PROJECT_FILES}
    header: dict[str, Any] = {}
    if found["portfolio"] is not None:
        cells = read_table(found["portfolio"], PORTFOLIO_COLUMNS)
        rows = len(cells["name"])
        if rows > 1:
            file = str(found["portfolio"])
            problem = Problem(file=file, row=3, column=None, message=f"{rows} rows; one expected")
            raise TableError(file, [problem])
        header = {key: column[0] for key, column in cells.items() if column}
    return Portfolio.from_frame(
        found["projects"],
        facts=found["project_facts"],
        milestones=found["project_milestones"],
        sources=found["project_sources"],
        header=header,
    )
