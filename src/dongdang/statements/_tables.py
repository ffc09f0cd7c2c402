"""The list of statements a reading returns, as a frame and an HTML table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dongdang._frames import FrameColumns
from dongdang.statements._values import Statement, Unparsed

if TYPE_CHECKING:
    import enum

# -- tables ---------------------------------------------------------------------------------


class Statements(list[Statement | Unparsed]):
    """What :func:`parse_statements` returns: a list that also makes a frame and an HTML table."""

    def _frame_columns(self, *, exact: bool) -> FrameColumns:
        rows: list[tuple[Statement, int | None, int]] = []
        for item in self:
            if isinstance(item, Statement):
                stack: list[tuple[Statement, int | None, int]] = [(item, None, 0)]
                while stack:  # depth first, without recursion
                    statement, parent, depth = stack.pop()
                    here = len(rows)
                    rows.append((statement, parent, depth))
                    stack.extend((part, here, depth + 1) for part in reversed(statement.components))
        statements = [statement for statement, _, _ in rows]
        firsts = [s.compared or (s.comparisons[0] if s.comparisons else None) for s in statements]
        columns = FrameColumns(exact=exact)
        columns.text("subject", [s.subject for s in statements])
        columns.number("value", [s.value.value for s in statements], None)
        columns.code("unit", [s.value.unit for s in statements])
        columns.code("noun", [s.noun for s in statements])
        columns.code("qualifier", [_code(s.value.qualifier) for s in statements])
        columns.period([s.period for s in statements])
        columns.code("comparison", [None if c is None else c.kind.value for c in firsts])
        columns.number(
            "comparison_value",
            [
                None if c is None else -c.value.value if c.decrease else c.value.value
                for c in firsts
            ],
            None,
        )
        columns.text("comparison_base", [None if c is None else c.base for c in firsts])
        columns.code("relation", [_code(s.relation) for s in statements])
        columns.count("parent", [parent for _, parent, _ in rows])
        columns.count("depth", [depth for _, _, depth in rows])
        columns.text("text", [s.text for s in statements])
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """Every statement and its parts, one row each, depth first (needs ``dongdang[pandas]``).

        Columns: ``subject``, ``value`` (the number as printed: 278718 for
        "278.718 triệu đồng", float64 or Decimal with ``exact=True``) and its
        ``unit`` (``million_VND``, ``percent``…, empty for a count) and ``noun``
        (what a count counts), ``qualifier``, ``start`` and ``end`` of its
        period, its first comparison: ``comparison`` (``growth``, ``ratio``…),
        ``comparison_value`` (negative for a fall), ``comparison_base``; its
        ``relation``, ``parent`` (the row it is a part of, after "trong đó")
        and ``depth``, and its ``text``. ``frame.attrs["unparsed"]`` holds the
        texts that could not be read.

        >>> frame = parse_statements(
        ...     "Thu phí đạt 664.127 triệu đồng, tăng 40,2% so với cùng kỳ."
        ... ).to_frame()
        >>> frame[["value", "unit", "comparison", "comparison_value"]]
              value         unit comparison  comparison_value
        0  664127.0  million_VND     growth              40.2
        """
        unparsed = tuple(item.text for item in self if isinstance(item, Unparsed))
        return self._frame_columns(exact=exact).frame(metadata={"unparsed": unparsed})

    def _repr_html_(self) -> str:
        caption = (
            f"<Statements: {len(self)} read, {sum(isinstance(i, Unparsed) for i in self)} not>"
        )
        return self._frame_columns(exact=True).html(caption)


def _code(member: enum.Enum | None) -> str | None:
    return None if member is None else str(member.value)
