"""The reference dataset: the seed articles' figures, each with where it was printed.

Five public articles started the project (``../shared/seeds``). Every figure
sentence in them is bundled here, copied as printed, with the document it
comes from; :func:`seed_statements` reads each into
:class:`~dongdang.statements.Statement` objects, and :func:`seed_findings`
audits them all together, across documents.

>>> fee = seed_statements()["fee-2024-jan-may-total"]
>>> fee.statement.quantity, fee.statement.period.label()
(<Quantity(278718, 'million_VND')>, '5 tháng đầu năm 2024')
>>> fee.source.cite()[:50]
'[seed-002] Hội nghị sơ kết nhiệm vụ công tác Đảng '
>>> [(f.finding.severity.name, f.finding.kind.name) for f in seed_findings()]
[('INCONSISTENT', 'GROWTH_DISAGREES')]

:func:`seed_figures` keeps the figures the domain modules build their seed
objects from (fee collections, the trade ledger, the capital plan), by id.
The other registries of the dataset live with their modules: the gate pairs
(:func:`dongdang.gates.lang_son_gates`), the fee schedule
(:func:`dongdang.fees.lang_son_fee_schedule`), the zoning plans
(:func:`dongdang.zoning.lang_son_plans`), the projects
(:func:`dongdang.projects.lang_son_projects`) and the tasks
(:func:`dongdang.tasks.lang_son_tasks`).

The data are TOML files read with ``tomllib``; loading never runs code.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from importlib.resources import files
from typing import TYPE_CHECKING, Any, final

import attrs

from dongdang.errors import DataFileError, InvalidValueError
from dongdang.periods import Period
from dongdang.provenance import Source
from dongdang.text import Figure, read_figure

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Mapping

    from dongdang.auditing import Finding
    from dongdang.data._seed import (
        seed_capital_plan,
        seed_dataset,
        seed_fee_collections,
        seed_trade_flows,
        seed_trade_ledger,
    )
    from dongdang.periods import Language
    from dongdang.statements import Statement, Unparsed

__all__ = [
    "SeedFigure",
    "SeedFinding",
    "SeedStatement",
    "Source",
    "findings_of",
    "read_sentences",
    "read_statements",
    "seed_capital_plan",
    "seed_dataset",
    "seed_fee_collections",
    "seed_figures",
    "seed_findings",
    "seed_statements",
    "seed_trade_flows",
    "seed_trade_ledger",
]


@final
@attrs.frozen(kw_only=True)
class SeedFigure:
    """One printed figure with what the same sentence says about it.

    Attributes:
        growth: the stated growth on the same period last year, as a fraction.
        attainment: the stated share of the budget estimate reached ("đạt X%").
        ratio_to_plan: the stated ratio to the capital plan ("bằng X% kế hoạch").
        ratio_to_allocated: the stated ratio to the capital allocated.
        as_of: the date the figure stood at, for a cumulative figure.
        trade_total: whether the figure is the total of the trade flows of its
            period (exports and imports together), which the report checks the
            trade records against.
        note: what a reader must know about the figure, in English (a doubt
            about what it measures, a date the sentence leaves out); the
            report adds it to the lines built from the figure.
        note_vi: the same note in Vietnamese.
    """

    id: str
    source: Source
    period: Period
    figure: Figure
    sentence: str
    growth: Figure | None = None
    attainment: Figure | None = None
    ratio_to_plan: Figure | None = None
    ratio_to_allocated: Figure | None = None
    as_of: dt.date | None = None
    trade_total: bool = False
    note: str | None = None
    note_vi: str | None = None

    def note_in(self, lang: Language) -> str | None:
        """The note in ``lang`` ("vi" or "en"), or None when the figure carries none."""
        return self.note_vi if lang == "vi" else self.note

    def stated(self, name: str) -> Figure:
        """The percent the sentence states under ``name`` ("growth", "attainment", …).

        Raises:
            LookupError: the sentence states no such percent for this figure.
        """
        value: Figure | None = getattr(self, name) if name in _PERCENT_FIELDS else None
        if value is None:
            raise LookupError(f"{self.id} states no {name!r}; it states {self.sentence!r}")
        return value


@final
@attrs.frozen(kw_only=True)
class SeedStatement:
    """A statement of a seed article, with its provenance.

    Attributes:
        id: a stable name ("fee-2021-total").
        statement: the statement read from the sentence; its components
            ("trong đó …") hang from it.
        source: the document.
        sentence: the sentence, as printed.
    """

    id: str
    statement: Statement
    source: Source
    sentence: str


@final
@attrs.frozen(kw_only=True)
class SeedFinding:
    """A finding of the audit of the seed statements, with the documents involved."""

    finding: Finding
    sources: tuple[Source, ...]


_SEEDS = frozenset(
    {
        "seed_capital_plan",
        "seed_dataset",
        "seed_fee_collections",
        "seed_trade_flows",
        "seed_trade_ledger",
    }
)


def __getattr__(name: str) -> object:
    # The seed objects are built with the domain modules, which sit below this
    # package: they are imported when first asked for.
    if name in _SEEDS:
        from dongdang.data import _seed  # noqa: PLC0415 - the domain, on demand

        return getattr(_seed, name)
    message = f"module 'dongdang.data' has no attribute {name!r}"
    raise AttributeError(message)


_PERCENT_FIELDS = ("growth", "attainment", "ratio_to_plan", "ratio_to_allocated")


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(files(__name__).joinpath(name).read_text("utf-8"), parse_float=Decimal)


def _percent(record: Mapping[str, Any], key: str, where: str) -> Figure | None:
    if key not in record:
        return None
    figure = read_figure(record[key])
    if figure.unit != "percent" or figure.qualifier is not None:
        raise InvalidValueError.of(key, record[key], "must be a bare percent", where=where)
    return figure


def _sources() -> dict[str, Source]:
    return {
        key: Source(
            id=key,
            title=value["title"],
            event=value.get("event"),
            published=value.get("published"),
            file=value["file"],
        )
        for key, value in _load("seed_documents.toml")["documents"].items()
    }


def seed_figures() -> dict[str, SeedFigure]:
    """The figures the domain modules' seed objects are built from, by id, read afresh."""
    sources = _sources()
    return {
        key: SeedFigure(
            id=key,
            source=sources[record["source"]],
            period=Period.parse(record["period"]),
            figure=read_figure(record["text"]),
            sentence=record["sentence"],
            as_of=record.get("as_of"),
            trade_total=record.get("trade_total", False),
            note=record.get("note"),
            note_vi=record.get("note_vi"),
            **{field: _percent(record, field, key) for field in _PERCENT_FIELDS},
        )
        for key, record in _load("seed_figures.toml")["figures"].items()
    }


def read_sentences(
    records: Iterable[Mapping[str, Any]], sources: Mapping[str, Source], *, file: str
) -> dict[str, SeedStatement]:
    """Read figure sentences into statements, checking each against the names it gives.

    Each record has ``document`` (a key of ``sources``), ``text`` (the
    sentence), ``statements`` (a name for each statement read from it, in
    order) and, optionally, ``period`` (the period of a sentence that names
    none).

    Raises:
        DataFileError: naming ``file`` and the sentence, when a document is
            unknown, a figure cannot be read, the names do not match the
            statements read, or a name is used twice.
    """
    from dongdang.statements import Statement, Unparsed, parse_statements  # noqa: PLC0415 - lazy

    read: dict[str, SeedStatement] = {}
    for number, record in enumerate(records, 1):
        where = f"sentence {number} ({str(record.get('text', ''))[:40]!r}…)"
        missing = [key for key in ("document", "text", "statements") if key not in record]
        if missing:
            raise DataFileError.of_value(
                "keys",
                tuple(record),
                f"must include {', '.join(missing)}",
                file=file,
                where=where,
            )
        source = sources.get(record["document"])
        if source is None:
            raise DataFileError.of_value(
                "document",
                record["document"],
                "must name a known document",
                file=file,
                where=where,
                hint=f"the sources are {sorted(sources)}",
            )
        period = Period.parse(record["period"]) if "period" in record else None
        items = parse_statements(record["text"], period=period)
        names = list(record["statements"])
        bad = [item.text for item in items if isinstance(item, Unparsed)]
        if bad:
            raise DataFileError.of_value(
                "text",
                record["text"],
                f"must read as statements; cannot read {bad}",
                file=file,
                where=where,
            )
        if len(names) != len(items):
            raise DataFileError.of_value(
                "statements",
                names,
                f"must give one name for each statement the sentence reads ({len(items)})",
                file=file,
                where=where,
            )
        for name, item in zip(names, items, strict=True):
            assert isinstance(item, Statement)  # noqa: S101 - Unparsed refused above
            if name in read:
                raise DataFileError.of_value(
                    "statement name", name, "must not be used twice", file=file, where=where
                )
            read[name] = SeedStatement(
                id=name, statement=item, source=source, sentence=record["text"]
            )
    return read


def seed_statements() -> dict[str, SeedStatement]:
    """Every figure sentence of the seed articles, read into statements, by id.

    >>> statements = seed_statements()
    >>> len(statements), statements["trade-2021-total"].statement.subject
    (26, 'tổng kim ngạch xuất nhập khẩu qua địa bàn các cửa khẩu')
    """
    raw = _load("seed_statements.toml")
    return read_sentences(raw["sentences"], _sources(), file="seed_statements.toml")


def seed_findings() -> tuple[SeedFinding, ...]:
    """The audit of the seed articles, with the documents each finding involves.

    Each article is audited on its own, then the articles together
    (:func:`~dongdang.auditing.audit_documents`: a base stated in one article
    checks a ratio of another for the same period). Where the dataset says two
    articles name one measure in different words, the ratio is checked against
    it too: seed-000's "kế hoạch giao" of 2020 is the year's capital plan that
    seed-004 states as 102.681 triệu đồng.
    """
    return _findings(_load("seed_statements.toml"), _sources())


def read_statements(
    text: str, sources: Mapping[str, Source], *, name: str = "statements.toml"
) -> dict[str, Any]:
    """The figure sentences of a ``statements.toml``, checked, as its parsed TOML.

    The file has ``[[sentences]]`` (see :func:`read_sentences`) and, optionally,
    ``[[same_measures]]``: ``words`` another document uses for the whole of
    the statement named ``whole_of``, and the ``subject`` it is about.

    Raises:
        DataFileError: the TOML does not parse, has other keys, or a sentence
            does not read (:func:`read_sentences`); the message names ``name``.
    """
    from dongdang._toml import parse_toml  # noqa: PLC0415 - only for a dataset's file

    raw = parse_toml(text, name)
    unknown = sorted(set(raw) - {"sentences", "same_measures"})
    if unknown or not isinstance(raw.get("sentences", []), list):
        raise DataFileError.in_file(
            name, f"expected [[sentences]] and [[same_measures]] tables, got {sorted(raw)}"
        )
    statements = read_sentences(raw.get("sentences", []), sources, file=name)
    for same in raw.get("same_measures", []):
        if not isinstance(same, dict) or same.get("whole_of") not in statements:
            raise DataFileError.in_file(
                name, f"same_measures {same!r} names no statement of the file"
            )
    return dict(raw)


def findings_of(
    raw: Mapping[str, Any], sources: Mapping[str, Source], *, name: str = "statements.toml"
) -> tuple[SeedFinding, ...]:
    """The audit of the sentences of a ``statements.toml`` (:func:`read_statements`)."""
    return _findings(raw, sources, name)


def _findings(
    raw: Mapping[str, Any], sources: Mapping[str, Source], file: str = "seed_statements.toml"
) -> tuple[SeedFinding, ...]:
    from dongdang.auditing import audit_documents  # noqa: PLC0415 - lazy: not needed to read

    if not raw:
        return ()
    statements = read_sentences(raw["sentences"], sources, file=file)
    origin: dict[int, Source] = {}
    for item in statements.values():
        origin.update((id(each), item.source) for each in item.statement.walk())
    bases: dict[str, Statement] = {}
    for same in raw.get("same_measures", []):
        named = statements[same["whole_of"]]
        bases[same["words"]] = base = _whole(named.statement, same["subject"])
        origin[id(base)] = named.source
    documents: dict[str, list[Statement | Unparsed]] = {}
    for item in statements.values():
        documents.setdefault(item.source.id, []).append(item.statement)
    findings = audit_documents(documents, bases=bases)
    return tuple(
        SeedFinding(
            finding=finding,
            sources=tuple(dict.fromkeys(origin[id(s)] for s in finding.statements)),
        )
        for finding in findings
    )


def _whole(statement: Statement, subject: str) -> Statement:
    """The whole of "42.119/102.681 triệu đồng" as a statement of its own about ``subject``."""
    assert statement.whole is not None  # noqa: S101 - the bundled data names a fraction
    return attrs.evolve(
        statement, subject=subject, value=statement.whole, whole=None, comparisons=()
    )
