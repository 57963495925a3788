import Foundation

extension LearnerStore {
    /// Reads the whole log and the snapshot file and reports on them; changes nothing, in any mode.
    ///
    /// `knownQuestionIDs`, when given, lists the course's questions: records about others are listed (and kept);
    /// `knownLessonIDs` does the same for reading positions. The files are the course's own (a shared progress
    /// folder keeps each course apart), so what is listed really is in them: questions removed from the course, or
    /// another course's records carried over from the old layout. `currentHashes` maps question ids to the course's
    /// current content hashes, to list edited questions.
    public func verify(
        knownQuestionIDs: Set<String>? = nil, knownLessonIDs: Set<String>? = nil, currentHashes: [String: String] = [:]
    ) throws(ProgressError) -> VerifyReport {
        let scan = try log.scan()
        var byType: [String: Int] = [:]
        var unknown: [String: Int] = [:]
        var unknownLessons: [String: Int] = [:]
        var lastHash: [String: String] = [:]
        var changes: [String: Int] = [:]
        for entry in scan.entries {
            byType[entry.record.type, default: 0] += 1
            if let id = entry.record.questionID, let known = knownQuestionIDs, !known.contains(id) {
                unknown[id, default: 0] += 1
            }
            if let lessonID = entry.record.lessonID, let known = knownLessonIDs, !known.contains(lessonID) {
                unknownLessons[lessonID, default: 0] += 1
            }
            if case let .review(review) = entry.record {
                if let previous = lastHash[review.questionID], previous != review.contentHash {
                    changes[review.questionID, default: 0] += 1
                }
                lastHash[review.questionID] = review.contentHash
            }
        }
        var changed = Set(changes.keys)
        for (id, hash) in lastHash where currentHashes[id].map({ $0 != hash }) ?? false {
            changed.insert(id)
        }
        let contentChanges = changed.sorted().map { id in
            VerifyReport.ContentChange(
                questionID: id, changesInHistory: changes[id] ?? 0,
                changedSinceLastReview: currentHashes[id].map { $0 != lastHash[id] } ?? false)
        }
        let replay = replaying(scan)
        var report = VerifyReport(
            logPath: logURL.path,
            lines: scan.lastLine,
            recordsByType: byType,
            unreadableLines: scan.badLines.map { .init(line: $0.line, cause: $0.cause) },
            newerLines: scan.newerLines.map(\.line),
            unknownQuestions: unknown.sorted { $0.key < $1.key }.map { .init(questionID: $0.key, records: $0.value) },
            contentChanges: contentChanges,
            snapshotFile: try checkSnapshotFile(against: scan),
            stateMatchesLog: replay == snapshot)
        report.unknownLessons = unknownLessons.sorted { $0.key < $1.key }.map { .init(questionID: $0.key, records: $0.value) }
        return report
    }

    /// Moves every unreadable line of the log to the `.corrupt` file, keeps every readable record, rebuilds the
    /// snapshot, and makes the store writable again. Needs the lock; refuses a log from a newer Lectern.
    public func repair(now: Date) throws(ProgressError) -> RepairReport {
        switch mode {
        case .readWrite, .readOnly(.needsRepair):
            break
        case .readOnly:
            throw refusal()
        }
        let bytes = [UInt8](try files.read(Self.logName) ?? Data())
        let scan = ReviewLog.scan(bytes, from: .start)
        if let first = scan.newerLines.first {
            throw .newerSchema(
                path: logURL.path, line: first.line, found: first.version,
                supported: ProgressRecord.currentVersion)
        }
        let addsNewline = scan.lacksFinalNewline && scan.badLines.isEmpty
        if !scan.badLines.isEmpty {
            // Save the bad lines first: a crash after this leaves them in both files, never in neither.
            try log.moveAside(scan.badLines, now: now)
            var kept: [UInt8] = []
            var start = 0
            for bad in scan.badLines {
                kept += bytes[start..<bad.range.lowerBound]
                start = min(bytes.count, bad.range.upperBound + 1)
            }
            kept += bytes[start...]
            if let last = kept.last, last != 0x0A { kept.append(0x0A) }
            try files.replace(Self.logName, with: Data(kept))
        } else if addsNewline {
            try files.append(Data([0x0A]), to: Self.logName)
        }
        try load(now: now, trustingSnapshot: false)
        if mode == .readWrite { try writeSnapshot() }
        return RepairReport(
            logPath: logURL.path, corruptPath: corruptURL.path, movedLines: scan.badLines.map(\.line),
            keptRecords: snapshot.logOffset.records, addedFinalNewline: addsNewline)
    }

    /// Replays the whole log from its first line, ignoring the snapshot file, and writes the snapshot when writable.
    public func rebuild(now: Date) throws(ProgressError) -> RebuildReport {
        let before = snapshot
        try load(now: now, trustingSnapshot: false)
        var written = false
        if mode == .readWrite {
            try writeSnapshot()
            written = true
        }
        return RebuildReport(
            records: snapshot.logOffset.records, questions: snapshot.questions.count,
            stateChanged: before != snapshot, snapshotWritten: written)
    }

    /// The state a fresh replay of `scan` gives.
    func replaying(_ scan: ReviewLog.Scan) -> ProgressSnapshot {
        var state = ProgressSnapshot(parameters: parameters)
        for entry in scan.entries {
            state.apply(entry, parameters: parameters)
        }
        if scan.badLines.isEmpty && scan.newerLines.isEmpty && !scan.lacksFinalNewline {
            state.logOffset = scan.end
        }
        return state
    }

    /// How the snapshot file compares with the replay of `scan` at the point the file claims to cover.
    private func checkSnapshotFile(against scan: ReviewLog.Scan) throws(ProgressError) -> VerifyReport.SnapshotCheck {
        let data: Data?
        do throws(ProgressError) {
            data = try files.read(Self.snapshotName, limit: Self.maximumSnapshotBytes)
        } catch let .tooLarge(_, size, limit) {
            return .damaged("it is \(size) bytes, more than the \(limit) a snapshot may be")
        }
        switch ProgressMigration.plan(for: data) {
        case .missing: return .missing
        case let .damaged(cause): return .damaged(cause)
        case let .migrate(version), let .refuse(version): return .otherSchema(version)
        case let .current(file):
            var state = ProgressSnapshot(parameters: parameters)
            state.scheduler = file.scheduler
            var index = 0
            while true {
                if state.logOffset == file.logOffset {
                    guard state == file else { return .differs }
                    let remaining = scan.entries.count - index
                    return remaining == 0 ? .matches : .behind(records: remaining)
                }
                guard index < scan.entries.count else { break }
                state.apply(scan.entries[index], parameters: parameters)
                index += 1
            }
            // Blank lines after the last record move the end without a record.
            if file.logOffset == scan.end, index == scan.entries.count {
                state.logOffset = scan.end
                return state == file ? .matches : .differs
            }
            return .unmatched
        }
    }
}
