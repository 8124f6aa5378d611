#!/usr/bin/env bash
# Measures the HTML report and the JSONL/CSV exports on synthetic corpora built from the seeds
# (Benchmarks/ReportBenchmark): CPU time, rate, output size and peak memory, each in its own
# process, next to a plain byte scan of the same output as the baseline.
#
#   scripts/report_benchmark.sh            # 1,000 and 10,000 documents; 1 and 10 million rows
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product report-benchmark >/dev/null
bench=.build/release/report-benchmark
$bench html 1000
$bench html 10000
$bench jsonl 1000000
$bench jsonl 10000000
$bench csv 1000000
$bench csv 10000000
