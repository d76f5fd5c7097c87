// SHA-256 (FIPS 180-4) for the `source.sha256` field: lets users tie a JSON
// document to the exact input bytes. Kept here so the engine needs no crypto
// dependency. It reads every input byte once, so it is tuned like the lexer:
// - the eight working variables stay in registers: rounds are unrolled by
//   eight and each round takes the variables in rotated order, so nothing is
//   shuffled between rounds (`eightRounds`);
// - the 64-word message schedule lives in one stack buffer made once per call
//   (not per block) and is filled before the rounds, off their critical path;
// - words are loaded big-endian in one step (an unaligned load + byte swap);
// - the round constants are read through a pointer to a static array.

/// Computes SHA-256 digests.
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The eight chaining words.
    private struct State {
        var a: UInt32 = 0x6a09e667, b: UInt32 = 0xbb67ae85, c: UInt32 = 0x3c6ef372, d: UInt32 = 0xa54ff53a
        var e: UInt32 = 0x510e527f, f: UInt32 = 0x9b05688c, g: UInt32 = 0x1f83d9ab, h: UInt32 = 0x5be0cd19
    }

    /// The lower-case hex digest of `data`.
    public static func hex(_ data: [UInt8]) -> String {
        var state = State()
        let full = data.count / 64 * 64
        // the tail, padded: 0x80, zeros, 64-bit big-endian bit length (one or two blocks)
        var tail = [UInt8](repeating: 0, count: data.count - full < 56 ? 64 : 128)
        for i in full..<data.count { tail[i - full] = data[i] }
        tail[data.count - full] = 0x80
        let bitLength = UInt64(data.count) &* 8
        for s in 0..<8 { tail[tail.count - 1 - s] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * s)) }
        k.withUnsafeBufferPointer { kk in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                data.withUnsafeBufferPointer { p in
                    if full > 0 { compress(&state, p.baseAddress!, blocks: full / 64, w.baseAddress!, kk.baseAddress!) }
                }
                tail.withUnsafeBufferPointer { p in
                    compress(&state, p.baseAddress!, blocks: p.count / 64, w.baseAddress!, kk.baseAddress!)
                }
            }
        }
        let hexDigits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 64) { out in
            var o = 0
            for v in [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h] {
                for s in stride(from: 28, through: 0, by: -4) {
                    out[o] = hexDigits.utf8Start[Int((v >> UInt32(s)) & 0xF)]
                    o += 1
                }
            }
            return o
        }
    }

    /// Runs the compression function over `blocks` consecutive 64-byte blocks at `m`.
    /// `w` is scratch for the 64-word message schedule, `kk` the round constants.
    private static func compress(_ state: inout State, _ m: UnsafePointer<UInt8>, blocks: Int,
                                 _ w: UnsafeMutablePointer<UInt32>, _ kk: UnsafePointer<UInt32>) {
        var s = state
        var m = m
        for _ in 0..<blocks {
            var a = s.a, b = s.b, c = s.c, d = s.d, e = s.e, f = s.f, g = s.g, h = s.h
            for j in 0..<16 { w[j] = UInt32(bigEndian: UnsafeRawPointer(m + 4 * j).loadUnaligned(as: UInt32.self)) }
            for j in 16..<64 {
                let x = w[j - 15], y = w[j - 2]
                w[j] = w[j - 16] &+ (rotr(rotr(x, 11) ^ x, 7) ^ (x >> 3)) &+ w[j - 7] &+ (rotr(rotr(y, 2) ^ y, 17) ^ (y >> 10))
            }
            var i = 0
            while i < 64 {
                eightRounds(&a, &b, &c, &d, &e, &f, &g, &h, kk, w, i)
                i += 8
            }
            s.a &+= a; s.b &+= b; s.c &+= c; s.d &+= d; s.e &+= e; s.f &+= f; s.g &+= g; s.h &+= h
            m += 64
        }
        state = s
    }

    /// Rounds i..<i+8 over the schedule `w`. Each round takes the working
    /// variables rotated by one place, so after eight they are back in place and
    /// no variable is ever copied to the next.
    @inline(__always)
    private static func eightRounds(_ a: inout UInt32, _ b: inout UInt32, _ c: inout UInt32, _ d: inout UInt32,
                                    _ e: inout UInt32, _ f: inout UInt32, _ g: inout UInt32, _ h: inout UInt32,
                                    _ kk: UnsafePointer<UInt32>, _ w: UnsafeMutablePointer<UInt32>, _ i: Int) {
        round(a, b, c, &d, e, f, g, &h, kk[i + 0] &+ w[i + 0])
        round(h, a, b, &c, d, e, f, &g, kk[i + 1] &+ w[i + 1])
        round(g, h, a, &b, c, d, e, &f, kk[i + 2] &+ w[i + 2])
        round(f, g, h, &a, b, c, d, &e, kk[i + 3] &+ w[i + 3])
        round(e, f, g, &h, a, b, c, &d, kk[i + 4] &+ w[i + 4])
        round(d, e, f, &g, h, a, b, &c, kk[i + 5] &+ w[i + 5])
        round(c, d, e, &f, g, h, a, &b, kk[i + 6] &+ w[i + 6])
        round(b, c, d, &e, f, g, h, &a, kk[i + 7] &+ w[i + 7])
    }

    /// One round (`kw` = round constant + schedule word): only `d` (which becomes
    /// the next e) and `h` (the next a) change. Σ1(e) = rotr(e,6)^rotr(e,11)^rotr(e,25)
    /// is computed as rotr(rotr(rotr(e,14)^e,5)^e,6), which needs fewer register
    /// copies on two-operand x86; likewise Σ0, σ0 and σ1.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ rotr(rotr(rotr(e, 14) ^ e, 5) ^ e, 6) &+ (g ^ (e & (f ^ g))) &+ kw
        let t2 = rotr(rotr(rotr(a, 9) ^ a, 11) ^ a, 2) &+ ((a & b) | (c & (a | b)))
        d &+= t1
        h = t1 &+ t2
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
