"""The Python peer of customs-pipeline-bench: a Quix Streams application that reads raw
customs reports (JSON), extracts revenue, trade value and declarations with Python regular
expressions and produces one JSON message per figure.

Run by the benchmark (Sources/customs-pipeline-bench) against its embedded broker:
    .build/bench-python-peer/bin/python Tests/bench/python-peer/peer.py \
        --brokers HOST:PORT --input T --output T --group G

librdkafka's mock cluster (what the embedded broker is) has no DescribeConfigs, which Quix
Streams 3.28 uses to inspect topics: TopicAdmin.inspect_topics is replaced below by a version
that builds the topic config from Metadata alone. Topics are created by the benchmark (the mock
has no CreateTopics either), and changelog topics are off (no stateful operations here).
"""
import argparse
import logging
import re
import sys

from quixstreams import Application
from quixstreams.models.topics import admin as quix_admin
from quixstreams.models.topics.topic import TopicConfig


def inspect_topics_from_metadata(self, topic_names, timeout=30):
    cluster_topics = self.list_topics(timeout=timeout)
    result = {}
    for name in topic_names:
        meta = cluster_topics.get(name)
        if meta is None or not meta.partitions:
            result[name] = None
            continue
        first = next(iter(meta.partitions.values()))
        result[name] = TopicConfig(
            num_partitions=len(meta.partitions),
            replication_factor=len(first.replicas),
            extra_config={},
        )
    return result


quix_admin.TopicAdmin.inspect_topics = inspect_topics_from_metadata

# Vietnamese number format: "." groups thousands, "," is the decimal separator.
NUMBER = r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)"
REVENUE = re.compile(r"thu (?:ngân sách(?: nhà nước)?|nộp ngân sách)[^.;]*?đạt " + NUMBER + r" (tỷ|triệu|nghìn tỷ) đồng")
TRADE = re.compile(r"[Kk]im ngạch xuất nhập khẩu[^.;]*?đạt " + NUMBER + r" (tỷ|triệu) USD")
DECLARATIONS = re.compile(NUMBER + r" tờ khai")
SCALE = {"nghìn tỷ": 1e12, "tỷ": 1e9, "triệu": 1e6}


def number(text):
    return float(text.replace(".", "").replace(",", "."))


def extract(report):
    body = report.get("body") or ""
    rid = report.get("report_id") or report.get("url")
    figures = []
    for m in REVENUE.finditer(body):
        figures.append({"report_id": rid, "metric": "revenue", "value": number(m.group(1)) * SCALE[m.group(2)],
                        "unit": "VND", "evidence": [m.start(), m.end()]})
    for m in TRADE.finditer(body):
        figures.append({"report_id": rid, "metric": "trade_value", "value": number(m.group(1)) * SCALE[m.group(2)],
                        "unit": "USD", "evidence": [m.start(), m.end()]})
    for m in DECLARATIONS.finditer(body):
        figures.append({"report_id": rid, "metric": "declarations", "value": number(m.group(1)),
                        "unit": "count", "evidence": [m.start(), m.end()]})
    return figures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--brokers", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--group", default="customs-python-peer")
    parser.add_argument("--fetch-wait-ms", type=int, default=500,
                        help="fetch.wait.max.ms, as the benchmark gives the Swift worker")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    app = Application(
        broker_address=args.brokers,
        consumer_group=args.group,
        auto_offset_reset="earliest",
        auto_create_topics=False,
        use_changelog_topics=False,
        loglevel="WARNING",
        # The same producer settings as the Swift worker: lz4 batches, 5 ms linger.
        producer_extra_config={"compression.type": "lz4", "linger.ms": 5},
        consumer_extra_config={"fetch.wait.max.ms": args.fetch_wait_ms},
    )
    source = app.topic(args.input, value_deserializer="json", key_deserializer="str")
    sink = app.topic(args.output, value_serializer="json", key_serializer="str")
    sdf = app.dataframe(source)
    sdf = sdf.apply(extract, expand=True)
    sdf.to_topic(sink)
    print("peer running", flush=True)
    app.run()


if __name__ == "__main__":
    sys.exit(main())
