"""The vocabulary of report sentences: the words, marks and period phrases a reading looks for."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from dongdang.errors import InvalidValueError, ParseError
from dongdang.periods import Period
from dongdang.statements._values import ComparisonKind
from dongdang.text import QUALIFIER_WORDS

if TYPE_CHECKING:
    from dongdang.periods import Language

# -- the vocabulary ---------------------------------------------------------------

_NUMBER: Final = r"\d(?:[\d.,]*\d)?"
# one table of qualifier words, text's; the longest first ("ước đạt" before "ước")
_QUALIFIER_WORDS: Final = tuple(sorted(QUALIFIER_WORDS, key=len, reverse=True))
_QUALIFIER_BEFORE: Final = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(map(re.escape, _QUALIFIER_WORDS)) + r")\s+$", re.IGNORECASE
)
_KEYWORDS: Final = {
    "vi": {
        "tăng": ComparisonKind.GROWTH,
        "giảm": ComparisonKind.GROWTH,
        "bằng": ComparisonKind.RATIO,
        "tương đương": ComparisonKind.RATIO,
        "tương ứng": ComparisonKind.RATIO,
        "đạt": ComparisonKind.ATTAINMENT,
        "vượt": ComparisonKind.EXCESS,
    },
    "en": {
        "up": ComparisonKind.GROWTH,
        "down": ComparisonKind.GROWTH,
        "equal to": ComparisonKind.RATIO,
        "reaching": ComparisonKind.ATTAINMENT,
        "exceeding by": ComparisonKind.EXCESS,
    },
}
_DECREASE: Final = frozenset({"giảm", "down", "thấp hơn"})
_WRITE_KEYWORD: Final = {
    lang: {
        (kind, word in _DECREASE): word
        for word, kind in words.items()
        if word not in ("tương đương", "tương ứng")
    }
    for lang, words in _KEYWORDS.items()
}
# A qualifier between the keyword and the number: "tăng trên 5%", "up over 5%".
_QUALIFIED: Final = r"(?:(?P<qualifier>" + "|".join(map(re.escape, _QUALIFIER_WORDS)) + r")\s+)?"
# A hedge before the keyword: "gần bằng 102%", "xấp xỉ bằng", "ước tăng 8,67%", "nearly
# equal to". The one between the keyword and the number, if any, is the figure's.
# Each is a qualifier word of text's table (``_hedged`` looks it up there): checked here.
_AHEAD_WORDS: Final = ("gần", "xấp xỉ", "ước tính", "dự ước", "ước", "nearly", "almost")
assert set(_AHEAD_WORDS) <= set(QUALIFIER_WORDS), "a hedge that is no qualifier word"  # noqa: S101
_AHEAD: Final = r"(?:(?P<ahead>" + "|".join(_AHEAD_WORDS) + r")\s+)?"
_PERCENT_COMPARISON: Final = {
    lang: re.compile(
        r"(?<!\w)"
        + _AHEAD
        + r"(?P<word>"
        + "|".join(words)
        + r")\s+"
        + _QUALIFIED
        + r"(?P<number>"
        + _NUMBER
        + r")?\s*%",
        re.IGNORECASE,
    )
    for lang, words in _KEYWORDS.items()
}
# A second growth of the same statement, its word said once: "tăng 28,3% về số doanh
# nghiệp và 46,2% về số vốn đăng ký" (each followed by "về" and what it measures).
_CONTINUED: Final = re.compile(
    r"(?<!\w)(?P<word>và)\s+" + _QUALIFIED + r"(?P<number>" + _NUMBER + r")\s*%(?=\s+về\s)",
    re.IGNORECASE,
)
# what lies between the first and the continued one: its measure's words, no figure
_MEASURE_ONLY: Final = re.compile(r"\s+về\s[^\d%;,()]*", re.IGNORECASE)
# "tăng 84,3% với 6.134 lượt doanh nghiệp": a figure said with the growth, not its base
# ("với 2023" names a year: a base)
_WITH_FIGURE: Final = re.compile(r"với\s+(?!(?:19|20)\d\d(?![\d.,]))\d", re.IGNORECASE)
# "gấp 2,5 lần", "tăng 2,5 lần", "tăng gấp 4,2 lần" (a multiple); "giảm 2,5 lần" is
# refused (see _comparisons).
_MULTIPLE: Final = {
    "vi": re.compile(
        r"(?<!\w)"
        + _AHEAD
        + r"(?P<word>(?:tăng\s+)?gấp|tăng|giảm)\s+"
        + _QUALIFIED
        + r"(?P<number>"
        + _NUMBER
        + r")\s+lần",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!\w)" + _QUALIFIED + r"(?P<number>" + _NUMBER + r")\s+times(?!\w)", re.IGNORECASE
    ),
}
_BASE_LEAD: Final = {
    "vi": re.compile(r"\s*(?:so(?: với)?\s+(?=\S))?", re.IGNORECASE),
    "en": re.compile(r"\s*(?:(?:on|of|over|than)\s+)?", re.IGNORECASE),
}
# A run of dots or of spaces is tried from its start only: from every character
# of a long run, the search would be quadratic in it.
# A growth restated as a change ends its base: "giảm 2,73% hay giảm 698,6 ha so với
# cùng kỳ", "tăng 3,09% bằng 1.790 ha so với cùng vụ": the base is after the change.
# Inside a bracket, two figures or more parted by ";" or "," and a space (not a decimal
# comma): a list of parts. Possessive: each bracket is read once, whatever follows.
_LISTED: Final = r"[^()\d]*+\d(?:[^();,]|[;,](?![^\S\n]))*+[;,][^\S\n][^()\d]*+\d[^()]*+\)"
_BASE_END: Final = re.compile(
    r",\s|;|\)|(?<!\.)\.+(?:\s|$)|(?:(?<!\s)\s+|(?<=\s))(?:và|and|so với|trong đó|of which)(?!\w)"
    r"|(?<!\w)(?:hay|hoặc|or)\s+(?:tăng|giảm|up|down)(?!\w)"
    r"|(?<!\w)(?:bằng|tương ứng|tương đương)\s+(?:tăng\s+|giảm\s+)?(?=\d)"
    r"|\(\s*(?:tương ứng|tương đương|tức là)(?!\w)"
    r"|[^\S\n]*\((?=" + _LISTED + r")"  # a bracketed list of parts
    r"|$",
    re.IGNORECASE,
)
_SAME_PERIOD: Final = {
    "vi": re.compile(r"cùng (?:kỳ|thời gian)(?:\s+năm)?(?:\s+(\d{4}))?", re.IGNORECASE),
    "en": re.compile(r"the same period of (?:the previous year|(\d{4}))", re.IGNORECASE),
}
# "so với (cùng kỳ) năm trước", "on the previous year": the same period a year before.
_PREVIOUS_YEAR: Final = {
    "vi": re.compile(r"(?:cùng kỳ\s+)?năm\s+(?:trước|ngoái)", re.IGNORECASE),
    "en": re.compile(
        r"the previous year|last year|the same period (?:of )?last year", re.IGNORECASE
    ),
}
# A scale word after a number ("5 triệu kg") not followed by a unit dongdang
# knows, with the word after it: not a figure that can be read. "tỷ lệ" (a
# ratio: "đến 2025 tỷ lệ … đạt 50%") is no scale.
_SCALED: Final = re.compile(
    r"[^\S\n]*(nghìn|ngàn|triệu|tỷ|tỉ|thousand|million|billion|trillion)(?!\w)(?![^\S\n]+lệ(?!\w))"
    r"(?:[^\S\n]+[^\W\d]+)?",
    re.IGNORECASE,
)
# "tăng 30 tỷ đồng", "giảm hơn 5 tấn", "up 30 billion VND": a change by an amount.
_COMPARED_THAN: Final = re.compile(r"(?<!\w)(?:cao|thấp)\s+hơn\s*$", re.IGNORECASE)
_LONGEST_THAN: Final = len("thấp ")
_CHANGE_BEFORE: Final = {
    "vi": re.compile(
        r"(?<!\w)" + _AHEAD + r"(?P<word>tăng|giảm|cao hơn|thấp hơn)(?:\s+(?:thêm|bớt))?\s+$",
        re.IGNORECASE,
    ),
    "en": re.compile(r"(?<!\w)(?P<word>up|down)\s+$", re.IGNORECASE),
}
# The words that restate the figure before them: "bằng", "tương ứng", "tương đương", "tức là".
_RESTATING_WORDS: Final = r"bằng|tương ứng|tương đương|tức là"
# A change restating the growth right before it: "tăng 3,09% bằng 1.790 ha",
# "giảm 2,1%, tương ứng 30 tỷ đồng", "tăng 0,32% (1.216 tấn)", "giảm 30,49% (bằng 121.467
# tấn)"; the growth's word gives its direction.
_RESTATED: Final = re.compile(
    r"(?<!\w)(?P<direction>tăng|giảm)\s+(?:[^\W\d]+\s+){0,2}\d[\d.,]*\s*%[^\S\n]*[,(]?[^\S\n]*"
    r"(?P<word>(?:hay|" + _RESTATING_WORDS + r")(?=\s)|\()\s*$",
    re.IGNORECASE,
)
# A bracket right after a growth that opens with a figure restates its change:
# "tăng 0,32% (1.216 tấn) so với vụ mùa năm 2018".
_CHANGE_IN_BRACKET: Final = re.compile(
    r"[^\S\n]*\([^\S\n]*(?:(?:" + _RESTATING_WORDS + r")[^\S\n]+)?\d", re.IGNORECASE
)
# A change, then a bracket that restates it as a growth: "giảm 657ha (bằng 0,85%)";
# matched ending at the bracket's "(": the percent is a growth the change's way.
_CHANGE_THEN_BRACKET: Final = re.compile(
    r"(?<!\w)(?P<direction>tăng|giảm)[^\S\n]+\d[\d.,]*[^\S\n]*[^\W\d][^\s()%]{0,15}"
    r"(?:[^\S\n]+[^\W\d][^\s()%]{0,15}){0,2}[^\S\n]*\([^\S\n]*$",
    re.IGNORECASE,
)
#: How far before its bracket such a change may start (``_CHANGE_THEN_BRACKET``).
_LONGEST_CHANGE: Final = 72
#: How far before a figure a growth it restates may start (``_RESTATED``).
_LONGEST_RESTATED: Final = 64
# The words of a bracket that restates a change rather than naming a base.
_RESTATING: Final = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)", re.IGNORECASE)
# A bracket restating the figure before it: "(tương đương kim ngạch tăng thêm …".
_RESTATING_BRACKET: Final = re.compile(
    r"\(\s*(?:tương ứng|tương đương|tức là)(?!\w)[^;:()]*$", re.IGNORECASE
)
# A count per a noun, with decimals: "2,99 con/hộ" (an average).
_PER_NOUN: Final = re.compile(r"[^\W\d_]+/[^\W\d_]+")
# The words between a figure and its whole: "394 tỷ đồng trên tổng kế hoạch 1.239 tỷ đồng".
_OVER_TOTAL: Final = re.compile(r"(?<!\w)trên\s+tổng(?:\s+[^\W\d]+){0,4}\s+$", re.IGNORECASE)
#: How far before a whole the words "trên tổng …" may start (``_OVER_TOTAL``).
_LONGEST_OVER: Final = 48
# A word of a unit or a noun after a number: letters, or "km2"/"m2" (areas).
_UNIT_WORD: Final = r"(?:k?m2(?!\w)|[^\W\d]+(?:-[^\W\d]+)?)"
# The words that may follow a bare "lượt" (vehicle trips) without naming what
# is counted: "215.385 lượt, tăng …", "1.500 lượt qua cửa khẩu". Any other word
# ("1.500 lượt tàu") names a count that is not known to be vehicle trips.
_AFTER_TRIPS: Final = frozenset(
    {
        *("tăng", "giảm", "so", "với", "và", "trong", "đạt", "bằng", "vượt", "gấp", "chiếm"),
        *("từ", "đến", "tại", "qua", "của", "trên", "dưới", "khoảng", "hơn", "gần", "là"),
        *("được", "mỗi", "cho", "theo", "xuất", "nhập", "ra", "vào", "đi", "về"),
    }
)
# A scale word of money with no unit or noun after it: "chi 450 tỷ", "đạt 2 nghìn tỷ.".
_CURRENCY_SCALE: Final = re.compile(
    r"[^\S\n]*((?:nghìn|ngàn|triệu)[^\S\n]+(?:tỷ|tỉ)|tỷ|tỉ|triệu)(?!\w)(?![^\S\n]*[^\W\d])",
    re.IGNORECASE,
)
_CURRENCY_WORD: Final = re.compile(
    r"(?<!\w)(?:đồng|USD|đô la Mỹ|đô la|đô-la|nhân dân tệ|NDT)(?!\w)", re.IGNORECASE
)
# "Không tính 2.000 tỷ đồng tiền sử dụng đất thì thu nội địa đạt 8.000 tỷ đồng".
_NOT_COUNTING: Final = re.compile(r"[\s,;:]*(?:không tính|excluding)(?!\w)", re.IGNORECASE)
_THEN: Final = re.compile(r"(?<!\w)(?:thì|then)(?!\w)", re.IGNORECASE)
# "Nếu tính cả 1.893,4 nghìn tỷ đồng vốn tăng thêm thì tổng số vốn … là 3.327,8 nghìn tỷ đồng".
_COUNTING_ALSO: Final = re.compile(r"[\s,;:]*(?:nếu\s+)?tính cả(?!\w)", re.IGNORECASE)
# "xuất siêu 1,2 tỷ USD": exports − imports; "nhập siêu": imports − exports; so are a
# trade balance's "thặng dư" (surplus) and "thâm hụt" (deficit): "cán cân thương mại
# hàng hóa thâm hụt 140 triệu USD" (a budget's "thâm hụt" is no trade balance).
_BALANCE: Final = re.compile(r"(?<!\w)(?:xuất siêu|nhập siêu)(?!\w)", re.IGNORECASE)
_TRADE_BALANCE: Final = re.compile(r"(?<!\w)cán cân(?!\w)", re.IGNORECASE)
_SURPLUS_OR_DEFICIT: Final = re.compile(r"(?<!\w)(?:thặng dư|thâm hụt)(?!\w)", re.IGNORECASE)


def _is_balance(subject: str) -> bool:
    """Whether a subject names a trade balance: "xuất siêu", "cán cân … thâm hụt"."""
    return _BALANCE.search(subject) is not None or (
        _TRADE_BALANCE.search(subject) is not None
        and _SURPLUS_OR_DEFICIT.search(subject) is not None
    )


_COMPONENTS: Final = re.compile(r"(?<!\w)(?:trong đó|bao gồm|gồm|of which)(?!\w)", re.IGNORECASE)
# "…, trong đó 7/16 khoản thu đạt tiến độ; kế đến là thu dầu thô 8.097 tỷ đồng": the next
# item of a ranking is a sibling of the item whose parts "trong đó" opened, not one of them.
_NEXT_IN_RANK: Final = re.compile(
    r"(?<!\w)(?:kế đến|kế tiếp|tiếp đến|tiếp theo|sau đó|đứng thứ hai|đứng thứ ba)\s+là(?!\w)",
    re.IGNORECASE,
)
# "…, trong đó thu nội địa 500 tỷ đồng; lũy kế 9 tháng đạt 5.000 tỷ đồng": a cumulative
# figure opening a clause is a sibling of the total whose parts were listed, not one of them.
_CUMULATIVE: Final = re.compile(
    r"(?<=[;,])[^\S\n]*(?:lũy kế|luỹ kế|cộng dồn|tính chung|tính từ đầu năm)(?!\w)",
    re.IGNORECASE,
)
# A sentence that opens with "Trong đó" gives the parts of the previous sentence's
# last statement; one that ends with "trong đó:" announces them in the lines after
# it, each opening with a bullet.
_OPENS_PARTS: Final = re.compile(r"[\s\-–+•*]*(?:trong đó|of which)(?!\w)", re.IGNORECASE)
# "Cụ thể, thu thuế và phí 73 tỷ đồng, …; thu tài chính: 4 tỷ đồng, …" (specifically): the
# parts of the figure before, when the list leaves no doubt (see ``_parse._listed``)
_LISTS_PARTS: Final = re.compile(r"[\s\-–+•*]*cụ thể(?!\w)", re.IGNORECASE)
_ENDS_WITH_PARTS: Final = re.compile(r"(?<!\w)(?:trong đó|of which)[\s:]*[.\n]?$", re.IGNORECASE)
_BULLET: Final = re.compile(r"\s*[\-–+•*]")
# Where a subject may start: after a strong separator; else, after a figure or a
# comparison, at the first comma (or "và") that closes the clause it ended.
_STRONG_SEPARATOR: Final = re.compile(r"[;:()]")
_BRACKET: Final = re.compile(r"[()]")
# A bracket that lists parts of the figure before it: "6.942 phương tiện (3.223 phương
# tiện Việt Nam xuất cảnh; 3.719 phương tiện Trung Quốc nhập cảnh)", two figures or more
# after words of no figure, parted by ";" or ",".
_PARTS_BRACKET: Final = re.compile(r"\((?=" + _LISTED + r")")
# A bracket that names what the words before it say, an abbreviation ("ngân sách nhà nước
# (NSNN)", "khu vực có vốn đầu tư nước ngoài (FDI)"): no clause starts at it.
_NAMING_BRACKET: Final = re.compile(r"\([^\S\n]*[A-ZĐ][A-ZĐ&-]*(?:[^\S\n][A-ZĐ&-]+)*[^\S\n]*\)")
#: The longest such bracket looked for around a clause (``_NAMING_BRACKET``).
_LONGEST_NAME: Final = 24
# A comma before these words always opens a clause: "…, đến nay đã hoàn thành 112".
_OPENER: Final = re.compile(
    r",\s+(?=(?:trong đó|bao gồm|gồm|đến nay|hiện nay|đồng thời|ngoài ra|of which)(?!\w))",
    re.IGNORECASE,
)
_SEPARATORS_BEFORE: Final = re.compile(r"^[\s,;:]+")
# Stripped from the end of a clause: separators, and "và"/"and" after a space.
_TRAILING_MARKS: Final = ",;:("
_TRAILING_WORDS: Final = ("và", "and")
_WEAK_SEPARATOR: Final = re.compile(r",(?=\s)|\s(?:và|and)(?=\s)", re.IGNORECASE)
# An opening adverbial before the first comma of a clause: "Theo báo cáo, …",
# "Tính từ 01/3/2020 – 25/5/2020, …"; it is not part of the subject.
_OPENING: Final = re.compile(
    r"\s*(?:theo|tính|trong(?!\s+đó)|với|tại|về|đối với|sau|ngoài ra|according to)(?!\w)"
    r"[^,;:]*,(?=\s)",
    re.IGNORECASE,
)
# "… do <X> đã được … là một trong 08 KKT": what is one of the eight is X.
_ONE_OF: Final = re.compile(
    r"(?:^|\s)(?:do|vì)\s+((?:(?!\s(?:do|vì)\s).)+\slà một trong)$", re.IGNORECASE
)
# The verbs that make a percent the figure itself: "tỷ lệ giải ngân đạt 41%".
_PERCENT_VERB: Final = re.compile(
    r"(?:^|\s)(?:đạt|là|bằng|reached|was|equal to)\s*$", re.IGNORECASE
)
_LEADING: Final = re.compile(
    r"^(?:[\s,:\-–+•*]|trong đó|cụ thể|bao gồm|gồm|of which|có|và|and"
    r"|(?:kế đến|kế tiếp|tiếp đến|tiếp theo|sau đó|đứng thứ hai|đứng thứ ba)\s+là)+(?=[\s,:]|$)",
    re.IGNORECASE,
)
# verbs of two words: "thu nội địa thực hiện 11.104 tỷ đồng"
_VERB_PHRASES: Final = frozenset({"thực hiện"})
_VERBS: Final = frozenset(
    {"đạt", "được", "thu", "là", "có", "hiện", "đã", "ước", "reached", "was", "were"}
)
_NOT_PERIOD_AFTER: Final = (
    *("cùng kỳ", "cùng thời gian", "so với", "đến", "lần", "%", " on", " of", "times"),
)
_LONGEST_NOT_PERIOD_AFTER: Final = max(map(len, _NOT_PERIOD_AFTER))
_BLANKS: Final = re.compile(r"[^\S\n]*")
_UNIT_WORDS: Final = re.compile(_UNIT_WORD + r"(?:(?:[^\S\n]+|/)" + _UNIT_WORD + "){0,3}")
_NUMBER_AT: Final = re.compile(_NUMBER)
# Possessive: the spaces before and after the dash are not given back and tried again.
_RANGE_END: Final = re.compile(r"\s*+[-–]\s*+(" + _NUMBER + ")")
_FOLLOWER: Final = re.compile(r"[^\S\n]+([^\W\d]+)")
# "1,2 điểm phần trăm", "0,8 điểm %": percentage points.
_POINTS_UNIT: Final = re.compile(
    r"(?:điểm[^\S\n]+phần[^\S\n]+trăm|điểm[^\S\n]*%|percentage[^\S\n]+points?)(?!\w)",
    re.IGNORECASE,
)
# A word of a noun: letters, with "/" between two ("tỉnh/thành", "con/hộ").
_WORD: Final = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)*")
_MOST_NOUN_WORDS: Final = 4
_SCALE_NAMES: Final = {
    "nghìn": "thousand",
    "ngàn": "thousand",
    "triệu": "million",
    "tỷ": "billion",
    "tỉ": "billion",
    "thousand": "thousand",
    "million": "million",
    "billion": "billion",
}
# Words that never start or continue a counted noun: the grammar of the sentence.
_NOT_NOUNS: Final = frozenset(
    {
        *_AFTER_TRIPS,
        *("năm", "tháng", "quý", "ngày", "tuần", "giờ", "lần", "thì", "nhưng", "còn"),
        *("có", "sẽ", "đã", "đang", "cũng", "nay", "này", "đó", "kể", "khi", "nếu"),
        *("như", "hoặc", "hay", "cùng", "kỳ", "chiếm", "tương", "ứng", "đương", "phấn", "đấu"),
        *("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "lệ", "thứ", "trở", "lên", "sau", "trước"),
        *("of", "in", "on", "and", "up", "down", "to", "from", "the", "by", "over", "at"),
        *("for", "with", "than", "reached", "was", "were", "is", "are", "times", "equal"),
        *("thousand", "million", "billion", "trillion", "per", "which", "a", "an", "or"),
        # units dongdang does not know: never a counted noun ("20,26 tỷ MWh")
        *("gwh", "mwh", "kw", "mw", "m3", "lít", "km", "m", "cm", "mm", "g"),
    }
)
# A number no Vietnamese report prints: two or more comma groups, or a comma group
# and a decimal point ("42,460,418,319", "1,234.5"). A sentence that has one writes
# its numbers the English way ("tăng 7.4%", "1.84 tỷ USD").
_ENGLISH_GROUPING: Final = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?:,\d{3}){2,}(?![\d,])|(?:,\d{3})+\.\d+(?![\d.,]))"
)
_SENTENCE_END: Final = re.compile(r"[.!?…]+(?=\s|$)|\n")

# Numbers that are not figures: dates, legal numbers, markers, terms, scales.
_NOT_FIGURES: Final = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}"
    r"|(?<!\d)\d+(?:/\d+)*[/-][A-ZĐ][^\s,;.()]*"  # from a run's first digit: linear
    r"|[^\W\d_]+-\d+"
    r"|(?:(?<!cán )mốc|nhiệm kỳ|giai đoạn)\s+\d+(?:/\d+)?(?:\s*[-–—]\s*\d+(?:/\d+)?)?"
    r"|tỷ lệ\s+\d+/\d+"
    # an ordinal ("lần thứ 2", "kỳ họp thứ 5", "thứ 2" a weekday), and "… và 26/63 tỉnh"
    # after one; a rank ("xếp thứ 4/14 tỉnh … và 26/63 tỉnh") is read before (``_RANK``)
    r"|thứ\s+\d+/\d+[^,;.\d]*(?<=\s)và\s++\d+/\d+"
    r"|thứ\s+\d+(?:/\d+)?"
    # periods without their year: "tháng 4", "20 ngày đầu năm", "trong 6 ngày", "12h"
    r"|tháng\s+\d{1,2}(?!\d)"
    r"|\d{1,3}\s+(?:ngày|tháng)\s+(?:đầu|cuối)(?!\w)"
    r"|(?:trong|nghỉ|lễ)\s+\d{1,3}\s+(?:ngày|tháng)(?!\w)"
    r"|từ\s+\d{1,2}\s*[-–]\s*\d{1,2}/\d{1,2}"
    r"|(?<![\d.,])\d{1,2}h(?:\d{2})?(?!\w)"
    r"|(?:tại|số)\s+\d+(?=\s+(?-i:[A-ZĐ]))"  # an address: "tại 489 Hoàng Quốc Việt"
    r"|(?<![\d.,])(?:19|20)\d\d(?![\d.,%])(?=\s+[^\W\d])"  # a year before a word
    r"|(?:ngày|đến)\s+\d{1,2}/\d{1,2}"
    r"|(?-i:K[mM])\s*\d+\s*\+\s*\d+",  # a place on a road: "Lối mở Km 3+4 Hải Yên"
    re.IGNORECASE,
)

# A rank, an ordinal of a place in a ranking ("xếp thứ 4/14 tỉnh"): "thứ N" after a word
# that ranks (the cue: "xếp", "xếp hạng", "đứng", or "lớn", "cao" … as in "lớn thứ 2": the
# second largest), "xếp hạng N/M" before a noun of places, or "thứ N/M" (or "thứ N trên
# M") before a noun of places (``_RANK_PLACES``) that ends its words (``_PLACES_END``),
# no noun of what is counted before "thứ" (``_ORDINAL_BEFORE``). The noun of places
# after it is what it is ranked among. Any other "thứ N" is an ordinal, no figure
# (``_NOT_FIGURES``).
_RANK_PLACES: Final = tuple(
    sorted(
        (
            *("tỉnh, thành phố", "tỉnh/thành phố", "tỉnh thành phố", "tỉnh, thành", "tỉnh/thành"),
            *("tỉnh thành", "tỉnh", "thành phố", "huyện, thành phố", "huyện, thị xã, thành phố"),
            *("huyện", "địa phương", "quốc gia", "cả nước", "toàn quốc"),
        ),
        key=len,
        reverse=True,
    )
)
_PLACE_WORDS: Final = (
    r"(?:"
    + "|".join(
        re.escape(place).replace(",\\ ", r",[^\S\n]*").replace("\\ ", r"[^\S\n]+")
        for place in _RANK_PLACES
    )
    + r")(?!\w)"
)
_PLACES: Final = r"(?P<noun>" + _PLACE_WORDS + ")"
# Where the noun of places of a rank with no word that ranks ends: "thứ 5/11 huyện, …",
# "… trong vùng", "… và …", "… cả nước"; not "thứ 2/3 tỉnh lộ" (a provincial road).
_PLACES_END: Final = re.compile(r"[^\S\n]*(?:[,;:.!?()…]|(?:trong|và|cả)(?!\w)|$)", re.IGNORECASE)
# the words that rank a place: their subject is before them ("Hà Nội đứng ở vị trí thứ 8");
# a bare "vị trí" ranks only before how many among a noun of places ("vị trí thứ 2 nằm
# tại xã …" is an ordinal)
_RANK_VERB: Final = (
    r"(?:xếp(?:\s+hạng)?|đứng)(?:\s+ở)?(?:\s+vị\s+trí)?|(?P<place>(?:ở\s+)?vị\s+trí)"
)
# the words that rank what they describe ("đơn vị có chỉ tiêu thu lớn thứ 2"): after its
# subject, kept as the rank's ``superlative``
_RANK_ADJECTIVE: Final = r"lớn|cao|nhiều|nhanh|thấp|nhỏ"
#: The most digits of a rank and of how many it is among.
_RANK_DIGITS: Final = r"\d{1,5}(?![\d.,]?\d)"
_RANK: Final = {
    "vi": re.compile(
        r"(?<!\w)(?:(?:(?P<verb>"
        + _RANK_VERB
        + r")|(?P<adjective>"
        + _RANK_ADJECTIVE
        + r"))[^\S\n]+)?(?:(?P<ordinal>thứ)[^\S\n]+|(?<=hạng[^\S\n]))(?P<rank>"
        + _RANK_DIGITS
        + r")(?:[^\S\n]*/[^\S\n]*(?P<among>"
        + _RANK_DIGITS
        # "đứng thứ 15 trên 63 tỉnh", "xếp thứ 10 trong tổng số 63 tỉnh"
        + r")|[^\S\n]+(?:trên|trong)(?:[^\S\n]+tổng(?:[^\S\n]+số)?)?[^\S\n]+(?P<over>"
        + _RANK_DIGITS
        + r")(?=[^\S\n]+"
        + _PLACE_WORDS
        + r"))?(?:[^\S\n]+"
        + _PLACES
        + r")?",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!\w)(?P<verb>ranked)\s+(?P<rank>\d{1,5})(?P<ordinal>st|nd|rd|th)(?!\w)"
        r"(?:\s+of\s+(?P<among>" + _RANK_DIGITS + r"))?(?:\s+(?:in\s+)?" + _PLACES + r")?",
        re.IGNORECASE,
    ),
}
# A second rank after "và" ("xếp thứ 4/14 tỉnh trong vùng và 26/63 tỉnh, thành phố"): a rank
# among a number of places, after words of no figure.
_RANK_AND: Final = re.compile(
    r"[^\d,;:.()%\n]*?(?<=\s)và[^\S\n]+(?:(?P<ordinal>thứ)[^\S\n]+)?(?P<rank>"
    + _RANK_DIGITS
    + r")(?:[^\S\n]*/[^\S\n]*(?P<among>"
    + _RANK_DIGITS
    + r"))?(?(among)|(?(ordinal)|(?!)))[^\S\n]+"  # "và thứ 10 cả nước", "và 26/63 tỉnh"
    + _PLACES,
    re.IGNORECASE,
)
# A word before "thứ" that makes it an ordinal, not a rank: "lần thứ 2/3 tỉnh", and the
# noun of what is counted in order: "là huyện thứ 5/11 huyện, thành phố đạt chuẩn".
_ORDINAL_BEFORE: Final = re.compile(
    r"(?<!\w)(?:lần|kỳ|khóa|khoá|đợt|phiên|họp|ngày|năm|tuần|tháng|quý"
    r"|tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|địa phương|đơn vị|dự án|công trình"
    r"|doanh nghiệp|tuyến|khu|cụm|điểm)\s+$",
    re.IGNORECASE,
)
# A change of the rank right before it, in its clause: "tăng 02 bậc", "giảm 3 bậc", "up 2
# places"; only words of no figure between them.
_RANK_CHANGE: Final = {
    "vi": re.compile(
        r"[^\d;:()%\n]*?(?<!\w)(?P<word>tăng|giảm)(?:[^\S\n]+thêm)?[^\S\n]+(?P<number>"
        + _RANK_DIGITS
        + r")[^\S\n]+(?:bậc|hạng)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"[^\d;:()%\n]*?(?<!\w)(?P<word>up|down)\s+(?P<number>"
        + _RANK_DIGITS
        + r")\s+places?(?!\w)",
        re.IGNORECASE,
    ),
}

_MONTHS: Final = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_MONTH: Final = "(" + "|".join(_MONTHS) + ")"
_PERIOD_VI: Final = re.compile(
    r"(?:từ\s+(?:ngày\s+)?)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*(?:-|–|—|đến(?:\s+ngày)?)\s*"
    r"(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,3}\s+(?:ngày|tháng)\s+(?:(?:đầu|cuối)\s+)?(?:của\s+)?năm\s+(?:\d{4}|nay)"
    r"|(?:tính\s+|(?=từ\s))(?:từ\s+(?:(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?|đầu năm)\s*)?đến\s+"
    r"(?:hết\s+)?(?:ngày\s+)?(?:cuối\s+tháng\s+\d{1,2}/\d{4}|\d{1,2}/\d{1,2}(?:/\d{4})?"
    r"|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\s+tháng\s+\d{1,2}[/-]\d{4})"
    r"|kỳ\s+[12]\s+tháng\s+\d{1,2}[/-]\d{4}"  # "kỳ 1 tháng 5-2016": the customs' half month
    r"|nửa\s+(?:đầu|cuối)\s+(?:của\s+)?năm\s+\d{4}"  # "nửa đầu của năm 2015": a half year
    r"|quý\s+(?:[IVX]+|\d)(?:/|\s+năm\s+)\d{4}"
    r"|tháng\s+\d{1,2}(?:/|\s+năm\s+)\d{4}"
    r"|tháng\s+\d{1,2}\.(?:19|20)\d\d(?![.,]?\d)"  # "tháng 11.2019"
    r"|\d{1,2}\s+tháng\s*/\s*(?:19|20)\d\d(?![.,]?\d)"  # "7 tháng/2017": the first 7 months
    r"|năm\s+\d{4}",
    re.IGNORECASE,
)
_PERIOD_EN_FORMS: Final = (
    ("range", rf"(\d{{1,2}}) {_MONTH} (\d{{4}}) to (\d{{1,2}}) {_MONTH} (\d{{4}})"),
    ("half", r"the (first|second) half of (\d{4})"),
    ("months", r"the (first|last) (\d{1,2}) months of (\d{4})"),
    ("quarter", r"Q([1-4]) (\d{4})"),
    ("month", rf"{_MONTH} (\d{{4}})"),
    ("year", r"(\d{4})"),
)
_PERIOD_EN: Final = re.compile(
    r"(?<!\w)(?i:from|in) (?P<label>"
    + "|".join(pattern for _, pattern in _PERIOD_EN_FORMS)
    + r")(?!\w)"
)


def _read_period_en(label: str) -> Period | None:  # noqa: PLR0911 - one return per form
    """The period an English label names ("Q2 2024", "the first 9 months of 2020")."""
    for kind, pattern in _PERIOD_EN_FORMS:
        match = re.fullmatch(pattern, label)
        if match is None:
            continue
        groups = match.groups()
        if kind == "range":
            start = dt.date(int(groups[2]), _MONTHS.index(groups[1]) + 1, int(groups[0]))
            end = dt.date(int(groups[5]), _MONTHS.index(groups[4]) + 1, int(groups[3]))
            return Period.between(start, end)
        if kind == "half":
            return Period.half(int(groups[1]), 1 if groups[0] == "first" else 2)
        if kind == "months":
            build = Period.first_months if groups[0] == "first" else Period.last_months
            return build(int(groups[2]), int(groups[1]))
        if kind == "quarter":
            return Period.quarter(int(groups[1]), int(groups[0]))
        if kind == "month":
            return Period.month(int(groups[1]), _MONTHS.index(groups[0]) + 1)
        return Period.year(int(groups[0]))
    return None


_FIRST_OF_YEAR: Final = re.compile(
    r"(\d{1,3})\s+(ngày|tháng)\s+(?:(đầu|cuối)\s+)?(?:của\s+)?năm\s+(\d{4})", re.IGNORECASE
)
_UNTIL: Final = re.compile(
    r"(?:tính\s+)?(?:từ\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*)?đến\s+(?:hết\s+)?"
    r"(?:ngày\s+)?(?:cuối\s+tháng\s+(\d{1,2})/(\d{4})|(\d{1,2})/(\d{1,2})(?:/(\d{4}))?)",
    re.IGNORECASE,
)


def _read_period_vi(phrase: str) -> Period | None:
    """The period of a Vietnamese phrase :meth:`Period.parse` does not read, or None.

    "8 tháng năm 2022" (the first 8 months), "15 ngày đầu năm 2026", "tính
    đến 20/9/2025" (from the start of its year), "từ ngày 1/1 đến cuối tháng
    10/2025". A phrase without its year ("8 tháng năm nay", "tính đến 20/9")
    is a period too, whose dates the text does not give: None.
    """
    first = _FIRST_OF_YEAR.fullmatch(phrase)
    if first is not None:
        count, unit, edge, year = int(first[1]), first[2].lower(), first[3], int(first[4])
        if unit == "tháng":
            build = Period.last_months if edge == "cuối" else Period.first_months
            return build(year, count)
        if edge == "cuối":
            end = dt.date(year, 12, 31)
            return Period.between(end - dt.timedelta(days=count - 1), end)
        begin = dt.date(year, 1, 1)
        return Period.between(begin, begin + dt.timedelta(days=count - 1))
    until = _UNTIL.fullmatch(phrase)
    if until is None or (until[5] or until[8]) is None:
        return None
    if until[4] is not None:  # "đến cuối tháng 10/2025"
        year, month = int(until[5]), int(until[4])
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        year = int(until[8])
        end = dt.date(year, int(until[7]), int(until[6]))
    start = dt.date(int(until[3] or year), int(until[2] or 1), int(until[1] or 1))
    return Period.between(start, end)


_MONTH_DOT: Final = re.compile(r"(tháng\s+\d{1,2})\.(\d{4})", re.IGNORECASE)
_MONTHS_SLASH: Final = re.compile(r"(\d{1,2}\s+tháng)\s*/\s*(\d{4})", re.IGNORECASE)


#: Dates written with dashes or words, as the dates with slashes they are.
_DATE_FORMS: Final = (
    (re.compile(r"(?<!\d)(\d{1,2})-(\d{1,2})-(\d{4})"), r"\1/\2/\3"),  # "15-5-2016"
    (
        re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})[/-](\d{4})", re.IGNORECASE),
        r"ngày \1/\2/\3",  # "ngày 15 tháng 5-2016"
    ),
    (re.compile(r"tháng\s+(\d{1,2})-(\d{4})", re.IGNORECASE), r"tháng \1/\2"),
    (re.compile(r"từ\s+đầu\s+năm\s+", re.IGNORECASE), "tính "),  # from the start of the year
)
_HALF_YEAR: Final = re.compile(r"nửa\s+(đầu|cuối)\s+(?:của\s+)?năm\s+(\d{4})", re.IGNORECASE)
# "kỳ 1 tháng 5/2016": days 1 to 15 of the month; "kỳ 2": the 16th to its end
_HALF_MONTH: Final = re.compile(r"kỳ\s+([12])\s+tháng\s+(\d{1,2})/(\d{4})", re.IGNORECASE)


def _half_month(phrase: str) -> Period | None:
    """The half month "kỳ 1 tháng 5/2016" or half year "nửa đầu năm 2015" named, or None."""
    year = _HALF_YEAR.fullmatch(phrase)
    if year is not None:
        return Period.half(int(year[2]), 1 if year[1].lower() == "đầu" else 2)
    half = _HALF_MONTH.fullmatch(phrase)
    if half is None:
        return None
    month = Period.month(int(half[3]), int(half[2]))
    middle = month.start + dt.timedelta(days=14)
    if half[1] == "1":
        return Period.between(month.start, middle)
    return Period.between(middle + dt.timedelta(days=1), month.end)


def _read_period(phrase: str, lang: Language) -> Period | None:
    """The period a phrase names, or None when it names no valid period."""
    try:
        if lang == "en":
            return _read_period_en(phrase)
        for form, slashes in _DATE_FORMS:
            phrase = form.sub(slashes, phrase)
        half = _half_month(" ".join(phrase.split()))
        if half is not None:
            return half
        phrase = _MONTH_DOT.sub(r"\1/\2", phrase)  # "tháng 11.2019" is "tháng 11/2019"
        phrase = _MONTHS_SLASH.sub(r"\1 năm \2", phrase)  # "7 tháng/2017": "7 tháng năm 2017"
        try:
            return Period.parse(phrase)
        except ParseError:
            return _read_period_vi(" ".join(phrase.split()))
    except (ParseError, InvalidValueError, ValueError):
        return None


def _period_phrase(period: Period, lang: Language) -> str:
    label = period.label(lang)
    if lang == "en":
        return f"from {label}" if " to " in label else f"in {label}"
    return label
