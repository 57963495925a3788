// gen-course: a synthetic course FACTOR times the bundled one, for the course loader's scaling.
//
//   gen-course --course ROOT --factor K --out DIR
//
// Every lesson file and every authored question file is copied K times; copy r > 1 gets "-rR" after the lesson
// id and after each question id, and "(copy R)" after each prompt, so ids and prompts stay unique and every
// reference still resolves. The article and the
// knowledge base (actors, events, quotes) are copied once: they are what the copies cite. The result must pass
// CourseLoader.load (checked here).
import BenchSupport
import Foundation
import LecternCore

let root = URL(fileURLWithPath: required("course"))
guard let factor = Int(required("factor")), factor >= 1 else { fatal("--factor must be a positive number") }
let out = URL(fileURLWithPath: required("out"))
let files = FileManager.default
try? files.removeItem(at: out)
for folder in ["Lessons/source", "Quizzes/questions"] {
    try files.createDirectory(at: out.appendingPathComponent(folder), withIntermediateDirectories: true)
}
func copy(_ path: String) throws {
    try files.copyItem(at: root.appendingPathComponent(path), to: out.appendingPathComponent(path))
}
for name in try files.contentsOfDirectory(atPath: root.appendingPathComponent("Lessons/source").path) {
    try copy("Lessons/source/\(name)")
}
for name in ["actors.yaml", "events.yaml", "quotes.yaml"] { try copy("Quizzes/\(name)") }

/// Rewrites `line` when it starts with `prefix` (an id field), adding `suffix` to the value.
func suffixed(_ text: String, prefixes: [String], suffix: String) -> String {
    guard !suffix.isEmpty else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        for prefix in prefixes where line.hasPrefix(prefix) {
            return line + suffix
        }
        return String(line)
    }.joined(separator: "\n")
}

var lessons = 0
var questions = 0
for copyIndex in 1...factor {
    let suffix = copyIndex == 1 ? "" : "-r\(copyIndex)"
    for name in try files.contentsOfDirectory(atPath: root.appendingPathComponent("Lessons").path).sorted()
    where name.hasSuffix(".md") {
        let text = try String(contentsOf: root.appendingPathComponent("Lessons/\(name)"), encoding: .utf8)
        let target = name.replacingOccurrences(of: ".md", with: "\(suffix).md")
        try suffixed(text, prefixes: ["id: "], suffix: suffix)
            .write(to: out.appendingPathComponent("Lessons/\(target)"), atomically: false, encoding: .utf8)
        lessons += 1
    }
    let questionFolder = root.appendingPathComponent("Quizzes/questions")
    for name in try files.contentsOfDirectory(atPath: questionFolder.path).sorted() where name.hasSuffix(".yaml") {
        let text = try String(contentsOf: questionFolder.appendingPathComponent(name), encoding: .utf8)
        let target = name.replacingOccurrences(of: ".yaml", with: "\(suffix).yaml")
        // Prompts get the copy number too: the validator refuses two questions that ask the same thing.
        let rewritten = suffixed(
            suffixed(text, prefixes: ["lesson: ", "  - id: "], suffix: suffix),
            prefixes: ["    prompt: "], suffix: copyIndex == 1 ? "" : " (copy \(copyIndex))")
        questions += rewritten.components(separatedBy: "\n  - id: ").count - 1
        try rewritten.write(to: out.appendingPathComponent("Quizzes/questions/\(target)"), atomically: false, encoding: .utf8)
    }
}
do {
    let course = try CourseLoader.load(from: out)
    emit("gen-course", [("factor", "\(factor)"), ("lessons", "\(course.lessons.count)"),
                        ("authored", "\(course.questions.count)"), ("bank", "\(QuestionBank(course: course).questions.count)")])
} catch {
    fatal("the generated course does not load: \(String(describing: error).prefix(2000))")
}
