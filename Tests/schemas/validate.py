#!/usr/bin/env python3
"""Contract checks run by `make test` after the Swift tests.

1. Every JSON Schema in schemas/ is a valid draft 2020-12 schema, and every example in
   schemas/examples/ validates against its schema.
2. Every message the in-process integration tests produced (written by PipelineHarness to
   $CUSTOMS_CAPTURE_DIR, default .build/captured-messages) validates against its topic's schema: metric records, aggregates, and
   dead-letter headers. Missing captures fail the check: the tests must have produced them.
3. Every YAML file under deploy/ and schemas/ parses, and the AsyncAPI document, the Compose
   file and the Kubernetes manifests name the same topics and port as the code's defaults.
"""
import glob
import json
import os
import re
import sys

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMAS = os.path.join(ROOT, "schemas")
failures = []


def fail(message):
    failures.append(message)
    print("FAIL", message)


def load_schemas():
    schemas, registry = {}, Registry()
    for path in glob.glob(os.path.join(SCHEMAS, "*.schema.json")):
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        name = os.path.basename(path)
        schemas[name] = schema
        resource = Resource.from_contents(schema)
        registry = registry.with_resource(schema["$id"], resource).with_resource(name, resource)
    return schemas, registry


def validator(schemas, registry, name):
    return Draft202012Validator(schemas[name], registry=registry)


def check(v, instance, what):
    errors = sorted(v.iter_errors(instance), key=lambda e: list(e.path))
    for error in errors[:3]:
        fail(f"{what}: {'/'.join(map(str, error.path)) or '(root)'}: {error.message}")
    return not errors


def check_examples(schemas, registry):
    mapping = {
        "raw-report.json": "raw-report.schema.json",
        "metric-record.json": "metric-record.schema.json",
        "aggregate-value.json": "aggregate.schema.json",
        "aggregate-year-progress.json": "aggregate.schema.json",
        "dead-letter-headers.json": "dead-letter-headers.schema.json",
    }
    for example, schema in mapping.items():
        path = os.path.join(SCHEMAS, "examples", example)
        if not os.path.exists(path):
            fail(f"missing example {example}")
            continue
        with open(path, encoding="utf-8") as f:
            check(validator(schemas, registry, schema), json.load(f), f"example {example}")
    print(f"examples: {len(mapping)} checked")


def check_captured(schemas, registry):
    directory = os.environ.get("CUSTOMS_CAPTURE_DIR") or os.path.join(ROOT, ".build", "captured-messages")
    plan = {
        "metrics": ("metric-record.schema.json", "value"),
        "aggregates": ("aggregate.schema.json", "value"),
        "dead-letters": ("dead-letter-headers.schema.json", "headers"),
    }
    for kind, (schema, part) in plan.items():
        files = glob.glob(os.path.join(directory, f"*.{kind}.jsonl"))
        v = validator(schemas, registry, schema)
        count = 0
        for path in files:
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    message = json.loads(line)
                    instance = json.loads(message["value"]) if part == "value" else message["headers"]
                    check(v, instance, f"{os.path.basename(path)}:{number}")
                    count += 1
        if count == 0:
            fail(f"no captured {kind} messages in {directory}: run the Swift tests with CUSTOMS_CAPTURE_DIR set first")
        print(f"captured {kind}: {count} messages from {len(files)} test runs checked against {schema}")


def code_defaults():
    with open(os.path.join(ROOT, "Sources/CustomsModel/DeadLetter.swift"), encoding="utf-8") as f:
        text = f.read()
    topics = dict(re.findall(r'static let (\w+) = "([^"]+)"', text.split("enum DefaultTopics", 1)[1]))
    with open(os.path.join(ROOT, "Sources/CustomsWorker/Configuration/WorkerSettings.swift"), encoding="utf-8") as f:
        port = re.search(r'name: "http_port", environment: "CUSTOMS_HTTP_PORT", defaultValue: "(\d+)"', f.read()).group(1)
    return topics, port


def check_deploy():
    topics, port = code_defaults()
    names = set(topics.values())
    documents = {}
    for path in glob.glob(os.path.join(ROOT, "deploy", "**", "*.y*ml"), recursive=True) + [os.path.join(SCHEMAS, "asyncapi.yaml")]:
        with open(path, encoding="utf-8") as f:
            try:
                documents[os.path.relpath(path, ROOT)] = list(yaml.safe_load_all(f))
            except yaml.YAMLError as error:
                fail(f"{path}: not YAML: {error}")
    print(f"yaml: {len(documents)} files parsed")

    asyncapi = documents["schemas/asyncapi.yaml"][0]
    addresses = {c["address"] for c in asyncapi["channels"].values()}
    if addresses != names:
        fail(f"asyncapi channels {sorted(addresses)} != code topics {sorted(names)}")
    compacted = [c["address"] for c in asyncapi["channels"].values()
                 if "compact" in c["bindings"]["kafka"]["topicConfiguration"]["cleanup.policy"]]
    if compacted != [topics["aggregates"]]:
        fail(f"asyncapi: only {topics['aggregates']} should be compacted, got {compacted}")

    def text_of(rel):
        with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
            return f.read()

    for rel in ["deploy/compose.yaml", "deploy/kubernetes/topics-job.yaml"]:
        text = text_of(rel)
        for name in names:
            if name not in text:
                fail(f"{rel} does not create topic {name}")
        if not re.search(re.escape(topics["aggregates"]) + r".*cleanup\.policy=compact", text):
            fail(f"{rel} does not create {topics['aggregates']} with cleanup.policy=compact")

    config = documents["deploy/kubernetes/configmap.yaml"][0]["data"]
    expected = {"CUSTOMS_TOPIC_RAW": topics["rawReports"], "CUSTOMS_TOPIC_METRICS": topics["metrics"],
                "CUSTOMS_TOPIC_AGGREGATES": topics["aggregates"], "CUSTOMS_TOPIC_DLQ": topics["deadLetters"],
                "CUSTOMS_HTTP_PORT": port}
    for key, value in expected.items():
        if config.get(key) != value:
            fail(f"configmap {key}={config.get(key)!r}, code default {value!r}")

    deployment = documents["deploy/kubernetes/deployment.yaml"][0]
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    if [p["containerPort"] for p in container["ports"]] != [int(port)]:
        fail(f"deployment ports {container['ports']} != {port}")
    for probe, path in [("livenessProbe", "/health/live"), ("readinessProbe", "/health/ready")]:
        if container[probe]["httpGet"]["path"] != path:
            fail(f"deployment {probe} path is not {path}")
    if "limits" not in container.get("resources", {}):
        fail("deployment has no resource limits")

    compose = documents["deploy/compose.yaml"][0]
    if f"{port}:{port}" not in compose["services"]["worker"]["ports"]:
        fail(f"compose worker does not publish port {port}")
    dockerfile = text_of("deploy/Dockerfile")
    if f"EXPOSE {port}" not in dockerfile or "USER " not in dockerfile or "HEALTHCHECK" not in dockerfile:
        fail("Dockerfile lacks EXPOSE of the default port, a non-root USER or a HEALTHCHECK")


def main():
    schemas, registry = load_schemas()
    print(f"schemas: {len(schemas)} valid draft 2020-12 schemas")
    check_examples(schemas, registry)
    check_captured(schemas, registry)
    check_deploy()
    if failures:
        print(f"contract checks: {len(failures)} failed")
        return 1
    print("contract checks: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
