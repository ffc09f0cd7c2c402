"""Notebook display: short reprs for large objects, HTML tables that parse."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from dongdang.data import seed_capital_plan, seed_dataset
from dongdang.fees import FeeCollections


class _Cells(HTMLParser):
    """The caption and the text of each row's cells."""

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


def cells(html: str) -> _Cells:
    parser = _Cells()
    parser.feed(html)
    return parser


LARGE = {
    "gates": lambda: seed_dataset().gates,
    "fee_schedule": lambda: seed_dataset().fee_schedule,
    "fee_collections": lambda: seed_dataset().fee_collections,
    "zoning": lambda: seed_dataset().zoning,
    "projects": lambda: seed_dataset().projects,
    "tasks": lambda: seed_dataset().tasks,
    "capital_plan": seed_capital_plan,
    "dataset": seed_dataset,
}


@pytest.mark.parametrize("name", sorted(LARGE))
def test_a_large_object_has_a_repr_of_one_short_line(name: str) -> None:
    text = repr(LARGE[name]())
    assert text.startswith("<")
    assert text.endswith(">")
    assert "\n" not in text
    assert len(text) < 200


def test_reprs_say_what_and_how_many() -> None:
    dataset = seed_dataset()
    assert repr(dataset.gates).startswith(f"<GateRegistry: {len(dataset.gates.pairs)} gate pairs")
    assert f"{len(dataset.fee_schedule.versions)} versions" in repr(dataset.fee_schedule)
    assert repr(FeeCollections(records=[])) == "<FeeCollections: 0 records, 0 periods, None>"
    assert "2 disbursements" in repr(seed_capital_plan())


def test_the_fee_collections_table_has_a_row_per_record() -> None:
    fees = seed_dataset().fee_collections
    table = cells(fees._repr_html_())
    assert table.caption == repr(fees)
    header, *rows = table.rows
    assert header[:4] == ["line", "start", "end", "amount"]
    assert len(rows) == len(fees)
    assert [row[1:3] for row in rows] == [
        [str(record.period.start), str(record.period.end)] for record in fees
    ]
    assert [row[3] for row in rows] == [str(record.amount.magnitude) for record in fees]


def test_the_dataset_table_counts_its_parts() -> None:
    dataset = seed_dataset()
    header, *rows = cells(dataset._repr_html_()).rows
    assert header == ["part", "count"]
    assert dict(rows)["fee records"] == str(len(dataset.fee_collections))
