/*
 * The libFuzzer entry point, declared once for the fuzz targets and for the
 * plain replay program that CTest runs over their corpora (replay.c).
 */
#ifndef FENER_TESTS_FUZZ_H
#define FENER_TESTS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
