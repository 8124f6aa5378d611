#!/usr/bin/env bash
# Installs what scripts/spark/workbench-spark needs, only what is missing (run it again at
# any time): a Java 17 runtime from Debian's packages, PySpark in a virtual environment in
# scripts/spark/.venv (ignored by git), and the release build of workbench.
#
#   scripts/spark/setup.sh              # everything
#   scripts/spark/setup.sh --no-build   # skip `swift build -c release`
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
# Spark 3.5 runs on Java 8, 11 and 17; the version is pinned so that every machine runs the
# same Spark.
pyspark_version="3.5.5"
build=1
[[ "${1:-}" == "--no-build" ]] && build=0

java_major() {
  java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1
}

if ! command -v java >/dev/null 2>&1 || [[ "$(java_major)" -lt 11 ]]; then
  echo "== installing a Java 17 runtime (openjdk-17-jre-headless)" >&2
  sudo_cmd=()
  [[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq openjdk-17-jre-headless >&2
else
  echo "== java $(java_major) is installed" >&2
fi

if [[ ! -x "$venv/bin/python" ]]; then
  echo "== creating $venv" >&2
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$pyspark_version')" 2>/dev/null; then
  echo "== installing pyspark $pyspark_version into $venv" >&2
  "$venv/bin/pip" install --quiet "pyspark==$pyspark_version"
else
  echo "== pyspark $pyspark_version is installed" >&2
fi

if [[ $build -eq 1 ]]; then
  bin="$(cd "$repo" && swift build -c release --show-bin-path)"
  if [[ ! -x "$bin/workbench" ]]; then
    echo "== building workbench (swift build -c release --product workbench)" >&2
    (cd "$repo" && swift build -c release --product workbench >&2)
  else
    echo "== $bin/workbench is built (rebuild with: swift build -c release)" >&2
  fi
fi
echo "ready: scripts/spark/workbench-spark WORKFLOW --output DIR" >&2
