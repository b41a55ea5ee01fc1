#!/usr/bin/env bash
# Drift benchmark (issue 4): workload W1 (20 numeric + 5 categorical columns, reference and current of N rows each,
# seeded), a full drift report (all columns, automatic tests, no multivariate) from Parquet, timed with its peak
# RSS, and scipy's per-column tests on the same data in the same run (Debian's python3-scipy).
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
echo "== greenlight drift, N=$n, Parquet, $runs runs (wall seconds, peak RSS KiB)"
walls=()
for ((i = 1; i <= runs; i++)); do
  /usr/bin/time -f "greenlight_wall_s=%e peak_rss_kib=%M" java ${JAVA_OPTS:-} -jar "$jar" drift -r "$ref_pq" -c "$cur_pq" \
    --no-multivariate --format json > "$data/drift_$n.json" 2> "$data/time_$n.txt" || { cat "$data/time_$n.txt"; exit 1; }
  cat "$data/time_$n.txt"
  walls+=("$(sed -n 's/.*greenlight_wall_s=\([0-9.]*\).*/\1/p' "$data/time_$n.txt")")
done
wall="$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")"
echo "median_wall_s=$wall"
/usr/bin/python3 - "$data/drift_$n.json" "$n" "$wall" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); n = int(sys.argv[2]); wall = float(sys.argv[3])
cols = len(d["columns"])
print(f"columns={cols} drifted={d['dataset_drift']['drifted_columns']} approximate={d['dataset_drift']['approximate']} "
      f"rank_error_bound={d['dataset_drift']['rank_error_bound']:.4f}")
print(f"rows_x_columns_per_s={2 * n * cols / wall:.3g}")
PY

echo "== scipy per-column tests (KS + Wasserstein, chi-square), N=$n, CSV"
/usr/bin/python3 "$root/bench/scipy_drift.py" "$ref_csv" "$cur_csv" | tee "$data/scipy_$n.txt"
scipy_total="$(sed -n 's/.*total_s=\([0-9.]*\).*/\1/p' "$data/scipy_$n.txt")"
scipy_tests="$(sed -n 's/.*tests_s=\([0-9.]*\).*/\1/p' "$data/scipy_$n.txt")"
/usr/bin/python3 -c "print(f'ratio scipy_total/greenlight_wall={$scipy_total / $wall:.2f} scipy_tests_only/greenlight_wall={$scipy_tests / $wall:.2f}')"
