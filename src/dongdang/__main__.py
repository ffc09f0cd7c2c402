"""The command line: ``python -m dongdang report``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from dongdang.report import build_report, render_text

if TYPE_CHECKING:
    from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dongdang",
        description="The Đồng Đăng – Lạng Sơn border-gate economic zone, from its reports.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    report = commands.add_parser(
        "report",
        help="print the zone's indicators derived from the bundled seed figures",
        description="Print the zone's indicators derived from the seed figures, with sources.",
    )
    report.add_argument("--lang", choices=("vi", "en"), default="vi", help="language (default: vi)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    arguments = _parser().parse_args(argv)
    # `report` is the only command so far; argparse refuses any other.
    sys.stdout.write(render_text(build_report(arguments.lang)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
