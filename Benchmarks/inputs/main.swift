// Benchmarks/inputs/main.swift: reads every document of the given paths through
// PinciteBatch's DocumentStream and prints documents, errors, bytes and MB/s —
// the input side alone, so its cost can be set against the parser's. Built and
// run by Benchmarks/inputs/run.sh (release, linked against the built objects).

import Foundation
import PinciteBatch

var kind = InputKind.auto
var paths: [String] = []
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    if a == "--input", let k = args.popFirst().flatMap(InputKind.init(rawValue:)) { kind = k } else { paths.append(a) }
}
let start = Date()
let stream = try DocumentStream(paths: paths, options: InputOptions(kind: kind))
var docs = 0, errors = 0, content = 0
while let d = stream.next() {
    docs += 1
    if d.error != nil { errors += 1 }
    content += d.bytes.count
}
let seconds = Date().timeIntervalSince(start)
let onDisk = Double(stream.bytesRead) / 1e6
print(String(format: "documents %d, errors %d, on disk %.1f MB, document bytes %.1f MB, %.2f s, %.1f MB/s on disk, %.1f MB/s of documents",
             docs, errors, onDisk, Double(content) / 1e6, seconds, onDisk / seconds, Double(content) / 1e6 / seconds))
