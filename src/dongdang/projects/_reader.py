"""The TOML reader of a portfolio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import attrs

from dongdang._toml import Reader
from dongdang._validators import code_of as _code_of
from dongdang._validators import optional_field_text as _optional_text
from dongdang.errors import UnknownCodeError
from dongdang.legal import LegalReference
from dongdang.projects._milestones import Milestone
from dongdang.projects._project import PROJECT_FACTS, Project
from dongdang.provenance import Caveat, Citation, Provenance

if TYPE_CHECKING:
    from dongdang.projects._portfolio import Portfolio


_PROJECT_KEYS: Final = frozenset(
    {
        *("name", "investor", "capital_source", "registered_capital", "total_investment"),
        *("land_area", "zone", "location", "legal", "status", "milestones", "sources", "facts"),
    }
)
_MILESTONE_KEYS: Final = frozenset({"kind", "planned", "actual", "phase", "name", "note"})
_SOURCE_KEYS: Final = frozenset({"url", "title", "published", "event", "file", "note"})
_FACT_KEYS: Final = frozenset({"sources", "caveat", "note"})
_LEGAL_KEYS: Final = frozenset({"cite", "url", "summary"})


class _Reader(Reader):
    """Reads the TOML document of a portfolio, naming the file and place of any error."""

    def __init__(self, name: str, *, strict: bool) -> None:
        super().__init__(name)
        self.strict = strict
        self.sources: dict[str, Citation] = {}

    def portfolio(self, kind: type[Portfolio], document: dict[str, Any]) -> Portfolio:
        """The portfolio, of class ``kind``, that ``document`` holds."""
        top = self.table(document, "the top level", frozenset({"portfolio", "sources", "projects"}))
        header = self.table(
            top.get("portfolio", {}), "portfolio", frozenset({"name", "as_of", "note"})
        )
        for key, value in self.table(top.get("sources", {}), "sources", None).items():
            fields = self.table(value, f"sources.{key}", _SOURCE_KEYS)
            self.sources[key] = self.build(f"sources.{key}", Citation, key=key, **fields)
        raw = top.get("projects", {})
        if not isinstance(raw, dict):
            self.fail("projects", f"expected a table of projects, got {raw!r}")
        projects = [self.project(code, value) for code, value in raw.items()]
        return self.build(
            "the top level",
            kind,
            projects=projects,
            as_of=header.get("as_of"),
            name=header.get("name"),
            note=header.get("note"),
        )

    def cite(self, keys: object, where: str) -> list[Citation]:
        if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
            self.fail(where, f"expected a list of source keys, got {keys!r}")
        for key in keys:
            if key not in self.sources:
                self.fail(where, f"cites {key!r}, which is not in [sources]")
        return [self.sources[key] for key in keys]

    def project(self, code: str, value: object) -> Project:
        where = f"projects.{code}"
        record = self.table(value, where, _PROJECT_KEYS)
        if "name" not in record:
            self.fail(where, "missing key 'name'")
        default = self.cite(record.get("sources", []), f"{where}.sources")
        provenance = self.facts(record.get("facts", {}), f"{where}.facts", default)
        milestones = [
            self.milestone(item, f"{where}.milestones[{position}]")
            for position, item in enumerate(
                self.array(record.get("milestones", []), f"{where}.milestones")
            )
        ]
        fields = {
            key: record[key]
            for key in record
            if key not in {"sources", "facts", "milestones", "legal"}
        }
        legal = self.legal(record.get("legal"), f"{where}.legal")
        project = self.build(
            where,
            Project,
            code=code,
            legal=legal,
            milestones=milestones,
            provenance=provenance,
            **fields,
        )
        undocumented = list(project.undocumented())
        if self.strict and undocumented:
            self.fail(where, f"facts without a source, or unknown without a caveat: {undocumented}")
        return project

    def array(self, value: object, where: str) -> list[object]:
        if not isinstance(value, list):
            self.fail(where, f"expected an array of tables, got {value!r}")
        return value

    def milestone(self, value: object, where: str) -> Milestone:
        fields = self.table(value, where, _MILESTONE_KEYS)
        if "kind" not in fields:
            self.fail(where, "missing key 'kind'")
        return self.build(where, Milestone, **fields)

    def facts(self, value: object, where: str, default: list[Citation]) -> dict[str, Provenance]:
        table = self.table(value, where, frozenset(PROJECT_FACTS))
        provenance = {name: Provenance(sources=default) for name in PROJECT_FACTS if default}
        for name, fact in table.items():
            fields = self.table(fact, f"{where}.{name}", _FACT_KEYS)
            sources = self.cite(fields.get("sources", []), f"{where}.{name}.sources")
            provenance[name] = self.build(
                f"{where}.{name}",
                _fact,
                sources=sources,
                caveat=fields.get("caveat"),
                note=fields.get("note"),
            )
        return provenance

    def legal(self, value: object, where: str) -> LegalReference | None:
        if value is None:
            return None
        if isinstance(value, str):
            return self.build(where, LegalReference.parse, text=value)
        fields = self.table(value, where, _LEGAL_KEYS)
        if "cite" not in fields:
            self.fail(where, "missing key 'cite'")
        return self.build(
            where,
            _legal_with,
            cite=fields["cite"],
            url=fields.get("url"),
            summary=fields.get("summary"),
        )


def _legal_with(cite: object, url: str | None, summary: str | None) -> LegalReference:
    return attrs.evolve(
        LegalReference.parse(cite),  # type: ignore[arg-type]
        url=_optional_text(url, "url"),
        summary=_optional_text(summary, "summary"),
    )


def _fact(sources: list[Citation], caveat: object, note: str | None) -> Provenance:
    return Provenance(
        sources=sources, caveat=None if caveat is None else _caveat(caveat), note=note
    )


#: The caveats by code (``"not-found"``).
_CAVEATS: Final = {_code_of(member): member for member in Caveat}


def _caveat(value: object) -> Caveat:
    if isinstance(value, str) and value in _CAVEATS:
        return _CAVEATS[value]
    raise UnknownCodeError("caveat", value, list(_CAVEATS))
