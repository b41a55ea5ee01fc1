#!/usr/bin/env bash
# Spark benchmark (issue 16): profiles of generated data (10 columns: 8 numeric, 2 categorical; bench/SparkBenchData.java,
# deterministic) made by the embedded path (`greenlight profile`, DuckDB streaming into the sketches) and by the
# Spark path (`greenlight spark profile --master local[2]`) on the same Parquet file; wall time of each whole command
# (JVM and Spark start included; the Spark command is the launcher's, run directly) and throughput in rows x columns per second per core.
# Usage: bench/spark_bench.sh "5000000 50000000" [DATA_DIR]    (sizes in rows; data generated once into DATA_DIR,
# default /tmp/greenlight-spark-bench). The embedded run is pinned to the same 2 cores as local[2] when taskset exists.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="${1:-5000000 50000000}"
data="${2:-/tmp/greenlight-spark-bench}"
cores=2
columns=10
jar="$root/greenlight-cli/target/greenlight.jar"
mkdir -p "$data"
spark_jar="$root/greenlight-spark/target/greenlight-spark-0.1.0.jar"
spark_cp="$root/greenlight-spark/target/spark-classpath.txt"
if [[ ! -f "$jar" || ! -f "$spark_jar" || ! -f "$spark_cp" ]]; then
  (cd "$root" && mvn -B -q -ntp -DskipTests package)
fi
# what ./greenlight spark runs, without its check for a rebuild
spark_cmd=(java "@$root/greenlight-spark/spark-java-options"
  "-Dlog4j2.configurationFile=$root/greenlight-spark/log4j2-local.properties"
  -cp "$spark_jar:$(cat "$spark_cp")" dev.greenlight.spark.Main)
pin=()
command -v taskset >/dev/null 2>&1 && pin=(taskset -c 0,1)

seconds() { sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' "$1"; }
previous_n=""; previous_spark=""; previous_embedded=""
for n in $sizes; do
  file="$data/w_$n.parquet"
  [[ -f "$file" ]] || java -cp "$(ls "$root"/greenlight-cli/target/lib/duckdb_jdbc-*.jar)" "$root/bench/SparkBenchData.java" "$n" "$file"
  echo "== N=$n rows x $columns columns ($(du -h "$file" | cut -f1) of Parquet)"
  /usr/bin/time -f "wall_s=%e peak_rss_kib=%M" "${pin[@]}" java -jar "$jar" profile "$file" -o "$data/embedded_$n.profile" \
    --integrity-limit 0 > /dev/null 2> "$data/embedded_$n.time" || { cat "$data/embedded_$n.time"; exit 1; }
  /usr/bin/time -f "wall_s=%e peak_rss_kib=%M" "${spark_cmd[@]}" profile --master "local[$cores]" --input "$file" \
    --out "$data/spark_$n.profile" --force > /dev/null 2> "$data/spark_$n.time" || { cat "$data/spark_$n.time"; exit 1; }
  embedded="$(seconds "$data/embedded_$n.time")"; spark="$(seconds "$data/spark_$n.time")"
  /usr/bin/python3 - "$n" "$columns" "$cores" "$embedded" "$spark" "$previous_n" "$previous_embedded" "$previous_spark" <<'PY'
import sys
n, cols, cores = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
emb, spark = float(sys.argv[4]), float(sys.argv[5])
print(f"embedded: wall {emb:.1f} s, {n * cols / emb / cores:.3g} rows x columns / s / core")
print(f"spark local[{cores}]: wall {spark:.1f} s, {n * cols / spark / cores:.3g} rows x columns / s / core")
print(f"spark / embedded wall: {spark / emb:.2f}")
if sys.argv[6]:
    pn, pe, ps = int(sys.argv[6]), float(sys.argv[7]), float(sys.argv[8])
    print(f"growth from {pn} to {n} rows ({n / pn:.0f}x): embedded {emb / pe:.2f}x, spark {spark / ps:.2f}x")
PY
  grep -h "peak_rss" "$data/embedded_$n.time" "$data/spark_$n.time" | sed 's/^/  /'
  previous_n="$n"; previous_embedded="$embedded"; previous_spark="$spark"
done
