"""A land-use class from a row of a table, each refused cell named by its column."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from dongdang.errors import DongDangError
from dongdang.text import Qualifier
from dongdang.zoning._areas import Allocation, Area, _code, _english, _name

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from dongdang.tables import Column


def class_columns() -> tuple[Column, ...]:
    """The columns of a table of land-use classes, as :func:`row_allocation` reads them.

    One home for a land budget's frame (``LandBudget.from_frame``) and the
    dataset's ``land_budgets`` table, which adds its plan, version, year and sources.
    """
    from dongdang.tables import Column  # noqa: PLC0415 - numpy only when tables are read

    return (
        Column("code", "text"),
        Column("name", "text"),
        Column("english", "text", required=False),
        Column("area_ha", "decimal"),
        Column("resolution_ha", "decimal", required=False),
        Column("qualifier", "text", required=False),
    )


def row_allocation(cells: Mapping[str, Any], resolution: Decimal | None = None) -> Allocation:
    """The land-use class of one row of a table of land-use classes, from its cells by column.

    The cells are ``code``, ``name``, ``english``, ``area_ha``, ``qualifier``
    and ``resolution_ha``, as read by :func:`dongdang.tables.read_table`;
    ``resolution`` is taken where the row gives none.

    Raises:
        dongdang.tables._RowError: naming the column of the cell refused.
    """
    from dongdang.tables import _RowError  # noqa: PLC0415 - numpy only when tables are read

    qualifier = cells["qualifier"]
    if qualifier is not None and qualifier not in _QUALIFIERS:
        choices = ", ".join(_QUALIFIERS)
        message = f"an unknown qualifier {qualifier!r}; the qualifiers are {choices}"
        raise _RowError("qualifier", message)
    given = cells["resolution_ha"]
    try:
        area = Area(
            hectares=cells["area_ha"],
            qualifier=None if qualifier is None else Qualifier(qualifier),
            resolution=resolution if given is None else given,
        )
    except DongDangError as error:  # a printed digit of zero: the area was read already
        raise _RowError("resolution_ha", str(error)) from None
    for column, convert in (("code", _code), ("name", _name), ("english", _english)):
        try:
            convert(cells[column])
        except DongDangError as error:
            raise _RowError(column, str(error)) from None
    return Allocation(code=cells["code"], name=cells["name"], english=cells["english"], area=area)


_QUALIFIERS: Final = tuple(qualifier.value for qualifier in Qualifier)
