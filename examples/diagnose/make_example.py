"""Makes the diagnose example: a fixed binary model, score = sigmoid(2 x1 + x2), calibrated on the test set.

- reference.csv: the test set, 4,000 rows over 2025 (x1, x2 ~ N(0, 1)), labels drawn from the score itself.
- production.csv: March 2026, 2,000 rows, x1 ~ N(0, 0.25): production comes from the region near the decision
  boundary where the model is weaker (covariate shift); labels from the same relation. The production scores were
  computed by the serving pipeline, which sends x2 in different units (x 1000): training/serving skew.
- production_clean.csv: the same month without the skew (scores from the right x2): covariate shift alone.
- serving.csv: the serving pipeline's features of the production records (x2 in the other unit), by id.
Run: python3 make_example.py (numpy only; seed 7).
"""
import numpy as np

rng = np.random.default_rng(7)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def write(path, cols):
    names = list(cols)
    with open(path, "w") as f:
        f.write(",".join(names) + "\n")
        for row in zip(*cols.values()):
            f.write(",".join(str(v) for v in row) + "\n")


def period(n, start, days, x1_sd, first_id, x2_scale):
    ids = np.arange(first_id, first_id + n)
    t = np.datetime64(start) + (np.arange(n) * days * 86400 // n).astype("timedelta64[s]")
    x1 = np.round(rng.normal(0, x1_sd, n), 4)
    x2 = np.round(rng.normal(0, 1, n), 4)
    y = (rng.random(n) < sigmoid(2 * x1 + x2)).astype(int)
    served = np.round(x2 * x2_scale, 4)
    p = np.round(sigmoid(2 * x1 + served), 6)
    clean_p = np.round(sigmoid(2 * x1 + x2), 6)
    ts = [str(v).replace("T", " ") for v in t]
    return ids, ts, x1, x2, served, y, p, clean_p


ids, ts, x1, x2, _, y, p, _ = period(4000, "2025-01-01T00:00:00", 365, 1.0, 0, 1)
write("reference.csv", {"id": ids, "ts": ts, "x1": x1, "x2": x2, "p": p, "yhat": (p >= 0.5).astype(int), "y": y})
ids, ts, x1, x2, served, y, p, clean = period(2000, "2026-03-01T00:00:00", 31, 0.25, 100000, 1000)
write("production.csv", {"id": ids, "ts": ts, "x1": x1, "x2": x2, "p": p, "yhat": (p >= 0.5).astype(int), "y": y})
write("production_clean.csv", {"id": ids, "ts": ts, "x1": x1, "x2": x2, "p": clean, "yhat": (clean >= 0.5).astype(int),
                               "y": y})
write("serving.csv", {"id": ids, "x1": x1, "x2": served})
