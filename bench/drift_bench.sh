#!/usr/bin/env bash
# Drift benchmark (issues 4, 11): workload W1 (20 numeric + 5 categorical columns, reference and current of N rows
# each, seeded; n0-n6 and c0-c1 truly drifted), the full drift report (all columns, automatic tests, the default
# decision, multivariate drift included) run as users run it, through the ./greenlight launcher (class-data
# sharing included), from CSV (the headline) and from Parquet. Each run is timed with /usr/bin/time (wall, CPU,
# peak RSS of the whole process, JVM start included) and printed with its detection: found of the 9 drifted
# columns, false alarms among the other 16. scipy's per-column tests (bench/scipy_drift.py, Debian's python3-scipy)
# run on the same CSV files in the same run; the ratio is scipy's total (pandas load + tests) over greenlight's
# median wall from CSV. Beside it, DuckDB's own scan of the two files (bench/ScanBoth.java: every column parsed and
# aggregated, one DuckDB thread per file as greenlight reads them, JVM start excluded): the least the read can take
# here. At the sizes in TIMINGS (default: 1M and 10M) the last run of each format also prints its phase times
# (--timings).
#
# Usage: bench/drift_bench.sh "SIZES" [DATA_DIR]       e.g. bench/drift_bench.sh "10000 100000 1000000"
#   Data is generated once per size into DATA_DIR (default /tmp/greenlight-bench; 10M rows take about 4 GB and a
#   quarter of an hour to generate). Environment:
#   RUNS=3            greenlight runs per size and format (the median is reported)
#   SCIPY=1           0 skips scipy (at 10M it needs about 8 GB of memory and several minutes)
#   TIMINGS="1000000 10000000"   sizes whose phase times are printed
#   GREENLIGHT_JAVA_OPTS         JVM options, passed on by the launcher
#   EXTRA="--no-multivariate"    further drift options
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="${1:?usage: bench/drift_bench.sh \"SIZES\" [DATA_DIR]}"
data="${2:-/tmp/greenlight-bench}"
runs="${RUNS:-3}"
timings=" ${TIMINGS:-1000000 10000000} "
mkdir -p "$data"
summary="$data/drift_bench_summary.md"

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load average at start: $(load)"

# build if needed, and make the class-data sharing archive with a drift run, as a user's first run would
"$root/greenlight" --version > /dev/null
warm="$data/warmup"
mkdir -p "$warm"
[[ -f "$warm/reference_2000.csv" ]] || /usr/bin/python3 "$root/bench/gen_w1.py" 2000 "$warm"
"$root/greenlight" drift -r "$warm/reference_2000.csv" -c "$warm/current_2000.csv" --format json > /dev/null

# detection of one drift.json against W1's truth: n0-n4 (+0.1 sd), n5-n6 (+0.5 sd), c0-c1 (reweighted)
detection() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
truth = {f"n{i}" for i in range(7)} | {"c0", "c1"}
flagged = {c["name"] for c in d["columns"] if c["drift"]}
others = len(d["columns"]) - len(truth)
false = sorted(flagged - truth)
print(f"{len(flagged & truth)}/{len(truth)} {len(false)}/{others} {','.join(false) or '-'}"
      f" {','.join(sorted(truth - flagged)) or '-'}")
PY
}
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

printf '| N | input | wall (median of %s) | CPU user+sys | peak RSS | found of 9 | false alarms of 16 | DuckDB scan of both | scipy load + tests | ratio | load avg |\n' "$runs" > "$summary"
printf '|---|---|---|---|---|---|---|---|---|---|---|\n' >> "$summary"
for n in $sizes; do
  ref_csv="$data/reference_$n.csv"; cur_csv="$data/current_$n.csv"
  ref_pq="$data/reference_$n.parquet"; cur_pq="$data/current_$n.parquet"
  [[ -f "$ref_csv" && -f "$cur_csv" ]] || /usr/bin/python3 "$root/bench/gen_w1.py" "$n" "$data"
  if [[ ! -f "$ref_pq" || ! -f "$cur_pq" ]]; then
    java -cp "$(ls "$root"/greenlight-cli/target/lib/duckdb_jdbc-*.jar)" "$root/bench/ToParquet.java" \
      "$ref_csv" "$ref_pq" "$cur_csv" "$cur_pq"
  fi
  scipy_total=""
  if [[ "${SCIPY:-1}" != "0" ]]; then
    echo "== scipy per-column tests (KS + Wasserstein, chi-square), N=$n, CSV, load $(load)"
    /usr/bin/python3 "$root/bench/scipy_drift.py" "$ref_csv" "$cur_csv" | tee "$data/scipy_$n.txt"
    scipy_total="$(sed -n 's/.*total_s=\([0-9.]*\).*/\1/p' "$data/scipy_$n.txt")"
  fi
  for kind in csv parquet; do
    if [[ "$kind" == csv ]]; then ref="$ref_csv"; cur="$cur_csv"; else ref="$ref_pq"; cur="$cur_pq"; fi
    echo "== greenlight drift, N=$n, $kind, $runs runs"
    walls=(); cpus=(); rsss=(); loads=()
    for ((i = 1; i <= runs; i++)); do
      flags=()
      if (( i == runs )) && [[ "$timings" == *" $n "* ]]; then flags=(--timings); fi
      loads+=("$(load | cut -d' ' -f1)")
      /usr/bin/time -o "$data/time_$n.txt" -f "%e %U %S %M" "$root/greenlight" drift -r "$ref" -c "$cur" \
        --format json ${EXTRA:-} "${flags[@]}" > "$data/drift_${n}_$kind.json" 2> "$data/err_${n}_$kind.txt" \
        || { cat "$data/err_${n}_$kind.txt"; exit 1; }
      read -r w u s m < "$data/time_$n.txt"
      walls+=("$w"); cpus+=("$(echo "$u + $s" | bc)"); rsss+=("$m")
      echo "run $i: wall_s=$w cpu_s=$(echo "$u + $s" | bc) peak_rss_mib=$((m / 1024)) load=${loads[-1]}"
    done
    if (( ${#flags[@]} )); then grep -v '^$' "$data/err_${n}_$kind.txt"; fi
    wall="$(median "${walls[@]}")"
    read -r found false false_names missed < <(detection "$data/drift_${n}_$kind.json")
    echo "median_wall_s=$wall detection: found=$found false_alarms=$false ($false_names) missed=$missed"
    scan="$(java -cp "$(ls "$root"/greenlight-cli/target/lib/duckdb_jdbc-*.jar)" "$root/bench/ScanBoth.java" \
      "$ref" "$cur" | sed -n 's/duckdb_scan_both_s=//p')"
    echo "duckdb_scan_both_s=$scan (DuckDB alone, both files at once, one thread each)"
    ratio="-"
    scipy_cell="" # scipy read the CSV files: its time belongs on the CSV row only
    if [[ "$kind" == csv && -n "$scipy_total" ]]; then
      scipy_cell="$scipy_total s"
      ratio="$(/usr/bin/python3 -c "print(f'{$scipy_total / $wall:.1f}x')")"
      echo "ratio scipy_total/greenlight_wall (CSV) = $ratio"
    fi
    printf '| %s | %s | %s s | %s s | %s MiB | %s | %s | %s s | %s | %s | %s |\n' "$n" "$kind" "$wall" \
      "$(median "${cpus[@]}")" "$(( $(median "${rsss[@]}") / 1024 ))" "$found" "$false" "$scan" \
      "$scipy_cell" "$ratio" "$(median "${loads[@]}")" >> "$summary"
  done
done
echo "load average at end: $(load)"
echo
cat "$summary"
