"""The capital-plan tables: plans, their versions, allocations and disbursements."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from dongdang.errors import DongDangError
from dongdang.investment import (
    Allocation,
    CapitalPlan,
    Disbursement,
    Organization,
    PlanVersion,
    PlanVersionKind,
)
from dongdang.legal import LegalReference
from dongdang.records._coding import _build, _citation, _label
from dongdang.tables import (
    LIMIT,
    Column,
    _twice,
    _unknown,
    read_table,
)
from dongdang.tables import _Collector as Collector
from dongdang.text import Qualifier
from dongdang.units import magnitude_in, ureg

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from dongdang.provenance import Source
    from dongdang.units import Quantity


_PLAN_KEY: Final = (Column("year", "count"), Column("owner", "text"))


def _flow_columns(*own: str) -> tuple[Column, ...]:
    """The columns of a table of capital flows (allocations, disbursements), ``own`` among them."""
    return (
        *_PLAN_KEY,
        Column("date", "date"),
        Column("amount", "decimal"),
        Column("unit", "text"),
        *(Column(name, "text", required=False) for name in ("id", "qualifier", *own)),
        *(Column(name, "text", required=False) for name in ("source", "note")),
    )


#: The tables of the capital plans, by stem, with their columns.
PLAN_TABLES: Final = {
    "capital_plans": (
        *_PLAN_KEY,
        Column("owner_name", "text"),
        Column("provider", "text", required=False),
        Column("provider_name", "text", required=False),
        Column("disbursement_deadline", "date", required=False),
        Column("unit", "text", required=False),
        Column("notes", "text", required=False),
    ),
    "plan_versions": (
        *_PLAN_KEY,
        Column("id", "text"),
        Column("kind", "text"),
        Column("date", "date"),
        Column("amount", "decimal"),
        Column("unit", "text"),
        Column("legal", "text", required=False),
        Column("from_year", "count", required=False),
        Column("date_assumed", "flag", required=False),
        Column("source", "text", required=False),
        Column("note", "text", required=False),
    ),
    "allocations": _flow_columns("legal"),
    "disbursements": _flow_columns("payee", "payee_name"),
}

#: Notes of a plan are written one a line in the ``notes`` cell.
_NOTE_SEPARATOR: Final = "\n"


class _RefusedError(Exception):
    """A cell refused, with its column."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def _member(kind_of: type[Qualifier | PlanVersionKind], what: str) -> Callable[[str], Any]:
    def read(value: str) -> Any:  # noqa: ANN401 - a member of kind_of
        try:
            return kind_of(value)
        except ValueError:
            known = [member.value for member in kind_of]
            message = _unknown(what, value, known)
            raise _RefusedError(what, message) from None

    return read


def _citation_of(value: str, column: str = "legal") -> LegalReference:
    try:
        return LegalReference.parse(value)
    except DongDangError as error:
        raise _RefusedError(column, str(error)) from None


#: How a record's cells are read, by column.
_CELLS: Final[dict[str, Callable[[str], Any]]] = {
    "qualifier": _member(Qualifier, "qualifier"),
    "kind": _member(PlanVersionKind, "kind"),
    "legal": _citation_of,
}


def _cells_of(
    problems: Collector, columns: dict[str, list[Any]], index: int, sources: Mapping[str, Source]
) -> dict[str, Any] | None:
    """One row's fields for a record: units, qualifiers, citations and sources resolved."""
    values = {key: column[index] for key, column in columns.items()}
    unit = values.pop("unit", None)
    try:
        if unit not in ureg:  # every record has an amount, read as a number already
            message = f"an unknown unit {unit!r}; write million_VND, billion_VND, VND"
            raise _RefusedError("unit", message)  # noqa: TRY301 - named with the others
        values["amount"] = ureg.Quantity(values["amount"], unit)
        for key, read in _CELLS.items():
            if values.get(key) is not None:
                values[key] = read(values[key])
        if values.get("source") is not None:
            if values["source"] not in sources:
                message = _unknown("document", values["source"], sorted(sources))
                raise _RefusedError("source", message)  # noqa: TRY301 - named with the others
            values["source"] = sources[values["source"]]
    except _RefusedError as refused:
        problems.add(index + 2, refused.column, str(refused))
        return None
    return values


def read_capital_plans(
    tables: Mapping[str, object],
    *,
    sources: Mapping[str, Source] | None = None,
    names: Mapping[str, str] | None = None,
    mappings: Mapping[str, Mapping[str, str]] | None = None,
    rows: dict[str, dict[tuple[int, str, object], int]] | None = None,
) -> tuple[CapitalPlan, ...]:
    """The capital plans of four tables (see :data:`PLAN_TABLES`), by stem.

    ``capital_plans`` has a row per plan (its year and owner); ``plan_versions``,
    ``allocations`` and ``disbursements`` a row per record, each naming its
    plan by ``year`` and ``owner``. Amounts are plain numbers with their
    ``unit``; a record's ``source`` is a document id of ``sources``. Each
    table may be a CSV or Parquet file, a pandas or polars DataFrame (codes
    as categoricals too) or an Arrow table; ``mappings`` gives, by stem, a
    table's own column names to those of :data:`PLAN_TABLES`.

    If ``rows`` is given, each version, allocation and disbursement read is
    added to it, by stem, under its plan's year and owner code and itself,
    with its row in its table (2 for the first): a plan keeps its records in
    order of date, not of the table.

    Raises:
        TableError: a bad cell, a record of an unknown plan, a plan given twice,
            or a record or plan the domain refuses, by file, row and column.
    """
    known = sources or {}
    labels = {stem: _label(table, (names or {}).get(stem)) for stem, table in tables.items()}
    read = {
        stem: read_table(
            table, PLAN_TABLES[stem], mapping=(mappings or {}).get(stem), name=labels[stem]
        )
        for stem, table in tables.items()
    }
    plans = read.get("capital_plans", {"year": [], "owner": []})
    heads = Collector(labels.get("capital_plans", "capital_plans"), LIMIT)
    owners = _plan_heads(plans, heads)
    records: dict[tuple[int, str], dict[str, list[Any]]] = {key: {} for key in owners}
    for stem, kind_of in (
        ("plan_versions", PlanVersion),
        ("allocations", Allocation),
        ("disbursements", Disbursement),
    ):
        if stem in read:
            problems = Collector(labels[stem], LIMIT)
            read_rows = {} if rows is None else rows.setdefault(stem, {})
            for key, record, row in _plan_records(read[stem], kind_of, owners, problems, known):
                records[key].setdefault(stem, []).append(record)
                read_rows[(*key, record)] = row
            problems.check()
    heads_at = {key: index for key, (index, _, _) in owners.items()}
    built: list[CapitalPlan] = []
    for (year, owner), index in heads_at.items():
        cells = {key: column[index] for key, column in plans.items()}
        _, holder, provider = owners[(year, owner)]
        notes = cells.get("notes")
        plan = _build(
            heads,
            index + 2,
            ("year", ("disbursement_deadline", "unit", "year")),
            CapitalPlan,
            year=year,
            owner=holder,
            provider=provider,
            disbursement_deadline=cells.get("disbursement_deadline"),
            unit=cells.get("unit") or "million_VND",
            notes=() if notes is None else tuple(notes.split(_NOTE_SEPARATOR)),
            versions=records[(year, owner)].get("plan_versions", ()),
            allocations=records[(year, owner)].get("allocations", ()),
            disbursements=records[(year, owner)].get("disbursements", ()),
        )
        if plan is not None:
            built.append(plan)
    heads.check()
    return tuple(built)


def _plan_heads(
    plans: Mapping[str, list[Any]], heads: Collector
) -> dict[tuple[int, str], tuple[int, Organization, Organization | None]]:
    """Each plan's row, owner and provider, by year and owner code."""
    owners: dict[tuple[int, str], tuple[int, Organization, Organization | None]] = {}
    for index, key in enumerate(zip(plans["year"], plans["owner"], strict=True)):
        if key in owners:
            heads.add(
                index + 2, "owner", _twice(f"the plan {key[0]} of {key[1]}", owners[key][0] + 2)
            )
            continue
        cells = {column: values[index] for column, values in plans.items()}
        provider = None
        if cells.get("provider") is not None:
            provider = _build(
                heads,
                index + 2,
                ("provider", ("provider",)),
                Organization,
                code=cells["provider"],
                name=cells.get("provider_name") or "",
            )
        holder = _build(
            heads,
            index + 2,
            ("owner", ("owner",)),
            Organization,
            code=key[1],
            name=cells["owner_name"],
        )
        owners[key] = (index, holder, provider)
    heads.check()
    return owners


def _plan_records(
    columns: Mapping[str, list[Any]],
    kind_of: type[PlanVersion | Allocation | Disbursement],
    owners: Mapping[tuple[int, str], object],
    problems: Collector,
    sources: Mapping[str, Source],
) -> list[tuple[tuple[int, str], Any, int]]:
    """The records of a table, each with the key of its plan and its row."""
    records: list[tuple[tuple[int, str], Any, int]] = []
    fields = {k: v for k, v in columns.items() if k not in ("year", "owner")}
    for index, key in enumerate(zip(columns["year"], columns["owner"], strict=True)):
        if key not in owners:
            problems.add(index + 2, "year", f"no plan {key[0]} of {key[1]} in capital_plans")
            continue
        values = _cells_of(problems, fields, index, sources)
        if values is None:
            continue
        if "payee" in values:
            payee, payee_name = values.pop("payee"), values.pop("payee_name")
            if payee is not None:
                values["payee"] = _build(
                    problems,
                    index + 2,
                    ("payee", ("payee",)),
                    Organization,
                    code=payee,
                    name=payee_name or "",
                )
        record = _build(
            problems,
            index + 2,
            ("amount", tuple(fields)),
            kind_of,
            **{k: v for k, v in values.items() if v is not None},
        )
        if record is not None:
            records.append((key, record, index + 2))
    return records


def _amount_cells(quantity: Quantity) -> tuple[str, str]:
    unit = str(quantity.units)
    return f"{magnitude_in(quantity, unit):f}", unit


def capital_plan_columns(plans: Sequence[CapitalPlan]) -> dict[str, dict[str, list[Any]]]:
    """The plans as the four tables of :data:`PLAN_TABLES`, by stem (amounts as exact text).

    Raises:
        DataFileError: a legal reference carrying more than its citation
            (issuer, dates): a table keeps only the citation.
    """
    tables: dict[str, dict[str, list[Any]]] = {
        stem: {column.name: [] for column in columns} for stem, columns in PLAN_TABLES.items()
    }

    def add(stem: str, **cells: Any) -> None:  # noqa: ANN401
        for key, column in tables[stem].items():
            column.append(cells.get(key))

    for plan in plans:
        key = {"year": plan.year, "owner": plan.owner.code}
        add(
            "capital_plans",
            **key,
            owner_name=plan.owner.name,
            provider=None if plan.provider is None else plan.provider.code,
            provider_name=None if plan.provider is None else plan.provider.name,
            disbursement_deadline=plan.disbursement_deadline,
            unit=plan.unit,
            notes=_NOTE_SEPARATOR.join(plan.notes) if plan.notes else None,
        )
        for version in plan.versions:
            amount, unit = _amount_cells(version.amount)
            add(
                "plan_versions",
                **key,
                id=version.id,
                kind=version.kind.value,
                date=version.date,
                amount=amount,
                unit=unit,
                legal=_citation(version.legal),
                from_year=version.from_year,
                date_assumed=version.date_assumed,
                source=None if version.source is None else version.source.id,
                note=version.note,
            )
        for allocation in plan.allocations:
            add(
                "allocations",
                **key,
                **_transaction_cells(allocation),
                legal=_citation(allocation.legal),
            )
        for disbursement in plan.disbursements:
            payee = disbursement.payee
            add(
                "disbursements",
                **key,
                **_transaction_cells(disbursement),
                payee=None if payee is None else payee.code,
                payee_name=None if payee is None else payee.name,
            )
    return tables


def _transaction_cells(record: Allocation | Disbursement) -> dict[str, Any]:
    """The cells an allocation's and a disbursement's rows share."""
    amount, unit = _amount_cells(record.amount)
    return {
        "date": record.date,
        "amount": amount,
        "unit": unit,
        "id": record.id,
        "qualifier": None if record.qualifier is None else record.qualifier.value,
        "source": None if record.source is None else record.source.id,
        "note": record.note,
    }
