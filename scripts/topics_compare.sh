#!/bin/sh
# Runs Workbench's topic clustering and the scikit-learn baseline on the same corpus, back to
# back, and prints wall-clock and CPU seconds of each whole process (read, TF-IDF, model), and
# the load average before and after.
#
#   scripts/topics_compare.sh ../shared/data/topics/ant_subset_stratified.jsonl
#   scripts/topics_compare.sh CORPUS_FOLDER --topics 10
#
# Needs the release benchmark (swift build -c release --product topics-benchmark) and the
# venv (python3 -m venv scripts/.venv && scripts/.venv/bin/pip install scikit-learn).
# Extra arguments (--topics N, --seed N) go to both; --method goes to Workbench only.
set -eu
corpus=$1
shift
here=$(cd "$(dirname "$0")/.." && pwd)
sk_args=""
wb_args=""
while [ $# -gt 0 ]; do
  case $1 in
    --topics|--seed) sk_args="$sk_args $1 $2"; wb_args="$wb_args $1 $2"; shift 2 ;;
    --method) wb_args="$wb_args $1 $2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 64 ;;
  esac
done
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== workbench topic-clustering$wb_args"
/usr/bin/time -f "wall %e s, cpu %U+%S s, max rss %M KB" "$here/.build/release/topics-benchmark" "$corpus" $wb_args
echo "== scikit-learn TF-IDF + KMeans + NMF$sk_args"
/usr/bin/time -f "wall %e s, cpu %U+%S s, max rss %M KB" "$here/scripts/.venv/bin/python" "$here/scripts/topics_baseline.py" "$corpus" $sk_args
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"
