"""Runs a Workbench workflow on Apache Spark: see scripts/spark/workbench-spark --help.

The driver reads the workflow's plan from `workbench worker WORKFLOW --describe`, cuts the
corpus (JSON Lines, one document per line) into partitions, and pipes each partition through
`workbench worker` on the executors. A corpus stage (topic clustering) is split in two: its
collect step runs on the executors over a sample (the whole corpus when it is small), the
driver fits and saves a topic model with `workbench train topics`, and the executors assign
every document to it with the `topic-assignment` stage. The output folder holds:

  annotations/   one record per annotation, as `workbench export --format jsonl` writes them,
                 plus "result_key" (the cache key of the stage result it belongs to)
  documents/     one record per document: its input key, result keys and failures
  model/         the saved topic models (reused by the next run over the same folder)

Incremental: when the output folder exists, documents whose input key is already in its
documents/ keep their records (an anti-join on keys); only the others go through the worker.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

# A corpus stage and the per-document stage that applies its saved model.
ASSIGNING_PLUGINS = {"topic-clustering": "topic-assignment"}
# What `workbench train` subcommand fits the model of a corpus stage.
TRAINERS = {"topic-clustering": "topics"}


def parse_arguments(argv):
  parser = argparse.ArgumentParser(
    prog="workbench-spark", description="Run a Workbench workflow on Apache Spark.")
  parser.add_argument("workflow", help="the workflow file (its stages and configuration)")
  parser.add_argument("--output", required=True, help="the output folder")
  parser.add_argument("--master", default=None, help="Spark master URL (default: local[2], or spark-submit's)")
  parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
  parser.add_argument("--input", help="the corpus as JSON Lines (a file, a folder of part files, any Spark path); "
                      "default: the workflow's own corpus, written out by `workbench worker --print-corpus`")
  parser.add_argument("--partitions", type=int, default=None, help="partitions of the corpus (default: Spark's)")
  parser.add_argument("--sample", type=int, default=20000,
                      help="fit corpus stages on at most this many documents (default 20000; the whole corpus when smaller)")
  parser.add_argument("--refit", action="store_true", help="fit the topic models again even when the output has them")
  parser.add_argument("--workbench", default=None, help="the workbench executable on the driver (default: the release build)")
  parser.add_argument("--executor-workbench", default=None,
                      help="the workbench executable on the executors (default: the driver's); "
                      "a path inside an archive shipped with --archives, for a cluster")
  parser.add_argument("--executor-workflow", default=None,
                      help="the workflow file on the executors (default: the driver's path)")
  parser.add_argument("--batch", type=int, default=10000, help="documents per worker run")
  parser.add_argument("--shared-output", action="store_true",
                      help="the output folder is on a file system every executor mounts: executors read the topic "
                      "models from it rather than from copies shipped with SparkContext.addFile (whose paths change "
                      "from one session to the next, and with them the input keys)")
  return parser.parse_args(argv)


def repository():
  return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def release_workbench():
  folder = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=repository(),
                          capture_output=True, text=True, check=True).stdout.strip()
  return os.path.join(folder, "workbench")


def worker_lines(command, lines):
  """Runs `command`, writing `lines` to its standard input from a thread, and yields its
  output lines: the partition streams through the worker without being held in memory."""
  process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
  errors = []

  def feed():
    try:
      for line in lines:
        process.stdin.write(line.encode("utf-8") + b"\n")
    except BrokenPipeError:
      pass
    finally:
      try:
        process.stdin.close()
      except BrokenPipeError:
        pass

  def drain():
    errors.append(process.stderr.read())

  feeder = threading.Thread(target=feed, daemon=True)
  drainer = threading.Thread(target=drain, daemon=True)
  feeder.start()
  drainer.start()
  for line in process.stdout:
    yield line.decode("utf-8").rstrip("\n")
  status = process.wait()
  feeder.join()
  drainer.join()
  if status != 0:
    raise RuntimeError("%s exited with %d: %s" % (" ".join(command), status, b"".join(errors).decode("utf-8", "replace")[-2000:]))


def resolve_on_executor(argument):
  """`sparkfile:NAME` (alone or after `KEY=`) as the path of a file the driver added with
  SparkContext.addFile; any other argument as it is."""
  if "sparkfile:" not in argument:
    return argument
  from pyspark import SparkFiles
  before, name = argument.split("sparkfile:", 1)
  return before + SparkFiles.get(name)


def make_worker(executable, workflow, options):
  def run(lines):
    command = [resolve_on_executor(executable), "worker", resolve_on_executor(workflow), "--jobs", "1"]
    command += [resolve_on_executor(option) for option in options]
    return worker_lines(command, lines)
  return run


def make_keyed_worker(executable, workflow, options):
  """Pairs every input line with its input key: (key, line)."""
  def run(lines):
    lines = list(lines)
    keys = make_worker(executable, workflow, options + ["--keys-only"])(lines)
    return [(json.loads(key)["input_key"], line) for key, line in zip(keys, lines)]
  return run


def write_lines(rdd, folder, output_format, spark):
  if output_format == "parquet":
    frame = spark.read.json(rdd) if not rdd.isEmpty() else spark.createDataFrame([], "doc string")
    frame.write.mode("overwrite").parquet(folder)
  else:
    rdd.saveAsTextFile(folder)


def read_lines(spark, folder, output_format):
  if output_format == "parquet":
    return spark.read.parquet(folder).toJSON()
  return spark.sparkContext.textFile(folder)


def main(argv):
  arguments = parse_arguments(argv)
  workflow = os.path.abspath(arguments.workflow)
  workbench = os.path.abspath(arguments.workbench) if arguments.workbench else release_workbench()
  if not os.access(workbench, os.X_OK):
    sys.exit("workbench-spark: %s is missing; run scripts/spark/setup.sh" % workbench)
  executor_workbench = arguments.executor_workbench or workbench
  executor_workflow = arguments.executor_workflow or workflow
  output = os.path.abspath(arguments.output)
  if os.path.exists(output) and not set(os.listdir(output)) <= {"annotations", "documents", "model"}:
    sys.exit("workbench-spark: %s exists and is not an output of workbench-spark; nothing was written" % output)
  previous = output if os.path.isdir(os.path.join(output, "documents")) else None
  started = time.time()

  plan = json.loads(subprocess.run([workbench, "worker", workflow, "--describe"], capture_output=True,
                                   text=True, check=True).stdout)
  corpus_stages = [stage for stage in plan["stages"] if stage["kind"] == "corpus"]
  for stage in corpus_stages:
    if stage["plugin"] not in ASSIGNING_PLUGINS:
      sys.exit("workbench-spark: the corpus stage '%s' (%s) has no per-document counterpart that applies a saved model"
               % (stage["id"], stage["plugin"]))

  from pyspark import StorageLevel
  from pyspark.sql import SparkSession
  builder = SparkSession.builder.appName("workbench " + os.path.basename(workflow))
  if arguments.master:
    builder = builder.master(arguments.master)
  elif "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
    builder = builder.master("local[2]")
  spark = builder.getOrCreate()
  spark.sparkContext.setLogLevel("WARN")
  context = spark.sparkContext

  scratch = tempfile.mkdtemp(prefix="workbench-spark-")
  staging = output + ".partial"
  shutil.rmtree(staging, ignore_errors=True)
  try:
    corpus = arguments.input
    if corpus is None:
      corpus = os.path.join(scratch, "corpus.jsonl")
      with open(corpus, "wb") as handle:
        subprocess.run([workbench, "worker", workflow, "--print-corpus"], stdout=handle, check=True)
    lines = context.textFile(corpus, minPartitions=arguments.partitions) if arguments.partitions \
      else context.textFile(corpus)
    lines = lines.filter(lambda line: line.strip() != "")

    # Corpus stages: fit a model on a sample (or reuse the output's), then assign. The models
    # live in the output folder at a fixed path: the path is part of the assigning stage's
    # configuration, so of every input key, and a path that moved would recompute everything.
    models = os.path.join(output, "model")
    os.makedirs(models, exist_ok=True)
    os.makedirs(staging)
    local = (arguments.master or "local").startswith("local") or arguments.shared_output
    options = ["--batch", str(arguments.batch)]
    for stage in corpus_stages:
      name = "%s.model" % stage["id"]
      model = os.path.join(models, name)
      if os.path.exists(model) and not arguments.refit:
        print("workbench-spark: %s: reusing the model in %s" % (stage["id"], model), file=sys.stderr)
      else:
        total = lines.count()
        sample = lines if total <= arguments.sample else lines.sample(False, arguments.sample / total, seed=1)
        collect = make_worker(executor_workbench, executor_workflow,
                              ["--collect", "--stage", stage["id"], "--batch", str(arguments.batch)])
        collected = os.path.join(scratch, "%s.collected.jsonl" % stage["id"])
        phase = time.time()
        with open(collected, "w", encoding="utf-8") as handle:
          for line in sample.mapPartitions(collect).filter(lambda line: line.startswith('{"record":"collected"')).toLocalIterator():
            handle.write(line + "\n")
        subprocess.run([workbench, "train", TRAINERS[stage["plugin"]], "--collected", collected,
                        "--stage", stage["id"], "--config", json.dumps(stage["configuration"]), "-o", model],
                       check=True)
        print("workbench-spark: %s: collected and fitted in %.1f s" % (stage["id"], time.time() - phase),
              file=sys.stderr)
      if not local:
        context.addFile(model)
      options += ["--replace", "%s=%s" % (stage["id"], ASSIGNING_PLUGINS[stage["plugin"]]),
                  "--config", "%s.model=%s" % (stage["id"], model if local else "sparkfile:" + name)]

    worker = make_worker(executor_workbench, executor_workflow, options)
    if previous:
      # Persisted (to disk when memory is short): each is used twice, and recomputing one would
      # run the worker again.
      keyed = lines.mapPartitions(make_keyed_worker(executor_workbench, executor_workflow, options)) \
        .persist(StorageLevel.MEMORY_AND_DISK)
      known = read_lines(spark, os.path.join(previous, "documents"), arguments.format) \
        .map(lambda line: (json.loads(line).get("input_key"), line))
      reused = known.join(keyed).map(lambda pair: pair[1][0]).persist(StorageLevel.MEMORY_AND_DISK)
      reused_ids = reused.map(lambda line: (json.loads(line)["doc"], True)).distinct()
      todo = keyed.subtractByKey(known).values()
      fresh = todo.mapPartitions(worker).persist(StorageLevel.MEMORY_AND_DISK)
      old_annotations = read_lines(spark, os.path.join(previous, "annotations"), arguments.format) \
        .map(lambda line: (json.loads(line)["doc"], line)).join(reused_ids).map(lambda pair: pair[1][0])
      documents = fresh.filter(lambda line: line.startswith('{"record":"document"')) \
        .union(reused)
      annotations = fresh.filter(lambda line: line.startswith('{"doc"')) \
        .union(old_annotations)
      reused_count = reused.count()
    else:
      fresh = lines.mapPartitions(worker).persist(StorageLevel.MEMORY_AND_DISK)
      documents = fresh.filter(lambda line: line.startswith('{"record":"document"'))
      annotations = fresh.filter(lambda line: line.startswith('{"doc"'))
      reused_count = 0
    phase = time.time()
    write_lines(annotations, os.path.join(staging, "annotations"), arguments.format, spark)
    print("workbench-spark: annotated and wrote the annotations in %.1f s" % (time.time() - phase), file=sys.stderr)
    write_lines(documents, os.path.join(staging, "documents"), arguments.format, spark)
    document_count = read_lines(spark, os.path.join(staging, "documents"), arguments.format).count()
    for part in ("annotations", "documents"):
      shutil.rmtree(os.path.join(output, part), ignore_errors=True)
      os.rename(os.path.join(staging, part), os.path.join(output, part))
    seconds = time.time() - started
    print(json.dumps({"documents": document_count, "reused": reused_count, "seconds": round(seconds, 2),
                      "output": output}))
  finally:
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)
    spark.stop()


if __name__ == "__main__":
  main(sys.argv[1:])
