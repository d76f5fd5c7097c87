// glibc's allocator tuning (mallopt), for the batch processes: see Sources/pincite/MemoryTuning.swift
#include <malloc.h>
