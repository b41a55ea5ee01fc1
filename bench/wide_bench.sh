#!/usr/bin/env bash
# A wide dataset (issue 12): `check` on COLUMNS numeric features (default 1,000), 2,000 train and 1,000 test rows,
# a binary target; prints each phase's time from check's progress, the process's CPU seconds and peak memory, and
# the load average, so the figures can be read on a busy machine. The data is generated (seeded) on first use.
# Usage: bench/wide_bench.sh [COLUMNS] [DATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cols="${1:-1000}"
data="${2:-/tmp/greenlight-wide-$cols}"
jar="$root/greenlight-cli/target/greenlight.jar"
[[ -f "$jar" ]] || (cd "$root" && mvn -B -q -ntp -DskipTests package -pl greenlight-cli -am)
mkdir -p "$data"
if [[ ! -f "$data/test.csv" ]]; then
  /usr/bin/python3 - "$cols" "$data" <<'PY'
import math, random, sys
cols, out = int(sys.argv[1]), sys.argv[2]
random.seed(7)
for name, n in (("train.csv", 2000), ("test.csv", 1000)):
    with open(f"{out}/{name}", "w") as f:
        f.write(",".join([f"f{i}" for i in range(cols)] + ["y", "pred", "score"]) + "\n")
        for _ in range(n):
            xs = [random.gauss(0, 1) for _ in range(cols)]
            s = 1 / (1 + math.exp(-(xs[0] + xs[1])))
            y = 1 if random.random() < s else 0
            f.write(",".join(f"{x:.4f}" for x in xs) + f",{y},{1 if s > 0.5 else 0},{s:.4f}\n")
with open(f"{out}/greenlight.yaml", "w") as f:
    f.write("version: 1\nmodel: {name: wide}\ntask: binary\ntarget: y\n"
            "prediction: {label: pred, score: score}\ndatasets: {train: train.csv, test: test.csv}\n")
PY
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $cols features"
/usr/bin/time -f "process: wall_s=%e user_s=%U sys_s=%S peak_rss_kib=%M" java ${JAVA_OPTS:-} -jar "$jar" check \
  "$data/greenlight.yaml" --out "$data/out" 2>&1 | grep -E '^greenlight: |^  (WARN|PASS|FAIL) +data-distribution|process:' \
  || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
