#!/usr/bin/env bash
# Fuzzing (issue 12, "Nothing lost, nothing skipped in silence"): runs each fuzz target under Jazzer, the
# coverage-guided fuzzer, for SECONDS, one after another, and prints per target the inputs executed, the coverage
# libFuzzer reports (cov: edges, ft: features, corp: corpus size) and the failing inputs found. A failing input is
# written by Jazzer into the target's kept inputs (src/test/resources/.../<Test>Inputs/<method>/crash-*), which
# plain test runs replay: fix the code, rename the file for what it shows, and commit it with the fix.
# Usage: bench/fuzz.sh [SECONDS] [TARGET...]     e.g. bench/fuzz.sh 600; bench/fuzz.sh 60 ProfileFileFuzzTest
#   SECONDS: per target (default 60). TARGET: test class names to run (default all four).
#   MVN_FLAGS: extra Maven flags, e.g. MVN_FLAGS="-o -Dmaven.repo.local=/path/to/repo".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
wanted=("$@")
# module, test class, fuzz method, the classes whose coverage guides the fuzzer (Greenlight's own and the parser
# it drives; instrumenting every library would slow each run several times over), and what it covers
targets=(
  "greenlight-config ConfigLoaderFuzzTest loads dev.greenlight.**:org.yaml.snakeyaml.** the configuration loader"
  "greenlight-io DataReaderFuzzTest reads dev.greenlight.** the CSV, TSV and JSON Lines reading path, both readers"
  "greenlight-drift ProfileFileFuzzTest reads dev.greenlight.**:org.apache.datasketches.** the profile format"
  "greenlight-serve BatchBodyFuzzTest parses dev.greenlight.**:com.fasterxml.jackson.core.** the service's batch parsing"
)
# Jazzer's SQL-injection detector parses every statement with a generic SQL grammar, which DuckDB's (DESCRIBE
# SELECT ... FROM read_csv(...)) is not: it reports the reader's constant queries, so it is off; the file's text
# reaches SQL only through DuckDbSource.quote and literal.
hooks="com.code_intelligence.jazzer.sanitizers.SqlInjection"
flags=(-B -ntp ${MVN_FLAGS:-})
logs="$root/target/fuzz"
mkdir -p "$logs"
echo "building the fuzz targets (mvn install -DskipTests)..."
(cd "$root" && mvn "${flags[@]}" -q install -DskipTests -pl greenlight-config,greenlight-io,greenlight-drift,greenlight-serve -am) \
  || { echo "fuzz.sh: build failed" >&2; exit 3; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
printf '%-22s %9s %9s %8s %8s %8s %8s %s\n' target seconds execs exec/s cov ft corpus found
status=0
for t in "${targets[@]}"; do
  read -r module class method includes what <<<"$t"
  if ((${#wanted[@]})) && [[ " ${wanted[*]} " != *" $class "* ]]; then
    continue
  fi
  inputs="$(find "$root/$module/src/test/resources" -type d -name "${class}Inputs")/$method"
  before="$(ls "$inputs" | sort)"
  log="$logs/$class.log"
  start=$(date +%s)
  (cd "$root" && JAZZER_FUZZ=1 /usr/bin/time -f "cpu_s=%U+%S" mvn "${flags[@]}" -pl "$module" surefire:test \
      -Dtest="$class#$method" -Dgreenlight.excludedGroups= -Djazzer.max_duration="${seconds}s" \
      -Djazzer.instrumentation_includes="$includes" -Djazzer.disabled_hooks="$hooks" >"$log" 2>&1)
  rc=$?
  elapsed=$(($(date +%s) - start))
  found="$(comm -13 <(echo "$before") <(ls "$inputs" | sort) | tr '\n' ' ')"
  last="$(grep -aE '^#[0-9]+[[:space:]]' "$log" | tail -1)"
  execs="$(grep -aoE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+')"
  [[ -z "$execs" ]] && execs="$(sed -nE 's/^#([0-9]+)[[:space:]].*/\1/p' <<<"$last")"
  field() { sed -nE "s|.* $1: ([^ ]+).*|\1|p" <<<"$last"; }
  printf '%-22s %9s %9s %8s %8s %8s %8s %s\n' "$class" "$elapsed" "${execs:-?}" "$(field exec/s)" "$(field cov)" \
    "$(field ft)" "$(field corp)" "${found:-none}"
  if [[ $rc -ne 0 || -n "$found" ]]; then
    status=1
    echo "  $class ($what): exit $rc; log: $log" >&2
    grep -aE 'FuzzTestFinding|Caused by|Exception:|Error:' "$log" | grep -avE '^\s*at |INFO: Instrumented' | head -5 \
      | sed 's/^/  /' >&2
  fi
  echo "  $(grep -aoE 'cpu_s=[0-9.+]+' "$log" | tail -1) (the Maven JVM and the fuzzed JVM); log: $log"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
