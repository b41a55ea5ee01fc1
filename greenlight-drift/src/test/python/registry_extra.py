#!/usr/bin/python3
"""Golden values, from scipy 1.10 / numpy (Debian), for the registry tests the shared oracle files do not cover:
z (two-proportion z-test, pooled variance, as statsmodels' proportions_ztest), linf (TFDV L-infinity distance),
cramer_v (scipy.stats.contingency.association), js and psi on numbers (reference-decile bins, numpy.quantile),
wasserstein normalised by numpy.std(reference).
Usage: registry_extra.py > ../resources/golden/registry_extra.json"""
import json
import numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon
from scipy.stats.contingency import association

rng = np.random.default_rng(20240611)
cases = []

def categorical(name, ref, cur):
    cats = sorted(set(ref) | set(cur))
    r = np.array([ref.count(c) for c in cats])
    c = np.array([cur.count(k) for k in cats])
    table = np.vstack([r, c])
    exp = {"linf": float(np.max(np.abs(r / r.sum() - c / c.sum()))),
           "cramer_v": float(association(table, method="cramer")) if len(cats) > 1 else 0.0,
           "js": float(jensenshannon(r, c))}
    if len(cats) == 2:
        s1, n1, s2, n2 = r[1], r.sum(), c[1], c.sum()
        p = (s1 + s2) / (n1 + n2)
        z = (s1 / n1 - s2 / n2) / np.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
        exp["z"] = {"statistic": float(z), "pvalue": float(2 * stats.norm.sf(abs(z)))}
    cases.append({"name": name, "reference": dict(zip(cats, map(int, r))), "current": dict(zip(cats, map(int, c))),
                  "expected": exp})

def numeric(name, ref, cur):
    edges = np.unique(np.quantile(ref, np.linspace(0, 1, 11))[1:-1])
    full = np.concatenate([[-np.inf], edges, [np.inf]])
    r = np.histogram(ref, full)[0]
    c = np.histogram(cur, full)[0]
    e = np.where(r > 0, r / r.sum(), 1e-4)
    a = np.where(c > 0, c / c.sum(), 1e-4)
    cases.append({"name": name, "reference": ref.tolist(), "current": cur.tolist(), "expected": {
        "psi": float(np.sum((a - e) * np.log(a / e))),
        "js": float(jensenshannon(r, c)),
        "wasserstein": float(stats.wasserstein_distance(ref, cur) / np.std(ref))}})

categorical("binary_300x250", list(rng.choice(["no", "yes"], 300, p=[0.6, 0.4])),
            list(rng.choice(["no", "yes"], 250, p=[0.5, 0.5])))
categorical("binary_flags_0_1", list(rng.choice(["0", "1"], 80, p=[0.9, 0.1])),
            list(rng.choice(["0", "1"], 120, p=[0.85, 0.15])))
categorical("five_categories", list(rng.choice(list("abcde"), 500, p=[0.4, 0.3, 0.15, 0.1, 0.05])),
            list(rng.choice(list("abcdf"), 400, p=[0.3, 0.3, 0.2, 0.1, 0.1])))
numeric("normal_400x300_shift0.3", rng.normal(0, 1, 400), rng.normal(0.3, 1, 300))
numeric("lognormal_1000x800", rng.lognormal(0, 0.75, 1000), rng.lognormal(0.1, 0.75, 800))
numeric("integers_with_ties", rng.integers(0, 6, 300).astype(float), rng.integers(0, 7, 200).astype(float))
print(json.dumps({"generator": "greenlight-drift/src/test/python/registry_extra.py", "scipy": "1.10.1",
                  "tolerance": {"abs": 1e-12, "rel": 1e-9}, "cases": cases}, indent=1))
