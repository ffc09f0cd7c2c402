"""The command line: ``python -m dongdang report`` and ``python -m dongdang audit FILE``.

``report [--lang vi|en] [--format text|markdown|json]`` prints the zone's
indicator report (:mod:`dongdang.report`); ``audit FILE… [--lang vi|en]
[--format text|json]`` checks the arithmetic of the figure sentences of
reports (:mod:`dongdang.auditing`): one line per finding, ``file:line:
SEVERITY: sentence`` (the sentence names the figure as printed and what the
other figures allow), then a count of findings, files and figures checked.
``--format json`` prints one JSON object for pipelines (see docs/api/audit.md).
Exit status: 0 nothing inconsistent, 1 something inconsistent, 2 an input
cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Final

from dongdang._messages import message
from dongdang.report import FORMATS, build_report, render

if TYPE_CHECKING:
    from collections.abc import Sequence
    from fractions import Fraction

    from dongdang.auditing import Finding
    from dongdang.periods import Language
    from dongdang.statements import Statement, Unparsed


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dongdang",
        description="The Đồng Đăng – Lạng Sơn border-gate economic zone, from its reports.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    report = commands.add_parser(
        "report",
        help="print the zone's indicator report from the bundled dataset",
        description=(
            "Print the zone's indicator report from the bundled dataset: gates clearing "
            "goods, fees, trade, disbursement and tasks, each figure with how it was derived "
            "and its sources, then the findings of the audit of the seed articles. "
            "Exit status: 0 whenever the report is printed; findings are part of the "
            "report, not a failure (use `audit FILE` for an exit status that reflects them)."
        ),
    )
    report.add_argument("--lang", choices=("vi", "en"), default="vi", help="language (default: vi)")
    report.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text for a terminal, markdown (CommonMark), or json (default: text)",
    )
    check = commands.add_parser(
        "audit",
        help="check the arithmetic of the figures of a report",
        description=(
            "Read the figure sentences of UTF-8 reports, check their arithmetic and print "
            "the findings. Several reports are audited together: a ratio in one to a base "
            "stated in another (same words, same period) is checked against it. "
            "Exit status: 0 when nothing is inconsistent, 1 when something is, "
            "2 when an input cannot be read."
        ),
    )
    check.add_argument("files", metavar="FILE", nargs="+", help="a report, or - for standard input")
    check.add_argument("--lang", choices=("vi", "en"), default="vi", help="language (default: vi)")
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per finding (file:line: severity: sentence) and a count; "
        "json: one object with the findings, for pipelines (default: text)",
    )
    return parser


class _InputError(Exception):
    """The input cannot be audited; the message names it."""


#: The message of each common reason a file cannot be read, in the reader's language.
_OS_ERRORS: Final[dict[type[OSError], str]] = {
    FileNotFoundError: "cli.missing",
    IsADirectoryError: "cli.directory",
    PermissionError: "cli.forbidden",
}


def _read(name: str, lang: Language) -> str:
    """The text of FILE (or standard input for "-"), refused when not readable UTF-8 text."""
    label = _label(name, lang)
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
        raise _InputError(message(_OS_ERRORS[type(error)], lang, label=label)) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _InputError(message("cli.cannot_read", lang, label=label, reason=reason)) from None
    if b"\x00" in data:
        raise _InputError(message("cli.binary", lang, label=label))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _InputError(
            message(
                "cli.not_utf8",
                lang,
                label=label,
                byte=f"{data[error.start]:#04x}",
                position=error.start,
            )
        ) from None
    if not text.strip():
        raise _InputError(message("cli.empty", lang, label=label))
    return text


def _label(name: str, lang: Language) -> str:
    return message("cli.stdin", lang) if name == "-" else name


def _audit(names: Sequence[str], lang: Language, form: str = "text") -> int:
    from dongdang.auditing import Severity, audit_documents  # noqa: PLC0415 - only this command
    from dongdang.statements import Statement, parse_statements  # noqa: PLC0415 - only here

    try:
        texts = [(_label(name, lang), _read(name, lang)) for name in names]
    except _InputError as error:
        sys.stderr.write(f"dongdang audit: {error}\n")
        return 2
    documents: dict[str, list[Statement | Unparsed]] = {}
    origin: dict[int, tuple[str, str]] = {}
    for label, text in texts:
        key = label if label not in documents else f"{label} ({len(documents) + 1})"
        documents[key] = parse_statements(text)
        for item in documents[key]:
            for each in item.walk() if isinstance(item, Statement) else (item,):
                origin[id(each)] = (key, text)
    # the figures checked: each statement's, totals and parts
    figures = sum(
        len(list(item.walk()))
        for items in documents.values()
        for item in items
        if isinstance(item, Statement)
    )
    findings = audit_documents(documents)
    status = 1 if any(f.severity is Severity.INCONSISTENT for f in findings) else 0
    if form == "json":
        rows = [_row(finding, origin, lang) for finding in findings]
        report = {"files": len(texts), "figures": figures, "status": status, "findings": rows}
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return status
    if not any(documents.values()):
        labels = ", ".join(documents)
        sys.stdout.write(message("cli.no_figures", lang, labels=labels) + "\n")
        return 0
    for finding in findings:
        severity = message(f"severity.{finding.severity.value}", lang)
        sys.stdout.write(f"{_place(finding, origin)}: {severity}: {finding.explain(lang)}\n")
    if findings:
        count = len({_place(finding, origin).rpartition(":")[0] for finding in findings})
        sys.stdout.write(
            message(
                "cli.summary",
                lang,
                findings=_counted(len(findings), "finding", lang),
                files=_counted(count, "file", lang),
                figures=_counted(figures, "figure", lang),
            )
            + "\n"
        )
    else:
        sys.stdout.write(message("cli.ok", lang, figures=figures) + "\n")
    return status


def _counted(number: int, noun: str, lang: Language) -> str:
    """A number and its noun from the catalogue, singular or plural: "3 findings", "1 file"."""
    return message(f"cli.{noun}.{'one' if number == 1 else 'many'}", lang, count=number)


def _place(finding: Finding, origin: dict[int, tuple[str, str]]) -> str:
    """``file:line`` of the figure a finding is about: its first statement's, or the unread text."""
    item: Statement | Unparsed = (
        finding.unparsed if finding.unparsed is not None else finding.statements[0]
    )
    name, text = origin[id(item)]
    return f"{name}:{text.count(chr(10), 0, item.span[0]) + 1}"


def _end(value: Fraction | None, rounding: str) -> str | None:
    """A bound as a decimal string for JSON ("14.576999"), rounded outwards; None if unbounded."""
    if value is None:
        return None
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal("0.000001"), rounding=rounding).normalize())


def _row(finding: Finding, origin: dict[int, tuple[str, str]], lang: Language) -> dict[str, object]:
    name, _, line = _place(finding, origin).rpartition(":")
    allowed = finding.allowed
    return {
        "file": name,
        "line": int(line),
        "severity": finding.severity.value,
        "kind": finding.kind.value,
        "printed": finding.printed,
        "allowed": None
        if allowed is None
        else {"low": _end(allowed.low, ROUND_FLOOR), "high": _end(allowed.high, ROUND_CEILING)},
        "truncated": finding.truncated,
        "message": finding.explain(lang),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    arguments = _parser().parse_args(argv)
    if arguments.command == "audit":
        return _audit(arguments.files, arguments.lang, arguments.format)
    sys.stdout.write(render(build_report(arguments.lang), arguments.format))
    return 0


if __name__ == "__main__":
    sys.exit(main())
