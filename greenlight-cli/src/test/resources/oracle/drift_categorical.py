#!/usr/bin/env python3
"""Oracle for `greenlight drift --categorical SCHL,MAR,RAC1P` on the NannyML employment data (testdata/).

Each column's integer codes are counted as categories in the reference and the analysis period and compared with
scipy.stats.chi2_contingency (no continuity correction applies to tables larger than 2x2).
Run from the repository root: python3 greenlight-cli/src/test/resources/oracle/drift_categorical.py
"""
import csv
import gzip
import json
from collections import Counter

import scipy
from scipy.stats import chi2_contingency

DATA = "testdata/data/nannyml/"
COLUMNS = ["SCHL", "MAR", "RAC1P"]


def counts(path):
    c = {k: Counter() for k in COLUMNS}
    with gzip.open(path, "rt", newline="") as f:
        for row in csv.DictReader(f):
            for k in COLUMNS:
                if row[k] != "":
                    c[k][row[k]] += 1
    return c


ref = counts(DATA + "employment_MA_reference.csv.gz")
cur = counts(DATA + "employment_MA_analysis.csv.gz")
out = {"scipy": scipy.__version__, "function": "scipy.stats.chi2_contingency(correction=False)", "columns": {}}
for k in COLUMNS:
    cats = sorted(set(ref[k]) | set(cur[k]), key=lambda v: float(v))
    table = [[ref[k][v] for v in cats], [cur[k][v] for v in cats]]
    stat, p, dof, _ = chi2_contingency(table, correction=False)
    out["columns"][k] = {"categories": len(cats), "statistic": stat, "p_value": p, "dof": int(dof),
                         "n_reference": sum(table[0]), "n_current": sum(table[1])}
with open("greenlight-cli/src/test/resources/oracle/drift_categorical.json", "w") as f:
    json.dump(out, f, indent=2)
    f.write("\n")
