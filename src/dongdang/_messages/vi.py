"""Every Vietnamese text dongdang writes for a reader, by message id.

Review here: each text is a whole phrase or sentence as an official would
write it, with named placeholders in braces (``{amount}``) that receive
figures already written the Vietnamese way ("278.718 triệu đồng", "14,6%",
"07/10/2020"). The same ids, with the same placeholders, are in ``en.py``.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # -- words shared by every text ------------------------------------------------------
    "day": "{dd}/{mm}/{year}",  # the day and the month on two digits: 07/10/2020
    "month.1": "1",
    "month.2": "2",
    "month.3": "3",
    "month.4": "4",
    "month.5": "5",
    "month.6": "6",
    "month.7": "7",
    "month.8": "8",
    "month.9": "9",
    "month.10": "10",
    "month.11": "11",
    "month.12": "12",
    "period.year": "năm {year}",
    "period.quarter": "quý {roman}/{year}",
    "period.month": "tháng {month}/{year}",
    "period.first_months": "{count} tháng đầu năm {year}",
    "period.first_half": "{count} tháng đầu năm {year}",
    "period.last_months": "{count} tháng cuối năm {year}",
    "period.second_half": "{count} tháng cuối năm {year}",
    "period.between": "từ ngày {start} đến ngày {end}",
    "range": "từ {low} đến {high}",
    "range.at_least": "từ {low} trở lên",
    "range.at_most": "không quá {high}",
    "range.any": "không giới hạn",
    "change.up": "tăng {size}",
    "change.down": "giảm {size}",
    "change.none": "không đổi",
    "growth_on": "{amount}, {change} so với cùng kỳ {period}",
    "against.year": "so với cùng kỳ năm {year}",
    "against.period": "so với cùng kỳ ({period})",
    "change.range.up": "tăng từ {low} đến {high}",
    "change.range.down": "giảm từ {low} đến {high}",
    "change.range.mixed": "từ giảm {low} đến tăng {high}",
    "change.range.at_least.up": "tăng từ {low} trở lên",
    "change.range.at_least.down": "từ mức giảm {low} trở lên",
    "qualifier.at_least": "trên",
    "qualifier.at_most": "gần",
    "qualifier.below": "dưới",
    "qualifier.about": "khoảng",
    "qualifier.estimate": "ước",
    "limit.at_least": "tối thiểu",
    "limit.at_most": "tối đa",
    "severity.info": "THÔNG TIN",
    "severity.warning": "CẢNH BÁO",
    "severity.inconsistent": "SAI LỆCH",
    # -- the report (python -m dongdang report) ------------------------------------------
    "report.title": "Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn: chỉ tiêu từ bộ dữ liệu “{dataset}”",
    "report.title.untitled": (
        "Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn: chỉ tiêu từ bộ dữ liệu chưa đặt tên"
    ),
    "report.how": "cách tính",
    "report.cited": "nguồn",
    "report.findings": "Kết quả kiểm tra số liệu của các tài liệu nguồn",
    "report.no_findings": "Không thấy sai lệch.",
    "report.sources": "Nguồn",
    "management.since": ", từ ngày {day}",
    "management.by": " (theo {decision})",
    "management.ended": "; nay không còn là đơn vị quản lý, chưa rõ ngày chấm dứt",
    "report.no_sources": "không có tài liệu nào",
    "report.untitled": "không rõ tên",
    "report.date_unknown": "không rõ ngày",
    "report.event_day": "sự kiện ngày {day}",
    "report.on_day": "ngày {day}",
    "report.published_day": "đăng ngày {day}",
    "report.source": "tài liệu “{title}” ({when})",
    "report.source.entry": "{name}; tệp {file}",
    "report.says": "báo cáo viết “{text}”",
    "report.matches": "khớp",
    "report.differs": "KHÔNG khớp",
    "report.as_stated": "như báo cáo nêu; suy ra {period} là {amount}",
    "report.as_stated_same_period": "như báo cáo nêu; suy ra cùng kỳ là {amount}",
    "report.recorded": "theo số liệu của hai kỳ; {period} là {amount}",
    "report.recorded_same_period": "theo số liệu của hai kỳ; cùng kỳ là {amount}",
    "report.within_rounding": "{range} trong phạm vi làm tròn",
    "report.cannot_derive": "không tính được",
    # gates
    "report.gates.title": "Cửa khẩu thông quan hàng hóa",
    "report.gates.label.pairs": "Cặp cửa khẩu thông quan hàng hóa, {period}",
    "report.gates.label.gates": "Cửa khẩu thông quan hàng hóa, {period}",
    "report.gates.reproduced": "danh mục cửa khẩu xác nhận được",
    "report.gates.unproven": "danh mục cửa khẩu KHÔNG xác nhận được (thiếu dữ kiện)",
    "report.gates.conflicts": "MÂU THUẪN với danh mục cửa khẩu",
    "report.gates.found.pairs": (
        "theo danh mục, có {found} cặp cửa khẩu thông quan{names}; "
        "tối đa {possible} cặp có thể đã thông quan"
    ),
    "report.gates.found.gates": (
        "theo danh mục, có {found} cửa khẩu thông quan{names}; "
        "tối đa {possible} cửa khẩu có thể đã thông quan"
    ),
    "report.gates.found.none.pairs": (
        "theo danh mục, chưa xác định được cặp cửa khẩu nào đã thông quan; "
        "tối đa {possible} cặp có thể đã thông quan"
    ),
    "report.gates.found.none.gates": (
        "theo danh mục, chưa xác định được cửa khẩu nào đã thông quan; "
        "tối đa {possible} cửa khẩu có thể đã thông quan"
    ),
    "report.gates.names": " ({names})",
    "report.gates.derivation": (
        "{says}; {found}; danh mục có ghi chú về số liệu này, hiện chỉ có bằng tiếng Anh "
        "(xem bản tiếng Anh của báo cáo)"
    ),
    "report.gates.derivation.noted": "{says}; {found}; ghi chú của danh mục: {note}",
    # fees
    "report.fees.title": "Phí sử dụng hạ tầng cửa khẩu",
    "report.fees.collected": "Thu phí {period}",
    "report.fees.per_trip": "Phí sang tải {period}, bình quân mỗi lượt xe",
    "report.fees.per_trip.how": "{amount} chia cho {trips} lượt xe",
    "report.fees.budget": "Dự toán thu phí sang tải {period} (suy ra)",
    "report.fees.budget.how": "{amount} đạt {percent} dự toán được giao",
    "report.fees.line": "Thu {line}, {period}",
    "report.fees.growth": "Tăng trưởng thu phí {period}, suy ra từ hai khoản phí",
    "report.fees.growth.how": (
        "{amount} so với cùng kỳ suy ra là {previous} ({within}); "
        "{verdict} với mức {stated} báo cáo nêu"
    ),
    "report.fees.growth.not_even": "{check}, kể cả trong phạm vi làm tròn",
    "report.fees.lower_bound.how": (
        "như báo cáo nêu; chữ “trên” chỉ cho biết cận dưới nên không có gì để đối chiếu; "
        "suy ra {period} là {amount}"
    ),
    # trade
    "report.trade.title": "Xuất nhập khẩu qua các cửa khẩu",
    "report.trade.total": "Tổng kim ngạch xuất nhập khẩu {period} (ước tính)",
    "report.trade.total.how": "như báo cáo nêu",
    "report.trade.flow": "{direction} {period}",
    "report.trade.flow.how": (
        "như báo cáo nêu; suy ra {period} là {amount}; "
        "đóng góp {points} điểm phần trăm vào tăng trưởng"
    ),
    "report.trade.previous": "Kim ngạch {period}, suy ra từ các thành phần",
    "report.trade.previous.how": (
        "tổng các giá trị năm trước suy ra từ tốc độ tăng của xuất khẩu và nhập khẩu"
    ),
    "report.trade.flow.recorded.how": (
        "theo số liệu của hai kỳ; {period} là {amount}; "
        "đóng góp {points} điểm phần trăm vào tăng trưởng"
    ),
    "report.trade.previous.recorded": "Kim ngạch {period}, tổng các thành phần",
    "report.trade.previous.recorded.how": (
        "tổng kim ngạch xuất khẩu và nhập khẩu năm trước theo số liệu"
    ),
    "report.trade.growth": "Tăng trưởng kim ngạch {period}, suy ra từ các thành phần",
    # investment
    "report.investment.title": "Đầu tư công do Ban Quản lý làm chủ đầu tư",
    "report.investment.ratio.plan": "Giải ngân vốn đầu tư công năm {year}, đến ngày {day}",
    "report.investment.ratio.plan.value": "{disbursed}/{base}, đạt {percent} kế hoạch",
    "report.investment.ratio.plan.how": (
        "số vốn đã giải ngân chia cho kế hoạch vốn năm; {verdict} với tỷ lệ {stated} đã nêu"
    ),
    "report.investment.ratio.plan.how.unstated": "số vốn đã giải ngân chia cho kế hoạch vốn năm",
    "report.investment.ratio.allocated": (
        "Giải ngân vốn đầu tư công năm {year} so với nguồn vốn đã được cấp, đến ngày {day}"
    ),
    "report.investment.ratio.allocated.value": (
        "{disbursed}/{base}, đạt {percent} nguồn vốn đã được cấp"
    ),
    "report.investment.ratio.allocated.how": (
        "số vốn đã giải ngân chia cho nguồn vốn đã được cấp; {verdict} với tỷ lệ {stated} đã nêu"
    ),
    "report.investment.ratio.allocated.how.unstated": (
        "số vốn đã giải ngân chia cho nguồn vốn đã được cấp"
    ),
    "report.investment.ratio.none": "đã giải ngân {disbursed}; không tính được tỷ lệ",
    "report.investment.ratio.no_version": (
        "chưa có kế hoạch vốn nào có hiệu lực ngày {day}: kế hoạch được giao từ ngày {first}"
    ),
    "report.investment.ratio.zero": "{base} bằng 0 vào ngày {day}",
    "report.investment.version": "Kế hoạch vốn năm {year}, từ ngày {day}",
    "report.investment.implied.plan": "Kế hoạch vốn năm {year}, suy ra từ số giải ngân {period}",
    "report.investment.implied.plan.how": "{disbursed} bằng {percent} kế hoạch giao: {range}",
    "report.investment.implied.allocated": (
        "Nguồn vốn đã được cấp năm {year}, suy ra từ số giải ngân {period}"
    ),
    "report.investment.implied.allocated.how": (
        "{disbursed} đạt {percent} nguồn vốn đã được cấp: {range}"
    ),
    "report.investment.agree": "Đối chiếu kế hoạch vốn năm {year} với số giải ngân {period}",
    "report.investment.agree.yes": "khớp, trong phạm vi làm tròn",
    "report.investment.agree.no": "KHÔNG khớp",
    "report.investment.agree.how.yes": (
        "kế hoạch {plan} có hiệu lực ngày {day} nằm trong khoảng mà số giải ngân {period} cho phép"
    ),
    "report.investment.agree.how.no": (
        "kế hoạch {plan} có hiệu lực ngày {day} KHÔNG nằm trong khoảng mà số giải ngân "
        "{period} cho phép"
    ),
    # sections without lines
    "report.omitted": "Không có mục nào: {reason}",
    "report.omitted.gates": "không tài liệu nào của bộ dữ liệu nêu số cửa khẩu",
    "report.omitted.fees": "bộ dữ liệu không có số liệu thu phí",
    "report.omitted.fees.growth": "số liệu thu phí không cho biết mức tăng so với cùng kỳ",
    "report.omitted.trade": "bộ dữ liệu không có số liệu kim ngạch xuất nhập khẩu",
    "report.omitted.trade.growth": "số liệu kim ngạch không cho biết mức tăng so với cùng kỳ",
    "report.omitted.investment": (
        "bộ dữ liệu không có kế hoạch vốn nào có số vốn giao và số vốn đã giải ngân"
    ),
    "report.omitted.period": "không có số liệu nào của bộ dữ liệu thuộc kỳ báo cáo được chọn",
    "report.omitted.tasks": "không tài liệu nào của bộ dữ liệu nêu số nhiệm vụ",
    "report.trade.growth.how": (
        "tổng kim ngạch các luồng so với tổng của cùng kỳ; không có tổng kim ngạch đã "
        "công bố để đối chiếu"
    ),
    # tasks
    "report.tasks.title": "Thực hiện nhiệm vụ được giao",
    "report.tasks.ioffice": "Nhiệm vụ giao trên hệ thống VNPT-iOffice",
    "report.tasks.conclusions": "Nhiệm vụ tại các thông báo kết luận, quyết định",
    "report.tasks.voters": "Kiến nghị của cử tri",
    "report.tasks.other": "Nhiệm vụ từ {sources}",
    "report.tasks.when": "{label} ({when})",
    "report.tasks.as_written": "{written}",
    "report.tasks.to_day": "đến ngày {day}",
    "report.tasks.value": "{part}/{base}, đạt {percent}",
    "report.tasks.petitions.how": "{part}/{base} kiến nghị đã được giải quyết xong, đạt {percent}",
    "report.tasks.how": "{how}; {says}",
    # -- trade ---------------------------------------------------------------------------
    "trade.check": (
        "các thành phần cho mức {implied}{within}, so với mức {stated} đã nêu: {verdict}"
    ),
    "trade.growth.none": "{amount}, không so sánh được",
    "trade.check.within": " ({range} trong phạm vi làm tròn)",
    "trade.check.underived": "không tính được tốc độ tăng để so với mức {stated} đã nêu",
    "trade.check.consistent": "khớp",
    "trade.check.inconsistent": "KHÔNG khớp",
    "trade.check.unchecked": "chưa kiểm tra",
    "trade.check.adds_up": "cộng lại bằng tổng đã nêu",
    "trade.check.does_not_add_up": "cộng lại KHÁC tổng đã nêu",
    # -- the border-gate fee (Assessment.explain) -----------------------------------------
    "fee.money": "{amount} đồng",
    "fee.crossing": "Lượt xe ngày {date}: {vehicle}, loại hình {regime}, hàng {goods}, {journey}.",
    "fee.version": "Áp dụng {legal}, hiệu lực từ ngày {start}{end}.",
    "fee.until": " đến ngày {end}",
    "fee.mixed": "Xe chở nhiều loại hàng: {fees}; thu theo mức cao nhất, của hàng {goods}.",
    "fee.base": "Mức thu cơ bản: {amount} đối với {label} (nguồn: {source}).",
    "fee.rate": "{vehicle}, loại hình {regime}, hàng {goods}",
    "fee.coefficient": "{factor} ({name})",
    "fee.coefficients": "Hệ số: {base} × {steps} = {exact}, làm tròn: {rounded}.",
    "fee.no_coefficients": "Hệ số: không có.",
    "fee.cap": "Mức thu tối đa: {amount}/lượt/xe, {state}.",
    "fee.capped": "đã áp dụng",
    "fee.not_capped": "chưa đến mức tối đa",
    "fee.no_cap": "Mức thu tối đa: không quy định.",
    "fee.fee": "Phí: {fee}.",
    "fee.split": (
        "Phân chia: {collector} để lại đơn vị thu ({share}%), {budget} nộp ngân sách tỉnh."
    ),
    "fee.no_split": "Phân chia: không quy định.",
    "vehicle.payload": "xe có tải trọng {payload} tấn",
    "vehicle.bracket": "xe có tải trọng {bracket}",
    "vehicle.container": "xe chở container {size} feet",
    "payload.any": "bất kỳ",
    "payload.at_least": "từ {low} tấn trở lên",
    "payload.over": "trên {low} tấn",
    "payload.only_to": "đến {high} tấn",
    "payload.only_under": "dưới {high} tấn",
    "payload.from_to": "từ {low} tấn đến {high} tấn",
    "payload.from_under": "từ {low} tấn đến dưới {high} tấn",
    "payload.over_to": "trên {low} tấn đến {high} tấn",
    "payload.over_under": "trên {low} tấn đến dưới {high} tấn",
    "goods.any": "mọi loại",
    "goods.unnamed": "thuộc loại chưa có tên tiếng Việt",
    "goods.fresh_produce": "rau quả tươi",
    "goods.agricultural_products": "nông sản",
    "goods.ore": "quặng",
    "regime.unnamed": "chưa có tên tiếng Việt",
    "regime.export": "xuất khẩu",
    "regime.import": "nhập khẩu",
    "regime.temporary_import_reexport": "tạm nhập tái xuất",
    "regime.transit": "quá cảnh",
    "regime.bonded_warehouse": "kho ngoại quan",
    "regime.border_resident": "cư dân biên giới",
    "regime.merchanting": "chuyển khẩu",
    "journey.unnamed": "lộ trình chưa có tên tiếng Việt",
    "journey.standard": "lộ trình thông thường",
    "journey.inland_delivery": "vào nội địa giao hàng",
    "journey.yard_only": "chỉ sang tải tại bãi, không vào nội địa",
    "coefficient.unnamed": "hệ số chưa có tên tiếng Việt",
    "coefficient.ore_export": "quặng xuất khẩu",
    "coefficient.inland_delivery": "hàng nhập khẩu chở vào nội địa",
    "coefficient.yard_only": "chỉ sang tải tại bãi",
    # -- investment and tasks (describe) ------------------------------------------------
    "investment.implied.between": (
        "khoảng {point} (trên {low} và dưới {high} trong phạm vi làm tròn)"
    ),
    "investment.implied.above": "khoảng {point} (trên {low} trong phạm vi làm tròn)",
    "investment.ratio.plan": (
        "đến ngày {day} đã giải ngân {disbursed}/{base}, bằng {ratio} kế hoạch vốn năm {year},"
        "\ntheo {version}"
    ),
    "investment.ratio.allocated": (
        "đến ngày {day} đã giải ngân {disbursed}/{base}, đạt {ratio} nguồn vốn đã được cấp,"
        "\ntheo {version}"
    ),
    "investment.kind.assigned": "kế hoạch vốn giao",
    "investment.kind.adjusted": "kế hoạch vốn điều chỉnh",
    "investment.kind.supplemented": "kế hoạch vốn bổ sung",
    "investment.kind.carried_over": "kế hoạch vốn kéo dài",
    "investment.version.from_year": "{kind} từ năm {year}",
    "investment.version": "{kind}, {amount}, ngày {day}",
    "investment.version.assumed": "{kind}, {amount}, ngày {day} (giả định)",
    "investment.base.plan": "kế hoạch vốn",
    "investment.base.allocated": "nguồn vốn đã được cấp",
    "investment.law": "Điều {article} {law}",
    "investment.plan": "kế hoạch vốn năm {year} của {owner}",
    "investment.finding": "Ngày {day}: {what}",
    "investment.finding.year": "Kế hoạch vốn năm {year}, ngày {day}: {what}",
    "investment.finding.allocated_above_plan": "vốn đã cấp {amount} vượt kế hoạch vốn {limit}",
    "investment.finding.disbursed_above_plan": (
        "vốn đã giải ngân {amount} vượt kế hoạch vốn {limit}"
    ),
    "investment.finding.disbursed_above_allocated": (
        "vốn đã giải ngân {amount} vượt nguồn vốn đã được cấp {limit}"
    ),
    "legal.cite": "{kind} số {number}",
    "legal.cite.signed": " ngày {day}",
    "legal.cite.issuer": " của {issuer}",
    "fees.at_gate": "{period} tại cửa khẩu {gate}",
    "fees.where": "{line} {when}",
    "fees.undefined": "không xác định",
    "fees.within_rounding": "{range} trong phạm vi làm tròn",
    "fees.line": "{line} {amount}",
    "fees.of_which": "trong đó {lines}",
    "fees.collected": "Thu phí {when} đạt {amount}.",
    "fees.collected.lines": "Thu phí {when} đạt {amount}, {lines}.",
    "fees.finding.sum": (
        "{where}: tổng {total} khác tổng các khoản {terms} = {summed} "
        "(chênh {gap}, vượt quá sai số làm tròn)"
    ),
    "fees.finding.lines_exceed": (
        "{where}: các khoản phí ({names}) cộng lại {summed}, lớn hơn tổng {total}"
    ),
    "fees.finding.gates_exceed": (
        "{where}: các cửa khẩu ({names}) cộng lại {summed}, lớn hơn tổng {total}"
    ),
    "fees.finding.attainment": (
        "{where}: tỷ lệ đạt đã nêu {shown} không khớp với dự toán {estimate}: cho {point} ({range})"
    ),
    "fees.finding.growth.recorded": (
        "{where}: mức {shown} đã nêu không khớp với số liệu cùng kỳ năm trước: "
        "các số liệu này cho mức {point} ({range})"
    ),
    "fees.finding.growth.lines": (
        "{where}: mức {shown} đã nêu không khớp với mức tăng đã nêu của các khoản phí: "
        "các số liệu này cho mức {point} ({range})"
    ),
    "trade.measure.province": "tổng kim ngạch của tất cả các loại hình qua địa bàn tỉnh",
    "trade.measure.customs": "kim ngạch mở tờ khai hải quan tại Cục Hải quan Lạng Sơn",
    "trade.measure.unverified": "kim ngạch như báo cáo in, chưa xác định thước đo",
    "trade.flow": "{direction}, cửa khẩu {gate}, {period}",
    "trade.flow.province": "{direction}, toàn tỉnh, {period}",
    "zoning.fit": (
        "các loại đất năm {year} cộng lại {allocated} ha so với tổng {total}: {state}, {verdict}"
    ),
    "zoning.fit.unallocated": "chưa phân bổ {amount} ha",
    "zoning.fit.over_allocated": "phân bổ vượt {amount} ha",
    "zoning.fit.no_gap": "khớp tổng",
    "zoning.fit.within": "trong sai số cho phép {tolerance} ha",
    "zoning.fit.beyond": "vượt quá sai số cho phép {tolerance} ha",
    "zoning.diff": "{name}: {before} → {after} ({change})",
    "zoning.diff.none": "không có",
    "zoning.diff.up": "tăng {amount} ha",
    "zoning.diff.down": "giảm {amount} ha",
    "zoning.diff.same": "diện tích không đổi",
    "capital.at_least": "hơn {amount}",
    "capital.at_most": "gần {amount}",
    "capital.below": "dưới {amount}",
    "capital.about": "khoảng {amount}",
    "capital.estimate": "ước {amount}",
    "milestone.phase": "{name} ({phase})",
    "phase": "giai đoạn {number}",
    "reform.enacted": "Cải cách {id} từ ngày {start} ({legal}): {what}",
    "reform.scenario": "Kịch bản {id} từ ngày {start}: {what}",
    "projection.method.run_rate_months": "theo nhịp độ bình quân tháng của {period}",
    "projection.method.run_rate_days": "theo nhịp độ bình quân ngày của {count} ngày ({period})",
    "projection.method.share": "theo tỷ trọng của {period} trong cả năm {year}",
    "projection.assume.share": (
        "{period} chiếm trong cả năm đúng tỷ trọng mà {earlier} đã chiếm trong năm {year}."
    ),
    "projection.assume.run_rate_months": (
        "Nhịp độ bình quân mỗi tháng của {period} giữ nguyên trong các tháng còn lại."
    ),
    "projection.assume.run_rate_days": (
        "Nhịp độ bình quân mỗi ngày của {period} giữ nguyên trong các tháng còn lại."
    ),
    "projection.assume.no_season": "Không tính đến yếu tố mùa vụ.",
    "projection.growth": "tốc độ tăng bình quân năm không đổi giai đoạn {first}–{last}",
    "projection.assume.growth": "Tốc độ tăng như nhau mỗi năm từ {first} đến {last}.",
    "projection.year_end": "Ước thực hiện năm {year} {method}: {formula} = {result}{allowed}.",
    "projection.allowed": "; số liệu đã công bố cho phép {allowed}",
    "projection.any": "bất kỳ giá trị nào",
    "projection.formula.run_rate": "{ytd} × {whole}/{elapsed}",
    "projection.formula.share": "{ytd} × {last_year} / {last_ytd}",
    "projection.pace": "nhịp độ cần đạt {share} {noun} đến ngày {deadline}",
    "projection.pace.remaining": (
        "Thời gian còn lại tính từ ngày {start} đến hết ngày {deadline}, theo tháng dương lịch."
    ),
    "projection.pace.since": "Nhịp độ đã thực hiện tính từ ngày {since}.",
    "projection.pace.bound": (
        "Số đã giải ngân là con số báo cáo ghi kèm chữ “{word}”, không phải số chính xác; "
        "nhu cầu bình quân tính theo con số đó."
    ),
    "projection.pace.law": (
        "Hạn giải ngân kế hoạch vốn năm {year} là ngày {deadline} theo {law}, "
        "chưa tính việc kéo dài."
    ),
    "projection.pace.reached": "Đến ngày {as_of} đã {verb} {done}; đã đạt {share} {noun} ({plan}).",
    "projection.pace.needed": (
        "Đến ngày {as_of} đã {verb} {done}; để đạt {share} {noun} ({plan}) đến ngày {deadline}, "
        "còn phải {verb} {remaining} trong {days} ngày ({months} tháng): bình quân "
        "{per_month} mỗi tháng, {per_day} mỗi ngày{times}."
    ),
    "projection.pace.times": (
        ", bằng {multiple} lần nhịp độ bình quân từ ngày {since} ({pace} mỗi tháng)"
    ),
    "projection.pace.disbursement.verb": "giải ngân",
    "projection.pace.disbursement.noun": "kế hoạch vốn",
    "projection.pace.fee_estimate.verb": "thu",
    "projection.pace.fee_estimate.noun": "dự toán thu",
    "projection.pace.trade_plan.verb": "thực hiện",
    "projection.pace.trade_plan.noun": "kế hoạch kim ngạch",
    "projection.pace.target.verb": "thực hiện",
    "projection.pace.target.noun": "chỉ tiêu",
    "projection.growth.path": (
        "Để từ {origin} năm {first} đạt {goal} năm {last}, "
        "cần tăng bình quân {rate} mỗi năm: {steps}."
    ),
    "projection.growth.step": "năm {year}: {amount}",
    "tasks.ratio": "{part}/{base} nhiệm vụ {counted}, bằng {percent} {base_kind}",
    # -- the audit of report sentences ---------------------------------------------------
    "audit.total": "tổng",
    "audit.components_sum": "{subject} ghi {printed}, nhưng cộng các thành phần được {allowed}.",
    "audit.growth_disagrees": (
        "Tốc độ tăng của {subject} ghi {printed}, nhưng các thành phần chỉ cho phép {allowed}."
    ),
    "audit.base_disagrees": (
        "{subject} ghi {printed}, nhưng tỷ lệ so với {subject} ở câu khác cho {allowed}."
    ),
    "audit.units_differ": (
        "{subject} ghi {printed}, nhưng các thành phần tính bằng đơn vị không cộng được "
        "với nhau ({units}): không kiểm tra được tổng."
    ),
    "audit.ratio_disagrees": (
        "{subject}: tỷ lệ ghi {printed}, nhưng tính từ các số liệu đã nêu thì được {allowed}."
    ),
    "audit.balance_disagrees": (
        "{subject} ghi {printed}, nhưng xuất khẩu trừ nhập khẩu cùng kỳ được {allowed}."
    ),
    "audit.average_disagrees": (
        "{subject} ghi {printed}, nhưng tổng chia cho số lượng cùng kỳ được {allowed}."
    ),
    "audit.average_growth_disagrees": (
        "Tốc độ tăng của {subject} ghi {printed}, nhưng tính từ tốc độ tăng của tổng "
        "và của số lượng thì được {allowed}."
    ),
    "audit.shares_sum": (
        "Các tỷ trọng {printed} của cùng một tổng cộng lại được {allowed}, không phải 100%."
    ),
    "audit.contributions_sum": (
        "Tốc độ tăng chung ghi {printed}, nhưng cộng mức đóng góp của các khu vực kinh tế "
        "được {allowed}."
    ),
    "audit.fractions_exceed": (
        "Các phần {printed} không trùng nhau của cùng một tổng cộng lại được {allowed}, "
        "vượt quá tổng."
    ),
    "audit.restated_disagrees": (
        "{subject}: tỷ lệ ghi {printed}, nhưng cùng tỷ lệ đó ghi ở chỗ khác cho phép {allowed}."
    ),
    "audit.excluding_disagrees": (
        "{subject} ghi {printed}, nhưng tổng trừ phần không tính được {allowed}."
    ),
    "audit.including_disagrees": (
        "{subject} ghi {printed}, nhưng tổng cộng thêm phần tính cả được {allowed}."
    ),
    "audit.change_disagrees": (
        "Tốc độ tăng của {subject} ghi {printed}, nhưng mức tăng so với số liệu "
        "kỳ trước cho {allowed}."
    ),
    "audit.points": "điểm phần trăm",
    "audit.points_disagrees": (
        "{subject}: mức thay đổi ghi {printed}, nhưng hiệu hai tỷ lệ đã nêu là {allowed}."
    ),
    "audit.rank_disagrees": (
        "Thứ hạng của {subject} ghi {printed}, nhưng thứ hạng của kỳ so sánh và số bậc "
        "tăng, giảm cho hạng {allowed}."
    ),
    "audit.truncated": "Số liệu sẽ khớp nếu báo cáo cắt bớt chữ số thay vì làm tròn.",
    "audit.unreadable": "Không đọc được số liệu “{text}”, nên không kiểm tra số liệu này.",
    # -- the command line ----------------------------------------------------------------
    "cli.stdin": "đầu vào chuẩn",
    "cli.too_large": "{label} lớn hơn {limit} MB, giới hạn của một tệp đầu vào",
    "cli.cannot_read": "không đọc được {label}: {reason}",
    "cli.missing": "không có tệp {label}",
    "cli.directory": "{label} là thư mục, không phải tệp văn bản",
    "cli.forbidden": "không có quyền đọc {label}",
    "cli.binary": "{label} là tệp nhị phân, không phải văn bản",
    "cli.not_utf8": "{label} không phải văn bản mã UTF-8 (byte {byte} ở vị trí {position})",
    "cli.empty": "{label} không có nội dung",
    "cli.no_figures": "Không tìm thấy số liệu nào trong {labels}: không có gì để kiểm tra.",
    "cli.summary": "{findings} trong {files}; đã kiểm tra {figures}.",
    "cli.figure.one": "{count} số liệu",
    "cli.figure.many": "{count} số liệu",
    "cli.finding.one": "{count} phát hiện",
    "cli.finding.many": "{count} phát hiện",
    "cli.file.one": "{count} tệp",
    "cli.file.many": "{count} tệp",
    "cli.ok": "Đã kiểm tra {figures} số liệu, không thấy sai lệch.",
    # -- scenarios (dongdang.scenarios) --------------------------------------------------
    "scenario.head": "Kịch bản {name}:",
    "scenario.none": "giữ nguyên quy định hiện hành",
    "scenario.change": "Kịch bản {id} từ ngày {date}: {what}",
    # -- charts (dongdang.plots) -----------------------------------------------------------
    "plot.key.gate": "cửa khẩu",
    "plot.key.line": "khoản phí",
    "plot.key.month": "tháng",
    "plot.key.vehicle": "loại phương tiện",
    "plot.fee.baseline": "Hiện hành",
    "plot.fee.reform": "Kịch bản",
    "plot.fee.axis": "Số phí ({units})",
    "plot.fee.title": "Số phí: hiện hành và kịch bản",
    "plot.fee.same": "kịch bản không làm thay đổi số phí",
    "plot.fee.down": "kịch bản giảm {amount}",
    "plot.fee.up": "kịch bản tăng {amount}",
    "plot.disbursement.done": "Đã giải ngân",
    "plot.disbursement.target": "Mục tiêu kế hoạch",
    "plot.disbursement.so_far": "Theo nhịp độ hiện nay",
    "plot.disbursement.needed": "Nhịp độ cần đạt",
    "plot.disbursement.axis": "Lũy kế ({units})",
    "plot.disbursement.title": "Giải ngân kế hoạch vốn năm {year}",
    "plot.total": "Tổng",
    "plot.trade.axis": "Giá trị ({units})",
    "plot.trade.growth": "Tăng so với cùng kỳ (%)",
    "plot.trade.title": "Kim ngạch và tốc độ tăng",
    "plot.land.axis": "Diện tích (ha)",
    "plot.land.title": "Cơ cấu sử dụng đất",
    "plot.status.clearing": "Thông quan",
    "plot.status.not_clearing": "Không thông quan",
    "plot.status.unknown": "Chưa rõ",
    "plot.status.title": "Tình trạng thông quan theo tháng",
}
