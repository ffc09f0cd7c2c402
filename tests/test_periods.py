"""Reporting periods: constructors, "cùng kỳ", containment, labels and the phrase reader."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import InvalidTypeError, InvalidValueError, ParseError, Period
from strategies import calendar_periods, periods, whole_months

if TYPE_CHECKING:
    from collections.abc import Callable

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
ONE_DAY = dt.timedelta(days=1)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


# -- independent calendar arithmetic -------------------------------------------


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _last_day(year, month))


def _days_of(period: Period) -> set[dt.date]:
    count = (period.end - period.start).days + 1
    return {period.start + dt.timedelta(days=offset) for offset in range(count)}


def _year_back(day: dt.date) -> dt.date:
    """The same day a year earlier; 29 February becomes 28 February."""
    year = day.year - 1
    return dt.date(year, day.month, min(day.day, _last_day(year, day.month)))


# -- strategies ------------------------------------------------------------------

#: Years a Vietnamese phrase can name: four digits, and the constructors' range.
phrase_years = st.integers(min_value=1000, max_value=9998)
#: Dates whose periods can be written and read back.
phrase_dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))
#: Dates in a short window, so that every day of a period can be listed.
window_dates = st.dates(min_value=dt.date(2023, 12, 1), max_value=dt.date(2024, 4, 30))


@st.composite
def edge_dates(draw: st.DrawFn) -> dt.date:
    """A day where a year's shift is delicate: around the end of February, or a year's ends."""
    year = draw(st.integers(min_value=2, max_value=9999))
    return draw(
        st.sampled_from(
            [
                dt.date(year, 2, 28),
                _month_end(year, 2),
                dt.date(year, 3, 1),
                dt.date(year, 1, 1),
                dt.date(year, 12, 31),
            ]
        )
    )


any_periods = st.one_of(
    calendar_periods(phrase_years), whole_months(phrase_years), periods(phrase_dates)
)


# -- constructors ------------------------------------------------------------------


@given(phrase_years)
def test_year_runs_from_first_of_january_to_thirty_first_of_december(year: int) -> None:
    period = Period.year(year)
    assert (period.start, period.end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
    assert period.days == (366 if calendar.isleap(year) else 365)


@given(phrase_years, st.integers(1, 4))
def test_quarter_is_its_three_months(year: int, quarter: int) -> None:
    first = 3 * quarter - 2
    period = Period.quarter(year, quarter)
    assert period.start == dt.date(year, first, 1)
    assert period.end == _month_end(year, first + 2)
    assert period.days == sum(_last_day(year, month) for month in range(first, first + 3))


@given(phrase_years, st.integers(1, 12))
def test_month_is_the_whole_month(year: int, month: int) -> None:
    period = Period.month(year, month)
    assert (period.start, period.end) == (dt.date(year, month, 1), _month_end(year, month))
    assert period.days == _last_day(year, month)


@given(phrase_years, st.integers(1, 12))
def test_first_and_last_months_count_from_each_end_of_the_year(year: int, months: int) -> None:
    first = Period.first_months(year, months)
    last = Period.last_months(year, months)
    assert (first.start, first.end) == (dt.date(year, 1, 1), _month_end(year, months))
    assert (last.start, last.end) == (dt.date(year, 13 - months, 1), dt.date(year, 12, 31))
    assert first.days == sum(_last_day(year, month) for month in range(1, months + 1))
    assert last.days == sum(_last_day(year, month) for month in range(13 - months, 13))


@given(phrase_years, st.integers(1, 11))
def test_first_months_and_the_rest_of_the_year_add_up_to_the_year(year: int, months: int) -> None:
    first = Period.first_months(year, months)
    rest = Period.last_months(year, 12 - months)
    assert first.end + ONE_DAY == rest.start
    assert first.days + rest.days == Period.year(year).days


@given(phrase_years)
def test_halves_and_quarters_tile_the_year(year: int) -> None:
    quarters = [Period.quarter(year, quarter) for quarter in range(1, 5)]
    halves = [Period.half(year, 1), Period.half(year, 2)]
    assert halves == [Period.first_months(year, 6), Period.last_months(year, 6)]
    for earlier, later in itertools.pairwise(quarters):
        assert earlier.end + ONE_DAY == later.start
    assert quarters[0].start == halves[0].start == dt.date(year, 1, 1)
    assert quarters[3].end == halves[1].end == dt.date(year, 12, 31)
    assert halves[0].days == quarters[0].days + quarters[1].days
    assert sum(quarter.days for quarter in quarters) == Period.year(year).days


@given(periods(phrase_dates))
def test_between_keeps_both_ends_and_counts_both(period: Period) -> None:
    again = Period.between(period.start, period.end)
    assert (again.start, again.end) == (period.start, period.end)
    assert again == period
    assert hash(again) == hash(period)
    assert again.days == period.end.toordinal() - period.start.toordinal() + 1


@given(periods(window_dates))
def test_days_counts_every_day_once(period: Period) -> None:
    assert period.days == len(_days_of(period))


def test_a_one_day_period_holds_one_day() -> None:
    day = dt.date(2020, 2, 29)
    period = Period.between(day, day)
    assert period.days == 1
    assert day in period
    assert day + ONE_DAY not in period


# -- cùng kỳ -------------------------------------------------------------------------


@given(
    periods(st.dates(min_value=dt.date(2, 1, 1), max_value=dt.date(9999, 12, 31)) | edge_dates())
)
def test_same_period_last_year_moves_both_ends_back_one_year(period: Period) -> None:
    last_year = period.same_period_last_year()
    assert last_year.start == _year_back(period.start)
    end = period.end
    whole_months = period.start.day == 1 and end.day == _last_day(end.year, end.month)
    if whole_months and end.month == 2 and end.day == _last_day(end.year, 2):
        assert last_year.end == _month_end(end.year - 1, 2)
    else:
        assert last_year.end == _year_back(end)


@given(phrase_years)
def test_february_ends_on_the_last_day_of_february_a_year_earlier(year: int) -> None:
    start = dt.date(year, 1, 1)
    period = Period.between(start, _month_end(year, 2))
    last_year = period.same_period_last_year()
    assert last_year == Period.between(dt.date(year - 1, 1, 1), _month_end(year - 1, 2))
    assert Period.month(year, 2).same_period_last_year() == Period.month(year - 1, 2)


@given(calendar_periods(phrase_years))
def test_same_period_last_year_of_a_calendar_period_is_that_period_a_year_earlier(
    period: Period,
) -> None:
    year = period.start.year - 1
    expected = Period.between(
        dt.date(year, period.start.month, 1), _month_end(year, period.end.month)
    )
    assert period.same_period_last_year() == expected


def test_same_period_last_year_worked_examples() -> None:
    # Seed 002: "từ ngày 01/01-31/5/2024 ... so với cùng kỳ năm 2023".
    fees = Period.between(dt.date(2024, 1, 1), dt.date(2024, 5, 31))
    assert fees.same_period_last_year() == Period.between(dt.date(2023, 1, 1), dt.date(2023, 5, 31))
    # 29/02 has no twin: it becomes 28/02.
    leap_day = Period.between(dt.date(2024, 2, 29), dt.date(2024, 3, 10))
    assert leap_day.same_period_last_year() == Period.between(
        dt.date(2023, 2, 28), dt.date(2023, 3, 10)
    )
    # 28/02/2025 is the last day of February: the end moves to 29/02/2024, the start does not.
    # One day is not a whole month: it stays one day.
    short = Period.between(dt.date(2025, 2, 28), dt.date(2025, 2, 28))
    assert short.same_period_last_year() == Period.between(
        dt.date(2024, 2, 28), dt.date(2024, 2, 28)
    )
    assert Period.first_months(2025, 2).same_period_last_year() == Period.between(
        dt.date(2024, 1, 1), dt.date(2024, 2, 29)
    )


# -- containment and overlap -------------------------------------------------------


@given(periods(window_dates), window_dates)
def test_a_date_is_in_a_period_iff_it_is_one_of_its_days(period: Period, day: dt.date) -> None:
    assert (day in period) == (day in _days_of(period))


@given(periods(window_dates), periods(window_dates))
def test_a_period_is_in_another_iff_every_day_of_it_is(outer: Period, inner: Period) -> None:
    assert (inner in outer) == _days_of(inner).issubset(_days_of(outer))


@given(periods(window_dates), periods(window_dates))
def test_periods_overlap_iff_some_day_is_in_both(first: Period, second: Period) -> None:
    shared = _days_of(first) & _days_of(second)
    assert first.overlaps(second) == bool(shared)
    assert second.overlaps(first) == bool(shared)


@given(periods(window_dates))
def test_a_period_contains_and_overlaps_itself(period: Period) -> None:
    assert period in period  # noqa: PLR0124 - a period holds itself
    assert period.overlaps(period)
    assert period.start in period
    assert period.end in period
    assert period.start - ONE_DAY not in period
    assert period.end + ONE_DAY not in period


def test_containment_worked_examples() -> None:
    q2 = Period.quarter(2024, 2)
    assert dt.date(2024, 6, 30) in q2
    assert dt.date(2024, 7, 1) not in q2
    assert Period.month(2024, 5) in q2
    assert Period.half(2024, 1) not in q2
    assert q2 in Period.half(2024, 1)
    assert q2.overlaps(Period.between(dt.date(2024, 6, 30), dt.date(2024, 7, 15)))
    assert not q2.overlaps(Period.quarter(2024, 3))


# -- labels and the phrase reader ----------------------------------------------------


@given(any_periods)
def test_parse_reads_back_the_vietnamese_label(period: Period) -> None:
    assert Period.parse(period.label("vi")) == period
    assert Period.parse(str(period)) == period


@given(any_periods)
def test_label_is_vietnamese_by_default(period: Period) -> None:
    assert period.label() == period.label("vi") == str(period)


LABELS = [
    (Period.year(2021), "năm 2021", "2021"),
    (Period.quarter(2024, 2), "quý II/2024", "Q2 2024"),
    (Period.quarter(2024, 4), "quý IV/2024", "Q4 2024"),
    (Period.month(2025, 8), "tháng 8/2025", "August 2025"),
    (Period.month(2024, 1), "tháng 1/2024", "January 2024"),
    (Period.half(2024, 1), "6 tháng đầu năm 2024", "the first half of 2024"),
    (Period.half(2024, 2), "6 tháng cuối năm 2024", "the second half of 2024"),
    (Period.first_months(2020, 9), "9 tháng đầu năm 2020", "the first 9 months of 2020"),
    (Period.first_months(2024, 5), "5 tháng đầu năm 2024", "the first 5 months of 2024"),
    (Period.last_months(2020, 5), "5 tháng cuối năm 2020", "the last 5 months of 2020"),
    # "3 tháng cuối năm" is the fourth quarter, and reports call it that.
    (Period.last_months(2020, 3), "quý IV/2020", "Q4 2020"),
    (
        Period.between(dt.date(2024, 2, 1), dt.date(2024, 4, 30)),
        "từ ngày 01/02/2024 đến ngày 30/04/2024",
        "1 February 2024 to 30 April 2024",
    ),
    (
        Period.between(dt.date(2023, 12, 1), dt.date(2024, 1, 31)),
        "từ ngày 01/12/2023 đến ngày 31/01/2024",
        "1 December 2023 to 31 January 2024",
    ),
    (
        Period.between(dt.date(2020, 3, 1), dt.date(2020, 5, 25)),
        "từ ngày 01/03/2020 đến ngày 25/05/2020",
        "1 March 2020 to 25 May 2020",
    ),
    (
        Period.between(dt.date(2024, 1, 2), dt.date(2024, 12, 31)),
        "từ ngày 02/01/2024 đến ngày 31/12/2024",
        "2 January 2024 to 31 December 2024",
    ),
    (
        Period.between(dt.date(9999, 12, 1), dt.date(9999, 12, 31)),
        "tháng 12/9999",
        "December 9999",
    ),
]


@pytest.mark.parametrize(("period", "vi", "en"), LABELS, ids=[row[1] for row in LABELS])
def test_label_worked_examples(period: Period, vi: str, en: str) -> None:
    assert period.label() == vi
    assert period.label("en") == en
    assert Period.parse(vi) == period


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("năm 2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
        ("9 tháng đầu năm 2020", dt.date(2020, 1, 1), dt.date(2020, 9, 30)),
        ("6 tháng đầu năm 2024", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        ("6 tháng cuối năm 2024", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        ("3 tháng cuối năm 2020", dt.date(2020, 10, 1), dt.date(2020, 12, 31)),
        ("quý II/2024", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        ("quý 2/2024", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        ("quý II năm 2024", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        ("QUÝ iv/2023", dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
        ("tháng 8/2025", dt.date(2025, 8, 1), dt.date(2025, 8, 31)),
        ("tháng 8 năm 2025", dt.date(2025, 8, 1), dt.date(2025, 8, 31)),
        ("tháng 02/2024", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("từ ngày 01/01-31/5/2024", dt.date(2024, 1, 1), dt.date(2024, 5, 31)),
        ("từ ngày 01/01 – 31/5/2024", dt.date(2024, 1, 1), dt.date(2024, 5, 31)),
        ("01/3/2020 – 25/5/2020", dt.date(2020, 3, 1), dt.date(2020, 5, 25)),
        ("01/3/2020 - 25/5/2020", dt.date(2020, 3, 1), dt.date(2020, 5, 25)),
        ("01/3/2020—25/5/2020", dt.date(2020, 3, 1), dt.date(2020, 5, 25)),
        ("từ 01/3/2020 đến 25/5/2020", dt.date(2020, 3, 1), dt.date(2020, 5, 25)),
        ("từ ngày 01/3 đến ngày 25/5/2020", dt.date(2020, 3, 1), dt.date(2020, 5, 25)),
        ("01/12/2023 - 31/1/2024", dt.date(2023, 12, 1), dt.date(2024, 1, 31)),
        ("06/12/2021 - 06/12/2021", dt.date(2021, 12, 6), dt.date(2021, 12, 6)),
        # Case, runs of white space and non-breaking spaces do not matter.
        ("  Năm \u00a0 2021\n", dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
        ("9  tháng  đầu\tnăm 2020", dt.date(2020, 1, 1), dt.date(2020, 9, 30)),
    ],
)
def test_parse_worked_examples(text: str, start: dt.date, end: dt.date) -> None:
    assert Period.parse(text) == Period.between(start, end)


def test_parse_reads_decomposed_vietnamese() -> None:
    text = unicodedata.normalize("NFD", "quý II năm 2024 ")
    assert Period.parse(text) == Period.quarter(2024, 2)


@pytest.mark.parametrize(
    ("seed", "phrase"),
    [
        ("003", "năm 2021"),
        ("000", "9 tháng đầu năm 2020"),
        ("000", "3 tháng cuối năm 2020"),
        ("002", "6 tháng đầu năm 2024"),
        ("002", "6 tháng cuối năm 2024"),
        ("002", "từ ngày 01/01-31/5/2024"),
        ("004", "01/3/2020 – 25/5/2020"),
    ],
)
def test_seed_phrases_are_quoted_from_the_seeds_and_read(seed: str, phrase: str) -> None:
    matches = sorted(SEEDS.glob(f"{seed}_*.txt"))
    if not matches:
        pytest.skip(f"seed {seed} is not available at {SEEDS}")
    assert phrase in matches[0].read_text(encoding="utf-8")
    assert isinstance(Period.parse(phrase), Period)


@given(
    phrase_years,
    st.integers(1, 4),
    st.sampled_from([ROMAN.__getitem__, str, lambda quarter: ROMAN[quarter].lower()]),
    st.sampled_from(["/", " năm "]),
    st.sampled_from(["", " ", "  "]),
)
def test_parse_reads_quarters_written_any_accepted_way(
    year: int, quarter: int, numeral: Callable[[int], str], joint: str, pad: str
) -> None:
    text = f"{pad}QUÝ {numeral(quarter)}{joint}{year}{pad}"
    assert Period.parse(text) == Period.between(
        dt.date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
    )


@given(phrase_years, st.integers(1, 12), st.sampled_from(["tháng {m}/{y}", "tháng {m} năm {y}"]))
def test_parse_reads_months(year: int, month: int, form: str) -> None:
    text = form.format(m=month, y=year)
    assert Period.parse(text) == Period.between(dt.date(year, month, 1), _month_end(year, month))


@given(phrase_years, st.integers(1, 12), st.sampled_from(["đầu", "cuối"]))
def test_parse_reads_first_and_last_months(year: int, months: int, side: str) -> None:
    if side == "đầu":
        text, start, end = f"{months} tháng đầu năm {year}", 1, months
    else:
        text, start, end = f"{months} tháng cuối năm {year}", 13 - months, 12
    assert Period.parse(text) == Period.between(dt.date(year, start, 1), _month_end(year, end))


@given(
    periods(phrase_dates),
    st.sampled_from(
        ["{a} - {b}", "{a} – {b}", "{a}-{b}", "từ {a} đến {b}", "từ ngày {a} đến ngày {b}"]
    ),
    st.sampled_from(["{0.day:02d}/{0.month}/{0.year}", "{0.day}/{0.month:02d}/{0.year}"]),
)
def test_parse_reads_day_first_ranges(period: Period, form: str, day_form: str) -> None:
    def written(day: dt.date) -> str:
        return day_form.format(day)

    assert Period.parse(form.format(a=written(period.start), b=written(period.end))) == period


@given(st.data(), st.integers(min_value=1000, max_value=9999))
def test_parse_gives_the_first_date_the_second_dates_year(data: st.DataObject, year: int) -> None:
    period = data.draw(periods(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31))))
    start, end = period.start, period.end
    text = f"từ ngày {start.day:02d}/{start.month:02d}-{end.day}/{end.month}/{end.year}"
    assert Period.parse(text) == period


@given(st.text(max_size=40))
def test_parse_returns_a_period_or_raises_parse_error(text: str) -> None:
    try:
        period = Period.parse(text)
    except ParseError as error:
        failure = error
    else:
        assert period.start <= period.end
        return
    normal = unicodedata.normalize("NFC", text)
    assert failure.text == normal
    assert 0 <= failure.position <= len(normal)
    assert repr(normal) in str(failure)


@given(phrase_years, st.integers(13, 99), st.sampled_from(["", " ", "   "]))
def test_parse_points_at_an_impossible_month(year: int, month: int, pad: str) -> None:
    prefix = f"{pad}tháng {pad}"
    text = f"{prefix}{month}/{year}"
    with pytest.raises(ParseError) as caught:
        Period.parse(text)
    assert caught.value.position == len(prefix)
    assert caught.value.text == text


# -- refusals --------------------------------------------------------------------------

DECOMPOSED = unicodedata.normalize("NFD", "quý V/2024")

#: (text, where the error points, a word of the reason)
PARSE_ERRORS = [
    ("31/02/2024 - 01/3/2024", 0, "31/02/2024 is not a date"),
    ("30/02/2024 - 01/3/2024", 0, "30/02/2024 is not a date"),
    ("29/02/2023 - 01/3/2023", 0, "29/02/2023 is not a date"),
    ("01/01/2023 - 29/02/2023", 13, "29/02/2023 is not a date"),
    ("01/01/2024 - 31/13/2024", 13, "31/13/2024 is not a date"),
    ("từ ngày 30/02-31/5/2024", 8, "30/02/2024 is not a date"),
    ("01/3/2024 - 01/2/2024", 12, "ends before it starts"),
    ("từ ngày 01/6-31/5/2024", 13, "ends before it starts"),
    ("01/12-31/1/2025", 6, "ends before it starts"),
    ("quý V/2024", 4, "no quarter 'V'"),
    ("quý 0/2024", 4, "no quarter '0'"),
    ("quý 5/2024", 4, "no quarter '5'"),
    ("quý 5 năm 2024", 4, "no quarter '5'"),
    ("quý IIII năm 2024", 4, "no quarter 'IIII'"),
    (DECOMPOSED, 4, "no quarter 'V'"),
    ("tháng 13/2025", 6, "not 13"),
    ("tháng 0 năm 2025", 6, "not 0"),
    ("  tháng   13/2025", 10, "not 13"),
    ("13 tháng đầu năm 2020", 0, "not 13"),
    ("0 tháng đầu năm 2020", 0, "not 0"),
    ("13 tháng cuối năm 2020", 0, "not 13"),
    ("01/01/2024 - 31/5", 13, "needs its year"),
    ("từ 01/3 đến 25/5", 12, "needs its year"),
    ("năm 0000", 4, "not 0"),
    ("quý II/10000", 0, "expected a period"),
    ("tháng 1 năm 0000", 12, "not 0"),
    ("", 0, "expected a period"),
    ("   ", 0, "expected a period"),
    ("năm 21", 0, "expected a period"),
    ("  quý II", 2, "expected a period"),
    ("2024", 0, "expected a period"),
    ("cùng kỳ năm trước", 0, "expected a period"),
    ("năm 2021 và năm 2022", 0, "expected a period"),
]


@pytest.mark.parametrize(("text", "position", "reason"), PARSE_ERRORS)
def test_parse_refuses_with_the_text_and_the_position(
    text: str, position: int, reason: str
) -> None:
    with pytest.raises(ParseError) as caught:
        Period.parse(text)
    error = caught.value
    normal = unicodedata.normalize("NFC", text)
    assert error.text == normal
    assert error.position == position
    assert reason in error.reason
    assert repr(normal) in str(error)
    assert f"at position {position}" in str(error)


def test_parse_error_position_counts_characters_of_the_nfc_text() -> None:
    with pytest.raises(ParseError) as caught:
        Period.parse(DECOMPOSED)
    error = caught.value
    assert len(DECOMPOSED) == len(error.text) + 1
    assert error.text[error.position] == "V"


AFTER = dt.date(2024, 3, 1)
BEFORE = dt.date(2024, 2, 1)
MIDNIGHT = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
Q2 = Period.quarter(2024, 2)

#: (what to call, the error it raises, what its message must name)
OTHER_ERRORS: list[tuple[str, Callable[[], object], type[Exception], str]] = [
    ("parse int", lambda: Period.parse(2024), InvalidTypeError, "2024"),  # type: ignore[arg-type]
    ("parse None", lambda: Period.parse(None), InvalidTypeError, "None"),  # type: ignore[arg-type]
    ("quarter 5", lambda: Period.quarter(2024, 5), InvalidValueError, "got 5"),
    ("quarter 0", lambda: Period.quarter(2024, 0), InvalidValueError, "got 0"),
    ("quarter str", lambda: Period.quarter(2024, "2"), InvalidTypeError, "got '2'"),  # type: ignore[arg-type]
    ("year True", lambda: Period.year(True), InvalidTypeError, "got True"),  # noqa: FBT003
    ("year 0", lambda: Period.year(0), InvalidValueError, "got 0"),
    ("year 10000", lambda: Period.year(10_000), InvalidValueError, "got 10000"),
    ("year float", lambda: Period.year(2024.0), InvalidTypeError, "got 2024.0"),  # type: ignore[arg-type]
    ("half 3", lambda: Period.half(2024, 3), InvalidValueError, "got 3"),
    ("half year", lambda: Period.half(10_000, 1), InvalidValueError, "got 10000"),
    ("month 13", lambda: Period.month(2025, 13), InvalidValueError, "got 13"),
    ("first 13", lambda: Period.first_months(2020, 13), InvalidValueError, "got 13"),
    ("first 0", lambda: Period.first_months(2020, 0), InvalidValueError, "got 0"),
    ("last True", lambda: Period.last_months(2020, True), InvalidTypeError, "got True"),  # noqa: FBT003
    ("last 13", lambda: Period.last_months(2020, 13), InvalidValueError, "from 1 to 12, got 13"),
    ("last 0", lambda: Period.last_months(2020, 0), InvalidValueError, "from 1 to 12, got 0"),
    ("month 0", lambda: Period.month(2025, 0), InvalidValueError, "from 1 to 12, got 0"),
    ("half 0", lambda: Period.half(2024, 0), InvalidValueError, "from 1 to 2, got 0"),
    ("end first", lambda: Period.between(AFTER, BEFORE), InvalidValueError, "2024-02-01"),
    ("kw end first", lambda: Period(start=AFTER, end=BEFORE), InvalidValueError, "2024-03-01"),
    ("str start", lambda: Period.between("2024-01-01", AFTER), InvalidTypeError, "'2024-01-01'"),  # type: ignore[arg-type]
    ("None end", lambda: Period.between(BEFORE, None), InvalidTypeError, "None"),  # type: ignore[arg-type]
    (
        "datetime start",
        lambda: Period.between(MIDNIGHT, AFTER),
        InvalidTypeError,
        f"got {MIDNIGHT}",
    ),
    ("datetime end", lambda: Period.between(BEFORE, MIDNIGHT), InvalidTypeError, f"got {MIDNIGHT}"),
    ("str in", lambda: "2024-05-01" in Q2, InvalidTypeError, "'2024-05-01'"),
    ("datetime in", lambda: MIDNIGHT in Q2, InvalidTypeError, f"got {MIDNIGHT} of type datetime"),
    ("overlaps date", lambda: Q2.overlaps(AFTER), InvalidTypeError, "got 2024-03-01"),  # type: ignore[arg-type]
    ("label fr", lambda: Q2.label("fr"), InvalidValueError, "'fr'"),  # type: ignore[arg-type]
    (
        "year 1 back",
        lambda: Period.year(1).same_period_last_year(),
        InvalidValueError,
        "got 1",
    ),
]


@pytest.mark.parametrize(
    ("call", "error", "named"),
    [row[1:] for row in OTHER_ERRORS],
    ids=[row[0] for row in OTHER_ERRORS],
)
def test_constructors_and_relations_refuse_bad_arguments(
    call: Callable[[], object], error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert named in str(caught.value)


def test_errors_are_also_the_builtin_errors() -> None:
    with pytest.raises(ValueError, match="quarter"):
        Period.quarter(2024, 5)
    with pytest.raises(TypeError, match=r"datetime\.date"):
        Period.between(MIDNIGHT, AFTER)
    with pytest.raises(ValueError, match="no quarter"):
        Period.parse("quý V/2024")


#: Errors whose whole message a user reads: the argument's name, the bounds, the value.
EXACT_MESSAGES: list[tuple[Callable[[], object], type[Exception], str]] = [
    (lambda: Period.year(0), InvalidValueError, "year must be an int from 1 to 9999, got 0"),
    (
        lambda: Period.half(2024, 3),
        InvalidValueError,
        "half must be an int from 1 to 2, got 3",
    ),
    (
        lambda: Period.quarter(2024, 5),
        InvalidValueError,
        "quarter must be an int from 1 to 4, got 5",
    ),
    (
        lambda: Period.month(2025, 13),
        InvalidValueError,
        "month must be an int from 1 to 12, got 13",
    ),
    (
        lambda: Period.first_months(2020, 13),
        InvalidValueError,
        "months must be an int from 1 to 12, got 13",
    ),
    (
        lambda: Period.last_months(2020, 13),
        InvalidValueError,
        "months must be an int from 1 to 12, got 13",
    ),
    (
        lambda: Period.between("2024-01-01", AFTER),  # type: ignore[arg-type]
        InvalidTypeError,
        "start must be a datetime.date, got '2024-01-01' of type str",
    ),
    (
        lambda: Period.between(BEFORE, None),  # type: ignore[arg-type]
        InvalidTypeError,
        "end must be a datetime.date, got None",
    ),
    (
        lambda: Period.between(AFTER, BEFORE),
        InvalidValueError,
        "end must not be earlier than start (2024-03-01), got 2024-02-01",
    ),
    (
        lambda: Period.year(1).same_period_last_year(),
        InvalidValueError,
        "period must start after year 1 to have a year before it, got 1",
    ),
    (
        lambda: "2024-05-01" in Q2,
        InvalidTypeError,
        "item must be a datetime.date, got '2024-05-01' of type str",
    ),
    (
        lambda: Q2.overlaps(AFTER),  # type: ignore[arg-type]
        InvalidTypeError,
        "other must be a Period, got 2024-03-01",
    ),
    (
        lambda: Q2.label("fr"),  # type: ignore[arg-type]
        InvalidValueError,
        "lang must be 'vi' or 'en', got 'fr'",
    ),
    (
        lambda: Period.parse(2024),  # type: ignore[arg-type]
        InvalidTypeError,
        "a period phrase must be a str, got 2024",
    ),
    (
        lambda: Period.parse("năm 0000"),
        ParseError,
        "cannot read 'năm 0000' at position 4: a year runs from 1 to 9999, not 0",
    ),
    (
        lambda: Period.parse("hôm qua"),
        ParseError,
        (
            "cannot read 'hôm qua' at position 0: expected a period such as 'năm 2021', "
            "'9 tháng đầu năm 2020', 'quý II/2024', 'tháng 8/2025' or 'từ ngày 01/01-31/5/2024'"
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("năm 0001", Period.year(1)),
        ("năm 9999", Period.year(9999)),
        ("3 tháng cuối năm 0001", Period.last_months(1, 3)),
        ("quý IV/0001", Period.quarter(1, 4)),
    ],
)
def test_the_first_and_last_years_are_read(text: str, period: Period) -> None:
    assert Period.parse(text) == period


@pytest.mark.parametrize(("call", "error", "message"), EXACT_MESSAGES)
def test_the_whole_message_names_the_argument_and_the_value(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert str(caught.value) == message


ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.mark.parametrize(("month", "name"), list(enumerate(ENGLISH_MONTHS, start=1)))
def test_every_month_has_its_english_name(month: int, name: str) -> None:
    assert Period.month(2024, month).label("en") == f"{name} 2024"
    day = dt.date(2024, month, 5)
    assert Period.between(day, day).label("en") == f"5 {name} 2024 to 5 {name} 2024"


def test_a_period_is_built_with_keywords_only() -> None:
    with pytest.raises(TypeError):
        Period(dt.date(2024, 1, 1), dt.date(2024, 1, 2))  # type: ignore[misc]


def test_roman_quarters_are_read() -> None:
    for numeral, quarter in (("I", 1), ("II", 2), ("III", 3), ("IV", 4)):
        assert Period.parse(f"quý {numeral}/2024") == Period.quarter(2024, quarter)
        assert Period.quarter(2024, quarter).label() == f"quý {numeral}/2024"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("quý 5/2024", "there is no quarter '5'"),
        ("tháng 13/2025", "a year has months 1 to 12, not 13"),
        ("31/02/2024 - 01/3/2024", "31/02/2024 is not a date"),
        ("01/01/2024 - 31/5", "the end of a range needs its year"),
        ("01/3/2024 - 01/2/2024", "the range ends before it starts"),
    ],
)
def test_the_whole_reason_of_a_parse_error(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        Period.parse(text)
    assert caught.value.reason == reason
