// TextEscaping: the escaping rules of the text formats the exporters write
// (HTML, Markdown, CSV), kept in one place so that every exporter escapes the
// same way. Opinion text can hold any character, including markup characters
// and control characters from PDF extraction. `csv` is public for the graph
// export of PinciteSQLite.

import Foundation

/// Escaping for the text formats.
public enum Escape {
    /// Text for HTML element content and double-quoted attribute values;
    /// C0 control characters other than tab and newline are dropped.
    static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0x7F { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Text for a Markdown table cell or list item: Markdown's punctuation is
    /// backslash-escaped, line breaks become spaces.
    static func markdown(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\", "*", "_", "`", "|", "[", "]", "<", ">", "#": out.append("\\"); out.append(ch)
            case "\n", "\r", "\t": out.append(" ")
            default:
                if let a = ch.asciiValue, a < 0x20 { continue }
                out.append(ch)
            }
        }
        return out
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
    public static func csv(_ s: String) -> String {
        let cleaned = String(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" }.map(Character.init))
        guard cleaned.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cleaned }
        return "\"" + cleaned.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
