"""Small HTML tables for notebooks (``_repr_html_``), every cell escaped."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["html_table"]


def html_table(caption: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """An HTML table with a caption, a header row and a row per item; None is an empty cell.

    >>> html_table("Fees", ["line", "amount"], [["phí sang tải", 100751], ["<b>", None]])
    '<table><caption>Fees</caption><thead><tr><th>line</th><th>amount</th></tr></thead><tbody><tr><td>phí sang tải</td><td>100751</td></tr><tr><td>&lt;b&gt;</td><td></td></tr></tbody></table>'
    """  # noqa: E501 - one line of HTML
    head = "".join(f"<th>{escape(name)}</th>" for name in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{'' if c is None else escape(str(c))}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return (
        f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )
