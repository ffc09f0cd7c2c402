"""The `audit` command: findings, exit status, and inputs it refuses."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dongdang.__main__ import main

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FEE_2024 = (
    "Thu phí đạt 278.718 triệu đồng, tăng 14,4% so với cùng kỳ năm 2023, trong đó "
    "phí ra vào cửa khẩu đạt 234.433 triệu đồng, tăng 14,1%; phí sang tải đạt "
    "44.285 triệu đồng, tăng 17,5%.\n"
)


def _seed(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not beside the repository ({SEEDS})")
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return path


# The figures of each clean seed, counted by hand (totals and their parts):
# 000: 06/12 cặp, trên 344,8 tỷ, trên 52,6 tỷ; 001: 02 and 01 cửa khẩu;
# 003: 04/12 cặp, 4.270 (1.370, 2.900), 664.127 (100.751), 08 KKT;
# 004: 14 (8, 6), 115, 112, 03, 5, 42.119/102.681, 2/2.
@pytest.mark.parametrize(("prefix", "figures"), [("000", 3), ("001", 2), ("003", 7), ("004", 9)])
def test_the_clean_seeds_exit_0_and_say_how_many_figures_they_checked(
    prefix: str, figures: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", str(_seed(prefix)), "--lang", "en"]) == 0
    out = capsys.readouterr()
    assert out.out == f"OK: {figures} figures checked, no findings.\n"
    assert out.err == ""
    assert main(["audit", str(_seed(prefix))]) == 0
    assert capsys.readouterr().out == f"Đã kiểm tra {figures} số liệu, không thấy sai lệch.\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("vi", "Không tìm thấy số liệu nào trong {}: không có gì để kiểm tra.\n"),
        ("en", "No figures found in {}: nothing to check.\n"),
    ],
)
def test_a_text_without_figures_says_there_is_nothing_to_check(
    tmp_path: Path, lang: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("Hội nghị đã diễn ra thành công tốt đẹp vào ngày 26/6/2024.\n", "utf-8")
    assert main(["audit", str(path), "--lang", lang]) == 0
    assert capsys.readouterr().out == expected.format(path)


def test_seed_002_exits_1_naming_the_printed_growth(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(_seed("002")), "--lang", "en"]) == 1
    line, summary = capsys.readouterr().out.splitlines()
    # file:line of the printed growth, then one short sentence
    assert line.startswith(f"{_seed('002')}:17: INCONSISTENT: The growth of")
    assert "printed as “14,4%”" in line  # the printed figure, quoted as printed
    assert "between 14.58% and 14.68%" in line
    assert "278.718 triệu đồng" not in line  # not the whole sentence repeated
    assert summary == "1 finding in 1 file; 14 figures checked."


def test_standard_input_is_read_with_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(FEE_2024.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["audit", "-"]) == 1
    line, summary = capsys.readouterr().out.splitlines()
    assert line.startswith("đầu vào chuẩn:1: SAI LỆCH: Tốc độ tăng")
    assert "từ 14,58% đến 14,68%" in line
    assert summary == "1 phát hiện trong 1 tệp; đã kiểm tra 3 số liệu."


def test_an_unreadable_figure_is_reported_but_does_not_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Giải ngân 344.8 tỷ đồng.", "utf-8")
    assert main(["audit", str(path), "--lang", "en"]) == 0
    line, summary = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{path}:1: INFO: Could not read the figure “344.8 tỷ đồng”")
    assert summary == "1 finding in 1 file; 0 figures checked."


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (None, ("cannot read", "không có tệp")),
        ("Thu phí, café 5 triêu".encode("latin-1"), ("not UTF-8", "không phải văn bản mã UTF-8")),
        (b"", ("is empty", "không có nội dung")),
        (b"  \n\t ", ("is empty", "không có nội dung")),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("binary", "tệp nhị phân")),
    ],
    ids=["missing", "latin-1", "empty", "blank", "binary"],
)
def test_unreadable_input_is_a_one_line_error_naming_it(
    tmp_path: Path,
    content: bytes | None,
    named: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "bảo cáo.txt"
    if content is not None:
        path.write_bytes(content)
    for lang, words in zip(("en", "vi"), named, strict=True):
        assert main(["audit", str(path), "--lang", lang]) == 2
        out = capsys.readouterr()
        assert out.out == ""
        [line] = out.err.splitlines()
        assert str(path) in line
        assert words in line


def test_a_directory_and_empty_standard_input_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    assert main(["audit", "-", "--lang", "en"]) == 2
    assert capsys.readouterr().err == "dongdang audit: standard input is empty\n"
    assert main(["audit", "-"]) == 2
    assert capsys.readouterr().err == "dongdang audit: đầu vào chuẩn không có nội dung\n"


def test_the_command_runs_as_a_module_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Thu phí 5 triệu đồng".encode("cp1258", "replace") + b"\xe9")
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "dongdang", "audit", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert str(path) in done.stderr


# -- several reports audited together ----------------------------------------------------

OCTOBER = "Năm 2020 đã giải ngân được 52,6 tỷ đồng, bằng 51,2% kế hoạch giao.\n"


@pytest.mark.parametrize(
    ("plan", "status"),
    [
        ("Kế hoạch giao năm 2020 là 102,7 tỷ đồng.\n", 0),  # 52,6 ÷ 51,2 % ≈ 102,7
        ("Kế hoạch giao năm 2020 là 150 tỷ đồng.\n", 1),
        ("Kế hoạch giao năm 2019 là 150 tỷ đồng.\n", 0),  # another year: another plan
    ],
)
def test_a_base_stated_in_another_report_is_checked(
    tmp_path: Path, plan: str, status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "october.txt", tmp_path / "plan.txt"
    first.write_text(OCTOBER, "utf-8")
    second.write_text(plan, "utf-8")
    # each report alone has nothing to disagree with
    for path in (first, second):
        assert main(["audit", str(path)]) == 0
    capsys.readouterr()
    assert main(["audit", str(first), str(second), "--lang", "en"]) == status
    out = capsys.readouterr().out
    if status:
        line, summary = out.splitlines()
        # the base's place: the figure the finding is about
        assert line.startswith(
            f"{second}:1: INCONSISTENT: Kế hoạch giao is printed as “150 tỷ đồng”"
        )
        assert summary == "1 finding in 1 file; 2 figures checked."
    else:
        assert out == "OK: 2 figures checked, no findings.\n"


def test_one_unreadable_report_stops_the_audit_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "october.txt"
    good.write_text(OCTOBER, "utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["audit", str(good), str(missing), "--lang", "en"]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.startswith(f"dongdang audit: cannot read {missing}")


@pytest.mark.parametrize(
    ("error", "english", "vietnamese"),
    [
        (PermissionError(13, "Permission denied"), "permission denied", "không có quyền đọc"),
        (OSError(5, "Input/output error"), "Input/output error", "không đọc được"),
        (OSError(), "OSError", "không đọc được"),
    ],
)
def test_a_file_the_system_refuses_is_named_with_the_reason(  # noqa: PLR0917 - fixtures
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: OSError,
    english: str,
    vietnamese: str,
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(OCTOBER, "utf-8")

    opener = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise error
        return opener(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    for lang, words in (("en", english), ("vi", vietnamese)):
        assert main(["audit", str(path), "--lang", lang]) == 2
        [line] = capsys.readouterr().err.splitlines()
        assert str(path) in line
        assert words in line


def test_several_reports_without_figures_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_text("Hội nghị kết thúc.\n", "utf-8")
    assert main(["audit", str(first), str(second), "--lang", "en"]) == 0
    assert capsys.readouterr().out == f"No figures found in {first}, {second}: nothing to check.\n"


def test_with_several_reports_an_unreadable_figure_names_its_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(OCTOBER, "utf-8")
    bad.write_text("Thu phí đạt 344.8 tỷ đồng.\n", "utf-8")
    assert main(["audit", str(good), str(bad), "--lang", "en"]) == 0
    line, summary = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{bad}:1: INFO: Could not read the figure “344.8 tỷ đồng”")
    assert summary == "1 finding in 1 file; 1 figure checked."


def test_json_for_pipelines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fees.txt"
    path.write_text("Báo cáo.\n" + FEE_2024 + "Giải ngân 344.8 tỷ đồng.\n", "utf-8")
    assert main(["audit", str(path), "--format", "json", "--lang", "en"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["files"], report["figures"], report["status"]) == (1, 3, 1)
    growth, unread = report["findings"]
    assert growth == {
        "file": str(path),
        "line": 2,
        "severity": "inconsistent",
        "kind": "growth_disagrees",
        "printed": "14,4%",
        "allowed": {"low": "14.576999", "high": "14.677023"},
        "truncated": False,
        "message": growth["message"],
    }
    assert growth["message"].startswith("The growth of")
    assert unread["allowed"] is None
    assert unread["printed"] == "344.8 tỷ đồng"
    # a clean report, and one with no figure: status 0, no findings
    path.write_text("Không có số liệu.\n", "utf-8")
    assert main(["audit", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_the_closing_count_names_every_file_with_a_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(FEE_2024, "utf-8")
    second.write_text("Giải ngân 344.8 tỷ đồng.\n" + FEE_2024, "utf-8")
    assert main(["audit", str(first), str(second), "--lang", "en"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "3 findings in 2 files; 6 figures checked."
    assert [line.split(": ")[0] for line in lines[:-1]] == [
        f"{first}:1",
        f"{second}:1",
        f"{second}:2",
    ]


def test_json_writes_an_open_end_as_null(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "open.txt"
    path.write_text(
        "Tổng vốn đạt 5 tỷ đồng, trong đó vốn A trên 4 tỷ đồng; vốn B trên 4 tỷ đồng.\n", "utf-8"
    )
    assert main(["audit", str(path), "--format", "json"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert finding["kind"] == "components_sum"
    assert finding["allowed"] == {"low": "7", "high": None}
