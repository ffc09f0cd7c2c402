"""A land-use class from a row of a table, each refused cell named by its column."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from dongdang.errors import DongDangError
from dongdang.text import Qualifier
from dongdang.zoning._areas import Allocation, Area, _code, _optional_text, _text

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from decimal import Decimal


class RefusedCell(Exception):  # noqa: N818 - not an error of the library: a cell to report
    """A cell of a table of land-use classes the classes refuse, with its column."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(column, message)
        self.column = column
        self.message = message


def row_allocation(
    cells: Mapping[str, Sequence[Any]], index: int, resolution: Decimal | None = None
) -> Allocation:
    """The land-use class of row ``index`` of the cells of a table of land-use classes.

    The cells are ``code``, ``name``, ``english``, ``area_ha``, ``qualifier``
    and ``resolution_ha``, as read by :func:`dongdang.tables.read_table`;
    ``resolution`` is taken where the row gives none.

    Raises:
        RefusedCell: naming the column of the cell refused.
    """
    qualifier = cells["qualifier"][index]
    if qualifier is not None and qualifier not in _QUALIFIERS:
        choices = ", ".join(_QUALIFIERS)
        message = f"an unknown qualifier {qualifier!r}; the qualifiers are {choices}"
        raise RefusedCell("qualifier", message)
    given = cells["resolution_ha"][index]
    try:
        area = Area(
            hectares=cells["area_ha"][index],
            qualifier=None if qualifier is None else Qualifier(qualifier),
            resolution=resolution if given is None else given,
        )
    except DongDangError as error:  # a printed digit of zero: the area was read already
        raise RefusedCell("resolution_ha", str(error)) from None
    for column, convert in (("code", _code), ("name", _text), ("english", _optional_text)):
        try:
            convert(cells[column][index])
        except DongDangError as error:
            raise RefusedCell(column, str(error)) from None
    return Allocation(
        code=cells["code"][index],
        name=cells["name"][index],
        english=cells["english"][index],
        area=area,
    )


_QUALIFIERS: Final = tuple(qualifier.value for qualifier in Qualifier)
