"""Beyond memory: ten million crossings streamed from a Parquet dataset.

Writes the synthetic crossings of ``benchmarks/fees.py`` (its table, its seed
per file) as a dataset of one-million-row files in a temporary directory, then
runs, each in a fresh process and in interleaved rounds,

* the pyarrow scan alone: every batch of the fee columns read, one column
  counted (the batches, read-ahead and read options of ``assess_dataset``:
  a file at a time without read-ahead, text columns read as Parquet's
  dictionaries);
* ``assess_dataset``: the same batches assessed, the fees summed;
* for information, the scan as pyarrow does it by default (the whole dataset,
  its default batches and read-ahead);

and prints the median time and peak resident memory of each, and the median
ratios (the assessment's cost over the scan's; memory stays bounded by a batch,
not the dataset). The fee total is checked against ``assess_many`` file by file.

Run: python benchmarks/scale.py [ROWS] [ROUNDS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent))
import fees as synthetic

from dongdang.batches import _FEE_TEXTS, BATCH_ROWS

FILE_ROWS = 1_000_000

SCAN = f"""
import sys, time
import pyarrow.dataset as ds
start = time.perf_counter()
total = 0
parquet = ds.ParquetFileFormat(read_options={{"dictionary_columns": {list(_FEE_TEXTS)!r}}})
dataset = ds.dataset(sys.argv[1], format=parquet)
for fragment in dataset.get_fragments():
    for batch in fragment.to_batches(
        schema=dataset.schema,
        columns=["date", "regime", "goods", "payload", "container", "journey"],
        batch_size={BATCH_ROWS},
        batch_readahead=0,
        fragment_readahead=0,
    ):
        total += len(batch.column("goods"))
# VmHWM: this process's peak resident memory (ru_maxrss would include the parent's)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(time.perf_counter() - start, peak, total)
"""

# For information: what a pyarrow user writes without thinking of memory, a scan of the
# whole dataset with its default batches and read-ahead.
SCAN_DEFAULTS = f"""
import sys, time
import pyarrow.dataset as ds
start = time.perf_counter()
total = 0
parquet = ds.ParquetFileFormat(read_options={{"dictionary_columns": {list(_FEE_TEXTS)!r}}})
for batch in ds.dataset(sys.argv[1], format=parquet).to_batches(
    columns=["date", "regime", "goods", "payload", "container", "journey"],
):
    total += len(batch.column("goods"))
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(time.perf_counter() - start, peak, total)
"""

# The table is read from a file: importing the benchmark's module would load pandas and
# polars, whose memory the scan does not pay.
ASSESS = """
import sys, time
from pathlib import Path
import pyarrow.dataset  # imported before the clock starts, as the scan's
from dongdang.batches import assess_dataset
from dongdang.fees import FeeSchedule
schedule = FeeSchedule.loads(Path(sys.argv[2]).read_text(encoding="utf-8"), name="synthetic.toml")
start = time.perf_counter()
total = 0
for fees in assess_dataset(schedule, sys.argv[1]):
    total += int(fees.sum())
# VmHWM: this process's peak resident memory (ru_maxrss would include the parent's)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(time.perf_counter() - start, peak, total)
"""


def write(directory: Path, rows: int) -> int:
    """The dataset, and the total fee computed file by file with assess_many."""
    schedule = synthetic.FeeSchedule.loads(synthetic.table_toml(), name="synthetic.toml")
    total = 0
    for number, start in enumerate(range(0, rows, FILE_ROWS)):
        synthetic.SEED += 1
        columns = synthetic.crossings(min(FILE_ROWS, rows - start))
        total += int(schedule.assess_many(columns).sum())
        pq.write_table(pa.table(columns), directory / f"part-{number:03d}.parquet")
    return total


def run(code: str, directory: Path) -> tuple[float, int, int]:
    done = subprocess.run(
        [sys.executable, "-c", code, str(directory / "data"), str(directory / "table.toml")],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds, rss, total = done.stdout.split()
    return float(seconds), int(rss), int(total)


def main(rows: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        (directory / "table.toml").write_text(synthetic.table_toml(), encoding="utf-8")
        (directory / "data").mkdir()
        start = time.perf_counter()
        expected = write(directory / "data", rows)
        size = sum(path.stat().st_size for path in (directory / "data").iterdir()) / 2**20
        print(
            f"{rows:,} crossings in {size:.0f} MB of Parquet ({time.perf_counter() - start:.0f} s)"
        )
        results: dict[str, list[tuple[float, int, int]]] = {
            "scan": [],
            "assess": [],
            "defaults": [],
        }
        for _ in range(rounds):
            results["scan"].append(run(SCAN, directory))
            results["assess"].append(run(ASSESS, directory))
            results["defaults"].append(run(SCAN_DEFAULTS, directory))
    if any(total != expected for _, _, total in results["assess"]):
        raise SystemExit("assess_dataset and assess_many disagree on the total fee")
    if any(total != rows for _, _, total in results["scan"] + results["defaults"]):
        raise SystemExit("the scan did not read every row")
    median = {
        name: (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
        for name, runs in results.items()
    }
    print(f"fees agree to the đồng with assess_many file by file; median of {rounds}")
    for name, label in (
        ("scan", "pyarrow scan alone"),
        ("assess", "assess_dataset"),
        ("defaults", "scan, pyarrow defaults"),
    ):
        seconds, rss = median[name]
        print(f"{label:22s} {seconds:7.2f} s   peak RSS {rss / 1024:7.0f} MB")
    ratio = median["assess"][0] / median["scan"][0]
    print(f"assess_dataset / scan, time: {ratio:5.2f}")
    print(f"assess_dataset / scan, peak RSS: {median['assess'][1] / median['scan'][1]:5.2f}")
    print(f"rows per second, assess_dataset: {rows / median['assess'][0]:,.0f}")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 3,
    )
