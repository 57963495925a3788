import Foundation
import LecternCore
import LecternFuzzHarness
import LecternTestSupport
import Testing

/// Inputs that once crashed a fuzz target (`Tests/Fixtures/fuzz/<target>/`, see `docs/fuzzing.md`), and the seeds
/// the fuzzers start from (`Fuzz/corpus/<target>/`), replayed through the harness the fuzz targets run
/// (`Sources/LecternFuzzHarness`), so that every fix stays fixed without the fuzzer.
@Suite(.removingTemporaryFolders) struct FuzzRegressionTests {
    typealias Replay = FuzzReplay

    // MARK: - Every kept input

    /// Every kept input and seed of `target` through the harness the fuzzer runs, each in a folder of its own.
    private func replay(_ target: String, _ harness: ([UInt8], URL) throws(FuzzFailure) -> Void) throws {
        let inputs = try Replay.inputs(target)
        #expect(!inputs.isEmpty, "no inputs for \(target)")
        for (name, bytes) in inputs {
            let folder = try Fixtures.temporaryDirectory("lectern-fuzz")
            #expect(throws: Never.self, "\(name)") { try harness(bytes, folder) }
        }
    }

    @Test func everyLessonInputGivesACourseOrDiagnostics() throws {
        try replay("FuzzLesson") { bytes, _ throws(FuzzFailure) in try FuzzHarness.lesson(bytes) }
    }

    @Test func everyQuestionFileInputGivesACourseOrDiagnostics() throws {
        try replay("FuzzQuestions") { bytes, _ throws(FuzzFailure) in try FuzzHarness.questions(bytes) }
    }

    @Test func everyKnowledgeBaseInputGivesACourseOrDiagnostics() throws {
        try replay("FuzzKnowledgeBase") { bytes, _ throws(FuzzFailure) in try FuzzHarness.knowledgeBase(bytes) }
    }

    @Test func everyGraderInputIsGradedOrRefusedWithAReason() throws {
        try replay("FuzzGrader") { bytes, _ throws(FuzzFailure) in try FuzzHarness.grader(bytes) }
    }

    @Test func everyReviewLogInputOpensAndRepairsToAStateThatMatchesTheLog() throws {
        try replay("FuzzReviewLog") { bytes, folder throws(FuzzFailure) in try FuzzHarness.reviewLog(bytes, in: folder) }
    }

    @Test func everySnapshotInputOpensBesideItsLogAndRebuildsToAStateThatMatchesIt() throws {
        try replay("FuzzSnapshot") { bytes, folder throws(FuzzFailure) in try FuzzHarness.snapshot(bytes, in: folder) }
    }

    @Test func everyPipedInputIsReadLineByLineAndPrintedSafely() throws {
        try replay("FuzzTerminalText") { bytes, folder throws(FuzzFailure) in try FuzzHarness.terminalText(bytes, in: folder) }
    }

    // MARK: - What each crash now gives instead

    @Test(arguments: ["answered-at-1e300.jsonl", "answered-at-minus-1e300.jsonl"])
    func aReviewAnsweredOutsideTheYears1970To9999IsAnUnreadableLine(_ input: String) throws {
        let bytes = try Array(Data(contentsOf: Fixtures.url("fuzz/FuzzReviewLog/\(input)")))
        let directory = try Replay.progress(log: bytes, snapshot: nil)
        let log = try ReviewLog(url: directory.appendingPathComponent("ada/\(LearnerStore.logName)"))
        let bad = try #require(try log.scan().badLines.first)
        #expect(bad.cause.contains("a review record that cannot be stored: answeredAt"))
        #expect(bad.cause.contains("is not a date from 1970 to 9999"))
        // The only line is the last one: moved aside like a torn write, and the learner can go on.
        let store = try LearnerStore.open(directory: directory, learner: "ada", now: FuzzHarness.now, program: "test")
        #expect(store.mode == .readWrite)
        #expect(store.notices.contains { $0.contains("cannot be stored") })
    }

    @Test func aReviewOutsideTheYears1970To9999IsNotAppended() throws {
        let store = try LearnerStore.open(
            directory: try Fixtures.temporaryDirectory("lectern-fuzz"), learner: "ada", now: FuzzHarness.now, program: "test")
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
        let (_, grader, bank) = FuzzHarness.bundled
        // The input was found on a question of the kind it is named after; the bank has changed since, so the
        // question is taken among those of that kind, which is what the input is about.
        let kind: QuestionKind = input.hasPrefix("who-said") ? .whoSaid : .typed
        let questions = bank.filter { $0.kind == kind }
        try #require(!questions.isEmpty)
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
        let (_, grader, questions) = FuzzHarness.bundled
        let question = questions[Int(bytes[0]) % questions.count]
        #expect(question.body.kind == .number)
        var random = SplitMix64(seed: UInt64(bytes[1]))
        let asked = AskedQuestion(question, using: &random)
        let grade = try grader.grade(asked, response: String(decoding: bytes[3...], as: UTF8.self)).get()
        #expect(grade.outcome == .incorrect)
        #expect(grade.notes.first?.hasPrefix("you said 1,000,000,000,") == true)
    }

    @Test func aCourseWhoseNumberAnswerIs1e306ShowsItsHintsAndAnswer() throws {
        var files = FuzzHarness.minimalFiles
        files[FuzzHarness.questionsPath] = try Data(contentsOf: Fixtures.url("fuzz/FuzzQuestions/number-answer-1e306.yaml"))
        let course = try CourseLoader.load(files: files, root: FuzzHarness.minimalRoot)
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
        try store.append(FuzzHarness.sampleReview)
        #expect(store.snapshot.totals.answers == 5)
    }
}

/// The inputs the fuzz targets kept, and stores opened as the harness opens them.
enum FuzzReplay {
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

    /// A fresh progress folder of its own holding the harness's learner with these files.
    static func progress(log: [UInt8]?, snapshot: [UInt8]?) throws -> URL {
        try FuzzHarness.freshProgress(log: log, snapshot: snapshot, in: try Fixtures.temporaryDirectory("lectern-fuzz"))
    }

    /// Opens `snapshot` beside the sound log the snapshot fuzz target uses.
    static func openBesideLog(snapshot: [UInt8]) throws -> LearnerStore {
        let directory = try progress(log: FuzzHarness.logBesideSnapshot, snapshot: snapshot)
        return try LearnerStore.open(directory: directory, learner: FuzzHarness.learner, now: FuzzHarness.now, program: "test")
    }
}
