// bench-rebuild: rebuild a learner's snapshot from the whole log, in process, through LearnerStore.rebuild (read,
// decode and replay every line, then write the snapshot). One rebuild per process, so the memory peak is its own.
//
//   bench-rebuild --progress-dir DIR --learner NAME
import BenchSupport
import Foundation
import LecternCore

let directory = URL(fileURLWithPath: required("progress-dir"))
let learner = required("learner")
let store = try LearnerStore.open(directory: directory, learner: learner, now: Date(), program: "bench-rebuild")
let before = peakMemoryKiB()
var report: RebuildReport?
let seconds = try timed { report = try store.rebuild(now: Date()) }
try store.close()
guard let report, report.snapshotWritten else { fatal("the snapshot was not rebuilt") }
print("rebuild swift \(String(format: "%.6f", seconds)) \(peakMemoryKiB()) \(report.records) \(before)")
