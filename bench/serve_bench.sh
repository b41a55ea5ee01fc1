#!/usr/bin/env bash
# greenlight serve benchmark (issue 13), loopback only, bounded in count and time (about 10 minutes at the defaults
# on 2 cores). One command, no arguments needed:
#  1. ingest, into DuckDB and into PostgreSQL (GREENLIGHT_BENCH_POSTGRES_URL, else GREENLIGHT_TEST_POSTGRES_URL;
#     skipped when neither is set): after a warm-up of WARMUP predictions (default 400000: with 100,000 the JIT
#     was still compiling the hot path during the measured run, 0.9 s of C2 CPU in it), N predictions (default
#     200000) in batches of 500 from THREADS threads (default 4), then their N labels; records per second, p50/p99
#     latency per batch (sent to committed), where a batch's time went (the server's own timers), the server's CPU
#     seconds and the load generator's; at most 120 s per run;
#  2. queries over a DuckDB store of WINDOW_ROWS predictions (default 10000000, a year, every second one labelled),
#     filled in bulk by bench/ServeFill.java: /v1/stats, window queries cold (first) and warm, a late label, the
#     dashboard (WINDOW_ROWS=0 skips this part);
#  3. the crash test at CRASH_N predictions (default 200000): kill -9 mid-ingestion, restart, the client retries.
# Usage: bench/serve_bench.sh [N]   (MVN_FLAGS: extra Maven flags, e.g. -Dmaven.repo.local=...). Results go to
# stdout; BENCHMARKS.md records a run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-200000}"
window_rows="${WINDOW_ROWS:-10000000}"
crash_n="${CRASH_N:-200000}"
threads="${THREADS:-4}"
warmup="${WARMUP:-400000}"
work="$(mktemp -d /tmp/greenlight-serve-bench.XXXXXX)"
jar="$root/greenlight-cli/target/greenlight.jar"
config="$root/bench/serve/greenlight.yaml"
server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
[[ -f "$jar" ]] || (cd "$root" && mvn ${MVN_FLAGS:-} -B -q -ntp -DskipTests install -pl greenlight-cli -am)
lib="$root/greenlight-cli/target/lib"

start_server() { # STORE -> sets server_pid and base
  local t0=$SECONDS
  java ${JAVA_OPTS:--Xmx2g} -jar "$jar" serve "$config" --port 0 --store "$1" --insecure-no-auth > "$work/server.out" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 1500); do
    if head -1 "$work/server.out" | grep -q '^listening on '; then break; fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.out"; exit 1; }
    sleep 0.2
  done
  base="$(head -1 "$work/server.out" | sed 's/^listening on //')"
  started=$((SECONDS - t0))
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }
cpu_seconds() { awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$server_pid/stat"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
metrics() { curl -s "$base/metrics" > "$1"; }
housekeeping() { # count and seconds of the store's housekeeping so far (DuckDB's checkpoints, run while idle)
  curl -s "$base/metrics" | awk '/^greenlight_store_housekeeping_seconds_count/ {c = $2}
    /^greenlight_store_housekeeping_seconds_sum/ {s = $2} END {printf "%d %.3f\n", c, s}'
}
settle() { # WHAT: waits (at most 120 s) for the housekeeping after the last write, so the next run does not share
  # the cores with it, and prints its time
  local before after t0=$SECONDS
  before=$(housekeeping)
  until after=$(housekeeping); [[ "${after%% *}" -gt "${before%% *}" ]]; do
    sleep 0.2; (( SECONDS - t0 < 120 )) || { echo "  no housekeeping within 120 s after $1"; return; }
  done
  echo "  housekeeping after $1 (DuckDB: its checkpoint; run once the server is idle, not in the figures above):" \
    "$(awk -v a="${after#* }" -v b="${before#* }" 'BEGIN { printf "%.2f s", a - b }')"
}
breakdown() { # BEFORE AFTER KIND: where the run's time went, from the server's own timers
  awk -v kind="$3" '
    function key(line) { split(line, a, " "); return a[1] }
    FNR == NR { v[key($0)] = $2; next }
    { d[key($0)] = $2 - v[key($0)] }
    END {
      b = "greenlight_ingest_batch_seconds_%s{kind=\"" kind "\"}"
      printf "  where a batch'"'"'s time went (means): reading, parsing and checking %.1f ms;",
        1000 * d["greenlight_ingest_check_seconds_sum"] / d["greenlight_ingest_check_seconds_count"]
      printf " one write transaction %.1f ms for %.0f rows (%d transactions);",
        1000 * d["greenlight_store_write_seconds_sum"] / d["greenlight_store_write_seconds_count"],
        d["greenlight_store_write_rows_sum"] / d["greenlight_store_write_rows_count"],
        d["greenlight_store_write_seconds_count"]
      printf " arrival to commit %.1f ms\n", 1000 * d[sprintf(b, "sum")] / d[sprintf(b, "count")]
    }' <(grep -v '^#' "$1") <(grep -v '^#' "$2")
}
get() { # PATH LABEL: one timed GET; the body is kept in $work/q.out and shown when short
  curl -s -o "$work/q.out" -w "GET %{url_effective}: HTTP %{http_code}, %{time_total} s" "$base$1" \
    | sed "s#$base##"
  if (( $(wc -c < "$work/q.out") < 200 )); then echo -n " $(cat "$work/q.out")"; fi
  echo "  [$2]"
}
windows_found() { # what the last window answer held
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); w=d.get("windows",[]);
print("%d windows, %d rows, %d labelled" % (len(w), sum(x["rows"] for x in w), sum(x["labelled"] for x in w)))' \
    "$work/q.out"
}

pg_url="${GREENLIGHT_BENCH_POSTGRES_URL:-${GREENLIGHT_TEST_POSTGRES_URL:-}}"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average at start: $(load)"
echo "== 1. ingest: $n predictions then their $n labels, batches of 500, $threads threads (after a warm-up of $warmup)"
for store in "duckdb:$work/ingest.db" ${pg_url:+"$pg_url"}; do
  if [[ "$store" != duckdb:* ]]; then
    java -cp "$(ls "$lib"/postgresql-*.jar)" "$root/bench/ServeReset.java" "$store"
  fi
  start_server "$store"
  echo "${store%%:*} (load average $(load)):"
  java "$root/bench/ServeLoad.java" "$base" "$warmup" 500 "$threads" 120 "w-" predictions > /dev/null
  settle "the warm-up"
  c0=$(cpu_seconds); metrics "$work/m0"
  java "$root/bench/ServeLoad.java" "$base" "$n" 500 "$threads" 120 "b-" predictions
  c1=$(cpu_seconds); metrics "$work/m1"
  breakdown "$work/m0" "$work/m1" predictions
  settle "the predictions"
  c1b=$(cpu_seconds); metrics "$work/m1"
  java "$root/bench/ServeLoad.java" "$base" "$n" 500 "$threads" 120 "b-" labels
  c2=$(cpu_seconds); metrics "$work/m2"
  breakdown "$work/m1" "$work/m2" labels
  echo "  server CPU: $(awk "BEGIN { print $c1 - $c0 }") s for the predictions, $(awk "BEGIN { print $c2 - $c1b }") s" \
    "for the labels;" \
    "stats $(curl -s "$base/v1/stats")"
  stop_server
done

if (( window_rows > 0 )); then
  echo "== 2. queries over $window_rows stored predictions (DuckDB; load average $(load))"
  start_server "duckdb:$work/window.db"; stop_server           # creates the schema and the feature columns
  /usr/bin/time -f "fill: %e s (%U s user), peak RSS %M KiB" java -Xmx1g -cp "$(ls "$lib"/duckdb_jdbc-*.jar)" \
    "$root/bench/ServeFill.java" "$work/window.db" "$window_rows"
  echo "store file: $(du -h "$work/window.db" | cut -f1)"
  start_server "duckdb:$work/window.db"
  echo "server listening after $started s; load average $(load)"
  # the periodic analysis analyses the default hourly and daily ranges at start-up; wait for it
  t0=$SECONDS
  until curl -s "$base/metrics" | grep -q '^greenlight_analysis_seconds_count [1-9]'; do
    sleep 1; (( SECONDS - t0 < 600 )) || { echo "the first periodic analysis did not end within 600 s"; exit 1; }
  done
  echo "first periodic analysis (default hourly and daily ranges, cold) ended after about $((SECONDS - t0)) s;" \
    "$(curl -s "$base/metrics" | grep '^greenlight_window_figures_kept ') windows' figures kept"
  h="from=2025-06-01T00:00:00Z&to=2025-06-03T00:00:00Z"     # 48 hours nobody asked for yet
  d="window=day&from=2025-03-01T00:00:00Z&to=2025-04-18T00:00:00Z"   # 48 days likewise
  for _ in 1 2 3; do get "/v1/stats" "counts kept in the write path"; done
  get "/v1/windows?$h" "cold: 48 hourly windows analysed"; windows_found
  get "/v1/windows?$h" "warm: the same windows' figures kept"
  get "/v1/performance?$h" "warm"
  get "/v1/drift?$h" "warm"
  get "/?$h" "dashboard, warm"
  get "/v1/windows?$d" "cold: 48 daily windows analysed"; windows_found
  get "/v1/windows?$d" "warm"
  get "/v1/windows" "default range (latest 48 hours), kept since start-up"; windows_found
  get "/" "dashboard, default range"
  get "/v1/windows?window=day" "default daily range, kept since start-up"
  # late labels for 200 unlabelled predictions of 2025-06-01 00:xx: only that hour and that day change
  step=$((365 * 86400000 / window_rows)); first=$(( (1748736000000 - 1733011200000 + step - 1) / step ))
  awk -v f="$first" 'BEGIN { for (k = 0; k < 400; k++) { i = f + k; if (i % 2 == 1)
      printf "{\"id\":\"fill-%d\",\"label\":\"%s\"}\n", i, (i % 5 < 2 ? "churn" : "stay") } }' > "$work/late.ndjson"
  curl -s -o /dev/null -w "POST /v1/labels (late labels for one hour): HTTP %{http_code}, %{time_total} s\n" \
    -H 'Content-Type: application/x-ndjson' --data-binary "@$work/late.ndjson" "$base/v1/labels"
  get "/v1/windows?$h" "after the late labels: one window analysed again"; windows_found
  get "/v1/stats" "200 more joined"
  stop_server
fi

echo "== 3. crash test, $crash_n predictions, kill -9 after a quarter is acknowledged (load average $(load))"
cp_file="$work/client.cp"
(cd "$root" && mvn ${MVN_FLAGS:-} -B -q -ntp -o -pl greenlight-client -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null)
cp="$root/greenlight-client/target/test-classes:$root/greenlight-client/target/classes:$(cat "$cp_file")"
java -Dsurefire.test.class.path="$cp" -cp "$cp" dev.greenlight.client.CrashRun "$config" "duckdb:$work/crash.db" \
  "jdbc:duckdb:$work/crash.db" "$crash_n" "$((crash_n / 4))"
echo "load average at the end: $(load)"
