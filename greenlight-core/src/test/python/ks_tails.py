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
print(json.dumps({"source": "scipy " + __import__("scipy").__version__ + " stats.ks_2samp", "cases": cases},
                 indent=1))
