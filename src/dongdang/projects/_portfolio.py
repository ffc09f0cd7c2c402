"""Portfolios of projects, and the zone's own."""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - the API page resolves the hints with it
import enum
import functools
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Final, Literal, final

import attrs

from dongdang._frames import FrameColumns
from dongdang._toml import parse_toml, read_data_file
from dongdang._validators import field_date as _date
from dongdang._validators import optional_as_of as _as_of
from dongdang._validators import optional_note as _note
from dongdang.errors import InvalidTypeError, InvalidValueError, UnknownCodeError
from dongdang.projects._fields import _code_or_none, _label
from dongdang.projects._project import Project
from dongdang.projects._reader import _Reader
from dongdang.projects._tables import (
    _CODE_COLUMNS,
    _PortfolioTables,
    _table_specs,
    _tables_of,
)
from dongdang.projects._totals import (
    AreaTotal,
    CapitalTotal,
    MilestoneDelay,
    _area_total,
    _capital_total,
)
from dongdang.projects._vocabulary import CapitalMeasure
from dongdang.tables import _label as _table_label
from dongdang.units import magnitude_in

if TYPE_CHECKING:
    import os
    from collections.abc import Iterator, Mapping

    from dongdang.projects._capital import Capital


#: What a portfolio groups projects by.
PortfolioKey = Literal["capital_source", "zone", "status", "investor"]
_GROUP_KEYS: Final = ("capital_source", "zone", "status", "investor")


def _group_key(by: object) -> str:
    if by not in _GROUP_KEYS:
        raise UnknownCodeError("grouping of projects", by, _GROUP_KEYS)
    return str(by)


def _projects(value: tuple[Project, ...] | list[Project]) -> tuple[Project, ...]:
    if not isinstance(value, (tuple, list)):
        raise InvalidTypeError.of("projects", "a list of Project", value)
    for index, item in enumerate(value):
        if not isinstance(item, Project):
            raise InvalidTypeError.of(f"projects[{index}]", "a Project", item)
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
    dongdang.errors.UnitMismatchError: the total investment of a, b must be in one currency, ...
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
                raise InvalidValueError.duplicate("project code", project.code)
            index[project.code] = project
            self._check_as_of(project)
        object.__setattr__(self, "_index", index)

    def _check_as_of(self, project: Project) -> None:
        if self.as_of is None:
            return
        for milestone in project.milestones:
            if milestone.actual is not None and milestone.actual > self.as_of:
                raise InvalidValueError.later_than(
                    "actual",
                    milestone.actual,
                    "the portfolio's as_of",
                    self.as_of,
                    where=f"project {project.code}: {milestone.label('en')}",
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
            raise InvalidValueError.later_than(
                "on",
                on,
                "the portfolio's as_of",
                self.as_of,
                hint="the records cannot tell what is overdue after it",
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
            cls, frame, given, top, mapping=mapping, strict=strict
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
        return _Reader(name, strict=strict).portfolio(cls, parse_toml(text, name))

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, strict: bool = False) -> Portfolio:
        """Read a portfolio from a TOML file; see :meth:`loads`.

        Raises:
            DataFileError: the file cannot be read, or is refused by :meth:`loads`.
        """
        return cls.loads(read_data_file(path), name=str(path), strict=strict)


#: The unit a frame gives capital in, by currency.
_CAPITAL_UNITS: Final = {"VND": "billion_VND", "USD": "million_USD", "CNY": "million_CNY"}


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
