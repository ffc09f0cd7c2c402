"""The bilingual vocabularies share one base: a code, two names, and `of` reading any of them.

The properties hold for every subclass of :class:`Vocabulary` the package defines,
found by importing every module: a new vocabulary is checked without being listed.
"""

from __future__ import annotations

import importlib
import pickle
import pkgutil
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dongdang
from dongdang._vocabulary import Vocabulary, fold
from dongdang.errors import InvalidTypeError, UnknownCodeError
from dongdang.fees import ContainerSize, FeeLine
from dongdang.trade import Direction, Measure


def _subclasses(kind: type[Vocabulary]) -> list[type[Vocabulary]]:
    found: list[type[Vocabulary]] = []
    for sub in kind.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def _all_vocabularies() -> tuple[type[Vocabulary], ...]:
    for info in pkgutil.walk_packages(dongdang.__path__, f"{dongdang.__name__}."):
        if info.name != "dongdang.__main__":
            importlib.import_module(info.name)
    return tuple(sorted(_subclasses(Vocabulary), key=lambda kind: kind.__qualname__))


VOCABULARIES = _all_vocabularies()
MEMBERS = [member for kind in VOCABULARIES for member in kind]
members = st.sampled_from(MEMBERS)

#: Every enum named in issue 16 as carrying Vietnamese or English words.
BILINGUAL = {
    "CapitalMeasure",
    "CapitalSource",
    "ContainerSize",
    "Direction",
    "FeeLine",
    "GateCategory",
    "GoodsRegime",
    "Granularity",
    "Journey",
    "LegalKind",
    "Measure",
    "MilestoneKind",
    "Mode",
    "PlanLevel",
    "PlanStage",
    "ProjectStatus",
    "Severity",
    "TaskMeasure",
    "TaskRatioBase",
    "TaskSource",
    "TaskState",
    "Valuation",
}


def _names(member: Vocabulary) -> list[str]:
    aliases = type(member)._aliases().get(member, ())
    return [member.code, str(member.value), member.vietnamese, member.english, *aliases]


def _respell(text: str, draw: st.DrawFn) -> str:
    """``text`` as a user may type it: other case, other spaces, the tone on the other vowel."""
    decomposed = unicodedata.normalize("NFD", text)
    # "hóa" -> "hoá" (the fold moves it back), and "_" for "-".
    moved = re.sub("([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])", r"\1\3\2", decomposed)
    text = unicodedata.normalize("NFC", moved).replace("-", draw(st.sampled_from(["-", "_", "–"])))
    case = draw(st.sampled_from([str.upper, str.lower, str.title, str]))
    space = draw(st.sampled_from([" ", "  ", "\u00a0", "\t"]))
    return space + case(text).replace(" ", space) + draw(st.sampled_from(["", " ", "\n"]))


def test_the_walk_finds_every_bilingual_vocabulary() -> None:
    # A walk that found nothing would let every property below pass vacuously.
    assert {kind.__name__ for kind in VOCABULARIES} >= BILINGUAL


@given(member=members, data=st.data())
def test_a_member_is_read_back_from_its_code_either_name_and_its_aliases(
    member: Vocabulary, data: st.DataObject
) -> None:
    kind = type(member)
    assert kind.of(member) is member
    for name in _names(member):
        assert kind.of(name) is member, name
        assert kind.of(_respell(name, data.draw)) is member
    assert kind.from_code(member.code) is member
    assert kind.from_code(member) is member
    assert member.label("vi") == member.vietnamese
    assert member.label("en") == member.english
    assert member.vietnamese.strip()
    assert member.english.strip()


@pytest.mark.parametrize("kind", VOCABULARIES, ids=lambda kind: kind.__name__)
def test_no_two_members_share_a_name(kind: type[Vocabulary]) -> None:
    # The lookup keeps the first member of a name: a name two members share would read
    # as the first of them. Codes and English names must differ as they are written too.
    owners: dict[str, Vocabulary] = {}
    for member in kind:
        for name in _names(member):
            assert owners.setdefault(fold(name), member) is member, (name, member)
    for names in ([m.code for m in kind], [m.english.casefold() for m in kind]):
        assert len(set(names)) == len(names)


words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=20
) | st.sampled_from(["không có", "phí bến bãi", "tntx", "45ft", "week", ""])


@given(kind=st.sampled_from(VOCABULARIES), word=words)
def test_an_unknown_word_is_refused_naming_it_the_vocabulary_and_the_codes(
    kind: type[Vocabulary], word: str
) -> None:
    folded = fold(word)
    if any(folded == fold(name) for member in kind for name in _names(member)):
        assert kind.of(word) in kind
        return
    with pytest.raises(UnknownCodeError) as caught:
        kind.of(word)
    error = caught.value
    assert str(error).startswith(f"unknown {kind._what()} {word!r}")
    assert error.value == word
    assert error.accepted == tuple(member.code for member in kind)
    for member in kind:
        assert repr(member.vietnamese) in str(error)
    if word not in {member.code for member in kind}:
        with pytest.raises(UnknownCodeError, match=re.escape(repr(word))):
            kind.from_code(word)


@given(kind=st.sampled_from(VOCABULARIES), value=st.none() | st.integers() | st.floats())
def test_a_value_of_another_type_is_refused_naming_it(
    kind: type[Vocabulary], value: object
) -> None:
    with pytest.raises(InvalidTypeError) as caught:
        kind.of(value)  # type: ignore[arg-type]
    shown = "got None" if value is None else f"got {value!r} of type {type(value).__name__}"
    assert str(caught.value).endswith(shown)
    assert caught.value.value is value
    with pytest.raises(UnknownCodeError):
        kind.from_code(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", VOCABULARIES, ids=lambda kind: kind.__name__)
def test_a_label_in_another_language_is_refused(kind: type[Vocabulary]) -> None:
    with pytest.raises(ValueError, match="lang must be 'vi' or 'en', got 'fr'"):
        next(iter(kind)).label("fr")  # type: ignore[arg-type]


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_a_member_keeps_its_value_and_pickles_to_itself(member: Vocabulary) -> None:
    # Data files and frames hold the values ("re_export", "customs"): the base changes none.
    assert type(member)(member.value) is member
    assert pickle.loads(pickle.dumps(member)) is member  # noqa: S301 - our own bytes


def test_the_moved_vocabularies_keep_their_data_values() -> None:
    assert [member.value for member in Direction] == [
        "export",
        "import",
        "temporary_import",
        "re_export",
        "transit",
    ]
    assert [member.value for member in Measure] == ["province", "customs", "unverified"]
    assert [member.value for member in ContainerSize] == ["20ft", "40ft"]
    assert [member.value for member in FeeLine] == [
        "phí ra vào cửa khẩu",
        "phí sang tải",
        "tổng số phí thu",
    ]
    assert Direction.of("tạm nhập") is Direction.TEMPORARY_IMPORT
    assert Measure.of("goods declared at Lạng Sơn Customs") is Measure.CUSTOMS


def test_codes_from_values_stay_the_values() -> None:
    # The rate tables and customs data write these values: from_code reads them, not names.
    assert ContainerSize.from_code("40ft") is ContainerSize.FT40
    with pytest.raises(UnknownCodeError, match="unknown container size 'xe chở container"):
        ContainerSize.from_code("xe chở container 40 feet")


@pytest.mark.parametrize(
    ("text", "same"),
    [
        ("hoá", "hóa"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("Entry–Exit", "entry-exit"),
        ("re_export", "re-export"),
        ("  Phí\u00a0sang   tải ", "phí sang tải"),
    ],
)
def test_the_fold_ignores_tone_placement_dashes_case_and_spacing(text: str, same: str) -> None:
    assert fold(text) == fold(same)


def test_the_fold_keeps_different_words_apart() -> None:
    assert fold("hòa") != fold("hoa")
    assert fold("xuất") != fold("nhập")
    assert fold("a b") != fold("ab")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("xuất_khẩu", "export"),
        ("nhập_khẩu", "import"),
        ("tạm_nhập", "temporary_import"),
        ("tái_xuất", "re_export"),
        ("quá_cảnh", "transit"),
        ("re export", "re_export"),
        ("temporary_import_for_re-export", "temporary_import"),
    ],
)
def test_underscores_hyphens_and_spaces_read_alike(text: str, code: str) -> None:
    from dongdang.trade import Direction  # noqa: PLC0415

    assert Direction.parse(text) is Direction(code)
