"""Writes training.csv and serving.csv: the same 400 records as a training pipeline and a serving pipeline with
three planted differences, for `greenlight skew` (docs/skew.md).

- amount: the serving pipeline sends cents where training used euros (a unit change, x100);
- age: an unknown age is filled with -1 in training and with 0 at serving (a different default for missing values);
- country: the serving pipeline maps "UK" to "GB" (a categorical mapped differently for some values).
income, segment and tenure_days are produced the same way by both.

Run: python3 make_example.py (numpy only; seed 14).
"""
import csv

import numpy as np

rng = np.random.default_rng(14)
n = 400
ids = np.arange(10_000, 10_000 + n)
amount = np.round(rng.gamma(2.0, 60.0, n), 2)
unknown_age = rng.random(n) < 0.08
age = rng.integers(18, 80, n)
income = np.round(rng.normal(42_000, 9_000, n), 0)
country = rng.choice(["DE", "FR", "UK", "NL", "ES"], n)
segment = rng.choice(["retail", "business"], n, p=[0.7, 0.3])
tenure = rng.integers(0, 3_000, n)

header = ["id", "amount", "age", "income", "country", "segment", "tenure_days"]
with open("training.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    for i in range(n):
        w.writerow([ids[i], f"{amount[i]:.2f}", -1 if unknown_age[i] else age[i], int(income[i]), country[i],
                    segment[i], tenure[i]])
# the serving log arrives in another order, as logs do
order = rng.permutation(n)
with open("serving.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    for i in order:
        w.writerow([ids[i], int(round(amount[i] * 100)), 0 if unknown_age[i] else age[i], int(income[i]),
                    "GB" if country[i] == "UK" else country[i], segment[i], tenure[i]])
