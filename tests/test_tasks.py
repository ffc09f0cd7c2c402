"""Task tracking: seed 004 reproduced, task states, counts, ratios, the loader, bad inputs.

Expected ratios are derived by hand or with :class:`fractions.Fraction` and rounded
half-up here, never read back from dongdang.
"""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import Period
from dongdang.errors import (
    DataFileError,
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    UndefinedRatioError,
    UnknownCodeError,
)
from dongdang.gates import Citation
from dongdang.legal import LegalKind
from dongdang.tasks import (
    StatedTaskCount,
    Task,
    TaskLog,
    TaskMeasure,
    TaskRatio,
    TaskRatioBase,
    TaskSource,
    TaskState,
    lang_son_tasks,
)
from strategies import task_lists

if TYPE_CHECKING:
    from collections.abc import Callable

D = dt.date
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
WINDOW = Period.between(D(2020, 3, 1), D(2020, 5, 25))


def wrong(value: object) -> Any:
    """Pass a value of the wrong type past the type checker."""
    return value


def percent_half_up(part: int, base: int, places: int = 1) -> str:
    """``part / base`` as a Vietnamese percent, rounded half-up, by hand."""
    scaled = Fraction(part * 100, base) * 10**places
    digits = math.floor(scaled + Fraction(1, 2))
    whole, fraction = divmod(digits, 10**places)
    return f"{whole},{fraction:0{places}d}%" if places else f"{whole}%"


def task(code: str, assigned: dt.date, **fields: Any) -> Task:
    fields.setdefault("source", TaskSource.VNPT_IOFFICE)
    return Task(
        code=code, title=fields.pop("title", f"Nhiệm vụ {code}"), assigned=assigned, **fields
    )


# -- seed 004 ---------------------------------------------------------------------------


def test_the_helper_rounds_half_up() -> None:
    assert percent_half_up(8, 14) == "57,1%"  # 57.142857…
    assert percent_half_up(112, 115) == "97,4%"  # 97.391304…
    assert percent_half_up(1, 8, 2) == "12,50%"
    assert percent_half_up(1, 16, 1) == "6,3%"  # 6.25 → 6,3 (half-up, not half-even)
    assert percent_half_up(2, 2, 0) == "100%"


def test_seed_004_ioffice_8_of_14_on_time() -> None:
    count = lang_son_tasks().stated_count("seed-004-ioffice")
    assert (count.assigned, count.on_time, count.not_on_time) == (14, 8, 6)
    assert count.sources == (TaskSource.VNPT_IOFFICE,)
    assert count.period == Period.parse("01/3/2020 – 25/5/2020") == WINDOW
    assert count.as_of == D(2020, 5, 25)
    assert count.assigned_by == "UBND tỉnh"
    ratio = count.on_time_ratio()
    assert ratio.exact == Fraction(8, 14) == Fraction(4, 7)
    assert ratio.format() == percent_half_up(8, 14) == "57,1%"
    assert ratio.format(2) == "57,14%"
    assert ratio.base_kind is TaskRatioBase.ASSIGNED
    assert ratio.describe() == "8/14 nhiệm vụ hoàn thành đúng hạn, bằng 57,1% số nhiệm vụ được giao"
    # Whether the 6 were done late or are still open is not said: no completion ratio.
    with pytest.raises(InvalidValueError, match="does not state how many tasks were completed"):
        count.completion_ratio()


def test_seed_004_conclusions_and_decisions_112_of_115_on_time() -> None:
    count = lang_son_tasks().stated_count("seed-004-conclusions")
    assert (count.assigned, count.on_time, count.not_on_time) == (115, 112, 3)
    assert count.sources == (TaskSource.CONCLUSION_NOTICE, TaskSource.DECISION)
    ratio = count.on_time_ratio()
    assert ratio.exact == Fraction(112, 115)
    assert abs(Fraction(ratio.value) - Fraction(112, 115)) < Fraction(1, 10**33)
    assert ratio.format() == percent_half_up(112, 115) == "97,4%"
    assert ratio.format(lang="en") == "97.4%"
    # "đến nay" names no day, and no window is given: both stay unknown.
    assert count.period is None
    assert count.as_of is None
    assert count.as_written == "đến nay"
    with pytest.raises(
        InvalidValueError, match=r"as_of must give the day .* 'đến nay'\), got None"
    ):
        lang_son_tasks().check("seed-004-conclusions")


def test_seed_004_voters_2_of_2_resolved() -> None:
    count = lang_son_tasks().stated_count("seed-004-voters")
    assert (count.assigned, count.completed, count.on_time) == (2, 2, None)
    ratio = count.completion_ratio()
    assert ratio.exact == 1
    assert ratio.format(0) == "100%"
    assert ratio.describe("en", 0) == "2 of 2 tasks completed: 100% of the tasks assigned"
    with pytest.raises(InvalidValueError, match="states no tasks on time"):
        count.on_time_ratio()


def test_seed_004_key_tasks_give_no_count() -> None:
    count = lang_son_tasks().stated_count("seed-004-key-tasks")
    assert count.assigned == 5
    assert (count.on_time, count.not_on_time, count.completed) == (None, None, None)
    assert count.on_time_count is None
    assert "cơ bản đảm bảo kế hoạch" in count.text
    with pytest.raises(InvalidValueError, match="'Đối với 5 nhiệm vụ trọng tâm"):
        count.on_time_ratio()


def test_the_stated_sentences_are_the_articles_words() -> None:
    log = lang_son_tasks()
    assert log is lang_son_tasks()
    assert log.tasks == ()
    for count in log.stated:
        assert count.citation is not None
        assert count.citation.key == "seed-004"
        # 30/6/2020 is the day of the inspection the article reports, not its publication.
        assert (count.citation.event, count.citation.published) == (D(2020, 6, 30), None)
        assert count.citation.file == "004_33ef9158a218e7f4.txt"
        assert count.note
    matches = sorted(SEEDS.glob("004_*.txt"))
    if not matches:
        pytest.skip(f"seed 004 is not available at {SEEDS}")
    article = " ".join(matches[0].read_text(encoding="utf-8").split())
    for count in log.stated:
        assert " ".join(count.text.split()) in article


def test_the_report_only_adds_up_as_on_time_plus_not_on_time() -> None:
    # 8 + 6 = 14 and 112 + 3 = 115: the two counts partition the tasks assigned.
    for key in ("seed-004-ioffice", "seed-004-conclusions"):
        count = lang_son_tasks().stated_count(key)
        assert count.on_time is not None
        assert count.not_on_time is not None
        assert count.on_time + count.not_on_time == count.assigned


# -- tasks ------------------------------------------------------------------------------


def test_a_task_moves_through_its_states() -> None:
    late = task("a", D(2020, 3, 2), due=D(2020, 3, 20), completed=D(2020, 3, 25))
    assert late.state_on(D(2020, 3, 2)) is TaskState.PENDING
    assert late.state_on(D(2020, 3, 20)) is TaskState.PENDING  # the deadline itself is in time
    assert late.state_on(D(2020, 3, 21)) is TaskState.OVERDUE
    assert late.state_on(D(2020, 3, 25)) is TaskState.LATE
    on_time = task("b", D(2020, 3, 2), due=D(2020, 3, 20), completed=D(2020, 3, 20))
    assert on_time.state_on(D(2020, 3, 19)) is TaskState.PENDING
    assert on_time.state_on(D(2020, 3, 20)) is TaskState.ON_TIME
    same_day = task("c", D(2020, 3, 2), due=D(2020, 3, 2), completed=D(2020, 3, 2))
    assert same_day.state_on(D(2020, 3, 2)) is TaskState.ON_TIME


def test_a_task_without_a_deadline_is_never_late() -> None:
    open_ended = task("a", D(2020, 3, 2))
    assert open_ended.state_on(D(2030, 1, 1)) is TaskState.PENDING
    done = task("b", D(2020, 3, 2), completed=D(2025, 1, 1))
    assert done.state_on(D(2025, 1, 1)) is TaskState.ON_TIME


def test_the_states_say_whether_open() -> None:
    assert [state.is_open for state in TaskState] == [False, False, True, True]


def test_a_task_takes_its_source_by_code_and_its_reference() -> None:
    from dongdang.legal import LegalReference  # noqa: PLC0415

    notice = LegalReference.parse("Thông báo số 112/TB-UBND ngày 02/3/2020")
    made = Task(
        code="tb-112-1",
        title="Rà soát quy hoạch",
        source="thông báo kết luận",
        assigned=D(2020, 3, 2),
        reference=notice,
        assigned_by="UBND tỉnh",
        note="Giao tại Thông báo 112",
    )
    assert made.source is TaskSource.CONCLUSION_NOTICE
    assert made.reference is not None
    assert made.reference.kind is LegalKind.NOTICE


def test_the_vocabularies() -> None:
    assert [source.code for source in TaskSource] == [
        "vnpt-ioffice",
        "conclusion-notice",
        "decision",
        "voter-petition",
        "key-task",
        "official-letter",
    ]
    assert TaskSource.of("VNPT-iOffice") is TaskSource.VNPT_IOFFICE  # the code, case-folded
    assert TaskSource.of("hệ thống VNPT-iOffice") is TaskSource.VNPT_IOFFICE
    assert TaskSource.of("voter petition") is TaskSource.VOTER_PETITION
    assert TaskSource.of("Kiến nghị cử tri") is TaskSource.VOTER_PETITION
    assert TaskSource.DECISION.english == "decision"
    assert TaskRatioBase.of("due") is TaskRatioBase.DUE
    assert TaskRatioBase.COMPLETED.english == "the tasks completed"
    assert TaskMeasure.ON_TIME.english == "completed on time"
    assert TaskMeasure.COMPLETED.english == "completed"


# -- counts -----------------------------------------------------------------------------


def _log() -> TaskLog:
    return TaskLog(
        tasks=[
            task("a", D(2020, 3, 2), due=D(2020, 3, 20), completed=D(2020, 3, 18)),
            task("b", D(2020, 3, 5), due=D(2020, 3, 31), completed=D(2020, 4, 10)),
            task("c", D(2020, 4, 1), due=D(2020, 4, 30)),
            task("d", D(2020, 5, 20), due=D(2020, 6, 15)),
            task("e", D(2020, 5, 2), due=D(2020, 5, 5), source="decision", completed=D(2020, 5, 4)),
            task("f", D(2020, 6, 1), due=D(2020, 6, 5)),
        ]
    )


def test_counts_on_a_day() -> None:
    counts = _log().counts(D(2020, 5, 25))
    # a on time, b late, c overdue, d pending, e on time; f not yet assigned.
    assert (counts.on_time, counts.late, counts.pending, counts.overdue) == (2, 1, 1, 1)
    assert (counts.assigned, counts.open, counts.completed, counts.not_on_time) == (5, 2, 3, 3)
    assert counts.tasks == ("a", "b", "c", "d", "e")
    assert counts.sources is None
    assert counts.on_time_ratio().exact == Fraction(2, 5)
    assert counts.on_time_ratio("due").exact == Fraction(2, 4)  # d is not yet due
    assert counts.on_time_ratio(TaskRatioBase.COMPLETED).exact == Fraction(2, 3)
    assert counts.completion_ratio().exact == Fraction(3, 5)
    assert counts.on_time_ratio("due").describe("en") == (
        "2 of 4 tasks completed on time: 50.0% of the tasks completed or past their deadline"
    )


def test_counts_within_a_window_and_for_some_sources() -> None:
    log = _log()
    window = log.counts(assigned_in=Period.month(2020, 3))
    assert window.as_of == D(2020, 3, 31)
    assert window.tasks == ("a", "b")
    assert (window.on_time, window.pending) == (1, 1)  # b is due on 31/3: not late yet
    later = log.counts(D(2020, 4, 30), assigned_in=Period.month(2020, 3))
    assert (later.on_time, later.late) == (1, 1)
    decisions = log.counts(D(2020, 12, 31), sources=["decision"])
    assert decisions.tasks == ("e",)
    assert decisions.sources == (TaskSource.DECISION,)
    both = log.counts(D(2020, 12, 31), sources=[TaskSource.DECISION, "vnpt-ioffice"])
    assert both.assigned == 6
    assert log.counts(D(2020, 1, 1)).assigned == 0


def test_a_log_reproduces_a_stated_count_from_its_tasks() -> None:
    tasks = [
        task(f"t{index:02d}", D(2020, 3, 2), due=D(2020, 4, 30), completed=D(2020, 4, 1))
        for index in range(8)
    ] + [task(f"t{index:02d}", D(2020, 3, 2), due=D(2020, 4, 30)) for index in range(8, 14)]
    stated = lang_son_tasks().stated_count("seed-004-ioffice")
    log = TaskLog(tasks=tasks, stated=[stated])
    check = log.check("seed-004-ioffice")
    assert check.reproduced
    assert check.differences == ()
    assert check.counts.on_time_ratio().format() == "57,1%"
    # One more task done late is one fewer not on time than stated.
    short = TaskLog(tasks=tasks[:13], stated=[stated])
    assert short.check("seed-004-ioffice").differences == ("assigned", "not_on_time")
    assert not short.check("seed-004-ioffice").reproduced


def test_a_stated_count_may_give_only_what_is_not_on_time() -> None:
    count = StatedTaskCount(
        key="x",
        text="6 nhiệm vụ chưa hoàn thành trong hạn",
        sources=["vnpt-ioffice"],
        assigned=14,
        not_on_time=6,
    )
    assert count.on_time_count == 8
    assert count.on_time_ratio().exact == Fraction(8, 14)
    with pytest.raises(InvalidValueError, match="does not state the tasks completed"):
        count.on_time_ratio("completed")
    with pytest.raises(InvalidValueError, match="does not state the tasks completed or past"):
        count.on_time_ratio("due")
    done = StatedTaskCount(
        key="y", text="…", sources=["decision"], assigned=10, on_time=6, completed=8
    )
    assert done.on_time_ratio("completed").exact == Fraction(6, 8)


# -- properties -------------------------------------------------------------------------

days = st.dates(min_value=D(2019, 1, 1), max_value=D(2021, 12, 31))


#: Tasks assigned in 2019–2021, each due and completed within 200 days, maybe.
task_sets = task_lists(days, max_delay=200)


def _by_hand(tasks: list[Task], on: dt.date) -> dict[str, int]:
    counted = {"on_time": 0, "late": 0, "open": 0, "overdue": 0}
    for t in tasks:
        if t.assigned > on:
            continue
        if t.completed is not None and t.completed <= on:
            key = "late" if t.due is not None and t.completed > t.due else "on_time"
            counted[key] += 1
        else:
            counted["open"] += 1
            counted["overdue"] += t.due is not None and on > t.due
    return counted


@given(task_sets, days)
def test_on_time_plus_late_plus_open_is_assigned_on_any_day(tasks: list[Task], on: dt.date) -> None:
    counts = TaskLog(tasks=tasks).counts(on)
    expected = _by_hand(tasks, on)
    assigned_by_then = sum(t.assigned <= on for t in tasks)
    assert counts.on_time + counts.late + counts.open == counts.assigned == assigned_by_then
    assert (counts.on_time, counts.late, counts.open, counts.overdue) == (
        expected["on_time"],
        expected["late"],
        expected["open"],
        expected["overdue"],
    )


@given(task_sets, days, st.sampled_from(list(TaskRatioBase)))
def test_ratios_lie_between_zero_and_one(
    tasks: list[Task], on: dt.date, base: TaskRatioBase
) -> None:
    counts = TaskLog(tasks=tasks).counts(on)
    size = {
        TaskRatioBase.ASSIGNED: counts.assigned,
        TaskRatioBase.DUE: counts.assigned - counts.pending,
        TaskRatioBase.COMPLETED: counts.completed,
    }[base]
    if size == 0:
        with pytest.raises(UndefinedRatioError) as caught:
            counts.on_time_ratio(base)
        assert caught.value.argument == base.code
        return
    ratio = counts.on_time_ratio(base)
    assert ratio.base == size
    assert 0 <= ratio.value <= 1
    assert 0 <= ratio.exact <= 1
    assert abs(Fraction(ratio.value) - ratio.exact) < Fraction(1, 10**30)
    if counts.assigned:
        assert 0 <= counts.completion_ratio().value <= 1


@given(task_sets, days, st.randoms(use_true_random=False))
def test_counts_do_not_depend_on_the_order_of_the_tasks(
    tasks: list[Task], on: dt.date, random: Any
) -> None:
    shuffled = list(tasks)
    random.shuffle(shuffled)
    window = Period.between(D(2020, 1, 1), D(2020, 12, 31))
    for kwargs in ({}, {"assigned_in": window}, {"sources": ["decision", "vnpt-ioffice"]}):
        assert TaskLog(tasks=shuffled).counts(on, **kwargs) == TaskLog(tasks=tasks).counts(
            on, **kwargs
        )


@given(task_sets, days, days)
def test_completions_only_grow_with_the_day(
    tasks: list[Task], first: dt.date, second: dt.date
) -> None:
    early, late = min(first, second), max(first, second)
    log = TaskLog(tasks=tasks)
    before, after = log.counts(early), log.counts(late)
    assert before.completed <= after.completed
    assert before.on_time <= after.on_time
    assert before.assigned <= after.assigned


@given(
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=0, max_value=500),
)
def test_stated_counts_must_add_up(on_time: int, not_on_time: int, assigned: int) -> None:
    def make() -> StatedTaskCount:
        return StatedTaskCount(
            key="k",
            text="…",
            sources=["decision"],
            assigned=assigned,
            on_time=on_time,
            not_on_time=not_on_time,
        )

    if on_time + not_on_time == assigned:
        count = make()
        if assigned:
            assert count.on_time_ratio().exact == Fraction(on_time, assigned)
    else:
        with pytest.raises(InvalidValueError, match=rf"assigned \({assigned}\), got \d+"):
            make()


@given(st.integers(min_value=1, max_value=10**6), st.data())
def test_a_ratio_formats_as_its_fraction_rounded_half_up(base: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(min_value=0, max_value=base))
    places = data.draw(st.integers(min_value=0, max_value=3))
    ratio = TaskRatio(
        counted=TaskMeasure.ON_TIME, part=part, base=base, base_kind=TaskRatioBase.ASSIGNED
    )
    assert ratio.format(places) == percent_half_up(part, base, places)


def _toml(log: TaskLog) -> str:
    """The tasks written by hand in the loader's format."""
    lines = []
    for t in log.tasks:
        lines += [f"[tasks.{t.code}]", f'title = "{t.title}"', f'source = "{t.source.code}"']
        lines.append(f"assigned = {t.assigned}")
        for key in ("due", "completed"):
            if getattr(t, key) is not None:
                lines.append(f"{key} = {getattr(t, key)}")
        for key in ("assigned_by", "note"):
            if getattr(t, key) is not None:
                lines.append(f'{key} = "{getattr(t, key)}"')
    return "\n".join(lines) + "\n"


@given(task_sets)
def test_tasks_written_in_toml_read_back_the_same(tasks: list[Task]) -> None:
    # A reference is read from its citation: tested with the loader's GOOD file below.
    log = TaskLog(tasks=[attrs.evolve(task, reference=None) for task in tasks])
    assert TaskLog.loads(_toml(log)) == log


# -- reading ----------------------------------------------------------------------------

GOOD = """
[sources.r]
title = "Báo cáo"

[tasks.tb-1]
title = "Rà soát"
source = "conclusion-notice"
assigned = 2020-03-02
due = 2020-03-20
completed = 2020-03-18
reference = "Thông báo số 112/TB-UBND ngày 02/3/2020"

[tasks.io-1]
title = "Báo cáo tuần"
source = "vnpt-ioffice"
assigned = 2020-03-05

[stated.thang-3]
text = "giao 2 nhiệm vụ, hoàn thành đúng hạn 1 nhiệm vụ, 1 nhiệm vụ chưa hoàn thành trong hạn"
sources = ["conclusion-notice", "vnpt-ioffice"]
assigned = 2
on_time = 1
not_on_time = 1
period = "01/3/2020 – 31/3/2020"
as_of = 2020-03-31
cite = "r"
"""


def test_a_log_is_read_from_toml() -> None:
    log = TaskLog.loads(GOOD, name="mine.toml")
    assert [t.code for t in log.tasks] == ["tb-1", "io-1"]
    assert log.task("tb-1").reference is not None
    assert log.stated_count("thang-3").period == Period.month(2020, 3)
    assert log.stated_count("thang-3").citation == Citation(key="r", title="Báo cáo")
    check = log.check("thang-3")
    assert check.reproduced
    assert check.counts.tasks == ("io-1", "tb-1")


def test_a_log_is_read_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "tasks.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert TaskLog.load(path) == TaskLog.loads(GOOD)
    with pytest.raises(DataFileError, match="cannot be read"):
        TaskLog.load(tmp_path / "missing.toml")


TASK = '[tasks.a]\ntitle = "A"\nsource = "decision"\n'
STATED = '[stated.s]\ntext = "…"\nsources = ["decision"]\n'

BAD_FILES: list[tuple[str, str, str]] = [
    ("not TOML", "[tasks.a\n", "not valid TOML"),
    ("an unknown top key", "[budget]\n", "unknown keys ['budget']"),
    ("tasks not a table", 'tasks = "a"\n', "tasks: expected a table"),
    (
        "an unknown task key",
        '[tasks.a]\ntitle = "A"\nowner = "x"\n',
        "tasks.a: unknown keys ['owner']",
    ),
    (
        "a task without a date",
        '[tasks.a]\ntitle = "A"\nsource = "decision"\n',
        "tasks.a: missing key 'assigned'",
    ),
    (
        "a stated count without sources",
        '[stated.s]\ntext = "…"\nassigned = 1\n',
        "stated.s: missing key 'sources'",
    ),
    (
        "a task of an unknown source",
        '[tasks.a]\ntitle = "A"\nsource = "email"\nassigned = 2020-01-01\n',
        "tasks.a: unknown TaskSource 'email'",
    ),
    (
        "a task done before it was given",
        TASK + "assigned = 2020-01-05\ncompleted = 2020-01-01\n",
        "task a: completed must not be earlier than assigned (2020-01-05), got 2020-01-01",
    ),
    (
        "a bad reference",
        '[tasks.a]\ntitle = "A"\nsource = "decision"\nassigned = 2020-01-05\nreference = "x y"\n',
        "tasks.a: cannot read",
    ),
    (
        "stated counts that do not add up",
        STATED + "assigned = 15\non_time = 8\nnot_on_time = 6\n",
        (
            "stated.s: stated count s: on_time + not_on_time (8 + 6) must add up to assigned "
            "(15), got 14"
        ),
    ),
    (
        "an unknown stated key",
        '[stated.s]\ntext = "…"\nsources = ["decision"]\nassigned = 1\nlate = 1\n',
        "stated.s: unknown keys ['late']",
    ),
    (
        "an unknown citation",
        '[stated.s]\ntext = "…"\nsources = ["decision"]\nassigned = 1\ncite = "x"\n',
        "stated.s.cite: cites 'x'",
    ),
    (
        "a period as a date",
        '[stated.s]\ntext = "…"\nsources = ["decision"]\nassigned = 1\nperiod = 2020-01-01\n',
        "period must be a report phrase",
    ),
    (
        "a bad period phrase",
        '[stated.s]\ntext = "…"\nsources = ["decision"]\nassigned = 1\nperiod = "mùa xuân"\n',
        "stated.s: cannot read 'mùa xuân'",
    ),
    (
        "a negative count",
        '[stated.s]\ntext = "…"\nsources = ["decision"]\nassigned = -1\n',
        "assigned must not be negative, got -1",
    ),
    ("an unknown source key", '[sources.r]\nlink = "x"\n', "sources.r: unknown keys ['link']"),
    (
        "a duplicate task",
        '[tasks.a]\ntitle = "A"\n[tasks."a"]\ntitle = "B"\n',
        "not valid TOML",
    ),
]


@pytest.mark.parametrize(
    ("text", "named"), [row[1:] for row in BAD_FILES], ids=[row[0] for row in BAD_FILES]
)
def test_bad_files_are_refused_naming_the_file_and_the_place(text: str, named: str) -> None:
    with pytest.raises(DataFileError) as caught:
        TaskLog.loads(text, name="mine.toml")
    assert str(caught.value).startswith("mine.toml: ")
    assert named in str(caught.value)


# -- bad input --------------------------------------------------------------------------

A_DATETIME = dt.datetime(2020, 3, 2, 8, 0, tzinfo=dt.UTC)


def stated(**fields: Any) -> StatedTaskCount:
    fields.setdefault("key", "s")
    fields.setdefault("text", "…")
    fields.setdefault("sources", ["decision"])
    return StatedTaskCount(**fields)


BAD_CALLS: list[tuple[str, Callable[[], object], type[Exception], str]] = [
    (
        "completion before assignment",
        lambda: task("tb-9", D(2020, 3, 10), completed=D(2020, 3, 9)),
        InvalidValueError,
        "task tb-9: completed must not be earlier than assigned (2020-03-10), got 2020-03-09",
    ),
    (
        "due before assignment",
        lambda: task("tb-8", D(2020, 3, 10), due=D(2020, 2, 28)),
        InvalidValueError,
        "task tb-8: due must not be earlier than assigned (2020-03-10), got 2020-02-28",
    ),
    (
        "an unknown source",
        lambda: task("a", D(2020, 3, 2), source="email"),
        UnknownCodeError,
        "'email'",
    ),
    ("a source as a number", lambda: TaskSource.of(1), InvalidTypeError, "got 1 of type int"),
    (
        "an assignment on a datetime",
        lambda: task("a", A_DATETIME),
        InvalidTypeError,
        "assigned must be a datetime.date, got 2020-03-02 08:00:00+00:00 of type datetime",
    ),
    (
        "a deadline as text",
        lambda: task("a", D(2020, 3, 2), due=wrong("20/3/2020")),
        InvalidTypeError,
        "due must be a datetime.date, got '20/3/2020'",
    ),
    (
        "a bad task code",
        lambda: task("TB 9", D(2020, 3, 2)),
        InvalidValueError,
        "joined by '-' (like 'ioffice-2020-014'), got 'TB 9'",
    ),
    (
        "a code not text",
        lambda: task(wrong(9), D(2020, 3, 2)),
        InvalidTypeError,
        "code must be a str, got 9",
    ),
    (
        "a title not text",
        lambda: task("a", D(2020, 3, 2), title=wrong(9)),
        InvalidTypeError,
        "title must be a str, got 9",
    ),
    (
        "an empty title",
        lambda: task("a", D(2020, 3, 2), title=" "),
        InvalidValueError,
        "title must not be empty",
    ),
    (
        "a reference as text",
        lambda: task("a", D(2020, 3, 2), reference=wrong("112/TB-UBND")),
        InvalidTypeError,
        "'112/TB-UBND'",
    ),
    (
        "a state before the assignment",
        lambda: task("tb-7", D(2020, 3, 10)).state_on(D(2020, 3, 9)),
        InvalidValueError,
        "task tb-7: day must not be earlier than assigned (2020-03-10), got 2020-03-09",
    ),
    (
        "stated counts that do not add up",
        lambda: stated(key="ioffice", assigned=15, on_time=8, not_on_time=6),
        InvalidValueError,
        "stated count ioffice: on_time + not_on_time (8 + 6) must add up to assigned (15), got 14",
    ),
    (
        "a negative assigned count",
        lambda: stated(assigned=-14),
        InvalidValueError,
        "assigned must not be negative, got -14",
    ),
    (
        "a negative on-time count",
        lambda: stated(assigned=14, on_time=-8),
        InvalidValueError,
        "on_time must not be negative, got -8",
    ),
    (
        "a negative not-on-time count",
        lambda: stated(assigned=14, not_on_time=-6),
        InvalidValueError,
        "not_on_time must not be negative, got -6",
    ),
    (
        "a negative completed count",
        lambda: stated(assigned=2, completed=-2),
        InvalidValueError,
        "completed must not be negative, got -2",
    ),
    ("a count as a bool", lambda: stated(assigned=wrong(value=True)), InvalidTypeError, "got True"),
    ("a count as a float", lambda: stated(assigned=wrong(14.0)), InvalidTypeError, "got 14.0"),
    (
        "more on time than assigned",
        lambda: stated(key="q", assigned=2, on_time=3),
        InvalidValueError,
        "stated count q: on_time must not be more than assigned (2), got 3",
    ),
    (
        "more on time than completed",
        lambda: stated(key="r", assigned=5, on_time=3, completed=2),
        InvalidValueError,
        "stated count r: on_time must not be more than completed (2), got 3",
    ),
    (
        "no source",
        lambda: stated(assigned=1, sources=[]),
        InvalidValueError,
        "sources must name at least one task source, got []",
    ),
    (
        "a source twice",
        lambda: stated(assigned=1, sources=["decision", "quyết định"]),
        InvalidValueError,
        "['decision', 'quyết định']",
    ),
    (
        "sources as one text",
        lambda: stated(assigned=1, sources=wrong("decision")),
        InvalidTypeError,
        "'decision'",
    ),
    (
        "an unknown stated source",
        lambda: stated(assigned=1, sources=["rumour"]),
        UnknownCodeError,
        "'rumour'",
    ),
    (
        "a period as text",
        lambda: stated(assigned=1, period=wrong("tháng 3/2020")),
        InvalidTypeError,
        "'tháng 3/2020'",
    ),
    (
        "an as-of before the period",
        lambda: stated(key="t", assigned=1, period=WINDOW, as_of=D(2020, 2, 1)),
        InvalidValueError,
        (
            "stated count t: as_of must not be earlier than the start of its period (2020-03-01), "
            "got 2020-02-01"
        ),
    ),
    (
        "a citation as text",
        lambda: stated(assigned=1, citation=wrong("seed-004")),
        InvalidTypeError,
        "'seed-004'",
    ),
    (
        "an empty sentence",
        lambda: stated(assigned=1, text=""),
        InvalidValueError,
        "text must not be empty",
    ),
    (
        "a bad key",
        lambda: stated(key="Seed 004", assigned=1),
        InvalidValueError,
        "key must be lower-case letters",
    ),
    (
        "a ratio over nothing",
        lambda: TaskLog().counts(D(2020, 1, 1)).on_time_ratio(),
        UndefinedRatioError,
        "assigned is 0: a ratio of tasks needs at least one",
    ),
    (
        "a completion ratio over nothing",
        lambda: TaskLog().counts(D(2020, 1, 1)).completion_ratio(),
        UndefinedRatioError,
        "assigned is 0: a ratio of tasks needs at least one",
    ),
    (
        "a stated ratio over nothing",
        lambda: stated(assigned=0, on_time=0, not_on_time=0).on_time_ratio(),
        UndefinedRatioError,
        "is 0",
    ),
    (
        "a part above its base",
        lambda: TaskRatio(
            counted=TaskMeasure.ON_TIME, part=9, base=8, base_kind=TaskRatioBase.ASSIGNED
        ),
        InvalidValueError,
        "part (completed on time) must not be more than the base, the tasks assigned (8), got 9",
    ),
    (
        "a negative part",
        lambda: TaskRatio(
            counted=TaskMeasure.ON_TIME, part=-1, base=8, base_kind=TaskRatioBase.ASSIGNED
        ),
        InvalidValueError,
        "part must not be negative, got -1",
    ),
    (
        "a base as text",
        lambda: TaskRatio(
            counted=TaskMeasure.ON_TIME, part=1, base=wrong("8"), base_kind=TaskRatioBase.ASSIGNED
        ),
        InvalidTypeError,
        "base must be a whole number of tasks, got '8'",
    ),
    (
        "an unknown ratio base",
        lambda: _log().counts(D(2020, 5, 25)).on_time_ratio("planned"),
        UnknownCodeError,
        "'planned'",
    ),
    (
        "counts on no day",
        lambda: _log().counts(),
        InvalidTypeError,
        "as_of must be a date when assigned_in (a Period) is not given, got None",
    ),
    (
        "counts on a datetime",
        lambda: _log().counts(wrong(A_DATETIME)),
        InvalidTypeError,
        "as_of must be a datetime.date",
    ),
    (
        "a window as text",
        lambda: _log().counts(assigned_in=wrong("tháng 3/2020")),
        InvalidTypeError,
        "assigned_in must be a Period, got 'tháng 3/2020'",
    ),
    (
        "counts of an unknown source",
        lambda: _log().counts(D(2020, 5, 1), sources=["fax"]),
        UnknownCodeError,
        "'fax'",
    ),
    (
        "a duplicate task code",
        lambda: TaskLog(tasks=[task("a", D(2020, 3, 2)), task("a", D(2020, 3, 3))]),
        InvalidValueError,
        "task code 'a' appears twice",
    ),
    (
        "a duplicate stated key",
        lambda: TaskLog(stated=[stated(assigned=1), stated(assigned=2)]),
        InvalidValueError,
        "stated count 's' appears twice",
    ),
    (
        "tasks not a list",
        lambda: TaskLog(tasks=wrong("a")),
        InvalidTypeError,
        "tasks must be a tuple or list of Task, got 'a'",
    ),
    (
        "a task not a Task",
        lambda: TaskLog(tasks=[wrong("a")]),
        InvalidTypeError,
        "tasks[0] must be a Task, got 'a'",
    ),
    ("an unknown task", lambda: _log().task("zz"), UnknownCodeError, "'zz'"),
    (
        "an unknown stated count",
        lambda: lang_son_tasks().stated_count("seed-9"),
        UnknownCodeError,
        "'seed-9'",
    ),
    (
        "a check of no count",
        lambda: TaskLog().check("seed-9"),
        UnknownCodeError,
        "'seed-9'; none is known",
    ),
    ("a task of an empty log", lambda: TaskLog().task("a"), UnknownCodeError, "'a'; none is known"),
    ("text as bytes", lambda: TaskLog.loads(wrong(b"[tasks]")), InvalidTypeError, "b'[tasks]'"),
]


@pytest.mark.parametrize(
    ("call", "error", "named"), [row[1:] for row in BAD_CALLS], ids=[row[0] for row in BAD_CALLS]
)
def test_bad_calls_are_refused_naming_the_input(
    call: Callable[[], object], error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert named in str(caught.value)
    assert isinstance(caught.value, DongDangError)


def test_an_undefined_ratio_names_its_base_and_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="is 0") as caught:
        TaskLog().counts(D(2020, 1, 1)).on_time_ratio("completed")
    assert isinstance(caught.value, UndefinedRatioError)
    assert caught.value.argument == "completed"


def test_a_log_pickles() -> None:
    import pickle  # noqa: PLC0415

    copy = pickle.loads(pickle.dumps(lang_son_tasks()))  # noqa: S301 - our own bytes
    assert copy == lang_son_tasks()
    assert copy.stated_count("seed-004-ioffice").on_time_ratio().format() == "57,1%"
