import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Inputs that once crashed a fuzz target (`Tests/Fixtures/fuzz/<target>/`, see `docs/fuzzing.md`), and the seeds
/// the fuzzers start from (`Fuzz/corpus/<target>/`), replayed through the same public entry points as
/// `Fuzz/Sources/FuzzHarness`, so that every fix stays fixed without the fuzzer.
@Suite struct FuzzRegressionTests {
    typealias Replay = FuzzReplay

    // MARK: - Every kept input

    @Test func everyLessonInputGivesACourseOrDiagnostics() throws {
        for (name, bytes) in try Replay.inputs("FuzzLesson") {
            Replay.expectCourseOrDiagnostics(replacing: Replay.lessonPath, with: bytes, input: name)
        }
    }

    @Test func everyQuestionFileInputGivesACourseOrDiagnostics() throws {
        for (name, bytes) in try Replay.inputs("FuzzQuestions") {
            Replay.expectCourseOrDiagnostics(replacing: Replay.questionsPath, with: bytes, input: name)
        }
    }

    @Test func everyKnowledgeBaseInputGivesACourseOrDiagnostics() throws {
        for (name, bytes) in try Replay.inputs("FuzzKnowledgeBase") {
            guard let selector = bytes.first else { continue }
            Replay.expectCourseOrDiagnostics(
                replacing: Replay.knowledgeBasePath(selector: selector), with: Array(bytes.dropFirst()), input: name)
        }
    }

    @Test func everyGraderInputIsGradedOrRefusedWithAReason() throws {
        let inputs = try Replay.inputs("FuzzGrader")
        #expect(!inputs.isEmpty)
        let (course, grader, questions) = try Replay.bundled()
        for (name, bytes) in inputs where bytes.count >= 3 {
            let question = questions[Int(bytes[0]) % questions.count]
            var random = SplitMix64(seed: UInt64(bytes[1]))
            var asked = AskedQuestion(question, using: &random)
            _ = asked.presentation(course: course)
            for _ in 0..<(bytes[2] % 4) { _ = asked.hint(course: course) }
            let response = String(decoding: bytes[3...], as: UTF8.self)
            switch grader.grade(asked, response: response) {
            case let .success(grade):
                #expect((grade.outcome == .correct) == (grade.credit == 1), "\(name)")
                #expect((0...1).contains(grade.credit), "\(name)")
            case let .failure(problem):
                #expect(!problem.message.isEmpty, "\(name)")
            }
            _ = grader.describe(asked, response: response)
        }
    }

    @Test func everyReviewLogInputOpensAndRepairsToAStateThatMatchesTheLog() throws {
        let inputs = try Replay.inputs("FuzzReviewLog")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            let directory = try Replay.progress(log: bytes, snapshot: nil)
            let log = ReviewLog(url: directory.appendingPathComponent("ada/\(LearnerStore.logName)"))
            let scan = try log.scan()
            #expect(scan.end.bytes <= bytes.count, "\(name)")
            for bad in scan.badLines { #expect(Array(bytes[bad.range]) == bad.bytes, "\(name)") }
            try Replay.expectStoreOpensAndRepairs(directory, trustsSnapshot: false, input: name)
        }
    }

    @Test func everySnapshotInputOpensBesideItsLogAndRebuildsToAStateThatMatchesIt() throws {
        let inputs = try Replay.inputs("FuzzSnapshot")
        #expect(!inputs.isEmpty)
        let log = try Array(Data(contentsOf: Fixtures.url("fuzz/review-log-beside-snapshot.jsonl")))
        for (name, bytes) in inputs {
            if case let .damaged(cause) = ProgressMigration.plan(for: Data(bytes)) { #expect(!cause.isEmpty) }
            let directory = try Replay.progress(log: log, snapshot: bytes)
            try Replay.expectStoreOpensAndRepairs(directory, trustsSnapshot: true, input: name)
        }
    }

    // MARK: - What each crash now gives instead

    @Test(arguments: ["answered-at-1e300.jsonl", "answered-at-minus-1e300.jsonl"])
    func aReviewAnsweredOutsideTheYears1970To9999IsAnUnreadableLine(_ input: String) throws {
        let bytes = try Array(Data(contentsOf: Fixtures.url("fuzz/FuzzReviewLog/\(input)")))
        let directory = try Replay.progress(log: bytes, snapshot: nil)
        let log = ReviewLog(url: directory.appendingPathComponent("ada/\(LearnerStore.logName)"))
        let bad = try #require(try log.scan().badLines.first)
        #expect(bad.cause.contains("a review record that cannot be stored: answeredAt"))
        #expect(bad.cause.contains("is not a date from 1970 to 9999"))
        // The only line is the last one: moved aside like a torn write, and the learner can go on.
        let store = try LearnerStore.open(directory: directory, learner: "ada", now: Replay.now, program: "test")
        #expect(store.mode == .readWrite)
        #expect(store.notices.contains { $0.contains("cannot be stored") })
    }

    @Test func aReviewOutsideTheYears1970To9999IsNotAppended() throws {
        let store = try LearnerStore.open(
            directory: try Fixtures.temporaryDirectory("lectern-fuzz"), learner: "ada", now: Replay.now, program: "test")
        let review = ReviewRecord(
            questionID: "q1", contentHash: "h1", answeredAt: Date(timeIntervalSince1970: 1e300), kind: "typed",
            response: "x", outcome: .correct, credit: 1, rating: .good, latency: 1)
        #expect(throws: ProgressError.invalidRecord("answeredAt 1e+300 is not a date from 1970 to 9999")) {
            try store.append(review)
        }
    }

    @Test(arguments: ["who-said-4096-letters", "typed-4095-bytes-of-ab"])
    func aPastedParagraphIsGradedWithoutMeasuringItAgainstEveryName(_ input: String) throws {
        let bytes = try Array(Data(contentsOf: Fixtures.url("fuzz/FuzzGrader/\(input)")))
        let (_, grader, questions) = try Replay.bundled()
        let question = questions[Int(bytes[0]) % questions.count]
        var random = SplitMix64(seed: UInt64(bytes[1]))
        let asked = AskedQuestion(question, using: &random)
        let response = String(decoding: bytes[3...], as: UTF8.self)
        var grade: Result<Grade, ResponseError>?
        let elapsed = ContinuousClock().measure { grade = grader.grade(asked, response: response) }
        #expect(try #require(grade).get().outcome == .incorrect)
        // A who-said answer took 1.5 s in a debug build (4 s under ASan) when every name was measured against it.
        #expect(elapsed < .seconds(1), "\(question.body.kind) took \(elapsed)")
        #expect(grader.names.resolve(response) == nil)
    }

    @Test func aNumberTooLargeForThousandthsIsShownWhole() throws {
        let nines = String(repeating: "9", count: 306)
        #expect(NumberReader.format(try #require(Double(nines))).hasPrefix("1,000,000,000,"))
        #expect(NumberReader.format(-Double.greatestFiniteMagnitude).hasPrefix("-179,769,313,486,231,"))
        #expect(NumberReader.format(9_007_199_254_740_993) == "9,007,199,254,740,992")
        #expect(NumberReader.format(8_999_999_999_999.5) == "8,999,999,999,999.5")
        #expect(NumberReader.format(-0.0004) == "0")
    }

    @Test func threeHundredAndSixNinesAnswerANumberQuestionWrongly() throws {
        let bytes = try Array(Data(contentsOf: Fixtures.url("fuzz/FuzzGrader/number-306-nines")))
        let (_, grader, questions) = try Replay.bundled()
        let question = questions[Int(bytes[0]) % questions.count]
        #expect(question.body.kind == .number)
        var random = SplitMix64(seed: UInt64(bytes[1]))
        let asked = AskedQuestion(question, using: &random)
        let grade = try grader.grade(asked, response: String(decoding: bytes[3...], as: UTF8.self)).get()
        #expect(grade.outcome == .incorrect)
        #expect(grade.notes.first?.hasPrefix("you said 1,000,000,000,") == true)
    }

    @Test func aCourseWhoseNumberAnswerIs1e306ShowsItsHintsAndAnswer() throws {
        var files = try Replay.minimalFiles()
        files[Replay.questionsPath] = try Data(contentsOf: Fixtures.url("fuzz/FuzzQuestions/number-answer-1e306.yaml"))
        let course = try CourseLoader.load(files: files, root: CourseFixture.minimal)
        let question = try #require(course.questions.first { $0.body.kind == .number })
        var random = SplitMix64(seed: 1)
        var asked = AskedQuestion(question, using: &random)
        #expect(asked.hint(course: course)?.hasPrefix("Between ") == true)
        #expect(Grader(course: course).correctAnswer(for: question).hasPrefix("1,000,000,000,000,000,0"))
        // Choosing its passage once turned the answer into an Int, which traps above Int.max.
        #expect(PassageFinder(course: course).best(for: question) != nil)
    }

    @Test func aNameMisspeltWithinItsAllowanceStillResolvesWhateverItsLength() {
        let index = ActorNameIndex(actors: GradingFixture.actors)
        #expect(index.resolve("Islamic State in Iraq and Syriax")?.actor.id == "isis")
        #expect(index.resolve("Islamic State in Iraq and Syriaxyz") == nil)
    }

    @Test(arguments: [
        ("log-offset-negative.json", "a negative count (-1 bytes, 9 lines, 9 records)"),
        ("log-offset-int-min.json", "a negative count (-9223372036854775808 bytes, 0 lines, 0 records)"),
        ("log-offset-lines-int-max.json", "9223372036854775807 lines in 0 bytes"),
    ])
    func aSnapshotWithAnImpossibleLogOffsetIsDamagedAndRebuilt(_ input: String, _ problem: String) throws {
        let bytes = try Array(Data(contentsOf: Fixtures.url("fuzz/FuzzSnapshot/\(input)")))
        let plan = ProgressMigration.plan(for: Data(bytes))
        #expect(plan == .damaged(cause: "field \"logOffset\" is impossible: \(problem)"))
        let store = try Replay.openBesideLog(snapshot: bytes)
        #expect(store.mode == .readWrite)
        #expect(store.snapshot.logOffset.records == 9)
        #expect(store.notices.contains { $0.hasPrefix("snapshot.json could not be read (field \"logOffset\"") })
    }

    @Test(arguments: [
        ("question-reviews-int-max.json", "field \"questions.q1\" counts 9223372036854775807 reviews"),
        ("totals-answers-int-max.json", "field \"totals\" counts 9223372036854775807 answers"),
    ])
    func aSnapshotCountingMoreThanItsRecordsIsRebuiltBeforeAnAnswerOverflowsIt(_ input: String, _ problem: String)
        throws
    {
        let bytes = try Array(Data(contentsOf: Fixtures.url("fuzz/FuzzSnapshot/\(input)")))
        let store = try Replay.openBesideLog(snapshot: bytes)
        #expect(store.notices.contains { $0.hasPrefix("snapshot.json does not add up (\(problem)") })
        try store.append(Replay.review)
        #expect(store.snapshot.totals.answers == 5)
    }
}

/// The harness of `Fuzz/Sources/FuzzHarness`, restated with the test suite's fixtures.
enum FuzzReplay {
    static let lessonPath = "Lessons/01-a-common-enemy.md"
    static let questionsPath = "Quizzes/questions/01-a-common-enemy.yaml"
    static let now = Date(timeIntervalSince1970: 1_750_000_000)
    static let review = ReviewRecord(
        questionID: "q1", contentHash: "h1", answeredAt: now, kind: "typed", response: "Baghdad", outcome: .correct,
        credit: 1, rating: .good, hintsUsed: 0, latency: 4.5, confidence: .sure, mode: .quiz)

    static func knowledgeBasePath(selector: UInt8) -> String {
        switch selector {
        case UInt8(ascii: "e"): "Quizzes/events.yaml"
        case UInt8(ascii: "q"): "Quizzes/quotes.yaml"
        default: "Quizzes/actors.yaml"
        }
    }

    /// The kept crash inputs of a target, then its seeds, by file name.
    static func inputs(_ target: String) throws -> [(String, [UInt8])] {
        let folders = [
            Fixtures.url("fuzz/\(target)"), Fixtures.packageRoot.appendingPathComponent("Fuzz/corpus/\(target)"),
        ]
        return try folders.flatMap { folder -> [(String, [UInt8])] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return try names.sorted().map { name in
                ("\(folder.lastPathComponent)/\(name)", Array(try Data(contentsOf: folder.appendingPathComponent(name))))
            }
        }
    }

    /// The minimal fixture course's files by relative path.
    static func minimalFiles() throws -> [String: Data] {
        let root = CourseFixture.minimal.standardizedFileURL
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The minimal course with one file replaced loads, or is refused with a reason; in a course that loads every
    /// question is presented, hinted and given its passage, and accepts its own typed, cloze, number and true-false
    /// answers.
    static func expectCourseOrDiagnostics(replacing path: String, with bytes: [UInt8], input: String) {
        do {
            var files = try minimalFiles()
            files[path] = Data(bytes)
            let course = try CourseLoader.load(files: files, root: CourseFixture.minimal)
            let grader = Grader(course: course)
            let passages = PassageFinder(course: course, names: grader.names)
            var random = SplitMix64(seed: 1)
            for question in QuestionBank(course: course).questions {
                var asked = AskedQuestion(question, using: &random)
                _ = asked.presentation(course: course)
                _ = passages.best(for: question)
                while asked.hint(course: course) != nil, asked.hintsUsed < 8 {}
                let response: String
                switch question.body {
                case let .trueFalse(answer): response = answer ? "t" : "f"
                case let .typed(answer, _), let .cloze(_, answer, _, _): response = answer
                case let .number(answer, _, _): response = NumberReader.format(answer)
                default: continue
                }
                let grade = grader.grade(asked, response: response)
                #expect((try? grade.get().outcome) == .correct, "\(input): \(question.id) refuses '\(response)'")
            }
        } catch let error as CourseError {
            #expect(!error.diagnostics.isEmpty, "\(input)")
        } catch {
            Issue.record("\(input): \(error)")
        }
    }

    /// The bundled course, its grader and the questions the grader target picks from.
    static func bundled() throws -> (Course, Grader, [Question]) {
        let course = try CourseLoader.load(from: Fixtures.packageRoot)
        let bank = QuestionBank(course: course)
        return (course, Grader(course: course), QuestionKind.allCases.flatMap { bank.questions(ofKind: $0).prefix(4) })
    }

    /// A fresh progress folder holding learner `ada` with these files.
    static func progress(log: [UInt8]?, snapshot: [UInt8]?) throws -> URL {
        let directory = try Fixtures.temporaryDirectory("lectern-fuzz")
        let folder = directory.appendingPathComponent("ada")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let log { try Data(log).write(to: folder.appendingPathComponent(LearnerStore.logName)) }
        if let snapshot { try Data(snapshot).write(to: folder.appendingPathComponent(LearnerStore.snapshotName)) }
        return directory
    }

    /// Opens `snapshot` beside the sound log the snapshot fuzz target uses.
    static func openBesideLog(snapshot: [UInt8]) throws -> LearnerStore {
        let log = try Array(Data(contentsOf: Fixtures.url("fuzz/review-log-beside-snapshot.jsonl")))
        let directory = try progress(log: log, snapshot: snapshot)
        return try LearnerStore.open(directory: directory, learner: "ada", now: now, program: "test")
    }

    /// Opens, repairs when asked, appends, closes and reopens; the state must match the log (after a rebuild when a
    /// trusted snapshot held another state).
    static func expectStoreOpensAndRepairs(_ directory: URL, trustsSnapshot: Bool, input: String) throws {
        let store = try LearnerStore.open(directory: directory, learner: "ada", now: now, program: "test")
        if case .readOnly(.needsRepair) = store.mode { _ = try store.repair(now: now) }
        _ = try store.verify()
        guard store.mode == .readWrite else { return }
        try store.append(review)
        try store.close()
        let again = try LearnerStore.open(directory: directory, learner: "ada", now: now, program: "test")
        #expect(again.mode == .readWrite, "\(input)")
        var report = try again.verify()
        if trustsSnapshot, !report.stateMatchesLog {
            _ = try again.rebuild(now: now)
            report = try again.verify()
        }
        #expect(report.stateMatchesLog, "\(input)")
        #expect(report.unreadableLines.isEmpty, "\(input)")
    }
}
