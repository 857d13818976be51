"""factcheck on a distributed engine: map the check over partitions of articles.

Each partition is a list of records `{"id", "text", "date"?, "lang"?}`; the result is one JSON-able
line per record, as `factcheck batch` writes. Rules and the reference store load once per worker
process (cached), not once per article or partition.

Dask (install `factcheck[dask]`):

    import dask.bag as db
    from factcheck.distributed import check_bag
    bag = db.read_text("articles-*.jsonl").map(json.loads)
    results = check_bag(bag).compute()

Spark, with the same function:

    from factcheck.batch import check_records
    rdd = spark.read.json("articles.jsonl").rdd.map(lambda row: row.asDict())
    results = rdd.mapPartitions(check_records)
"""
from __future__ import annotations

from .batch import check_records


def check_bag(bag, refs: tuple[str, ...] = (), bundled: bool = True):
    """A Dask bag of records -> a Dask bag of result lines, in the same order."""
    return bag.map_partitions(check_records, refs=tuple(refs), bundled=bundled)
