import CCrypto

// SHA-256 (FIPS 180-4) for the `source.sha256` field: lets users tie a JSON
// document to the exact input bytes. It reads every input byte, so it goes
// through OpenSSL's libcrypto, which uses the CPU's SHA extensions where present
// (a portable Swift version cost ~45 instructions a byte, a tenth of the parse).

/// Computes SHA-256 digests.
public enum SHA256 {
    /// The digest of `bytes` (32 bytes).
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { digest in
                EVP_Digest(input.baseAddress, input.count, digest.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        precondition(ok == 1 && length == 32, "libcrypto SHA-256 failed")
        return out
    }

    /// The digest of `bytes` as 64 lower-case hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest(bytes) { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
