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

from typing import TYPE_CHECKING, Final, final

import attrs

from dongdang.errors import InvalidValueError

if TYPE_CHECKING:
    import datetime as dt
    from decimal import Decimal

    from dongdang.fees.crossings import Crossing
    from dongdang.fees.rates import Coefficient, Rate, Split
    from dongdang.fees.versions import FeeVersion
    from dongdang.legal import LegalReference
    from dongdang.periods import Language
    from dongdang.units import Quantity

__all__ = ["Assessment", "GoodsFee"]


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
        Crossing of 2/6/2025: payload 1.5 t, export, goods fresh_produce, standard journey.
        Version 09/2025, in force from 8/5/2025: Resolution 09/2025/NQ-HĐND (Hội đồng ... Lạng Sơn).
        Base rate: 100,000 đồng for payload [0, 2) × export × fresh_produce (source: https://news.laodong.vn/...).
        Coefficients: none.
        Cap: 5,000,000 đồng per trip, not reached.
        Fee: 100,000 đồng.
        Split: 10,000 đồng to the collector (10%), 90,000 đồng to the provincial budget.
        """
        if lang not in ("vi", "en"):
            raise InvalidValueError(f"lang must be 'vi' or 'en', got {lang!r}")
        words = _WORDS[lang]
        from dongdang.text import format_number  # noqa: PLC0415 - Babel costs import time

        def money(value: int) -> str:
            return f"{format_number(value, lang)} đồng"

        crossing, version = self.crossing, self.version
        vehicle = crossing.vehicle_label()
        lines = [
            words["crossing"].format(
                date=_day(crossing.date),
                vehicle=vehicle,
                regime=crossing.regime.value if lang == "en" else crossing.regime.vietnamese,
                goods=", ".join(crossing.goods),
                journey=crossing.journey.value if lang == "en" else crossing.journey.vietnamese,
            ),
            words["version"].format(
                id=version.id,
                start=_day(version.start),
                end="" if version.end is None else words["until"].format(end=_day(version.end)),
                legal=version.legal.cite(lang),
            ),
        ]
        if crossing.is_mixed:
            fees = ", ".join(f"{line.goods} {money(line.fee)}" for line in self.lines)
            lines.append(words["mixed"].format(fees=fees, goods=self.charged.goods))
        charged = self.charged
        lines.append(
            words["base"].format(
                amount=money(charged.rate.amount),
                label=charged.rate.label(),
                source=charged.rate.source,
            )
        )
        if charged.coefficients:
            steps = " × ".join(
                f"{coefficient.id} {format_number(coefficient.factor, lang)}"
                for coefficient in charged.coefficients
            )
            lines.append(
                words["coefficients"].format(
                    base=money(charged.rate.amount),
                    steps=steps,
                    exact=format_number(charged.exact, lang),
                    rounded=money(charged.before_cap),
                )
            )
        else:
            lines.append(words["no_coefficients"])
        cap = version.cap
        if cap is None:
            lines.append(words["no_cap"])
        else:
            state = words["capped"] if charged.capped else words["not_capped"]
            lines.append(words["cap"].format(amount=money(cap.amount), state=state))
        lines.append(words["fee"].format(fee=money(self.fee)))
        if self.split is None or version.split is None:
            lines.append(words["no_split"])
        else:
            lines.append(
                words["split"].format(
                    collector=money(self.split.collector),
                    share=format_number(version.split.collector * 100, lang),
                    budget=money(self.split.budget),
                )
            )
        return "\n".join(lines)


def _day(day: dt.date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


_WORDS: Final = {
    "en": {
        "crossing": "Crossing of {date}: {vehicle}, {regime}, goods {goods}, {journey} journey.",
        "version": "Version {id}, in force from {start}{end}: {legal}.",
        "until": " to {end}",
        "mixed": "Mixed cargo: {fees}; the highest, {goods}, is charged.",
        "base": "Base rate: {amount} for {label} (source: {source}).",
        "coefficients": "Coefficients: {base} × {steps} = {exact}, rounded half-up: {rounded}.",
        "no_coefficients": "Coefficients: none.",
        "cap": "Cap: {amount} per trip, {state}.",
        "capped": "applied",
        "not_capped": "not reached",
        "no_cap": "Cap: none stated.",
        "fee": "Fee: {fee}.",
        "split": (
            "Split: {collector} to the collector ({share}%), {budget} to the provincial budget."
        ),
        "no_split": "Split: none stated.",
    },
    "vi": {
        "crossing": "Lượt xe ngày {date}: {vehicle}, {regime}, hàng {goods}, {journey}.",
        "version": "Phiên bản {id}, hiệu lực từ {start}{end}: {legal}.",
        "until": " đến {end}",
        "mixed": "Xe chở nhiều loại hàng: {fees}; thu theo mức cao nhất, {goods}.",
        "base": "Mức thu cơ bản: {amount} cho {label} (nguồn: {source}).",
        "coefficients": "Hệ số: {base} × {steps} = {exact}, làm tròn: {rounded}.",
        "no_coefficients": "Hệ số: không có.",
        "cap": "Mức thu tối đa: {amount}/lượt/xe, {state}.",
        "capped": "đã áp dụng",
        "not_capped": "chưa đến mức tối đa",
        "no_cap": "Mức thu tối đa: không quy định.",
        "fee": "Phí: {fee}.",
        "split": (
            "Phân chia: {collector} để lại đơn vị thu ({share}%), {budget} nộp ngân sách tỉnh."
        ),
        "no_split": "Phân chia: không quy định.",
    },
}
