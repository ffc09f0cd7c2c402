"""Data larger than one machine: Parquet datasets read in batches, and Dask.

A year of a province's crossings fits in memory; a national archive (every
border province, ten years, hundreds of millions of rows) does not. Two ways
to go beyond, neither home-made:

* :func:`assess_dataset` and :func:`ledger_of_dataset` read a Parquet dataset
  (a file, a directory of files, or a ``pyarrow.dataset.Dataset``) batch
  by batch with ``pyarrow.dataset``: only one batch of rows is in memory at
  a time, besides the result (a ledger keeps a few bytes per flow).
* :func:`assess_dask` and :func:`ledger_of_dask` take a Dask DataFrame:
  ``assess_many`` on each partition (``map_partitions``), and a ledger built on
  each partition, then merged (:meth:`TradeLedger.merge
  <dongdang.trade.ledger.TradeLedger.merge>`, associative) by a tree of merges
  on Dask's scheduler (local threads or processes, or a cluster).

pyarrow (the ``arrow`` extra) and dask (the ``dask`` extra) are imported on
first use; without them, an ImportError names the extra to install.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any, Final

from dongdang._validators import whole_number
from dongdang.errors import InvalidTypeError
from dongdang.fees.columns import COLUMNS as FEE_COLUMNS
from dongdang.trade._columns import COLUMNS as FLOW_COLUMNS
from dongdang.trade.ledger import TradeLedger

if TYPE_CHECKING:
    from collections.abc import Iterator

    # Written out, not np and npt: the docs link annotations by their full names.
    import numpy  # noqa: ICN001
    import numpy.typing  # noqa: ICN001

    from dongdang.fees.schedule import FeeSchedule
    from dongdang.trade.flows import Measure

__all__ = ["assess_dask", "assess_dataset", "ledger_of_dask", "ledger_of_dataset"]

#: Rows per batch read from a dataset: a few megabytes of columns, and as many of the
#: arrays computed from them (memory then stays close to what reading alone takes).
BATCH_ROWS: Final = 1 << 18
#: The text columns of the crossings and of the flows.
_FEE_TEXTS: Final = ("regime", "goods", "container", "journey", "gate")
_FLOW_TEXTS: Final = (
    "direction",
    "measure",
    "gate",
    "hs",
    "hs_vintage",
    "valuation",
    "growth",
    "note",
)


def optional(module: str, extra: str) -> Any:  # noqa: ANN401 - an optional module
    """``module``, imported; an ImportError naming the extra that installs it if missing."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"this needs {module.split('.', maxsplit=1)[0]}: pip install 'dongdang[{extra}]'"
        ) from None


def _dataset(source: object, texts: tuple[str, ...]) -> Any:  # noqa: ANN401 - a pyarrow.dataset.Dataset
    dataset = optional("pyarrow.dataset", "arrow")
    if isinstance(source, dataset.Dataset):
        return source
    if isinstance(source, str | os.PathLike) or (
        isinstance(source, list) and all(isinstance(path, str | os.PathLike) for path in source)
    ):
        # Text columns read as Parquet stores them, a dictionary and codes: the codes
        # are used as they are, never hashed, and the texts are not repeated in memory.
        parquet = dataset.ParquetFileFormat(read_options={"dictionary_columns": list(texts)})
        return dataset.dataset(source, format=parquet)
    raise InvalidTypeError.of_type(
        "source", "a path, a list of paths or a pyarrow.dataset.Dataset", source
    )


def _batches(
    source: object, names: tuple[str, ...], texts: tuple[str, ...], batch_rows: int
) -> Iterator[Any]:
    whole_number(batch_rows, "batch_rows", 1)
    dataset = _dataset(source, texts)
    present = [name for name in names if name in dataset.schema.names]
    # A fragment (a file) at a time, without read-ahead: memory holds the batches of the
    # file being read, not the files a scan of the whole dataset reads ahead of a
    # consumer slower than itself (a hundred megabytes more behind assess_many).
    options = {"batch_size": batch_rows, "batch_readahead": 0, "fragment_readahead": 0}
    try:
        fragments = list(dataset.get_fragments())
    except ValueError:  # a filtered dataset gives no fragments: its own scan applies the filter
        yield from dataset.to_batches(columns=present, **options)
        return
    for fragment in fragments:
        yield from fragment.to_batches(schema=dataset.schema, columns=present, **options)


def assess_dataset(
    schedule: FeeSchedule, source: object, *, batch_rows: int = BATCH_ROWS
) -> Iterator[numpy.typing.NDArray[numpy.int64]]:
    """The fees of a Parquet dataset of crossings, one array per batch, in order.

    The columns are those of :meth:`FeeSchedule.assess_many
    <dongdang.fees.schedule.FeeSchedule.assess_many>`; other columns are not
    read. Memory holds one batch at a time: sum the fees, or write them out,
    as they come.

    Raises:
        ImportError: pyarrow is not installed (the ``arrow`` extra).
        InvalidTypeError: ``source`` is not a path, paths or a dataset.
        InvalidValueError, NotInForceError, RateNotFoundError: as
            ``assess_many``, the row counted within its batch.
    """
    for batch in _batches(source, FEE_COLUMNS, _FEE_TEXTS, batch_rows):
        yield schedule.assess_many(batch)


def ledger_of_dataset(
    source: object,
    *,
    currency: str = "USD",
    decimals: int | None = None,
    unit: str | None = None,
    measure: Measure | str | None = None,
    hs_vintage: str | None = None,
    batch_rows: int = BATCH_ROWS,
) -> TradeLedger:
    """A ledger of the flows of a Parquet dataset, read batch by batch.

    The columns are those of :meth:`TradeLedger.extend_columns
    <dongdang.trade.ledger.TradeLedger.extend_columns>`. Memory holds the
    ledger (about 70 bytes a flow) and one batch.
    """
    ledger = TradeLedger(currency=currency, decimals=decimals)
    for batch in _batches(source, FLOW_COLUMNS, _FLOW_TEXTS, batch_rows):
        ledger.extend_columns(batch, unit=unit, measure=measure, hs_vintage=hs_vintage)
    return ledger


def assess_dask(schedule: FeeSchedule, frame: Any) -> Any:  # noqa: ANN401 - Dask objects
    """The fees of a Dask DataFrame of crossings: a Dask Series of int64 đồng, lazy.

    ``assess_many`` runs on each partition (``map_partitions``) when the
    result is computed, on whatever scheduler Dask is given.
    """
    optional("dask.dataframe", "dask")
    pandas = importlib.import_module("pandas")

    def partition(part: Any) -> Any:  # noqa: ANN401 - a pandas DataFrame
        return pandas.Series(schedule.assess_many(part), index=part.index, dtype="int64")

    return frame.map_partitions(partition, meta=("fee", "int64"))


def ledger_of_dask(
    frame: Any,  # noqa: ANN401 - a Dask DataFrame
    *,
    currency: str = "USD",
    decimals: int | None = None,
    unit: str | None = None,
    measure: Measure | str | None = None,
    hs_vintage: str | None = None,
    scheduler: str | None = None,
) -> TradeLedger:
    """A ledger of the flows of a Dask DataFrame: one per partition, merged in a tree.

    Each partition's ledger is built where the partition is; the merges
    (:meth:`TradeLedger.merge <dongdang.trade.ledger.TradeLedger.merge>`) pair
    them up, so a merge never waits for all the others. ``scheduler`` is
    passed to ``dask.compute`` ("threads", "processes", "synchronous", or a
    distributed client's default when None).
    """
    dask = optional("dask", "dask")

    def build(part: Any) -> TradeLedger:  # noqa: ANN401 - a pandas DataFrame
        ledger = TradeLedger(currency=currency, decimals=decimals)
        ledger.extend_columns(part, unit=unit, measure=measure, hs_vintage=hs_vintage)
        return ledger

    def merge(first: TradeLedger, second: TradeLedger) -> TradeLedger:
        return first.merge(second)

    parts = [dask.delayed(build)(part) for part in frame.to_delayed()]
    while len(parts) > 1:
        pairs = [dask.delayed(merge)(a, b) for a, b in zip(parts[::2], parts[1::2], strict=False)]
        parts = pairs + parts[len(pairs) * 2 :]
    (ledger,) = dask.compute(parts[0], scheduler=scheduler)
    return ledger  # type: ignore[no-any-return]
