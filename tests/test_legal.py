"""Legal references: the citation round trip, the seeds' citations, and what is refused."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang.errors import DongDangError, InvalidTypeError, InvalidValueError, ParseError
from dongdang.legal import LegalKind, LegalReference
from strategies import KIND_OF_CODE, references

if TYPE_CHECKING:
    from collections.abc import Callable

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# -- an independent model of the numbering ----------------------------------------------

#: The issuer a code says, where the code names one.
ISSUER_OF_CODE = {
    "TTg": "Thủ tướng Chính phủ",
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "TW": "Trung ương Đảng",
    "BCĐ": "Ban Chỉ đạo",
}


def implied_issuer(number: str) -> str | None:
    """The issuer the number names: last after a kind code, first in a letter's number."""
    if "-" in number and "/" in number.split("-", 1)[1]:  # the Party's 01-KL/TW
        return ISSUER_OF_CODE.get(number.rsplit("/", 1)[1])
    codes = number.rsplit("/", 1)[1].split("-")
    return ISSUER_OF_CODE.get(codes[-1] if codes[0] in KIND_OF_CODE else codes[0])


# -- properties ------------------------------------------------------------------------


@given(references())
def test_a_vietnamese_citation_reads_back_as_the_reference(ref: LegalReference) -> None:
    back = LegalReference.parse(ref.cite("vi"))
    assert back.number == ref.number
    assert back.kind is ref.kind
    assert back.signed == ref.signed
    assert back.issuer == (ref.issuer or implied_issuer(ref.number))


@given(
    references(),
    st.sampled_from([str.upper, str.lower, str.title, lambda text: text]),
    st.sampled_from(["NFC", "NFD"]),
    st.sampled_from([" ", "  ", "\t", " \u00a0"]),
)
def test_case_normal_form_and_spacing_do_not_change_the_reading(
    ref: LegalReference,
    case: Callable[[str], str],
    form: Literal["NFC", "NFD"],
    space: str,
) -> None:
    # Only the kind word and "số" change case: the number is case-sensitive (QĐ, TTg).
    word, rest = ref.cite("vi").split(" số ", 1)
    text = unicodedata.normalize(form, f"{space}{case(word)}{space}số{space}{rest}{space}")
    back = LegalReference.parse(text)
    assert (back.number, back.kind, back.signed) == (ref.number, ref.kind, ref.signed)


@given(references())
def test_the_bare_number_gives_the_kind_it_carries(ref: LegalReference) -> None:
    back = LegalReference.parse(ref.number)
    carried = KIND_OF_CODE.get(ref.number.replace("-", "/").split("/")[-2])
    assert back.kind is (carried or LegalKind.OFFICIAL_LETTER)
    assert back.issuer == implied_issuer(ref.number)
    assert back.signed is None


@given(references())
def test_the_english_citation_names_the_kind_number_and_date(ref: LegalReference) -> None:
    text = ref.cite("en")
    assert text.startswith(f"{ref.kind.english} {ref.number}")
    if ref.signed is not None:
        assert f" of {ref.signed.day} {ref.signed:%B %Y}" in text
        assert f" ngày {ref.signed:%d/%m/%Y}" in ref.cite("vi")  # as official documents write it
    assert str(ref) == ref.cite("vi")


@given(references(), st.sampled_from(list(LegalKind)))
def test_a_kind_word_contradicting_the_number_is_refused(
    ref: LegalReference, word: LegalKind
) -> None:
    carried = KIND_OF_CODE.get(ref.number.replace("-", "/").split("/")[-2])
    text = f"{word.value} số {ref.number}"
    if carried is None or carried is word:
        assert LegalReference.parse(text).kind is word
    else:
        with pytest.raises(ParseError) as caught:
            LegalReference.parse(text)
        assert caught.value.position == len(f"{word.value} số ")
        with pytest.raises(InvalidValueError, match=ref.number):
            LegalReference(number=ref.number, kind=word)


# -- worked examples from the seeds and the domain notes ----------------------------------

EXAMPLES = [
    # seed 001
    (
        "001",
        "Quyết định 45/2013/QĐ-TTg ngày 25/7/2013",
        "45/2013/QĐ-TTg",
        LegalKind.DECISION,
        dt.date(2013, 7, 25),
        "Thủ tướng Chính phủ",
    ),
    (
        "001",
        "Công văn số 7067/BCĐ-CQTT ngày 09/8/2013",
        "7067/BCĐ-CQTT",
        LegalKind.OFFICIAL_LETTER,
        dt.date(2013, 8, 9),
        "Ban Chỉ đạo",
    ),
    ("001", "480/QĐ-UBND", "480/QĐ-UBND", LegalKind.DECISION, None, "Ủy ban nhân dân"),
    ("001", "482/QĐ-UBND", "482/QĐ-UBND", LegalKind.DECISION, None, "Ủy ban nhân dân"),
    # seed 002
    (
        "002",
        "Nghị quyết số 01/2019/NQ-HĐND ngày 12/7/2019 của HĐND tỉnh",
        "01/2019/NQ-HĐND",
        LegalKind.RESOLUTION,
        dt.date(2019, 7, 12),
        "HĐND tỉnh",
    ),
    (
        "002",
        "Kết luận số 01-KL/TW, ngày 18/5/2021",
        "01-KL/TW",
        LegalKind.CONCLUSION,
        dt.date(2021, 5, 18),
        "Trung ương Đảng",
    ),
    (
        "002",
        "Nghị quyết số 35-NQ/TW, ngày 28/10/2018 của Bộ Chính trị",
        "35-NQ/TW",
        LegalKind.RESOLUTION,
        dt.date(2018, 10, 28),
        "Bộ Chính trị",
    ),
    ("002", "Chỉ thị số 05-CT/TW", "05-CT/TW", LegalKind.DIRECTIVE, None, "Trung ương Đảng"),
    # seed 003
    (
        "003",
        "Quyết định số 1055/QĐ-TTg ngày 08/7/2010",
        "1055/QĐ-TTg",
        LegalKind.DECISION,
        dt.date(2010, 7, 8),
        "Thủ tướng Chính phủ",
    ),
    (
        "003",
        "Kế hoạch 250/KH-UBND ngày 30/12/2021",
        "250/KH-UBND",
        LegalKind.PLAN,
        dt.date(2021, 12, 30),
        "Ủy ban nhân dân",
    ),
    # the domain notes
    ("", "QĐ 1009/QĐ-TTg", "1009/QĐ-TTg", LegalKind.DECISION, None, "Thủ tướng Chính phủ"),
    (
        "",
        "Quyết định số 1199/QĐ-TTg ngày 14/10/2023",
        "1199/QĐ-TTg",
        LegalKind.DECISION,
        dt.date(2023, 10, 14),
        "Thủ tướng Chính phủ",
    ),
    (
        "",
        "Công văn 1804/TTg-CN ngày 18/12/2020",
        "1804/TTg-CN",
        LegalKind.OFFICIAL_LETTER,
        dt.date(2020, 12, 18),
        "Thủ tướng Chính phủ",
    ),
    ("", "Công văn 2509/VP-KT", "2509/VP-KT", LegalKind.OFFICIAL_LETTER, None, None),
    ("", "CV 2509/VP-KT", "2509/VP-KT", LegalKind.OFFICIAL_LETTER, None, None),
    ("", "NQ 09/2025/NQ-HĐND", "09/2025/NQ-HĐND", LegalKind.RESOLUTION, None, "Hội đồng nhân dân"),
    (
        "",
        "Quyết định số 24/2019/QĐ-UBND ngày 31/12/2019 của UBND tỉnh Lạng Sơn",
        "24/2019/QĐ-UBND",
        LegalKind.DECISION,
        dt.date(2019, 12, 31),
        "UBND tỉnh Lạng Sơn",
    ),
    ("", "Thông báo 12/TB-UBND", "12/TB-UBND", LegalKind.NOTICE, None, "Ủy ban nhân dân"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[example[1] for example in EXAMPLES])
def test_worked_examples(
    example: tuple[str, str, str, LegalKind, dt.date | None, str | None],
) -> None:
    seed, text, number, kind, signed, issuer = example
    ref = LegalReference.parse(text)
    assert (ref.number, ref.kind, ref.signed, ref.issuer) == (number, kind, signed, issuer)
    assert LegalReference.parse(ref.cite()) == ref
    if seed:
        matches = sorted(SEEDS.glob(f"{seed}_*.txt"))
        if not matches:
            pytest.skip(f"seed {seed} is not available at {SEEDS}")
        assert number in matches[0].read_text(encoding="utf-8")


def test_the_seed_citations_are_quoted_as_written() -> None:
    quoted = {
        "001": [
            "Quyết định 45/2013/QĐ-TTg ngày 25/7/2013",
            "Công văn số 7067/BCĐ-CQTT ngày 09/8/2013",
        ],
        "002": [
            "Nghị quyết số 01/2019/NQ-HĐND ngày 12/7/2019 của HĐND tỉnh",
            "Kết luận số 01-KL/TW, ngày 18/5/2021",
        ],
        "003": ["Quyết định số 1055/QĐ-TTg ngày 08/7/2010", "Kế hoạch 250/KH-UBND ngày 30/12/2021"],
    }
    for seed, texts in quoted.items():
        matches = sorted(SEEDS.glob(f"{seed}_*.txt"))
        if not matches:
            pytest.skip(f"seed {seed} is not available at {SEEDS}")
        article = matches[0].read_text(encoding="utf-8")
        for text in texts:
            assert text in article
            assert isinstance(LegalReference.parse(text), LegalReference)


def test_the_three_centres_of_2012_read_alike() -> None:
    # "các Quyết định số 480/QĐ-UBND; 481/QĐ-UBND; 482/QĐ-UBND" (seed 001), dated 01/5/2012.
    refs = [
        LegalReference.parse(f"Quyết định số {n}/QĐ-UBND ngày 01/5/2012 của UBND tỉnh Lạng Sơn")
        for n in (480, 481, 482)
    ]
    assert {ref.signed for ref in refs} == {dt.date(2012, 5, 1)}
    assert [ref.number for ref in refs] == ["480/QĐ-UBND", "481/QĐ-UBND", "482/QĐ-UBND"]
    assert refs[0].year is None
    assert refs[0].cite("en") == "Decision 480/QĐ-UBND of 1 May 2012 (UBND tỉnh Lạng Sơn)"


def test_the_conflicting_date_of_decision_138_is_refused() -> None:
    # The domain notes: ddtrans.co dates QĐ 138/2008/QĐ-TTg "ngày 14/10/2009" (CONFLICT).
    text = "Quyết định số 138/2008/QĐ-TTg ngày 14/10/2009"
    with pytest.raises(ParseError) as caught:
        LegalReference.parse(text)
    assert caught.value.position == text.index("138/")
    assert "2008" in caught.value.reason
    assert "2009-10-14" in caught.value.reason
    assert LegalReference.parse("Quyết định số 138/2008/QĐ-TTg ngày 14/10/2008").year == 2008


def test_a_reference_carries_its_dates_in_order() -> None:
    ref = LegalReference(
        number="01/2019/NQ-HĐND",
        kind=LegalKind.RESOLUTION,
        issuer="HĐND tỉnh Lạng Sơn",
        signed=dt.date(2019, 7, 12),
        effective=dt.date(2019, 7, 22),
        repealed=dt.date(2025, 5, 8),
        replaced_by="09/2025/NQ-HĐND",
        url="https://example.invalid/01-2019",
        summary="phí sử dụng công trình kết cấu hạ tầng … trong khu vực cửa khẩu",
    )
    assert ref.year == 2019
    assert ref.replaced_by == "09/2025/NQ-HĐND"
    same_day = LegalReference(
        number="1/QĐ-TTg",
        kind=LegalKind.DECISION,
        signed=dt.date(2020, 1, 1),
        effective=dt.date(2020, 1, 1),
        repealed=dt.date(2020, 1, 1),
    )
    assert same_day.effective == same_day.repealed
    # Dates known only in part are checked in the order that is known.
    assert (
        LegalReference(
            number="1/QĐ-TTg",
            kind=LegalKind.DECISION,
            signed=dt.date(2020, 1, 1),
            repealed=dt.date(2021, 1, 1),
        ).effective
        is None
    )


def test_every_kind_has_an_english_name() -> None:
    assert [kind.english for kind in LegalKind] == [
        "Resolution",
        "Decision",
        "Official letter",
        "Plan",
        "Notice",
        "Directive",
        "Conclusion",
    ]


def test_the_position_of_an_error_counts_from_the_text_as_given() -> None:
    # A leading comma counts as a character: the position points at the bad number.
    for text in [", 10a5", "  10a5", ",\t10a5"]:
        with pytest.raises(ParseError) as caught:
            LegalReference.parse(text)
        assert text[caught.value.position :] == "10a5"
    decomposed = unicodedata.normalize("NFD", "Quyết định số 1055/QĐ-TTg ngày 31/2/2010")
    with pytest.raises(ParseError) as caught:
        LegalReference.parse(decomposed)
    assert caught.value.text[caught.value.position :] == "31/2/2010"


def test_errors_pickle_and_belong_to_the_hierarchy() -> None:
    import pickle  # noqa: PLC0415

    with pytest.raises(ParseError) as caught:
        LegalReference.parse("Quyết định số 01/2019/NQ-HĐND")
    again = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 - our own error
    assert (again.text, again.position, again.reason) == (
        caught.value.text,
        caught.value.position,
        caught.value.reason,
    )
    assert isinstance(caught.value, DongDangError)


# -- what is refused --------------------------------------------------------------------


def _make(**fields: Any) -> Callable[[], object]:
    defaults: dict[str, Any] = {"number": "1055/QĐ-TTg", "kind": LegalKind.DECISION}
    return lambda: LegalReference(**(defaults | fields))


def _parse(text: object) -> Callable[[], object]:
    return lambda: LegalReference.parse(text)  # type: ignore[arg-type]


BAD_INPUTS: list[tuple[str, Callable[[], object], type[Exception], str]] = [
    ("number not a str", _make(number=1055), InvalidTypeError, "1055"),
    ("number malformed", _make(number="1055-QĐ-TTg"), ParseError, "1055-QĐ-TTg"),
    ("number lower case", _make(number="1055/qđ-ttg"), ParseError, "1055/qđ-ttg"),
    ("number empty", _make(number="  "), ParseError, "'  '"),
    ("kind not a LegalKind", _make(kind="Quyết định"), InvalidTypeError, "Quyết định"),
    (
        "kind contradicts the number",
        _make(number="01/2019/NQ-HĐND", kind=LegalKind.DECISION),
        InvalidValueError,
        (
            "number must be the number of the kind Decision, not of a Resolution, "
            "got '01/2019/NQ-HĐND'"
        ),
    ),
    (
        "signed a datetime",
        _make(signed=dt.datetime(2010, 7, 8, tzinfo=dt.UTC)),
        InvalidTypeError,
        "got 2010-07-08 00:00:00+00:00 of type datetime",
    ),
    ("effective a string", _make(effective="2010-07-08"), InvalidTypeError, "'2010-07-08'"),
    (
        "effective before signed",
        _make(signed=dt.date(2025, 6, 1), effective=dt.date(2025, 5, 8)),
        InvalidValueError,
        "effective must not be earlier than signed (2025-06-01), got 2025-05-08",
    ),
    (
        "repealed before effective",
        _make(effective=dt.date(2019, 7, 22), repealed=dt.date(2019, 7, 1)),
        InvalidValueError,
        "repealed must not be earlier than effective (2019-07-22), got 2019-07-01",
    ),
    (
        "year of the number against the signing date",
        _make(number="138/2008/QĐ-TTg", signed=dt.date(2009, 10, 14)),
        InvalidValueError,
        "signed must fall in 2008, the year in the number 138/2008/QĐ-TTg, got 2009-10-14",
    ),
    (
        "cite in French",
        lambda: LegalReference.parse("1055/QĐ-TTg").cite("fr"),
        InvalidValueError,
        "'fr'",
    ),
    ("parse a number, not text", _parse(1055), InvalidTypeError, "1055"),
    ("parse empty text", _parse(" , "), ParseError, "' , '"),
    ("parse words, not a citation", _parse("hello world"), ParseError, "'hello world'"),
    ("parse a kind word alone", _parse("Quyết định số"), ParseError, "'số' is not a legal number"),
    (
        "parse a number without its codes",
        _parse("Quyết định số 45/2013"),
        ParseError,
        "'45/2013' is not a legal number",
    ),
    (
        "parse an impossible date",
        _parse("Quyết định số 1055/QĐ-TTg ngày 31/2/2010"),
        ParseError,
        "the signing date is not a date",
    ),
    (
        "parse a kind word contradicting the number",
        _parse("Quyết định số 01/2019/NQ-HĐND"),
        ParseError,
        "the kind Decision cannot carry the number of a Resolution",
    ),
    (
        "parse the conflicting date of QĐ 138",
        _parse("Quyết định số 138/2008/QĐ-TTg ngày 14/10/2009"),
        ParseError,
        "signed must fall in 2008, the year in the number 138/2008/QĐ-TTg",
    ),
    (
        "parse a date in the wrong place",
        _parse("ngày 25/7/2013 Quyết định 45/2013/QĐ-TTg"),
        ParseError,
        "'ngày 25/7/2013 Quyết định 45/2013/QĐ-TTg'",
    ),
]


@pytest.mark.parametrize(
    ("call", "error", "named"), [row[1:] for row in BAD_INPUTS], ids=[row[0] for row in BAD_INPUTS]
)
def test_bad_inputs_are_refused_naming_the_input(
    call: Callable[[], object], error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert named in str(caught.value)
    assert isinstance(caught.value, DongDangError)
