"""Compares two sets of annotation records (JSON Lines files or folders of part files):
`workbench export --format jsonl` against workbench-spark's annotations/ (jsonl or parquet).
Records are compared as JSON values, field order aside; `result_key` (which only the
worker writes) is left out. Exit status 0 when the two multisets are equal.

  python3 compare_annotations.py run.jsonl spark-output/annotations [--parquet]
"""

import collections
import glob
import json
import os
import sys


def records(path):
  files = sorted(glob.glob(os.path.join(path, "part-*"))) if os.path.isdir(path) else [path]
  for name in files:
    with open(name, encoding="utf-8") as handle:
      for line in handle:
        if line.strip():
          yield line


def parquet_records(path):
  import pyarrow.parquet  # noqa: only with --parquet
  for row in pyarrow.parquet.read_table(path).to_pylist():
    yield json.dumps({k: v for k, v in row.items() if v is not None})


def canonical(line):
  record = json.loads(line)
  record.pop("result_key", None)
  return json.dumps(record, sort_keys=True, ensure_ascii=False)


def main(argv):
  left_path, right_path = argv[0], argv[1]
  right_lines = parquet_records(right_path) if "--parquet" in argv else records(right_path)
  left = collections.Counter(canonical(line) for line in records(left_path))
  right = collections.Counter(canonical(line) for line in right_lines)
  only_left = left - right
  only_right = right - left
  print("run + export: %d records; spark: %d records; only in run: %d; only in spark: %d" % (
    sum(left.values()), sum(right.values()), sum(only_left.values()), sum(only_right.values())))
  for name, difference in (("only in run", only_left), ("only in spark", only_right)):
    for record in list(difference)[:5]:
      print("  %s: %s" % (name, record[:300]))
  print("identical" if not only_left and not only_right else "DIFFERENT")
  return 0 if not only_left and not only_right else 1


if __name__ == "__main__":
  sys.exit(main(sys.argv[1:]))
