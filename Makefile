VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
GOLD    := $(wildcard ../shared/data/timeml/*.jsonl)
EVENTS  := $(wildcard ../shared/data/events/*.jsonl)

.PHONY: build test example update-golden bench fuzz lint cover eval clean

build:
	go build -ldflags "-X main.version=$(VERSION)" -o bin/timeline ./cmd/timeline

test:
	go test -race ./...

example:
	go run ./cmd/timeline extract testdata/articles/iran-russia.txt

update-golden:
	go test ./cmd/timeline ./internal/timeline -update

bench:
	go test -run '^$$' -bench . -benchmem ./...

FUZZ := -fuzztime 30s -fuzzminimizetime 3s
fuzz:
	go test -run '^$$' -fuzz FuzzScan $(FUZZ) ./internal/parse
	go test -run '^$$' -fuzz FuzzRecognize $(FUZZ) ./internal/parse
	go test -run '^$$' -fuzz FuzzTag $(FUZZ) ./internal/parse
	go test -run '^$$' -fuzz FuzzSentences $(FUZZ) ./internal/timeline
	go test -run '^$$' -fuzz FuzzReadRecords $(FUZZ) ./internal/timeline
	go test -run '^$$' -fuzz FuzzAnalyze $(FUZZ) ./internal/timeline

lint:
	go vet ./...
	test -z "$$(gofmt -l .)"
	@if command -v staticcheck >/dev/null; then staticcheck ./...; fi

cover:
	go test -coverprofile=cover.out ./... && go tool cover -func=cover.out | tail -n 1

# Corpus evaluation: needs the shared corpora next to the project; not part of test.
eval:
	@if [ -z "$(GOLD)$(EVENTS)" ]; then echo "eval: no corpora under ../shared/data"; exit 0; fi
	@for f in $(GOLD) $(EVENTS); do echo "== $$f"; go run ./cmd/timeline eval $$f || exit 1; done

clean:
	rm -rf bin cover.out
