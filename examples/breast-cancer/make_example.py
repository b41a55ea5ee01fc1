#!/usr/bin/python3
"""Makes the breast-cancer example's train.csv and test.csv from breast_cancer.csv, reproducibly.

Split: scikit-learn train_test_split of the row indices, test_size=0.25, random_state=42, stratified by target
(the same split as Greenlight's golden baseline tests). Model: GradientBoostingClassifier(random_state=0) with
scikit-learn's defaults, trained on the train rows. Each output row keeps its original row index as `id` and
adds `prediction` (predicted class) and `score` (predicted probability of the positive class, malignant = 0).

Needs Debian's python3-sklearn (1.2.1 made the committed files): /usr/bin/python3 make_example.py
"""
import csv
import os

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "breast_cancer.csv"), newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
features = header[:-1]
X = np.array([[float(v) for v in r[:-1]] for r in body])
y = np.array([int(r[-1]) for r in body])

idx = np.arange(len(y))
train_idx, test_idx = train_test_split(idx, test_size=0.25, random_state=42, stratify=y)
model = GradientBoostingClassifier(random_state=0).fit(X[train_idx], y[train_idx])
malignant = list(model.classes_).index(0)


def write(name, rows_idx):
    proba = model.predict_proba(X[rows_idx])[:, malignant]
    pred = model.predict(X[rows_idx])
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id"] + features + ["target", "prediction", "score"])
        for i, p, s in zip(rows_idx, pred, proba):
            w.writerow([int(i)] + body[i][:-1] + [int(y[i]), int(p), repr(round(float(s), 6))])


write("train.csv", train_idx)
write("test.csv", test_idx)
