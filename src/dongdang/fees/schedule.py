"""Fee schedules: dated versions of the fee, looked up by date, loaded from TOML.

A :class:`FeeSchedule` is a sorted tuple of :class:`~dongdang.fees.versions.FeeVersion`,
each in force over an interval of days. :meth:`~FeeSchedule.in_force` finds the
version of a day by bisection; two versions in force on one day, or two
versions starting on one day, are refused when the schedule is built and when
it is loaded.

>>> from dongdang.fees import lang_son_fee_schedule
>>> schedule = lang_son_fee_schedule()
>>> [version.id for version in schedule.versions]
['01/2019', '09/2025']
>>> schedule.in_force(dt.date(2025, 5, 7)).legal.number
'01/2019/NQ-HĐND'
>>> schedule.in_force(dt.date(2025, 5, 8)).legal.number
'09/2025/NQ-HĐND'
>>> schedule.in_force(dt.date(2019, 1, 1))
Traceback (most recent call last):
...
dongdang.errors.NotInForceError: no version of ... is in force on 2019-01-01; ...
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, Any, final

import attrs

from dongdang._validators import field_date as _field_date
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    OverlappingVersionsError,
)
from dongdang.fees.versions import FeeVersion

if TYPE_CHECKING:
    import datetime as dt
    import os
    from collections.abc import Iterable, Mapping
    from typing import TypeAlias

    import numpy as np
    import numpy.typing as npt

    from dongdang.fees.assessment import Assessment
    from dongdang.fees.columns import DataFrameLike
    from dongdang.fees.crossings import Crossing
    from dongdang.fees.detail import AssessedCrossings

__all__ = ["FeeSchedule"]

if TYPE_CHECKING:
    #: What :meth:`FeeSchedule.assess_many` returns: fees in đồng, one per row.
    FeeArray: TypeAlias = npt.NDArray[np.int64]
    #: A file's path, as a str or a path object.
    FilePath: TypeAlias = str | os.PathLike[str]


def _versions(value: Iterable[FeeVersion]) -> tuple[FeeVersion, ...]:
    given: object = value  # the type says what is accepted; the checks stop the rest
    if isinstance(given, str) or not hasattr(given, "__iter__"):
        raise InvalidTypeError.of("versions", "a sequence of FeeVersion", value)
    versions = tuple(value)
    for version in versions:
        if not isinstance(version, FeeVersion):
            raise InvalidTypeError.must_hold("versions", "FeeVersion objects", version)
    if not versions:
        raise InvalidValueError.needs_one("a fee schedule", "version")
    return tuple(sorted(versions, key=lambda version: version.start))


def _name(value: str | None) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InvalidTypeError.of("name", "a non-empty str or None", value)
    if value is not None and not value.strip():
        raise InvalidValueError.of("name", value, "must be a non-empty str or None")
    return value


def _check_versions(versions: tuple[FeeVersion, ...]) -> None:
    ids: dict[str, FeeVersion] = {}
    for version in versions:
        if version.id in ids:
            raise OverlappingVersionsError.same_id(
                version.id, spans=(ids[version.id].span(), version.span())
            )
        ids[version.id] = version
    for first, second in itertools.pairwise(versions):
        if first.start == second.start:
            raise OverlappingVersionsError.same_start(
                first.id, second.id, first.start, spans=(first.span(), second.span())
            )
        if first.end is None:
            raise OverlappingVersionsError.open_ended(
                first.id, second.id, second.start, spans=(first.span(), second.span())
            )
        if first.end >= second.start:
            raise OverlappingVersionsError.overlap(
                first.id,
                second.id,
                second.start,
                min(first.end, second.end or first.end),
                spans=(first.span(), second.span()),
            )


@final
@attrs.frozen(kw_only=True)
class FeeSchedule:
    """The versions of a fee over time, each with its interval and legal basis.

    Attributes:
        versions: the versions, sorted by start (the constructor sorts them).
        name: what the schedule is, for messages.

    Raises:
        OverlappingVersionsError: two versions are in force on one day, start
            on one day, or share an id; the message names both and their days.

    >>> from dongdang.fees import FeeSchedule, FeeVersion
    >>> from dongdang.legal import LegalReference
    >>> legal = LegalReference.parse("Nghị quyết số 01/2019/NQ-HĐND ngày 12/7/2019")
    >>> FeeSchedule(
    ...     versions=[
    ...         FeeVersion(id="a", start=dt.date(2020, 1, 1), legal=legal),
    ...         FeeVersion(id="b", start=dt.date(2021, 1, 1), legal=legal),
    ...     ]
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.OverlappingVersionsError: version a (2020-01-01 – ...) has no end, ...
    """

    versions: tuple[FeeVersion, ...] = attrs.field(converter=_versions)
    name: str | None = attrs.field(default=None, converter=_name)
    _starts: tuple[dt.date, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _cache: dict[str, object] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __repr__(self) -> str:
        versions = ", ".join(f"{v.id} from {v.start.isoformat()}" for v in self.versions)
        return f"<FeeSchedule {self.name!r}: {len(self.versions)} versions ({versions})>"

    def __attrs_post_init__(self) -> None:
        _check_versions(self.versions)
        object.__setattr__(self, "_starts", tuple(version.start for version in self.versions))
        object.__setattr__(self, "_cache", {})

    # -- reading -----------------------------------------------------------------

    @classmethod
    def loads(cls, text: str, *, name: str = "<string>") -> FeeSchedule:
        """Build a schedule from TOML text, in the format of the bundled data file.

        ``name`` is what error messages call the text.

        Raises:
            DataFileError: malformed TOML, a duplicate key, an unknown or
                missing key, a duplicate rate row, a refused value; the
                message names ``name`` and the place in the file.
            OverlappingVersionsError: overlapping or duplicate versions.

        >>> from dongdang.fees import FeeSchedule
        >>> FeeSchedule.loads("versions = []", name="mine.toml")
        Traceback (most recent call last):
        ...
        dongdang.errors.DataFileError: mine.toml: the file: a fee schedule needs at least ...
        """
        from dongdang.fees._toml import read_schedule  # noqa: PLC0415 - tomllib on demand

        if not isinstance(text, str):
            raise InvalidTypeError.of_type("text", "TOML text as a str", text)
        return read_schedule(text, name)

    @classmethod
    def load(cls, path: FilePath) -> FeeSchedule:
        """Read a schedule from a TOML file (UTF-8); errors name the file.

        Raises:
            DataFileError: as for :meth:`loads`, or the file cannot be read
                (missing, a directory, not UTF-8, beyond the size limit).
            OverlappingVersionsError: overlapping or duplicate versions.
        """
        from dongdang._toml import read_data_file  # noqa: PLC0415 - on demand, as in loads

        return cls.loads(read_data_file(path), name=str(path))

    # -- looking up --------------------------------------------------------------

    def coverage(self) -> str:
        """The days the versions cover, for messages: ``"2019-07-12 – 2025-05-07, …"``."""
        return ", ".join(f"{version.id}: {version.span()}" for version in self.versions)

    def in_force(self, day: dt.date) -> FeeVersion:
        """The version in force on ``day``: the latest to start on or before it.

        Raises:
            NotInForceError: no version covers ``day`` (before the first, in
                a gap, or after the end of the last); the message names the
                day and the days covered.
        """
        _field_date(day, "in_force's day")
        position = bisect.bisect_right(self._starts, day) - 1
        if position >= 0 and self.versions[position].covers(day):
            return self.versions[position]
        raise NotInForceError.on(
            day, f"version of {self.name or 'the fee schedule'}", covered=self.coverage()
        )

    # -- assessing ---------------------------------------------------------------

    def assess(self, crossing: Crossing) -> Assessment:
        """The fee of one crossing, with its explanation and split.

        Raises:
            NotInForceError: no version is in force on the crossing's date.
            RateNotFoundError: the version has no sourced rate for the
                crossing's vehicle, regime and goods (or no rule for its mixed cargo).

        >>> from dongdang.fees import Crossing, lang_son_fee_schedule
        >>> lang_son_fee_schedule().assess(
        ...     Crossing(
        ...         date=dt.date(2025, 6, 2), payload=1, regime="export", goods="fresh_produce"
        ...     )
        ... ).fee
        100000
        """
        from dongdang.fees.crossings import Crossing  # noqa: PLC0415

        if not isinstance(crossing, Crossing):
            raise InvalidTypeError.of("crossing", "a Crossing", crossing)
        return self.in_force(crossing.date).assess(crossing)

    def assess_many(self, columns: Mapping[str, Any] | DataFrameLike) -> FeeArray:
        """The fees of a table of crossings, as an int64 array of đồng.

        ``columns`` is a mapping of column name to array (or a pandas or
        polars DataFrame, or a pyarrow Table) in the format of
        :mod:`dongdang.fees.columns`. The result
        is the fee :meth:`assess` gives, row by row, computed with numpy.

        Raises:
            InvalidValueError: a column is missing, lengths differ, or a row's
                value is refused; the message names the column or the row.
            NotInForceError: a row's date is outside every version.
            RateNotFoundError: a row has no sourced rate; the message names
                the row, its values, and the version.

        >>> import numpy as np
        >>> from dongdang.fees import lang_son_fee_schedule
        >>> lang_son_fee_schedule().assess_many(
        ...     {
        ...         "date": np.array(["2025-06-02", "2025-06-03"], dtype="datetime64[D]"),
        ...         "payload": np.array([1.5, np.nan]),
        ...         "container": np.array(["", "40ft"]),
        ...         "regime": np.array(["export", "temporary_import_reexport"]),
        ...         "goods": np.array(["fresh_produce", "agricultural_products"]),
        ...     }
        ... )
        array([ 100000, 4000000])
        """
        from dongdang.fees.columns import assess_columns  # noqa: PLC0415 - numpy on demand

        return assess_columns(self, columns, self._cache)

    def assess_table(self, columns: Mapping[str, Any] | DataFrameLike) -> AssessedCrossings:
        """The whole answer for each row of a table of crossings, computed with numpy.

        ``columns`` is what :meth:`assess_many` takes. The result holds, per
        row, the fee (as :meth:`assess_many` gives it), its split between
        the collector and the budget (summing to the fee), whether the cap
        applied, the version and the coefficients applied, as arrays or
        (``to_frame()``) a DataFrame, and adds the fees up by gate, line and
        month (``collections()``): see :mod:`dongdang.fees.detail`.

        Raises:
            InvalidValueError, NotInForceError, RateNotFoundError: as
                :meth:`assess_many` raises them.

        >>> import numpy as np
        >>> from dongdang.fees import lang_son_fee_schedule
        >>> lang_son_fee_schedule().assess_table(
        ...     {
        ...         "date": np.array(["2025-06-02"], dtype="datetime64[D]"),
        ...         "container": np.array(["40ft"]),
        ...         "regime": np.array(["temporary_import_reexport"]),
        ...         "goods": np.array(["agricultural_products"]),
        ...     }
        ... ).collector
        array([400000])
        """
        from dongdang.fees.detail import assess_table  # noqa: PLC0415 - numpy on demand

        return assess_table(self, columns)
