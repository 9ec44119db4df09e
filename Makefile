# The two set-up commands of the README: `make run` and `make test`. Both install missing dependencies.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: deps configure build run test bench clean

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

# DESIGN §8 quality bars, measured side by side with their baselines: prints one table.
bench: configure
	cmake --build $(BUILD) -j $(JOBS) --target okta-jwt okta-jwt-wizard owz-bench owz-bench-bare-wizard
	./tests/benchmarks/run-benchmarks.sh $(BUILD)

clean:
	rm -rf $(BUILD)
