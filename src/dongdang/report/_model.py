"""The report as values: its lines, their measures and comparisons, its sections and findings."""

from __future__ import annotations

# Decimal, Period, Qualifier and Source are imported at run time, as before the split:
# the constructors' signatures (autodoc) evaluate their annotations in this module.
from decimal import Decimal  # noqa: TC003
from typing import TYPE_CHECKING, Final, Literal, final

import attrs

from dongdang.data import Source  # noqa: TC001
from dongdang.errors import UnknownCodeError
from dongdang.periods import Period  # noqa: TC001
from dongdang.text import Qualifier  # noqa: TC001

if TYPE_CHECKING:
    from dongdang.auditing import Interval, Severity
    from dongdang.dataset import DatasetInfo
    from dongdang.periods import Language


#: The name of an output format of :func:`render`.
Format = Literal["text", "markdown", "json"]
#: The output formats :func:`render` knows, the default first.
FORMATS: Final[tuple[Format, ...]] = ("text", "markdown", "json")

#: The version of the JSON document :func:`render_json` writes.
JSON_SCHEMA_VERSION: Final = 4

#: Where a line's number comes from: printed in a source, or derived from printed figures.
Origin = Literal["stated", "computed"]
#: What a line's number is; ``verdict`` and ``text`` lines have none.
MeasureKind = Literal["amount", "count", "percent", "growth", "verdict", "text"]
#: What a line's number is compared with (:class:`Comparison`).
ComparisonKind = Literal["growth", "attainment", "ratio", "share"]


@final
@attrs.frozen(kw_only=True)
class Comparison:
    """What a line's value is compared with: a growth on a period, a share of a base.

    Attributes:
        kind: ``growth`` (on ``base_period``), ``attainment`` (of an estimate),
            ``ratio`` (to a plan) or ``share`` (a count out of a total).
        rate: the growth or the ratio, in percent, or None (a share has only its base).
        base: the base's value (last year's amount, the plan, the total), or None.
        base_unit: the base's unit, or None.
        base_period: the period of the base, or None.
        base_origin: whether the base is printed or derived, or None without a base.
    """

    kind: ComparisonKind
    rate: Decimal | None = None
    base: Decimal | None = None
    base_unit: str | None = None
    base_period: Period | None = None
    base_origin: Origin | None = None


@final
@attrs.frozen(kw_only=True)
class LineMeasure:
    """A line's number, for programs: the value, unit, period, comparison, origin, interval.

    Attributes:
        kind: ``amount``, ``count``, ``percent``, ``growth`` (the value is a
            growth in percent), ``verdict`` or ``text`` (no single number:
            ``value`` is None).
        value: the number, exact, or None.
        unit: a unit name (``million_VND``), ``percent`` or, for a count, its noun
            (``gate_pair``, ``task``); None without a value.
        period: the period the value is about, or None.
        origin: ``stated`` (printed in a source) or ``computed`` (derived).
        qualifier: the word before the figure (``at_least``), or None.
        low: the least value the printed figures allow, or None (unbounded or no interval).
        high: the greatest, or None.
        interval: whether the value comes with an interval (``low``/``high``).
        comparison: what the value is compared with, or None.
    """

    kind: MeasureKind = "text"
    value: Decimal | None = None
    unit: str | None = None
    period: Period | None = None
    origin: Origin = "stated"
    qualifier: Qualifier | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    interval: bool = False
    comparison: Comparison | None = None


@final
@attrs.frozen(kw_only=True)
class Line:
    """One indicator: what it is, its value, how it was derived, where from.

    Attributes:
        label: what the line is about, with its period.
        value: the figure as written in the report's language.
        derivation: how the value was had: "as the report states", or the
            arithmetic and the check against what the report states.
        sources: the ids of the documents it comes from.
        measure: the value as numbers, for programs (the JSON document).
        records: the dataset's records it is built from, each as
            ``table:row`` (the row as a spreadsheet shows it, in the table
            as :meth:`~dongdang.dataset.Dataset.write` writes it: ``fee_records:3``)
            or ``file:key`` (``figures:trade-2021-total``, ``gates.toml:seed-000``).
    """

    label: str
    value: str
    derivation: str
    sources: tuple[str, ...]
    measure: LineMeasure = LineMeasure()
    records: tuple[str, ...] = ()


@final
@attrs.frozen(kw_only=True)
class Section:
    """A titled group of lines.

    Attributes:
        key: a stable name: ``gates``, ``fees``, ``trade``, ``investment`` or ``tasks``.
        title: the title in the report's language.
        lines: its lines.
        omitted: why the section has no lines (the dataset holds none of the
            records it is built from), in the report's language; None when it
            has lines.
    """

    key: str
    title: str
    lines: tuple[Line, ...]
    omitted: str | None = None


@final
@attrs.frozen(kw_only=True)
class ReportFinding:
    """A finding of the audit of the dataset's statements, as the report shows it.

    Attributes:
        severity: INFO, WARNING or INCONSISTENT.
        kind: the check that found it (``growth_disagrees``…).
        explanation: the finding in the report's language.
        allowed: what the other figures allow for the stated one, or None.
        stated: the figure as printed, or None.
        sources: the ids of the documents of the statements involved.
    """

    severity: Severity
    kind: str
    explanation: str
    allowed: Interval | None
    stated: str | None
    sources: tuple[str, ...]


@final
@attrs.frozen(kw_only=True)
class Report:
    """The whole report.

    Attributes:
        title: the title in the report's language, naming the dataset.
        lang: the language, "vi" or "en".
        sections: the indicator sections, in order.
        findings: the audit findings on the dataset's statements.
        sources: every document cited by a line or a finding, by id.
        dataset: what the dataset is called (its ``dataset.toml``), or None.
    """

    title: str
    lang: Language
    sections: tuple[Section, ...]
    findings: tuple[ReportFinding, ...]
    sources: tuple[Source, ...]
    dataset: DatasetInfo | None = None

    def section(self, key: str) -> Section:
        """The section with this key.

        Raises:
            UnknownCodeError: no section has the key; ``accepted`` lists them.
        """
        for section in self.sections:
            if section.key == key:
                return section
        raise UnknownCodeError("report section", key, [section.key for section in self.sections])
