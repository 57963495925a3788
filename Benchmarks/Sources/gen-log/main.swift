// gen-log: a learner whose log holds N answers to the bundled course's real questions, plus a current snapshot.
//
//   gen-log --course ROOT --progress-dir DIR --learner NAME --answers N [--days D] [--seed S]
//
// Lines are written by ReviewLog's own encoder, as ReviewLog.append writes them; the snapshot is written by the
// real LearnerStore.open, which replays the log, so start-up then finds a current snapshot.
import BenchSupport
import Foundation
import LecternCore

let root = URL(fileURLWithPath: required("course"))
let directory = URL(fileURLWithPath: required("progress-dir"))
let learner = required("learner")
guard let count = Int(required("answers")) else { fatal("--answers must be a number") }
let days = Int(option("days", "365") ?? "365") ?? 365
let seed = UInt64(option("seed", "42") ?? "42") ?? 42
// A fixed end date keeps the data identical between runs; answers end a day before it.
let end = Date(timeIntervalSince1970: 1_767_225_600)

let course: Course
do { course = try CourseLoader.load(from: root) } catch { fatal("\(error)") }
var simulation = LearnerSimulation(bank: QuestionBank(course: course), seed: seed)
let records = simulation.records(count: count, days: days, endingAt: end)
let folder = directory.appendingPathComponent(learner, isDirectory: true)
try? FileManager.default.removeItem(at: folder)
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let writer = LogWriter()
let elapsed = try timed { try writer.write(records, to: folder.appendingPathComponent(LearnerStore.logName)) }
let opening = try timed {
    let store = try LearnerStore.open(directory: directory, learner: learner, now: end, program: "gen-log")
    guard store.snapshot.totals.answers == count else { fatal("replayed \(store.snapshot.totals.answers) answers") }
    try store.close()
}
emit("gen-log", [("learner", learner), ("answers", "\(count)"), ("records", "\(records.count)"),
                 ("write_s", String(format: "%.3f", elapsed)), ("snapshot_s", String(format: "%.3f", opening))])
