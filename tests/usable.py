"""Using an object the way a caller does, for the pickle tests (also run in a child process).

:func:`use` converts, adds and compares every quantity an object holds, and calls
the object's own methods, returning plain values to compare between an original
and its unpickled copy. Nothing here may import dongdang at module level: the
child process must unpickle before dongdang is imported.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def quantities(value: object) -> list[Any]:
    """Every pint quantity and unit inside ``value``, in a stable order."""
    import attrs  # noqa: PLC0415 - see the module docstring
    import pint  # noqa: PLC0415

    from dongdang.trade import TradeLedger  # noqa: PLC0415

    found: list[Any] = []
    seen: set[int] = set()

    def walk(item: object) -> None:
        if isinstance(item, pint.Quantity | pint.Unit):
            found.append(item)
            return
        if id(item) in seen or isinstance(item, str | bytes | int | float | dt.date):
            return
        seen.add(id(item))
        if attrs.has(type(item)):
            for field in attrs.fields(type(item)):
                walk(getattr(item, field.name))
        elif isinstance(item, dict):
            for key, each in item.items():
                walk(key)
                walk(each)
        elif isinstance(item, list | tuple | frozenset | set | TradeLedger):
            for each in sorted(item, key=repr) if isinstance(item, frozenset | set) else item:
                walk(each)

    walk(value)
    return found


def _quantity(item: Any) -> tuple[object, ...]:
    import pint  # noqa: PLC0415

    from dongdang.units import convert, ureg  # noqa: PLC0415

    if isinstance(item, pint.Unit):
        one = ureg.Quantity(1, item)
        same = ureg.Unit(str(item))
        return ("unit", str(item), str(one.to_root_units()), str(item * item), item == same)
    root = item.to_root_units()
    return (
        "quantity",
        str(item),
        root.magnitude,
        str(root.units),
        (item + item).magnitude,
        (item * 2 - item) == item,
        item >= item * 0 if item.magnitude >= 0 else item < item * 0,
        convert(item, item.units).magnitude,
    )


def _api(value: object) -> object:  # noqa: C901, PLR0911, PLR0912 - one branch per type
    from dongdang import Figure, Period, describe  # noqa: PLC0415
    from dongdang.auditing import Finding  # noqa: PLC0415
    from dongdang.exchange import ExchangeRateTable  # noqa: PLC0415
    from dongdang.fees.collections import FeeCollections  # noqa: PLC0415
    from dongdang.fees.schedule import FeeSchedule  # noqa: PLC0415
    from dongdang.gates import GateRegistry  # noqa: PLC0415
    from dongdang.investment import CapitalPlan  # noqa: PLC0415
    from dongdang.projects import Portfolio  # noqa: PLC0415
    from dongdang.statements import Statement  # noqa: PLC0415
    from dongdang.tasks import TaskLog  # noqa: PLC0415
    from dongdang.trade import TradeLedger  # noqa: PLC0415
    from dongdang.units import amount  # noqa: PLC0415
    from dongdang.zoning import PlanRegistry  # noqa: PLC0415

    day = dt.date(2024, 6, 30)
    if isinstance(value, Period):
        return value.label("vi"), value.days, value.same_period_last_year().label("en")
    if isinstance(value, Figure):
        return str(value.quantity.to_root_units())
    if isinstance(value, Statement):
        units = (each for each in value.walk() if each.value.unit not in {None, "percent"})
        amounts = [_quantity(each.quantity) for each in units]
        return describe(value), describe(value, "en"), amounts
    if isinstance(value, Finding):
        return value.explain("vi"), value.explain("en")
    if isinstance(value, FeeSchedule):
        return value.coverage(), repr(value.in_force(day))
    if isinstance(value, FeeCollections):
        return [str(value.total(period)) for period in value.periods], repr(value.findings())
    if isinstance(value, TradeLedger):
        return str(value.total()), str(value.balance())
    if isinstance(value, GateRegistry):
        return repr(value.clearing_goods(on=day))
    if isinstance(value, Portfolio):
        return str(value.land_area()), repr(value.projects_behind(day))
    if isinstance(value, TaskLog):
        return repr(value.check("seed-004-ioffice"))
    if isinstance(value, PlanRegistry):
        return repr(value.plan("kkt-dong-dang").version("to-2030").budget(2020).fit())
    if isinstance(value, CapitalPlan):
        return str(value.total(day)), repr(value.findings())
    if isinstance(value, ExchangeRateTable):
        return str(value.convert(amount(2, "million_USD"), "VND", on=dt.date(2025, 8, 2)))
    if isinstance(value, dict):
        return {key: _api(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_api(item) for item in value]
    if hasattr(value, "statement"):  # a seed statement
        return _api(value.statement)
    if hasattr(value, "finding"):  # a seed finding
        return _api(value.finding)
    return repr(value)


def use(value: object) -> tuple[object, object]:
    """What a caller gets from ``value``: its quantities worked with, its methods' answers."""
    return [_quantity(item) for item in quantities(value)], _api(value)
