"""The caller's decimal context, warnings filters and locale are never read or changed.

A notebook may set ``decimal.getcontext().prec = 3`` or trap ``Inexact``; the
report and the audit must print the same text as in a default interpreter, and
leave the notebook's context, flags, warnings filters and locale as they were.
"""

from __future__ import annotations

import decimal
import locale
import threading
import warnings
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from dongdang import audit, describe, format_number, format_percent, parse_statements
from dongdang.__main__ import main
from dongdang.auditing import audit_documents
from dongdang.data import seed_findings, seed_statements
from dongdang.report import FORMATS, build_report, render

if TYPE_CHECKING:
    from collections.abc import Callable

#: What a hostile caller sets: three digits, rounding down, and a trap on every rounding.
HOSTILE = {
    "prec=3, ROUND_FLOOR, traps on Inexact": decimal.Context(
        prec=3,
        rounding=decimal.ROUND_FLOOR,
        traps=[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation],
    ),
    "prec=3, ROUND_FLOOR, no traps": decimal.Context(
        prec=3, rounding=decimal.ROUND_FLOOR, traps=[]
    ),
    "prec=1, ROUND_UP, tiny exponents": decimal.Context(
        prec=1, rounding=decimal.ROUND_UP, Emax=5, Emin=-5, traps=[decimal.Subnormal]
    ),
    "prec=50, ROUND_HALF_DOWN, no traps": decimal.Context(
        prec=50, rounding=decimal.ROUND_HALF_DOWN, traps=[]
    ),
}


def texts() -> dict[str, str]:
    """Every text the report and the audit print, in both languages and every format."""
    sentences = [seed.statement.text for seed in seed_statements().values()]
    documents = {f"doc {index}": parse_statements(text) for index, text in enumerate(sentences)}
    out: dict[str, str] = {}
    for lang in ("vi", "en"):
        report = build_report(lang)
        for format_ in FORMATS:
            out[f"report {lang} {format_}"] = render(report, format_)
        out[f"seed audit {lang}"] = "\n".join(
            seed.finding.explain(lang) for seed in seed_findings()
        )
        out[f"audit {lang}"] = "\n".join(
            finding.explain(lang) for finding in audit_documents(documents)
        )
        out[f"single audits {lang}"] = "\n".join(
            finding.explain(lang) for items in documents.values() for finding in audit(items)
        )
        out[f"described {lang}"] = "\n".join(
            describe(item, lang)
            for items in documents.values()
            for item in items
            if hasattr(item, "walk")
        )
    return out


def _state(context: decimal.Context) -> tuple[object, ...]:
    return (
        context.prec,
        context.rounding,
        context.Emax,
        context.Emin,
        context.capitals,
        context.clamp,
        dict(context.traps),
        dict(context.flags),
    )


def _in_context(context: decimal.Context, run: Callable[[], dict[str, str]]) -> object:
    """``run()`` in a thread whose context is ``context``: its text, or what it raised."""
    with decimal.localcontext(context) as inside:
        before = _state(inside)
        try:
            result: object = run()
        except ArithmeticError as error:  # a trap of the caller's context reached dongdang
            result = error
        return result, _state(inside) == before


def test_the_text_is_the_same_whatever_the_callers_context_in_several_threads() -> None:
    expected = texts()
    results: dict[str, object] = {}

    def worker(name: str, context: decimal.Context) -> None:
        results[name] = _in_context(context, texts)

    threads = [
        threading.Thread(target=worker, args=(f"{name} #{copy}", context))
        for name, context in HOSTILE.items()
        for copy in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == len(threads)
    for name, (text, untouched) in results.items():  # type: ignore[misc]
        assert not isinstance(text, ArithmeticError), (name, text)
        for key, value in expected.items():
            assert text[key] == value, (name, key)
        assert untouched, name


@pytest.mark.parametrize("context", HOSTILE.values(), ids=HOSTILE)
def test_the_command_line_prints_the_same_in_a_hostile_context(
    context: decimal.Context, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--lang", "en"]) == 0
    expected = capsys.readouterr().out
    with decimal.localcontext(context) as inside:
        before = _state(inside)
        assert main(["report", "--lang", "en"]) == 0
        assert _state(inside) == before
    assert capsys.readouterr().out == expected


def test_warnings_filters_and_locale_are_left_alone() -> None:
    filters = list(warnings.filters)
    where = locale.setlocale(locale.LC_ALL, None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        texts()
    assert [str(warning.message) for warning in caught] == []
    assert warnings.filters == filters
    assert locale.setlocale(locale.LC_ALL, None) == where


def test_formatting_ignores_the_callers_exponent_limits() -> None:
    value = Decimal("1.234567891")
    expected = (format_number(value, "vi", 9), format_percent(value, "en", 7))
    with decimal.localcontext(decimal.Context(prec=3, Emax=5, Emin=-5, traps=[])) as inside:
        before = _state(inside)
        assert (format_number(value, "vi", 9), format_percent(value, "en", 7)) == expected
        assert _state(inside) == before
    assert expected == ("1,234567891", "123.4567891%")
