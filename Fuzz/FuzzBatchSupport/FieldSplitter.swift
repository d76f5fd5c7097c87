// FieldSplitter: turns fuzz bytes into records of fields for the round-trip modes:
// 0xFF ends a record, 0xFE a field. Both bytes are never valid UTF-8, so they can
// be spared; every other byte, invalid UTF-8 included, can be in a field.

/// Records of fields cut out of fuzz bytes.
public enum FieldSplitter {
    /// The records of `bytes` (at least one), each with exactly `fields` fields (missing ones empty,
    /// extra ones joined into the last).
    public static func records<C: Collection>(_ bytes: C, fields: Int) -> [[[UInt8]]] where C.Element == UInt8 {
        Array(bytes).split(separator: 0xFF, omittingEmptySubsequences: false).map { record in
            var parts = record.split(separator: 0xFE, maxSplits: fields - 1, omittingEmptySubsequences: false).map(Array.init)
            while parts.count < fields { parts.append([]) }
            return parts
        }
    }
}
