"""Chart of docs/api/zoning.md: the land budget of the plan to 2030, in English.

Drawn with dongdang.plots.land_budgets from the bundled plan (lang_son_plans).
"""

import matplotlib.pyplot as plt

from dongdang import plots
from dongdang.zoning import lang_son_plans

version = lang_son_plans().plan("kkt-dong-dang").version("to-2030")
figure = plt.figure(figsize=(9, 3.2), layout="constrained")
ax = figure.add_subplot()
plots.land_budgets({str(year): version.budget(year) for year in version.horizons}, lang="en", ax=ax)
