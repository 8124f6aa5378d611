#!/usr/bin/env bash
# Formats the Swift sources with the repository's .swift-format (2-space indentation, 120
# columns), or with --check lints them strictly and fails on any finding (what CI runs).
#   scripts/format.sh           rewrite the files in place
#   scripts/format.sh --check   change nothing; exit 1 when a file is not formatted
set -euo pipefail
cd "$(dirname "$0")/.."

paths=(
  Sources Plugins Tests Benchmarks BuildTools Package.swift
  Examples/ExternalPlugin/Sources Examples/ExternalPlugin/Tests Examples/ExternalPlugin/Package.swift
)

case "${1:-}" in
  --check)
    swift format lint --strict --recursive --parallel "${paths[@]}"
    echo "swift-format: clean"
    ;;
  "")
    swift format format --in-place --recursive --parallel "${paths[@]}"
    ;;
  *)
    echo "usage: scripts/format.sh [--check]" >&2
    exit 64
    ;;
esac
