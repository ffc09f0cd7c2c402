"""The command line never crashes: exit statuses kept apart, pipes, encodings, sizes.

Each status is checked in a fresh process, as a shell or a pipeline sees it:
0 clean, 1 an inconsistency, 2 bad usage or input, 3 an output that cannot be
written or an internal error, 141 a closed pipe. None prints a traceback.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from fractions import Fraction
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dongdang.__main__ as cli
from dongdang.__main__ import MAX_INPUT_BYTES, main
from dongdang.errors import InvalidValueError

if TYPE_CHECKING:
    from collections.abc import Mapping

CLEAN = "Thu phí đạt 300 tỷ đồng, trong đó phí A đạt 200 tỷ đồng, phí B đạt 100 tỷ đồng.\n"
INCONSISTENT = "Thu phí đạt 300 tỷ đồng, trong đó phí A đạt 200 tỷ đồng, phí B đạt 150 tỷ đồng.\n"


def run(
    *arguments: str,
    stdin: bytes = b"",
    env: Mapping[str, str] | None = None,
    stdout: int = subprocess.PIPE,
) -> subprocess.CompletedProcess[bytes]:
    """``python -m dongdang ARGUMENTS`` in a fresh process."""
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "dongdang", *arguments],
        input=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        check=False,
        timeout=120,
    )


def no_traceback(done: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in done.stderr
    assert b"Traceback" not in (done.stdout or b"")


# -- each exit status, in a fresh process ------------------------------------------------


def test_0_a_clean_audit_and_the_report() -> None:
    done = run("audit", "-", "--lang", "en", stdin=CLEAN.encode())
    assert done.returncode == 0
    assert done.stdout == b"OK: 3 figures checked, no findings.\n"
    assert run("report").returncode == 0


def test_1_an_inconsistency() -> None:
    done = run("audit", "-", "--lang", "en", stdin=INCONSISTENT.encode())
    assert done.returncode == 1
    assert done.stdout.startswith(b"standard input:1: INCONSISTENT: ")
    assert done.stderr == b""


@pytest.mark.parametrize(
    ("arguments", "shown"),
    [
        (("report", "--lang", "fr"), b"invalid choice: 'fr'"),
        (("frobnicate",), b"invalid choice: 'frobnicate'"),
        (("audit",), b"the following arguments are required: FILE"),
        (
            ("audit", "/nonexistent/report.txt", "--lang", "en"),
            b"cannot read /nonexistent/report.txt",
        ),
    ],
    ids=["unknown language", "unknown command", "no file", "missing file"],
)
def test_2_bad_usage_or_input(arguments: tuple[str, ...], shown: bytes) -> None:
    done = run(*arguments)
    assert done.returncode == 2
    assert shown in done.stderr
    assert done.stdout == b""
    no_traceback(done)


def test_2_bare_prints_the_help() -> None:
    done = run()
    assert done.returncode == 2
    assert done.stderr.startswith(b"usage: python -m dongdang")
    assert b"Exit status:" in done.stderr
    assert b"  report " in done.stderr
    assert done.stdout == b""


def test_2_an_input_beyond_the_size_limit_names_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_INPUT_BYTES + 1))
    done = run("audit", str(path), "--lang", "en")
    assert done.returncode == 2
    assert (
        done.stderr
        == f"dongdang audit: {path} is larger than 10 MB, the limit of an input\n".encode()
    )
    at_limit = tmp_path / "big.txt"
    at_limit.write_bytes(CLEAN.encode() + b" " * (MAX_INPUT_BYTES - len(CLEAN.encode())))
    assert run("audit", str(at_limit)).returncode == 0


def test_2_dev_zero_is_refused_at_the_limit_not_read_to_the_end() -> None:
    if not Path("/dev/zero").exists():  # pragma: no cover - every POSIX system has it
        pytest.skip("no /dev/zero")
    done = run("audit", "/dev/zero", "--lang", "en")
    assert done.returncode == 2
    assert done.stderr == b"dongdang audit: /dev/zero is larger than 10 MB, the limit of an input\n"
    piped = run("audit", "-", "--lang", "en", stdin=b"\x00" * (MAX_INPUT_BYTES + 10))
    assert piped.stderr == (
        b"dongdang audit: standard input is larger than 10 MB, the limit of an input\n"
    )


def test_3_a_full_disk_is_one_line_not_a_traceback() -> None:
    if not Path("/dev/full").exists():  # pragma: no cover - Linux has it
        pytest.skip("no /dev/full")
    with Path("/dev/full").open("wb") as full:
        done = run("report", stdout=full.fileno())
    assert done.returncode == 3
    assert done.stderr == b"dongdang: cannot write the output: No space left on device\n"


def test_141_a_closed_pipe_ends_quietly() -> None:
    read, write = os.pipe()
    os.close(read)  # the reader has gone, as `| head` does after its lines
    try:
        done = run("report", stdout=write)
    finally:
        os.close(write)
    assert done.returncode == 141
    assert done.stderr == b""


def test_141_head_reading_one_line() -> None:
    head = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdout.write(sys.stdin.readline())"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert head.stdin is not None
    text = INCONSISTENT * 2_000  # findings of about 600 kB, far beyond a pipe's buffer
    done = subprocess.run(
        [sys.executable, "-m", "dongdang", "audit", "-", "--lang", "en"],
        input=text.encode(),
        stdout=head.stdin,
        stderr=subprocess.PIPE,
        check=False,
        timeout=300,
    )
    head.stdin.close()
    assert head.stdout is not None
    first = head.stdout.read()
    head.stdout.close()
    assert head.wait(timeout=60) == 0
    assert first.startswith(b"standard input:1: INCONSISTENT: ")
    assert done.returncode == 141
    assert done.stderr == b""


def test_an_ascii_standard_output_gets_escapes_and_a_note() -> None:
    utf8 = run("report")
    ascii_ = run("report", env={"PYTHONIOENCODING": "ascii"})
    assert ascii_.returncode == 0
    no_traceback(ascii_)
    assert ascii_.stdout.isascii()
    assert b"\\u0111" in ascii_.stdout  # đ
    assert ascii_.stdout.decode("ascii").encode().decode("unicode_escape") == (
        utf8.stdout.decode("utf-8")
    )
    assert ascii_.stderr.startswith(b"dongdang: standard output is ascii, not UTF-8")


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout == f"python -m dongdang {version('dongdang')}\n".encode()


# -- the same paths in this process ------------------------------------------------------


def test_bare_in_process_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.startswith("usage: python -m dongdang")


def test_an_oversize_standard_input_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = CLEAN.encode() * (MAX_INPUT_BYTES // len(CLEAN.encode()) + 1)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["audit", "-", "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        "dongdang audit: standard input is larger than 10 MB, the limit of an input\n"
    )


@pytest.mark.parametrize(
    ("error", "status", "shown"),
    [
        (BrokenPipeError(32, "Broken pipe"), 141, ""),
        (KeyboardInterrupt(), 130, "dongdang: interrupted\n"),
        (OSError(28, "No space left on device"), 3, "cannot write the output: No space left"),
        (OSError("no errno"), 3, "cannot write the output: OSError"),
        (InvalidValueError("a refused figure"), 2, "dongdang: a refused figure\n"),
        (RuntimeError("a bug"), 3, "internal error (RuntimeError: a bug); please report it"),
        (MemoryError(), 3, "internal error (MemoryError: )"),
        (RecursionError("too deep"), 3, "internal error (RecursionError: too deep)"),
    ],
    ids=repr,
)
def test_each_failure_is_one_line_and_its_status(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: BaseException,
    status: int,
    shown: str,
) -> None:
    def fail(_arguments: object) -> int:
        raise error

    monkeypatch.setattr(cli, "_run", fail)
    assert main(["report"]) == status
    out = capsys.readouterr()
    assert out.out == ""
    assert shown in out.err
    assert out.err.count("\n") == (1 if shown else 0)


def test_a_broken_pipe_points_standard_output_at_the_null_device(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (tmp_path / "out.txt").open("w", encoding="utf-8") as stream:
        monkeypatch.setattr(sys, "stdout", stream)

        def fail(_arguments: object) -> int:
            raise BrokenPipeError

        monkeypatch.setattr(cli, "_run", fail)
        assert main(["report"]) == 141
        stream.write("lost")  # now written to the null device
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == ""


def test_an_ascii_stream_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    monkeypatch.setattr(sys, "stdout", stream)
    assert (
        main(["audit", "-", "--lang", "en"]) == 2
    )  # pytest's stdin is empty: refused, after the note
    assert "standard output is ascii, not UTF-8" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdout", io.StringIO())  # not a TextIOWrapper: left alone
    assert main(["report", "--lang", "en"]) == 0
    assert capsys.readouterr().err == ""


@given(
    value=st.fractions(min_value=-(10**15), max_value=10**15),
    rounding=st.sampled_from([ROUND_FLOOR, ROUND_CEILING]),
)
def test_a_json_bound_is_a_plain_decimal_rounded_outwards(value: Fraction, rounding: str) -> None:
    # what --format json writes for "allowed": a decimal string a program parses as
    # written (never "6.0075E+5"), within a millionth of the bound, on its outer side
    written = cli._end(value, rounding)
    assert written is not None
    assert re.fullmatch(r"-?\d+(\.\d{1,6})?", written), written
    bound = Fraction(Decimal(written))
    assert abs(bound - value) < Fraction(1, 10**6)
    assert bound <= value if rounding == ROUND_FLOOR else bound >= value


def test_a_json_bound_of_a_round_hundred_thousand_is_written_in_full() -> None:
    assert cli._end(Fraction(600750), ROUND_FLOOR) == "600750"
    assert cli._end(None, ROUND_FLOOR) is None
