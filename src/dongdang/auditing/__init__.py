"""Checking the arithmetic of report statements.

A printed figure is not a number but the interval of the numbers that print
that way: "278.718 triệu đồng" stands for [278.717,5; 278.718,5] million VND
and "14,4%" for [14,35; 14,45] percent; a count ("08 cuộc") is exact. A
qualifier moves the interval in its direction (see :func:`dongdang.intervals.interval_of`).
:func:`audit` computes, with exact fractions, the interval that the other
figures of a statement allow for a figure, and reports a :class:`Finding`
when the printed figure's interval does not meet it.

Checks made:

* ``COMPONENTS_SUM``: the parts after "trong đó" add up to their total. Parts
  that add up to more than the total are INCONSISTENT; two or more parts that
  add up to less are a WARNING (the report may list only some of them).
* ``GROWTH_DISAGREES``: the growth of a total agrees with the values and
  growths of its parts (the previous value of the total is the sum of the
  parts' previous values).
* ``RATIO_DISAGREES``: "42.119/102.681 triệu đồng, bằng 41%" — the stated
  ratio or attainment equals the part divided by the whole; a total's
  attainment of a plan ("bằng 28,4% dự toán") agrees with its parts'
  attainments of the same plan (the total's plan is the sum of theirs).
* ``BASE_DISAGREES``: "giải ngân 52,6 tỷ đồng, bằng 51,2% kế hoạch giao" implies
  a "kế hoạch giao" of 102,7 tỷ đồng or so: a statement elsewhere whose subject
  is exactly those words ("Kế hoạch giao đạt 150 tỷ đồng") must agree, when
  both are about the same period (or either names none). A base stated in
  other words or in another document is given with ``bases=``: see :func:`audit`.
* ``AVERAGE_DISAGREES``: "vốn đăng ký bình quân một doanh nghiệp đạt 8,0 tỷ
  đồng" is the amount over the count of the nearest pair before it
  ("10.314 doanh nghiệp với số vốn đăng ký là 81.524 tỷ đồng").
* ``BALANCE_DISAGREES``, ``EXCLUDING_DISAGREES``, ``INCLUDING_DISAGREES``:
  "xuất siêu X" (exports − imports, or 2 × exports − the turnover when the
  imports go unsaid), "không tính X thì Y" (the total − X), "nếu tính cả X
  thì Y" (the total + X).
* ``AVERAGE_GROWTH_DISAGREES``: an average's growth is (1 + the amount's
  growth) ÷ (1 + the count's growth) − 1.
* ``SHARES_SUM``, ``CONTRIBUTIONS_SUM``, ``FRACTIONS_EXCEED``: shares of a
  whole named all add up to 100 %; GRDP's four contributions to its growth;
  two fractions of opposite items fit in their whole.
* ``RESTATED_DISAGREES``: a ratio printed twice to the same base agrees.
* Links across sentences: a turnover and its exports and imports, a budget
  revenue or an investment capital and its parts named in the statements
  after it, parts listed after "gồm" (all of the total), a share "chiếm X%"
  of a part's total, a base stated just before under other words. A link is
  made only where the words leave no doubt: see the "Links across sentences"
  section of the audit's documentation page.
* ``UNREADABLE``: a figure :func:`~dongdang.statements.parse_statements`
  could not read (INFO).

>>> from dongdang.statements import parse_statements
>>> from dongdang.auditing import audit
>>> [finding] = audit(
...     parse_statements(
...         "Thu phí đạt 278.718 triệu đồng, tăng 14,4% so với cùng kỳ năm 2023, trong đó "
...         "phí ra vào cửa khẩu đạt 234.433 triệu đồng, tăng 14,1%; "
...         "phí sang tải đạt 44.285 triệu đồng, tăng 17,5%."
...     )
... )
>>> finding.kind, finding.severity
(<FindingKind.GROWTH_DISAGREES: 'growth_disagrees'>, <Severity.INCONSISTENT: 'inconsistent'>)
>>> print(finding.explain("en"))
The growth of thu phí is printed as “14,4%”, but its parts allow only between 14.58% and 14.68%.
"""

from __future__ import annotations

# The imports marked F401 are the names the classes' annotations use: typing.get_type_hints,
# and so the API pages, read them in the module a class reports (see public_home).
from collections.abc import Mapping  # noqa: F401
from fractions import Fraction  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from dongdang._frames import FrameColumns  # noqa: F401
from dongdang._modules import public_home
from dongdang.auditing._documents import Findings, audit, audit_documents
from dongdang.auditing._findings import Finding, FindingKind, Severity
from dongdang.intervals import Interval, implied_previous_interval, interval_of
from dongdang.statements import Statement, Unparsed  # noqa: F401
from dongdang.text import Figure  # noqa: F401

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator  # noqa: F401

    from dongdang.periods import Language, Period  # noqa: F401

__all__ = [
    "Finding",
    "FindingKind",
    "Findings",
    "Interval",
    "Severity",
    "audit",
    "audit_documents",
    "implied_previous_interval",
    "interval_of",
]

public_home(__name__, __all__, globals())
