import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The built `lectern` killed with SIGKILL at random moments of piped quizzes on one learner: no answer it
/// acknowledged is lost, the files load, and the lock is free for the next process.
///
/// The quizzes run on the small fixture course, whose start-up takes a few milliseconds rather than most of a
/// second, so a hundred kills fit in a short test; the progress files are the same whatever the course.
@Suite(.removingTemporaryFolders) struct CrashTests {
    /// Set `LECTERN_CRASH_SEED` to replay a failing run; failures print the seed in use.
    private static let seed: UInt64 = ProcessInfo.processInfo.environment["LECTERN_CRASH_SEED"].flatMap { UInt64($0) } ?? 20_250_301
    private static let kills = 100
    private static let questionsPerQuiz = 4

    @Test func killedQuizzesKeepEveryAcknowledgedAnswerAndLeaveLoadableFiles() throws {
        let course = CourseFixture.minimal
        let progress = try Fixtures.temporaryDirectory("lectern-crash")
        defer { try? FileManager.default.removeItem(at: progress) }
        let folder = ProgressPlaces.learnerFolder(progress, "crash", course: course)
        let place = EndToEnd.place(course: course, progress: progress, learner: "crash")
        var random = SplitMix64(seed: Self.seed)
        var logged = 0
        var kills = 0
        var killsAfterAnAnswer = 0
        var tornTails = 0
        var runs = 0

        while kills < Self.kills {
            runs += 1
            try #require(runs <= Self.kills * 3, "seed \(Self.seed): only \(kills) of \(runs) runs were killed before they ended")
            let context = "seed \(Self.seed), run \(runs)"

            // Now and then the log ends in half a record, as a crash in the middle of a write leaves it.
            var tornTail: String?
            if random.below(8) == 0 {
                let fragment = "{\"answeredAt\":1750000000.5,\"confidence\":null,\"contentHash\":\"torn-\(runs)"
                try append(fragment, toLogIn: folder)
                tornTail = fragment
                tornTails += 1
            }

            let quiz = try EndToEnd.start(
                ["quiz", "--kind", "choice", "--count", "\(Self.questionsPerQuiz)", "--seed", "\(random.below(1000))"]
                    + place)
            var answersSent = 0
            if random.below(4) == 0 {
                // A moment anywhere from start-up (lock, open, repair, snapshot) into the first answers.
                quiz.write(String(repeating: "1\n", count: Self.questionsPerQuiz))
                answersSent = Self.questionsPerQuiz
                Thread.sleep(forTimeInterval: Double(random.below(60_000)) / 1_000_000)
            } else {
                // A moment just after answer `answered + 1` was typed: grading, the append, its sync, or the reply.
                let answered = random.below(Self.questionsPerQuiz)
                for number in stride(from: 1, through: answered, by: 1) {
                    quiz.write("1\n")
                    answersSent += 1
                    let shown = quiz.waitForOutput { EndToEnd.acknowledgements(in: $0) >= number }
                    guard shown else {
                        Issue.record("\(context): answer \(number) was never acknowledged:\n\(quiz.output)\n\(quiz.errorOutput)")
                        return
                    }
                }
                quiz.write("1\n")
                answersSent += 1
                Thread.sleep(forTimeInterval: Double(random.below(2_000)) / 1_000_000)
            }
            quiz.send(SIGKILL)
            let status = try #require(quiz.wait(), "\(context): the killed quiz did not end")
            let acknowledged = EndToEnd.acknowledgements(in: quiz.output)
            if status == 128 + SIGKILL {
                kills += 1
                if acknowledged > 0 { killsAfterAnAnswer += 1 }
            } else {
                #expect(status == 0, "\(context): the quiz ended with \(status) before the kill:\n\(quiz.errorOutput)")
            }

            // (a) Every acknowledged answer is in the log, and nothing that was never typed.
            let afterKill = try LogContents(folder: folder)
            #expect(afterKill.reviewCount >= logged + acknowledged, "\(context): \(acknowledged) acknowledged, log went from \(logged) to \(afterKill.reviewCount) answers")
            #expect(afterKill.reviewCount <= logged + answersSent, "\(context): more answers in the log than were typed")
            #expect(afterKill.unreadableLines.isEmpty, "\(context): unreadable lines \(afterKill.unreadableLines)")

            // (b) The files load: verify and report exit 0. (c) The lock is free: neither opens read-only.
            let verify = try EndToEnd.run(["progress", "verify"] + place)
            #expect(verify.status == 0, "\(context): \(verify)")
            #expect(verify.standardOutput.contains("every line is readable"), "\(context): \(verify)")
            #expect(verify.standardOutput.contains("state: matches the log"), "\(context): \(verify)")
            #expect(!verify.standardOutput.contains("run rebuild"), "\(context): \(verify)")
            #expect(!ErrorLines.squeezed(verify.standardError).contains("read-only"), "\(context): the lock outlived the killed process: \(verify)")
            let report = try EndToEnd.run(["report", "--format", "json"] + place)
            #expect(report.status == 0, "\(context): \(report)")
            #expect((try? JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8))) != nil, "\(context): \(report)")
            #expect(!ErrorLines.squeezed(report.standardError).contains("read-only"), "\(context): \(report)")

            // Opening moved a torn tail aside and kept every whole record.
            let afterChecks = try LogContents(folder: folder)
            #expect(afterChecks.reviewCount == afterKill.reviewCount, "\(context): the checks changed the answers in the log")
            #expect(afterChecks.unfinishedTail.isEmpty, "\(context): a cut-short line is still at the end of the log")
            let counted = afterChecks.reviewCount == 0 ? "(none)" : "(\(afterChecks.reviewCount) review)"
            #expect(verify.standardOutput.contains(counted), "\(context): verify should count \(counted): \(verify)")
            if let tornTail {
                let corrupt = (try? String(contentsOf: folder.appendingPathComponent("review-log.jsonl.corrupt"), encoding: .utf8)) ?? ""
                #expect(corrupt.contains(tornTail), "\(context): the torn line was not moved to the .corrupt file")
            }
            logged = afterChecks.reviewCount
        }

        // A writer after the last kill gets the learner to itself and saves every answer.
        let last = try EndToEnd.run(
            ["quiz", "--kind", "choice", "--count", "3", "--seed", "1"] + place, input: String(repeating: "1\n", count: 3))
        #expect(last.status == 0 && !ErrorLines.squeezed(last.standardError).contains("read-only"), "seed \(Self.seed): \(last)")
        #expect(EndToEnd.acknowledgements(in: last.standardOutput) == 3, "seed \(Self.seed): \(last)")
        #expect(try LogContents(folder: folder).reviewCount == logged + 3, "seed \(Self.seed)")
        // The random moments must have hit quizzes after some answers, not only start-up.
        #expect(killsAfterAnAnswer >= Self.kills / 3, "seed \(Self.seed): only \(killsAfterAnAnswer) kills came after an answer")
        #expect(logged > 50, "seed \(Self.seed): the log grew to only \(logged) answers")
        print("CrashTests: seed \(Self.seed), \(kills) kills in \(runs) runs, \(killsAfterAnAnswer) after an answer, \(tornTails) torn tails, \(logged) answers logged")
    }

    private func append(_ text: String, toLogIn folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("review-log.jsonl")
        if !FileManager.default.fileExists(atPath: url.path) {
            try Data().write(to: url)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
}

extension SplitMix64 {
    /// A number from 0 up to, not including, `bound`.
    fileprivate mutating func below(_ bound: Int) -> Int {
        Int(next(upperBound: UInt64(bound)))
    }
}
