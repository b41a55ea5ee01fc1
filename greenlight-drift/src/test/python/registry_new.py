#!/usr/bin/python3
"""Golden values for the drift tests added in issue 15 (hellinger, tvd, energy, fisher, mmd), from scipy 1.17 /
numpy 2.4 (Debian's python3-scipy):
- hellinger and tvd by their definitions on the category shares, or on the registry's reference-decile bins for
  numbers (numpy.quantile edges, repeated edges dropped, outer edges -inf/+inf, as registry_extra.py);
- energy: scipy.stats.energy_distance(ref, cur) / numpy.std(ref);
- fisher: scipy.stats.fisher_exact (odds ratio and two-sided p-value) of the 2 x 2 table of counts;
- mmd: the unbiased MMD^2 with a Gaussian kernel whose sigma is the median pairwise distance of the pooled values
  (Gretton et al. 2012, eq. 3), written out with numpy; its permutation p-value is seeded in Java and not compared.
Usage: registry_new.py > ../resources/golden/registry_new.json"""
import json
import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261202)
cases = []

def hellinger(p, q):
    p = p / p.sum(); q = q / q.sum()
    return float(np.sqrt(np.sum((np.sqrt(p) - np.sqrt(q)) ** 2) / 2))

def tvd(p, q):
    return float(np.sum(np.abs(p / p.sum() - q / q.sum())) / 2)

def mmd2(x, y):
    z = np.concatenate([x, y])
    d = np.abs(z[:, None] - z[None, :])
    sigma = np.median(d[np.triu_indices(len(z), 1)])
    k = np.exp(-d ** 2 / (2 * sigma ** 2))
    m, n = len(x), len(y)
    kxx, kyy, kxy = k[:m, :m], k[m:, m:], k[:m, m:]
    return float((kxx.sum() - np.trace(kxx)) / (m * (m - 1)) + (kyy.sum() - np.trace(kyy)) / (n * (n - 1))
                 - 2 * kxy.sum() / (m * n))

def categorical(name, ref, cur):
    cats = sorted(set(ref) | set(cur))
    r = np.array([ref.count(c) for c in cats], dtype=float)
    c = np.array([cur.count(k) for k in cats], dtype=float)
    exp = {"hellinger": hellinger(r, c), "tvd": tvd(r, c)}
    if len(cats) == 2:
        f = stats.fisher_exact([[int(r[0]), int(r[1])], [int(c[0]), int(c[1])]])
        exp["fisher"] = {"statistic": float(f.statistic), "pvalue": float(f.pvalue)}
    cases.append({"name": name, "reference": dict(zip(cats, map(int, r))), "current": dict(zip(cats, map(int, c))),
                  "expected": exp})

def numeric(name, ref, cur):
    edges = np.unique(np.quantile(ref, np.linspace(0, 1, 11))[1:-1])
    full = np.concatenate([[-np.inf], edges, [np.inf]])
    r = np.histogram(ref, full)[0].astype(float)
    c = np.histogram(cur, full)[0].astype(float)
    exp = {"hellinger": hellinger(r, c), "tvd": tvd(r, c),
           "energy": float(stats.energy_distance(ref, cur) / np.std(ref))}
    if len(ref) <= 500 and len(cur) <= 500:
        exp["mmd"] = mmd2(ref, cur)
    cases.append({"name": name, "reference": ref.tolist(), "current": cur.tolist(), "expected": exp})

categorical("binary_300x250", list(rng.choice(["no", "yes"], 300, p=[0.6, 0.4])),
            list(rng.choice(["no", "yes"], 250, p=[0.5, 0.5])))
categorical("rare_flag_2000x1500", list(rng.choice(["0", "1"], 2000, p=[0.995, 0.005])),
            list(rng.choice(["0", "1"], 1500, p=[0.98, 0.02])))
categorical("binary_far_tail", ["a"] * 300 + ["b"] * 100, ["a"] * 100 + ["b"] * 300)
categorical("five_categories", list(rng.choice(list("abcde"), 500, p=[0.4, 0.3, 0.15, 0.1, 0.05])),
            list(rng.choice(list("abcdf"), 400, p=[0.3, 0.3, 0.2, 0.1, 0.1])))
numeric("normal_400x300_shift0.3", rng.normal(0, 1, 400), rng.normal(0.3, 1, 300))
numeric("same_normal_200x150", rng.normal(5, 2, 200), rng.normal(5, 2, 150))
numeric("lognormal_1000x800", rng.lognormal(0, 0.75, 1000), rng.lognormal(0.1, 0.75, 800))
numeric("integers_with_ties", rng.integers(0, 6, 300).astype(float), rng.integers(0, 7, 200).astype(float))
print(json.dumps({"generator": "greenlight-drift/src/test/python/registry_new.py", "scipy": scipy.__version__,
                  "tolerance": {"abs": 1e-12, "rel": 1e-9}, "cases": cases}, indent=1))
