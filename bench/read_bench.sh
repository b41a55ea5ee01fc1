#!/usr/bin/env bash
# Read benchmark (issue 11, "Speed"): the phases of reading a W1 file (20 numeric + 5 categorical columns, N rows,
# CSV) with the readers of this checkout, and, given a second checkout, with its readers in the same run, beside
# DuckDB's own scan of every column. Peak RSS per run from /usr/bin/time.
# Usage: bench/read_bench.sh N [DATA_DIR] [OTHER_CHECKOUT]
#   OTHER_CHECKOUT: a checkout whose greenlight-io and greenlight-core classes are compiled (mvn compile), e.g. the
#   commit before a change, exported with `git archive REV | tar -x -C DIR`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="$1"
data="${2:-/tmp/greenlight-bench}"
other="${3:-}"
jar="$root/greenlight-cli/target/greenlight.jar"
mkdir -p "$data"
if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -B -q -ntp -DskipTests package -pl greenlight-cli -am)
fi
csv="$data/reference_$n.csv"
[[ -f "$csv" ]] || /usr/bin/python3 "$root/bench/gen_w1.py" "$n" "$data"
opens="--add-opens=java.base/java.nio=ALL-UNNAMED"
run() { # label classpath
  echo "== $1, N=$n, CSV"
  /usr/bin/time -f "peak_rss_kib=%M wall_s=%e" java $opens ${JAVA_OPTS:-} -cp "$2" "$root/bench/ReadPhases.java" "$csv" 2>&1 \
    | grep -v SLF4J
}
if [[ -n "$other" ]]; then
  lib="$(ls "$root"/greenlight-cli/target/lib/duckdb_jdbc-*.jar):$(ls "$root"/greenlight-cli/target/lib/jackson-*.jar | tr '\n' ':')"
  run "before ($other)" "$other/greenlight-io/target/classes:$other/greenlight-core/target/classes:$lib"
fi
run "this checkout" "$jar:$root/greenlight-cli/target/lib/*"
