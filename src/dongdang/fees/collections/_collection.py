"""A collection of fee records, and the questions it answers."""

# ruff: noqa: TC001 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast, final

import attrs

from dongdang import indicators
from dongdang._decimal import EXACT, QUOTIENT, tidy
from dongdang._messages import message
from dongdang._sums import Part
from dongdang._validators import language as _check_lang
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UndefinedRatioError,
    UnitMismatchError,
)
from dongdang.exchange import currency_or_none
from dongdang.fees.collections._bounds import (
    _consistent,
    _growth_bounds,
    _half_percent,
    _half_unit,
    _implied,
    _printed,
)
from dongdang.fees.collections._lines import REPORTING_LINES, Basis, FeeLine, _check_gate
from dongdang.fees.collections._record import FeeRecord, _combine, _records, _when, _where
from dongdang.fees.collections._results import (
    FeeAttainment,
    FeeFinding,
    FeeGrowth,
    FeePerTrip,
    FeeTotal,
    FindingKind,
    GrowthBreakdown,
    LineContribution,
)
from dongdang.fees.collections._words import _amount_text
from dongdang.intervals import over as _over
from dongdang.periods import Period
from dongdang.provenance import Source
from dongdang.units import (
    Quantity,
    convert,
    magnitude_in,
    sum_amounts,
    unit_of,
    ureg,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from dongdang.periods import Language


# -- the collection ---------------------------------------------------------------------------

_Key = tuple[FeeLine, Period, str | None]


@final
@attrs.frozen(kw_only=True)
class FeeCollections:
    """Fee records, one per line, period and gate, and what they say together.

    Records are kept in a canonical order (by period, gate, line), so two
    collections of the same records are equal whatever order they came in.

    Raises:
        InvalidTypeError: something other than a :class:`FeeRecord`.
        InvalidValueError: two records for the same line, period and gate.
        UnitMismatchError: records in different currencies.

    >>> from dongdang.fees.collections import FeeCollections, FeeLine, FeeRecord
    >>> year = Period.year(2021)
    >>> FeeCollections(
    ...     records=[
    ...         FeeRecord.read(FeeLine.TOTAL, year, "664.127 triệu đồng"),
    ...         FeeRecord.read(FeeLine.TOTAL, year, "664 tỷ đồng"),
    ...     ]
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: total fee, 2021: record 664 billion_VND appears twice; ...
    """

    records: tuple[FeeRecord, ...] = attrs.field(converter=_records)
    _index: dict[_Key, FeeRecord] = attrs.field(init=False, repr=False, eq=False)

    def __repr__(self) -> str:
        periods = self.periods
        span = f", {periods[0].label('en')} to {periods[-1].label('en')}" if periods else ""
        return (
            f"<FeeCollections: {len(self)} records, {len(periods)} periods{span}, {self.currency}>"
        )

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The records as a pandas DataFrame: see :func:`dongdang.fees.table.fee_records_frame`."""
        from dongdang.fees.table import fee_records_frame  # noqa: PLC0415 - pandas, on demand

        return fee_records_frame(self, exact=exact)

    @classmethod
    def from_frame(
        cls,
        frame: Any,  # noqa: ANN401 - a pandas or polars DataFrame, or a pyarrow Table
        *,
        sources: Mapping[str, Source] | None = None,
        mapping: Mapping[str, str] | None = None,
    ) -> FeeCollections:
        """Collections from a table: see :func:`dongdang.fees.table.read_fee_records`."""
        from dongdang.fees.table import read_fee_records  # noqa: PLC0415 - the table reader

        return read_fee_records(frame, sources=sources, mapping=mapping)

    def growth_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """Every growth the records give: see :func:`dongdang.fees.table.growth_frame`."""
        from dongdang.fees.table import growth_frame  # noqa: PLC0415 - pandas, on demand

        return growth_frame(self, exact=exact)

    def attainment_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """Every attainment the records give: see :func:`dongdang.fees.table.attainment_frame`."""
        from dongdang.fees.table import attainment_frame  # noqa: PLC0415 - pandas, on demand

        return attainment_frame(self, exact=exact)

    def _repr_html_(self) -> str:
        from dongdang.fees.table import fee_records_html  # noqa: PLC0415 - notebooks only

        return fee_records_html(self)

    def __attrs_post_init__(self) -> None:
        index: dict[_Key, FeeRecord] = {}
        for record in self.records:
            other = index.get(record.key)
            if other is not None:
                raise InvalidValueError.duplicate(
                    "record",
                    record.amount,
                    where=record.label("en"),
                    hint=f"the other is {other.amount}; a line, period and gate has one record",
                )
            first = self.records[0]
            if record.currency != first.currency:
                raise UnitMismatchError.unlike(
                    "amount",
                    record.amount,
                    f"the {first.label('en')}",
                    first.amount,
                    hint="a collection keeps its records in one currency",
                    where=record.label("en"),
                )
            index[record.key] = record
        object.__setattr__(self, "_index", index)

    def __iter__(self) -> Iterator[FeeRecord]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    @property
    def currency(self) -> str | None:
        """The ISO code of the records' currency, or None for an empty collection."""
        return self.records[0].currency if self.records else None

    @property
    def periods(self) -> tuple[Period, ...]:
        """The periods on record, in order."""
        return tuple(dict.fromkeys(record.period for record in self.records))

    def with_records(self, *records: FeeRecord) -> FeeCollections:
        """A new collection with ``records`` added."""
        return FeeCollections(records=(*self.records, *records))

    # -- lookups -----------------------------------------------------------------------

    def _check(self, period: object, line: object, gate: object) -> None:
        if not isinstance(period, Period):
            raise InvalidTypeError.of("period", "a Period", period)
        if not isinstance(line, FeeLine):
            raise InvalidTypeError.of("line", "a FeeLine", line)
        _check_gate(gate)

    def _missing(self, period: Period, line: FeeLine, gate: str | None) -> InvalidValueError:
        held = "; ".join(dict.fromkeys(r.period.label("en") for r in self.records)) or "nothing"
        return InvalidValueError.none_for(
            "record",
            f"the {_where(line, period, gate, 'en')}",
            name="period",
            value=period,
            hint=f"the records cover: {held}",
        )

    def record(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeeRecord:
        """The record of ``line`` for ``period`` at ``gate``.

        Raises:
            InvalidValueError: there is no such record; the message names the
                line, period and gate, and the periods on record.
        """
        self._check(period, line, gate)
        record = self._index.get((line, period, gate))
        if record is None:
            raise self._missing(period, line, gate)
        return record

    def _resolve(self, period: Period, line: FeeLine, gate: str | None) -> FeeTotal | None:
        record = self._index.get((line, period, gate))
        if record is not None:
            return _total_of((record,), period, line, gate, Basis.RECORDED)
        if line is FeeLine.TOTAL:
            parts = [self._index.get((part, period, gate)) for part in REPORTING_LINES]
            if all(part is not None for part in parts):
                found = cast("list[FeeRecord]", parts)
                return _total_of(tuple(found), period, line, gate, Basis.LINES)
        return None

    def total(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeeTotal:
        """The amount collected on ``line`` in ``period`` at ``gate`` (None: all gates).

        The total of both lines is the total's record where there is one, and
        otherwise the exact sum of the two lines' records. Periods are matched
        exactly: records of months are not added up into a quarter.

        Raises:
            InvalidValueError: nothing on record gives it.

        >>> from dongdang.data import seed_fee_collections
        >>> from dongdang.fees.collections import FeeLine
        >>> fees = seed_fee_collections()
        >>> fees.total(Period.year(2021), line=FeeLine.TRANSSHIPMENT).amount
        <Quantity(100751, 'million_VND')>
        >>> fees.total(Period.year(2022))
        Traceback (most recent call last):
        ...
        dongdang.errors.InvalidValueError: no record for the total fee, 2022; the records cover: ...
        """
        self._check(period, line, gate)
        found = self._resolve(period, line, gate)
        if found is None:
            raise self._missing(period, line, gate)
        return found

    # -- growth ---------------------------------------------------------------------------

    def growth(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeeGrowth:
        """The growth of ``line`` on the same period last year.

        In order of preference: from last year's records (:attr:`Basis.RECORDED`);
        the growth the record states, with last year's amount implied
        (:attr:`Basis.STATED`); for the total, from its lines' growths
        (:attr:`Basis.LINES`: then ``current`` and ``previous`` are the lines' sums).

        Raises:
            InvalidValueError: no record for ``period``, or neither last year's
                records nor a stated growth.
            UndefinedRatioError: last year's amount is zero, or a stated fall of
                100% leaves it undefined.

        >>> from dongdang.data import seed_fee_collections
        >>> growth = seed_fee_collections().growth(Period.year(2021))
        >>> growth.basis, growth.rate, growth.previous_period.label()
        (<Basis.STATED: 'stated'>, Decimal('0.402'), 'năm 2020')
        >>> format_amount(growth.previous, "triệu đồng", decimals=0)
        '473.700 triệu đồng'
        """
        self._check(period, line, gate)
        found = self._growth(period, line, gate)
        if isinstance(found, InvalidValueError):
            raise found
        return found

    def _growth(
        self, period: Period, line: FeeLine, gate: str | None
    ) -> FeeGrowth | InvalidValueError:
        """The growth, or the error that says why there is none."""
        current = self._resolve(period, line, gate)
        if current is None:
            return self._missing(period, line, gate)
        where = _where(line, period, gate, "en")
        before = period.same_period_last_year()
        previous = self._resolve(before, line, gate)
        stated = current.records[0].stated_growth if current.basis is Basis.RECORDED else None
        grown = functools.partial(
            FeeGrowth,
            period=period,
            previous_period=before,
            line=line,
            gate=gate,
            current=current.amount,
            current_qualifier=current.qualifier,
            stated=stated,
        )
        if previous is not None:
            if previous.amount.magnitude == 0:
                raise UndefinedRatioError.for_base(
                    "previous",
                    previous.amount,
                    "a growth needs last year's amount above zero",
                    shown=f"{previous.amount} (the {_where(line, before, gate, 'en')})",
                ).at(f"the {where}")
            return grown(
                previous=previous.amount,
                previous_qualifier=previous.qualifier,
                rate=indicators.growth_rate(current.amount, previous.amount),
                qualifier=_over(current.qualifier, previous.qualifier),
                basis=Basis.RECORDED,
                records=current.records + previous.records,
            )
        if stated is not None:
            if stated.fraction <= -1:
                raise UndefinedRatioError.for_base(
                    "growth",
                    stated.fraction,
                    "a fall of 100% or more leaves last year's amount undefined",
                    shown=f"stated as {stated.text!r}",
                ).at(f"the {where}")
            return grown(
                previous=_implied(current.records[0], stated),
                previous_qualifier=_over(current.qualifier, stated.qualifier),
                rate=stated.fraction,
                qualifier=stated.qualifier,
                basis=Basis.STATED,
                records=current.records,
            )
        if line is FeeLine.TOTAL:
            parts = [self._growth(period, part, gate) for part in REPORTING_LINES]
            if all(isinstance(part, FeeGrowth) for part in parts):
                return _from_lines(period, gate, cast("list[FeeGrowth]", parts))
        lines = " and its lines give none" if line is FeeLine.TOTAL else ""
        return InvalidValueError.none_for(
            "growth",
            f"the {where}",
            name="period",
            value=period,
            hint=f"no record for the same period last year ({before.label('en')}) "
            f"and no stated growth{lines}",
        )

    def breakdown(self, period: Period, *, gate: str | None = None) -> GrowthBreakdown:
        """The total's growth built up from its two lines: shares and contributions.

        Each line's growth is the one :meth:`growth` gives; the total's is that of
        their sums, so the contributions add up to it. Where the report states a
        growth for the total, compare it with :meth:`GrowthBreakdown.matches_stated`
        and :meth:`GrowthBreakdown.consistent_with_stated`.

        Raises:
            InvalidValueError: a line has no record or no growth for ``period``.
            UndefinedRatioError: the lines' amounts last year add up to zero.
        """
        self._check(period, FeeLine.TOTAL, gate)
        growths: list[FeeGrowth] = []
        for line in REPORTING_LINES:
            found = self._growth(period, line, gate)
            if isinstance(found, InvalidValueError):
                raise InvalidValueError.none_for(
                    "breakdown of the total by its lines",
                    f"the {_where(FeeLine.TOTAL, period, gate, 'en')}",
                    name="period",
                    value=period,
                    hint=str(found),
                )
            growths.append(found)
        total = _from_lines(period, gate, growths)
        lines = tuple(
            LineContribution(
                line=part.line,
                growth=part,
                share=indicators.share(part.current, total.current),
                previous_share=indicators.share(part.previous, total.previous),
                contribution=indicators.contribution_to_growth(
                    part.current, part.previous, total.previous
                ),
            )
            for part in growths
        )
        record = self._index.get((FeeLine.TOTAL, period, gate))
        parts = [self._part(period, line, gate) for line in REPORTING_LINES]
        bounds = None
        if all(part is not None for part in parts):
            low, high, _point = _growth_bounds(cast("list[Part]", parts))
            bounds = (low, high)
        return GrowthBreakdown(
            period=period,
            gate=gate,
            total=total,
            lines=lines,
            stated=None if record is None else record.stated_growth,
            bounds=bounds,
        )

    # -- attainment and averages -------------------------------------------------------------

    def attainment(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeeAttainment:
        """How much of the budget estimate (dự toán) ``line`` collected in ``period``.

        From the estimate on record (:attr:`Basis.RECORDED`), or else the
        attainment the record states, with the estimate implied (:attr:`Basis.STATED`).

        Raises:
            InvalidValueError: no record, or neither an estimate nor a stated attainment.
            UndefinedRatioError: the estimate, or the stated attainment, is zero.

        >>> from dongdang.data import seed_fee_collections
        >>> from dongdang.fees.collections import FeeLine
        >>> reached = seed_fee_collections().attainment(
        ...     Period.year(2021), line=FeeLine.TRANSSHIPMENT
        ... )
        >>> reached.basis, format_amount(reached.estimate, "triệu đồng", decimals=0)
        (<Basis.STATED: 'stated'>, '56.519 triệu đồng')
        """
        self._check(period, line, gate)
        current = self._resolve(period, line, gate)
        if current is None:
            raise self._missing(period, line, gate)
        where = _where(line, period, gate, "en")
        stated = current.records[0].stated_attainment if current.basis is Basis.RECORDED else None
        if current.estimate is not None:
            if current.estimate.magnitude == 0:
                raise UndefinedRatioError.for_base(
                    "estimate", current.estimate, "an attainment needs an estimate above zero"
                ).at(f"the {where}")
            estimate, basis = current.estimate, Basis.RECORDED
            ratio = indicators.attainment(current.amount, estimate)
            ratio_qualifier, estimate_qualifier = current.qualifier, None
        elif stated is not None:
            if stated.fraction == 0:
                raise UndefinedRatioError.for_base(
                    "attainment",
                    stated.fraction,
                    "an attainment of zero leaves the estimate undefined",
                    shown=f"stated as {stated.text!r}",
                ).at(f"the {where}")
            estimate, basis = indicators.implied_base(current.amount, stated.fraction), Basis.STATED
            ratio, ratio_qualifier = stated.fraction, stated.qualifier
            estimate_qualifier = _over(current.qualifier, stated.qualifier)
        else:
            raise InvalidValueError.none_for(
                "attainment",
                f"the {where}",
                name="period",
                value=period,
                hint="no estimate (dự toán) on record and no stated attainment",
            )
        return FeeAttainment(
            period=period,
            line=line,
            gate=gate,
            amount=current.amount,
            estimate=estimate,
            ratio=ratio,
            qualifier=ratio_qualifier,
            estimate_qualifier=estimate_qualifier,
            basis=basis,
            stated=stated,
            records=current.records,
        )

    def per_trip(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeePerTrip:
        """The average fee per vehicle trip on ``line`` in ``period``.

        Raises:
            InvalidValueError: no record, or no trip count.
            UndefinedRatioError: the trip count is zero.

        >>> from dongdang.data import seed_fee_collections
        >>> from dongdang.fees.collections import FeeLine
        >>> average = seed_fee_collections().per_trip(Period.year(2021), line=FeeLine.TRANSSHIPMENT)
        >>> format_amount(average.average, "đồng/lượt", decimals=0)
        '467.772 đồng/lượt'
        """
        self._check(period, line, gate)
        current = self._resolve(period, line, gate)
        if current is None:
            raise self._missing(period, line, gate)
        where = _where(line, period, gate, "en")
        if current.trips is None:
            raise InvalidValueError.none_for(
                "trip count", f"the {where}", name="period", value=period
            )
        if current.trips == 0:
            raise UndefinedRatioError.for_base(
                "trips", current.trips, "an average per trip needs trips above zero"
            ).at(f"the {where}")
        currency = cast("str", currency_or_none(current.amount))
        magnitude = QUOTIENT.divide(magnitude_in(current.amount, currency), Decimal(current.trips))
        return FeePerTrip(
            period=period,
            line=line,
            gate=gate,
            amount=current.amount,
            trips=current.trips,
            average=ureg.Quantity(tidy(magnitude), unit_of(f"{currency} / vehicle_trip")),
            qualifier=current.qualifier,
            records=current.records,
        )

    # -- findings ---------------------------------------------------------------------------------

    def _part(self, period: Period, line: FeeLine, gate: str | None) -> Part | None:
        """A record and its base as printed, for rounding ranges; None if a figure is qualified."""
        record = self._index.get((line, period, gate))
        if record is None or record.qualifier is not None:
            return None
        base = record.currency
        current, current_half = _printed((record,), base)
        previous = self._resolve(period.same_period_last_year(), line, gate)
        if previous is not None:
            if previous.qualifier is not None:
                return None
            before, before_half = _printed(previous.records, base)
            return Part(current, current_half, previous=before, previous_half=before_half)
        stated = record.stated_growth
        if stated is None or stated.qualifier is not None:
            return None
        return Part(
            current, current_half, growth=stated.fraction, growth_half=_half_percent(stated)
        )

    def findings(self) -> tuple[FeeFinding, ...]:
        """Every inconsistency among the figures, in record order.

        >>> from dongdang.data import seed_fee_collections
        >>> [finding.kind for finding in seed_fee_collections().findings()]
        [<FindingKind.GROWTH_DIFFERS: 'growth_differs'>]
        """
        found: list[FeeFinding] = []
        for record in self.records:
            if record.line is FeeLine.TOTAL:
                found.extend(self._line_findings(record))
            if record.gate is None:
                found.extend(self._gate_findings(record))
            found.extend(self._stated_findings(record))
        return tuple(found)

    def _line_findings(self, total: FeeRecord) -> list[FeeFinding]:
        period, gate = total.period, total.gate
        lines = [self._index.get((line, period, gate)) for line in REPORTING_LINES]
        parts = [line for line in lines if line is not None]
        found: list[FeeFinding] = []
        if parts and not any(r.qualifier is not None for r in (total, *parts)):
            value, half = _printed((total,), total.currency)
            summed, summed_half = _printed(parts, total.currency)
            slack = EXACT.add(half, summed_half)
            gap = EXACT.subtract(value, summed)
            complete = len(parts) == len(REPORTING_LINES)
            if (complete and abs(gap) > slack) or (not complete and -gap > slack):
                unit = str(total.amount.units)
                found.append(
                    FeeFinding(
                        kind=FindingKind.TOTAL_NOT_SUM_OF_LINES
                        if complete
                        else FindingKind.LINES_EXCEED_TOTAL,
                        period=period,
                        line=FeeLine.TOTAL,
                        gate=gate,
                        records=(total, *parts),
                        difference=convert(ureg.Quantity(gap, total.currency), unit),
                    )
                )
        stated = total.stated_growth
        if stated is not None and stated.qualifier is None:
            pieces = [self._part(period, line, gate) for line in REPORTING_LINES]
            if all(piece is not None for piece in pieces):
                low, high, point = _growth_bounds(cast("list[Part]", pieces))
                if not _consistent((low, high), stated):
                    found.append(
                        FeeFinding(
                            kind=FindingKind.GROWTH_DIFFERS,
                            period=period,
                            line=FeeLine.TOTAL,
                            gate=gate,
                            records=(total, *parts),
                            stated=stated,
                            derived=point,
                            bounds=(low, high),
                            basis=Basis.LINES,
                        )
                    )
        return found

    def _gate_findings(self, whole: FeeRecord) -> list[FeeFinding]:
        gates = [
            r
            for r in self.records
            if r.line is whole.line and r.period == whole.period and r.gate is not None
        ]
        if not gates or any(r.qualifier is not None for r in (whole, *gates)):
            return []
        value, half = _printed((whole,), whole.currency)
        summed, summed_half = _printed(gates, whole.currency)
        if EXACT.subtract(summed, value) <= EXACT.add(half, summed_half):
            return []
        return [
            FeeFinding(
                kind=FindingKind.GATES_EXCEED_TOTAL,
                period=whole.period,
                line=whole.line,
                gate=None,
                records=(whole, *gates),
            )
        ]

    def _stated_findings(self, record: FeeRecord) -> list[FeeFinding]:
        found: list[FeeFinding] = []
        stated = record.stated_growth
        if stated is not None and stated.qualifier is None:
            part = self._part(record.period, record.line, record.gate)
            if part is not None and part.previous is not None:
                low, high, point = _growth_bounds([part])
                if not _consistent((low, high), stated):
                    previous = cast(
                        "FeeTotal",
                        self._resolve(
                            record.period.same_period_last_year(), record.line, record.gate
                        ),
                    )
                    found.append(
                        FeeFinding(
                            kind=FindingKind.GROWTH_DIFFERS,
                            period=record.period,
                            line=record.line,
                            gate=record.gate,
                            records=(record, *previous.records),
                            stated=stated,
                            derived=point,
                            bounds=(low, high),
                            basis=Basis.RECORDED,
                        )
                    )
        reached = record.stated_attainment
        if (
            reached is not None
            and reached.qualifier is None
            and record.estimate is not None
            and record.qualifier is None
        ):
            base = record.currency
            value, half = _printed((record,), base)
            estimate = magnitude_in(record.estimate, base)
            estimate_half = _half_unit(record.estimate, base)
            low_end = EXACT.add(estimate, estimate_half)
            high_end = EXACT.subtract(estimate, estimate_half)
            low = QUOTIENT.divide(max(EXACT.subtract(value, half), Decimal(0)), low_end)
            high = QUOTIENT.divide(EXACT.add(value, half), high_end) if high_end > 0 else None
            if not _consistent((low, high), reached):
                found.append(
                    FeeFinding(
                        kind=FindingKind.ATTAINMENT_DIFFERS,
                        period=record.period,
                        line=record.line,
                        gate=record.gate,
                        records=(record,),
                        stated=reached,
                        derived=tidy(QUOTIENT.divide(value, estimate)) if estimate > 0 else None,
                        bounds=(low, high),
                    )
                )
        return found

    # -- words ------------------------------------------------------------------------------

    def sentence(
        self,
        period: Period,
        *,
        gate: str | None = None,
        unit: str | None = None,
        lang: Language = "vi",
    ) -> str:
        """The collections of ``period`` as a report sentence: the total, then its lines.

        Each figure comes with its growth where one can be had (:meth:`growth`);
        amounts are written in ``unit``, or each in its own.

        Raises:
            InvalidValueError: nothing on record gives the total.

        >>> from dongdang.data import seed_fee_collections
        >>> print(seed_fee_collections().sentence(Period.year(2021), lang="en"))
        Fees collected, 2021: 664,127 million VND, up 40.2% on the same period of 2020, of which
        transshipment fee 100,751 million VND, up 37.5%.
        """
        _check_lang(lang)
        total = self.total(period, gate=gate)
        head = self._growth(period, FeeLine.TOTAL, gate)
        # A growth from the lines goes with the total only where the lines add up to it.
        if isinstance(head, FeeGrowth) and _same(head.current, total.amount):
            text = head.phrase(unit, lang)
        else:
            text = _amount_text(total.amount, total.qualifier, unit, lang)
        items = []
        for line in REPORTING_LINES:
            record = self._index.get((line, period, gate))
            if record is None:
                continue
            growth = self._growth(period, line, gate)
            words = (
                growth.phrase(unit, lang, compared=False)
                if isinstance(growth, FeeGrowth)
                else _amount_text(record.amount, record.qualifier, unit, lang)
            )
            items.append(message("fees.line", lang, line=line.label(lang), amount=words))
        at = _when(period, gate, lang)
        if items:
            lines = message("fees.of_which", lang, lines="; ".join(items))
            return message("fees.collected.lines", lang, when=at, amount=text, lines=lines)
        return message("fees.collected", lang, when=at, amount=text)


def _same(first: Quantity, second: Quantity) -> bool:
    return magnitude_in(first, str(second.units)) == magnitude_in(second, str(second.units))


def _total_of(
    records: tuple[FeeRecord, ...], period: Period, line: FeeLine, gate: str | None, basis: Basis
) -> FeeTotal:
    trips = [r.trips for r in records]
    estimates = [r.estimate for r in records]
    return FeeTotal(
        period=period,
        line=line,
        gate=gate,
        amount=sum_amounts(r.amount for r in records),
        qualifier=_combine(*(r.qualifier for r in records)),
        trips=None if None in trips else sum(cast("list[int]", trips)),
        estimate=None
        if any(e is None for e in estimates)
        else sum_amounts(cast("list[Quantity]", estimates)),
        basis=basis,
        records=records,
    )


def _from_lines(period: Period, gate: str | None, parts: Sequence[FeeGrowth]) -> FeeGrowth:
    """The total's growth from its lines' amounts and bases, summed."""
    current = sum_amounts(part.current for part in parts)
    previous = sum_amounts((part.previous for part in parts), str(current.units))
    current_qualifier = _combine(*(part.current_qualifier for part in parts))
    previous_qualifier = _combine(*(part.previous_qualifier for part in parts))
    if previous.magnitude == 0:
        raise UndefinedRatioError.for_base(
            "previous",
            previous,
            "the total's growth needs a base above zero",
            shown=f"{previous}, the sum of its lines in the same period last year",
        ).at(f"the {_where(FeeLine.TOTAL, period, gate, 'en')}")
    return FeeGrowth(
        period=period,
        previous_period=parts[0].previous_period,
        line=FeeLine.TOTAL,
        gate=gate,
        current=current,
        current_qualifier=current_qualifier,
        previous=previous,
        previous_qualifier=previous_qualifier,
        rate=indicators.growth_rate(current, previous),
        qualifier=_over(current_qualifier, previous_qualifier),
        basis=Basis.LINES,
        stated=None,
        parts=tuple(parts),
        records=tuple(record for part in parts for record in part.records),
    )
