"""Notebook display: short reprs for large objects, HTML tables that parse."""

from __future__ import annotations

import pytest

from dongdang.data import seed_capital_plan, seed_dataset
from dongdang.fees import FeeCollections
from html_tables import read_table

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
    table = read_table(fees._repr_html_())
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
    header, *rows = read_table(dataset._repr_html_()).rows
    assert header == ["part", "count"]
    assert dict(rows)["fee records"] == str(len(dataset.fee_collections))
