"""Writes ratings.csv: 90 items, each labelled 0-3 by five raters (ann, bob, cy, dee, eve), for
`greenlight labels agreement` (docs/ground-truth.md). The ratings are the oracle case
fleiss_kappa_90subjects_5raters_k4 of testdata/oracle/agreement.json (statsmodels fleiss_kappa 0.40409,
randolph 0.40593).

Run from this folder: python3 make_example.py
"""
import csv
import json

cases = json.load(open("../../testdata/oracle/agreement.json"))["cases"]
ratings = next(c for c in cases if c["name"] == "fleiss_kappa_90subjects_5raters_k4")["inputs"]["ratings"]
with open("ratings.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["item", "ann", "bob", "cy", "dee", "eve"])
    for i, row in enumerate(ratings):
        w.writerow([f"item-{i + 1}"] + list(row))
