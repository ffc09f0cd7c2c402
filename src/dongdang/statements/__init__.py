"""Figure sentences of the zone's reports, read into statements and written back.

A report sentence such as "Thu phí đạt 278.718 triệu đồng, tăng 14,4% so với
cùng kỳ năm 2023" states a figure about something (the *subject*, the words
before the verb), for a period, with comparisons. A sentence may hold several
statements with their own periods: each takes the period phrase written with
it, or the last one before it (a heading), or the report's period given to
:func:`parse_statements`. :func:`parse_statements`
finds those sentences in a text and reads each figure into a
:class:`Statement`; :func:`describe` writes a statement back as a sentence.

What counts as a figure: a number followed by a unit ("278.718 triệu đồng", "215.385
lượt xe", "95,4 nghìn ha", "3 triệu tấn"), a percent, percentage points ("1,2 điểm phần
trăm"), or a count of any noun ("07 cửa khẩu", "12 quyết định", "27 KCN", "9/15 xã"; the
noun, as written, is kept in ``Statement.noun`` and the figure has no unit; a scaled
count "2,6 triệu lượt khách" has the unit ``million_count``). A growth, change or points
with no figure of its own ("GRDP ước tăng 7,1%") is a statement of its own
(``Statement.compared``). A rank ("xếp thứ 4/14 tỉnh") is a figure of unit ``"rank"``,
how many it is ranked among in ``Statement.among``; "tăng 2 bậc" after it is a
``ComparisonKind.RANK_CHANGE``. Dates, legal numbers ("01/2019/NQ-HĐND"), years,
ordinals ("lần thứ 2"), border markers ("mốc 1088/2 - 1089") and terms of office are not
figures. An amount after "tăng"/"giảm" ("tăng 30 tỷ đồng") is a change of the figure
before it (``ComparisonKind.CHANGE``). A figure the reader cannot read (a malformed
number, units that contradict each other, a scale word before a unit that is not scaled
as in "5 triệu kg", a minus sign as in "-5 triệu USD", "giảm 2 lần", a reversed range
"2.600 - 2.000 xe/ngày", a number beyond 1e±1000) becomes an :class:`Unparsed` with the
reason: it is never guessed.

>>> from dongdang.statements import parse_statements, describe
>>> [fee] = parse_statements(
...     "Thu phí từ ngày 01/01-31/5/2024 đạt 278.718 triệu đồng, "
...     "tăng 14,4% so với cùng kỳ năm 2023."
... )
>>> fee.subject, fee.quantity, fee.period.label()
('thu phí', <Quantity(278718, 'million_VND')>, '5 tháng đầu năm 2024')
>>> growth = fee.comparisons[0]
>>> growth.kind, growth.fraction, growth.base_period.label()
(<ComparisonKind.GROWTH: 'growth'>, Decimal('0.144'), '5 tháng đầu năm 2023')
>>> print(describe(fee, "en"))
Thu phí in the first 5 months of 2024 reached 278,718 million VND, up 14.4% on the same
period of 2023.
"""

from __future__ import annotations

# The imports marked F401 are the names the classes' annotations use: typing.get_type_hints,
# and so the API pages, read them in the module a class reports (see public_home).
import datetime as dt  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from dongdang._frames import FrameColumns  # noqa: F401
from dongdang._modules import public_home
from dongdang.periods import Period  # noqa: F401

# The private names the reading's tests import from here (tests/test_statements_fuzz.py).
from dongdang.statements._drafts import _ending_at, _one_of, _words  # noqa: F401
from dongdang.statements._parse import parse_statements
from dongdang.statements._tables import Statements
from dongdang.statements._values import (
    COUNT_NOUNS,
    Comparison,
    ComparisonKind,
    Relation,
    Statement,
    Unparsed,
)
from dongdang.statements._vocabulary import (  # noqa: F401 - for the tests, as above
    _BASE_END,
    _NOT_FIGURES,
    _ONE_OF,
    _PERCENT_VERB,
    _QUALIFIER_BEFORE,
)
from dongdang.statements._writing import describe
from dongdang.text import Figure, Qualifier  # noqa: F401

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator  # noqa: F401
    from decimal import Decimal  # noqa: F401

    from dongdang.periods import Language  # noqa: F401
    from dongdang.units import Quantity  # noqa: F401

__all__ = [
    "COUNT_NOUNS",
    "Comparison",
    "ComparisonKind",
    "Relation",
    "Statement",
    "Statements",
    "Unparsed",
    "describe",
    "parse_statements",
]

public_home(__name__, __all__, globals())
