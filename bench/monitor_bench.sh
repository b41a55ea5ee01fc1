#!/usr/bin/env bash
# Monitoring benchmark (issue 10): the whole `greenlight monitor` analysis of the NannyML employment_MA files
# (reference 2015: 68,785 rows; analysis 2016-2018: 208,892 rows; labels joined by id), binary classifier with
# scores and predicted labels, 16 features, chunks of 10,000 rows: realized and CBPE-estimated performance, drift
# and quality per chunk, change points; timed with its peak RSS, JVM start and file reading included.
# Usage: bench/monitor_bench.sh [DATA_DIR]   DATA_DIR holds employment_MA_{reference,analysis,analysis_target}
#        as .pq (used when present) or .csv/.csv.gz; default: the repository's testdata/data/nannyml (.csv.gz).
# RUNS=N for N runs (default 3); EXTRA="--no-multivariate" to pass more options.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$root/testdata/data/nannyml}"
jar="$root/greenlight-cli/target/greenlight.jar"
if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -B -q -ntp -DskipTests package -pl greenlight-cli -am)
fi
pick() {
  for ext in pq csv csv.gz; do
    [[ -f "$data/$1.$ext" ]] && { echo "$data/$1.$ext"; return; }
  done
  echo "no $1 in $data" >&2; exit 2
}
ref="$(pick employment_MA_reference)"; ana="$(pick employment_MA_analysis)"; lab="$(pick employment_MA_analysis_target)"
out="$(mktemp -d)"
runs="${RUNS:-3}"
echo "== greenlight monitor, employment_MA ($ref), $runs runs (wall seconds, peak RSS KiB)"
walls=()
for ((i = 1; i <= runs; i++)); do
  rc=0
  /usr/bin/time -f "greenlight_wall_s=%e peak_rss_kib=%M" java ${JAVA_OPTS:-} -jar "$jar" monitor \
    --reference "$ref" --analysis "$ana" --labels "$lab" --id id --target employed \
    --score predicted_probability --prediction prediction --task binary --chunk-size 10000 ${EXTRA:-} \
    --format json > "$out/monitor.json" 2> "$out/time.txt" || rc=$?
  [[ $rc -le 1 ]] || { cat "$out/time.txt"; exit 1; }
  grep greenlight_wall_s "$out/time.txt"
  walls+=("$(sed -n 's/.*greenlight_wall_s=\([0-9.]*\).*/\1/p' "$out/time.txt")")
done
echo "median_wall_s=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")"
/usr/bin/python3 - "$out/monitor.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
ana = [c for c in d["chunks"] if c["period"] == "analysis"]
print(f"chunks={len(d['chunks'])} analysis_chunks={len(ana)} labelled={d['labels']['labelled_rows']} "
      f"alerts={len(d['alerts'])} changes={len(d['changes'])} recommendation={d['recommendation']['action']}")
PY
rm -rf "$out"
