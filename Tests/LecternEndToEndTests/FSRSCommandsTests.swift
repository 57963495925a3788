import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `settings optimize`, `settings reset-parameters`, `settings retention --simulate`, `progress export --format
/// fsrs-csv` and the fit in `report`, piped through the built binary on a learner whose log a simulation wrote.
@Suite(.removingTemporaryFolders) struct FSRSCommandsTests {
    /// A progress folder holding learner `ada` with `days` of simulated study ending now.
    private func simulatedLearner(days: Int) throws -> URL {
        let progress = try Fixtures.temporaryDirectory("fsrs-commands")
        let folder = ProgressPlaces.learnerFolder(progress, "ada")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let course = try BundledCourse.course()
        let bank = QuestionBank(course: course)
        let records = LearnerSimulation(days: days, diligence: 0.8, skill: 0.6, sessionSize: 14, seed: 11)
            .records(course: course, bank: bank, until: Date())
        var log: [UInt8] = []
        for record in records {
            log += try ReviewLog.encode(record, path: "review-log.jsonl") + [0x0A]
        }
        try Data(log).write(to: folder.appendingPathComponent(LearnerStore.logName))
        return progress
    }

    /// A progress folder holding learner `ada`, who remembers more than the default weights predict: 60 questions
    /// answered Good on day 0 and reviewed 1, 4, 12, 32 and 77 days later, recalled 97% of the time.
    private func strongLearner() throws -> URL {
        let progress = try Fixtures.temporaryDirectory("fsrs-commands")
        try StrongLearner.writeLog(StrongLearner.records(end: Date()), to: ProgressPlaces.learnerFolder(progress, "ada"))
        return progress
    }

    private func logLines(_ progress: URL) throws -> [String] {
        let log = try String(contentsOf: ProgressPlaces.learnerFolder(progress, "ada").appendingPathComponent("\(LearnerStore.logName)"), encoding: .utf8)
        return log.split(separator: "\n").map(String.init)
    }

    @Test func optimizeSaysBothFiguresAndItsDecisionAgreesWithTheLogAndWithSettings() throws {
        let progress = try simulatedLearner(days: 70)
        let place = EndToEnd.place(progress: progress, learner: "ada")
        let before = try logLines(progress)
        let optimized = try EndToEnd.run(place + ["settings", "optimize"])
        #expect(optimized.status == 0, "\(optimized.standardError)")
        let text = optimized.standardOutput
        #expect(text.range(of: #"to \d+ reviews"#, options: .regularExpression) != nil, "\(text)")
        #expect(text.range(
            of: #"off by \d+\.\d points on average; fitted: \d+\.\d\."#, options: .regularExpression) != nil, "\(text)")
        #expect(text.contains("Log loss (lower is better):"))
        let after = try logLines(progress)
        let added = after.dropFirst(before.count)
        let settings = try EndToEnd.run(place + ["settings"]).standardOutput
        if text.contains("Adopted:") {
            #expect(added.count == 1 && added.first?.contains(#""type":"parameters""#) == true)
            #expect(settings.contains("fitted on"), "\(settings)")
        } else {
            #expect(text.contains("Kept the weights in use"), "\(text)")
            #expect(added.isEmpty)
            #expect(settings.contains("weights       the defaults"), "\(settings)")
        }
    }

    @Test func fittedWeightsThatPredictBetterAreOneRecordThatSettingsAndTheReportShowAndResetUndoes() throws {
        let progress = try strongLearner()
        let place = EndToEnd.place(progress: progress, learner: "ada")
        let before = try logLines(progress)
        let optimized = try EndToEnd.run(place + ["settings", "optimize"])
        let text = optimized.standardOutput
        #expect(text.contains("Fitted all 21 weights to "), "\(text)")
        #expect(text.contains("Adopted: the fitted weights schedule your reviews from now on"), "\(text)")
        let figures = try #require(text.firstMatch(of: /off by (\d+\.\d) points on average; fitted: (\d+\.\d)\./))
        #expect(try #require(Double(figures.2)) < (try #require(Double(figures.1))))
        let added = try logLines(progress).dropFirst(before.count)
        #expect(added.count == 1)
        let line = try #require(added.first)
        #expect(line.contains(#""type":"parameters""#) && line.contains(#""v":3"#) && line.contains(#""weights":["#))

        #expect(try EndToEnd.run(place + ["settings"]).standardOutput.contains("weights       fitted on "))
        let json = try EndToEnd.run(place + ["report", "--format", "json"]).standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let fit = try #require(object["fit"] as? [String: Any])
        #expect(fit["weights"] as? String == "fitted")
        let rmse = try #require(fit["rmseBins"] as? Double)
        #expect(String(format: "%.1f", rmse * 100) == String(figures.2))

        let reset = try EndToEnd.run(place + ["settings", "reset-parameters"])
        #expect(reset.standardOutput.contains("default weights from now on"), "\(reset)")
        let last = try #require(try logLines(progress).last)
        #expect(last.contains(#""type":"parameters""#) && last.contains(#""weights":null"#))
        #expect(try EndToEnd.run(place + ["settings"]).standardOutput.contains("weights       the defaults"))
        let again = try EndToEnd.run(place + ["settings", "reset-parameters"])
        #expect(again.standardOutput.contains("already scheduled with the default weights"))
    }

    @Test func aShortHistorySaysHowManyMoreReviewsAreNeededAndWritesNothing() throws {
        let progress = try simulatedLearner(days: 2)
        let place = EndToEnd.place(progress: progress, learner: "ada")
        let before = try logLines(progress)
        let optimized = try EndToEnd.run(place + ["settings", "optimize"])
        #expect(optimized.status == 0, "\(optimized.standardError)")
        #expect(optimized.standardOutput.range(
            of: #"Not enough reviews to fit yet: \d+ reviews? can be used, and \d+ more are needed"#,
            options: .regularExpression) != nil, "\(optimized.standardOutput)")
        #expect(try logLines(progress) == before)
    }

    @Test func theExportIsTheRevlogCSVOfTheLogsRatedAnswers() throws {
        let progress = try simulatedLearner(days: 20)
        let place = EndToEnd.place(progress: progress, learner: "ada")
        let exported = try EndToEnd.run(place + ["progress", "export", "--format", "fsrs-csv"])
        #expect(exported.status == 0, "\(exported.standardError)")
        let lines = exported.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "card_id,review_time,review_rating,review_state,review_duration")
        let rows = lines.dropFirst().map { $0.split(separator: ",").compactMap { Int($0) } }
        let rated = try logLines(progress).filter { $0.contains(#""type":"review""#) && !$0.contains(#""rating":null"#) }
        #expect(rows.count == rated.count)
        #expect(rows.allSatisfy { $0.count == 5 && (1...4).contains($0[2]) && (0...3).contains($0[3]) && $0[4] >= 0 })
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0[1] <= $1[1] })
        // Each card's first row is New, and only its first.
        var seen: Set<Int> = []
        for row in rows {
            #expect((row[3] == 0) == !seen.contains(row[0]))
            seen.insert(row[0])
        }
        let refused = try EndToEnd.run(place + ["progress", "export"])
        #expect(refused.status == 64)
        #expect(ErrorLines.squeezed(refused.standardError).contains("export needs --format fsrs-csv"))
    }

    @Test func theRetentionSimulationShowsEveryRetentionAndARecommendation() throws {
        let progress = try simulatedLearner(days: 10)
        let place = EndToEnd.place(progress: progress, learner: "ada")
        let simulated = try EndToEnd.run(place + ["settings", "retention", "--simulate"], timeout: .seconds(120))
        #expect(simulated.status == 0, "\(simulated.standardError)")
        let text = simulated.standardOutput
        for retention in ["0.70", "0.75", "0.80", "0.85", "0.90", "0.95", "0.97"] {
            #expect(text.contains("\n     \(retention)  "), "\(retention) in \(text)")
        }
        #expect(text.components(separatedBy: "<- cheapest").count == 2)
        #expect(text.range(of: #"Recommended: retention 0\.\d\d"#, options: .regularExpression) != nil, "\(text)")
        // Only reading: the log is as it was.
        #expect(try EndToEnd.run(place + ["settings", "retention", "--simulate"], timeout: .seconds(120)).standardOutput == text)
    }

    @Test func theReportShowsTheFitInTextAndJSON() throws {
        let progress = try simulatedLearner(days: 40)
        let place = EndToEnd.place(progress: progress, learner: "ada")
        let text = try EndToEnd.run(place + ["report", "--format", "text", "--width", "200"])
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("Scheduling fit"))
        #expect(text.standardOutput.range(
            of: #"off by \d+\.\d points on average \(RMSE\(bins\) 0\.\d{4}\); log loss \d\.\d{4}"#,
            options: .regularExpression) != nil, "\(text.standardOutput)")
        let json = try EndToEnd.run(place + ["report", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let fit = try #require(object["fit"] as? [String: Any])
        #expect(fit["weights"] as? String == "default")
        let rmse = try #require(fit["rmseBins"] as? Double)
        let logLoss = try #require(fit["logLoss"] as? Double)
        #expect((0..<1).contains(rmse) && logLoss > 0)
        #expect((fit["items"] as? Int ?? 0) > 0)
    }
}
