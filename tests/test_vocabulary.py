"""The bilingual vocabularies share one base: a code, two names, and `of` reading any of them."""

from __future__ import annotations

import pickle

import pytest

from dongdang._vocabulary import Vocabulary
from dongdang.errors import InvalidTypeError, UnknownCodeError
from dongdang.fees.crossings import GoodsRegime, Journey
from dongdang.gates import GateCategory
from dongdang.legal import LegalKind
from dongdang.projects import CapitalMeasure, CapitalSource, MilestoneKind, ProjectStatus
from dongdang.tasks import TaskRatioBase, TaskSource
from dongdang.trade import Direction, Measure
from dongdang.zoning import PlanLevel, PlanStage

VOCABULARIES: tuple[type[Vocabulary], ...] = (
    CapitalMeasure,
    CapitalSource,
    Direction,
    GateCategory,
    GoodsRegime,
    Journey,
    LegalKind,
    Measure,
    MilestoneKind,
    PlanLevel,
    PlanStage,
    ProjectStatus,
    TaskRatioBase,
    TaskSource,
)
MEMBERS = [member for kind in VOCABULARIES for member in kind]


def test_every_bilingual_vocabulary_uses_the_base() -> None:
    assert {kind.__name__ for kind in Vocabulary.__subclasses__()} >= {
        kind.__name__ for kind in VOCABULARIES
    }


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_a_member_is_read_back_from_its_code_and_both_names(member: Vocabulary) -> None:
    kind = type(member)
    for name in (member, member.code, member.vietnamese, member.english):
        assert kind.of(name) is member
    assert kind.of(f"  {member.english.upper()} ") is member
    assert member.label("vi") == member.vietnamese
    assert member.label("en") == member.english
    assert member.vietnamese.strip()
    assert member.english.strip()


@pytest.mark.parametrize("kind", VOCABULARIES, ids=lambda kind: kind.__name__)
def test_names_are_distinct_within_a_vocabulary(kind: type[Vocabulary]) -> None:
    for names in ([m.code for m in kind], [m.english.casefold() for m in kind]):
        assert len(set(names)) == len(names)


@pytest.mark.parametrize("kind", VOCABULARIES, ids=lambda kind: kind.__name__)
def test_an_unknown_name_is_refused_naming_it_and_the_codes(kind: type[Vocabulary]) -> None:
    with pytest.raises(UnknownCodeError) as caught:
        kind.of("không có")
    assert "'không có'" in str(caught.value)
    assert caught.value.accepted == tuple(member.code for member in kind)
    with pytest.raises(InvalidTypeError, match="got 3"):
        kind.of(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lang must be 'vi' or 'en', got 'fr'"):
        next(iter(kind)).label("fr")  # type: ignore[arg-type]


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_a_member_keeps_its_value_and_pickles_to_itself(member: Vocabulary) -> None:
    # Data files and frames hold the values ("re_export", "customs"): the base changes none.
    assert type(member)(member.value) is member
    assert pickle.loads(pickle.dumps(member)) is member  # noqa: S301 - our own bytes


def test_the_trade_vocabularies_keep_their_data_codes() -> None:
    assert [member.value for member in Direction] == [
        "export",
        "import",
        "temporary_import",
        "re_export",
        "transit",
    ]
    assert [member.value for member in Measure] == ["province", "customs", "unverified"]
    assert Direction.of("tạm nhập") is Direction.TEMPORARY_IMPORT
    assert Measure.of("goods declared at Lạng Sơn Customs") is Measure.CUSTOMS
