// ArrayGrowth: room for appends that arrive in many small chunks.

extension Array {
    /// Makes room for at least `minimumCapacity` elements, at least doubling the storage
    /// when it must grow. `reserveCapacity` alone allocates exactly what is asked, so
    /// calling it before every appended chunk (one per markup text node) copied the whole
    /// array each time: quadratic in the number of chunks.
    @inline(__always) mutating func reserveGrowing(_ minimumCapacity: Int) {
        if capacity < minimumCapacity { reserveCapacity(Swift.max(minimumCapacity, capacity * 2)) }
    }
}
