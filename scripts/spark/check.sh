#!/usr/bin/env bash
# The Spark identity check: for workflows/energy.yaml and for a generated corpus, runs
#   workbench run WORKFLOW --jobs 2  +  workbench export --format jsonl
# and
#   scripts/spark/workbench-spark WORKFLOW --master local[2]
# on the same machine in the same minutes, compares the annotation records (field order and
# the worker's result_key aside), and prints both wall-clock times. Then runs workbench-spark
# again over its own output (incremental: nothing to recompute) and checks it is unchanged.
#
#   scripts/spark/check.sh                      # energy.yaml and a 10,000-document corpus
#   scripts/spark/check.sh --documents 1000     # a smaller generated corpus
#   scripts/spark/check.sh --energy-only
#
# Needs scripts/spark/setup.sh first. Generated corpora go to bench-data/ (or
# $WORKBENCH_BENCH_DATA), as for scripts/benchmark.sh.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="${WORKBENCH_BENCH_DATA:-$repo/bench-data}"
documents=10000
generated=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --documents) documents="$2"; shift 2 ;;
    --energy-only) generated=0; shift ;;
    --data) data="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check.sh: unknown option $1" >&2; exit 64 ;;
  esac
done

workbench="${WORKBENCH:-$(cd "$repo" && swift build -c release --show-bin-path)/workbench}"
[[ -x "$workbench" ]] || { echo "check.sh: build first: scripts/spark/setup.sh" >&2; exit 69; }
scratch="$(mktemp -d "${TMPDIR:-/tmp}/workbench-spark-check.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
status=0

now() { date +%s.%N; }

check() {
  local name="$1" workflow="$2" count
  echo "== $name ($workflow)"
  local started ended
  started=$(now)
  "$workbench" run "$workflow" --db "$scratch/$name.sqlite" --jobs 2 --quiet --json > "$scratch/$name.summary.json" || true
  "$workbench" export --db "$scratch/$name.sqlite" --format jsonl -o "$scratch/$name.run.jsonl"
  ended=$(now)
  local run_seconds
  run_seconds=$(python3 -c "print('%.1f' % ($ended - $started))")
  count=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['documents'])" "$scratch/$name.summary.json")
  started=$(now)
  "$here/workbench-spark" "$workflow" --output "$scratch/$name.spark" --master 'local[2]' --workbench "$workbench" \
    > "$scratch/$name.spark.json" 2> "$scratch/$name.spark.err" || { tail -20 "$scratch/$name.spark.err" >&2; status=1; return; }
  ended=$(now)
  local spark_seconds
  spark_seconds=$(python3 -c "print('%.1f' % ($ended - $started))")
  python3 "$here/compare_annotations.py" "$scratch/$name.run.jsonl" "$scratch/$name.spark/annotations" || status=1
  python3 - "$count" "$run_seconds" "$spark_seconds" <<'PY'
import sys
documents, run, spark = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print("documents: %d; workbench run --jobs 2 + export: %.1f s (%.0f docs/s); workbench-spark local[2]: %.1f s "
      "(%.0f docs/s); spark/run time ratio %.2f" % (documents, run, documents / run, spark, documents / spark, spark / run))
PY
  # Incremental: the same corpus over the previous output recomputes nothing.
  started=$(now)
  "$here/workbench-spark" "$workflow" --output "$scratch/$name.spark" --master 'local[2]' --workbench "$workbench" \
    > "$scratch/$name.again.json" 2> "$scratch/$name.again.err" || { tail -20 "$scratch/$name.again.err" >&2; status=1; return; }
  ended=$(now)
  echo "incremental rerun: $(cat "$scratch/$name.again.json") in $(python3 -c "print('%.1f' % ($ended - $started))") s"
  python3 "$here/compare_annotations.py" "$scratch/$name.run.jsonl" "$scratch/$name.spark/annotations" || status=1
}

check energy "$repo/workflows/energy.yaml"

if [[ $generated -eq 1 ]]; then
  corpus="$data/corpus-$documents"
  if [[ ! -f "$corpus/metadata.csv" ]]; then
    python3 "$repo/scripts/generate_corpus.py" --documents "$documents" --out "$corpus" --force >&2
  fi
  # The stages of energy.yaml over the generated corpus.
  cat > "$scratch/generated.yaml" <<YAML
version: 1
name: generated-$documents
corpus:
  path: $corpus
  include: ["*.txt"]
  metadata: $corpus/metadata.csv
  language: ar
stages:
  - plugin: clean
  - plugin: text-stats
  - id: dates
    plugin: date-normalization
  - id: entities
    plugin: entity-linking
  - plugin: sentiment
  - id: topics
    plugin: topic-clustering
    config: {topics: auto}
  - plugin: keywords
    config:
      terms: [النفط, الغاز, الطاقة, الكهرباء]
YAML
  check "corpus-$documents" "$scratch/generated.yaml"
fi
exit $status
