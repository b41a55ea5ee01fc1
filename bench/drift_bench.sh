#!/usr/bin/env bash
# Drift benchmark (issues 4, 11): workload W1 (20 numeric + 5 categorical columns, reference and current of N rows
# each, seeded; n0-n6 and c0-c1 truly drifted), a full drift report (all columns, automatic tests and the default
# decision, no multivariate) from CSV and from Parquet, timed with its peak RSS and printed with its detection
# (found of the 9 drifted columns, false alarms among the other 16), and scipy's per-column tests on the same data
# in the same run (Debian's python3-scipy).
# Usage: bench/drift_bench.sh N [DATA_DIR]     (data is generated once into DATA_DIR, default /tmp/greenlight-bench)
# Set JAVA_OPTS to pass JVM options (e.g. -Xmx512m for the 10M run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="$1"
data="${2:-/tmp/greenlight-bench}"
jar="$root/greenlight-cli/target/greenlight.jar"
mkdir -p "$data"
if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -B -q -ntp -DskipTests package -pl greenlight-cli -am)
fi
ref_csv="$data/reference_$n.csv"; cur_csv="$data/current_$n.csv"
ref_pq="$data/reference_$n.parquet"; cur_pq="$data/current_$n.parquet"
[[ -f "$ref_csv" && -f "$cur_csv" ]] || /usr/bin/python3 "$root/bench/gen_w1.py" "$n" "$data"
if [[ ! -f "$ref_pq" || ! -f "$cur_pq" ]]; then
  java -cp "$(ls "$root"/greenlight-cli/target/lib/duckdb_jdbc-*.jar)" "$root/bench/ToParquet.java" \
    "$ref_csv" "$ref_pq" "$cur_csv" "$cur_pq"
fi

runs="${RUNS:-3}"
# detection of one drift.json against W1's truth: n0-n4 (+0.1 sd), n5-n6 (+0.5 sd), c0-c1 (reweighted)
detection() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
truth = {f"n{i}" for i in range(7)} | {"c0", "c1"}
flagged = {c["name"] for c in d["columns"] if c["drift"]}
print(f"found={len(flagged & truth)}/{len(truth)} false_alarms={len(flagged - truth)}/{len(d['columns']) - len(truth)}"
      f" missed={sorted(truth - flagged)} false={sorted(flagged - truth)}")
PY
}
wall=""
for kind in csv parquet; do
  if [[ "$kind" == csv ]]; then ref="$ref_csv"; cur="$cur_csv"; else ref="$ref_pq"; cur="$cur_pq"; fi
  echo "== greenlight drift, N=$n, $kind, $runs runs (wall seconds, peak RSS KiB)"
  walls=()
  for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -f "greenlight_wall_s=%e cpu_user_s=%U cpu_sys_s=%S peak_rss_kib=%M" java ${JAVA_OPTS:-} -jar "$jar" drift -r "$ref" -c "$cur" \
      --no-multivariate --format json > "$data/drift_${n}_$kind.json" 2> "$data/time_$n.txt" || { cat "$data/time_$n.txt"; exit 1; }
    cat "$data/time_$n.txt"
    walls+=("$(sed -n 's/.*greenlight_wall_s=\([0-9.]*\).*/\1/p' "$data/time_$n.txt")")
  done
  median="$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")"
  echo "median_wall_s=$median ($kind)"
  detection "$data/drift_${n}_$kind.json"
  [[ -n "$wall" ]] || wall="$median"
done
echo "== scipy per-column tests (KS + Wasserstein, chi-square), N=$n, CSV"
/usr/bin/python3 "$root/bench/scipy_drift.py" "$ref_csv" "$cur_csv" | tee "$data/scipy_$n.txt"
scipy_total="$(sed -n 's/.*total_s=\([0-9.]*\).*/\1/p' "$data/scipy_$n.txt")"
scipy_tests="$(sed -n 's/.*tests_s=\([0-9.]*\).*/\1/p' "$data/scipy_$n.txt")"
/usr/bin/python3 -c "print(f'ratio scipy_total/greenlight_wall={$scipy_total / $wall:.2f} scipy_tests_only/greenlight_wall={$scipy_tests / $wall:.2f}')"
