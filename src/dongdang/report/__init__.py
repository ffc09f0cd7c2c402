"""The zone's indicator report, built from a dataset (by default the bundled seed data).

Five sections say what the dataset's documents state and what follows from
it: the gate pairs clearing goods (:mod:`dongdang.gates`), the border-gate fee
(:mod:`dongdang.fees`), trade (:mod:`dongdang.trade`), public-investment
disbursement (:mod:`dongdang.investment`) and the Board's tasks
(:mod:`dongdang.tasks`). Every figure comes from a method of those modules,
applied to the dataset's records (:class:`~dongdang.dataset.Dataset`): this
module only chooses, writes and cites. Each :class:`Line` has a label, a
value, how the value was had ("derivation"), the ids of its sources and the
records it is built from. A check that fails says so in words. A closing part
lists the findings of the audit of the dataset's statements
(:func:`dongdang.data.findings_of`), then the sources cited.

>>> from dongdang.report import build_report
>>> report = build_report()
>>> [section.key for section in report.sections]
['gates', 'fees', 'trade', 'investment', 'tasks']
>>> line = report.section("investment").lines[0]
>>> line.label
'Giải ngân vốn đầu tư công năm 2020, đến ngày 25/05/2020'
>>> line.value
'42.119/102.681 triệu đồng, đạt 41,0% kế hoạch'

The report renders as text, Markdown or JSON (:func:`render`).
"""

from __future__ import annotations

# The report's ideas live in private modules; their classes and functions report this
# module as their home (public_home), so reprs, pickles and the API page are unchanged.
from decimal import Decimal as Decimal

from dongdang._modules import public_home
from dongdang.periods import Period as Period

# Decimal, Period, Qualifier, Origin and ComparisonKind: names the classes' annotations
# use, resolved here (the module the classes report) as before the split.
from dongdang.report._model import (
    FORMATS,
    JSON_SCHEMA_VERSION,
    Comparison,
    Format,
    Line,
    LineMeasure,
    MeasureKind,
    Report,
    ReportFinding,
    Section,
)
from dongdang.report._model import (
    ComparisonKind as ComparisonKind,
)
from dongdang.report._model import (
    Origin as Origin,
)
from dongdang.report._render import (
    _source_name as _source_name,
)
from dongdang.report._render import (
    json_schema,
    render,
    render_json,
    render_markdown,
    render_text,
)
from dongdang.report._sections import build_report
from dongdang.report._writer import _Writer as _Writer
from dongdang.text import Qualifier as Qualifier

__all__ = [
    "FORMATS",
    "JSON_SCHEMA_VERSION",
    "Comparison",
    "Format",
    "Line",
    "LineMeasure",
    "MeasureKind",
    "Report",
    "ReportFinding",
    "Section",
    "build_report",
    "json_schema",
    "render",
    "render_json",
    "render_markdown",
    "render_text",
]

public_home(__name__, __all__, globals())
public_home(__name__, ["_Writer"], globals())
