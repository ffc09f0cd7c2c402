"""dongdang: the Đồng Đăng – Lạng Sơn border-gate economic zone as typed, exact data.

>>> import dongdang
>>> [finding] = dongdang.audit(
...     dongdang.parse_statements(
...         "Thu phí đạt 300 tỷ đồng, trong đó phí A đạt 200 tỷ đồng, phí B đạt 150 tỷ đồng."
...     )
... )
>>> print(finding.explain("en"))
The total thu phí is printed as “300 tỷ đồng”, but its parts add up to between 349 billion VND
    and 351 billion VND.
>>> dongdang.format_percent(
...     dongdang.growth_rate(
...         dongdang.parse_amount("664.127 triệu đồng"), dongdang.parse_amount("473.700 triệu đồng")
...     ),
...     decimals=1,
... )
'40,2%'
"""

from __future__ import annotations

import importlib

# Not ``typing.TYPE_CHECKING``: importing typing costs more than dongdang's start.
TYPE_CHECKING = False

# The names below load on first use (PEP 562): ``import dongdang`` stays about as
# cheap as the interpreter, and pint, numpy and the statement reader are imported
# by the first call that needs them. The type checker and the docs see them here.
if TYPE_CHECKING:
    from typing import Any

    from dongdang.auditing import Finding, audit
    from dongdang.dataset import Dataset
    from dongdang.errors import (
        DataFileError,
        DongDangError,
        InvalidTypeError,
        InvalidValueError,
        NotInForceError,
        OverlappingVersionsError,
        ParseError,
        RateNotFoundError,
        UndefinedRatioError,
        UnitMismatchError,
        UnknownCodeError,
    )
    from dongdang.indicators import (
        attainment,
        cagr,
        contribution_to_growth,
        disbursement_ratio,
        growth_rate,
        implied_base,
        implied_previous,
        share,
    )
    from dongdang.legal import LegalKind, LegalReference
    from dongdang.periods import Period
    from dongdang.statements import Statement, Unparsed, describe, parse_statements
    from dongdang.text import (
        Figure,
        Qualifier,
        format_amount,
        format_number,
        format_percent,
        parse_amount,
        parse_number,
        parse_percent,
        read_figure,
        unit_phrase,
    )
    from dongdang.units import ExchangeRate, Quantity, amount, convert, sum_amounts, ureg

    __version__: str

#: Where each public name lives; :func:`__getattr__` imports it from there.
_HOMES: dict[str, str] = {
    "DataFileError": "dongdang.errors",
    "Dataset": "dongdang.dataset",
    "DongDangError": "dongdang.errors",
    "ExchangeRate": "dongdang.units",
    "Figure": "dongdang.text",
    "Finding": "dongdang.auditing",
    "InvalidTypeError": "dongdang.errors",
    "InvalidValueError": "dongdang.errors",
    "LegalKind": "dongdang.legal",
    "LegalReference": "dongdang.legal",
    "NotInForceError": "dongdang.errors",
    "OverlappingVersionsError": "dongdang.errors",
    "ParseError": "dongdang.errors",
    "Period": "dongdang.periods",
    "Qualifier": "dongdang.text",
    "Quantity": "dongdang.units",
    "RateNotFoundError": "dongdang.errors",
    "Statement": "dongdang.statements",
    "UndefinedRatioError": "dongdang.errors",
    "UnitMismatchError": "dongdang.errors",
    "UnknownCodeError": "dongdang.errors",
    "Unparsed": "dongdang.statements",
    "amount": "dongdang.units",
    "attainment": "dongdang.indicators",
    "audit": "dongdang.auditing",
    "cagr": "dongdang.indicators",
    "contribution_to_growth": "dongdang.indicators",
    "convert": "dongdang.units",
    "describe": "dongdang.statements",
    "disbursement_ratio": "dongdang.indicators",
    "format_amount": "dongdang.text",
    "format_number": "dongdang.text",
    "format_percent": "dongdang.text",
    "growth_rate": "dongdang.indicators",
    "implied_base": "dongdang.indicators",
    "implied_previous": "dongdang.indicators",
    "parse_amount": "dongdang.text",
    "parse_number": "dongdang.text",
    "parse_percent": "dongdang.text",
    "parse_statements": "dongdang.statements",
    "read_figure": "dongdang.text",
    "share": "dongdang.indicators",
    "sum_amounts": "dongdang.units",
    "unit_phrase": "dongdang.text",
    "ureg": "dongdang.units",
}

__all__ = [
    "DataFileError",
    "Dataset",
    "DongDangError",
    "ExchangeRate",
    "Figure",
    "Finding",
    "InvalidTypeError",
    "InvalidValueError",
    "LegalKind",
    "LegalReference",
    "NotInForceError",
    "OverlappingVersionsError",
    "ParseError",
    "Period",
    "Qualifier",
    "Quantity",
    "RateNotFoundError",
    "Statement",
    "UndefinedRatioError",
    "UnitMismatchError",
    "UnknownCodeError",
    "Unparsed",
    "amount",
    "attainment",
    "audit",
    "cagr",
    "contribution_to_growth",
    "convert",
    "describe",
    "disbursement_ratio",
    "format_amount",
    "format_number",
    "format_percent",
    "growth_rate",
    "implied_base",
    "implied_previous",
    "parse_amount",
    "parse_number",
    "parse_percent",
    "parse_statements",
    "read_figure",
    "share",
    "sum_amounts",
    "unit_phrase",
    "ureg",
]


def __getattr__(name: str) -> Any:  # noqa: ANN401 - any of the public names
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(importlib.import_module(home), name)
        globals()[name] = value  # the next lookup is an ordinary attribute
        return value
    # The version is read from the installed metadata only when asked for.
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415

        return version("dongdang")
    message = f"module 'dongdang' has no attribute {name!r}"
    raise AttributeError(message)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
