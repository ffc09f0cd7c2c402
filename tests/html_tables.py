"""Reading back the HTML tables dongdang writes for notebooks (``_repr_html_``)."""

from __future__ import annotations

from html.parser import HTMLParser


class HtmlTable(HTMLParser):
    """The caption and the text of each row's cells (header cells included)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.caption = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: object) -> None:  # noqa: ARG002
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self.rows[-1].append("")
        self._in = tag

    def handle_endtag(self, tag: str) -> None:  # noqa: ARG002
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in in ("td", "th"):
            self.rows[-1][-1] += data
        elif self._in == "caption":
            self.caption += data


def read_table(html: str) -> HtmlTable:
    """The table parsed from ``html``."""
    table = HtmlTable()
    table.feed(html)
    return table
