#!/usr/bin/python3
"""Golden two-sample Kolmogorov-Smirnov p-values far in the tail (down to 1e-300), from scipy's ks_2samp
(scipy 1.17, numpy 2.4, Debian's python3-scipy), for KsTailGoldenTest.

Each sample is a deterministic grid, rebuilt bit for bit by the Java test with the same IEEE operations:
x_i = (i + 0.5) / m for i < m, and y_j = (j + 0.5) / n * scale + shift for j < n.
Usage: ks_tails.py > ../resources/golden/ks_tails.json"""
import json
import numpy as np
from scipy import stats

cases = []
def case(m, n, scale, shift, method):
    x = (np.arange(m) + 0.5) / m
    y = (np.arange(n) + 0.5) / n * scale + shift
    r = stats.ks_2samp(x, y, alternative="two-sided", method=method)
    cases.append({"m": m, "n": n, "scale": scale, "shift": shift, "method": method,
                  "statistic": float(r.statistic), "pvalue": float(r.pvalue)})

# exact, unequal sizes: the case that lost every digit below ~1e-13 when computed as 1 - P(inside band)
for m, n, shift in [(60, 45, 0.3), (200, 150, 0.3), (200, 150, 0.6), (500, 400, 0.5), (700, 650, 0.85),
                    (600, 500, 0.95), (700, 600, 0.9), (3000, 2000, 0.25)]:
    case(m, n, 1.0, shift, "exact")
# exact, equal sizes (the reflection formula)
for n, shift in [(300, 0.5), (500, 0.9), (640, 0.88)]:
    case(n, n, 1.0, shift, "exact")
# asymptotic (scipy's kstwo.sf at the rounded effective size)
for m, n, shift in [(20000, 15000, 0.05), (20000, 15000, 0.1), (30000, 25000, 0.15), (30000, 25000, 0.16)]:
    case(m, n, 1.0, shift, "asymp")
# real data: California housing (NannyML), reference vs analysis, per column; scipy 1.10's 1 - P(inside) gave
# HouseAge 8.35e-23 (testdata/oracle/drift_tests.json) where the direct tail is 8.45e-23
import csv, gzip, os
data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../testdata/data/nannyml")
def column(name, part):
    with gzip.open(os.path.join(data, f"california_housing_{part}.csv.gz"), "rt") as f:
        return [float(r[name]) for r in csv.DictReader(f) if r[name] != ""]
real = []
for name in ["MedInc", "HouseAge", "AveRooms", "Latitude"]:
    r = stats.ks_2samp(column(name, "reference"), column(name, "analysis"))
    real.append({"column": name, "statistic": float(r.statistic), "pvalue": float(r.pvalue)})
print(json.dumps({"source": "scipy " + __import__("scipy").__version__ + " stats.ks_2samp", "cases": cases,
                  "california_housing": real}, indent=1))
