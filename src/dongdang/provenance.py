"""Where a fact comes from, or why it is unknown.

Every fact the domain modules hold carries its provenance: the sources it was
read in, or, where the sources do not settle it, a caveat saying why the fact
stays unknown: NOT FOUND (no source names it), UNVERIFIED (a source names it
but it could not be checked) or CONFLICT (sources disagree). A caveated fact
always has a note saying why, and its value stays None, however plausible a
guess may be.

>>> from dongdang.provenance import Caveat, Citation, Provenance
>>> source = Citation(key="plo-1034937", url="https://plo.vn/...-1034937.html")
>>> Provenance(sources=(source,)).caveat is None
True
>>> Provenance(caveat=Caveat.NOT_FOUND, note="no source names the gate").caveat.value
'not found'

:class:`Citation`, :class:`Provenance` and :class:`Caveat` are also importable
from :mod:`dongdang.gates`, where they were first defined.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, final

import attrs

from dongdang._validators import code, optional_date, optional_one_of, optional_text, tuple_of
from dongdang.errors import InvalidValueError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

__all__ = ["Caveat", "Citation", "Provenance", "Source"]


class Caveat(enum.Enum):
    """Why a fact is unknown: the marks of the domain notes."""

    NOT_FOUND = "not found"
    UNVERIFIED = "unverified"
    CONFLICT = "conflict"


@final
@attrs.frozen(kw_only=True)
class Citation:
    """A page, article or document a fact was read in.

    Attributes:
        key: the short name the data file cites it by, such as ``"seed-003"``.
        url: its address, where it has one.
        title: its title, where known.
        published: its date of publication, where known.
        event: the date of the meeting or event it reports, where known: not
            its publication date, which may be later and unknown.
        file: for a seed article, the file it is kept in.
        note: what to know about it: a mirror, a translation, low reliability.

    >>> from dongdang.provenance import Citation
    >>> Citation(key="plo-1034937", url="https://plo.vn/...-1034937.html").cite()
    '[plo-1034937] https://plo.vn/...-1034937.html'
    """

    key: str = attrs.field(converter=code)
    url: str | None = attrs.field(default=None, converter=optional_text)
    title: str | None = attrs.field(default=None, converter=optional_text)
    published: dt.date | None = attrs.field(default=None, converter=optional_date)
    file: str | None = attrs.field(default=None, converter=optional_text)
    event: dt.date | None = attrs.field(default=None, converter=optional_date)
    note: str | None = attrs.field(default=None, converter=optional_text)

    def __attrs_post_init__(self) -> None:
        if self.url is None and self.title is None and self.file is None:
            raise InvalidValueError.needs_one(
                f"citation {self.key!r}", "of a url, a title or a file", value=self.key
            )

    def cite(self) -> str:
        """One line: the key, then the title, dates, address and file that are known."""
        day = None if self.published is None else self.published.strftime("%d/%m/%Y")
        event = None if self.event is None else f"event of {self.event.strftime('%d/%m/%Y')}"
        file = None if self.file is None else f"file {self.file}"
        parts = (self.title, day, event, self.url, file)
        return f"[{self.key}] " + "; ".join(p for p in parts if p)


def _citations(value: tuple[Citation, ...] | list[Citation]) -> tuple[Citation, ...]:
    return tuple_of(Citation, "sources", value)


@final
@attrs.frozen(kw_only=True)
class Provenance:
    """Where a fact comes from, or why it is unknown.

    A known fact has at least one source and no caveat. An unknown fact (None)
    has a caveat and a note saying why: not found, unverified, or sources in
    conflict. A caveated fact is never given a value, however plausible.

    Attributes:
        sources: the citations the fact was read in (for an unknown fact, any
            that bear on it).
        caveat: why the fact is unknown, or None for a known fact.
        note: what the sources say, how they were read, or why the fact is unknown.
    """

    sources: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    caveat: Caveat | None = attrs.field(default=None, validator=optional_one_of(Caveat))
    note: str | None = attrs.field(default=None, converter=optional_text)

    def __attrs_post_init__(self) -> None:
        if self.caveat is not None and self.note is None:
            raise InvalidValueError.of("caveat", self.caveat, "needs a note saying why")


@final
@attrs.frozen(kw_only=True)
class Source:
    """A published document figures were read from.

    Attributes:
        id: its short name, such as ``"seed-000"``.
        title: its title.
        event: the date of the meeting or event it reports, or None: not its
            publication date.
        file: the file it is kept in.
        published: its date of publication, or None where not printed (no
            seed article prints it).

    >>> import datetime as dt
    >>> from dongdang.provenance import Source
    >>> source = Source(id="seed-000", title="Hội nghị", event=dt.date(2020, 10, 7), file="a.md")
    >>> source.cite()
    '[seed-000] Hội nghị (event of 07/10/2020; publication date unknown; a.md)'
    """

    id: str
    title: str
    event: dt.date | None
    file: str
    published: dt.date | None = None

    def cite(self) -> str:
        """A one-line citation: id, title, the event's date and the publication's (or "unknown")."""
        event = self.event.strftime("%d/%m/%Y") if self.event else "no event date"
        published = (
            self.published.strftime("%d/%m/%Y") if self.published else "publication date unknown"
        )
        return f"[{self.id}] {self.title} (event of {event}; {published}; {self.file})"


def _check_facts(
    owner: str,
    provenance: tuple[tuple[str, Provenance], ...],
    values: Mapping[str, object],
    *,
    sources: tuple[Citation, ...] | None = None,
    complete: bool = True,
) -> None:
    """Check the provenance of an owner's facts: the one rule of gates, plans and projects.

    Each provenance names a fact of ``values`` (its name, its value), and no
    fact has two. A caveated fact stays unknown: None or empty. With
    ``complete``, every fact has its provenance: a known fact has sources (its
    own provenance's, else the owner's ``sources``) and an unknown fact has a
    caveat saying why. Without it (a project, whose missing provenance
    :meth:`~dongdang.projects.Project.undocumented` lists), only the first
    rules hold.

    Raises:
        InvalidValueError: a rule is broken; the message starts with ``owner``.

    >>> from dongdang.provenance import Citation, Provenance, _check_facts
    >>> seed = Citation(key="seed-003", title="Lạng Sơn")
    >>> _check_facts("p", (("name", Provenance(sources=(seed,))),), {"name": "P"})
    >>> _check_facts("p", (), {"name": "P"}, sources=(seed,))
    >>> _check_facts("p", (), {"name": None})
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: p: name is unknown but no caveat says why, got None
    """
    names = [name for name, _ in provenance]
    for name in names:
        if name not in values:
            raise InvalidValueError.of(
                "provenance",
                name,
                f"must be for one of the facts: {', '.join(values)}",
                accepted=tuple(values),
                where=owner,
            )
    for name in names:
        if names.count(name) > 1:
            raise InvalidValueError.duplicate("provenance of fact", name, where=owner)
    given = dict(provenance)
    for name, value in values.items():
        known = value is not None and value != ()
        own = given.get(name)
        if known and own is not None and own.caveat is not None:
            raise InvalidValueError.of(
                name,
                value,
                f"must stay unknown (None or empty): it is marked {own.caveat.value}",
                where=owner,
            )
        if not complete:
            continue
        cited = own.sources if own is not None else sources
        if known and not cited:
            raise InvalidValueError.no_source(f"{name} = {value!r}", value=value).at(owner)
        if not known and (own is None or own.caveat is None):
            raise InvalidValueError.of(
                name, value, "is unknown but no caveat says why", where=owner
            )
