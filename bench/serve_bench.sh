#!/usr/bin/env bash
# greenlight serve benchmark (issue 13), loopback only, bounded in count and time:
#  1. ingest: N predictions (default 200000) in batches of 500 from 4 threads, at most 120 s per store, into DuckDB
#     and PostgreSQL (GREENLIGHT_BENCH_POSTGRES_URL, else GREENLIGHT_TEST_POSTGRES_URL; skipped when neither is set):
#     predictions per second and p50/p99 latency per batch (sent to committed);
#  2. queries over a DuckDB store of WINDOW_ROWS stored predictions (default 10000000, spread over a year, half
#     labelled): /v1/stats, /v1/windows (48 hourly windows, the engine on ~55k rows) and the dashboard
#     (WINDOW_ROWS=0 skips this part);
#  3. the crash test at CRASH_N predictions (default 200000): kill -9 mid-ingestion, restart, client retries.
# Usage: bench/serve_bench.sh [N]   (MVN_FLAGS: extra Maven flags, e.g. -Dmaven.repo.local=...). Results go to
# stdout; BENCHMARKS.md records a run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-200000}"
window_rows="${WINDOW_ROWS:-10000000}"
crash_n="${CRASH_N:-200000}"
work="$(mktemp -d /tmp/greenlight-serve-bench.XXXXXX)"
jar="$root/greenlight-cli/target/greenlight.jar"
config="$root/bench/serve/greenlight.yaml"
server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
[[ -f "$jar" ]] || (cd "$root" && mvn ${MVN_FLAGS:-} -B -q -ntp -DskipTests package -pl greenlight-cli -am)
duckdb_jar="$(ls "$root"/greenlight-cli/target/lib/duckdb_jdbc-*.jar)"

start_server() { # STORE -> sets server_pid and base
  java ${JAVA_OPTS:--Xmx2g} -jar "$jar" serve "$config" --port 0 --store "$1" --insecure-no-auth > "$work/server.out" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    if head -1 "$work/server.out" | grep -q '^listening on '; then break; fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.out"; exit 1; }
    sleep 0.2
  done
  base="$(head -1 "$work/server.out" | sed 's/^listening on //')"
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

pg_url="${GREENLIGHT_BENCH_POSTGRES_URL:-${GREENLIGHT_TEST_POSTGRES_URL:-}}"
echo "machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== 1. ingest, $n predictions, batches of 500, 4 threads"
for store in "duckdb:$work/ingest.db" ${pg_url:+"$pg_url"}; do
  if [[ "$store" != duckdb:* ]]; then
    java -cp "$(ls "$root"/greenlight-cli/target/lib/postgresql-*.jar)" "$root/bench/ServeReset.java" "$store"
  fi
  start_server "$store"
  echo -n "${store%%:*}: "
  java "$root/bench/ServeLoad.java" "$base" "$n" 500 4 120 "b-"
  curl -s "$base/v1/stats"; echo
  stop_server
done

if (( window_rows > 0 )); then
  echo "== 2. queries over $window_rows stored predictions (DuckDB)"
  start_server "duckdb:$work/window.db"; stop_server           # creates the schema
  /usr/bin/time -f "fill: %e s, peak RSS %M KiB" java -Xmx1g -cp "$duckdb_jar" "$root/bench/ServeFill.java" \
    "$work/window.db" "$window_rows"
  start_server "duckdb:$work/window.db"
  for q in "/v1/stats" "/v1/windows" "/v1/windows" "/"; do
    curl -s -o "$work/q.out" -w "GET $q: HTTP %{http_code}, %{time_total} s\n" "$base$q"
  done
  stop_server
fi

echo "== 3. crash test, $crash_n predictions, kill -9 after a quarter is acknowledged"
cp_file="$work/client.cp"
(cd "$root" && mvn ${MVN_FLAGS:-} -B -q -ntp -o -pl greenlight-client -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null)
cp="$root/greenlight-client/target/test-classes:$root/greenlight-client/target/classes:$(cat "$cp_file")"
java -Dsurefire.test.class.path="$cp" -cp "$cp" dev.greenlight.client.CrashRun "$config" "duckdb:$work/crash.db" \
  "jdbc:duckdb:$work/crash.db" "$crash_n" "$((crash_n / 4))"
