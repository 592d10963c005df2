VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT  ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null)
GOLD    := $(wildcard ../shared/data/timeml/*.jsonl) $(wildcard ../shared/data/narrative/*.jsonl)
EVENTS  := $(wildcard ../shared/data/events/*.jsonl) $(wildcard testdata/events/*.jsonl)

.PHONY: build test browser-test timelinejs-test shard-test screenshot example update-golden bench bench-corpus bench-dates fuzz lint cover eval model wordnet clean

build:
	go build -ldflags "-X main.version=$(VERSION) -X main.commit=$(COMMIT)" -o bin/timeline ./cmd/timeline

test:
	go test -race ./...

browser-test:
	bash scripts/browser-test.sh

timelinejs-test:
	bash scripts/timelinejs-test.sh

# The map/reduce contract with GNU parallel (installs parallel if missing).
shard-test:
	bash scripts/shard-test.sh

screenshot:
	bash scripts/browser-test.sh --readme

example:
	go run ./cmd/timeline extract testdata/articles/iran-russia.txt

update-golden:
	go test ./cmd/timeline ./internal/eval -update

bench:
	go test -run '^$$' -bench . -benchmem ./...

# Whole-process throughput and memory on a ~200 MB corpus built from the
# bundled articles (SIZE=1GB make bench-corpus for a larger one).
bench-corpus:
	bash scripts/bench-corpus.sh

# Whole-process speed of "timeline dates -f jsonl" on 1 and 2 cores, on the
# TempEval-3 news texts under ../shared/data/timeml copied to 5 MB
# (SIZE=50MB make bench-dates for a larger corpus).
bench-dates:
	bash scripts/bench-dates.sh

FUZZ := -fuzztime 30s -fuzzminimizetime 3s
fuzz:
	go test -run '^$$' -fuzz '^FuzzScan$$' $(FUZZ) ./internal/parse
	go test -run '^$$' -fuzz FuzzScanAppend $(FUZZ) ./internal/parse
	go test -run '^$$' -fuzz FuzzRecognize $(FUZZ) ./internal/parse
	go test -run '^$$' -fuzz FuzzTag $(FUZZ) ./internal/parse
	go test -run '^$$' -fuzz FuzzSentences $(FUZZ) ./internal/timeline
	go test -run '^$$' -fuzz FuzzReadRecords $(FUZZ) ./internal/input
	go test -run '^$$' -fuzz FuzzDecodeRecord $(FUZZ) ./internal/input
	go test -run '^$$' -fuzz FuzzAppendJSONString $(FUZZ) ./internal/render
	go test -run '^$$' -fuzz '^FuzzRead$$' $(FUZZ) ./internal/event
	go test -run '^$$' -fuzz FuzzInterval $(FUZZ) ./internal/parse
	go test -run '^$$' -fuzz FuzzEventReader $(FUZZ) ./internal/timeline
	go test -run '^$$' -fuzz FuzzBodyStart $(FUZZ) ./internal/timeline
	go test -run '^$$' -fuzz FuzzHTMLText $(FUZZ) ./internal/input
	go test -run '^$$' -fuzz FuzzDOCXText $(FUZZ) ./internal/input
	go test -run '^$$' -fuzz FuzzPageDate $(FUZZ) ./internal/input
	go test -run '^$$' -fuzz FuzzURLDate $(FUZZ) ./internal/input
	go test -run '^$$' -fuzz FuzzTokenize $(FUZZ) ./internal/syntax
	go test -run '^$$' -fuzz FuzzParse $(FUZZ) ./internal/syntax
	go test -run '^$$' -fuzz FuzzReadCoNLLU $(FUZZ) ./internal/syntax
	go test -run '^$$' -fuzz FuzzUnmarshal $(FUZZ) ./internal/syntax
	go test -run '^$$' -fuzz FuzzAnalyze $(FUZZ) ./internal/event
	go test -run '^$$' -fuzz FuzzLookup $(FUZZ) ./internal/wordnet
	go test -run '^$$' -fuzz FuzzClean $(FUZZ) ./internal/pdf
	go test -run '^$$' -fuzz FuzzPages $(FUZZ) ./internal/pdf

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

# Retrain the embedded syntax model on UD English EWT (needs ../shared/data/ud).
UD ?= ../shared/data/ud
model:
	go run ./internal/syntax/train -ud $(UD) -o internal/syntax/model/en_ewt.model

# Rebuild the embedded WordNet table (needs Debian's wordnet-base 1:3.0-37).
WORDNET ?= /usr/share/wordnet
wordnet:
	go run ./internal/wordnet/gen -dict $(WORDNET) -o internal/wordnet/wordnet.bin

clean:
	rm -rf bin build cover.out
