"""Capital allocated and disbursed, as reports print it."""

# ruff: noqa: TC001, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
from typing import Any, final

import attrs

from dongdang._validators import optional_instance_of as _optional
from dongdang._validators import optional_note as _note
from dongdang.investment._fields import _amount, _legal, _optional_id, _record_date
from dongdang.investment._organizations import Organization
from dongdang.investment._versions import _figure_quantity
from dongdang.legal import LegalReference
from dongdang.provenance import Source
from dongdang.text import Qualifier, read_figure
from dongdang.units import Quantity


def _read_flow(text: str) -> tuple[Quantity, Qualifier | None]:
    figure = read_figure(text)
    return _figure_quantity(figure), figure.qualifier


@final
@attrs.frozen(kw_only=True)
class Allocation:
    """Capital allocated to the owner on a date: "nguồn vốn đã được cấp / phân bổ".

    Attributes:
        date: the day the capital was allocated (released).
        amount: how much.
        id: a stable name, or None (one is derived from the date when needed).
        qualifier: what a word before a printed amount says ("trên": at least), or None.
        legal: the decision allocating it, where known.
        source: the document the allocation was read from, or None.
        note: what is known and unknown about it.
    """

    date: dt.date = attrs.field(converter=_record_date)
    amount: Quantity = attrs.field(converter=_amount)
    id: str | None = attrs.field(default=None, converter=_optional_id)
    qualifier: Qualifier | None = attrs.field(
        default=None, validator=_optional(Qualifier, "qualifier")
    )
    legal: LegalReference | None = attrs.field(default=None, converter=_legal)
    source: Source | None = attrs.field(default=None, validator=_optional(Source, "source"))
    note: str | None = attrs.field(default=None, converter=_note)

    @classmethod
    def read(cls, date: dt.date, text: str, **fields: Any) -> Allocation:  # noqa: ANN401
        """An allocation from a report's amount, keeping its qualifier."""
        amount, qualifier = _read_flow(text)
        return cls(date=date, amount=amount, qualifier=qualifier, **fields)


@final
@attrs.frozen(kw_only=True)
class Disbursement:
    """Capital disbursed (giải ngân) on a date: paid out for works, goods and services.

    A report usually prints a cumulative figure ("đã giải ngân được 42.119
    triệu đồng" since the start of the year); record it as one disbursement
    dated on the report's date, or as the difference from the previous report.

    Attributes:
        date: the day of the payment, or the date a reported amount stood at.
        amount: how much.
        id: a stable name, or None (one is derived from the date when needed).
        qualifier: what a word before a printed amount says ("trên": at least), or None.
        payee: who was paid (a contractor), where known.
        source: the document the disbursement was read from, or None.
        note: what is known and unknown about it.

    >>> from dongdang.investment import Disbursement
    >>> Disbursement.read(dt.date(2020, 9, 30), "trên 52,6 tỷ đồng").qualifier
    <Qualifier.AT_LEAST: 'at_least'>
    >>> Disbursement.read(dt.date(2020, 9, 30), "2 triệu USD")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnitMismatchError: amount must be in đồng (VND), got 2 million_USD; ...
    """

    date: dt.date = attrs.field(converter=_record_date)
    amount: Quantity = attrs.field(converter=_amount)
    id: str | None = attrs.field(default=None, converter=_optional_id)
    qualifier: Qualifier | None = attrs.field(
        default=None, validator=_optional(Qualifier, "qualifier")
    )
    payee: Organization | None = attrs.field(
        default=None, validator=_optional(Organization, "payee")
    )
    source: Source | None = attrs.field(default=None, validator=_optional(Source, "source"))
    note: str | None = attrs.field(default=None, converter=_note)

    @classmethod
    def read(cls, date: dt.date, text: str, **fields: Any) -> Disbursement:  # noqa: ANN401
        """A disbursement from a report's amount, keeping its qualifier ("trên 52,6 tỷ đồng")."""
        amount, qualifier = _read_flow(text)
        return cls(date=date, amount=amount, qualifier=qualifier, **fields)
