"""Chart of docs/scenarios.md: disbursement, drawn with dongdang at build time."""

import datetime as dt

import matplotlib.pyplot as plt

from dongdang import plots
from dongdang.investment import seed_capital_plan

figure = plt.figure(figsize=(9, 3.6), layout="constrained")
left, right = figure.subplots(1, 2)
plots.disbursement(seed_capital_plan(), dt.date(2020, 5, 25), ax=left)
plots.disbursement(seed_capital_plan(), dt.date(2020, 5, 25), lang="en", ax=right)
