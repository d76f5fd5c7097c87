#include "FuzzDriver.h"

// provided by libclang_rt.fuzzer (-sanitize=fuzzer) and by each fuzz target (@_cdecl)
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int pincite_fuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
