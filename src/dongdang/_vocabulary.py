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

Three more hooks cover what some vocabularies need: :meth:`Vocabulary._what`
words the vocabulary in messages ("fee line" rather than ``FeeLine``),
:meth:`Vocabulary._aliases` gives the other words a report may use for a member
("XK" for exports), and :meth:`Vocabulary.from_code` reads a member from its
code alone, for data files that must write codes. A subclass whose values are
its codes (``"20ft"``, ``"yard_only"``) overrides :attr:`~Vocabulary.code` to
return the value.

Names are compared folded: case, spacing, the dashes "–", "—" and "_" against
"-", and the two placements of the tone mark in "oa", "oe" and "uy" ("hoá" and
"hóa") do not matter.

>>> from dongdang.projects import ProjectStatus
>>> ProjectStatus.of("under construction") is ProjectStatus.of("đang thi công")
True
>>> ProjectStatus.UNDER_CONSTRUCTION.code, ProjectStatus.UNDER_CONSTRUCTION.label("en")
('under-construction', 'under construction')
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Any, Final, Self, cast

from dongdang._messages import message
from dongdang._validators import code_of
from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidTypeError, UnknownCodeError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from dongdang.periods import Language

__all__ = ["Vocabulary"]


#: The tone marks, decomposed: grave, acute, tilde, hook above, dot below.
_TONES: Final = "\u0300\u0301\u0303\u0309\u0323"
#: A tone mark on the second vowel of "oa", "oe" or "uy" ("hoá"): moved to the first ("hóa").
_NEW_STYLE_TONE: Final = re.compile(f"([ou])([aey])([{_TONES}])")
_DASHES: Final = str.maketrans({"–": " ", "—": " ", "_": " ", "-": " "})


def fold(text: str) -> str:
    """``text`` as names are compared: case, spacing, dashes and tone placement folded.

    >>> fold("  Phí  đối với hàng HOÁ_sang–tải ") == fold("phí đối với hàng hóa-sang-tải")
    True
    """
    decomposed = unicodedata.normalize("NFD", text).casefold().translate(_DASHES)
    placed = _NEW_STYLE_TONE.sub(r"\1\3\2", decomposed)
    return " ".join(unicodedata.normalize("NFC", placed).split())


@functools.cache
def _lookup(kind: type[Vocabulary]) -> Mapping[str, Vocabulary]:
    """Every name of every member of ``kind``, folded, to its member (the first member wins)."""
    names: dict[str, Vocabulary] = {}
    aliases = kind._aliases()  # noqa: SLF001 - the base reads its own hook
    for member in kind:
        words = (member.code, str(member.value), member.vietnamese, member.english)
        for word in (*words, *aliases.get(member, ())):
            names.setdefault(fold(word), member)
    return names


class Vocabulary(enum.Enum):
    """A bilingual vocabulary; subclasses define the members and where their names are."""

    @classmethod
    def _what(cls) -> str:
        """What a member is called in messages: the class's name, unless a subclass says."""
        return cls.__name__

    @classmethod
    def _aliases(cls) -> Mapping[Any, Iterable[str]]:
        """Other words :meth:`of` reads as each member, beyond its code and names: none."""
        return {}

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
        """The member ``value`` names: a member, its code, its Vietnamese or English name.

        Also one of the member's aliases. Case, spacing, dashes and the placement of
        the tone mark do not matter.

        Raises:
            UnknownCodeError: ``value`` names no member; the message lists the codes
                and the Vietnamese names.
            InvalidTypeError: ``value`` is neither a member nor a str.
        """
        given: object = value
        if isinstance(given, cls):
            return given
        if not isinstance(given, str):
            expected = f"a {cls.__name__} or a str naming one"
            raise InvalidTypeError.of_type(cls._what(), expected, value)
        found = _lookup(cls).get(fold(given))
        if found is None:
            names = ", ".join(repr(member.vietnamese) for member in cls)
            raise UnknownCodeError(
                cls._what(),
                value,
                [member.code for member in cls],
                also=f"or a Vietnamese name ({names}) or an English one",
            )
        return cast("Self", found)

    @classmethod
    def from_code(cls, code: Self | str) -> Self:
        """The member whose :attr:`code` is ``code`` exactly, or ``code`` if it is a member.

        For data files and columns, which write codes: names are not read.

        Raises:
            UnknownCodeError: ``code`` is the code of no member; the message lists the codes.
        """
        given: object = code
        if isinstance(given, cls):
            return given
        for member in cls:
            if member.code == given:
                return member
        raise UnknownCodeError(cls._what(), code, [member.code for member in cls])
