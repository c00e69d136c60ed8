# The two commands of the README: `make demo` (the whole pipeline on an embedded broker)
# and `make test` (the test suite). Each installs what it needs first.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps demo test build release bench clean

## Installs librdkafka's headers (Debian/Ubuntu) when pkg-config cannot find them.
deps:
	@pkg-config --exists rdkafka 2>/dev/null || { \
		echo "installing librdkafka-dev (needed to build the Kafka module)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y librdkafka-dev; }
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet jsonschema

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Starts an embedded broker and the worker in-process, publishes the sample reports and
## prints the resulting aggregates.
demo: build
	$(SWIFT) run --skip-build customsctl demo

## Unit and integration tests (integration tests use the in-process mock cluster).
CAPTURE := $(CURDIR)/.build/captured-messages

test: deps
	$(SWIFT) build --build-tests
	rm -rf $(CAPTURE)
	CUSTOMS_CAPTURE_DIR=$(CAPTURE) $(SWIFT) test --skip-build
	CUSTOMS_CAPTURE_DIR=$(CAPTURE) python3 Tests/schemas/validate.py

bench: release
	$(SWIFT) run -c release --skip-build customs-bench

clean:
	rm -rf .build
