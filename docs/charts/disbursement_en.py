"""Chart of docs/api/investment.md: the seed capital plan of 2020 at two dates.

Drawn with dongdang.plots.disbursement from the bundled seed plan
(seed_capital_plan): as reported on 25/5/2020 and on 30/9/2020.
"""

import datetime as dt

import matplotlib.pyplot as plt

from dongdang import plots
from dongdang.data import seed_capital_plan

plan = seed_capital_plan()
days = (dt.date(2020, 5, 25), dt.date(2020, 9, 30))
figure = plt.figure(figsize=(9, 3.6), layout="constrained")
for ax, day in zip(figure.subplots(1, 2, sharey=True), days, strict=True):
    plots.disbursement(plan, day, lang="en", ax=ax)
    title = ax.get_title()
    ax.set_title(f"As of {day.isoformat()}")
figure.suptitle(title)
