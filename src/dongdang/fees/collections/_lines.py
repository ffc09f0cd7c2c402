"""The fee lines (entry-exit, transshipment, total) and the checks of a record's fields."""

# ruff: noqa: TC002, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final, cast

import attrs

from dongdang._decimal import to_decimal
from dongdang._validators import gate_code as _gate_code
from dongdang._validators import money as _check_money
from dongdang._vocabulary import Vocabulary
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UnitMismatchError,
)
from dongdang.text import Figure, read_figure
from dongdang.units import (
    Quantity,
    is_quantity,
    magnitude_in,
    ureg,
)

# -- the lines --------------------------------------------------------------------


class FeeLine(Vocabulary):
    """A reporting line of the fee, by its short Vietnamese name.

    ==============  ==========================  ================================================
    member          short name                  the Management Board's category
    ==============  ==========================  ================================================
    ENTRY_EXIT      phí ra vào cửa khẩu         phí đối với phương tiện ra, vào cửa khẩu
    TRANSSHIPMENT   phí sang tải                phí đối với phương tiện vận chuyển hàng hóa
                                                sang tải
    TOTAL           tổng số phí thu             the fee as a whole: phí sử dụng công trình
                                                kết cấu hạ tầng, … trong khu vực cửa khẩu
    ==============  ==========================  ================================================

    >>> from dongdang.fees.collections import FeeLine
    >>> FeeLine.parse("phí đối với phương tiện vận chuyển hàng hoá sang tải")
    <FeeLine.TRANSSHIPMENT: 'phí sang tải'>
    >>> FeeLine.ENTRY_EXIT.label("en")
    'entry–exit fee'
    """

    #: The entry–exit fee, paid by vehicles entering and leaving the gate area.
    ENTRY_EXIT = "phí ra vào cửa khẩu"
    #: The transshipment fee, paid by vehicles whose cargo is moved at a yard.
    TRANSSHIPMENT = "phí sang tải"
    #: Both lines together.
    TOTAL = "tổng số phí thu"

    @property
    def formal(self) -> str:
        """The name of the line in the Management Board's reports and the fee resolutions."""
        return _FORMAL[self]

    @classmethod
    def parse(cls, text: FeeLine | str) -> FeeLine:
        """Read a line from its short, formal or English name.

        As :meth:`~dongdang._vocabulary.Vocabulary.of`, under the name reports use.

        Case, spacing, dashes and the placement of the tone mark do not matter.

        Raises:
            UnknownCodeError: the text names no line.
            InvalidTypeError: the text is not a str.

        >>> FeeLine.parse("Phí ra, vào cửa khẩu")
        <FeeLine.ENTRY_EXIT: 'phí ra vào cửa khẩu'>
        >>> FeeLine.parse("phí bến bãi")
        Traceback (most recent call last):
        ...
        dongdang.errors.UnknownCodeError: unknown fee line 'phí bến bãi'; ...
        """
        return cls.of(text)

    @classmethod
    def _what(cls) -> str:
        return "fee line"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _ENGLISH_LINE

    @classmethod
    def _aliases(cls) -> Mapping[Any, Iterable[str]]:
        return _LINE_WORDS


#: The two lines a total is made of, in the order reports give them.
REPORTING_LINES: Final = (FeeLine.ENTRY_EXIT, FeeLine.TRANSSHIPMENT)

_FORMAL: Final = {
    FeeLine.ENTRY_EXIT: "phí đối với phương tiện ra, vào cửa khẩu",
    FeeLine.TRANSSHIPMENT: "phí đối với phương tiện vận chuyển hàng hóa sang tải",
    FeeLine.TOTAL: "phí sử dụng công trình kết cấu hạ tầng, công trình dịch vụ, "
    "tiện ích công cộng trong khu vực cửa khẩu",
}
_ENGLISH_LINE: Final = {
    FeeLine.ENTRY_EXIT: "entry–exit fee",
    FeeLine.TRANSSHIPMENT: "transshipment fee",
    FeeLine.TOTAL: "total fee",
}
_LINE_ORDER: Final = {FeeLine.TOTAL: 0, FeeLine.ENTRY_EXIT: 1, FeeLine.TRANSSHIPMENT: 2}


#: The other words reports use for each line.
_LINE_WORDS: Final = {
    FeeLine.ENTRY_EXIT: (
        "phí ra, vào cửa khẩu",
        "phí đối với phương tiện ra vào cửa khẩu",
        _FORMAL[FeeLine.ENTRY_EXIT],
        "entry-exit",
    ),
    FeeLine.TRANSSHIPMENT: (
        _FORMAL[FeeLine.TRANSSHIPMENT],
        "phí đối với phương tiện sang tải",
        "phí thu đối với phương tiện sang tải",
        "transshipment",
    ),
    FeeLine.TOTAL: (
        "tổng số phí",
        "tổng thu phí",
        "thu phí qua cửa khẩu",
        _FORMAL[FeeLine.TOTAL],
        "phí " + _FORMAL[FeeLine.TOTAL],
    ),
}


class Basis(enum.Enum):
    """Where the base of a comparison (last year's amount, the estimate) comes from."""

    #: Both figures are on record, such as last year's records or the estimate (dự toán).
    RECORDED = "recorded"
    #: The report's stated percent, with the base implied from it.
    STATED = "stated"
    #: The total's figures are its lines' figures (each recorded or stated), summed.
    LINES = "lines"


# -- validation ---------------------------------------------------------------------

_GATE: Final = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def _money(value: object, name: str) -> Quantity:
    return _check_money(value, name)


def _amount(value: Quantity) -> Quantity:
    return _money(value, "amount")


def _estimate(value: Quantity | None) -> Quantity | None:
    return None if value is None else _money(value, "estimate")


def _trips(value: Quantity | Decimal | float | None) -> int | None:
    if value is None:
        return None
    if is_quantity(value):
        quantity = cast("Quantity", value)
        if quantity.dimensionality != ureg.Unit("vehicle_trip").dimensionality:
            raise UnitMismatchError.of("trips", quantity, "a count of vehicle trips")
        to_decimal(quantity.magnitude, "trips")
        number = magnitude_in(quantity, "vehicle_trip")
    else:
        number = to_decimal(value, "trips")
    if number != number.to_integral_value():
        raise InvalidValueError.not_whole("trips", value, "vehicle trips")
    if number < 0:
        raise InvalidValueError.negative("trips", value)
    return int(number)


def _percent(value: object, name: str) -> Figure | None:
    if value is None:
        return None
    figure = read_figure(value) if isinstance(value, str) else value
    if not isinstance(figure, Figure):
        raise InvalidTypeError.of(
            name, "a percent as printed (a Figure or a str such as '14,4%')", value
        )
    if figure.unit != "percent":
        raise InvalidValueError.of(name, figure.text, "must be a percent such as '14,4%'")
    return figure


def _stated_growth(value: Figure | str | None) -> Figure | None:
    figure = _percent(value, "stated_growth")
    if figure is not None and figure.fraction < -1:
        raise InvalidValueError.of(
            "stated_growth",
            figure.text,
            "must not fall below -100%",
            hint="nothing falls by more than 100%",
        )
    return figure


def _stated_attainment(value: Figure | str | None) -> Figure | None:
    figure = _percent(value, "stated_attainment")
    if figure is not None and figure.fraction < 0:
        raise InvalidValueError.negative("stated_attainment", figure.text)
    return figure


def _check_gate(value: object) -> None:
    _gate_code(cast("str | None", value))


def _gate(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    _check_gate(value)
