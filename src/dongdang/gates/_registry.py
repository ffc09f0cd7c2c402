"""The registry of gate pairs and routes, and the bundled one of Lạng Sơn."""

# ruff: noqa: TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
import functools
from importlib.resources import files
from typing import TYPE_CHECKING, TypeVar, final

import attrs

from dongdang._toml import Table, parse_toml, read_data_file
from dongdang._validators import find as _find
from dongdang._validators import one_of as _one_of
from dongdang._validators import text as _text
from dongdang._validators import tuple_of as _tuple_of
from dongdang._vocabulary import fold
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UnknownCodeError,
)
from dongdang.gates._counts import ClearingResult, CountCheck, Gap, Note, StatedCount
from dongdang.gates._facts import _day, _flag, _source_of
from dongdang.gates._history import _statuses_during
from dongdang.gates._kinds import ClearingStatus, CountScope, GateCategory, Mode
from dongdang.gates._pairs import GatePair, Route
from dongdang.gates._reader import _read_registry
from dongdang.periods import Period
from dongdang.provenance import Provenance

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable

_K = TypeVar("_K")


# -- the registry ---------------------------------------------------------------------


def _pairs(value: tuple[GatePair, ...] | list[GatePair]) -> tuple[GatePair, ...]:
    return _tuple_of(GatePair, "pairs", value)


def _routes(value: tuple[Route, ...] | list[Route]) -> tuple[Route, ...]:
    return _tuple_of(Route, "routes", value)


def _counts(value: tuple[StatedCount, ...] | list[StatedCount]) -> tuple[StatedCount, ...]:
    return _tuple_of(StatedCount, "stated_counts", value)


def _notes(value: tuple[Note, ...] | list[Note]) -> tuple[Note, ...]:
    return _tuple_of(Note, "notes", value)


@final
@attrs.frozen(kw_only=True)
class GateRegistry:
    """The gate pairs of a province, their routes, and what the sources count.

    Attributes:
        province_total: how many pairs the province has, by its sources.
        province_provenance: where ``province_total`` comes from.
        pairs: the pairs the sources name, in a fixed order.
        routes: the routes of those pairs.
        unnamed: the pairs of the total the sources do not name.
        stated_counts: counts of clearing gates the sources state.
        notes: what the sources say about the gates as a whole.
        file: the name of the file the registry was read from.
    """

    province_total: int = attrs.field(validator=_one_of(int))
    province_provenance: Provenance = attrs.field(validator=_one_of(Provenance))
    pairs: tuple[GatePair, ...] = attrs.field(converter=_pairs)
    routes: tuple[Route, ...] = attrs.field(default=(), converter=_routes)
    unnamed: Gap = attrs.field(validator=_one_of(Gap))
    stated_counts: tuple[StatedCount, ...] = attrs.field(default=(), converter=_counts)
    notes: tuple[Note, ...] = attrs.field(default=(), converter=_notes)
    file: str = attrs.field(default="<memory>", converter=_text)
    _names: dict[str, str] = attrs.field(init=False, eq=False, repr=False)

    def __repr__(self) -> str:
        return (
            f"<GateRegistry: {len(self.pairs)} gate pairs, {len(self.routes)} routes, "
            f"from {self.file}>"
        )

    def __attrs_post_init__(self) -> None:
        codes = [pair.code for pair in self.pairs] + [route.code for route in self.routes]
        _no_duplicates("code", codes)
        _no_duplicates("stated count", [count.key for count in self.stated_counts])
        _no_duplicates("note", [note.key for note in self.notes])
        if not self.province_provenance.sources:
            raise InvalidValueError.no_source(f"the province total {self.province_total}")
        if self.province_total - len(self.pairs) != self.unnamed.count:
            raise InvalidValueError.of(
                "unnamed.count",
                self.unnamed.count,
                f"must be {self.province_total - len(self.pairs)}, the province's "
                f"{self.province_total} pairs less the {len(self.pairs)} named",
            )
        pairs = {pair.code for pair in self.pairs}
        for route in self.routes:
            self._known(route.pair, pairs, f"route {route.code}")
        for pair in self.pairs:
            for event in pair.history:
                if event.to is not None:
                    self._known(event.to, pairs, f"{pair.code}: {event.label()}")
        for count in self.stated_counts:
            for code in count.named or ():
                self._known(code, pairs, f"stated count {count.key}")
        object.__setattr__(self, "_names", _name_index(self.pairs))

    @staticmethod
    def _known(code: str, pairs: set[str], where: str) -> None:
        if code not in pairs:
            raise UnknownCodeError("gate pair", code, sorted(pairs), where=where)

    # -- reading --------------------------------------------------------------------

    @classmethod
    def loads(cls, text: str, *, name: str = "<string>") -> GateRegistry:
        """Read a registry from TOML text shaped like the bundled ``gates.toml``.

        Raises:
            DataFileError: the text is not TOML (duplicate keys included), or a
                table lacks a field, has one it should not, or holds a value that
                cannot be. The message names ``name`` and the place in the file.
        """
        if not isinstance(text, str):
            raise InvalidTypeError.of("text", "a str", text)
        return _read_registry(Table(name, "", parse_toml(text, name)), cls)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> GateRegistry:
        """Read a registry from a TOML file.

        Raises:
            DataFileError: the file cannot be read or is not a registry; the
                message names the file.
        """
        return cls.loads(read_data_file(path), name=str(path))

    # -- looking up -----------------------------------------------------------------

    @property
    def named(self) -> int:
        """How many of the province's pairs the registry names."""
        return len(self.pairs)

    def pair(self, code: str) -> GatePair:
        """The pair with this code.

        Raises:
            UnknownCodeError: no pair has the code; the message lists the codes.
        """
        return _find("gate pair", self.pairs, code)

    def route(self, code: str) -> Route:
        """The route with this code.

        Raises:
            UnknownCodeError: no route has the code; the message lists the codes.
        """
        return _find("route", self.routes, code)

    def routes_of(self, code: str) -> tuple[Route, ...]:
        """The routes of one pair.

        Raises:
            UnknownCodeError: no pair has the code.
        """
        self.pair(code)
        return tuple(route for route in self.routes if route.pair == code)

    def find(self, name: str) -> GatePair:
        """The pair a report names: "Chi Ma", "Tân Thanh-Pò Chài", "Ga đường sắt Đồng Đăng".

        Case, spacing and the dash between the two gates do not matter.

        Raises:
            UnknownCodeError: no pair goes by the name.
        """
        if not isinstance(name, str):
            raise InvalidTypeError.of("name", "a str", name)
        code = self._names.get(fold(name))
        if code is None:
            known = [pair.label() for pair in self.pairs]
            raise UnknownCodeError("gate pair name", name, known)
        return self.pair(code)

    def source_of(self, path: str) -> Provenance:
        """The provenance of a fact about the whole: ``"province_total"`` or ``"unnamed"``.

        Raises:
            UnknownCodeError: the registry has no such fact.
        """
        facts = (("province_total", self.province_provenance), ("unnamed", self.unnamed.provenance))
        return _source_of("the registry", facts, path)

    # -- status -----------------------------------------------------------------------

    def status_on(self, code: str, day: dt.date, *, strict: bool = False) -> ClearingStatus:
        """Whether one pair clears goods on ``day``; ``strict`` as in :meth:`GatePair.status_on`.

        Raises:
            UnknownCodeError: no pair has the code.
            InvalidTypeError: ``day`` is not a date (a datetime is refused), or
                ``strict`` is not a bool.
        """
        return self.pair(code).status_on(day, strict=strict)

    def clearing_goods(
        self, *, on: dt.date | None = None, during: Period | None = None, strict: bool = False
    ) -> ClearingResult:
        """Which pairs cleared goods on a day (``on``) or over a period (``during``).

        Over a period, a pair cleared goods if it did on at least one of its
        days: the union over the days, and also what the evidence places on an
        unknown day wholly inside the period ("as of early 2/2023" counts for
        February 2023, though for none of its days). A status holds until a
        later record changes it; with ``strict``, evidence speaks only for the
        days it covers, its window.

        Raises:
            InvalidTypeError: both or neither of ``on`` and ``during`` given, or
                ``on`` not a date, or ``during`` not a
                :class:`~dongdang.periods.Period`, or ``strict`` not a bool.
        """
        period = _one_period(on, during)
        strict = _flag(strict)
        groups: dict[ClearingStatus, list[str]] = {status: [] for status in ClearingStatus}
        for pair in self.pairs:
            statuses = _statuses_during(pair.history, period, strict=strict)
            if ClearingStatus.CLEARING in statuses:
                groups[ClearingStatus.CLEARING].append(pair.code)
            elif statuses == {ClearingStatus.NOT_CLEARING}:
                groups[ClearingStatus.NOT_CLEARING].append(pair.code)
            else:
                groups[ClearingStatus.UNKNOWN].append(pair.code)
        return ClearingResult(
            period=period,
            clearing=tuple(groups[ClearingStatus.CLEARING]),
            not_clearing=tuple(groups[ClearingStatus.NOT_CLEARING]),
            unknown=tuple(groups[ClearingStatus.UNKNOWN]),
            unnamed=self.unnamed.count,
        )

    # -- filters ------------------------------------------------------------------------

    def select(
        self,
        *,
        category: GateCategory | None = None,
        mode: Mode | None = None,
        district: str | None = None,
        on: dt.date | None = None,
    ) -> tuple[GatePair, ...]:
        """The pairs with every property given; None means any.

        ``district`` is compared without regard to case ("cao lộc"). With
        ``on``, the category is the one on that day (:meth:`GatePair.category_on`).
        A pair whose property is unknown matches no value of it: see
        :meth:`by_category` and the like for the unknowns.
        """
        if category is not None and not isinstance(category, GateCategory):
            raise InvalidTypeError.of("category", "a GateCategory", category)
        if mode is not None and not isinstance(mode, Mode):
            raise InvalidTypeError.of("mode", "a Mode", mode)
        if district is not None and not isinstance(district, str):
            raise InvalidTypeError.of("district", "a str", district)
        chosen = []
        for pair in self.pairs:
            kind = pair.category if on is None else pair.category_on(on)
            place = pair.location.district
            if (
                (category is None or kind is category)
                and (mode is None or pair.mode is mode)
                and (district is None or (place is not None and fold(place) == fold(district)))
            ):
                chosen.append(pair)
        return tuple(chosen)

    def by_category(self, on: dt.date | None = None) -> dict[GateCategory | None, tuple[str, ...]]:
        """The codes of the pairs by category (on ``on``, if given); None holds the unknown."""
        return _group(
            self.pairs, lambda pair: pair.category if on is None else pair.category_on(on)
        )

    def by_mode(self) -> dict[Mode | None, tuple[str, ...]]:
        """The codes of the pairs by mode; None holds the unknown."""
        return _group(self.pairs, lambda pair: pair.mode)

    def by_district(self) -> dict[str | None, tuple[str, ...]]:
        """The codes of the pairs by district; None holds the unknown."""
        return _group(self.pairs, lambda pair: pair.location.district)

    # -- stated counts ------------------------------------------------------------------

    def stated_count(self, key: str) -> StatedCount:
        """The stated count with this key.

        Raises:
            UnknownCodeError: no stated count has the key; the message lists them.
        """
        return _find("stated count", self.stated_counts, key, "key")

    def check(self, key: str, *, strict: bool = False) -> CountCheck:
        """Hold a stated count against the history: found, possible, reproduced.

        ``strict`` as in :meth:`clearing_goods`.

        Raises:
            UnknownCodeError: no stated count has the key.
        """
        stated = self.stated_count(key)
        result = self.clearing_goods(during=stated.when, strict=strict)
        last = stated.when.end

        def in_scope(code: str) -> bool:
            return stated.scope is CountScope.PAIRS or self.pair(code).attached_to(last) is None

        found = tuple(code for code in result.clearing if in_scope(code))
        unknown = [code for code in result.unknown if in_scope(code)]
        return CountCheck(
            stated=stated,
            result=result,
            found=found,
            possible=len(found) + len(unknown) + result.unnamed,
        )


def _no_duplicates(what: str, keys: Iterable[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise InvalidValueError.duplicate(what, key)
        seen.add(key)


def _name_index(pairs: tuple[GatePair, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for pair in pairs:
        names = (pair.name, *pair.aliases)
        others = (pair.counterpart.vietnamese, *pair.counterpart.aliases)
        keys = {fold(name) for name in names}
        keys |= {fold(f"{name}-{other}") for name in names for other in others if other}
        for key in keys:
            if index.setdefault(key, pair.code) != pair.code:
                raise InvalidValueError.duplicate(
                    "name", key, hint=f"given to both {index[key]} and {pair.code}"
                )
    return index


def _group(pairs: tuple[GatePair, ...], key: Callable[[GatePair], _K]) -> dict[_K, tuple[str, ...]]:
    groups: dict[_K, list[str]] = {}
    for pair in pairs:
        groups.setdefault(key(pair), []).append(pair.code)
    return {value: tuple(codes) for value, codes in groups.items()}


def _one_period(on: object, during: object) -> Period:
    if (on is None) is (during is None):
        raise InvalidTypeError.of(
            "on= and during=",
            "exactly one given (a date or a Period), not both or neither",
            {"on": on, "during": during},
        )
    if during is not None:
        if not isinstance(during, Period):
            raise InvalidTypeError.of("during", "a Period", during)
        return during
    day = _day(on, "on")
    return Period(start=day, end=day)


@functools.cache
def lang_son_gates() -> GateRegistry:
    """The bundled registry of Lạng Sơn's gate pairs, read once from ``data/gates.toml``.

    >>> from dongdang.gates import lang_son_gates
    >>> gates = lang_son_gates()
    >>> [pair.code for pair in gates.pairs][:3]
    ['huu-nghi', 'dong-dang-rail', 'chi-ma']
    >>> gates.unnamed.provenance.caveat
    <Caveat.NOT_FOUND: 'not found'>
    """
    text = files("dongdang").joinpath("data", "gates.toml").read_text("utf-8")
    return GateRegistry.loads(text, name="gates.toml")


def gate_name(code: str) -> str:
    """The name reports give the bundled registry's pair ``code``: "Hữu Nghị" for "huu-nghi".

    A code the bundled registry does not hold is returned as it is: a name
    given by the caller's own data.

    >>> from dongdang.gates import gate_name
    >>> gate_name("huu-nghi"), gate_name("my-gate")
    ('Hữu Nghị', 'my-gate')
    """
    names = {pair.code: pair.name for pair in lang_son_gates().pairs}
    return names.get(code, code)
