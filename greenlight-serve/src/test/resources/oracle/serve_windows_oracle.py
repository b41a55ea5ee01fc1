#!/usr/bin/python3
"""Oracle for AnalysisApiTest: per-hour realized ROC AUC and accuracy of the breast-cancer serve quick start events.

Reads examples/breast-cancer/serve/{predictions,labels}.ndjson, groups predictions by UTC hour, and computes with
scikit-learn roc_auc_score(y == 0, score) (positive label 0 = malignant, score = its probability) and
accuracy_score(y, prediction). Writes serve_windows_oracle.json. Run from this folder: /usr/bin/python3 serve_windows_oracle.py
"""
import json
import os
from collections import defaultdict

from sklearn.metrics import accuracy_score, roc_auc_score

HERE = os.path.dirname(os.path.abspath(__file__))
EX = os.path.join(HERE, "..", "..", "..", "..", "..", "examples", "breast-cancer", "serve")

labels = {}
for line in open(os.path.join(EX, "labels.ndjson")):
    r = json.loads(line)
    labels[r["id"]] = r["label"]
hours = defaultdict(list)
for line in open(os.path.join(EX, "predictions.ndjson")):
    r = json.loads(line)
    hours[r["timestamp"][:13]].append((labels[r["id"]], r["prediction"], r["score"]))
out = {}
for h, rows in sorted(hours.items()):
    y = [a for a, _, _ in rows]
    entry = {"rows": len(rows), "accuracy": accuracy_score(y, [b for _, b, _ in rows])}
    if len(set(y)) == 2:
        entry["roc_auc"] = roc_auc_score([1 if a == 0 else 0 for a in y], [c for _, _, c in rows])
    out[h + ":00"] = entry
json.dump(out, open(os.path.join(HERE, "serve_windows_oracle.json"), "w"), indent=1, sort_keys=True)
