#if canImport(CMalloc)
import CMalloc
#endif

/// glibc's allocator gives freed memory back to the system as soon as the top of the heap
/// is free and maps every large array afresh: a batch that parses document after document
/// then pays for the same pages again and again (page faults were ~7% of a worker's time).
/// Batch processes keep freed memory for the next document instead: the heap is trimmed
/// only above 256 MiB free, grows 64 MiB at a time, and arrays up to 32 MiB (glibc's
/// maximum) come from the heap. Peak memory still follows the largest document in flight.
enum MemoryTuning {
    static func keepFreedMemoryForTheNextDocument() {
        #if canImport(CMalloc)
        _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
        _ = mallopt(M_TOP_PAD, 64 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        #endif
    }
}
