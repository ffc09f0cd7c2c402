"""Chart of docs/scenarios.md: how the fee of one crossing is computed, step by step."""

import matplotlib.pyplot as plt

steps = [
    ("Ngày qua cửa khẩu\n→ phiên bản\nđang có hiệu lực", "the day\n→ the version in force"),
    ("Loại xe × chế độ\n× hàng hóa\n→ mức thu cơ bản", "vehicle × regime × goods\n→ base rate"),
    ("× hệ số\n(quặng ×5, nội địa 130 %,\nsang tải 30 %)", "× coefficients"),
    ("làm tròn đến đồng,\nkhông quá mức trần\n5.000.000 đồng", "rounded to the đồng,\ncapped"),
    ("chia: 10 % đơn vị thu,\n90 % ngân sách", "split: 10 % collector,\n90 % budget"),
]
figure = plt.figure(figsize=(10, 2.3), layout="constrained")
ax = figure.add_subplot()
ax.set_axis_off()
ax.set_xlim(0, len(steps))
ax.set_ylim(0, 1)
for at, (vi, en) in enumerate(steps):
    ax.text(
        at + 0.5,
        0.66,
        vi,
        ha="center",
        va="center",
        fontsize=8,
        bbox={"boxstyle": "round,pad=0.4", "facecolor": "#e8f0fe", "edgecolor": "#4a6fa5"},
    )
    ax.text(at + 0.5, 0.15, en, ha="center", va="center", fontsize=7.5, style="italic")
    if at:
        ax.annotate(
            "", xy=(at + 0.1, 0.66), xytext=(at - 0.1, 0.66), arrowprops={"arrowstyle": "->"}
        )
