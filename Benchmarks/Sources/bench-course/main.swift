// bench-course: load a course (CourseLoader.load: read, parse, check, validate) and build its question bank, as
// start-up does, several times in one process.
//
//   bench-course --course ROOT --label LABEL [--repeats R]
import BenchSupport
import Foundation
import LecternCore

let root = URL(fileURLWithPath: required("course"))
let label = required("label")
let repeats = Int(option("repeats", "7") ?? "7") ?? 7
for sample in 0..<repeats {
    var questions = 0
    var loading = 0.0
    let total = try timed {
        var course: Course?
        loading = try timed { course = try CourseLoader.load(from: root) }
        if let course { questions = QuestionBank(course: course).questions.count }
    }
    print("course \(label) \(sample) \(String(format: "%.6f", total)) \(String(format: "%.6f", loading)) \(questions) \(peakMemoryKiB())")
}
