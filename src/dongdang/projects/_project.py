"""An investment project and the provenance of its facts."""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - the API page resolves the hints with it
from typing import TYPE_CHECKING, Final, final

import attrs

from dongdang._validators import field_date as _date
from dongdang._validators import named_pairs as _named_pairs
from dongdang._validators import optional_instance_of as _optional_instance
from dongdang.errors import InvalidValueError, UnknownCodeError
from dongdang.legal import LegalReference
from dongdang.projects._capital import Capital, _area, _capital
from dongdang.projects._fields import (
    _code,
    _investor,
    _location,
    _name,
    _source_or_none,
    _status_or_none,
    _zone,
)
from dongdang.projects._milestones import Milestone, _milestones
from dongdang.projects._vocabulary import (
    _PROVES,
    _STAGE,
    CapitalMeasure,
    CapitalSource,
    MilestoneKind,
    ProjectStatus,
)
from dongdang.provenance import Provenance, _check_facts

if TYPE_CHECKING:
    from dongdang.units import (
        Quantity,
    )


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
    dongdang.errors.InvalidValueError: project kho-b: land handed over: planned must not be ...
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
                raise InvalidValueError.duplicate(
                    "milestone", milestone.label("en"), where=f"project {self.code}"
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
            raise InvalidValueError.earlier_than(
                "signed",
                legal.signed,
                "the investment approval",
                approved,
                where=f"project {self.code}: legal basis {legal.number}",
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
                    raise InvalidValueError.earlier_than(
                        which,
                        day,
                        "the project's start, its approval",
                        start,
                        where=f"project {self.code}: {milestone.label('en')}",
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
                        raise InvalidValueError.earlier_than(
                            which,
                            late,
                            f"{earlier.label('en')} {which}",
                            early,
                            where=f"project {self.code}: {later.label('en')}",
                        )

    def _check_status(self) -> None:
        status = self.status
        stage = None if status is None else _STAGE.get(status)
        if status is None or stage is None:
            return
        for milestone in self.milestones:
            proves = _PROVES.get(milestone.kind, 0)
            if milestone.phase is None and milestone.actual is not None and proves > stage:
                raise InvalidValueError.of(
                    "status",
                    status.code,
                    f"must not lag behind {milestone.label('en')}, reached on "
                    f"{milestone.actual.isoformat()}",
                    where=f"project {self.code}",
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
