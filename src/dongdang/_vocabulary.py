"""The base of the bilingual vocabularies: members with a code, a Vietnamese and an English name.

A vocabulary is an :class:`enum.Enum` whose members a report names in Vietnamese
(``CapitalSource.STATE_BUDGET`` is "vốn ngân sách nhà nước") and an English
page names in English. :class:`Vocabulary` gives every such enum the same four
things: :attr:`~Vocabulary.code`, :attr:`~Vocabulary.vietnamese`,
:attr:`~Vocabulary.english` and :meth:`~Vocabulary.of`, which reads a member
back from any of them. A subclass says where its names are: in the message
catalogue (:meth:`Vocabulary._catalogue`, the prefix of their message ids), or
its value is the Vietnamese name and :meth:`Vocabulary._english_names` maps
each member to its English one, or it maps both (:meth:`Vocabulary._vietnamese_names`
too) when its value is a code kept in data files and frames.

>>> from dongdang.projects import ProjectStatus
>>> ProjectStatus.of("under construction") is ProjectStatus.of("đang thi công")
True
>>> ProjectStatus.UNDER_CONSTRUCTION.code, ProjectStatus.UNDER_CONSTRUCTION.label("en")
('under-construction', 'under construction')
"""

from __future__ import annotations

import enum
import unicodedata
from typing import TYPE_CHECKING, Any, Self

from dongdang._messages import message
from dongdang._validators import code_of
from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidTypeError, UnknownCodeError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dongdang.periods import Language

__all__ = ["Vocabulary"]


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class Vocabulary(enum.Enum):
    """A bilingual vocabulary; subclasses define the members and where their names are."""

    @classmethod
    def _catalogue(cls) -> str | None:
        """The prefix of the members' message ids ("regime"), or None: the value is Vietnamese."""
        return None

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        """Each member's English name: from the catalogue, unless a subclass maps them."""
        prefix = cls._catalogue()
        return {member: message(f"{prefix}.{member.name.lower()}", "en") for member in cls}

    @classmethod
    def _vietnamese_names(cls) -> Mapping[Any, str]:
        """Each member's Vietnamese name: from the catalogue, else the value."""
        prefix = cls._catalogue()
        if prefix is None:
            return {member: str(member.value) for member in cls}
        return {member: message(f"{prefix}.{member.name.lower()}", "vi") for member in cls}

    @property
    def code(self) -> str:
        """The stable code, the member's name in lower case with '-' for '_'."""
        return code_of(self)

    @property
    def vietnamese(self) -> str:
        """The Vietnamese name, as reports write it."""
        return self._vietnamese_names()[self]

    @property
    def english(self) -> str:
        """The English name."""
        return self._english_names()[self]

    def label(self, lang: Language = "vi") -> str:
        """The name in ``lang``: :attr:`vietnamese` or :attr:`english`."""
        return self.vietnamese if _check_lang(lang) == "vi" else self.english

    @classmethod
    def of(cls, value: Self | str) -> Self:
        """The member ``value`` names: a member, its code, or its Vietnamese or English name.

        Case and spacing do not matter.

        Raises:
            UnknownCodeError: ``value`` names no member; the message lists the codes.
            InvalidTypeError: ``value`` is neither a member nor a str.
        """
        given: object = value
        if isinstance(given, cls):
            return given
        if not isinstance(given, str):
            raise InvalidTypeError(
                f"a {cls.__name__} must be a member or its code, got {value!r} "
                f"of type {type(value).__name__}"
            )
        wanted = _fold(given)
        for member in cls:
            names = (member.code, str(member.value), member.vietnamese, member.english)
            if wanted in {_fold(name) for name in names}:
                return member
        raise UnknownCodeError(cls.__name__, value, [member.code for member in cls])
