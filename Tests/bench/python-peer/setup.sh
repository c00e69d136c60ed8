#!/usr/bin/env bash
# Installs the Python peer of the pipeline benchmark (Quix Streams, which brings confluent-kafka)
# into a virtual environment under .build/; idempotent. Usage: Tests/bench/python-peer/setup.sh [VENV]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
venv="${1:-$root/.build/bench-python-peer}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import quixstreams, confluent_kafka" 2>/dev/null; then
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet "quixstreams==3.28.1"
fi
"$venv/bin/python" -c "import quixstreams, confluent_kafka; print('python peer ready:', '$venv', 'quixstreams', quixstreams.__version__, 'confluent-kafka', confluent_kafka.version()[0], 'librdkafka', confluent_kafka.libversion()[0])"
