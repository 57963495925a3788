// gen-class: a class folder of learners with a year of history each, for `lectern report --class DIR`.
//
//   gen-class --course ROOT --out DIR [--learners 1000] [--distinct 50] [--days 365]
//
// `distinct` learners are simulated (a year, 5-40 answers on 30-95% of days, skill 0.5-0.9) with their logs
// written byte-identical to ReviewLog.append and their snapshots by the real LearnerStore; the rest of the
// `learners` names reuse them: the log is hard-linked (it is not what the class view reads) and the snapshot is
// copied, so every learner has a file of its own to read and decode.
import BenchSupport
import Foundation
import LecternCore

let root = URL(fileURLWithPath: required("course"))
let out = URL(fileURLWithPath: required("out"))
let learners = Int(option("learners", "1000") ?? "1000") ?? 1000
let distinct = min(learners, Int(option("distinct", "50") ?? "50") ?? 50)
let days = Int(option("days", "365") ?? "365") ?? 365
let end = Date(timeIntervalSince1970: 1_767_225_600)
let files = FileManager.default

let course: Course
do { course = try CourseLoader.load(from: root) } catch { fatal("\(error)") }
let bank = QuestionBank(course: course)
try? files.removeItem(at: out)
try files.createDirectory(at: out, withIntermediateDirectories: true)
let writer = LogWriter()
var totalAnswers = 0
func name(_ number: Int) -> String { String(format: "learner-%04d", number) }
for number in 0..<distinct {
    var simulation = LearnerSimulation(bank: bank, seed: UInt64(7_000 + number), skill: 0.5 + Double(number % 5) * 0.1)
    let activeDays = Int(Double(days) * (0.3 + Double(number % 14) * 0.05))
    let perDay = 5 + (number * 7) % 36
    let records = simulation.records(count: activeDays * perDay, days: days, endingAt: end)
    totalAnswers += activeDays * perDay
    let folder = out.appendingPathComponent(name(number), isDirectory: true)
    try files.createDirectory(at: folder, withIntermediateDirectories: true)
    try writer.write(records, to: folder.appendingPathComponent(LearnerStore.logName))
    let store = try LearnerStore.open(directory: out, learner: name(number), now: end, program: "gen-class")
    try store.close()
}
for number in distinct..<learners {
    let source = out.appendingPathComponent(name(number % distinct), isDirectory: true)
    let folder = out.appendingPathComponent(name(number), isDirectory: true)
    try files.createDirectory(at: folder, withIntermediateDirectories: true)
    try files.linkItem(at: source.appendingPathComponent(LearnerStore.logName),
                       to: folder.appendingPathComponent(LearnerStore.logName))
    try files.copyItem(at: source.appendingPathComponent(LearnerStore.snapshotName),
                       to: folder.appendingPathComponent(LearnerStore.snapshotName))
}
emit("gen-class", [("learners", "\(learners)"), ("distinct", "\(distinct)"),
                   ("answers_per_distinct_learner", "\(totalAnswers / max(distinct, 1))")])
