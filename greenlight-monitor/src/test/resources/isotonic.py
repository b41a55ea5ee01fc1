#!/usr/bin/env python3
"""Oracle of IsotonicCalibrationTest: scikit-learn 1.2.1 IsotonicRegression(out_of_bounds="clip") fitted on 300
seeded (score, outcome) pairs with ties (scores rounded to 2 decimals), predicted on a grid inside and outside the
fitted range. Run: /usr/bin/python3 greenlight-monitor/src/test/resources/isotonic.py"""
import json
import numpy as np
from sklearn.isotonic import IsotonicRegression

rng = np.random.default_rng(5)
s = np.round(rng.uniform(0.05, 0.95, 300), 2)
y = (rng.uniform(size=300) < s ** 2).astype(float)
grid = np.round(np.linspace(0, 1, 101), 4)
iso = IsotonicRegression(out_of_bounds="clip").fit(s, y)
with open("greenlight-monitor/src/test/resources/isotonic.json", "w") as f:
    json.dump({"score": s.tolist(), "outcome": y.tolist(), "grid": grid.tolist(),
               "predicted": iso.predict(grid).tolist()}, f)
    f.write("\n")
