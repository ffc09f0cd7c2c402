"""Chart of docs/gates-and-fees.md: the clearing status of each gate pair, in English."""

import datetime as dt

import matplotlib.pyplot as plt

from dongdang import plots
from dongdang.gates import lang_son_gates

figure = plt.figure(figsize=(9, 4.2), layout="constrained")
ax = figure.add_subplot()
plots.gate_status(lang_son_gates(), dt.date(2019, 1, 1), dt.date(2025, 12, 1), lang="en", ax=ax)
