"""Chart of docs/scenarios.md: fee reform, drawn with dongdang at build time."""

import datetime as dt
from decimal import Decimal

import matplotlib.pyplot as plt
import numpy as np

from dongdang import plots
from dongdang.fees import lang_son_fee_schedule
from dongdang.fees.comparison import compare
from dongdang.fees.reforms import Reform, ScaleRate, SetCap

rng = np.random.default_rng(8)
rows = 20_000
gates = np.array(["huu-nghi", "tan-thanh", "coc-nam", "chi-ma"])
container = rng.random(rows) < 0.35
crossings = {
    "date": np.datetime64("2026-01-01") + rng.integers(0, 31, rows).astype("timedelta64[D]"),
    "payload": np.where(container, np.nan, np.round(rng.uniform(0.2, 1.9, rows), 1)),
    "container": np.where(container, "40ft", ""),
    "regime": np.where(container, "temporary_import_reexport", "export"),
    "goods": np.where(container, "agricultural_products", "fresh_produce"),
    "gate": gates[rng.choice(4, rows, p=[0.4, 0.3, 0.2, 0.1])],
}
scenario = Reform(
    id="cap3m-veg20",
    start=dt.date(2026, 1, 1),
    vi="Trần 3.000.000 đồng/lượt/xe; rau quả xuất khẩu tăng 20%",
    en="Ceiling 3,000,000 đồng per trip; vegetable exports 20% dearer",
    changes=[
        SetCap(amount=3_000_000),
        ScaleRate(vehicle="[0, 2)", regime="export", goods="fresh_produce", factor=Decimal("1.2")),
    ],
)
table = compare(crossings, lang_son_fee_schedule(), scenario).by("gate")
names = {"huu-nghi": "Hữu Nghị", "tan-thanh": "Tân Thanh", "coc-nam": "Cốc Nam", "chi-ma": "Chi Ma"}
figure = plt.figure(figsize=(9, 7), layout="constrained")
left, right = figure.subplots(2, 1)
plots.fee_comparison(table, names=names, ax=left)
plots.fee_comparison(table, names=names, lang="en", ax=right)
