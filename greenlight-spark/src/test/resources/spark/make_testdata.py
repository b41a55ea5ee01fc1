"""Makes the greenlight-spark test files and their scikit-learn oracle values.

Run from this folder: /usr/bin/python3 make_testdata.py (numpy, pandas-free; scikit-learn 1.2+).
- mixed.csv: 3000 rows with every column kind the single-machine reader tells apart (numbers with "NA" markers,
  integers, a 0/1 indicator, categories with missing values, booleans, dates, free text).
- multiclass.csv, regression.csv: outcomes of a made-up model.
- oracle.json: scikit-learn's metrics of multiclass.csv, regression.csv and of the binary outcomes
  (clf_target, y_pred_proba) of testdata/data/nannyml/california_housing_reference.csv.gz.
"""
import csv
import gzip
import json
import numpy as np
from sklearn import metrics as m

rng = np.random.default_rng(16)
n = 3000
words = ["late", "parcel", "refund", "thanks", "broken", "arrived", "quickly", "support", "never", "again"]
with open("mixed.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["gauss", "count", "flag", "color", "member", "day", "note"])
    for i in range(n):
        g = "NA" if rng.random() < 0.05 else repr(float(np.round(rng.normal(10, 3), 6)))
        c = int(rng.poisson(20))
        flag = int(rng.random() < 0.3)
        color = "" if rng.random() < 0.04 else str(rng.choice(["red", "green", "blue", "amber"], p=[.4, .3, .2, .1]))
        member = "true" if rng.random() < 0.6 else "false"
        day = np.datetime64("2024-01-01") + int(rng.integers(0, 91))
        note = " ".join(rng.choice(words, size=int(rng.integers(4, 9)))) + " #" + str(i)
        w.writerow([g, c, flag, color, member, str(day), note])

labels = ["bird", "cat", "dog"]
y = rng.choice(labels, size=2000, p=[.2, .5, .3])
pred = np.where(rng.random(2000) < 0.7, y, rng.choice(labels, size=2000))
with open("multiclass.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["animal", "predicted"])
    w.writerows(zip(y, pred))

yt = rng.gamma(2.0, 50.0, size=2500) + 1.0
yp = yt + rng.normal(0, 15, size=2500)
with open("regression.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["price", "predicted_price"])
    for a, b in zip(yt, yp):
        w.writerow([repr(float(a)), repr(float(b))])

oracle = {"multiclass": {
    "accuracy": m.accuracy_score(y, pred),
    "balanced_accuracy": m.balanced_accuracy_score(y, pred),
    "precision_macro": m.precision_score(y, pred, average="macro"),
    "recall_macro": m.recall_score(y, pred, average="macro"),
    "f1_macro": m.f1_score(y, pred, average="macro"),
    "precision_micro": m.precision_score(y, pred, average="micro"),
    "recall_micro": m.recall_score(y, pred, average="micro"),
    "f1_micro": m.f1_score(y, pred, average="micro"),
    "precision_weighted": m.precision_score(y, pred, average="weighted"),
    "recall_weighted": m.recall_score(y, pred, average="weighted"),
    "f1_weighted": m.f1_score(y, pred, average="weighted"),
    "matthews_corrcoef": m.matthews_corrcoef(y, pred),
    "cohen_kappa": m.cohen_kappa_score(y, pred),
}}
# read the floats back as the CSV holds them
yt = np.array([float(repr(float(v))) for v in yt])
yp = np.array([float(repr(float(v))) for v in yp])
ae = np.abs(yt - yp)
oracle["regression"] = {
    "mse": m.mean_squared_error(yt, yp),
    "rmse": float(np.sqrt(m.mean_squared_error(yt, yp))),
    "mae": m.mean_absolute_error(yt, yp),
    "median_absolute_error": m.median_absolute_error(yt, yp),
    "r2": m.r2_score(yt, yp),
    "explained_variance": m.explained_variance_score(yt, yp),
    "mape": m.mean_absolute_percentage_error(yt, yp),
    "smape": float(np.mean(2 * ae / (np.abs(yt) + np.abs(yp)))),
    "max_error": m.max_error(yt, yp),
}
with gzip.open("../../../../../testdata/data/nannyml/california_housing_reference.csv.gz", "rt") as f:
    rows = list(csv.DictReader(f))
t = np.array([int(r["clf_target"]) for r in rows])
s = np.array([float(r["y_pred_proba"]) for r in rows])
p = (s >= 0.5).astype(int)
oracle["binary"] = {
    "accuracy": m.accuracy_score(t, p),
    "balanced_accuracy": m.balanced_accuracy_score(t, p),
    "precision": m.precision_score(t, p),
    "recall": m.recall_score(t, p),
    "f1": m.f1_score(t, p),
    "matthews_corrcoef": m.matthews_corrcoef(t, p),
    "cohen_kappa": m.cohen_kappa_score(t, p),
    "brier_score": m.brier_score_loss(t, s),
    "roc_auc": m.roc_auc_score(t, s),
    "average_precision": m.average_precision_score(t, s),
}
thresholds = {}
for th in [0.0, 0.25, 0.5, 0.9, 1.0]:
    pp = s >= th
    thresholds[repr(th)] = {"tp": int(np.sum(pp & (t == 1))), "fp": int(np.sum(pp & (t == 0)))}
oracle["binary_thresholds"] = thresholds
with open("oracle.json", "w") as f:
    json.dump({k: {kk: float(vv) if not isinstance(vv, dict) else vv for kk, vv in v.items()}
               for k, v in oracle.items()}, f, indent=2, sort_keys=True)
    f.write("\n")
