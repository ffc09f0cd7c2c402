"""The report written out: as text, Markdown or JSON (with its JSON Schema)."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib.resources import files
from typing import TYPE_CHECKING, Final

from dongdang._decimal import QUOTIENT, own_context
from dongdang._messages import capital, day, message
from dongdang.errors import (
    InvalidTypeError,
    UnknownCodeError,
)

if TYPE_CHECKING:
    from collections.abc import Iterable
    from fractions import Fraction

    from dongdang.data import Source
    from dongdang.periods import Language, Period

from dongdang.report._model import (
    FORMATS,
    JSON_SCHEMA_VERSION,
    Comparison,
    Format,
    Line,
    Report,
    ReportFinding,
    Section,
)

# -- rendering ------------------------------------------------------------------------


def _source_name(source: Source, lang: Language) -> str:
    """A document as an official names it: its title and the date of what it reports.

    "tài liệu “Hội nghị sơ kết …” (sự kiện ngày 26/06/2024)"; the date of
    publication where no event date is known, else "không rõ ngày".
    """
    if source.event is not None:
        when = message("report.event_day", lang, day=day(source.event, lang))
    elif source.published is not None:
        when = message("report.published_day", lang, day=day(source.published, lang))
    else:
        when = message("report.date_unknown", lang)
    return message("report.source", lang, title=source.title, when=when)


def _source_names(report: Report, ids: Iterable[str]) -> str:
    """The documents with these ids, named (:func:`_source_name`), one after the other.

    "không có" ("none") when a line cites no document (records without a source).
    """
    named = {source.id: source for source in report.sources}
    names = "; ".join(_source_name(named[key], report.lang) for key in ids)
    return names or message("report.no_sources", report.lang)


def _source_entry(source: Source, lang: Language) -> str:
    """A document in the list of sources: its name and the file it is kept in."""
    name = capital(_source_name(source, lang))
    return message("report.source.entry", lang, name=name, file=source.file)


def _headings(lang: Language) -> dict[str, str]:
    """The headings and line words of a rendered report, from the catalogue."""
    keys = ("how", "cited", "findings", "no_findings", "sources")
    return {key: message(f"report.{key}", lang) for key in keys}


def _severity(finding: ReportFinding, lang: Language) -> str:
    """The severity of a finding in words: "SAI LỆCH", "INCONSISTENT"."""
    return message(f"severity.{finding.severity.value}", lang)


def _exact(value: Fraction) -> Decimal:
    """A fraction as a Decimal: exact when it terminates, else to 34 significant digits."""
    return QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator))


def _decimal_text(value: Fraction | None) -> str | None:
    """A bound for JSON: a plain decimal string, or None for an unbounded end."""
    if value is None:
        return None
    return format(_exact(value), "f")


def render_text(report: Report) -> str:
    """Render a report as plain text for a terminal.

    Each line gives its label and value, then, indented, how the value was
    had and its sources; the findings and the sources close the report.
    """
    words = _headings(report.lang)
    out: list[str] = [report.title, "=" * len(report.title)]
    for section in report.sections:
        out += ["", section.title, "-" * len(section.title)]
        if section.omitted is not None:
            out.append(message("report.omitted", report.lang, reason=section.omitted))
        for line in section.lines:
            out += [
                f"* {line.label}: {line.value}",
                f"    {words['how']}: {line.derivation}",
                f"    {words['cited']}: {_source_names(report, line.sources)}",
            ]
    out += ["", words["findings"], "-" * len(words["findings"])]
    if not report.findings:
        out.append(words["no_findings"])
    for finding in report.findings:
        out.append(f"* {_severity(finding, report.lang)}: {finding.explanation}")
        out.append(f"    {words['cited']}: {_source_names(report, finding.sources)}")
    out += ["", words["sources"], "-" * len(words["sources"])]
    out += [f"* {_source_entry(source, report.lang)}" for source in report.sources]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Text as CommonMark inline content: special characters escaped, one line."""
    escaped = "".join(f"\\{char}" if char in _MD_SPECIAL else char for char in text)
    return " ".join(escaped.split())


_MD_SPECIAL: Final = frozenset("\\`*_[]<>&")


def render_markdown(report: Report) -> str:
    """Render a report as CommonMark: a heading per section, a list of its lines.

    Every piece of text is escaped, so figures and quotes never turn into markup.
    """
    words = _headings(report.lang)
    out: list[str] = [f"# {_md(report.title)}"]
    for section in report.sections:
        out += ["", f"## {_md(section.title)}", ""]
        if section.omitted is not None:
            out.append(_md(message("report.omitted", report.lang, reason=section.omitted)))
        for line in section.lines:
            out += [
                f"- **{_md(line.label)}**: {_md(line.value)}",
                f"  - {words['how']}: {_md(line.derivation)}",
                f"  - {words['cited']}: {_md(_source_names(report, line.sources))}",
            ]
    out += ["", f"## {words['findings']}", ""]
    if not report.findings:
        out.append(words["no_findings"])
    for finding in report.findings:
        out.append(f"- **{_md(_severity(finding, report.lang))}**: {_md(finding.explanation)}")
        out.append(f"  - {words['cited']}: {_md(_source_names(report, finding.sources))}")
    out += ["", f"## {words['sources']}", ""]
    out += [f"- {_md(_source_entry(source, report.lang))}" for source in report.sources]
    return "\n".join(out) + "\n"


def _json_source(source: Source) -> dict[str, str | None]:
    return {
        "id": source.id,
        "title": source.title,
        "event": None if source.event is None else source.event.isoformat(),
        "published": None if source.published is None else source.published.isoformat(),
        "file": source.file,
    }


def _plain(value: Decimal | None) -> str | None:
    """A number for JSON: a plain decimal string (no exponent), or None."""
    return None if value is None else format(value, "f")


def _json_period(period: Period | None) -> dict[str, str] | None:
    if period is None:
        return None
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


def _json_comparison(comparison: Comparison | None) -> dict[str, object] | None:
    if comparison is None:
        return None
    return {
        "kind": comparison.kind,
        "rate": _plain(comparison.rate),
        "base": _plain(comparison.base),
        "base_unit": comparison.base_unit,
        "base_period": _json_period(comparison.base_period),
        "base_origin": comparison.base_origin,
    }


def _json_line(line: Line) -> dict[str, object]:
    measure = line.measure
    return {
        "label": line.label,
        "text": line.value,
        "derivation": line.derivation,
        "sources": list(line.sources),
        "records": list(line.records),
        "kind": measure.kind,
        "value": _plain(measure.value),
        "unit": measure.unit,
        "period": _json_period(measure.period),
        "origin": measure.origin,
        "qualifier": None if measure.qualifier is None else measure.qualifier.value,
        "interval": {"low": _plain(measure.low), "high": _plain(measure.high)}
        if measure.interval
        else None,
        "comparison": _json_comparison(measure.comparison),
    }


def _json_section(section: Section) -> dict[str, object]:
    """A section; ``omitted`` (why it has no lines) only when it has none."""
    document: dict[str, object] = {
        "key": section.key,
        "title": section.title,
        "lines": [_json_line(line) for line in section.lines],
    }
    if section.omitted is not None:
        document["omitted"] = section.omitted
    return document


def render_json(report: Report) -> str:
    """Render a report as a JSON document (UTF-8 text, indented by two spaces).

    The schema is documented in ``docs/api/report.md``: ``schema_version``,
    ``title``, ``language``, ``dataset`` (``name`` and ``title``, or null for
    an untitled dataset), ``sections`` (``key``, ``title``, ``omitted`` (why a
    section has no lines, only then), ``lines`` with
    ``label``, ``text`` (the value as displayed), ``derivation``, ``sources``
    and the value as numbers: ``kind``, ``value``, ``unit``, ``period``,
    ``origin``, ``qualifier``, ``interval``, ``comparison``), ``findings``
    (``severity``, ``kind``, ``explanation``, ``allowed`` with ``low`` and
    ``high``, ``stated``, ``sources``) and ``sources`` (``id``, ``title``,
    ``event``, ``published``, ``file``). The document validates against
    :func:`json_schema` (``dongdang/schemas/report.schema.json``).
    """
    info = report.dataset
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "title": report.title,
        "language": report.lang,
        "dataset": None
        if info is None
        else {"name": info.name, "title": info.title_in(report.lang)},
        "sections": [_json_section(section) for section in report.sections],
        "findings": [
            {
                "severity": finding.severity.value,
                "kind": finding.kind,
                "explanation": finding.explanation,
                "allowed": None
                if finding.allowed is None
                else {
                    "low": _decimal_text(finding.allowed.low),
                    "high": _decimal_text(finding.allowed.high),
                },
                "stated": finding.stated,
                "sources": list(finding.sources),
            }
            for finding in report.findings
        ],
        "sources": [_json_source(source) for source in report.sources],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def json_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of the document :func:`render_json` writes.

    It ships with the package as ``dongdang/schemas/report.schema.json``.

    >>> from dongdang.report import JSON_SCHEMA_VERSION, json_schema
    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["properties"]["schema_version"]["const"] == JSON_SCHEMA_VERSION
    True
    """
    text = files("dongdang").joinpath("schemas", "report.schema.json").read_text("utf-8")
    schema: dict[str, object] = json.loads(text)
    return schema


_RENDERERS: Final = {"text": render_text, "markdown": render_markdown, "json": render_json}


@own_context
def render(report: Report, format: Format = "text") -> str:  # noqa: A002 - the CLI's word
    """Render a report in ``format``: "text", "markdown" or "json".

    Raises:
        InvalidTypeError: ``report`` is not a :class:`Report`.
        UnknownCodeError: ``format`` is none of them; the message names it.

    >>> from dongdang.report import build_report, render
    >>> render(build_report("en"), "json")[:1]
    '{'
    >>> render(build_report("en"), "xml")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown report format 'xml'; expected one of 'text', ...
    """
    if not isinstance(report, Report):
        raise InvalidTypeError.of("report", "a Report", report)
    renderer = _RENDERERS.get(format) if isinstance(format, str) else None
    if renderer is None:
        raise UnknownCodeError("report format", format, FORMATS)
    return renderer(report)
