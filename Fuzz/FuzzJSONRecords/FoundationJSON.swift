// FoundationJSON: a second opinion on whether bytes are a JSON object, from
// Foundation's JSONSerialization, for the differential check of JSONScan. Only bytes
// that are UTF-8 without NUL are asked (Foundation also reads UTF-16 and UTF-32,
// which a JSON Lines file cannot be).
import Foundation

enum FoundationJSON {
    static func isObject(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil else { return false }
        return (try? JSONSerialization.jsonObject(with: Data(bytes))) is [String: Any]
    }
}
