"""Every English text dongdang writes for a reader, by message id.

The same ids and placeholders as ``vi.py``; the figures put into the
placeholders are written the English way ("278,718 million VND", "14.6%").
A figure quoted from a Vietnamese report keeps its printed form inside
quotation marks (“14,4%”).
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # -- words shared by every text ------------------------------------------------------
    "day": "{d} {month} {year}",
    "month.1": "January",
    "month.2": "February",
    "month.3": "March",
    "month.4": "April",
    "month.5": "May",
    "month.6": "June",
    "month.7": "July",
    "month.8": "August",
    "month.9": "September",
    "month.10": "October",
    "month.11": "November",
    "month.12": "December",
    "period.year": "{year}",
    "period.quarter": "Q{quarter} {year}",
    "period.month": "{month} {year}",
    "period.first_months": "the first {count} months of {year}",
    "period.first_half": "the first half of {year}",
    "period.last_months": "the last {count} months of {year}",
    "period.second_half": "the second half of {year}",
    "period.between": "{start} to {end}",
    "range": "between {low} and {high}",
    "range.at_least": "{low} or more",
    "range.at_most": "at most {high}",
    "range.any": "anything",
    "change.up": "up {size}",
    "change.down": "down {size}",
    "change.none": "unchanged",
    "growth_on": "{amount}, {change} on {period}",
    "against.year": "on the same period of {year}",
    "against.period": "on the same period ({period})",
    "change.range.up": "up {low} to {high}",
    "change.range.down": "down {low} to {high}",
    "change.range.mixed": "from down {low} to up {high}",
    "change.range.at_least.up": "up {low} or more",
    "change.range.at_least.down": "from down {low} upwards",
    "qualifier.at_least": "over",
    "qualifier.at_most": "nearly",
    "qualifier.below": "under",
    "qualifier.about": "about",
    "qualifier.estimate": "estimated",
    "limit.at_least": "at least",
    "limit.at_most": "at most",
    "severity.info": "INFO",
    "severity.warning": "WARNING",
    "severity.inconsistent": "INCONSISTENT",
    # -- the report (python -m dongdang report) ------------------------------------------
    "report.title": (
        "Đồng Đăng – Lạng Sơn border-gate economic zone: indicators from the dataset “{dataset}”"
    ),
    "report.title.untitled": (
        "Đồng Đăng – Lạng Sơn border-gate economic zone: indicators from an untitled dataset"
    ),
    "report.how": "how",
    "report.cited": "sources",
    "report.findings": "Audit findings on the source documents",
    "report.no_findings": "No findings.",
    "report.sources": "Sources",
    "management.since": ", from {day}",
    "management.by": " ({decision})",
    "management.ended": "; no longer current, end date unknown",
    "report.no_sources": "no document",
    "report.untitled": "untitled",
    "report.date_unknown": "date unknown",
    "report.event_day": "event of {day}",
    "report.on_day": "on {day}",
    "report.published_day": "published {day}",
    "report.source": "the document “{title}” ({when})",
    "report.source.entry": "{name}; file {file}",
    "report.says": "the report says “{text}”",
    "report.matches": "matches",
    "report.differs": "does NOT match",
    "report.as_stated": "as the report states; implied {period}: {amount}",
    "report.as_stated_same_period": "as the report states; implied same period: {amount}",
    "report.recorded": "from the records of both periods; {period}: {amount}",
    "report.recorded_same_period": "from the records of both periods; same period: {amount}",
    "report.within_rounding": "{range} within rounding",
    "report.cannot_derive": "cannot be derived",
    # gates
    "report.gates.title": "Gates clearing goods",
    "report.gates.label.pairs": "Gate pairs clearing goods, {period}",
    "report.gates.label.gates": "Gates clearing goods, {period}",
    "report.gates.reproduced": "reproduced by the registry",
    "report.gates.unproven": "NOT reproducible from the registry (the evidence is missing)",
    "report.gates.conflicts": "CONFLICTS with the registry",
    "report.gates.found.pairs": (
        "the registry finds {found} gate pairs clearing{names}, at most {possible} possible"
    ),
    "report.gates.found.gates": (
        "the registry finds {found} gates clearing{names}, at most {possible} possible"
    ),
    "report.gates.found.none.pairs": (
        "the registry finds 0 gate pairs clearing, at most {possible} possible"
    ),
    "report.gates.found.none.gates": (
        "the registry finds 0 gates clearing, at most {possible} possible"
    ),
    "report.gates.names": " ({names})",
    "report.gates.derivation": "{says}; {found}; the registry's note: {note}",
    "report.gates.derivation.noted": "{says}; {found}; the registry's note: {note}",
    # fees
    "report.fees.title": "Border-gate infrastructure fee",
    "report.fees.collected": "Fees collected, {period}",
    "report.fees.per_trip": "Transshipment fee {period}, average per vehicle trip",
    "report.fees.per_trip.how": "{amount} / {trips} vehicle trips",
    "report.fees.budget": "Transshipment fee budget estimate {period}, implied",
    "report.fees.budget.how": "{amount} is {percent} of the budget estimate",
    "report.fees.line": "{line} collected, {period}",
    "report.fees.growth": "Growth of the fees collected, {period}, implied by its two lines",
    "report.fees.growth.how": (
        "{amount} against an implied same period of {previous} ({within}); "
        "{verdict} the stated growth, {stated}"
    ),
    "report.fees.growth.not_even": "{check}, not even within rounding",
    "report.fees.lower_bound.how": (
        "as the report states; “trên” (over) gives only a lower bound, so there is "
        "nothing to check; implied {period}: {amount}"
    ),
    # trade
    "report.trade.title": "Trade through the border gates",
    "report.trade.total": "Import–export turnover {period} (estimate)",
    "report.trade.total.how": "as the report states",
    "report.trade.flow": "{direction} {period}",
    "report.trade.flow.how": (
        "as the report states; implied {period}: {amount}; "
        "contributes {points} percentage points to growth"
    ),
    "report.trade.previous": "Turnover {period}, implied by the components",
    "report.trade.previous.how": (
        "the sum of last year's values implied by the growths of exports and imports"
    ),
    "report.trade.flow.recorded.how": (
        "from the records of both periods; {period}: {amount}; "
        "contributes {points} percentage points to growth"
    ),
    "report.trade.previous.recorded": "Turnover {period}, the sum of the components",
    "report.trade.previous.recorded.how": "the sum of last year's recorded exports and imports",
    "report.trade.growth": "Turnover growth {period}, implied by the components",
    # investment
    "report.investment.title": "Public investment owned by the Management Board",
    "report.investment.ratio.plan": "Public investment disbursed in {year}, to {day}",
    "report.investment.ratio.plan.value": "{disbursed}/{base}, {percent} of the plan",
    "report.investment.ratio.plan.how": (
        "disbursed ÷ the year's capital plan; {verdict} the stated {stated}"
    ),
    "report.investment.ratio.plan.how.unstated": "disbursed ÷ the year's capital plan",
    "report.investment.ratio.allocated": (
        "Public investment disbursed in {year} against the capital allocated, to {day}"
    ),
    "report.investment.ratio.allocated.value": (
        "{disbursed}/{base}, {percent} of the capital allocated"
    ),
    "report.investment.ratio.allocated.how": (
        "disbursed ÷ the capital allocated; {verdict} the stated {stated}"
    ),
    "report.investment.ratio.allocated.how.unstated": "disbursed ÷ the capital allocated",
    "report.investment.ratio.none": "{disbursed} disbursed; no ratio can be derived",
    "report.investment.ratio.no_version": (
        "no capital plan is in force on {day}: the plan is assigned from {first}"
    ),
    "report.investment.ratio.zero": "the {base} is zero on {day}",
    "report.investment.version": "{year} capital plan, from {day}",
    "report.investment.implied.plan": "{year} capital plan implied by the disbursement of {period}",
    "report.investment.implied.plan.how": "{disbursed} is {percent} of the plan: {range}",
    "report.investment.implied.allocated": (
        "Capital allocated in {year}, implied by the disbursement of {period}"
    ),
    "report.investment.implied.allocated.how": (
        "{disbursed} is {percent} of the capital allocated: {range}"
    ),
    "report.investment.agree": (
        "The {year} capital plan on record against the disbursement of {period}"
    ),
    "report.investment.agree.yes": "consistent, within rounding",
    "report.investment.agree.no": "NOT consistent",
    "report.investment.agree.how.yes": (
        "the plan of {plan} in force on {day} lies within what the disbursement of {period} allows"
    ),
    "report.investment.agree.how.no": (
        "the plan of {plan} in force on {day} does NOT lie within what the disbursement of "
        "{period} allows"
    ),
    # sections without lines
    "report.omitted": "Nothing to report: {reason}",
    "report.omitted.gates": "no document of the dataset states a count of gates",
    "report.omitted.fees": "the dataset has no fee records",
    "report.omitted.fees.growth": (
        "the fee records give no growth on the same period of the previous year"
    ),
    "report.omitted.trade": "the dataset has no trade flows",
    "report.omitted.trade.growth": (
        "the trade flows give no growth on the same period of the previous year"
    ),
    "report.omitted.investment": (
        "the dataset has no capital plan with a version and a disbursement"
    ),
    "report.omitted.period": (
        "no record of the dataset lies within the period the report was asked for"
    ),
    "report.omitted.tasks": "no document of the dataset states a count of tasks",
    "report.trade.growth.how": (
        "the flows' total against their total of the same period of the previous year; "
        "no printed total to check it against"
    ),
    # tasks
    "report.tasks.title": "Tasks assigned to the Board",
    "report.tasks.ioffice": "Tasks assigned on VNPT-iOffice",
    "report.tasks.conclusions": "Tasks set by notices of conclusions and decisions",
    "report.tasks.voters": "Voters' petitions",
    "report.tasks.other": "Tasks from {sources}",
    "report.tasks.when": "{label} ({when})",
    "report.tasks.as_written": "“{written}”: to date, no day given",
    "report.tasks.to_day": "to {day}",
    "report.tasks.value": "{part} of {base}, {percent}",
    "report.tasks.petitions.how": "{part} of {base} petitions resolved, {percent}",
    "report.tasks.how": "{how}; {says}",
    # -- trade ---------------------------------------------------------------------------
    "trade.check": (
        "the components give {implied}{within} for the stated growth, {stated}: {verdict}"
    ),
    "trade.growth.none": "{amount}, no growth (nothing a year earlier)",
    "trade.check.within": " ({range} within rounding)",
    "trade.check.underived": "no growth can be derived to compare with the stated growth, {stated}",
    "trade.check.consistent": "consistent",
    "trade.check.inconsistent": "NOT consistent",
    "trade.check.unchecked": "unchecked",
    "trade.check.adds_up": "they add up to the stated total",
    "trade.check.does_not_add_up": "they do NOT add up to the stated total",
    # -- the border-gate fee (Assessment.explain) -----------------------------------------
    "fee.money": "{amount} đồng",
    "fee.crossing": "Crossing of {date}: {vehicle}, {regime}, goods {goods}, {journey}.",
    "fee.version": "Version {id}, in force from {start}{end}: {legal}.",
    "fee.until": " to {end}",
    "fee.mixed": "Mixed cargo: {fees}; the highest, {goods}, is charged.",
    "fee.base": "Base rate: {amount} for {label} (source: {source}).",
    "fee.rate": "{vehicle} × {regime} × {goods}",
    "fee.coefficient": "{name} {factor}",
    "fee.coefficients": "Coefficients: {base} × {steps} = {exact}, rounded half-up: {rounded}.",
    "fee.no_coefficients": "Coefficients: none.",
    "fee.cap": "Cap: {amount} per trip, {state}.",
    "fee.capped": "applied",
    "fee.not_capped": "not reached",
    "fee.no_cap": "Cap: none stated.",
    "fee.fee": "Fee: {fee}.",
    "fee.split": (
        "Split: {collector} to the collector ({share}%), {budget} to the provincial budget."
    ),
    "fee.no_split": "Split: none stated.",
    "vehicle.payload": "payload {payload} t",
    "vehicle.bracket": "payload {bracket}",
    "vehicle.container": "{size}ft container",
    "payload.any": "of any size",
    "payload.at_least": "{low} t or more",
    "payload.over": "over {low} t",
    "payload.only_to": "up to {high} t",
    "payload.only_under": "under {high} t",
    "payload.from_to": "from {low} t to {high} t",
    "payload.from_under": "from {low} t to under {high} t",
    "payload.over_to": "over {low} t to {high} t",
    "payload.over_under": "over {low} t to under {high} t",
    "goods.any": "any goods",
    "goods.unnamed": "{code}",
    "goods.fresh_produce": "fresh produce",
    "goods.agricultural_products": "agricultural products",
    "goods.ore": "ore",
    "regime.unnamed": "{code}",
    "regime.export": "export",
    "regime.import": "import",
    "regime.temporary_import_reexport": "temporary import for re-export",
    "regime.transit": "transit",
    "regime.bonded_warehouse": "bonded warehouse",
    "regime.border_resident": "border resident",
    "regime.merchanting": "merchanting",
    "journey.unnamed": "{code} journey",
    "journey.standard": "standard journey",
    "journey.inland_delivery": "inland delivery journey",
    "journey.yard_only": "yard only journey",
    "coefficient.unnamed": "{code}",
    "coefficient.ore_export": "ore export",
    "coefficient.inland_delivery": "inland delivery",
    "coefficient.yard_only": "yard only",
    # -- investment and tasks (describe) ------------------------------------------------
    "investment.implied.between": (
        "about {point} (above {low} and below {high} within the rounding of the printed figures)"
    ),
    "investment.implied.above": (
        "about {point} (above {low} within the rounding of the printed figures)"
    ),
    "investment.ratio.plan": (
        "by {day}, {disbursed} of {base} disbursed: {ratio} of the {year} capital plan,"
        "\nplan version {version}"
    ),
    "investment.ratio.allocated": (
        "by {day}, {disbursed} of {base} disbursed: {ratio} of the capital allocated,"
        "\nplan version {version}"
    ),
    "investment.kind.assigned": "assigned",
    "investment.kind.adjusted": "adjusted",
    "investment.kind.supplemented": "supplemented",
    "investment.kind.carried_over": "carried over",
    "investment.version.from_year": "{kind} from {year}",
    "investment.version": "{id}: {kind}, {amount}, dated {day}",
    "investment.version.assumed": "{id}: {kind}, {amount}, dated {day} (assumed)",
    "investment.base.plan": "capital plan",
    "investment.base.allocated": "capital allocated",
    "investment.law": "Article {article} of the Law on Public Investment {year}",
    "investment.plan": "the {year} capital plan of {owner}",
    "investment.finding": "{plan}, {day}: {what}",
    "investment.finding.year": "{plan}, {day}: {what}",
    "investment.finding.allocated_above_plan": (
        "capital allocated, {amount}, exceeds the plan, {limit}"
    ),
    "investment.finding.disbursed_above_plan": (
        "capital disbursed, {amount}, exceeds the plan, {limit}"
    ),
    "investment.finding.disbursed_above_allocated": (
        "capital disbursed, {amount}, exceeds the capital allocated, {limit}"
    ),
    "legal.cite": "{kind} {number}",
    "legal.cite.signed": " of {day}",
    "legal.cite.issuer": " ({issuer})",
    "fees.at_gate": "{period} at the {gate} gate",
    "fees.where": "{line}, {when}",
    "fees.undefined": "no defined value",
    "fees.within_rounding": "{range} within the rounding of the printed figures",
    "fees.line": "{line} {amount}",
    "fees.of_which": "of which {lines}",
    "fees.collected": "Fees collected, {when}: {amount}.",
    "fees.collected.lines": "Fees collected, {when}: {amount}, {lines}.",
    "fees.finding.sum": (
        "{where}: the total {total} is not the sum of its lines {terms} = {summed} "
        "(a difference of {gap}, beyond the rounding of the printed figures)"
    ),
    "fees.finding.lines_exceed": (
        "{where}: the lines ({names}) add up to {summed}, more than the total {total}"
    ),
    "fees.finding.gates_exceed": (
        "{where}: the gates ({names}) add up to {summed}, more than the total {total}"
    ),
    "fees.finding.attainment": (
        "{where}: the stated attainment {shown} does not fit the estimate {estimate}, "
        "which gives {point} ({range})"
    ),
    "fees.finding.growth.recorded": (
        "{where}: the stated growth ({shown}) does not fit last year's records, "
        "which give {point} ({range})"
    ),
    "fees.finding.growth.lines": (
        "{where}: the stated growth ({shown}) does not fit the stated growths of its lines, "
        "which give {point} ({range})"
    ),
    "trade.measure.province": "all flows through the province",
    "trade.measure.customs": "goods declared at Lạng Sơn Customs",
    "trade.measure.unverified": "turnover as printed, its measure unverified",
    "trade.flow": "{direction}, {gate} gate, {period}",
    "trade.flow.province": "{direction}, province, {period}",
    "zoning.fit": (
        "the land-use classes of {year} sum to {allocated} ha against a total of"
        " {total}: {state}, {verdict}"
    ),
    "zoning.fit.unallocated": "{amount} ha unallocated",
    "zoning.fit.over_allocated": "{amount} ha over-allocated",
    "zoning.fit.no_gap": "no gap",
    "zoning.fit.within": "within the tolerance of {tolerance} ha",
    "zoning.fit.beyond": "beyond the tolerance of {tolerance} ha",
    "zoning.diff": "{name}: {before} → {after} ({change})",
    "zoning.diff.none": "none",
    "zoning.diff.up": "+{amount} ha",
    "zoning.diff.down": "-{amount} ha",
    "zoning.diff.same": "area unchanged",
    "capital.at_least": "over {amount}",
    "capital.at_most": "nearly {amount}",
    "capital.below": "under {amount}",
    "capital.about": "about {amount}",
    "capital.estimate": "estimated {amount}",
    "milestone.phase": "{name} ({phase})",
    "phase": "phase {number}",
    "reform.enacted": "Reform {id} from {start} ({legal}): {what}",
    "reform.scenario": "Scenario {id} from {start}: {what}",
    "projection.method.run_rate_months": "run rate over {count} months ({period})",
    "projection.method.run_rate_days": "run rate over {count} days ({period})",
    "projection.method.share": "share of {period} in the whole of {year}",
    "projection.assume.share": (
        "{period} is the same share of its year as {earlier} was of {year}."
    ),
    "projection.assume.run_rate_months": (
        "The average per month of {period} holds for the rest of the year."
    ),
    "projection.assume.run_rate_days": (
        "The average per day of {period} holds for the rest of the year."
    ),
    "projection.assume.no_season": "No seasonality is taken into account.",
    "projection.growth": "constant yearly growth (CAGR), {first} to {last}",
    "projection.assume.growth": "The same growth each year from {first} to {last}.",
    "projection.year_end": "{year} projected by {method}: {formula} = {result}{allowed}.",
    "projection.allowed": "; the printed figures allow {allowed}",
    "projection.any": "any value",
    "projection.formula.run_rate": "{ytd} × {whole}/{elapsed}",
    "projection.formula.share": "{ytd} × {last_year} / {last_ytd}",
    "projection.pace": "pace needed to reach {share} of {noun} by {deadline}",
    "projection.pace.remaining": (
        "Time remaining runs from {start} to {deadline} inclusive, in calendar months."
    ),
    "projection.pace.since": "The pace so far is counted from {since}.",
    "projection.pace.bound": (
        "The amount disbursed is printed with “{word}”, a bound or an estimate; "
        "the pace is computed from the recorded amount."
    ),
    "projection.pace.law": (
        "The {year} plan may be disbursed until {deadline} under {law}; no extension is assumed."
    ),
    "projection.pace.reached": "By {as_of}, {done} {verb}; {share} of {noun} ({plan}) is reached.",
    "projection.pace.needed": (
        "By {as_of}, {done} {verb}; to reach {share} of {noun} ({plan}) by {deadline}, "
        "{remaining} remain in {days} days ({months} months): {per_month} a month, "
        "{per_day} a day on average{times}."
    ),
    "projection.pace.times": ", {multiple} times the average pace since {since} ({pace} a month)",
    "projection.pace.disbursement.verb": "disbursed",
    "projection.pace.disbursement.noun": "the capital plan",
    "projection.pace.fee_estimate.verb": "collected",
    "projection.pace.fee_estimate.noun": "the revenue estimate",
    "projection.pace.trade_plan.verb": "traded",
    "projection.pace.trade_plan.noun": "the trade plan",
    "projection.pace.target.verb": "done",
    "projection.pace.target.noun": "the target",
    "projection.growth.path": (
        "From {origin} in {first} to {goal} in {last} needs {rate} a year on average: {steps}."
    ),
    "projection.growth.step": "{year}: {amount}",
    "tasks.ratio": "{part} of {base} tasks {counted}: {percent} of {base_kind}",
    # -- the audit of report sentences ---------------------------------------------------
    "audit.total": "",  # English drops the subject: "The total is printed as …"
    "audit.components_sum": (
        "The total {subject} is printed as “{printed}”, but its parts add up to {allowed}."
    ),
    "audit.growth_disagrees": (
        "The growth of {subject} is printed as “{printed}”, but its parts allow only {allowed}."
    ),
    "audit.base_disagrees": (
        "{subject} is printed as “{printed}”, but a ratio to it stated elsewhere implies {allowed}."
    ),
    "audit.units_differ": (
        "The parts of {subject} (“{printed}”) are in units that do not add up "
        "({units}): the total cannot be checked."
    ),
    "audit.ratio_disagrees": (
        "The ratio of {subject} is printed as “{printed}”, but the division gives {allowed}."
    ),
    "audit.balance_disagrees": (
        "The balance {subject} is printed as “{printed}”, but exports less imports "
        "of the period give {allowed}."
    ),
    "audit.average_disagrees": (
        "The average {subject} is printed as “{printed}”, but the total divided by the "
        "count gives {allowed}."
    ),
    "audit.average_growth_disagrees": (
        "The growth of the average {subject} is printed as “{printed}”, but the growths "
        "of the amount and of the count give {allowed}."
    ),
    "audit.shares_sum": "The shares “{printed}” of one whole add up to {allowed}, not 100%.",
    "audit.contributions_sum": (
        "The overall growth is printed as “{printed}”, but the contributions of the sectors "
        "add up to {allowed}."
    ),
    "audit.fractions_exceed": (
        "The parts “{printed}” of one whole, none in both, add up to {allowed}: "
        "more than the whole."
    ),
    "audit.restated_disagrees": (
        "The ratio of {subject} is printed as “{printed}”, but the same ratio printed "
        "elsewhere allows {allowed}."
    ),
    "audit.excluding_disagrees": (
        "{subject} is printed as “{printed}”, but the total less the part left out gives {allowed}."
    ),
    "audit.including_disagrees": (
        "{subject} is printed as “{printed}”, but the total plus the part added gives {allowed}."
    ),
    "audit.change_disagrees": (
        "The growth of {subject} is printed as “{printed}”, but the change over the "
        "previous value gives {allowed}."
    ),
    "audit.points": "percentage points",
    "audit.points_disagrees": (
        "The change of {subject} is printed as “{printed}”, but the two rates differ by {allowed}."
    ),
    "audit.rank_disagrees": (
        "The rank of {subject} is printed as “{printed}”, but its rank in the period it is "
        "compared with and its change of rank give the rank {allowed}."
    ),
    "audit.truncated": "It would match had the report cut the digits instead of rounding.",
    "audit.unreadable": "Could not read the figure “{text}”: {reason}.",
    # -- the command line ----------------------------------------------------------------
    "cli.stdin": "standard input",
    "cli.too_large": "{label} is larger than {limit} MB, the limit of an input",
    "cli.cannot_read": "cannot read {label}: {reason}",
    "cli.missing": "cannot read {label}: no such file",
    "cli.directory": "cannot read {label}: it is a directory",
    "cli.forbidden": "cannot read {label}: permission denied",
    "cli.binary": "{label} is binary, not text",
    "cli.not_utf8": "{label} is not UTF-8 text (byte {byte} at {position})",
    "cli.empty": "{label} is empty",
    "cli.no_figures": "No figures found in {labels}: nothing to check.",
    "cli.summary": "{findings} in {files}; {figures} checked.",
    "cli.figure.one": "{count} figure",
    "cli.figure.many": "{count} figures",
    "cli.finding.one": "{count} finding",
    "cli.finding.many": "{count} findings",
    "cli.file.one": "{count} file",
    "cli.file.many": "{count} files",
    "cli.ok": "OK: {figures} figures checked, no findings.",
    # -- scenarios (dongdang.scenarios) --------------------------------------------------
    "scenario.head": "Scenario {name}:",
    "scenario.none": "the rules on record",
    "scenario.change": "Scenario {id} from {date}: {what}",
    # -- charts (dongdang.plots) -----------------------------------------------------------
    "plot.key.gate": "gate",
    "plot.key.line": "fee line",
    "plot.key.month": "month",
    "plot.key.vehicle": "vehicle class",
    "plot.fee.baseline": "Baseline",
    "plot.fee.reform": "Reform",
    "plot.fee.axis": "Fee ({units})",
    "plot.fee.title": "Fee: baseline and reform",
    "plot.fee.same": "the reform changes nothing",
    "plot.fee.down": "the reform lowers it by {amount}",
    "plot.fee.up": "the reform raises it by {amount}",
    "plot.disbursement.done": "Disbursed",
    "plot.disbursement.target": "Plan target",
    "plot.disbursement.so_far": "At the pace so far",
    "plot.disbursement.needed": "Pace needed",
    "plot.disbursement.axis": "Cumulative ({units})",
    "plot.disbursement.title": "Disbursement of the {year} capital plan",
    "plot.total": "Total",
    "plot.trade.axis": "Value ({units})",
    "plot.trade.growth": "Growth on a year earlier (%)",
    "plot.trade.title": "Trade and its growth",
    "plot.land.axis": "Area (ha)",
    "plot.land.title": "Land use by class",
    "plot.status.clearing": "Clearing",
    "plot.status.not_clearing": "Not clearing",
    "plot.status.unknown": "Unknown",
    "plot.status.title": "Clearing status by month",
}
