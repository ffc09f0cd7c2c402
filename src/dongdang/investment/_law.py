"""The disbursement window the Law on Public Investment sets."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final, final

import attrs

from dongdang._messages import message
from dongdang._validators import language as _check_lang
from dongdang.investment._fields import _plan_year

if TYPE_CHECKING:
    from dongdang.periods import Language


_LAWNET_2019: Final = (
    "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/"
    "new-regulations-on-the-disbursement-time-of-public-investment-capital-in-2020-142656.html"
)
_LAWNET_2024: Final = (
    "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/implementation-and-disbursement-"
    "period-of-annual-public-investment-plan-funds-under-the-law-on-public-investment-2024-"
    "in-vietnam-175152.html"
)


@final
@attrs.frozen(kw_only=True)
class StatutoryWindow:
    """How long a year's public-investment plan may be disbursed, by the law that says so.

    Under the Law on Public Investment a year's plan may be disbursed until 31
    January of the following year, and, when extended by decision (*kéo
    dài*), until no later than 31 December of the following year.

    Attributes:
        law: the law's name, such as "Luật Đầu tư công 2019".
        year: the law's year, for the English name.
        number: its number where a source gives it, else None.
        article: the article that sets the window.
        first_plan_year: the first plan year dongdang reads under it (the
            year the law took effect).
        source: where the article was read.
        quote: what the source says.

    >>> from dongdang.investment import statutory_window
    >>> window = statutory_window(2020)
    >>> window.deadline(2020), window.extension_limit(2020)
    (datetime.date(2021, 1, 31), datetime.date(2021, 12, 31))
    >>> window.cite("vi"), statutory_window(2025).cite("en")
    ('Điều 68 Luật Đầu tư công 2019', 'Article 72 of the Law on Public Investment 2024')
    """

    law: str
    year: int
    number: str | None
    article: int
    first_plan_year: int
    source: str
    quote: str

    def deadline(self, plan_year: int) -> dt.date:
        """The last day ``plan_year``'s plan may be disbursed without an extension: 31/1 next."""
        return dt.date(_plan_year(plan_year) + 1, 1, 31)

    def extension_limit(self, plan_year: int) -> dt.date:
        """The latest day an extension by decision may reach: 31/12 of the next year."""
        return dt.date(_plan_year(plan_year) + 1, 12, 31)

    def cite(self, lang: Language = "vi") -> str:
        """The article and the law: "Điều 68 Luật Đầu tư công 2019"."""
        _check_lang(lang)
        return message("investment.law", lang, article=self.article, law=self.law, year=self.year)


#: The laws that set the disbursement window, oldest first.
PUBLIC_INVESTMENT_LAWS: Final = (
    StatutoryWindow(
        law="Luật Đầu tư công 2019",
        year=2019,
        number=None,  # the number is not in the sources read
        article=68,
        first_plan_year=2020,  # in force from 1/1/2020 (cbamekong.org, citing the law)
        source=_LAWNET_2019,
        quote=(
            "The time of implementation and disbursement of public investment capital for the "
            "annual plan is until January 31 of the following year. In force majeure cases, the "
            "Prime Minister ... and the Provincial People's Council ... allow the extension of "
            "implementation time, but no later than December 31 of the following year."
        ),
    ),
    StatutoryWindow(
        law="Luật Đầu tư công 2024",
        year=2024,
        number="58/2024/QH15",
        article=72,
        first_plan_year=2025,  # in force from 1/1/2025 (vietnam.vn, the Ministry's notice)
        source=_LAWNET_2024,
        quote=(
            "The implementation and disbursement period for the annual public investment capital "
            "is until January 31 of the following year. ... allowing the extension of the "
            "implementation and disbursement time ... until but not later than December 31 of the "
            "following year."
        ),
    ),
)


def statutory_window(plan_year: int) -> StatutoryWindow | None:
    """The law that sets the disbursement window of ``plan_year``'s plan, or None before 2020.

    Plans of 2020 to 2024 are read under the 2019 law (Art. 68), plans from
    2025 on under the 2024 law (Art. 72). dongdang does not model the window of
    the 2014 law, so a plan before 2020 has none.
    """
    year = _plan_year(plan_year)
    found = None
    for law in PUBLIC_INVESTMENT_LAWS:
        if law.first_plan_year <= year:
            found = law
    return found
