"""The parts of a pair: its Chinese counterpart, its location and who manages it."""

# ruff: noqa: TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, final

import attrs

from dongdang._messages import day as _written_day
from dongdang._messages import message
from dongdang._validators import language as _check_lang
from dongdang._validators import one_of as _one_of
from dongdang._validators import optional_date as _optional_date
from dongdang._validators import optional_one_of as _optional_one_of
from dongdang._validators import optional_text as _optional_text
from dongdang._validators import optional_texts as _optional_texts
from dongdang._validators import text as _text
from dongdang._validators import texts as _texts
from dongdang.errors import InvalidValueError
from dongdang.legal import LegalReference

if TYPE_CHECKING:
    from dongdang.periods import Language


# -- parts of a pair ------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class Counterpart:
    """The Chinese gate of a pair, as far as the sources name it.

    Attributes:
        vietnamese: its Vietnamese name, such as "Hữu Nghị Quan".
        chinese: its name in Chinese characters, such as "友谊关".
        pinyin: its name in pinyin, such as "Youyi Guan".
        aliases: other spellings met in the sources ("Pò Chải", "Nong Yao").
        location: where it lies, as the sources put it.
    """

    vietnamese: str | None = attrs.field(default=None, converter=_optional_text)
    chinese: str | None = attrs.field(default=None, converter=_optional_text)
    pinyin: str | None = attrs.field(default=None, converter=_optional_text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    location: str | None = attrs.field(default=None, converter=_optional_text)


@final
@attrs.frozen(kw_only=True)
class Location:
    """Where a gate or route lies, with administrative units as before the 2025 reform.

    Attributes:
        district: the huyện, such as "Cao Lộc".
        commune: the xã or thị trấn, such as "thị trấn Đồng Đăng".
        markers: the boundary markers (mốc) of the crossing, such as ("1116", "1117").
        detail: anything more the sources place it by.
    """

    district: str | None = attrs.field(default=None, converter=_optional_text)
    commune: str | None = attrs.field(default=None, converter=_optional_text)
    markers: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_texts)
    detail: str | None = attrs.field(default=None, converter=_optional_text)


@final
@attrs.frozen(kw_only=True)
class Management:
    """The unit that runs a gate, from the decision that set it up.

    A unit that no longer runs the gate is ``ended``; ``end_note`` says what is
    known of its end. The three centres of 2012 were replaced by a single
    Trung tâm Quản lý cửa khẩu on a day the sources do not give, so they are
    ended with an unknown end, never read as current.

    Attributes:
        unit: its name, such as "Trung tâm Quản lý cửa khẩu Chi Ma".
        since: the date it was set up, where known.
        legal: the decision that set it up, where known.
        ended: whether it no longer runs the gate.
        end_note: what is known of its end (required when ended).

    >>> from dongdang.gates import lang_son_gates
    >>> centre = lang_son_gates().pair("chi-ma").managed_by
    >>> centre.current
    False
    >>> centre.describe("en").endswith("; no longer current, end date unknown.")
    True
    """

    unit: str = attrs.field(converter=_text)
    since: dt.date | None = attrs.field(default=None, converter=_optional_date)
    legal: LegalReference | None = attrs.field(
        default=None, validator=_optional_one_of(LegalReference)
    )
    ended: bool = attrs.field(default=False, validator=_one_of(bool))
    end_note: str | None = attrs.field(default=None, converter=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.ended is (self.end_note is None):
            raise InvalidValueError.of(
                "end_note",
                self.end_note,
                f"must be given for an ended unit, and only for one (ended={self.ended!r})",
                where=self.unit,
            )

    @property
    def current(self) -> bool:
        """Whether the unit still runs the gate, as far as the sources say."""
        return not self.ended

    def describe(self, lang: Language = "vi") -> str:
        """The unit, since when, by which decision, and whether it is current."""
        _check_lang(lang)
        text = self.unit
        if self.since is not None:
            text += message("management.since", lang, day=_written_day(self.since, lang))
        if self.legal is not None:
            text += message("management.by", lang, decision=self.legal.cite(lang))
        if self.ended:
            text += message("management.ended", lang)
        return text + "."
