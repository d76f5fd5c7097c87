#!/usr/bin/env python3
"""Run Pincite over a JSON Lines dump with Apache Spark (RDD.pipe).

Each line of the input is one opinion, {"id": ..., "text"|"html"|"xml": ...} (or a CAP
case / CourtListener opinion object). Spark splits the lines into partitions and pipes
every partition through one `pincite batch - --input jsonl` process, whose standard
output — one pincite/1 JSON document or error record per input line — becomes the
output RDD. That stdin -> stdout JSON Lines filter is the whole contract: the same
binary serves GNU parallel or Hadoop Streaming unchanged.

    python3 scripts/spark_pipe.py in.jsonl out_dir [--pincite .build/release/pincite]
        [--master local[2]] [--partitions 4] [--top 10]

Writes out_dir/part-* (the JSON Lines), prints the number of documents, error records
and citations, and the --top most-cited authorities across the dump (a reduceByKey
over the citations' authority keys: the citation graph's in-degree).

On a cluster the pincite binary must exist on every executor (ship it with
--files or install it on a shared path; build it with
`swift build -c release --static-swift-stdlib` so that it needs no Swift runtime).
Needs: PyPI `pyspark` and Java 17+.
"""
import argparse, json, os, shlex, sys
from pathlib import Path

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="JSON Lines, one opinion per line")
    ap.add_argument("output", help="output directory (must not exist)")
    ap.add_argument("--pincite", default=str(Path(__file__).resolve().parent.parent / ".build/release/pincite"))
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args()
    if not os.access(args.pincite, os.X_OK):
        sys.exit(f"spark_pipe: no pincite binary at {args.pincite} (swift build -c release, or --pincite PATH)")

    # stay on loopback and start no web UI: a local run needs no network
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark import SparkConf, SparkContext
    conf = (SparkConf().setMaster(args.master).setAppName("pincite")
            .set("spark.driver.bindAddress", "127.0.0.1").set("spark.ui.enabled", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        lines = sc.textFile(args.input, minPartitions=args.partitions)
        # one pincite process per partition, in-process parsing (Spark already runs one
        # task per core); a bad document still becomes an error record, never a failed task
        command = [args.pincite, "batch", "-", "--input", "jsonl", "--jobs", "1", "--in-process",
                   "--keep-order", "--no-progress"]
        documents = lines.pipe(shlex.join(command))
        documents.cache()
        documents.saveAsTextFile(args.output)

        parsed = documents.map(json.loads)
        errors = parsed.filter(lambda d: "error" in d).count()
        total = parsed.count()
        citations = parsed.map(lambda d: len(d.get("citations") or [])).sum()
        print(f"documents: {total}  errors: {errors}  citations: {int(citations)}")
        # in-degree of the citation graph: documents citing each authority
        # later decisions in subsequent history ("aff'd, …") are cited too
        cited = (parsed.flatMap(lambda d: {c["authority"] for c in (d.get("citations") or []) + (d.get("history_citations") or [])
                                           if c.get("authority") and c["kind"] == "case"})
                 .map(lambda key: (key, 1)).reduceByKey(lambda a, b: a + b))
        for key, n in cited.takeOrdered(args.top, key=lambda kv: (-kv[1], kv[0])):
            print(f"{n:6d}  {key}")
    finally:
        sc.stop()

if __name__ == "__main__":
    main()
