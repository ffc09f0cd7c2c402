"""A portfolio as flat tables, out and in."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final

import attrs

from dongdang._validators import code_of as _code_of
from dongdang.errors import DongDangError, InvalidValueError
from dongdang.projects._capital import Capital
from dongdang.projects._fields import _code, _code_or_none, _is_money
from dongdang.projects._milestones import Milestone
from dongdang.projects._project import PROJECT_FACTS, Project
from dongdang.projects._reader import _caveat, _legal_with
from dongdang.projects._vocabulary import CapitalSource, MilestoneKind, ProjectStatus
from dongdang.provenance import Citation, Provenance
from dongdang.tables import _label as _table_label
from dongdang.tables import _twice, _unknown
from dongdang.text import Qualifier
from dongdang.units import magnitude_in, ureg

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

    from dongdang.projects._portfolio import Portfolio


#: The tables of a portfolio, by stem. A row is a project (``projects``), a fact
#: with a provenance of its own (``project_facts``), a milestone
#: (``project_milestones``) or a source cited (``project_sources``); the columns
#: of each are in :meth:`Portfolio.from_frame` and the guide "Your own data".
PROJECT_TABLES: Final = ("projects", "project_facts", "project_milestones", "project_sources")

#: The columns of the ``projects`` table that hold codes (categoricals in a frame).
_CODE_COLUMNS: Final = frozenset(
    {
        *("code", "capital_source", "status", "zone"),
        *(
            f"{m}_{part}"
            for m in ("registered_capital", "total_investment")
            for part in ("unit", "qualifier")
        ),
    }
)
#: The column of the ``projects`` table a fact is in, where it is not the fact's own name.
_FACT_COLUMNS: Final = {"land_area": "land_area_ha", "milestones": "sources"}
#: Source keys in one cell are joined by this.
_KEYS_SEPARATOR: Final = ";"
_MEASURES: Final = ("registered_capital", "total_investment")


@functools.cache
def _table_specs() -> dict[str, tuple[Any, ...]]:
    """The :class:`~dongdang.tables.Column` of each table, by stem (tables imported on use)."""
    from dongdang.tables import Column  # noqa: PLC0415 - numpy only when tables are read

    def capital(measure: str) -> tuple[Column, ...]:
        return (
            Column(measure, "decimal", required=False),
            Column(f"{measure}_unit", "text", required=False),
            Column(f"{measure}_qualifier", "text", required=False),
        )

    optional = {"required": False}
    return {
        "projects": (
            Column("code", "text"),
            Column("name", "text"),
            *(Column(key, "text", **optional) for key in ("investor", "capital_source")),
            *(Column(key, "text", **optional) for key in ("status", "zone")),
            *capital("registered_capital"),
            *capital("total_investment"),
            Column("land_area_ha", "decimal", **optional),
            *(Column(key, "text", **optional) for key in ("location", "legal")),
            *(Column(key, "text", **optional) for key in ("legal_url", "legal_summary", "sources")),
        ),
        "project_facts": (
            Column("project", "text"),
            Column("fact", "text"),
            *(Column(key, "text", **optional) for key in ("sources", "caveat", "note")),
        ),
        "project_milestones": (
            Column("project", "text"),
            Column("kind", "text"),
            *(Column(key, "text", **optional) for key in ("phase", "name")),
            *(Column(key, "date", **optional) for key in ("planned", "actual")),
            Column("note", "text", **optional),
        ),
        "project_sources": (
            Column("key", "text"),
            *(Column(key, "text", **optional) for key in ("url", "title")),
            Column("published", "date", **optional),
            Column("file", "text", **optional),
            Column("event", "date", **optional),
            Column("note", "text", **optional),
        ),
    }


def _keys(citations: Iterable[Citation]) -> str | None:
    return _KEYS_SEPARATOR.join(citation.key for citation in citations) or None


def _rebuilt(
    default: tuple[Citation, ...], own: Iterable[tuple[str, Provenance]]
) -> tuple[tuple[str, Provenance], ...]:
    """A project's provenance from its default sources and its facts' own, as read."""
    provenance = {name: Provenance(sources=default) for name in PROJECT_FACTS if default}
    provenance.update(own)
    return tuple(provenance.items())


def _split_provenance(
    project: Project,
) -> tuple[tuple[Citation, ...], tuple[tuple[str, Provenance], ...]]:
    """The sources most facts share, and the facts whose provenance differs from them.

    The two give the provenance back exactly (:func:`_rebuilt`); where no
    default does, the default is empty and every fact has its own row.
    """
    plain = [
        source.sources
        for _, source in project.provenance
        if source.caveat is None and source.note is None and source.sources
    ]
    if plain:
        default = max(plain, key=plain.count)  # the first of the most common
        shared = Provenance(sources=default)
        own = tuple((name, source) for name, source in project.provenance if source != shared)
        if _rebuilt(default, own) == project.provenance:
            return default, own
    return (), project.provenance


def _tables_of(portfolio: Portfolio) -> dict[str, dict[str, list[Any]]]:
    tables: dict[str, dict[str, list[Any]]] = {
        stem: {column.name: [] for column in columns} for stem, columns in _table_specs().items()
    }

    def add(stem: str, **cells: Any) -> None:  # noqa: ANN401 - any cell
        for key, column in tables[stem].items():
            column.append(cells.get(key))

    for project in portfolio.projects:
        default, own = _split_provenance(project)
        cells = _project_cells(project, default)
        add("projects", **cells)
        for fact, source in own:
            add(
                "project_facts",
                project=project.code,
                fact=fact,
                sources=_keys(source.sources),
                caveat=None if source.caveat is None else _code_of(source.caveat),
                note=source.note,
            )
        for item in project.milestones:
            add(
                "project_milestones",
                project=project.code,
                kind=item.kind.code,
                phase=item.phase,
                name=item.name,
                planned=item.planned,
                actual=item.actual,
                note=item.note,
            )
    for citation in _cited(portfolio):
        add("project_sources", **attrs.asdict(citation))
    return tables


def _cited(portfolio: Portfolio) -> tuple[Citation, ...]:
    """Every source the portfolio's facts cite, once, in the order first cited.

    Raises:
        InvalidValueError: two different sources have one key.
    """
    cited: dict[str, Citation] = {}
    for project in portfolio.projects:
        for _, source in project.provenance:
            for citation in source.sources:
                if cited.setdefault(citation.key, citation) != citation:
                    raise InvalidValueError.duplicate(
                        "source key",
                        citation.key,
                        where=f"project {project.code}",
                        hint="a table names a source by its key",
                    )
    return tuple(cited.values())


def _legal_cells(project: Project) -> dict[str, str | None]:
    """A project's legal basis as a table holds it: its citation, url and summary.

    Raises:
        InvalidValueError: a legal basis that these three cannot give back (a
            date in force or repealed, a replacement, or an issuer other than
            the one its citation reads), which a table would lose.
    """
    legal = project.legal
    if legal is None:
        return {"legal": None, "legal_url": None, "legal_summary": None}
    cells = {"legal": legal.cite(), "legal_url": legal.url, "legal_summary": legal.summary}
    if _legal_with(cells["legal"], legal.url, legal.summary) != legal:
        raise InvalidValueError.of(
            f"project {project.code}'s legal basis",
            legal.number,
            "must be what its citation, url and summary say (as in projects.toml): "
            "a table would lose its other dates, replacement or issuer",
        )
    return cells


def _project_cells(project: Project, default: tuple[Citation, ...]) -> dict[str, Any]:
    """A project's row of the ``projects`` table."""
    cells: dict[str, Any] = {
        "code": project.code,
        "name": project.name,
        "investor": project.investor,
        "capital_source": _code_or_none(project.capital_source),
        "status": _code_or_none(project.status),
        "zone": project.zone,
        "land_area_ha": None
        if project.land_area is None
        else magnitude_in(project.land_area, "ha"),
        "location": project.location,
        **_legal_cells(project),
        "sources": _keys(default),
    }
    for measure in _MEASURES:
        capital: Capital | None = getattr(project, measure)
        if capital is not None:
            cells[measure] = capital.amount.magnitude
            cells[f"{measure}_unit"] = str(capital.amount.units)
            cells[f"{measure}_qualifier"] = (
                None if capital.qualifier is None else capital.qualifier.value
            )
    return cells


#: A cell that did not read (its problem recorded).
_BAD: Final = object()


class _PortfolioTables:
    """Reads the tables of a portfolio, collecting every problem with its file, row and column."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[Any] = []  # dongdang.tables.Problem

    def add(self, file: str, row: int, column: str, text: str) -> None:
        from dongdang.tables import Problem  # noqa: PLC0415 - numpy only when tables are read

        self.problems.append(Problem(file=file, row=row, column=column, message=text))

    def cells(
        self, table: object, stem: str, label: str, mapping: Mapping[str, str] | None = None
    ) -> tuple[dict[str, list[Any]], set[int]]:
        """A table's checked cells, and the rows with a bad one (already recorded)."""
        from dongdang.tables import read_table  # noqa: PLC0415 - numpy only when tables are read

        found: list[Any] = []
        spec = _table_specs()[stem]
        cells = read_table(table, spec, mapping=mapping, name=label, cell_problems=found)
        self.problems.extend(found)
        return cells, {problem.row for problem in found}

    def distinct(
        self, keys: list[Any], bad: set[int], where: tuple[str, str], what: str
    ) -> Iterator[tuple[int, Any]]:
        """Each row's index and key; a row with a bad cell, or a key given before, left out.

        A key given twice is recorded as a problem of the later row.
        """
        label, column = where
        first: dict[Any, int] = {}
        for index, key in enumerate(keys):
            row = index + 2
            if row in bad:
                continue
            if key in first:
                text = _twice(f"the {what} {key!r}", first[key])
                self.add(label, row, column, text)
                continue
            first[key] = row
            yield index, key

    def of_projects(
        self, codes: list[Any], bad: set[int], label: str, projects: Mapping[str, int]
    ) -> Iterator[tuple[int, str]]:
        """Each row's index and project; a row with a bad cell, or of an unknown project, left out.

        A row of an unknown project is recorded as a problem of its ``project`` column.
        """
        for index, code in enumerate(codes):
            row = index + 2
            if row in bad:
                continue
            if code not in projects:
                self.add(label, row, "project", f"no project {code!r} in the projects table")
                continue
            yield index, code

    def attempt(self, where: tuple[str, int, str], read: Any, *values: Any) -> Any:  # noqa: ANN401
        """``read(*values)``, or :data:`_BAD` with the refusal recorded at ``where``."""
        try:
            return read(*values)
        except (DongDangError, ValueError) as error:
            self.add(*where, str(error))
            return _BAD

    def read(
        self,
        kind: type[Portfolio],
        frame: object,
        given: Mapping[str, object],
        header: Mapping[str, Any],
        *,
        mapping: Mapping[str, str] | None,
        strict: bool,
    ) -> Portfolio:
        from dongdang.tables import LIMIT, TableError  # noqa: PLC0415 - numpy only when used

        citations = {} if given["sources"] is None else self.citations(given["sources"])
        cells, bad = self.cells(frame, "projects", self.label, mapping)
        rows: dict[str, int] = {}
        fields: dict[str, dict[str, Any]] = {}
        for index, code in self.distinct(cells["code"], bad, (self.label, "code"), "project"):
            rows[code] = index + 2
            read = self.project(cells, index, citations)
            if read is not None:
                fields[code] = read
        milestones = (
            {code: [] for code in rows}
            if given["milestones"] is None
            else self.milestones(given["milestones"], rows)
        )
        provenance = (
            {code: [] for code in rows}
            if given["facts"] is None
            else self.facts(given["facts"], rows, citations)
        )
        projects: list[Project] = []
        for code, values in fields.items():
            default = values.pop("sources")
            project = self.attempt(
                (self.label, rows[code], "code"),
                functools.partial(
                    Project,
                    milestones=milestones[code],
                    provenance=_rebuilt(default, provenance[code]),
                    **values,
                ),
            )
            if project is _BAD:
                continue
            undocumented = list(project.undocumented())
            if strict and undocumented:
                message_text = (
                    f"facts without a source, or unknown without a caveat: {undocumented}"
                )
                # the column of the first such fact (milestones have none here: its sources)
                column = _FACT_COLUMNS.get(undocumented[0], undocumented[0])
                self.add(self.label, rows[code], column, message_text)
            projects.append(project)
        if self.problems:
            raise TableError(self.label, self.problems[:LIMIT], more=len(self.problems) > LIMIT)
        return kind(
            projects=projects,
            as_of=header.get("as_of"),
            name=header.get("name"),
            note=header.get("note"),
        )

    def project(
        self, cells: Mapping[str, list[Any]], index: int, citations: Mapping[str, Citation]
    ) -> dict[str, Any] | None:
        """The fields of one project row, each code and figure read; None if one does not read."""
        row = index + 2
        value = {key: column[index] for key, column in cells.items()}

        def where(column: str) -> tuple[str, int, str]:
            return (self.label, row, column)

        fields: dict[str, Any] = {
            key: value[key] for key in ("code", "name", "investor", "zone", "location")
        }
        readers: dict[str, Any] = {
            "capital_source": CapitalSource.of,
            "status": ProjectStatus.of,
            "legal": lambda cite: _legal_with(cite, value["legal_url"], value["legal_summary"]),
            "land_area": lambda area: ureg.Quantity(area, "hectare"),
        }
        value["land_area"] = value.pop("land_area_ha")
        for key, read in readers.items():
            fields[key] = None if value[key] is None else self.attempt(where(key), read, value[key])
        for measure in _MEASURES:
            fields[measure] = self.capital(value, measure, where)
        fields["sources"] = self.cite(value["sources"], citations, where("sources"))
        return None if _BAD in fields.values() else fields

    def capital(
        self,
        value: Mapping[str, Any],
        measure: str,
        where: Callable[[str], tuple[str, int, str]],
    ) -> Any:  # noqa: ANN401
        amount, unit, qualifier = (
            value[f"{measure}{part}"] for part in ("", "_unit", "_qualifier")
        )
        if amount is None:
            for part, given in (("_unit", unit), ("_qualifier", qualifier)):
                if given is not None:
                    self.add(*where(f"{measure}{part}"), f"a {part[1:]} without a {measure}")
                    return _BAD
            return None
        if unit is None or unit not in ureg or not _is_money(ureg.Quantity(1, unit)):
            self.add(
                *where(f"{measure}_unit"),
                f"not a unit of money (VND, million_VND, billion_VND, USD, …), {unit!r}",
            )
            return _BAD
        word = (
            None
            if qualifier is None
            else self.attempt(where(f"{measure}_qualifier"), Qualifier, qualifier)
        )
        if word is _BAD:
            return _BAD
        return Capital(amount=ureg.Quantity(amount, unit), qualifier=word)

    def cite(
        self, text: str | None, citations: Mapping[str, Citation], where: tuple[str, int, str]
    ) -> Any:  # noqa: ANN401
        """The citations of a cell of source keys joined by ";"; :data:`_BAD` for an unknown one."""
        if text is None:
            return ()
        keys = [key.strip() for key in text.split(_KEYS_SEPARATOR)]
        unknown = [key for key in keys if key not in citations]
        if unknown:
            self.add(*where, _unknown("source", unknown[0], sorted(citations)))
            return _BAD
        return tuple(citations[key] for key in keys)

    def citations(self, table: object) -> dict[str, Citation]:
        label = _table_label(table)
        cells, bad = self.cells(table, "project_sources", label)
        read: dict[str, Citation] = {}
        for index, key in self.distinct(cells["key"], bad, (label, "key"), "source"):
            row = index + 2
            if self.attempt((label, row, "key"), _code, key) is _BAD:
                continue
            values = {column: values[index] for column, values in cells.items()}
            # the key is a code: what is left to refuse is a source with no title, url or file
            citation = self.attempt((label, row, "title"), functools.partial(Citation, **values))
            if citation is not _BAD:
                read[key] = citation
        return read

    def milestones(self, table: object, projects: Mapping[str, int]) -> dict[str, list[Milestone]]:
        label = _table_label(table)
        cells, bad = self.cells(table, "project_milestones", label)
        read: dict[str, list[Milestone]] = {code: [] for code in projects}
        for index, code in self.of_projects(cells["project"], bad, label, projects):
            row = index + 2
            values = {
                column: values[index] for column, values in cells.items() if column != "project"
            }
            column = (
                "kind" if values["kind"] not in {kind.code for kind in MilestoneKind} else "planned"
            )
            item = self.attempt((label, row, column), functools.partial(Milestone, **values))
            if item is not _BAD:
                read[code].append(item)
        return read

    def facts(
        self, table: object, projects: Mapping[str, int], citations: Mapping[str, Citation]
    ) -> dict[str, list[tuple[str, Provenance]]]:
        label = _table_label(table)
        cells, bad = self.cells(table, "project_facts", label)
        read: dict[str, list[tuple[str, Provenance]]] = {code: [] for code in projects}
        seen: dict[tuple[str, str], int] = {}
        for index, code in self.of_projects(cells["project"], bad, label, projects):
            row = index + 2
            fact = cells["fact"][index]
            if fact not in PROJECT_FACTS:
                self.add(
                    label,
                    row,
                    "fact",
                    _unknown("fact", fact, PROJECT_FACTS),
                )
                continue
            if (code, fact) in seen:
                self.add(
                    label,
                    row,
                    "fact",
                    _twice(f"the {fact} of {code!r}", seen[code, fact]),
                )
                continue
            seen[code, fact] = row
            sources = self.cite(cells["sources"][index], citations, (label, row, "sources"))
            caveat = cells["caveat"][index]
            caveat = (
                None if caveat is None else self.attempt((label, row, "caveat"), _caveat, caveat)
            )
            if _BAD in (sources, caveat):
                continue
            source = self.attempt(
                (label, row, "note"),
                functools.partial(
                    Provenance, sources=sources, caveat=caveat, note=cells["note"][index]
                ),
            )
            if source is not _BAD:
                read[code].append((fact, source))
        return read
