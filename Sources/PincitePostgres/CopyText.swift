// CopyText: rows in PostgreSQL's COPY text format (tab-separated, one row a line,
// `\N` for NULL, backslash escapes), built into one byte array per table so that a
// whole batch of documents goes to the server in a single COPY … FROM STDIN.
// Escaping: backslash, tab, newline, carriage return, backspace, form feed and
// vertical tab become backslash sequences; NUL is dropped (a PostgreSQL text value
// cannot hold it). Invalid UTF-8 cannot reach the server: every value here is a
// Swift `String`, whose UTF-8 view is always well formed (readers decode input bytes
// with replacement), so the bytes are copied as they are. Integers out of the
// range of INTEGER become NULL rather than a server error.

/// A COPY text-format payload under construction.
struct CopyText {
    private(set) var bytes: [UInt8] = []
    private var rowOpen = false
    /// Rows completed so far.
    private(set) var rows = 0

    init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends one text field (NULL when nil).
    mutating func add(_ value: String?) {
        separate()
        guard var text = value else { bytes.append(0x5C); bytes.append(0x4E); return }
        text.withUTF8 { utf8 in
            // fast path: nothing to escape
            if !utf8.contains(where: { $0 < 0x0E || $0 == 0x5C }) { bytes.append(contentsOf: utf8); return }
            for b in utf8 {
                switch b {
                case 0x00: continue
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)  // \t
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)  // \n
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)  // \r
                case 0x08: bytes.append(0x5C); bytes.append(0x62)  // \b
                case 0x0C: bytes.append(0x5C); bytes.append(0x66)  // \f
                case 0x0B: bytes.append(0x5C); bytes.append(0x76)  // \v
                default: bytes.append(b)
                }
            }
        }
    }

    /// Appends one integer field: NULL when nil, and NULL too when the value does not
    /// fit the schema's INTEGER columns (a page "number" of twelve digits in a broken
    /// document must not make the server reject the whole batch).
    mutating func add(_ value: Int?) {
        separate()
        guard let value, value >= Int(Int32.min), value <= Int(Int32.max) else { bytes.append(0x5C); bytes.append(0x4E); return }
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Ends the current row.
    mutating func endRow() {
        bytes.append(0x0A)
        rowOpen = false
        rows += 1
    }

    private mutating func separate() {
        if rowOpen { bytes.append(0x09) } else { rowOpen = true }
    }
}
