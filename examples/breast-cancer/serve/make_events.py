#!/usr/bin/python3
"""Makes predictions.ndjson and labels.ndjson for the `greenlight serve` quick start from ../test.csv.

Each test row becomes one prediction event: id = the row's id, timestamp = 2026-12-01T00:00:00Z plus 10 minutes per
row (so 143 rows span a day of hourly windows), the 30 features, prediction and score as the model gave them. Every
row's label (the biopsy's result) becomes a label event two days later. Run: /usr/bin/python3 make_events.py
"""
import csv
import json
import os
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime(2026, 12, 1, tzinfo=timezone.utc)

with open(os.path.join(HERE, "..", "test.csv"), newline="") as f:
    rows = list(csv.DictReader(f))

roles = {"id", "target", "prediction", "score"}
with open(os.path.join(HERE, "predictions.ndjson"), "w") as p, open(os.path.join(HERE, "labels.ndjson"), "w") as l:
    for i, r in enumerate(rows):
        t = START + timedelta(minutes=10 * i)
        features = {k: float(v) for k, v in r.items() if k not in roles}
        p.write(json.dumps({"id": r["id"], "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "features": features,
                            "prediction": int(r["prediction"]), "score": float(r["score"])}) + "\n")
        l.write(json.dumps({"id": r["id"], "label": int(r["target"]),
                            "timestamp": (t + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")}) + "\n")
