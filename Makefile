# The two set-up commands of the README: `make run` and `make test`. Both install missing dependencies.
# `make sanitize`: clang ASan+UBSan build of everything in $(SAN_BUILD), its tests, then each fuzz target.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
SAN_BUILD ?= build-san
FUZZ_SECONDS ?= 30

.PHONY: deps configure build run test bench sanitize clean

deps:
	./packaging/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/bin/okta-jwt-wizard

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The quality bars (start-up, memory, token checks, preview, deploy), each beside its baseline: one table.
bench: configure
	cmake --build $(BUILD) -j $(JOBS) --target okta-jwt okta-jwt-wizard owz-bench owz-bench-bare-wizard
	./tests/benchmarks/run-benchmarks.sh $(BUILD)

sanitize: deps
	CC=clang CXX=clang++ cmake -S . -B $(SAN_BUILD) -G Ninja $(CMAKE_FLAGS) -DOWZ_SANITIZE=ON -DOWZ_FUZZ=ON
	cmake --build $(SAN_BUILD) -j $(JOBS)
	cd $(SAN_BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) -LE packaging
	./tests/fuzz/run-fuzzers.sh $(SAN_BUILD) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
