"""Investment projects in the zone, their milestones, and portfolios of them.

An investment project (dự án đầu tư) has an investor (chủ đầu tư), a source of
capital (state budget, ODA, domestic private, foreign direct investment, PPP),
a registered capital (vốn đăng ký) and a total investment (tổng mức đầu tư,
"tổng vốn đầu tư"), an area of land, a functional zone of the economic zone, a
legal basis (its investment decision or certificate), and dated milestones:
approved, land handed over, construction started, completed, in operation.
Each milestone has a planned date, an actual date, or both.

>>> from dongdang.projects import Milestone, MilestoneKind, Portfolio, Project
>>> yard = Project(
...     code="bai-xe-a",
...     name="Bãi xe A",
...     capital_source="domestic-private",
...     total_investment="hơn 120 tỷ đồng",
...     land_area="5,2 ha",
...     zone="khu-phi-thue-quan",
...     milestones=[
...         Milestone(kind="investment-approved", actual=dt.date(2020, 3, 2)),
...         Milestone(kind="construction-started", planned=dt.date(2020, 9, 1)),
...     ],
... )
>>> yard.total_investment.qualifier
<Qualifier.AT_LEAST: 'at_least'>
>>> [m.kind.code for m in yard.behind_schedule(dt.date(2021, 1, 1))]
['construction-started']

A :class:`Portfolio` counts projects and adds their capital by capital
source, zone or status. Sums are exact and kept **per currency**: đồng are
never added to dollars. Reference data ship as :func:`lang_son_projects`, with
every fact's source, and unknowns left unknown.
"""

from __future__ import annotations

import enum
import functools
import re
from decimal import Decimal
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Final, Literal, final

import attrs

from dongdang._frames import FrameColumns
from dongdang._messages import message
from dongdang._toml import Reader, parse_toml, read_data_file
from dongdang._validators import code_of as _code_of
from dongdang._validators import field_code as _field_code
from dongdang._validators import field_date as _date
from dongdang._validators import field_text as _text
from dongdang._validators import named_pairs as _named_pairs
from dongdang._validators import non_negative_amount
from dongdang._validators import optional_as_of as _as_of
from dongdang._validators import optional_field_date as _optional_date
from dongdang._validators import optional_field_text as _optional_text
from dongdang._validators import optional_instance_of as _optional_instance
from dongdang._validators import optional_note as _note
from dongdang._vocabulary import Vocabulary
from dongdang.errors import (
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.exchange import currency_or_none
from dongdang.legal import LegalReference
from dongdang.provenance import Caveat, Citation, Provenance, _check_facts
from dongdang.text import Figure, Qualifier, format_amount, parse_amount, read_figure
from dongdang.units import (
    CURRENCIES,
    Quantity,
    is_quantity,
    magnitude_in,
    sum_amounts,
    ureg,
)

if TYPE_CHECKING:
    import datetime as dt
    import os
    from collections.abc import Callable, Iterable, Iterator, Mapping

    from dongdang.periods import Language

__all__ = [
    "PROJECT_FACTS",
    "PROJECT_TABLES",
    "AreaTotal",
    "Capital",
    "CapitalMeasure",
    "CapitalSource",
    "CapitalTotal",
    "Milestone",
    "MilestoneDelay",
    "MilestoneKind",
    "Portfolio",
    "PortfolioKey",
    "Project",
    "ProjectStatus",
    "lang_son_projects",
]


#: What a portfolio groups projects by.
PortfolioKey = Literal["capital_source", "zone", "status", "investor"]
_GROUP_KEYS: Final = ("capital_source", "zone", "status", "investor")


# -- vocabularies ----------------------------------------------------------------------


class CapitalSource(Vocabulary):
    """Where a project's capital comes from, by its Vietnamese name.

    ``CapitalSource.of`` takes a member, its code (``"state-budget"``,
    ``"oda"``, ``"domestic-private"``, ``"foreign-direct"``, ``"ppp"``), or its
    Vietnamese or English name; the short "fdi" also names foreign direct investment.

    >>> from dongdang.projects import CapitalSource
    >>> CapitalSource.of("fdi")
    <CapitalSource.FOREIGN_DIRECT: 'vốn đầu tư trực tiếp nước ngoài'>
    >>> CapitalSource.of("grant")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown CapitalSource 'grant'; expected one of ...
    """

    STATE_BUDGET = "vốn ngân sách nhà nước"
    ODA = "vốn ODA"
    DOMESTIC_PRIVATE = "vốn tư nhân trong nước"
    FOREIGN_DIRECT = "vốn đầu tư trực tiếp nước ngoài"
    PPP = "đối tác công tư"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _SOURCE_ENGLISH

    @classmethod
    def of(cls, value: CapitalSource | str) -> CapitalSource:
        """The member ``value`` names (as :meth:`~dongdang._vocabulary.Vocabulary.of`), or "fdi"."""
        if isinstance(value, str) and value.strip().casefold() == "fdi":
            return cls.FOREIGN_DIRECT
        return super().of(value)


_SOURCE_ENGLISH: Final = {
    CapitalSource.STATE_BUDGET: "state budget",
    CapitalSource.ODA: "official development assistance",
    CapitalSource.DOMESTIC_PRIVATE: "domestic private",
    CapitalSource.FOREIGN_DIRECT: "foreign direct investment",
    CapitalSource.PPP: "public-private partnership",
}


class ProjectStatus(Vocabulary):
    """Where a project stands, by its Vietnamese name.

    The first four are stages in order; a project can also be suspended or
    terminated (its investment withdrawn) at any stage.
    """

    PREPARING = "chuẩn bị đầu tư"
    UNDER_CONSTRUCTION = "đang thi công"
    COMPLETED = "đã hoàn thành"
    IN_OPERATION = "đã đi vào hoạt động"
    SUSPENDED = "tạm dừng"
    TERMINATED = "chấm dứt hoạt động"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _STATUS_ENGLISH


_STATUS_ENGLISH: Final = {
    ProjectStatus.PREPARING: "preparing",
    ProjectStatus.UNDER_CONSTRUCTION: "under construction",
    ProjectStatus.COMPLETED: "completed",
    ProjectStatus.IN_OPERATION: "in operation",
    ProjectStatus.SUSPENDED: "suspended",
    ProjectStatus.TERMINATED: "terminated",
}


class MilestoneKind(Vocabulary):
    """A step in a project's life, by its Vietnamese name.

    Every step comes on or after the investment approval; completion comes on
    or after the start of construction, and the final settlement (quyết
    toán) on or after completion. ``OTHER`` is a step named by the milestone.
    """

    INVESTMENT_APPROVED = "chấp thuận đầu tư"
    SITE_CLEARED = "hoàn thành giải phóng mặt bằng"
    LAND_HANDED_OVER = "bàn giao đất"
    CONSTRUCTION_STARTED = "khởi công"
    COMPLETED = "hoàn thành"
    IN_OPERATION = "đưa vào hoạt động"
    FINAL_SETTLEMENT = "quyết toán"
    OTHER = "khác"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _KIND_ENGLISH

    @property
    def after(self) -> tuple[MilestoneKind, ...]:
        """The steps this one cannot come before, within one phase."""
        return _AFTER.get(self, (MilestoneKind.INVESTMENT_APPROVED,))


#: A phase as the data writes it, "giai đoạn 2", "Giai đoạn II": its number.
_PHASE: Final = re.compile(r"giai đoạn\s+(\d+|[IVX]+)", re.IGNORECASE)
_KIND_ENGLISH: Final = {
    MilestoneKind.INVESTMENT_APPROVED: "investment approved",
    MilestoneKind.SITE_CLEARED: "site cleared",
    MilestoneKind.LAND_HANDED_OVER: "land handed over",
    MilestoneKind.CONSTRUCTION_STARTED: "construction started",
    MilestoneKind.COMPLETED: "completed",
    MilestoneKind.IN_OPERATION: "in operation",
    MilestoneKind.FINAL_SETTLEMENT: "final settlement",
    MilestoneKind.OTHER: "other",
}
_AFTER: Final = {
    MilestoneKind.INVESTMENT_APPROVED: (),
    MilestoneKind.COMPLETED: (
        MilestoneKind.INVESTMENT_APPROVED,
        MilestoneKind.CONSTRUCTION_STARTED,
    ),
    MilestoneKind.FINAL_SETTLEMENT: (MilestoneKind.INVESTMENT_APPROVED, MilestoneKind.COMPLETED),
}
# The stage a status stands for, and the stage an actual whole-project milestone proves.
_STAGE: Final = {
    ProjectStatus.PREPARING: 0,
    ProjectStatus.UNDER_CONSTRUCTION: 1,
    ProjectStatus.COMPLETED: 2,
    ProjectStatus.IN_OPERATION: 3,
}
_PROVES: Final = {
    MilestoneKind.CONSTRUCTION_STARTED: 1,
    MilestoneKind.COMPLETED: 2,
    MilestoneKind.FINAL_SETTLEMENT: 2,
    MilestoneKind.IN_OPERATION: 3,
}


class CapitalMeasure(Vocabulary):
    """Which capital figure of a project: registered capital or total investment."""

    REGISTERED = "vốn đăng ký"
    TOTAL_INVESTMENT = "tổng mức đầu tư"

    @property
    def field(self) -> str:
        """The :class:`Project` attribute that holds it."""
        return "registered_capital" if self is CapitalMeasure.REGISTERED else "total_investment"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return {cls.REGISTERED: "registered capital", cls.TOTAL_INVESTMENT: "total investment"}


# -- small validators ------------------------------------------------------------------


def _code(value: str, what: str = "code") -> str:
    return _field_code(value, what, "kcn-dong-banh")


def _zone(value: str | None) -> str | None:
    return None if value is None else _code(value, "zone")


def _name(value: str) -> str:
    return _text(value, "name")


# Named converters: mypy's attrs plugin reads only named functions.
def _planned(value: dt.date | None) -> dt.date | None:
    return _optional_date(value, "planned")


def _actual(value: dt.date | None) -> dt.date | None:
    return _optional_date(value, "actual")


def _phase(value: str | None) -> str | None:
    return _optional_text(value, "phase")


def _label(value: str | None) -> str | None:
    return _optional_text(value, "name")


def _investor(value: str | None) -> str | None:
    return _optional_text(value, "investor")


def _location(value: str | None) -> str | None:
    return _optional_text(value, "location")


def _source_or_none(value: CapitalSource | str | None) -> CapitalSource | None:
    return None if value is None else CapitalSource.of(value)


def _status_or_none(value: ProjectStatus | str | None) -> ProjectStatus | None:
    return None if value is None else ProjectStatus.of(value)


def _is_money(quantity: Quantity) -> bool:
    return currency_or_none(quantity) is not None


def _is_area(quantity: Quantity) -> bool:
    return bool(quantity.dimensionality == ureg.Unit("hectare").dimensionality)


def _non_negative(quantity: object, what: str, *, money: bool) -> Quantity:
    """``quantity`` rebuilt with a Decimal magnitude, checked to be money (or area) and >= 0."""
    if money:
        return non_negative_amount(
            quantity,
            what,
            expected="a quantity",
            accepts=_is_money,
            must_be="money (VND, USD or CNY)",
        )
    return non_negative_amount(
        quantity,
        what,
        expected="a quantity",
        accepts=_is_area,
        must_be="an area such as '143,7 ha'",
    )


# -- capital ------------------------------------------------------------------------------


def _money(value: Quantity) -> Quantity:
    return _non_negative(value, "capital", money=True)


def _qualifier(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Qualifier):
        raise InvalidTypeError.of("qualifier", "a Qualifier or None", value)


@final
@attrs.frozen(kw_only=True)
class Capital:
    """An amount of capital as a report prints it: money, and the word in front of it.

    Attributes:
        amount: the money, in the unit it was given in.
        qualifier: "hơn", "khoảng", … as a :class:`~dongdang.text.Qualifier`, or
            None for a figure printed bare.

    >>> from dongdang.projects import Capital
    >>> capital = Capital.read("hơn 3.200 tỷ đồng")
    >>> capital.amount, capital.qualifier, capital.currency
    (<Quantity(3200, 'billion_VND')>, <Qualifier.AT_LEAST: 'at_least'>, 'VND')
    >>> Capital(amount=amount(-1, "million_USD"))
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: capital must not be negative, got -1 million_USD
    """

    amount: Quantity = attrs.field(converter=_money)
    qualifier: Qualifier | None = attrs.field(default=None, validator=_qualifier)

    @property
    def currency(self) -> str:
        """The ISO code of its currency, ``"VND"``, ``"USD"`` or ``"CNY"``."""
        code = currency_or_none(self.amount)
        assert code is not None  # noqa: S101 - the converter checked it
        return code

    @property
    def exact(self) -> bool:
        """Whether the figure was printed bare (no "hơn", "khoảng", …)."""
        return self.qualifier is None

    @classmethod
    def read(cls, text: str, lang: Language = "vi") -> Capital:
        """Read a printed figure: "1.034 tỷ đồng", "hơn 3.200 tỷ đồng", "khoảng 20 triệu USD".

        Raises:
            ParseError: the text is not one figure.
            UnitMismatchError: the figure is not money.
        """
        figure = read_figure(text, lang)
        return cls(amount=_figure_amount(figure), qualifier=figure.qualifier)

    def describe(self, unit: str, lang: Language = "vi") -> str:
        """The figure in words in ``unit``: "hơn 3.200 tỷ đồng", "over 3,200 billion VND"."""
        text = format_amount(self.amount, unit, lang)
        if self.qualifier is None:
            return text
        return message(f"capital.{self.qualifier.value}", lang, amount=text)


def _figure_amount(figure: Figure) -> Quantity:
    if figure.unit is None or figure.unit == "percent" or currency_or_none(figure.quantity) is None:
        raise UnitMismatchError.of("capital", figure.text, "money (VND, USD or CNY)")
    return figure.quantity


def _capital(value: Capital | Quantity | str | None) -> Capital | None:
    if value is None or isinstance(value, Capital):
        return value
    if isinstance(value, str):
        return Capital.read(value)
    if is_quantity(value):
        return Capital(amount=value)
    raise InvalidTypeError.of(
        "capital", "a Capital, a quantity of money or a printed figure", value
    )


def _area(value: Quantity | str | None) -> Quantity | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = parse_amount(value)
    return _non_negative(value, "land_area", money=False)


def _kind(value: MilestoneKind | str) -> MilestoneKind:
    return MilestoneKind.of(value)


# -- milestones ---------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class Milestone:
    """A dated step of a project: planned, reached, or both.

    Attributes:
        kind: what the step is; a code such as ``"construction-started"`` is accepted.
        planned: the day it is planned for (the deadline), or None.
        actual: the day it was reached, or None if it has not been (or is not known).
        phase: the phase it belongs to ("giai đoạn 1"), or None for the whole project.
        name: its own name; required for ``MilestoneKind.OTHER``.
        note: anything more: the decision that set the date, the source.

    >>> from dongdang.projects import Milestone
    >>> start = Milestone(
    ...     kind="construction-started", planned=dt.date(2021, 3, 1), actual=dt.date(2021, 5, 10)
    ... )
    >>> start.delay_days, start.reached_on(dt.date(2021, 4, 1))
    (70, False)
    """

    kind: MilestoneKind = attrs.field(converter=_kind)
    planned: dt.date | None = attrs.field(default=None, converter=_planned)
    actual: dt.date | None = attrs.field(default=None, converter=_actual)
    phase: str | None = attrs.field(default=None, converter=_phase)
    name: str | None = attrs.field(default=None, converter=_label)
    note: str | None = attrs.field(default=None, converter=_note)

    def __attrs_post_init__(self) -> None:
        if self.planned is None and self.actual is None:
            raise InvalidValueError(f"milestone {self.label()!r} needs a planned or an actual date")
        if self.kind is MilestoneKind.OTHER and self.name is None:
            raise InvalidValueError("a milestone of kind 'other' needs a name")

    @property
    def key(self) -> tuple[MilestoneKind, str | None, str | None]:
        """Its kind, phase and name, which tell it apart within a project."""
        return (self.kind, self.phase, self.name)

    @property
    def delay_days(self) -> int | None:
        """Days from plan to reality, positive if late and negative if early; None if not known."""
        if self.planned is None or self.actual is None:
            return None
        return (self.actual - self.planned).days

    def label(self, lang: Language = "vi") -> str:
        """Its name: "khởi công (giai đoạn 1)", "construction started (phase 1)".

        A phase written "giai đoạn 2" is "phase 2" in English; another phase
        name is kept as the data writes it.
        """
        base = self.name or self.kind.label(lang)
        if self.phase is None:
            return base
        number = _PHASE.fullmatch(self.phase)
        phase = self.phase if number is None else message("phase", lang, number=number[1])
        return message("milestone.phase", lang, name=base, phase=phase)

    def reached_on(self, day: dt.date) -> bool:
        """Whether it had been reached by ``day`` (an actual date on or before it)."""
        day = _date(day, "day")
        return self.actual is not None and self.actual <= day

    def overdue_on(self, day: dt.date) -> bool:
        """Whether, on ``day``, its planned date had passed and it had not been reached.

        The planned day itself is not late. An actual date after ``day`` counts
        as not yet reached on ``day``: the question is asked as of that day.
        """
        day = _date(day, "day")
        return self.planned is not None and self.planned < day and not self.reached_on(day)


def _milestones(value: tuple[Milestone, ...] | list[Milestone]) -> tuple[Milestone, ...]:
    if not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of("milestones", "a list of Milestone", value)
    for item in value:
        if not isinstance(item, Milestone):
            raise InvalidTypeError(f"milestones must be a list of Milestone, got the item {item!r}")
    return tuple(value)


# -- projects -----------------------------------------------------------------------------

#: The facts of a project that carry a provenance.
PROJECT_FACTS: Final = (
    "name",
    "investor",
    "capital_source",
    "registered_capital",
    "total_investment",
    "land_area",
    "zone",
    "location",
    "legal",
    "status",
    "milestones",
)


def _provenance(
    value: dict[str, Provenance]
    | tuple[tuple[str, Provenance], ...]
    | list[tuple[str, Provenance]],
) -> tuple[tuple[str, Provenance], ...]:
    return _named_pairs(Provenance, value, "facts")


@final
@attrs.frozen(kw_only=True)
class Project:
    """An investment project, identified by its code.

    Attributes:
        code: its stable code, such as ``"kcn-dong-banh"``.
        name: its name as the sources write it.
        investor: the investor (chủ đầu tư), or None where unknown.
        capital_source: where its capital comes from, or None where unknown;
            a code such as ``"fdi"`` is accepted.
        registered_capital: the registered capital (vốn đăng ký), or None;
            a :class:`Capital`, a quantity of money, or a printed figure.
        total_investment: the total investment (tổng mức đầu tư), likewise.
        land_area: its land, in any unit of area ("143,7 ha" is accepted), or None.
        zone: the functional zone it lies in, a free code such as
            ``"khu-phi-thue-quan"``, or None.
        location: where it lies, in the sources' words.
        legal: its legal basis, the investment decision or certificate, or None.
        milestones: its dated steps.
        status: where it stands, or None where unknown; a code is accepted.
        provenance: the :class:`~dongdang.provenance.Provenance` of facts, by name
            (see :data:`PROJECT_FACTS`): where a fact comes from, or why it is unknown.

    A project starts with its approval: the actual date of its investment
    approval if recorded, else the signing date of its legal basis (so where
    the legal basis is a later adjustment, record the approval too). No other
    milestone, planned or actual, comes before that: the schedule is set by
    the approval. Within a phase,
    completion does not come before the start of construction; the legal
    basis is not signed before the approval; and the status does not lag
    behind the milestones reached by the whole project (a project whose
    construction has started is not "preparing"). A fact that a provenance
    marks not found, unverified or in conflict must be None.

    >>> from dongdang.projects import Milestone, Project
    >>> Project(
    ...     code="kho-b",
    ...     name="Kho B",
    ...     milestones=[
    ...         Milestone(kind="investment-approved", actual=dt.date(2021, 6, 1)),
    ...         Milestone(kind="land-handed-over", planned=dt.date(2021, 1, 15)),
    ...     ],
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: project kho-b: bàn giao đất planned 2021-01-15 comes ...
    """

    code: str = attrs.field(converter=_code)
    name: str = attrs.field(converter=_name)
    investor: str | None = attrs.field(default=None, converter=_investor)
    capital_source: CapitalSource | None = attrs.field(default=None, converter=_source_or_none)
    registered_capital: Capital | None = attrs.field(default=None, converter=_capital)
    total_investment: Capital | None = attrs.field(default=None, converter=_capital)
    land_area: Quantity | None = attrs.field(default=None, converter=_area)
    zone: str | None = attrs.field(default=None, converter=_zone)
    location: str | None = attrs.field(default=None, converter=_location)
    legal: LegalReference | None = attrs.field(
        default=None, validator=_optional_instance(LegalReference, "legal")
    )
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=_milestones)
    status: ProjectStatus | None = attrs.field(default=None, converter=_status_or_none)
    provenance: tuple[tuple[str, Provenance], ...] = attrs.field(default=(), converter=_provenance)

    def __attrs_post_init__(self) -> None:
        seen: set[tuple[MilestoneKind, str | None, str | None]] = set()
        for milestone in self.milestones:
            if milestone.key in seen:
                raise InvalidValueError(
                    f"project {self.code}: the milestone {milestone.label()!r} appears twice"
                )
            seen.add(milestone.key)
        self._check_start()
        self._check_order()
        self._check_status()
        values = {name: self.fact(name) for name in PROJECT_FACTS}
        _check_facts(f"project {self.code}", self.provenance, values, complete=False)

    def _check_start(self) -> None:
        approvals = [
            m.actual
            for m in self.milestones
            if m.kind is MilestoneKind.INVESTMENT_APPROVED and m.actual is not None
        ]
        approved = min(approvals, default=None)
        legal = self.legal
        if (
            approved is not None
            and legal is not None
            and legal.signed is not None
            and legal.signed < approved
        ):
            raise InvalidValueError(
                f"project {self.code}: its legal basis {legal.number} is signed on "
                f"{legal.signed.isoformat()}, before the investment approval on "
                f"{approved.isoformat()}"
            )
        start = self.start
        if start is None:
            return
        for milestone in self.milestones:
            if milestone.kind is MilestoneKind.INVESTMENT_APPROVED:
                continue  # an approval may come later than planned; it is the start itself
            for which in ("planned", "actual"):
                day: dt.date | None = getattr(milestone, which)
                if day is not None and day < start:
                    raise InvalidValueError(
                        f"project {self.code}: {milestone.label()} {which} {day.isoformat()} "
                        f"comes before the project's start, its approval on {start.isoformat()}"
                    )

    def _check_order(self) -> None:
        for later in self.milestones:
            for earlier in self.milestones:
                if earlier.phase != later.phase or earlier.kind not in later.kind.after:
                    continue
                for which in ("planned", "actual"):
                    late: dt.date | None = getattr(later, which)
                    early: dt.date | None = getattr(earlier, which)
                    if late is not None and early is not None and late < early:
                        raise InvalidValueError(
                            f"project {self.code}: {later.label()} {which} {late.isoformat()} "
                            f"comes before {earlier.label()} {which} {early.isoformat()}"
                        )

    def _check_status(self) -> None:
        status = self.status
        stage = None if status is None else _STAGE.get(status)
        if status is None or stage is None:
            return
        for milestone in self.milestones:
            proves = _PROVES.get(milestone.kind, 0)
            if milestone.phase is None and milestone.actual is not None and proves > stage:
                raise InvalidValueError(
                    f"project {self.code}: the status {status.code!r} lags behind "
                    f"{milestone.label('en')} reached on {milestone.actual.isoformat()}",
                    value=status.code,
                )

    # -- facts ------------------------------------------------------------------------

    @property
    def start(self) -> dt.date | None:
        """The day it starts, its earliest actual approval or else its legal basis's signing."""
        approvals = [
            m.actual
            for m in self.milestones
            if m.kind is MilestoneKind.INVESTMENT_APPROVED and m.actual is not None
        ]
        if approvals:
            return min(approvals)
        return None if self.legal is None else self.legal.signed

    def fact(self, name: str) -> object:
        """The value of one fact of :data:`PROJECT_FACTS`; None (or no milestones) if unknown.

        Raises:
            UnknownCodeError: ``name`` is not a fact.
        """
        if name not in PROJECT_FACTS:
            raise UnknownCodeError("fact", name, PROJECT_FACTS, where="a project")
        value = getattr(self, name)
        return None if value == () else value

    def source_of(self, name: str) -> Provenance | None:
        """The provenance of one fact, or None if none was given.

        Raises:
            UnknownCodeError: ``name`` is not a fact.
        """
        self.fact(name)
        return dict(self.provenance).get(name)

    def undocumented(self) -> tuple[str, ...]:
        """The facts whose provenance is missing: known without a source, unknown without a caveat.

        Bundled data has none.
        """
        given = dict(self.provenance)
        missing = []
        for name in PROJECT_FACTS:
            source = given.get(name)
            known = self.fact(name) is not None
            if (known and (source is None or not source.sources)) or (
                not known and (source is None or source.caveat is None)
            ):
                missing.append(name)
        return tuple(missing)

    def capital(self, measure: CapitalMeasure | str) -> Capital | None:
        """Its registered capital or total investment, by measure."""
        field: Capital | None = getattr(self, CapitalMeasure.of(measure).field)
        return field

    def milestone(
        self, kind: MilestoneKind | str, *, phase: str | None = None, name: str | None = None
    ) -> Milestone:
        """The milestone of that kind (and phase, and name).

        Raises:
            UnknownCodeError: the project has no such milestone.
        """
        key = (MilestoneKind.of(kind), phase, name)
        for milestone in self.milestones:
            if milestone.key == key:
                return milestone
        where = f"project {self.code}" + ("" if phase is None else f", phase {phase!r}")
        known = [m.label("en") for m in self.milestones]
        raise UnknownCodeError("milestone", key[0].code, known, where=where)

    def behind_schedule(self, on: dt.date) -> tuple[Milestone, ...]:
        """The milestones overdue on ``on``: planned before it and not reached by it.

        >>> from dongdang.projects import Milestone, Project
        >>> kcn = Project(
        ...     code="kcn-x",
        ...     name="KCN X",
        ...     milestones=[Milestone(kind="completed", planned=dt.date(2024, 12, 31))],
        ... )
        >>> (
        ...     kcn.behind_schedule(dt.date(2024, 12, 31)),
        ...     len(kcn.behind_schedule(dt.date(2025, 1, 1))),
        ... )
        ((), 1)
        """
        on = _date(on, "on")
        return tuple(m for m in self.milestones if m.overdue_on(on))


def _group_key(by: object) -> str:
    if by not in _GROUP_KEYS:
        raise UnknownCodeError("grouping of projects", by, _GROUP_KEYS)
    return str(by)


# -- totals -------------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class CapitalTotal:
    """A sum of project capital, kept per currency.

    Attributes:
        measure: which capital figure was added.
        amounts: one exact sum per currency met, in the currency's own unit
            (``VND``, ``USD``, ``CNY``), in that order.
        projects: the codes of the projects added, sorted.
        missing: the codes of the projects whose figure is unknown, sorted.
        qualified: the codes of the projects whose figure is a bound or an
            estimate ("hơn", "khoảng"), added at face value; sorted.

    :attr:`amount` gives the total in its one currency, and refuses to add two
    currencies: convert with a dated :class:`~dongdang.units.ExchangeRate` first.
    """

    measure: CapitalMeasure
    amounts: tuple[Quantity, ...]
    projects: tuple[str, ...]
    missing: tuple[str, ...]
    qualified: tuple[str, ...]

    @property
    def currencies(self) -> tuple[str, ...]:
        """The currencies met, in the order ``VND``, ``USD``, ``CNY``."""
        return tuple(str(amount.units) for amount in self.amounts)

    @property
    def amount(self) -> Quantity:
        """The total in its one currency.

        Raises:
            UnitMismatchError: the projects hold capital in more than one currency.
            InvalidValueError: no project added has a known figure.
        """
        if len(self.amounts) > 1:
            raise UnitMismatchError(
                f"the {self.measure.value} of {', '.join(self.projects)} is in "
                f"{' and '.join(self.currencies)}: one total cannot mix currencies; "
                "use in_currency() or convert with an ExchangeRate"
            )
        if not self.amounts:
            raise InvalidValueError(
                f"no {self.measure.value} is known for any of the projects "
                f"({', '.join(self.missing) or 'none'})"
            )
        return self.amounts[0]

    def in_currency(self, code: str) -> Quantity:
        """The sum of the figures in one currency (zero if none is in it).

        Raises:
            InvalidValueError: ``code`` is not ``VND``, ``USD`` or ``CNY``.
        """
        if code not in CURRENCIES:
            raise InvalidValueError.not_one_of("currency", code, CURRENCIES)
        for amount in self.amounts:
            if str(amount.units) == code:
                return amount
        return ureg.Quantity(Decimal(0), code)

    @property
    def exact(self) -> bool:
        """Whether every project added has a known, bare figure."""
        return not self.missing and not self.qualified


@final
@attrs.frozen(kw_only=True)
class AreaTotal:
    """A sum of project land, in hectares.

    Attributes:
        area: the exact sum of the known areas, in hectares.
        projects: the codes of the projects added, sorted.
        missing: the codes of the projects whose area is unknown, sorted.
    """

    area: Quantity
    projects: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def exact(self) -> bool:
        """Whether every project's area is known."""
        return not self.missing


@final
@attrs.frozen(kw_only=True)
class MilestoneDelay:
    """A milestone overdue on a day.

    Attributes:
        project: the project's code.
        milestone: the milestone.
        on: the day asked about.
    """

    project: str
    milestone: Milestone
    on: dt.date

    @property
    def days(self) -> int:
        """How many days past its planned date it is on ``on`` (at least 1)."""
        assert self.milestone.planned is not None  # noqa: S101 - only overdue milestones
        return (self.on - self.milestone.planned).days


def _capital_total(projects: Iterable[Project], measure: CapitalMeasure) -> CapitalTotal:
    by_currency: dict[str, list[Quantity]] = {}
    codes, missing, qualified = [], [], []
    for project in projects:
        codes.append(project.code)
        figure = project.capital(measure)
        if figure is None:
            missing.append(project.code)
            continue
        if not figure.exact:
            qualified.append(project.code)
        by_currency.setdefault(figure.currency, []).append(figure.amount)
    amounts = tuple(
        sum_amounts(by_currency[code], code) for code in CURRENCIES if code in by_currency
    )
    return CapitalTotal(
        measure=measure,
        amounts=amounts,
        projects=tuple(sorted(codes)),
        missing=tuple(sorted(missing)),
        qualified=tuple(sorted(qualified)),
    )


def _area_total(projects: Iterable[Project]) -> AreaTotal:
    areas, codes, missing = [], [], []
    for project in projects:
        codes.append(project.code)
        if project.land_area is None:
            missing.append(project.code)
        else:
            areas.append(project.land_area)
    return AreaTotal(
        area=sum_amounts(areas, "hectare"),
        projects=tuple(sorted(codes)),
        missing=tuple(sorted(missing)),
    )


# -- portfolios ---------------------------------------------------------------------------


def _projects(value: tuple[Project, ...] | list[Project]) -> tuple[Project, ...]:
    if not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of("projects", "a list of Project", value)
    for item in value:
        if not isinstance(item, Project):
            raise InvalidTypeError(f"projects must be a list of Project, got the item {item!r}")
    return tuple(value)


def _sort_key(value: object) -> tuple[int, int, str]:
    """Groups in a fixed order: enum members by definition, text alphabetically, None last."""
    if value is None:
        return (1, 0, "")
    if isinstance(value, enum.Enum):
        return (0, list(type(value)).index(value), "")
    return (0, 0, str(value))


@final
@attrs.frozen(kw_only=True)
class Portfolio:
    """Projects together: counts, capital and land by group, and what is behind schedule.

    Every answer is the same whatever the order of the projects. Project codes
    are unique. With ``as_of``, the portfolio is the state of things on that
    day: no milestone was reached after it, and it cannot say what is overdue
    on a later day.

    Attributes:
        projects: the projects, in the order given.
        as_of: the day the records are current as of, or None.
        name: what the portfolio is, in words.
        note: anything more: what it leaves out, where it comes from.

    >>> from dongdang.projects import CapitalSource, Portfolio, Project
    >>> portfolio = Portfolio(
    ...     projects=[
    ...         Project(code="a", name="A", capital_source="fdi", total_investment="20 triệu USD"),
    ...         Project(code="b", name="B", capital_source="fdi", total_investment="1.034 tỷ đồng"),
    ...         Project(code="c", name="C", capital_source="state-budget"),
    ...     ]
    ... )
    >>> {source.code: count for source, count in portfolio.count_by("capital_source").items()}
    {'state-budget': 1, 'foreign-direct': 2}
    >>> fdi = portfolio.capital_by("capital_source")[CapitalSource.FOREIGN_DIRECT]
    >>> fdi.in_currency("VND"), fdi.in_currency("USD")
    (<Quantity(1034000000000, 'VND')>, <Quantity(20000000, 'USD')>)
    >>> fdi.amount
    Traceback (most recent call last):
    ...
    dongdang.errors.UnitMismatchError: the tổng mức đầu tư of a, b is in VND and USD: ...
    """

    projects: tuple[Project, ...] = attrs.field(converter=_projects)
    as_of: dt.date | None = attrs.field(default=None, converter=_as_of)
    name: str | None = attrs.field(default=None, converter=_label)
    note: str | None = attrs.field(default=None, converter=_note)
    _index: dict[str, Project] = attrs.field(init=False, eq=False, repr=False)

    def __repr__(self) -> str:
        as_of = "" if self.as_of is None else f", as of {self.as_of.isoformat()}"
        return f"<Portfolio {self.name!r}: {len(self.projects)} projects{as_of}>"

    def __attrs_post_init__(self) -> None:
        index: dict[str, Project] = {}
        for project in self.projects:
            if project.code in index:
                raise InvalidValueError(
                    f"the project code {project.code!r} appears twice", value=project.code
                )
            index[project.code] = project
            self._check_as_of(project)
        object.__setattr__(self, "_index", index)

    def _check_as_of(self, project: Project) -> None:
        if self.as_of is None:
            return
        for milestone in project.milestones:
            if milestone.actual is not None and milestone.actual > self.as_of:
                raise InvalidValueError(
                    f"project {project.code}: {milestone.label()} reached on "
                    f"{milestone.actual.isoformat()}, after the portfolio's as-of day "
                    f"{self.as_of.isoformat()}"
                )

    def __len__(self) -> int:
        return len(self.projects)

    def __iter__(self) -> Iterator[Project]:
        return iter(self.projects)

    @property
    def codes(self) -> tuple[str, ...]:
        """The project codes, in order."""
        return tuple(self._index)

    def project(self, code: str) -> Project:
        """The project with this code.

        Raises:
            UnknownCodeError: no project has it; the message lists the codes.
        """
        if code not in self._index:
            raise UnknownCodeError("project", code, self._index)
        return self._index[code]

    def _groups(self, by: PortfolioKey) -> dict[Any, list[Project]]:
        key = _group_key(by)
        groups: dict[Any, list[Project]] = {}
        for project in self.projects:
            groups.setdefault(getattr(project, key), []).append(project)
        return {value: groups[value] for value in sorted(groups, key=_sort_key)}

    def count_by(self, by: PortfolioKey) -> dict[Any, int]:
        """How many projects in each group; None is the group of the unknown.

        The counts add up to the number of projects.
        """
        return {value: len(group) for value, group in self._groups(by).items()}

    def capital(
        self, measure: CapitalMeasure | str = CapitalMeasure.TOTAL_INVESTMENT
    ) -> CapitalTotal:
        """The capital of every project, summed per currency."""
        return _capital_total(self.projects, CapitalMeasure.of(measure))

    def capital_by(
        self, by: PortfolioKey, measure: CapitalMeasure | str = CapitalMeasure.TOTAL_INVESTMENT
    ) -> dict[Any, CapitalTotal]:
        """The capital of each group, summed per currency."""
        chosen = CapitalMeasure.of(measure)
        return {value: _capital_total(group, chosen) for value, group in self._groups(by).items()}

    def land_area(self) -> AreaTotal:
        """The land of every project, in hectares."""
        return _area_total(self.projects)

    def land_area_by(self, by: PortfolioKey) -> dict[Any, AreaTotal]:
        """The land of each group, in hectares."""
        return {value: _area_total(group) for value, group in self._groups(by).items()}

    def behind_schedule(self, on: dt.date) -> tuple[MilestoneDelay, ...]:
        """Every milestone overdue on ``on``, by project code and then in the project's order.

        Raises:
            InvalidValueError: ``on`` is after the portfolio's ``as_of``: the
                records cannot say what was reached by then.
        """
        on = _date(on, "on")
        if self.as_of is not None and on > self.as_of:
            raise InvalidValueError(
                f"the portfolio is as of {self.as_of.isoformat()}; it cannot tell what is "
                f"overdue on {on.isoformat()}"
            )
        return tuple(
            MilestoneDelay(project=project.code, milestone=milestone, on=on)
            for project in sorted(self.projects, key=lambda p: p.code)
            for milestone in project.behind_schedule(on)
        )

    def projects_behind(self, on: dt.date) -> tuple[str, ...]:
        """The codes of the projects with a milestone overdue on ``on``, sorted."""
        return tuple(dict.fromkeys(delay.project for delay in self.behind_schedule(on)))

    # -- tables -----------------------------------------------------------------------

    def _frame_columns(self, *, exact: bool) -> FrameColumns:
        projects = self.projects
        columns = FrameColumns(exact=exact)
        columns.code("code", [project.code for project in projects])
        columns.text("name", [project.name for project in projects])
        columns.text("investor", [project.investor for project in projects])
        columns.code("capital_source", [_code_or_none(p.capital_source) for p in projects])
        columns.code("status", [_code_or_none(project.status) for project in projects])
        columns.code("zone", [project.zone for project in projects])
        for measure in ("registered_capital", "total_investment"):
            capitals: list[Capital | None] = [getattr(project, measure) for project in projects]
            if exact:
                columns.number(
                    measure, [None if c is None else c.amount.magnitude for c in capitals], None
                )
                columns.code(
                    f"{measure}_unit",
                    [None if c is None else str(c.amount.units) for c in capitals],
                )
            else:
                for currency in sorted({c.currency for c in capitals if c is not None}):
                    unit = _CAPITAL_UNITS[currency]
                    columns.number(
                        measure,
                        [
                            None
                            if c is None or c.currency != currency
                            else magnitude_in(c.amount, unit)
                            for c in capitals
                        ],
                        unit,
                    )
            columns.code(
                f"{measure}_qualifier",
                [None if c is None or c.qualifier is None else c.qualifier.value for c in capitals],
            )
        areas = [project.land_area for project in projects]
        columns.number(
            "land_area", [None if a is None else magnitude_in(a, "ha") for a in areas], "ha"
        )
        columns.date("start", [project.start for project in projects])
        columns.count("milestones", [len(project.milestones) for project in projects])
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The projects as a pandas DataFrame, one row each (needs ``dongdang[pandas]``).

        Columns: ``code``, ``name``, ``investor``, ``capital_source``,
        ``status``, ``zone`` (codes as categoricals), the registered capital
        and the total investment, one float64 column per currency found
        (``total_investment_billion_vnd``, ``total_investment_million_usd``;
        NaN where a project's capital is in another currency or unknown) and
        its qualifier (``total_investment_qualifier``: ``at_least`` for
        "hơn"…), ``land_area_ha``, ``start`` (its approval, datetime64) and
        the number of ``milestones``. :meth:`milestones_frame` gives the
        milestones, one row each.

        With ``exact=True``, the columns :meth:`from_frame` reads (those of
        the ``projects`` table of :data:`PROJECT_TABLES`): a capital is
        ``total_investment`` (Decimal) in ``total_investment_unit``, as given;
        ``land_area_ha`` is Decimal; ``location``, ``legal`` (its citation,
        with ``legal_url`` and ``legal_summary``: a legal basis they cannot
        give back is refused with an :class:`~dongdang.errors.InvalidValueError`,
        not dropped) and ``sources`` (the keys every fact is sourced to unless the facts
        table says otherwise, joined by ``;``) are added, and the derived
        ``start`` and ``milestones`` left out. ``frame.attrs`` then holds the
        portfolio's ``name``, ``as_of`` and ``note``, and its other tables
        (``facts``, ``milestones``, ``sources``) as columns.

        >>> from dongdang.projects import lang_son_projects
        >>> frame = lang_son_projects().to_frame()
        >>> frame[["code", "total_investment_billion_vnd", "land_area_ha"]]
                                code  total_investment_billion_vnd  land_area_ha
        0  khu-trung-chuyen-hang-hoa                           NaN           NaN
        1             khu-che-xuat-1                        1034.0           NaN
        2              kcn-dong-banh                           NaN         162.0
        3             kcn-hong-phong                           NaN         400.0
        >>> Portfolio.from_frame(lang_son_projects().to_frame(exact=True)) == lang_son_projects()
        True
        """
        if not exact:
            return self._frame_columns(exact=False).frame(
                metadata={"name": self.name, "as_of": self.as_of}
            )
        tables = self.tables()
        columns = FrameColumns(exact=True)
        for column in _table_specs()["projects"]:
            values = tables["projects"][column.name]
            if column.name in _CODE_COLUMNS:
                columns.code(column.name, values)
            elif column.cell == "decimal":
                columns.number(column.name, values, None)
            else:
                columns.text(column.name, values)
        metadata: dict[str, object] = {"name": self.name, "as_of": self.as_of, "note": self.note}
        metadata.update(
            {key: tables[f"project_{key}"] for key in ("facts", "milestones", "sources")}
        )
        return columns.frame(metadata=metadata)

    def milestones_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """Every milestone of every project, one row each (needs ``dongdang[pandas]``).

        Columns: ``project``, ``kind`` (its code), ``phase``, ``name``,
        ``planned``, ``actual`` (datetime64, NaT where there is none),
        ``delay_days`` (actual − planned, float64), ``note``. With
        ``exact=True``, the columns of the ``project_milestones`` table, which
        :meth:`from_frame` reads: the derived ``delay_days`` left out.
        """
        rows = [(project.code, item) for project in self.projects for item in project.milestones]
        columns = FrameColumns(exact=exact)
        columns.code("project", [code for code, _ in rows])
        columns.code("kind", [item.kind.code for _, item in rows])
        columns.code("phase", [item.phase for _, item in rows])
        columns.text("name", [item.name for _, item in rows])
        columns.date("planned", [item.planned for _, item in rows])
        columns.date("actual", [item.actual for _, item in rows])
        if not exact:
            columns.count("delay_days", [item.delay_days for _, item in rows])
        columns.text("note", [item.note for _, item in rows])
        return columns.frame()

    def tables(self) -> dict[str, dict[str, list[Any]]]:
        """The portfolio as the tables of :data:`PROJECT_TABLES`, by stem, as Python values.

        Amounts are exact (Decimal), days :class:`datetime.date`, lists of
        source keys joined by ``;``; None is an empty cell. A project's
        ``sources`` are those most of its facts share; the ``project_facts``
        table gives every other fact's provenance, in the project's order.
        """
        return _tables_of(self)

    @classmethod
    def from_frame(
        cls,
        frame: object,
        *,
        facts: object = None,
        milestones: object = None,
        sources: object = None,
        header: Mapping[str, Any] | None = None,
        mapping: Mapping[str, str] | None = None,
        name: str | None = None,
        strict: bool = False,
    ) -> Portfolio:
        """A portfolio from its tables: DataFrames, Arrow tables, CSV or Parquet files.

        ``frame`` is the ``projects`` table (the columns of :meth:`to_frame`
        with ``exact=True``; ``code`` and ``name`` needed); ``facts``,
        ``milestones`` and ``sources`` the other tables of
        :data:`PROJECT_TABLES`, each optional; ``header`` the portfolio's
        ``name``, ``as_of`` and ``note``. Each defaults to the frame's
        ``attrs`` as :meth:`to_frame` writes them. ``mapping`` renames the
        columns of ``frame``. With ``strict``, every known fact must carry a
        source and every unknown one a caveat, as for :meth:`loads`.

        Raises:
            TableError: naming the table, the row and the column of every bad
                cell: a missing or unknown column, an empty required cell, a
                negative amount, a unit that is not money, an unknown code
                (capital source, status, qualifier, milestone kind, fact,
                caveat, project, source key), a code given twice, a date that
                does not read, a project the domain refuses.
        """
        found = getattr(frame, "attrs", None)
        found = found if isinstance(found, dict) else {}
        given = {
            "facts": found.get("facts") if facts is None else facts,
            "milestones": found.get("milestones") if milestones is None else milestones,
            "sources": found.get("sources") if sources is None else sources,
        }
        top = dict(found if header is None else header)
        return _PortfolioTables(name or _table_label(frame)).read(
            frame, given, top, mapping=mapping, strict=strict
        )

    def _repr_html_(self) -> str:
        return self._frame_columns(exact=True).html(repr(self))

    # -- reading ----------------------------------------------------------------------

    @classmethod
    def loads(cls, text: str, *, name: str = "<string>", strict: bool = False) -> Portfolio:
        """Read a portfolio from TOML text shaped like the bundled ``data/projects.toml``.

        With ``strict``, every known fact must carry a source and every unknown
        one a caveat saying why, as in the bundled data.

        Raises:
            DataFileError: the text is not TOML (duplicate keys included), a
                table misses a key or has an unknown one, a value is refused;
                the message names ``name`` and the place in the file.
        """
        if not isinstance(text, str):
            raise InvalidTypeError.of("text", "a str", text)
        return _Reader(name, strict=strict).portfolio(parse_toml(text, name))

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, strict: bool = False) -> Portfolio:
        """Read a portfolio from a TOML file; see :meth:`loads`.

        Raises:
            DataFileError: the file cannot be read, or is refused by :meth:`loads`.
        """
        return cls.loads(read_data_file(path), name=str(path), strict=strict)


#: The unit a frame gives capital in, by currency.
_CAPITAL_UNITS: Final = {"VND": "billion_VND", "USD": "million_USD", "CNY": "million_CNY"}


def _code_or_none(value: Vocabulary | None) -> str | None:
    return None if value is None else value.code


# -- tables -------------------------------------------------------------------------------

#: The tables of a portfolio, by stem. A row is a project (``projects``), a fact
#: with a provenance of its own (``project_facts``), a milestone
#: (``project_milestones``) or a source cited (``project_sources``); the columns
#: of each are in :meth:`Portfolio.from_frame` and the guide "Your own data".
PROJECT_TABLES: Final = ("projects", "project_facts", "project_milestones", "project_sources")

#: The columns of the ``projects`` table that hold codes (categoricals in a frame).
_CODE_COLUMNS: Final = frozenset(
    {
        *("code", "capital_source", "status", "zone"),
        *(
            f"{m}_{part}"
            for m in ("registered_capital", "total_investment")
            for part in ("unit", "qualifier")
        ),
    }
)
#: The column of the ``projects`` table a fact is in, where it is not the fact's own name.
_FACT_COLUMNS: Final = {"land_area": "land_area_ha", "milestones": "sources"}
#: Source keys in one cell are joined by this.
_KEYS_SEPARATOR: Final = ";"
_MEASURES: Final = ("registered_capital", "total_investment")


@functools.cache
def _table_specs() -> dict[str, tuple[Any, ...]]:
    """The :class:`~dongdang.tables.Column` of each table, by stem (tables imported on use)."""
    from dongdang.tables import Column  # noqa: PLC0415 - numpy only when tables are read

    def capital(measure: str) -> tuple[Column, ...]:
        return (
            Column(measure, "decimal", required=False),
            Column(f"{measure}_unit", "text", required=False),
            Column(f"{measure}_qualifier", "text", required=False),
        )

    optional = {"required": False}
    return {
        "projects": (
            Column("code", "text"),
            Column("name", "text"),
            *(Column(key, "text", **optional) for key in ("investor", "capital_source")),
            *(Column(key, "text", **optional) for key in ("status", "zone")),
            *capital("registered_capital"),
            *capital("total_investment"),
            Column("land_area_ha", "decimal", **optional),
            *(Column(key, "text", **optional) for key in ("location", "legal")),
            *(Column(key, "text", **optional) for key in ("legal_url", "legal_summary", "sources")),
        ),
        "project_facts": (
            Column("project", "text"),
            Column("fact", "text"),
            *(Column(key, "text", **optional) for key in ("sources", "caveat", "note")),
        ),
        "project_milestones": (
            Column("project", "text"),
            Column("kind", "text"),
            *(Column(key, "text", **optional) for key in ("phase", "name")),
            *(Column(key, "date", **optional) for key in ("planned", "actual")),
            Column("note", "text", **optional),
        ),
        "project_sources": (
            Column("key", "text"),
            *(Column(key, "text", **optional) for key in ("url", "title")),
            Column("published", "date", **optional),
            Column("file", "text", **optional),
            Column("event", "date", **optional),
            Column("note", "text", **optional),
        ),
    }


def _keys(citations: Iterable[Citation]) -> str | None:
    return _KEYS_SEPARATOR.join(citation.key for citation in citations) or None


def _rebuilt(
    default: tuple[Citation, ...], own: Iterable[tuple[str, Provenance]]
) -> tuple[tuple[str, Provenance], ...]:
    """A project's provenance from its default sources and its facts' own, as read."""
    provenance = {name: Provenance(sources=default) for name in PROJECT_FACTS if default}
    provenance.update(own)
    return tuple(provenance.items())


def _split_provenance(
    project: Project,
) -> tuple[tuple[Citation, ...], tuple[tuple[str, Provenance], ...]]:
    """The sources most facts share, and the facts whose provenance differs from them.

    The two give the provenance back exactly (:func:`_rebuilt`); where no
    default does, the default is empty and every fact has its own row.
    """
    plain = [
        source.sources
        for _, source in project.provenance
        if source.caveat is None and source.note is None and source.sources
    ]
    if plain:
        default = max(plain, key=plain.count)  # the first of the most common
        shared = Provenance(sources=default)
        own = tuple((name, source) for name, source in project.provenance if source != shared)
        if _rebuilt(default, own) == project.provenance:
            return default, own
    return (), project.provenance


def _tables_of(portfolio: Portfolio) -> dict[str, dict[str, list[Any]]]:
    tables: dict[str, dict[str, list[Any]]] = {
        stem: {column.name: [] for column in columns} for stem, columns in _table_specs().items()
    }

    def add(stem: str, **cells: Any) -> None:  # noqa: ANN401 - any cell
        for key, column in tables[stem].items():
            column.append(cells.get(key))

    for project in portfolio.projects:
        default, own = _split_provenance(project)
        cells = _project_cells(project, default)
        add("projects", **cells)
        for fact, source in own:
            add(
                "project_facts",
                project=project.code,
                fact=fact,
                sources=_keys(source.sources),
                caveat=None if source.caveat is None else _code_of(source.caveat),
                note=source.note,
            )
        for item in project.milestones:
            add(
                "project_milestones",
                project=project.code,
                kind=item.kind.code,
                phase=item.phase,
                name=item.name,
                planned=item.planned,
                actual=item.actual,
                note=item.note,
            )
    for citation in _cited(portfolio):
        add("project_sources", **attrs.asdict(citation))
    return tables


def _cited(portfolio: Portfolio) -> tuple[Citation, ...]:
    """Every source the portfolio's facts cite, once, in the order first cited.

    Raises:
        InvalidValueError: two different sources have one key.
    """
    cited: dict[str, Citation] = {}
    for project in portfolio.projects:
        for _, source in project.provenance:
            for citation in source.sources:
                if cited.setdefault(citation.key, citation) != citation:
                    raise InvalidValueError(
                        f"project {project.code}: two sources have the key {citation.key!r}; "
                        "a table names a source by its key",
                        value=citation.key,
                    )
    return tuple(cited.values())


def _legal_cells(project: Project) -> dict[str, str | None]:
    """A project's legal basis as a table holds it: its citation, url and summary.

    Raises:
        InvalidValueError: a legal basis that these three cannot give back (a
            date in force or repealed, a replacement, or an issuer other than
            the one its citation reads), which a table would lose.
    """
    legal = project.legal
    if legal is None:
        return {"legal": None, "legal_url": None, "legal_summary": None}
    cells = {"legal": legal.cite(), "legal_url": legal.url, "legal_summary": legal.summary}
    if _legal_with(cells["legal"], legal.url, legal.summary) != legal:
        raise InvalidValueError.of(
            f"project {project.code}'s legal basis",
            legal.number,
            "must be what its citation, url and summary say (as in projects.toml): "
            "a table would lose its other dates, replacement or issuer",
        )
    return cells


def _project_cells(project: Project, default: tuple[Citation, ...]) -> dict[str, Any]:
    """A project's row of the ``projects`` table."""
    cells: dict[str, Any] = {
        "code": project.code,
        "name": project.name,
        "investor": project.investor,
        "capital_source": _code_or_none(project.capital_source),
        "status": _code_or_none(project.status),
        "zone": project.zone,
        "land_area_ha": None
        if project.land_area is None
        else magnitude_in(project.land_area, "ha"),
        "location": project.location,
        **_legal_cells(project),
        "sources": _keys(default),
    }
    for measure in _MEASURES:
        capital: Capital | None = getattr(project, measure)
        if capital is not None:
            cells[measure] = capital.amount.magnitude
            cells[f"{measure}_unit"] = str(capital.amount.units)
            cells[f"{measure}_qualifier"] = (
                None if capital.qualifier is None else capital.qualifier.value
            )
    return cells


def _table_label(table: object) -> str:
    if isinstance(table, str) or hasattr(table, "__fspath__"):
        return str(table)
    return f"<{type(table).__name__}>"


#: A cell that did not read (its problem recorded).
_BAD: Final = object()


class _PortfolioTables:
    """Reads the tables of a portfolio, collecting every problem with its file, row and column."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[Any] = []  # dongdang.tables.Problem

    def add(self, file: str, row: int, column: str, text: str) -> None:
        from dongdang.tables import Problem  # noqa: PLC0415 - numpy only when tables are read

        self.problems.append(Problem(file=file, row=row, column=column, message=text))

    def cells(
        self, table: object, stem: str, label: str, mapping: Mapping[str, str] | None = None
    ) -> tuple[dict[str, list[Any]], set[int]]:
        """A table's checked cells, and the rows with a bad one (already recorded)."""
        from dongdang.tables import read_table  # noqa: PLC0415 - numpy only when tables are read

        found: list[Any] = []
        spec = _table_specs()[stem]
        cells = read_table(table, spec, mapping=mapping, name=label, cell_problems=found)
        self.problems.extend(found)
        return cells, {problem.row for problem in found}

    def distinct(
        self, keys: list[Any], bad: set[int], where: tuple[str, str], what: str
    ) -> Iterator[tuple[int, Any]]:
        """Each row's index and key; a row with a bad cell, or a key given before, left out.

        A key given twice is recorded as a problem of the later row.
        """
        label, column = where
        first: dict[Any, int] = {}
        for index, key in enumerate(keys):
            row = index + 2
            if row in bad:
                continue
            if key in first:
                text = f"the {what} {key!r} is given twice: first in row {first[key]}"
                self.add(label, row, column, text)
                continue
            first[key] = row
            yield index, key

    def of_projects(
        self, codes: list[Any], bad: set[int], label: str, projects: Mapping[str, int]
    ) -> Iterator[tuple[int, str]]:
        """Each row's index and project; a row with a bad cell, or of an unknown project, left out.

        A row of an unknown project is recorded as a problem of its ``project`` column.
        """
        for index, code in enumerate(codes):
            row = index + 2
            if row in bad:
                continue
            if code not in projects:
                self.add(label, row, "project", f"no project {code!r} in the projects table")
                continue
            yield index, code

    def attempt(self, where: tuple[str, int, str], read: Any, *values: Any) -> Any:  # noqa: ANN401
        """``read(*values)``, or :data:`_BAD` with the refusal recorded at ``where``."""
        try:
            return read(*values)
        except (DongDangError, ValueError) as error:
            self.add(*where, str(error))
            return _BAD

    def read(
        self,
        frame: object,
        given: Mapping[str, object],
        header: Mapping[str, Any],
        *,
        mapping: Mapping[str, str] | None,
        strict: bool,
    ) -> Portfolio:
        from dongdang.tables import LIMIT, TableError  # noqa: PLC0415 - numpy only when used

        citations = {} if given["sources"] is None else self.citations(given["sources"])
        cells, bad = self.cells(frame, "projects", self.label, mapping)
        rows: dict[str, int] = {}
        fields: dict[str, dict[str, Any]] = {}
        for index, code in self.distinct(cells["code"], bad, (self.label, "code"), "project"):
            rows[code] = index + 2
            read = self.project(cells, index, citations)
            if read is not None:
                fields[code] = read
        milestones = (
            {code: [] for code in rows}
            if given["milestones"] is None
            else self.milestones(given["milestones"], rows)
        )
        provenance = (
            {code: [] for code in rows}
            if given["facts"] is None
            else self.facts(given["facts"], rows, citations)
        )
        projects: list[Project] = []
        for code, values in fields.items():
            default = values.pop("sources")
            project = self.attempt(
                (self.label, rows[code], "code"),
                functools.partial(
                    Project,
                    milestones=milestones[code],
                    provenance=_rebuilt(default, provenance[code]),
                    **values,
                ),
            )
            if project is _BAD:
                continue
            undocumented = list(project.undocumented())
            if strict and undocumented:
                message_text = (
                    f"facts without a source, or unknown without a caveat: {undocumented}"
                )
                # the column of the first such fact (milestones have none here: its sources)
                column = _FACT_COLUMNS.get(undocumented[0], undocumented[0])
                self.add(self.label, rows[code], column, message_text)
            projects.append(project)
        if self.problems:
            raise TableError(self.label, self.problems[:LIMIT], more=len(self.problems) > LIMIT)
        return Portfolio(
            projects=projects,
            as_of=header.get("as_of"),
            name=header.get("name"),
            note=header.get("note"),
        )

    def project(
        self, cells: Mapping[str, list[Any]], index: int, citations: Mapping[str, Citation]
    ) -> dict[str, Any] | None:
        """The fields of one project row, each code and figure read; None if one does not read."""
        row = index + 2
        value = {key: column[index] for key, column in cells.items()}

        def where(column: str) -> tuple[str, int, str]:
            return (self.label, row, column)

        fields: dict[str, Any] = {
            key: value[key] for key in ("code", "name", "investor", "zone", "location")
        }
        readers: dict[str, Any] = {
            "capital_source": CapitalSource.of,
            "status": ProjectStatus.of,
            "legal": lambda cite: _legal_with(cite, value["legal_url"], value["legal_summary"]),
            "land_area": lambda area: ureg.Quantity(area, "hectare"),
        }
        value["land_area"] = value.pop("land_area_ha")
        for key, read in readers.items():
            fields[key] = None if value[key] is None else self.attempt(where(key), read, value[key])
        for measure in _MEASURES:
            fields[measure] = self.capital(value, measure, where)
        fields["sources"] = self.cite(value["sources"], citations, where("sources"))
        return None if _BAD in fields.values() else fields

    def capital(
        self,
        value: Mapping[str, Any],
        measure: str,
        where: Callable[[str], tuple[str, int, str]],
    ) -> Any:  # noqa: ANN401
        amount, unit, qualifier = (
            value[f"{measure}{part}"] for part in ("", "_unit", "_qualifier")
        )
        if amount is None:
            for part, given in (("_unit", unit), ("_qualifier", qualifier)):
                if given is not None:
                    self.add(*where(f"{measure}{part}"), f"a {part[1:]} without a {measure}")
                    return _BAD
            return None
        if unit is None or unit not in ureg or not _is_money(ureg.Quantity(1, unit)):
            self.add(
                *where(f"{measure}_unit"),
                f"not a unit of money (VND, million_VND, billion_VND, USD, …), {unit!r}",
            )
            return _BAD
        word = (
            None
            if qualifier is None
            else self.attempt(where(f"{measure}_qualifier"), Qualifier, qualifier)
        )
        if word is _BAD:
            return _BAD
        return Capital(amount=ureg.Quantity(amount, unit), qualifier=word)

    def cite(
        self, text: str | None, citations: Mapping[str, Citation], where: tuple[str, int, str]
    ) -> Any:  # noqa: ANN401
        """The citations of a cell of source keys joined by ";"; :data:`_BAD` for an unknown one."""
        if text is None:
            return ()
        keys = [key.strip() for key in text.split(_KEYS_SEPARATOR)]
        unknown = [key for key in keys if key not in citations]
        if unknown:
            self.add(
                *where, f"an unknown source {unknown[0]!r}; the sources are {sorted(citations)}"
            )
            return _BAD
        return tuple(citations[key] for key in keys)

    def citations(self, table: object) -> dict[str, Citation]:
        label = _table_label(table)
        cells, bad = self.cells(table, "project_sources", label)
        read: dict[str, Citation] = {}
        for index, key in self.distinct(cells["key"], bad, (label, "key"), "source"):
            row = index + 2
            if self.attempt((label, row, "key"), _code, key) is _BAD:
                continue
            values = {column: values[index] for column, values in cells.items()}
            # the key is a code: what is left to refuse is a source with no title, url or file
            citation = self.attempt((label, row, "title"), functools.partial(Citation, **values))
            if citation is not _BAD:
                read[key] = citation
        return read

    def milestones(self, table: object, projects: Mapping[str, int]) -> dict[str, list[Milestone]]:
        label = _table_label(table)
        cells, bad = self.cells(table, "project_milestones", label)
        read: dict[str, list[Milestone]] = {code: [] for code in projects}
        for index, code in self.of_projects(cells["project"], bad, label, projects):
            row = index + 2
            values = {
                column: values[index] for column, values in cells.items() if column != "project"
            }
            column = (
                "kind" if values["kind"] not in {kind.code for kind in MilestoneKind} else "planned"
            )
            item = self.attempt((label, row, column), functools.partial(Milestone, **values))
            if item is not _BAD:
                read[code].append(item)
        return read

    def facts(
        self, table: object, projects: Mapping[str, int], citations: Mapping[str, Citation]
    ) -> dict[str, list[tuple[str, Provenance]]]:
        label = _table_label(table)
        cells, bad = self.cells(table, "project_facts", label)
        read: dict[str, list[tuple[str, Provenance]]] = {code: [] for code in projects}
        seen: dict[tuple[str, str], int] = {}
        for index, code in self.of_projects(cells["project"], bad, label, projects):
            row = index + 2
            fact = cells["fact"][index]
            if fact not in PROJECT_FACTS:
                self.add(
                    label,
                    row,
                    "fact",
                    f"an unknown fact {fact!r}; the facts are {', '.join(PROJECT_FACTS)}",
                )
                continue
            if (code, fact) in seen:
                self.add(
                    label,
                    row,
                    "fact",
                    f"the {fact} of {code!r} is given twice: first in row {seen[code, fact]}",
                )
                continue
            seen[code, fact] = row
            sources = self.cite(cells["sources"][index], citations, (label, row, "sources"))
            caveat = cells["caveat"][index]
            caveat = (
                None if caveat is None else self.attempt((label, row, "caveat"), _caveat, caveat)
            )
            if _BAD in (sources, caveat):
                continue
            source = self.attempt(
                (label, row, "note"),
                functools.partial(
                    Provenance, sources=sources, caveat=caveat, note=cells["note"][index]
                ),
            )
            if source is not _BAD:
                read[code].append((fact, source))
        return read


@functools.cache
def lang_son_projects() -> Portfolio:
    """The functional-area projects the sources name, read once from ``data/projects.toml``.

    Four areas of the zone, each as the project that builds it: the cargo
    transshipment zone, the export processing zone 1, and the Đồng Bành and
    Hồng Phong industrial parks. Every known fact carries its source; what the
    sources leave open, or contradict, is None with a caveat.

    >>> from dongdang.projects import lang_son_projects
    >>> projects = lang_son_projects()
    >>> projects.codes
    ('khu-trung-chuyen-hang-hoa', 'khu-che-xuat-1', 'kcn-dong-banh', 'kcn-hong-phong')
    >>> transshipment = projects.project("khu-trung-chuyen-hang-hoa")
    >>> transshipment.land_area is None, transshipment.source_of("land_area").caveat
    (True, <Caveat.CONFLICT: 'conflict'>)
    >>> projects.land_area().area, projects.land_area().missing
    (<Quantity(562, 'hectare')>, ('khu-che-xuat-1', 'khu-trung-chuyen-hang-hoa'))
    """
    text = files("dongdang.data").joinpath("projects.toml").read_text("utf-8")
    return Portfolio.loads(text, name="dongdang/data/projects.toml", strict=True)


# -- the loader ---------------------------------------------------------------------------

_PROJECT_KEYS: Final = frozenset(
    {
        *("name", "investor", "capital_source", "registered_capital", "total_investment"),
        *("land_area", "zone", "location", "legal", "status", "milestones", "sources", "facts"),
    }
)
_MILESTONE_KEYS: Final = frozenset({"kind", "planned", "actual", "phase", "name", "note"})
_SOURCE_KEYS: Final = frozenset({"url", "title", "published", "event", "file", "note"})
_FACT_KEYS: Final = frozenset({"sources", "caveat", "note"})
_LEGAL_KEYS: Final = frozenset({"cite", "url", "summary"})


class _Reader(Reader):
    """Reads the TOML document of a portfolio, naming the file and place of any error."""

    def __init__(self, name: str, *, strict: bool) -> None:
        super().__init__(name)
        self.strict = strict
        self.sources: dict[str, Citation] = {}

    def portfolio(self, document: dict[str, Any]) -> Portfolio:
        top = self.table(document, "the top level", frozenset({"portfolio", "sources", "projects"}))
        header = self.table(
            top.get("portfolio", {}), "portfolio", frozenset({"name", "as_of", "note"})
        )
        for key, value in self.table(top.get("sources", {}), "sources", None).items():
            fields = self.table(value, f"sources.{key}", _SOURCE_KEYS)
            self.sources[key] = self.build(f"sources.{key}", Citation, key=key, **fields)
        raw = top.get("projects", {})
        if not isinstance(raw, dict):
            self.fail("projects", f"expected a table of projects, got {raw!r}")
        projects = [self.project(code, value) for code, value in raw.items()]
        return self.build(
            "the top level",
            Portfolio,
            projects=projects,
            as_of=header.get("as_of"),
            name=header.get("name"),
            note=header.get("note"),
        )

    def cite(self, keys: object, where: str) -> list[Citation]:
        if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
            self.fail(where, f"expected a list of source keys, got {keys!r}")
        for key in keys:
            if key not in self.sources:
                self.fail(where, f"cites {key!r}, which is not in [sources]")
        return [self.sources[key] for key in keys]

    def project(self, code: str, value: object) -> Project:
        where = f"projects.{code}"
        record = self.table(value, where, _PROJECT_KEYS)
        if "name" not in record:
            self.fail(where, "missing key 'name'")
        default = self.cite(record.get("sources", []), f"{where}.sources")
        provenance = self.facts(record.get("facts", {}), f"{where}.facts", default)
        milestones = [
            self.milestone(item, f"{where}.milestones[{position}]")
            for position, item in enumerate(
                self.array(record.get("milestones", []), f"{where}.milestones")
            )
        ]
        fields = {
            key: record[key]
            for key in record
            if key not in {"sources", "facts", "milestones", "legal"}
        }
        legal = self.legal(record.get("legal"), f"{where}.legal")
        project = self.build(
            where,
            Project,
            code=code,
            legal=legal,
            milestones=milestones,
            provenance=provenance,
            **fields,
        )
        undocumented = list(project.undocumented())
        if self.strict and undocumented:
            self.fail(where, f"facts without a source, or unknown without a caveat: {undocumented}")
        return project

    def array(self, value: object, where: str) -> list[object]:
        if not isinstance(value, list):
            self.fail(where, f"expected an array of tables, got {value!r}")
        return value

    def milestone(self, value: object, where: str) -> Milestone:
        fields = self.table(value, where, _MILESTONE_KEYS)
        if "kind" not in fields:
            self.fail(where, "missing key 'kind'")
        return self.build(where, Milestone, **fields)

    def facts(self, value: object, where: str, default: list[Citation]) -> dict[str, Provenance]:
        table = self.table(value, where, frozenset(PROJECT_FACTS))
        provenance = {name: Provenance(sources=default) for name in PROJECT_FACTS if default}
        for name, fact in table.items():
            fields = self.table(fact, f"{where}.{name}", _FACT_KEYS)
            sources = self.cite(fields.get("sources", []), f"{where}.{name}.sources")
            provenance[name] = self.build(
                f"{where}.{name}",
                _fact,
                sources=sources,
                caveat=fields.get("caveat"),
                note=fields.get("note"),
            )
        return provenance

    def legal(self, value: object, where: str) -> LegalReference | None:
        if value is None:
            return None
        if isinstance(value, str):
            return self.build(where, LegalReference.parse, text=value)
        fields = self.table(value, where, _LEGAL_KEYS)
        if "cite" not in fields:
            self.fail(where, "missing key 'cite'")
        return self.build(
            where,
            _legal_with,
            cite=fields["cite"],
            url=fields.get("url"),
            summary=fields.get("summary"),
        )


def _legal_with(cite: object, url: str | None, summary: str | None) -> LegalReference:
    return attrs.evolve(
        LegalReference.parse(cite),  # type: ignore[arg-type]
        url=_optional_text(url, "url"),
        summary=_optional_text(summary, "summary"),
    )


def _fact(sources: list[Citation], caveat: object, note: str | None) -> Provenance:
    return Provenance(
        sources=sources, caveat=None if caveat is None else _caveat(caveat), note=note
    )


def _caveat(value: object) -> Caveat:
    for member in Caveat:
        if value == _code_of(member):
            return member
    raise UnknownCodeError("caveat", value, [_code_of(member) for member in Caveat])
