"""Legal references: the resolutions, decisions and letters rules come from.

Every dated rule in dongdang (a fee schedule version, a plan, a gate's status)
carries the legal instrument behind it. Vietnamese citations follow one pattern:
kind, "số", number, "ngày", signing date, "của", issuer. The number itself says
the kind and the issuer: in ``01/2019/NQ-HĐND``, 01 is the sequence, 2019 the
year, NQ a resolution (Nghị quyết) and HĐND the Provincial People's Council.

>>> from dongdang.legal import LegalKind, LegalReference
>>> ref = LegalReference.parse("Quyết định số 45/2013/QĐ-TTg ngày 25/7/2013")
>>> ref.kind, ref.issuer, ref.signed
(<LegalKind.DECISION: 'Quyết định'>, 'Thủ tướng Chính phủ', datetime.date(2013, 7, 25))
>>> ref.cite("en")
'Decision 45/2013/QĐ-TTg of 25 July 2013 (Thủ tướng Chính phủ)'
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING, Any, Final, NoReturn, cast, final

import attrs

from dongdang._messages import day, message
from dongdang._validators import language as _check_lang
from dongdang._validators import optional_field_date
from dongdang._vocabulary import Vocabulary
from dongdang.errors import InvalidTypeError, InvalidValueError, ParseError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dongdang.periods import Language

__all__ = ["LegalKind", "LegalReference"]


class LegalKind(Vocabulary):
    """The kind of a legal instrument, by its Vietnamese name."""

    RESOLUTION = "Nghị quyết"
    DECISION = "Quyết định"
    OFFICIAL_LETTER = "Công văn"
    PLAN = "Kế hoạch"
    NOTICE = "Thông báo"
    DIRECTIVE = "Chỉ thị"
    CONCLUSION = "Kết luận"

    @classmethod
    def _what(cls) -> str:
        return "legal kind"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return _ENGLISH


_ENGLISH: Final = {
    LegalKind.RESOLUTION: "Resolution",
    LegalKind.DECISION: "Decision",
    LegalKind.OFFICIAL_LETTER: "Official letter",
    LegalKind.PLAN: "Plan",
    LegalKind.NOTICE: "Notice",
    LegalKind.DIRECTIVE: "Directive",
    LegalKind.CONCLUSION: "Conclusion",
}
# The code in a number that says the kind: "NQ" in 01/2019/NQ-HĐND.
_KIND_CODES: Final = {
    "NQ": LegalKind.RESOLUTION,
    "QĐ": LegalKind.DECISION,
    "KH": LegalKind.PLAN,
    "TB": LegalKind.NOTICE,
    "CT": LegalKind.DIRECTIVE,
    "KL": LegalKind.CONCLUSION,
}
# The code in a number that says the issuer: "TTg" in 1055/QĐ-TTg.
_ISSUERS: Final = {
    "TTg": "Thủ tướng Chính phủ",
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "TW": "Trung ương Đảng",
    "BCĐ": "Ban Chỉ đạo",
}
_KIND_WORDS: Final = {kind.value.lower(): kind for kind in LegalKind} | {
    "qđ": LegalKind.DECISION,
    "nq": LegalKind.RESOLUTION,
    "cv": LegalKind.OFFICIAL_LETTER,
}

_CODE: Final = r"[A-ZĐ][A-Za-zĐđ]*"
# 01/2019/NQ-HĐND, 1055/QĐ-TTg, 7067/BCĐ-CQTT, 2509/VP-KT; the Party's 01-KL/TW.
_NUMBER: Final = re.compile(
    rf"(?P<state>(?P<seq>\d+)(?:/(?P<year>\d{{4}}))?/(?P<codes>{_CODE}(?:-{_CODE})*))"
    rf"|(?P<party>(?P<pseq>\d+)-(?P<pkind>{_CODE})/(?P<pissuer>{_CODE}))"
)
_CITATION: Final = re.compile(
    r"(?:(?P<kind>" + "|".join(sorted(_KIND_WORDS, key=len, reverse=True)) + r")\s+)?"
    r"(?:số\s+)?(?P<number>\S+)"
    r"(?:\s+ngày\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>.+?))?\s*",
    re.IGNORECASE,
)


def _optional_date(value: dt.date | None) -> dt.date | None:
    return optional_field_date(value, "a legal date")


def _kind(_instance: object, _attribute: attrs.Attribute[LegalKind], value: object) -> None:
    if not isinstance(value, LegalKind):
        raise InvalidTypeError.of("kind", "a LegalKind", value)


def _number(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError.of("number", "a str", value)
    number = unicodedata.normalize("NFC", value.strip())
    if _NUMBER.fullmatch(number) is None:
        raise ParseError(
            value,
            0,
            "a legal number looks like '01/2019/NQ-HĐND', '1055/QĐ-TTg' or '01-KL/TW'",
        )
    return number


@final
@attrs.frozen(kw_only=True)
class LegalReference:
    """A legal instrument: number, kind, issuer, and the dates it counts from.

    Attributes:
        number: the number as written, such as ``"01/2019/NQ-HĐND"``.
        kind: resolution, decision, official letter, plan, notice, …
        issuer: who issued it, or None where unknown.
        signed: the signing date, or None where unknown.
        effective: the date it takes effect, or None where unknown.
        repealed: the date it stops being in force, or None.
        replaced_by: the number of the instrument that replaces it, or None.
        url: where its text or a report of it was read.
        summary: one line saying what it does.

    Unknown dates stay None: dongdang does not guess them.

    >>> LegalReference(
    ...     number="09/2025/NQ-HĐND",
    ...     kind=LegalKind.RESOLUTION,
    ...     signed=dt.date(2025, 6, 1),
    ...     effective=dt.date(2025, 5, 8),
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: 09/2025/NQ-HĐND: effective must not be earlier than ...
    """

    number: str = attrs.field(converter=_number)
    kind: LegalKind = attrs.field(validator=_kind)
    issuer: str | None = None
    signed: dt.date | None = attrs.field(default=None, converter=_optional_date)
    effective: dt.date | None = attrs.field(default=None, converter=_optional_date)
    repealed: dt.date | None = attrs.field(default=None, converter=_optional_date)
    replaced_by: str | None = None
    url: str | None = None
    summary: str | None = None

    def __attrs_post_init__(self) -> None:
        order = [
            ("signed", self.signed),
            ("effective", self.effective),
            ("repealed", self.repealed),
        ]
        known = [(name, day) for name, day in order if day is not None]
        for (first, early), (second, late) in itertools.pairwise(known):
            if late < early:
                raise InvalidValueError.earlier_than(second, late, first, early, where=self.number)
        number = _NUMBER.fullmatch(self.number)
        from_code = None if number is None else _kind_of(number)
        if from_code is not None and from_code is not self.kind:
            raise InvalidValueError.of(
                "number",
                self.number,
                f"must be the number of the kind {self.kind.english}, not of a {from_code.english}",
            )
        year = self.year
        if year is not None and self.signed is not None and self.signed.year != year:
            raise InvalidValueError.of(
                "signed", self.signed, f"must fall in {year}, the year in the number {self.number}"
            )

    @property
    def year(self) -> int | None:
        """The year written in the number (2019 in ``01/2019/NQ-HĐND``), if any."""
        match = _NUMBER.fullmatch(self.number)
        year = match.group("year") if match is not None else None
        return int(year) if year is not None else None

    @classmethod
    def parse(cls, text: str) -> LegalReference:
        """Read a citation as reports write it.

        Accepted: "Quyết định số 45/2013/QĐ-TTg ngày 25/7/2013",
        "Nghị quyết số 01/2019/NQ-HĐND ngày 12/7/2019 của HĐND tỉnh",
        "Công văn số 7067/BCĐ-CQTT ngày 09/8/2013", "QĐ 1009/QĐ-TTg",
        "Kết luận số 01-KL/TW, ngày 18/5/2021", or a bare number. The kind comes
        from the word in front or from the number; where both are given they
        must agree.

        Raises:
            ParseError: the text is not a citation, its number is malformed,
                its date impossible, or its kind word contradicts its number.

        >>> LegalReference.parse("01/2019/NQ-HĐND").kind
        <LegalKind.RESOLUTION: 'Nghị quyết'>
        >>> LegalReference.parse("Quyết định số 01/2019/NQ-HĐND")
        Traceback (most recent call last):
        ...
        dongdang.errors.ParseError: cannot read 'Quyết định số 01/2019/NQ-HĐND' at position 14: ...
        """
        return _parse(text)

    def cite(self, lang: str = "vi") -> str:
        """The citation as a report writes it, in Vietnamese or English.

        >>> LegalReference.parse("Nghị quyết số 01/2019/NQ-HĐND ngày 12/7/2019").cite()
        'Nghị quyết số 01/2019/NQ-HĐND ngày 12/07/2019 của Hội đồng nhân dân'
        """
        _check_lang(lang)
        language = cast("Language", lang)
        kind = self.kind.value if language == "vi" else self.kind.english
        text = message("legal.cite", language, kind=kind, number=self.number)
        if self.signed is not None:
            text += message("legal.cite.signed", language, day=day(self.signed, language))
        if self.issuer:
            text += message("legal.cite.issuer", language, issuer=self.issuer)
        return text

    def __str__(self) -> str:
        return self.cite()


def _fail(text: str, position: int, reason: str) -> NoReturn:
    raise ParseError(text, position, reason)


def _parse(text: object) -> LegalReference:
    if not isinstance(text, str):
        raise InvalidTypeError.of("a citation", "a str", text)
    source = unicodedata.normalize("NFC", text)
    spaced = source.replace(",", " ")
    cleaned = spaced.strip()
    if not cleaned:
        _fail(source, 0, "the text is empty; expected a citation such as '1055/QĐ-TTg'")
    match = _CITATION.fullmatch(cleaned)
    if match is None:
        _fail(source, 0, "expected a citation: kind, 'số', number, 'ngày' date, 'của' issuer")
    offset = len(spaced) - len(spaced.lstrip())
    number_at = offset + match.start("number")
    number = _NUMBER.fullmatch(match.group("number"))
    if number is None:
        _fail(
            source,
            number_at,
            f"{match.group('number')!r} is not a legal number such as '01/2019/NQ-HĐND'",
        )
    from_code = _kind_of(number)
    word = match.group("kind")
    kind = _KIND_WORDS[word.lower()] if word else from_code or LegalKind.OFFICIAL_LETTER
    if from_code is not None and kind is not from_code:
        _fail(
            source,
            number_at,
            f"the kind {kind.english} cannot carry the number of a {from_code.english}",
        )
    signed = None
    if match.group("year") is not None:
        try:
            signed = dt.date(
                int(match.group("year")), int(match.group("month")), int(match.group("day"))
            )
        except ValueError:
            _fail(source, offset + match.start("day"), "the signing date is not a date")
    issuer = match.group("issuer") or _issuer_of(number)
    try:
        return LegalReference(number=number.group(0), kind=kind, issuer=issuer, signed=signed)
    except InvalidValueError as error:
        _fail(source, number_at, str(error))


def _kind_of(number: re.Match[str]) -> LegalKind | None:
    code = number.group("pkind") or number.group("codes").split("-")[0]
    return _KIND_CODES.get(code)


def _issuer_of(number: re.Match[str]) -> str | None:
    # After a kind code the issuer comes last (QĐ-TTg); a letter starts with it (TTg-CN).
    if number.group("pissuer"):
        return _ISSUERS.get(number.group("pissuer"))
    codes = number.group("codes").split("-")
    return _ISSUERS.get(codes[-1] if codes[0] in _KIND_CODES else codes[0])
