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

from dongdang.auditing import Finding, audit
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

__all__ = [
    "DataFileError",
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


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata only when asked for.
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415

        return version("dongdang")
    message = f"module 'dongdang' has no attribute {name!r}"
    raise AttributeError(message)
