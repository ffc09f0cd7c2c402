"""The bundled seed figures, the report derived from them, and the command line."""

from __future__ import annotations

import runpy
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from dongdang import InvalidValueError, parse_amount
from dongdang.__main__ import main
from dongdang.data import _percent, seed_figures
from dongdang.report import build_report, render_text

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _half_up(value: Fraction, places: int) -> Fraction:
    scaled = value * 10**places
    return Fraction(int(scaled + Fraction(1, 2)), 10**places)


def _vi(value: Fraction, places: int) -> str:
    """Write a non-negative fraction the Vietnamese way, independently of dongdang."""
    rounded = _half_up(value, places)
    whole = int(rounded)
    digits = f"{whole:,}".replace(",", ".")
    if places == 0:
        return digits
    fraction = int((rounded - whole) * 10**places)
    return f"{digits},{fraction:0{places}d}"


# -- the data ------------------------------------------------------------------


def test_every_figure_is_printed_in_its_sentence_and_its_article() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not beside the repository ({SEEDS})")
    for key, item in seed_figures().items():
        article = " ".join((SEEDS / item.source.file).read_text("utf-8").split())
        sentence = " ".join(item.sentence.split())
        assert sentence in article, key
        printed = (
            item.figure.text.split()[-3:] if item.figure.qualifier else item.figure.text.split()
        )
        assert " ".join(printed[:1]) in sentence, key


def test_stated_percents_keep_their_printed_precision() -> None:
    figures = seed_figures()
    growth = figures["fee-2024-jan-may-total"].stated("growth")
    assert (growth.value, growth.decimals) == (Fraction(144, 10), 1)
    assert figures["fee-2020-9m-total"].stated("growth").fraction < 0  # "giảm 21,5%"


def test_a_percent_the_sentence_does_not_state_is_a_lookup_error_naming_it() -> None:
    trips = seed_figures()["trips-2021-transshipment"]
    with pytest.raises(LookupError, match="trips-2021-transshipment states no 'growth'"):
        trips.stated("growth")
    with pytest.raises(LookupError, match="'colour'"):
        trips.stated("colour")


@pytest.mark.parametrize("text", ["52 tỷ đồng", "trên 41%"])
def test_a_percent_field_holding_something_else_is_refused(text: str) -> None:
    with pytest.raises(InvalidValueError, match=text):
        _percent({"growth": text}, "growth", "figure-x")


def test_qualified_figures_keep_their_qualifier() -> None:
    nine = seed_figures()["fee-2020-9m-total"]
    assert nine.figure.qualifier_word == "trên"
    assert nine.figure.quantity == parse_amount("344,8 tỷ đồng")


def test_a_source_without_a_date_says_so() -> None:
    cite = seed_figures()["trade-2021-total"].source.cite()
    assert "date unknown" in cite
    assert "seed-003" in cite


# -- the report ----------------------------------------------------------------


def _report_text(lang: str = "vi") -> str:
    return render_text(build_report(lang))  # type: ignore[arg-type]


def test_report_derives_the_2021_trade_growth_from_its_components() -> None:
    export_2020 = Fraction(1370) / Fraction("1.123")
    import_2020 = Fraction(2900) / Fraction("1.824")
    growth = Fraction(4270) / (export_2020 + import_2020) - 1
    text = _report_text()
    assert "4.270 triệu USD, +52%" in text
    assert "1.370 triệu USD, +12,3%" in text
    assert "2.900 triệu USD, +82,4%" in text
    assert f"+{_vi(growth * 100, 1)}%" in text
    assert _vi(growth * 100, 1) == "52,0"
    assert f"{_vi(export_2020, 1)} triệu USD" in text


def test_report_states_the_disbursement_ratio() -> None:
    ratio = Fraction(42119, 102681)
    assert f"42.119/102.681 triệu đồng = {_vi(ratio * 100, 1)}%" in _report_text()


def test_report_gives_the_average_transshipment_fee_per_trip_and_the_implied_estimate() -> None:
    per_trip = Fraction(100_751 * 10**6, 215_385)
    estimate = Fraction(100_751) / Fraction("1.7826")
    text = _report_text()
    assert f"{_vi(per_trip, 0)} đồng/lượt" in text
    assert f"{_vi(estimate, 0)} triệu đồng" in text


def test_report_flags_the_2024_fee_growth_its_components_contradict() -> None:
    before = Fraction(234_433) / Fraction("1.141") + Fraction(44_285) / Fraction("1.175")
    implied = Fraction(278_718) / before - 1
    assert _vi(implied * 100, 1) != "14,4"
    assert f"+{_vi(implied * 100, 1)}%" in _report_text()
    assert "KHÁC với +14,4% đã nêu" in _report_text()
    assert "DIFFERS from the stated +14.4%" in _report_text("en")


def test_report_derives_the_plan_and_allocation_of_the_nine_month_report() -> None:
    plan = Fraction("52.6") / Fraction("0.512")
    allocation = Fraction("52.6") / Fraction("0.896")
    text = _report_text()
    assert f"{_vi(plan, 1)} tỷ đồng" in text
    assert f"{_vi(allocation, 1)} tỷ đồng" in text
    assert "trên 52,6 tỷ đồng" in text


def test_a_ratio_is_never_written_as_a_growth() -> None:
    assert "khớp với 41% đã nêu" in _report_text()


def test_report_cites_every_source_it_uses() -> None:
    report = build_report("en")
    cited = {
        source for section in report.sections for line in section.lines for source in line.sources
    }
    for source in cited:
        assert any(citation.startswith(f"[{source}]") for citation in report.sources)


# -- the command line ------------------------------------------------------------


def test_main_prints_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "4,270 million USD, +52%" in out
    assert out == _report_text("en")


def test_python_m_dongdang_report_runs_in_a_fresh_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dongdang", "report"],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == _report_text("vi")


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        ([], "COMMAND"),
        (["audit-everything"], "audit-everything"),
        (["report", "--lang", "fr"], "'fr'"),
        (["report", "--format", "json"], "--format"),
    ],
)
def test_bad_command_lines_exit_2_with_a_message_naming_the_input(
    argv: list[str], complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert complaint in capsys.readouterr().err


def test_running_the_package_as_a_script_exits_with_mains_status(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["dongdang", "report"])
    # A fresh run, as `python -m dongdang` would do, not the module the tests imported.
    monkeypatch.delitem(sys.modules, "dongdang.__main__")
    with pytest.raises(SystemExit) as exit_info:
        runpy.run_module("dongdang", run_name="__main__", alter_sys=True)
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("Khu kinh tế cửa khẩu Đồng Đăng")
