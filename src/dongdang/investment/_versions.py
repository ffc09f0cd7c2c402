"""Plan versions and their kinds: how a capital plan changes during its year."""

# ruff: noqa: TC001, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final, final

import attrs

from dongdang._messages import day as _day
from dongdang._messages import message
from dongdang._validators import language as _check_lang
from dongdang._validators import optional_instance_of as _optional
from dongdang._validators import optional_note as _note
from dongdang._vocabulary import Vocabulary, fold
from dongdang.errors import InvalidTypeError, InvalidValueError, UnknownCodeError
from dongdang.investment._fields import (
    _amount,
    _flag,
    _from_year,
    _id,
    _legal,
    _record_date,
)
from dongdang.legal import LegalReference
from dongdang.provenance import Source
from dongdang.text import Figure, format_amount, read_figure
from dongdang.units import Quantity

if TYPE_CHECKING:
    from dongdang.periods import Language


class PlanVersionKind(Vocabulary):
    """How a version changes the capital plan.

    ==============  =============  ============================================================
    member          Vietnamese     effect on the plan in force
    ==============  =============  ============================================================
    ASSIGNED        giao           the plan as first assigned for the year (the first version)
    ADJUSTED        điều chỉnh     the plan *after* the adjustment (kế hoạch sau điều chỉnh)
    SUPPLEMENTED    bổ sung        capital added to the plan
    CARRIED_OVER    kéo dài        capital of an earlier year's plan carried into this year
    ==============  =============  ============================================================

    Its names are "kế hoạch vốn giao" and "assigned", and so on (``label``); ``of``
    reads a member back from its code or either name, and :meth:`parse` from the words
    of a report.

    >>> from dongdang.investment import PlanVersionKind
    >>> PlanVersionKind.parse("Kế hoạch vốn điều chỉnh")
    <PlanVersionKind.ADJUSTED: 'điều chỉnh'>
    >>> PlanVersionKind.CARRIED_OVER.label("en")
    'carried over'
    """

    ASSIGNED = "giao"
    ADJUSTED = "điều chỉnh"
    SUPPLEMENTED = "bổ sung"
    CARRIED_OVER = "kéo dài"

    @classmethod
    def _catalogue(cls) -> str:
        return "investment.kind"

    @classmethod
    def parse(cls, text: str) -> PlanVersionKind:
        """Read a kind from its code or either name; "kế hoạch vốn" may come first.

        Raises:
            UnknownCodeError: the text names no kind.
            InvalidTypeError: the text is not a str.
        """
        if not isinstance(text, str):
            raise InvalidTypeError.of("kind", "a str naming a plan version kind", text)
        folded = fold(text)
        for prefix in _PREFIXES:
            folded = folded.removeprefix(prefix)
        kind = _KIND_WORDS.get(folded)
        if kind is not None:
            return kind
        try:
            return cls.of(folded)
        except UnknownCodeError:
            raise UnknownCodeError(
                "kind of plan version",
                text,
                ["giao", "điều chỉnh", "bổ sung", "kéo dài"],
                also="or 'assigned', 'adjusted', 'supplemented', 'carried over'",
            ) from None


#: The words of reports for a kind beyond its names, folded.
_KIND_WORDS: Final = {
    fold("được giao"): PlanVersionKind.ASSIGNED,
    fold("kéo dài sang"): PlanVersionKind.CARRIED_OVER,
}
#: The words that may come before a kind, folded as the text is: "kế hoạch vốn giao".
_PREFIXES: Final = (fold("kế hoạch vốn") + " ", fold("kế hoạch") + " ")


def _kind(value: PlanVersionKind | str) -> PlanVersionKind:
    if isinstance(value, PlanVersionKind):
        return value
    return PlanVersionKind.parse(value)


@final
@attrs.frozen(kw_only=True)
class PlanVersion:
    """One dated version of a capital plan.

    Attributes:
        id: a stable name for the version, such as ``"2020-giao"``.
        kind: how the version changes the plan (:class:`PlanVersionKind`).
        date: the day the version takes effect (the date of its decision).
        amount: the plan as assigned or as adjusted, or the capital added.
        legal: the decision behind it, where known.
        from_year: for capital carried over (kéo dài), the year it comes from.
        date_assumed: True when ``date`` is not the decision's date but an
            assumption, which ``note`` explains.
        source: the document the version was read from, or None.
        note: what is known and unknown about the version.

    >>> from dongdang.investment import PlanVersion
    >>> PlanVersion.read(
    ...     "2019-keo-dai", "kéo dài", dt.date(2020, 3, 1), "5.000 triệu đồng", from_year=2019
    ... ).label("en")
    '2019-keo-dai: carried over from 2019, 5,000 million VND, dated 1 March 2020'
    >>> PlanVersion.read("x", "bổ sung", dt.date(2020, 3, 1), "-5 triệu đồng")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: amount must not be negative, got -5 million_VND
    """

    id: str = attrs.field(converter=_id)
    kind: PlanVersionKind = attrs.field(converter=_kind)
    date: dt.date = attrs.field(converter=_record_date)
    amount: Quantity = attrs.field(converter=_amount)
    legal: LegalReference | None = attrs.field(default=None, converter=_legal)
    from_year: int | None = attrs.field(default=None, converter=_from_year)
    date_assumed: bool = attrs.field(default=False, validator=_flag)
    source: Source | None = attrs.field(default=None, validator=_optional(Source, "source"))
    note: str | None = attrs.field(default=None, converter=_note)

    def __attrs_post_init__(self) -> None:
        carried = self.kind is PlanVersionKind.CARRIED_OVER
        if carried and self.from_year is None:
            raise InvalidValueError.of(
                "from_year",
                self.from_year,
                "must be given for capital carried over (kéo dài)",
                where=f"version {self.id}",
                hint="it is the year whose plan the capital comes from",
            )
        if not carried and self.from_year is not None:
            raise InvalidValueError.of(
                "from_year",
                self.from_year,
                f"is only for capital carried over (kéo dài), not for {self.kind.label('en')} "
                "capital",
                where=f"version {self.id}",
            )

    @classmethod
    def read(
        cls,
        id: str,  # noqa: A002 - the field's name
        kind: PlanVersionKind | str,
        date: dt.date,
        text: str,
        **fields: Any,  # noqa: ANN401 - the other fields, passed through
    ) -> PlanVersion:
        """A version from the words of a report: ``text`` is the amount, "102.681 triệu đồng".

        A plan is a decision's figure, not an estimate: a qualified amount
        ("trên 100 tỷ đồng") is refused.

        Raises:
            InvalidValueError: the amount is qualified, negative or not money.
            ParseError: the text is not an amount.
        """
        figure = read_figure(text)
        if figure.qualifier is not None:
            raise InvalidValueError.of(
                "text",
                text,
                f"must not be qualified (it is qualified by {figure.qualifier_word!r})",
                hint="a plan version states its amount exactly",
            )
        return cls(id=id, kind=kind, date=date, amount=_figure_quantity(figure), **fields)

    def label(self, lang: Language = "vi") -> str:
        """The version in words: id, kind, amount and date."""
        _check_lang(lang)
        kind = self.kind.label(lang)
        if self.from_year is not None:
            kind = message("investment.version.from_year", lang, kind=kind, year=self.from_year)
        # The Vietnamese leaves the version's id out: it is a code, and an official
        # names the plan by its words.
        return message(
            "investment.version.assumed" if self.date_assumed else "investment.version",
            lang,
            id=self.id,
            kind=kind,
            amount=format_amount(self.amount, str(self.amount.units), lang),
            day=_day(self.date, lang),
        )


def _figure_quantity(figure: Figure, name: str = "text") -> Quantity:
    if figure.unit is None or figure.unit == "percent":
        raise InvalidValueError.of(name, figure.text, "must be an amount of đồng")
    return figure.quantity
