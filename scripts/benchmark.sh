#!/usr/bin/env bash
# Workbench benchmarks: end-to-end `workbench run` (cold and warm) over generated corpora,
# and the single-threaded stage benchmark.
#
#   scripts/benchmark.sh                      # both parts, corpora of 1,000 and 10,000 documents
#   scripts/benchmark.sh --sizes "1000 10000 100000"
#   scripts/benchmark.sh --runs-only          # only the workflow runs
#   scripts/benchmark.sh --stages-only        # only stage-benchmark on corpus-10000
#   scripts/benchmark.sh --runs-only --sizes "10000 1000000" --phases "cold export"
#
# Options:
#   --sizes "N ..."     corpus sizes for the workflow runs (default "1000 10000")
#   --data DIR          where corpora live or are generated (default bench-data in the repository,
#                       or $WORKBENCH_BENCH_DATA)
#   --stage ID          a stage of the measured workflow (repeatable; default every
#                       built-in stage that `workbench plugins --json` lists)
#   --jobs N            passed to `workbench run --jobs` when the command has that option
#   --repeat N          stage-benchmark passes per stage, and warm and overhead runs, the
#                       fastest kept (default 3)
#   --skip-build        use the release binaries already built
#   --phases "P ..."    which workflow phases to measure, of: cold warm overhead export
#                       (default all four); export streams the cold run's annotations with
#                       `workbench export --format jsonl` and reports rows per second
#   --keep DIR          keep the benchmark databases in DIR (default: a scratch folder that
#                       is removed at the end)
#
# The workflow part needs `workbench run WORKFLOW --db PATH --json --quiet`, printing the
# summary object of DESIGN.md. Peak memory comes from GNU time (`apt-get install time`).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${WORKBENCH_BENCH_DATA:-$repo/bench-data}"
sizes="1000 10000"
stages=()
jobs=""
repeat=3
build=1
do_runs=1
do_stages=1
phases="cold warm overhead export"
keep=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --stage) stages+=("$2"); shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    --phases) phases="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --runs-only) do_stages=0; shift ;;
    --stages-only) do_runs=0; shift ;;
    -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "benchmark.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
done

# Terms for the keywords stage, so that it does real matching work (with no terms it returns
# at once, which is what the overhead run wants).
keyword_terms='["روسيا", "سوريا", "موسكو", "دمشق", "الطاقة", "النفط", "الغاز", "إعادة الإعمار", "energy", "Damascus"]'

cd "$repo"
release="$(swift build -c release --show-bin-path)"

if [[ $build -eq 1 ]]; then
  echo "== building release (swift build -c release)" >&2
  swift build -c release >&2
fi

echo "== machine"
lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core|Socket|CPU max MHz|L2|L3)' || true
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"

corpus_dir() { echo "$data/corpus-$1"; }

ensure_corpus() {
  local size="$1" dir
  dir="$(corpus_dir "$size")"
  if [[ ! -f "$dir/metadata.csv" ]]; then
    echo "== generating $dir" >&2
    python3 "$repo/scripts/generate_corpus.py" --documents "$size" --out "$dir" --force >&2
  fi
}

run_workflows() {
  local workbench="$release/workbench"
  if [[ ! -x "$workbench" ]]; then
    echo "benchmark.sh: $workbench is missing; build with: swift build -c release" >&2
    return 1
  fi
  # `workbench run --help` succeeds even without the subcommand (it shows the tool's help),
  # so look for `run` in the list of subcommands.
  if ! "$workbench" --help 2>&1 | grep -qE '^[[:space:]]+run[[:space:]]'; then
    echo "benchmark.sh: 'workbench run' is not available in this build yet (no run subcommand);" \
      "skipping the workflow benchmark. Merge a main that has it and run again." >&2
    return 0
  fi
  if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "benchmark.sh: GNU time is missing (sudo apt-get install time); peak memory needs it" >&2
    return 1
  fi
  local jobs_option=() one_job=()
  if "$workbench" run --help 2>&1 | grep -q -- '--jobs'; then
    one_job=(--jobs 1)
    if [[ -n "$jobs" ]]; then jobs_option=(--jobs "$jobs"); fi
  elif [[ -n "$jobs" ]]; then
    echo "benchmark.sh: 'workbench run' has no --jobs option; running with its default" >&2
  fi
  local run_stages=("${stages[@]}")
  if [[ ${#run_stages[@]} -eq 0 ]]; then
    mapfile -t run_stages < <("$workbench" plugins --json | python3 -c \
      'import json, sys; [print(s["id"]) for s in json.load(sys.stdin)]')
  fi
  local scratch
  if [[ -n "$keep" ]]; then
    mkdir -p "$keep"
    scratch="$(cd "$keep" && pwd)"
  else
    scratch="$(mktemp -d "${TMPDIR:-/tmp}/workbench-bench.XXXXXX")"
    trap 'rm -rf "$scratch"' RETURN
  fi
  echo
  echo "== workflow runs: stages ${run_stages[*]}${jobs_option:+, ${jobs_option[*]}}"
  for size in $sizes; do
    ensure_corpus "$size"
    local dir workflow overhead
    dir="$(corpus_dir "$size")"
    workflow="$scratch/bench-$size.yaml"
    overhead="$scratch/overhead-$size.yaml"
    python3 - "$dir" "$workflow" "$overhead" "$keyword_terms" "${run_stages[@]}" <<'PY'
import json, sys
folder, workflow, overhead, terms, *stages = sys.argv[1:]
def write(path, entries):
  lines = ["version: 1", "name: bench", "corpus:", "  path: " + json.dumps(folder),
           '  include: ["*.txt"]', "  metadata: " + json.dumps(folder + "/metadata.csv"),
           "  language: ar", "stages:"]
  for plugin, config in entries:
    lines.append("  - plugin: " + plugin)
    if config:
      lines.append("    config: " + json.dumps(config, ensure_ascii=False))
  open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
write(workflow, [(s, {"terms": json.loads(terms)} if s in ("keywords", "keyword-match") else None)
                 for s in stages])
# The cheapest stage (keywords with no terms returns at once): what remains is the runtime.
write(overhead, [("keywords", None)])
PY
    local db="$scratch/bench-$size.sqlite"
    local phase attempt attempts
    for phase in cold warm overhead; do
      [[ " $phases " == *" $phase "* ]] || continue
      # Warm and overhead runs are repeated (--repeat) and the one with the least CPU time is
      # kept, as stage-benchmark does: on a shared machine the least disturbed run is the
      # best estimate. Each overhead run gets a fresh database; warm runs share the cold one.
      attempts=1
      if [[ $phase != cold ]]; then attempts=$repeat; fi
      for ((attempt = 1; attempt <= attempts; attempt++)); do
        local file="$workflow" database="$db" options=("${jobs_option[@]}")
        if [[ $phase == overhead ]]; then
          # The overhead target is per core: one job when the command lets us say so.
          file="$overhead"; database="$scratch/overhead-$size-$attempt.sqlite"; options=("${one_job[@]}")
        fi
        local status=0 out="$scratch/$phase-$size-$attempt"
        /usr/bin/time -v "$workbench" run "$file" --db "$database" --json --quiet "${options[@]}" \
          > "$out.json" 2> "$out.err" || status=$?
        if [[ $status -ne 0 && $status -ne 1 ]]; then
          echo "benchmark.sh: workbench run ($phase, $size documents) exited with $status:" >&2
          grep -v -E '^\s+[A-Z].*: ' "$out.err" | head -20 >&2 || true
          rm -f "$out.json" "$out.err"
        fi
        if [[ $phase == overhead ]]; then
          # The baseline, right after each overhead run: list the same files and read them
          # with cat. The machine's speed drifts from minute to minute; the ratio to this
          # floor drifts much less than either figure alone.
          /usr/bin/time -v sh -c 'find "$1" -maxdepth 1 -name "*.txt" -print0 | xargs -0 cat > /dev/null' \
            sh "$dir" 2> "$scratch/baseline-$size-$attempt.err" || true
        fi
      done
    done
    if [[ " $phases " == *" export "* && -f "$db" ]]; then
      # Streams every annotation of the newest run (the cold one, or the last warm one) to a
      # file; rows are the file's lines.
      rm -f "$scratch/export-$size.jsonl"
      /usr/bin/time -v "$workbench" export --db "$db" --format jsonl -o "$scratch/export-$size.jsonl" \
        2> "$scratch/export-$size.err" || echo "benchmark.sh: export ($size documents) failed" >&2
      wc -l < "$scratch/export-$size.jsonl" > "$scratch/export-$size.rows" 2>/dev/null || true
      rm -f "$scratch/export-$size.jsonl"
    fi
    python3 - "$dir" "$size" "$scratch" <<'PY'
import json, os, re, sys
folder, size, scratch = sys.argv[1:]
megabytes = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder)
                if name.endswith(".txt")) / 1e6

def measured_one(base):
  summary_path, err_path = base + ".json", base + ".err"
  try:
    text = open(summary_path, encoding="utf-8").read().strip()
    summary = json.loads(text.splitlines()[-1]) if text else None
  except (OSError, ValueError):
    summary = None
  wall = rss = None
  cpu = 0.0
  if os.path.exists(err_path):
    for line in open(err_path, encoding="utf-8", errors="replace"):
      if "User time (seconds)" in line or "System time (seconds)" in line:
        cpu += float(line.rsplit(" ", 1)[1])
      elif "Elapsed (wall clock)" in line:
        parts = [float(p) for p in line.rsplit(" ", 1)[1].split(":")]
        wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
      elif "Maximum resident set size" in line:
        rss = int(line.rsplit(" ", 1)[1]) / 1024
  return summary, wall, cpu, rss

def measured(phase):
  """The attempt of `phase` with the least CPU time (and how many attempts there were)."""
  prefix = "%s-%s-" % (phase, size)
  bases = sorted(os.path.join(scratch, name[:-4]) for name in os.listdir(scratch)
                 if name.startswith(prefix) and name.endswith(".err"))
  results = [r for r in (measured_one(base) for base in bases) if r[0] is not None and r[1] is not None]
  if not results:
    return None, None, 0.0, None, 0
  return min(results, key=lambda r: r[2]) + (len(results),)

print()
print("corpus-%s: %s documents, %.1f MB" % (size, size, megabytes))
rows = [("phase", "stage", "computed", "cached", "failed", "seconds", "docs/s", "MB/s",
         "cpu s", "MB/cpu-s", "peak MB")]
walls, cpus = {}, {}
for phase in ("cold", "warm", "overhead"):
  summary, wall, cpu, rss, attempts = measured(phase)
  if attempts == 0 and not any(name.startswith("%s-%s-" % (phase, size)) for name in os.listdir(scratch)):
    continue  # not one of --phases
  if summary is None or wall is None:
    rows.append((phase, "(no summary: see the error above)", "", "", "", "", "", "", "", "", ""))
    continue
  walls[phase] = wall
  cpus[phase] = cpu
  documents = summary.get("documents", int(size))
  for stage in summary.get("stages", []):
    seconds = stage.get("seconds") or 0
    # Rates of the documents the stage computed; a stage served from the cache has none.
    computed = stage.get("computed") or 0
    share = computed / documents if documents else 0
    rated = computed > 0 and seconds > 0
    rows.append((phase, stage.get("id", "?"), str(stage.get("computed", "")),
                 str(stage.get("cached", "")), str(stage.get("failed", "")), "%.2f" % seconds,
                 "%.0f" % (computed / seconds) if rated else "-",
                 "%.1f" % (megabytes * share / seconds) if rated else "-", "", "", ""))
  rows.append((phase, "(whole run%s)" % ("" if attempts == 1 else ", least CPU of %d" % attempts), "", "", "", "%.2f" % wall,
               "%.0f" % (documents / wall) if wall else "-",
               "%.1f" % (megabytes / wall) if wall else "-",
               "%.2f" % cpu, "%.1f" % (megabytes / cpu) if cpu else "-",
               "%.0f" % rss if rss is not None else "-"))
widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
for index, row in enumerate(rows):
  print("  ".join(cell.rjust(widths[i]) if i >= 2 else cell.ljust(widths[i])
                  for i, cell in enumerate(row)).rstrip())
  if index == 0:
    print("  ".join("-" * width for width in widths))
export_err = os.path.join(scratch, "export-%s.err" % size)
export_rows = os.path.join(scratch, "export-%s.rows" % size)
if os.path.exists(export_err) and os.path.exists(export_rows):
  _, wall, cpu, rss = measured_one(os.path.join(scratch, "export-%s" % size))
  rows_written = int(open(export_rows).read().strip() or 0)
  if wall:
    print("export --format jsonl: %d rows in %.2f s wall (%.2f CPU s): %.0f rows/s, peak %.0f MB" % (
      rows_written, wall, cpu, rows_written / wall, rss or 0))
if "cold" in cpus:
  print("cold cost per document: %.3f ms wall, %.3f ms CPU" % (
    1000 * walls["cold"] / int(size), 1000 * cpus["cold"] / int(size)))
if "cold" in walls and "warm" in walls:
  print("warm/cold wall-clock ratio: %.2f%% (%.2f s / %.2f s)" % (
    100 * walls["warm"] / walls["cold"], walls["warm"], walls["cold"]))
if "cold" in cpus and "warm" in cpus and cpus["cold"]:
  print("warm/cold CPU-time ratio: %.2f%% (%.2f s / %.2f s)" % (
    100 * cpus["warm"] / cpus["cold"], cpus["warm"], cpus["cold"]))
if "overhead" in walls:
  print("runtime overhead (keywords with no terms, cold, one job when run has --jobs): "
        "%.1f MB/s wall clock, %.1f MB per CPU second, %.0f docs/s" % (
          megabytes / walls["overhead"],
          megabytes / cpus["overhead"] if cpus.get("overhead") else float("nan"),
          int(size) / walls["overhead"]))
  baselines = []
  for name in os.listdir(scratch):
    if name.startswith("baseline-%s-" % size) and name.endswith(".err"):
      cpu = 0.0
      for line in open(os.path.join(scratch, name), encoding="utf-8", errors="replace"):
        if "User time (seconds)" in line or "System time (seconds)" in line:
          cpu += float(line.rsplit(" ", 1)[1])
      baselines.append(cpu)
  if baselines and min(baselines) > 0 and cpus.get("overhead"):
    floor = min(baselines)
    print("baseline (find + cat of the same files, least CPU of %d): %.2f CPU s, %.1f MB per CPU second; "
          "the overhead run takes %.1fx its CPU time" % (
            len(baselines), floor, megabytes / floor, cpus["overhead"] / floor))
PY
  done
}

run_stage_benchmark() {
  local size=10000
  ensure_corpus "$size"
  echo
  echo "== stage-benchmark on corpus-$size (one thread, fastest of $repeat)"
  local options=()
  for stage in "${stages[@]}"; do options+=(--stage "$stage"); done
  local terms_option=()
  if "$release/stage-benchmark" "$(corpus_dir "$size")" --limit 1 --stage keywords >/dev/null 2>&1; then
    terms_option=(--config "keywords.terms=$keyword_terms")
  fi
  "$release/stage-benchmark" "$(corpus_dir "$size")" --repeat "$repeat" \
    "${terms_option[@]}" "${options[@]}"
}

if [[ $do_runs -eq 1 ]]; then run_workflows; fi
if [[ $do_stages -eq 1 ]]; then run_stage_benchmark; fi
