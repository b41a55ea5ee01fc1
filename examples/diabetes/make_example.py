#!/usr/bin/python3
"""Makes the diabetes example's train.csv and test.csv from diabetes_raw.csv, reproducibly.

Split: scikit-learn train_test_split of the row indices, test_size=0.25, random_state=42 (not stratified; the
same split as Greenlight's golden baseline tests). Model: GradientBoostingRegressor(n_estimators=150,
max_depth=2, learning_rate=0.05, random_state=0), trained on the train rows. Each output row keeps its original
row index as `id` and adds `predicted` (the predicted disease progression).

Needs Debian's python3-sklearn (1.2.1 made the committed files): /usr/bin/python3 make_example.py
"""
import csv
import os

import numpy as np
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split

HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "diabetes_raw.csv"), newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
features = header[:-1]
X = np.array([[float(v) for v in r[:-1]] for r in body])
y = np.array([float(r[-1]) for r in body])

idx = np.arange(len(y))
train_idx, test_idx = train_test_split(idx, test_size=0.25, random_state=42)
model = GradientBoostingRegressor(n_estimators=150, max_depth=2, learning_rate=0.05, random_state=0)
model.fit(X[train_idx], y[train_idx])


def write(name, rows_idx):
    pred = model.predict(X[rows_idx])
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id"] + features + ["target", "predicted"])
        for i, p in zip(rows_idx, pred):
            w.writerow([int(i)] + body[i][:-1] + [body[i][-1], repr(round(float(p), 4))])


write("train.csv", train_idx)
write("test.csv", test_idx)
