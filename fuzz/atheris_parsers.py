"""Coverage-guided fuzzing of dongdang's parsers and loaders with atheris (``nox -s fuzz``).

Every input is turned into text for one reader; a reader may accept it or
raise a DongDangError, and anything else is a crash that atheris saves and
reports. Run it directly with libFuzzer's options::

    python fuzz/atheris_parsers.py -atheris_runs=1000000 -artifact_prefix=/tmp/

Without an atheris wheel for the interpreter it says so and exits 0: the
Hypothesis fuzzing of ``tests/test_fuzz.py`` still runs.
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

try:
    import atheris
except ImportError:  # no wheel for this interpreter
    sys.stdout.write("atheris is not installed: skipped (pip install atheris)\n")
    sys.exit(0)

with atheris.instrument_imports():
    from dongdang import (
        DongDangError,
        LegalReference,
        Period,
        parse_amount,
        parse_number,
        parse_percent,
        parse_statements,
        read_figure,
    )
    from dongdang.exchange import ExchangeRateTable
    from dongdang.fees import FeeSchedule
    from dongdang.gates import GateRegistry
    from dongdang.projects import Portfolio
    from dongdang.tasks import TaskLog
    from dongdang.units import unit_of
    from dongdang.zoning import Area, PlanRegistry

if TYPE_CHECKING:
    from collections.abc import Callable

TARGETS: tuple[Callable[[str, str], object], ...] = (
    parse_amount,
    parse_number,
    parse_percent,
    read_figure,
    parse_statements,
    lambda text, _lang: Period.parse(text),
    lambda text, _lang: LegalReference.parse(text),
    Area.parse,
    lambda text, _lang: unit_of(text),
    lambda text, _lang: GateRegistry.loads(text),
    lambda text, _lang: FeeSchedule.loads(text),
    lambda text, _lang: Portfolio.loads(text),
    lambda text, _lang: TaskLog.loads(text),
    lambda text, _lang: PlanRegistry.loads(text),
    lambda text, _lang: ExchangeRateTable.loads(text),
)


def one_input(data: bytes) -> None:
    """Read ``data`` with the reader its first byte picks."""
    provider = atheris.FuzzedDataProvider(data)
    target = TARGETS[provider.ConsumeIntInRange(0, len(TARGETS) - 1)]
    lang = "vi" if provider.ConsumeBool() else "en"
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    with contextlib.suppress(DongDangError):
        target(text, lang)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
