"""Hostile text: separator runs, nested brackets, long clauses; the reader stays exact.

No timings here (benchmarks/statements.py measures them): these check that the
linear rewrites read what the regular expressions they replace read.
"""

from __future__ import annotations

import copy
import pickle
import re

import attrs
from hypothesis import given
from hypothesis import strategies as st

from dongdang import parse_statements
from dongdang.statements import (
    _BASE_END,
    _NOT_FIGURES,
    _ONE_OF,
    _PERCENT_VERB,
    _QUALIFIER_BEFORE,
    Statement,
    _ending_at,
    _one_of,
    _words,
    describe,
)
from dongdang.text import read_figure

SEPARATORS = [",", " ", "\u00a0", ";", ":", "(", "\t"]
runs = st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=60).map("".join)

# What the clause ends were stripped with before: nested quantifiers, exponential on runs.
OLD_TRAILING = re.compile(r"(?:[\s,;:(]+|\s+(?:và|and))+$", re.IGNORECASE)
OLD_LEADING = re.compile(r"^[\s,;:]+")


@given(st.lists(st.sampled_from([*SEPARATORS, "và", "AND", " và", "x", "vàng", "đ"]), max_size=14))
def test_words_strips_what_the_old_expression_stripped(tokens: list[str]) -> None:
    text = "".join(tokens)
    assert _words(text) == OLD_TRAILING.sub("", OLD_LEADING.sub("", text))


@given(
    st.lists(st.sampled_from(["do", "vì", "Do", " ", "  ", "x", "là một trong", "\n"]), max_size=12)
)
def test_one_of_finds_what_a_search_finds(tokens: list[str]) -> None:
    subject = "".join(tokens)
    match = _ONE_OF.search(subject)
    assert _one_of(subject) == (None if match is None else match.group(1))


@given(
    st.lists(st.sampled_from(["trên", "hơn", "đạt", "là", " ", "\u00a0", "x", "5"]), max_size=10),
    st.integers(min_value=0, max_value=40),
)
def test_ending_at_finds_what_a_search_of_the_prefix_finds(tokens: list[str], cut: int) -> None:
    text = "".join(tokens) + " 12 tấn"
    end = min(cut, len(text))
    for pattern in (_QUALIFIER_BEFORE, _PERCENT_VERB):
        old = pattern.search(text[:end])
        new = _ending_at(pattern, text, end)
        assert (None if old is None else old.span()) == (None if new is None else new.span())


def values(text: str) -> list[str]:
    return [s.value.text for s in parse_statements(text) if hasattr(s, "value")]


@given(runs)
def test_a_run_of_separators_does_not_change_the_figures(run: str) -> None:
    text = "Kim ngạch xuất khẩu đạt 1.234 triệu USD" + run + "nhập khẩu đạt 567 triệu USD."
    assert values(text) == ["1.234 triệu USD", "567 triệu USD"]


@given(st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
def test_nested_brackets_around_a_figure(opening: int, closing: int) -> None:
    text = "Kim ngạch " + "(" * opening + "đạt 1.234 triệu USD" + ")" * closing + "."
    assert values(text) == ["1.234 triệu USD"]


@given(st.integers(min_value=1, max_value=400))
def test_chained_components_nest_without_a_depth_limit(depth: int) -> None:
    parts = ", trong đó ".join(f"nhóm {k} đạt {100_000 - k} triệu USD" for k in range(depth))
    [total] = parse_statements("Tổng đạt 200.000 triệu USD, trong đó " + parts + ".")
    chain = list(total.walk())
    assert len(chain) == depth + 1
    assert all(len(s.components) == 1 for s in chain[:-1])


def chain(depth: int, last: int = 0) -> Statement:
    """A statement with ``depth`` nested components, built without the reader."""
    inner = Statement(subject="nhóm", value=read_figure(f"{last} triệu USD"))
    for k in range(depth):
        inner = Statement(
            subject=f"nhóm {k}", value=read_figure(f"{k + 1} triệu USD"), components=(inner,)
        )
    return inner


def test_deep_chains_compare_hash_pickle_and_repr_without_a_depth_limit() -> None:
    depth = 10_000
    first, second, other = chain(depth), chain(depth), chain(depth, last=1)
    assert first == second
    assert first != other  # the difference is at the bottom of the chain
    assert hash(first) == hash(second)
    assert first.same_figures(second)
    assert not first.same_figures(other)
    again = pickle.loads(pickle.dumps(first))  # noqa: S301 - our own bytes
    assert again == first
    assert len(list(again.walk())) == depth + 1
    assert copy.deepcopy(other) == other
    text = repr(first)
    assert text.startswith("Statement(subject='nhóm 9999', ")
    assert text.count("Statement(") == depth + 1


def test_describe_writes_deep_chains_without_a_depth_limit() -> None:
    depth = 10_000
    for lang, lead in (("vi", ", trong đó "), ("en", ", of which ")):
        text = describe(chain(depth), lang)
        assert text.count(lead) == depth  # every nested clause written, each once
        assert text.startswith("Nhóm 9999 ")
        assert text.endswith("0 triệu USD." if lang == "vi" else "0 million USD.")


def test_describe_lists_sibling_parts_after_nested_ones() -> None:
    def part(subject: str, figure: str, *components: Statement) -> Statement:
        return Statement(subject=subject, value=read_figure(figure), components=components)

    total = part(
        "tổng",
        "200 triệu USD",
        part("nhóm A", "120 triệu USD", part("nhóm A1", "70 triệu USD")),
        part("nhóm B", "80 triệu USD"),
    )
    assert describe(total) == (
        "Tổng đạt 200 triệu USD, trong đó nhóm A đạt 120 triệu USD, trong đó nhóm A1 đạt "
        "70 triệu USD; nhóm B đạt 80 triệu USD."
    )


def test_repr_is_what_attrs_writes() -> None:
    [total] = parse_statements(
        "Tổng đạt 200 triệu USD, tăng 5% so với cùng kỳ, trong đó nhóm A đạt 120 triệu USD; "
        "nhóm B đạt 80 triệu USD."
    )
    assert isinstance(total, Statement)
    assert len(total.components) == 2
    # A plain attrs class with the same fields: its repr is attrs' own.
    plain = attrs.make_class("Statement", [field.name for field in attrs.fields(Statement)])

    def as_plain(statement: Statement) -> object:
        fields = {field.name: getattr(statement, field.name) for field in attrs.fields(Statement)}
        fields["components"] = tuple(as_plain(part) for part in statement.components)
        return plain(**fields)

    single = attrs.evolve(total, components=total.components[:1])
    for statement in (total, single, total.components[0]):
        assert repr(statement) == repr(as_plain(statement))


@given(st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30))
def test_equal_chains_are_equal_and_hash_alike(depth: int, other: int) -> None:
    first, second = chain(depth), chain(other)
    assert (first == second) is (depth == other)
    if depth == other:
        assert hash(first) == hash(second)
    assert pickle.loads(pickle.dumps(first))  # noqa: S301 - our own bytes == first
    assert first != "nhóm"
    assert chain(depth) != chain(depth + 1)  # one more component, everything else alike
    # Sharing a component: the same object is equal to itself, without a look inside.
    assert attrs.evolve(first, text="x") == attrs.evolve(first, text="x")


OLD_BASE_END = re.compile(
    r",\s|;|\)|\.+(?:\s|$)|\s+(?:và|and|so với|trong đó|of which)(?!\w)|$", re.IGNORECASE
)
OLD_NOT_FIGURES = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}"
    r"|\d+(?:/\d+)*[/-][A-ZĐ][^\s,;.()]*"
    r"|[^\W\d_]+-\d+"
    r"|(?:(?<!cán )mốc|nhiệm kỳ|giai đoạn)\s+\d+(?:/\d+)?(?:\s*[-–—]\s*\d+(?:/\d+)?)?"
    r"|tỷ lệ\s+\d+/\d+"
    r"|(?:ngày|đến)\s+\d{1,2}/\d{1,2}"
    # issue 14: ranks, addresses, years before a word, periods without their year
    r"|thứ\s+\d+/\d+[^,;.\d]*(?<=\s)và\s++\d+/\d+"  # "thứ 4/14 tỉnh … và 26/63 tỉnh"
    r"|thứ\s+\d+(?:/\d+)?"
    r"|(?:tại|số)\s+\d+(?=\s+(?-i:[A-ZĐ]))"
    r"|(?<![\d.,])(?:19|20)\d\d(?![\d.,%])(?=\s+[^\W\d])"
    r"|tháng\s+\d{1,2}(?!\d)"
    r"|\d{1,3}\s+(?:ngày|tháng)\s+(?:đầu|cuối)(?!\w)"
    r"|(?:trong|nghỉ|lễ)\s+\d{1,3}\s+(?:ngày|tháng)(?!\w)"
    r"|từ\s+\d{1,2}\s*[-–]\s*\d{1,2}/\d{1,2}"
    r"|(?<![\d.,])\d{1,2}h(?:\d{2})?(?!\w)",
    re.IGNORECASE,
)


@given(st.lists(st.sampled_from([".", " ", "và", "x", ",", ";", ")", "\n", "so với"]), max_size=12))
def test_base_end_finds_what_it_found(tokens: list[str]) -> None:
    text = "".join(tokens)
    old = OLD_BASE_END.search(text)
    new = _BASE_END.search(text)
    assert old is not None
    assert new is not None
    assert old.span() == new.span()


@given(
    st.lists(st.sampled_from(["1", "12", "/", "-", "QĐ", "x", " ", "2024", "ngày "]), max_size=12)
)
def test_not_figures_finds_what_it_found(tokens: list[str]) -> None:
    text = "".join(tokens)
    old = [m.span() for m in OLD_NOT_FIGURES.finditer(text)]
    assert [m.span() for m in _NOT_FIGURES.finditer(text)] == old
