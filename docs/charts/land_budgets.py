"""Chart of docs/scenarios.md: land budgets, drawn with dongdang at build time."""

import matplotlib.pyplot as plt

from dongdang import plots
from dongdang.zoning import lang_son_plans

version = lang_son_plans().plan("kkt-dong-dang").version("to-2030")
plan = version.budget(2030)
scenario = plan.with_areas(by={"tariff-civil": 500, "tariff-other": -500})
figure = plt.figure(figsize=(9, 3.4), layout="constrained")
ax = figure.add_subplot()
plots.land_budgets(
    {"2020": version.budget(2020), "Quy hoạch 2030": plan, "Kịch bản": scenario}, ax=ax
)
