# The two commands of the README, and a few conveniences around CMake presets.
#   make demo   install what is missing, build release, run the main job
#   make test   install what is missing, build with ASan+UBSan and -Werror, run ctest

JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all demo test deps release debug asan format format-check clean

all: release

deps:
	@./scripts/install-deps

release: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)
	@ln -sfn release/fener build/fener

debug: deps
	cmake --preset debug >/dev/null
	cmake --build --preset debug -j $(JOBS)

asan: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)

demo: release
	./build/fener demo

test: asan
	cd build/asan && ctest --output-on-failure -j $(JOBS)

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

format-check:
	clang-format --dry-run --Werror $$(git ls-files '*.c' '*.h')

clean:
	rm -rf build
