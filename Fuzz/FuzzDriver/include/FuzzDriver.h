// Starts libFuzzer from a SwiftPM executable. SwiftPM renames each executable's
// `main` to `<Target>_main` (and links `main` to it), which hides libFuzzer's own
// `main`; each fuzz target defines `<Target>_main` and calls this instead.
#include <stdint.h>
#include <stddef.h>

int pincite_fuzz_main(int argc, char **argv);
