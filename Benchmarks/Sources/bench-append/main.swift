// bench-append: the bare durable write, in process: append one review record line + fdatasync, N times.
//
//   bench-append --log FILE --record RECORD_LINE_FILE [--count N]
import BenchSupport
import Foundation
import LecternCore

let log = URL(fileURLWithPath: required("log"))
guard let record = FileManager.default.contents(atPath: required("record")) else { fatal("cannot read --record") }
let count = Int(option("count", "200") ?? "200") ?? 200
var samples: [Double] = []
for _ in 0..<count {
    samples.append(try timed { try DurableFile.append(record, to: log) })
}
for sample in samples { print("append bare \(String(format: "%.9f", sample))") }
