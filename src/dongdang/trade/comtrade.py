"""Trade flows as UN Comtrade records: its field names, flow codes and commodity codes.

UN Comtrade publishes merchandise trade as records of a reporter, a partner, a
trade flow, a commodity and a period. :func:`comtrade_records` writes a
ledger's flows in that shape, one record per period, flow and commodity:

==========================  ============================================================
field                       value
==========================  ============================================================
``typeCode``                ``"C"``: goods (commodities)
``freqCode``                ``"A"`` annual or ``"M"`` monthly
``refYear``                 the year
``period``                  ``"2021"`` annual, ``"202103"`` monthly
``reporterCode``            the reporter's M49 code: 704, Viet Nam, by default
``partnerCode``             the partner's M49 code (156 is China, 0 the world), only
                            when given: the ledger does not know where goods came
                            from or went to, only the gate they crossed
``flowCode``                ``"X"`` exports, ``"M"`` imports, ``"RX"`` re-exports
``classificationCode``      the HS edition: ``"H6"`` for HS2022 … ``"H0"`` for HS1992;
                            ``"HS"`` for the total of all commodities
``cmdCode``                 the HS code at ``digits`` digits, or ``"TOTAL"``
``aggrLevel``               the digits of ``cmdCode`` (0 for TOTAL)
``primaryValue``            the value in US dollars (:class:`~decimal.Decimal`, exact)
``fobvalue``, ``cifvalue``  the value again where every flow summed was valued FOB
                            (or CIF); otherwise None
``netWgt``                  the net weight in kilograms, or None where a flow has none
==========================  ============================================================

**Flows.** Exports are ``X`` and imports ``M``. The legs of temporary import for
re-export (TNTX) count as goods entering (``M``) and leaving (``X``); the
re-export leg is also given as ``RX``, a part of ``X``, as Comtrade gives
re-exports (so ``RX`` records are not added to ``X`` again). Transit has no flow
code: international merchandise trade statistics leave goods in transit out,
and so are such flows refused.

Comtrade's commodity codes stop at six digits; national lines of eight or
ten digits are summed into their subheading.

>>> from dongdang.trade import HSCode, TradeFlow, TradeLedger
>>> ledger = TradeLedger(
...     [
...         TradeFlow(
...             direction="export",
...             period=Period.month(2025, 3),
...             value=amount(Decimal("125000.50"), "USD"),
...             measure="customs",
...             hs=HSCode.parse("0810.90.10", vintage="HS2022"),
...             net_weight=Decimal("41.5"),
...             valuation="FOB",
...         )
...     ]
... )
>>> record = ledger.to_comtrade(frequency="M", partner=156)[0]
>>> [record[key] for key in ("period", "flowCode", "cmdCode", "classificationCode")]
['202503', 'X', '081090', 'H6']
>>> record["primaryValue"], record["fobvalue"], record["netWgt"]
(Decimal('125000.5'), Decimal('125000.5'), Decimal('41500'))
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from dongdang._decimal import EXACT, tidy
from dongdang._validators import whole_number
from dongdang.errors import InvalidValueError, UnitMismatchError
from dongdang.trade.flows import Direction, HSCode, Valuation

if TYPE_CHECKING:
    from typing import Unpack

    from dongdang.periods import Period
    from dongdang.trade.ledger import Filters, TradeLedger

__all__ = ["FIELDS", "FLOW_CODES", "comtrade_records"]

#: The fields of a record, in order.
FIELDS: Final = (
    "typeCode",
    "freqCode",
    "refYear",
    "period",
    "reporterCode",
    "partnerCode",
    "flowCode",
    "classificationCode",
    "cmdCode",
    "aggrLevel",
    "primaryValue",
    "fobvalue",
    "cifvalue",
    "netWgt",
)
#: The Comtrade flow codes each direction counts under.
FLOW_CODES: Final = {
    Direction.EXPORT: ("X",),
    Direction.RE_EXPORT: ("X", "RX"),
    Direction.IMPORT: ("M",),
    Direction.TEMPORARY_IMPORT: ("M",),
}
_FLOW_ORDER: Final = {"X": 0, "M": 1, "RX": 2}
_FREQUENCIES: Final = {"A": "year", "M": "month"}


def _check_code(value: object, name: str) -> int:
    return whole_number(value, f"{name} (an M49 code)", 0, 999)


def _period_code(period: Period, frequency: str) -> str:
    if frequency == "A":
        return f"{period.start.year}"
    return f"{period.start.year}{period.start.month:02d}"


def _check_arguments(
    ledger: TradeLedger, frequency: str, reporter: int, partner: int | None, digits: int | None
) -> None:
    if frequency not in _FREQUENCIES:
        raise InvalidValueError.of("frequency", frequency, "must be 'A' or 'M'")
    _check_code(reporter, "reporter")
    if partner is not None:
        _check_code(partner, "partner")
    if digits is not None and digits not in (2, 4, 6):
        raise InvalidValueError.of(
            "digits", digits, "must be 2, 4 or 6 (Comtrade's codes stop at six) or None"
        )
    if ledger.currency != "USD":
        raise UnitMismatchError.of(
            "ledger",
            ledger.currency,
            "in US dollars (USD), as Comtrade values are",
            hint="build a USD ledger of converted flows (TradeFlow.converted)",
        )


def _check_flows(ledger: TradeLedger, digits: int | None, filters: Filters) -> None:
    selected = ledger.rows(**filters)
    transit = np.intersect1d(selected, ledger.rows(direction=Direction.TRANSIT))
    if len(transit):
        raise InvalidValueError.of(
            "direction",
            Direction.TRANSIT.value,
            "must not be transit (quá cảnh), which UN Comtrade does not record",
            where=f"flow #{int(transit[0])}",
            hint="leave it out with direction=",
        )
    if digits is not None:
        without = np.intersect1d(selected, ledger.rows(hs=None))
        if len(without):
            raise InvalidValueError.of(
                "digits",
                digits,
                "needs an HS code, and the flow has no HS code to give a cmdCode",
                where=f"flow #{int(without[0])}",
                hint="give digits=None for TOTAL records",
            )


def comtrade_records(
    ledger: TradeLedger,
    *,
    frequency: str = "A",
    reporter: int = 704,
    partner: int | None = None,
    digits: int | None = 6,
    **filters: Unpack[Filters],
) -> list[dict[str, Any]]:
    """The ledger's flows summed into UN Comtrade records (see the table above).

    Args:
        ledger: a ledger in US dollars, of one measure (after the filters).
        frequency: ``"A"`` (annual) or ``"M"`` (monthly).
        reporter: the reporter's M49 code; 704 is Viet Nam.
        partner: the partner's M49 code, or None to leave ``partnerCode`` out.
        digits: the HS digits of ``cmdCode`` (2, 4 or 6), or None for one
            ``TOTAL`` record per period and flow.
        filters: the filters of :meth:`TradeLedger.filter
            <dongdang.trade.ledger.TradeLedger.filter>`.

    Raises:
        UnitMismatchError: the ledger is not in US dollars.
        InvalidValueError: a bad argument; a transit flow; a flow without an
            HS code when ``digits`` is given; a flow not inside one year (month);
            flows of different measures.
    """
    _check_arguments(ledger, frequency, reporter, partner, digits)
    _check_flows(ledger, digits, filters)
    time = _FREQUENCIES[frequency]
    by = (time, "direction", *(() if digits is None else (f"hs{digits}",)), "valuation")
    totals = ledger.totals(by, **filters)
    weights = ledger.weight_totals(by, **filters)
    groups: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for key, value in totals.items():
        period, direction, *rest = key
        valuation: Valuation | None = rest[-1]
        code: HSCode | None = rest[0] if digits is not None else None
        classification = "HS" if code is None else code.comtrade_classification
        command = "TOTAL" if code is None else code.code
        for flow in FLOW_CODES[direction]:
            group = groups.setdefault(
                (_period_code(period, frequency), command, flow, classification),
                {
                    "year": period.start.year,
                    "value": Decimal(0),
                    "weight": Decimal(0),
                    "weighed": True,
                    "valuations": set(),
                },
            )
            group["value"] = EXACT.add(group["value"], value.magnitude)
            weight = weights[key]
            if weight is None:
                group["weighed"] = False
            else:
                group["weight"] = EXACT.add(group["weight"], EXACT.multiply(weight.magnitude, 1000))
            group["valuations"].add(valuation)
    records = []
    for (period_code, command, flow, classification), data in sorted(
        groups.items(),
        key=lambda item: (item[0][0], item[0][1], item[0][3], _FLOW_ORDER[item[0][2]]),
    ):
        primary = tidy(data["value"])
        valuations = data["valuations"]
        record: dict[str, Any] = {
            "typeCode": "C",
            "freqCode": frequency,
            "refYear": data["year"],
            "period": period_code,
            "reporterCode": reporter,
        }
        if partner is not None:
            record["partnerCode"] = partner
        record.update(
            {
                "flowCode": flow,
                "classificationCode": classification,
                "cmdCode": command,
                "aggrLevel": 0 if command == "TOTAL" else len(command),
                "primaryValue": primary,
                "fobvalue": primary if valuations == {Valuation.FOB} else None,
                "cifvalue": primary if valuations == {Valuation.CIF} else None,
                "netWgt": tidy(data["weight"]) if data["weighed"] else None,
            }
        )
        records.append(record)
    return records
