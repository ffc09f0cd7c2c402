r"""The command line: ``python -m dongdang report`` and ``python -m dongdang audit FILE``.

``report [--lang vi|en] [--format text|markdown|json] [--data DIR] [--period TEXT]``
prints the zone's indicator report (:mod:`dongdang.report`); ``audit FILE… [--lang vi|en]
[--format text|json]`` checks the arithmetic of the figure sentences of
reports (:mod:`dongdang.auditing`): one line per finding, ``file:line:
SEVERITY: sentence`` (the sentence names the figure as printed and what the
other figures allow), then a count of findings, files and figures checked.
``--format json`` prints one JSON object for pipelines (see docs/api/audit.md).

Exit statuses, kept apart so that a pipeline never reads a crash as a finding:

=====  ===================================================================
0      done; for ``audit``, nothing inconsistent
1      ``audit`` found an inconsistency
2      bad usage (an unknown option, no command) or an input that cannot be
       read (missing, not UTF-8 text, empty, larger than 10 MB)
3      dongdang could not finish: the output could not be written (a full
       disk) or an internal error; one line on standard error, no traceback
130    interrupted (Ctrl-C)
141    standard output was closed early (``… | head``): dongdang stops
       quietly, as Unix tools do (128 + SIGPIPE)
=====  ===================================================================

A standard output that cannot encode Vietnamese (``PYTHONIOENCODING=ascii``)
gets ``\u`` escapes for the characters it lacks, with a note on standard error.
"""

from __future__ import annotations

import argparse
import codecs
import io
import json
import os
import sys
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeVar

from dongdang._messages import message
from dongdang._toml import MAX_FILE_BYTES
from dongdang.errors import DongDangError
from dongdang.periods import Period
from dongdang.report import FORMATS, build_report, render

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from fractions import Fraction

    from dongdang.auditing import Finding
    from dongdang.dataset import Dataset
    from dongdang.periods import Language
    from dongdang.statements import Statement, Unparsed


_T = TypeVar("_T")

#: The exit statuses (see the module docstring).
CLEAN, INCONSISTENT, BAD_INPUT, FAILED, INTERRUPTED, BROKEN_PIPE = 0, 1, 2, 3, 130, 141
#: The largest input ``audit`` reads, in bytes (10 MB), as for a data file.
MAX_INPUT_BYTES: Final = MAX_FILE_BYTES

_EPILOG: Final = (
    "Exit status: 0 done (audit: nothing inconsistent), 1 audit found an inconsistency, "
    "2 bad usage or an unreadable input, 3 the output could not be written or an internal "
    "error, 141 standard output closed early (| head)."
)


def _parser() -> argparse.ArgumentParser:
    from importlib.metadata import version  # noqa: PLC0415 - only the command line needs it

    parser = argparse.ArgumentParser(
        prog="python -m dongdang",
        description="The Đồng Đăng – Lạng Sơn border-gate economic zone, from its reports.",
        epilog=_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('dongdang')}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    report = commands.add_parser(
        "report",
        help="print the zone's indicator report from a dataset (default: the bundled one)",
        description=(
            "Print the zone's indicator report from a dataset (--data DIR; default: the "
            "bundled seed dataset): gates clearing goods, fees, trade, disbursement and "
            "tasks, each figure with how it was derived and its sources, then the findings "
            "of the audit of the dataset's documents. "
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
    report.add_argument(
        "--data",
        metavar="DIR",
        help="a dataset directory (see the docs' 'Your own data'); default: the bundled seed data",
    )
    report.add_argument(
        "--period",
        metavar="TEXT",
        help=(
            "report on what lies within this period, written as a report writes it "
            "('năm 2021', '9 tháng đầu năm 2020'): the fee, trade and disbursement periods, "
            "the counts of gates and tasks and the audit's findings; default: the latest "
            "of the records"
        ),
    )
    check = commands.add_parser(
        "audit",
        help="check the arithmetic of the figures of a report",
        description=(
            "Read the figure sentences of UTF-8 reports, check their arithmetic and print "
            "the findings. Several reports are audited together: a ratio in one to a base "
            "stated in another (same words, same period) is checked against it. "
            "Exit status: 0 when nothing is inconsistent, 1 when something is, "
            "2 when an input cannot be read (at most 10 MB of UTF-8 text), "
            "3 when the findings cannot be written."
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
        if name == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with Path(name).open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
        raise _InputError(message(_OS_ERRORS[type(error)], lang, label=label)) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _InputError(message("cli.cannot_read", lang, label=label, reason=reason)) from None
    if len(data) > MAX_INPUT_BYTES:
        limit = MAX_INPUT_BYTES // (1024 * 1024)
        raise _InputError(message("cli.too_large", lang, label=label, limit=limit))
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
    # positional notation always ("600750", never normalize's "6.0075E+5")
    return format(exact.quantize(Decimal("0.000001"), rounding=rounding).normalize(), "f")


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


def _escape_what_stdout_cannot_encode() -> None:
    r"""Write ``\u`` escapes, not a traceback, when standard output is not UTF-8."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper):
        return
    if codecs.lookup(stream.encoding).name == "utf-8":
        return
    stream.reconfigure(errors="backslashreplace")
    sys.stderr.write(
        f"dongdang: standard output is {stream.encoding}, not UTF-8: characters it lacks "
        "are written as escapes such as \\u0111 (set PYTHONIOENCODING=utf-8 to see them)\n"
    )


def _silence_stdout() -> None:
    """Point standard output at the null device, so that no flush at exit fails again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - a stdout without a descriptor
        return


def _given(read: Callable[[str], _T], value: str | None, what: str) -> _T | None:
    """``read(value)``, or None without a value; a value refused raises _InputError naming it."""
    if value is None:
        return None
    try:
        return read(value)
    except DongDangError as error:
        raise _InputError(f"{what}{error}") from None


def _dataset(directory: str) -> Dataset:
    from dongdang.dataset import Dataset  # noqa: PLC0415 - only with --data

    return Dataset.load(directory)


def _run(arguments: argparse.Namespace) -> int:
    if arguments.command == "audit":
        return _audit(arguments.files, arguments.lang, arguments.format)
    try:
        period = _given(Period.parse, arguments.period, "--period: ")
        dataset = _given(_dataset, arguments.data, "")
    except _InputError as error:
        sys.stderr.write(f"dongdang report: {error}\n")
        return BAD_INPUT
    report = build_report(arguments.lang, dataset=dataset, period=period)
    sys.stdout.write(render(report, arguments.format))
    return CLEAN


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (see the module docstring).

    Usage errors, ``--help`` and ``--version`` raise :class:`SystemExit` from
    :mod:`argparse` (status 2, 0 and 0); run bare, it prints the help on
    standard error and exits with 2, as for any usage error. Every other
    failure is one line on standard error and a status.
    """
    parser = _parser()
    given = sys.argv[1:] if argv is None else list(argv)
    if not given:  # help, where argparse would only complain that COMMAND is missing
        parser.print_help(sys.stderr)
        raise SystemExit(BAD_INPUT)
    arguments = parser.parse_args(given)
    _escape_what_stdout_cannot_encode()
    try:
        status = _run(arguments)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE
    except KeyboardInterrupt:
        sys.stderr.write("dongdang: interrupted\n")
        return INTERRUPTED
    except OSError as error:
        reason = error.strerror or type(error).__name__
        sys.stderr.write(f"dongdang: cannot write the output: {reason}\n")
        return FAILED
    except DongDangError as error:  # an input the readers refused late
        sys.stderr.write(f"dongdang: {error}\n")
        return BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback
        sys.stderr.write(
            f"dongdang: internal error ({type(error).__name__}: {error}); "
            "please report it with the command that caused it\n"
        )
        return FAILED
    return status


if __name__ == "__main__":
    sys.exit(main())
