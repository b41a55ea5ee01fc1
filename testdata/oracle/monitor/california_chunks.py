#!/usr/bin/env python3
"""Per-chunk realized metrics on the NannyML california_housing files, the oracle of MonitorGoldenTest.

Chunks as `greenlight monitor` cuts them by default: each period in 10 runs of consecutive rows, chunk k holding
rows floor(n*k/10) .. floor(n*(k+1)/10) - 1 (0-based, file order). The analysis labels come from
california_housing_analysis_gt.csv joined on id. Metrics by scikit-learn 1.2.1 (roc_auc_score on y_pred_proba;
accuracy, precision, recall, f1 on y_pred; positive class 1), and CBPE's estimated ROC AUC as NannyML defines it,
computed independently here: scores calibrated by IsotonicRegression(out_of_bounds="clip") fitted on the whole
reference, then per chunk the area (np.trapz) under the expected ROC curve, rows by descending score with tied
scores as one step, expected true positives cumsum(p) and false positives cumsum(1 - p).

Run from the repository root: /usr/bin/python3 testdata/oracle/monitor/california_chunks.py
"""
import json
import numpy as np
import pandas as pd
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import roc_auc_score, accuracy_score, precision_score, recall_score, f1_score

D = "testdata/data/nannyml/"
ref = pd.read_csv(D + "california_housing_reference.csv.gz")
ana = pd.read_csv(D + "california_housing_analysis.csv.gz")
gt = pd.read_csv(D + "california_housing_analysis_gt.csv.gz")
ana = ana.merge(gt, on="id", how="left", validate="one_to_one")
assert ana["clf_target"].notna().all()

iso = IsotonicRegression(out_of_bounds="clip").fit(ref["y_pred_proba"], ref["clf_target"])


def expected_auc(s, p):
    o = np.argsort(-s, kind="stable")
    s, p = s[o], p[o]
    last = np.r_[np.where(np.diff(s))[0], len(s) - 1]
    tp = np.r_[0, np.cumsum(p)[last]]
    fp = np.r_[0, np.cumsum(1 - p)[last]]
    return float(np.trapz(tp / tp[-1], fp / fp[-1]))


out = {"source": "scikit-learn 1.2.1; " + __doc__.splitlines()[0], "chunks": []}
for period, df in (("reference", ref), ("analysis", ana)):
    n = len(df)
    for k in range(10):
        lo, hi = n * k // 10, n * (k + 1) // 10
        c = df.iloc[lo:hi]
        y, s, p = c["clf_target"], c["y_pred_proba"], c["y_pred"]
        out["chunks"].append({
            "period": period, "index": k, "first_row": lo, "last_row": hi - 1, "rows": hi - lo,
            "roc_auc": roc_auc_score(y, s), "accuracy": accuracy_score(y, p),
            "precision": precision_score(y, p, zero_division=0), "recall": recall_score(y, p),
            "f1": f1_score(y, p),
            "cbpe_roc_auc": expected_auc(s.to_numpy(), iso.predict(s.to_numpy())),
        })
with open("testdata/oracle/monitor/california_chunks.json", "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
