"""Assessments: the fee of one crossing, with how it was reached.

An :class:`Assessment` is what :meth:`FeeSchedule.assess
<dongdang.fees.schedule.FeeSchedule.assess>` returns: the fee in whole đồng,
and everything that went into it (the version and its legal basis, the base
rate and its source, each coefficient applied, whether the cap applied, the
fee of each goods of a mixed cargo) and the split of the proceeds.

>>> from dongdang.fees import Crossing, lang_son_fee_schedule
>>> crossing = Crossing(
...     date=dt.date(2025, 6, 2),
...     container="40ft",
...     regime="temporary_import_reexport",
...     goods="agricultural_products",
... )
>>> assessment = lang_son_fee_schedule().assess(crossing)
>>> assessment.fee, assessment.split
(4000000, Split(collector=400000, budget=3600000))
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, final

import attrs

from dongdang._decimal import EXACT
from dongdang._frames import FrameColumns
from dongdang._messages import CATALOGUES, day, message
from dongdang._validators import language as _check_lang

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.fees.crossings import Crossing
    from dongdang.fees.rates import Coefficient, Rate, Split
    from dongdang.fees.versions import FeeVersion
    from dongdang.legal import LegalReference
    from dongdang.periods import Language
    from dongdang.units import Quantity

__all__ = ["Assessment", "GoodsFee", "assessments_frame"]


@final
@attrs.frozen(kw_only=True)
class GoodsFee:
    """The fee one goods category of a crossing would pay on its own.

    Attributes:
        goods: the goods category.
        rate: the rate row that gives the base rate.
        coefficients: the coefficients applied, in the version's order.
        exact: base rate × coefficients, before rounding.
        before_cap: ``exact`` rounded half-up to the đồng.
        capped: whether the cap lowered the fee.
        fee: the fee in đồng: ``before_cap``, or the cap if lower.
    """

    goods: str
    rate: Rate
    coefficients: tuple[Coefficient, ...]
    exact: Decimal
    before_cap: int
    capped: bool
    fee: int


@final
@attrs.frozen(kw_only=True)
class Assessment:
    """The fee of one crossing under one version of a fee schedule.

    Attributes:
        crossing: the crossing assessed.
        version: the version in force on the crossing's date.
        lines: the fee of each goods category carried, in the crossing's order.
        charged: the line charged: the only one, or for mixed cargo the
            highest (the first of equals).
        split: the collector's and the budget's parts, or None where the
            version states no split.
    """

    crossing: Crossing
    version: FeeVersion = attrs.field(repr=lambda version: repr(version.id))
    lines: tuple[GoodsFee, ...]
    charged: GoodsFee
    split: Split | None

    @property
    def fee(self) -> int:
        """The fee in whole đồng."""
        return self.charged.fee

    @property
    def rate(self) -> Rate:
        """The rate row that gave the base rate of the fee charged."""
        return self.charged.rate

    @property
    def coefficients(self) -> tuple[Coefficient, ...]:
        """The coefficients applied to the fee charged."""
        return self.charged.coefficients

    @property
    def capped(self) -> bool:
        """Whether the cap lowered the fee charged."""
        return self.charged.capped

    @property
    def legal(self) -> LegalReference:
        """The legal instrument behind the version applied."""
        return self.version.legal

    def as_quantity(self) -> Quantity:
        """The fee as a quantity of đồng.

        >>> from dongdang.fees import Crossing, lang_son_fee_schedule
        >>> lang_son_fee_schedule().assess(
        ...     Crossing(
        ...         date=dt.date(2025, 6, 2), payload=1, regime="export", goods="fresh_produce"
        ...     )
        ... ).as_quantity()
        <Quantity(100000, 'VND')>
        """
        from dongdang.units import amount  # noqa: PLC0415 - keeps import of the module light

        return amount(self.fee, "VND")

    def explain(self, lang: Language = "en") -> str:
        """The assessment in words, one line per step, in English or Vietnamese.

        >>> from dongdang.fees import Crossing, lang_son_fee_schedule
        >>> crossing = Crossing(
        ...     date=dt.date(2025, 6, 2),
        ...     payload=Decimal("1.5"),
        ...     regime="export",
        ...     goods="fresh_produce",
        ... )
        >>> print(lang_son_fee_schedule().assess(crossing).explain())
        Crossing of 2 June 2025: payload 1.5 t, export, goods fresh produce, standard journey.
        Version 09/2025, in force from 8 May 2025: Resolution 09/2025/NQ-HĐND (...).
        Base rate: 100,000 đồng for payload under 2 t × export × fresh produce (source: https://...).
        Coefficients: none.
        Cap: 5,000,000 đồng per trip, not reached.
        Fee: 100,000 đồng.
        Split: 10,000 đồng to the collector (10%), 90,000 đồng to the provincial budget.
        """
        _check_lang(lang)
        from dongdang.text import format_number  # noqa: PLC0415 - Babel costs import time

        def money(value: int) -> str:
            return message("fee.money", lang, amount=format_number(value, lang))

        crossing, version = self.crossing, self.version
        lines = [
            message(
                "fee.crossing",
                lang,
                date=day(crossing.date, lang),
                vehicle=_vehicle_words(crossing, lang),
                regime=_named("regime", crossing.regime.value, lang),
                goods=", ".join(_named("goods", goods, lang) for goods in crossing.goods),
                journey=_named("journey", crossing.journey.value, lang),
            ),
            message(
                "fee.version",
                lang,
                id=version.id,
                start=day(version.start, lang),
                end=""
                if version.end is None
                else message("fee.until", lang, end=day(version.end, lang)),
                legal=version.legal.cite(lang),
            ),
        ]
        if crossing.is_mixed:
            fees = ", ".join(
                f"{_named('goods', line.goods, lang)} {money(line.fee)}" for line in self.lines
            )
            lines.append(
                message(
                    "fee.mixed", lang, fees=fees, goods=_named("goods", self.charged.goods, lang)
                )
            )
        charged = self.charged
        lines.append(
            message(
                "fee.base",
                lang,
                amount=money(charged.rate.amount),
                label=_rate_words(charged.rate, lang),
                source=charged.rate.source,
            )
        )
        if charged.coefficients:
            steps = " × ".join(
                message(
                    "fee.coefficient",
                    lang,
                    factor=format_number(coefficient.factor, lang),
                    name=_named("coefficient", coefficient.id, lang),
                )
                for coefficient in charged.coefficients
            )
            lines.append(
                message(
                    "fee.coefficients",
                    lang,
                    base=money(charged.rate.amount),
                    steps=steps,
                    exact=format_number(charged.exact, lang),
                    rounded=money(charged.before_cap),
                )
            )
        else:
            lines.append(message("fee.no_coefficients", lang))
        cap = version.cap
        if cap is None:
            lines.append(message("fee.no_cap", lang))
        else:
            state = message("fee.capped" if charged.capped else "fee.not_capped", lang)
            lines.append(message("fee.cap", lang, amount=money(cap.amount), state=state))
        lines.append(message("fee.fee", lang, fee=money(self.fee)))
        if self.split is None or version.split is None:
            lines.append(message("fee.no_split", lang))
        else:
            lines.append(
                message(
                    "fee.split",
                    lang,
                    collector=money(self.split.collector),
                    share=format_number(version.split.collector * 100, lang),
                    budget=money(self.split.budget),
                )
            )
        return "\n".join(lines)


def _named(kind: str, code: str, lang: Language) -> str:
    """The name of a goods category, regime, journey or coefficient in ``lang``.

    A code the catalogue does not name is written in words in English
    ("timber"); in Vietnamese it is not shown: a code is no word of the language.
    """
    name = CATALOGUES[lang].get(f"{kind}.{code}")
    if name is not None:
        return name
    return message(f"{kind}.unnamed", lang, code=code.replace("_", " "))


def _vehicle_words(crossing: Crossing, lang: Language) -> str:
    """The vehicle in words: "xe có tải trọng 1,5 tấn", "xe chở container 40 feet"."""
    from dongdang.text import format_number  # noqa: PLC0415 - Babel costs import time

    if crossing.container is not None:
        return message("vehicle.container", lang, size=crossing.container.value.removesuffix("ft"))
    payload = format_number(crossing.payload, lang)
    return message("vehicle.payload", lang, payload=payload)


def _rate_words(rate: Rate, lang: Language) -> str:
    """A rate row's key in words: its vehicle class, regime and goods."""
    from dongdang.fees.vehicles import ContainerSize  # noqa: PLC0415 - a cycle otherwise

    if isinstance(rate.vehicle, ContainerSize):
        vehicle = message("vehicle.container", lang, size=rate.vehicle.value.removesuffix("ft"))
    else:
        vehicle = message("vehicle.bracket", lang, bracket=rate.vehicle.words(lang))
    goods = message("goods.any", lang) if rate.goods is None else _named("goods", rate.goods, lang)
    return message(
        "fee.rate",
        lang,
        vehicle=vehicle,
        regime=_named("regime", rate.regime.value, lang),
        goods=goods,
    )


def assessments_frame(assessments: Iterable[Assessment], *, exact: bool = False) -> Any:  # noqa: ANN401
    """The whole answer for each crossing assessed, as a pandas DataFrame (``dongdang[pandas]``).

    One row per assessment: the crossing (``date``, ``gate``, ``regime``,
    ``goods`` joined by ``+``, ``payload_tonne``, ``container``, ``journey``),
    the ``version`` applied and its ``legal`` reference, the ``coefficients``
    applied (their ids, joined by ``+``) and their ``factor`` (their
    product), ``fee_dong``, ``capped``, and the split: ``collector_dong`` and
    ``budget_dong`` (NaN where the version states none; they add up to the
    fee). Numbers are float64, or Decimal with ``exact=True``.

    >>> import datetime as dt
    >>> from dongdang.fees import Crossing, lang_son_fee_schedule
    >>> schedule = lang_son_fee_schedule()
    >>> done = [
    ...     schedule.assess(
    ...         Crossing(
    ...             date=dt.date(2025, 6, 2), payload=1.5, regime="export", goods="fresh_produce"
    ...         )
    ...     ),
    ...     schedule.assess(
    ...         Crossing(
    ...             date=dt.date(2025, 6, 3),
    ...             container="40ft",
    ...             regime="temporary_import_reexport",
    ...             goods="agricultural_products",
    ...         )
    ...     ),
    ... ]
    >>> assessments_frame(done)[["container", "fee_dong", "capped"]]
      container   fee_dong  capped
    0       NaN   100000.0   False
    1      40ft  4000000.0   False
    """
    rows = list(assessments)
    crossings = [item.crossing for item in rows]
    columns = FrameColumns(exact=exact)
    columns.date("date", [crossing.date for crossing in crossings])
    columns.code("gate", [crossing.gate for crossing in crossings])
    columns.code("regime", [crossing.regime.value for crossing in crossings])
    columns.code("goods", ["+".join(crossing.goods) for crossing in crossings])
    columns.number("payload", [crossing.payload for crossing in crossings], "tonne")
    columns.code("container", [_value(crossing.container) for crossing in crossings])
    columns.code("journey", [crossing.journey.value for crossing in crossings])
    columns.code("version", [item.version.id for item in rows])
    columns.text("legal", [str(item.legal) for item in rows])
    columns.code("coefficients", ["+".join(c.id for c in item.coefficients) for item in rows])
    columns.number("factor", [_product(item.coefficients) for item in rows], None)
    columns.number("fee", [item.fee for item in rows], "VND")
    columns.flag("capped", [item.capped for item in rows])
    splits = [item.split for item in rows]
    columns.number("collector", [None if s is None else s.collector for s in splits], "VND")
    columns.number("budget", [None if s is None else s.budget for s in splits], "VND")
    return columns.frame()


def _value(member: object) -> str | None:
    return None if member is None else str(getattr(member, "value", member))


def _product(coefficients: Iterable[Coefficient]) -> Decimal:
    product = Decimal(1)
    for coefficient in coefficients:
        product = EXACT.multiply(product, coefficient.factor)
    return product
