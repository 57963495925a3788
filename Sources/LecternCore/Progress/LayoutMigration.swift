import Foundation

/// Moves the learner folders that a shared progress folder held before courses had ids (`<folder>/<learner>/`) into
/// the course's part of it (`<folder>/<course id>/<learner>/`), but only the folders whose records belong to the course.
///
/// Each folder is moved whole by one rename while its lock is held: no file in it is rewritten, copied or deleted, so
/// the folder as it was is its own backup, and the journal `<folder>/<course id>/.migrated-<uid>.json` says where each
/// one came from. Each step is a rename or a new file, so a run cut short anywhere leaves every folder either where it
/// was or moved whole; the journal is written last, when every folder of the user's has been judged, and with it the
/// migration is done for that user and course: later starts only look for the journal. A folder whose records name
/// nothing of this course (another course's), that holds no records at all, that another process is using, or whose
/// name is already taken in the course's part is left where it is and reported.
public struct LayoutMigration: Sendable {
    /// A folder left where it was, and why.
    public struct LeftAlone: Sendable, Equatable, Codable {
        /// The learner folder's name.
        public let name: String
        /// Why it was not moved, in words.
        public let reason: String
    }

    /// What a run did.
    public struct Outcome: Sendable, Equatable {
        /// The folders moved into the course's part, by name.
        public var moved: [String] = []
        /// The folders left where they were.
        public var leftAlone: [LeftAlone] = []
        /// Whether every folder was judged and the journal written: later runs have nothing to do.
        public var isDone = false
        /// What happened, in sentences for the learner (empty when there was nothing to do).
        public var notices: [String] = []

        /// Nothing done yet.
        public init() {}
    }

    /// The records of a folder that name a question (answers, undos, flags) or a lesson (reading positions), by
    /// whether the course has that question or lesson.
    struct Tally: Equatable {
        var knownQuestions = 0
        var otherQuestions = 0
        var knownLessons = 0
        var otherLessons = 0

        /// Whether the folder is the course's. Question ids decide when there are any: more of them must be the
        /// course's than not (a question generated from an actor two courses share can have one id in both, and a
        /// lesson id such as `intro` is common). Only a folder without answers or flags is judged by its lessons.
        var isTheCourses: Bool {
            if knownQuestions + otherQuestions > 0 { return knownQuestions > otherQuestions }
            return knownLessons > otherLessons
        }

        /// Records naming nothing of this course.
        var others: Int { otherQuestions + otherLessons }
        /// Records naming a question or a lesson.
        var named: Int { knownQuestions + otherQuestions + knownLessons + otherLessons }
    }

    /// The shared progress folder.
    public let shared: URL
    /// The course's id: the name of its part of `shared`.
    public let courseID: String

    /// The migration of `location`'s shared folder, or nil for a course's own `Progress/` (which needs none).
    public init?(_ location: ProgressLocation) {
        guard let shared = location.shared, let courseID = location.courseID else { return nil }
        self.init(shared: shared, courseID: courseID)
    }

    /// The migration into `shared/courseID/`.
    public init(shared: URL, courseID: String) {
        self.shared = shared
        self.courseID = courseID
    }

    /// The course's part of the shared folder.
    public var directory: URL { shared.appendingPathComponent(courseID, isDirectory: true) }

    /// The journal's name for the user running Lectern: each user judges (and may move) only their own folders.
    public static var journalName: String { ".migrated-\(LearnerFolder.currentUser).json" }

    /// The learner folders of the user running Lectern still in the old layout, by name, when the journal is not
    /// written yet; empty once it is, or when there are none. Reads names and file kinds only.
    public func pendingFolders() -> [String] {
        guard let progress = try? LearnerFolder.named(shared) else { return [] }
        if let part = try? progress.folder(courseID, owner: nil), ((try? part.status(of: Self.journalName)) ?? nil) != nil {
            return []
        }
        return ((try? progress.list()) ?? []).filter { name in
            guard name != courseID, !name.hasPrefix("."), LearnerName.problem(with: name) == nil,
                let status = try? progress.status(of: name), LearnerFolder.kind(status) == S_IFDIR,
                status.st_uid == LearnerFolder.currentUser,
                let folder = try? progress.folder(name, owner: LearnerFolder.currentUser)
            else { return false }
            return [LearnerStore.logName, LearnerStore.snapshotName].contains { name in
                (try? folder.status(of: name)).flatMap { $0 }.map { LearnerFolder.kind($0) == S_IFREG } ?? false
            }
        }.sorted()
    }

    /// Judges every pending folder and moves those of this course. `knownQuestionIDs` and `knownLessonIDs` are the
    /// course's; `program` and `now` go into the locks it takes and the journal. Never throws: what could not be
    /// done is a notice, and the next run tries again. `interrupt` is for tests: returning true after a folder is
    /// judged stops the run there, as a crash would.
    public func run(
        knownQuestionIDs: Set<String>, knownLessonIDs: Set<String>, now: Date, program: String = "lectern",
        interrupt: (Int) -> Bool = { _ in false }
    ) -> Outcome {
        var outcome = Outcome()
        let pending = pendingFolders()
        guard !pending.isEmpty else { return outcome }
        let progress: LearnerFolder
        let part: LearnerFolder
        do throws(ProgressError) {
            guard let opened = try LearnerFolder.named(shared), let inner = try opened.folder(courseID, creating: true, owner: nil)
            else { return outcome }
            progress = opened
            part = inner
        } catch {
            outcome.notices.append("the learner folders in \(shared.path) could not be carried over to \(directory.path)"
                + " yet (\(error)); nothing was moved, and the next start tries again")
            return outcome
        }
        var isComplete = true
        for (index, name) in pending.enumerated() {
            switch carry(name, from: progress, to: part, questions: knownQuestionIDs, lessons: knownLessonIDs, now: now, program: program) {
            case let .moved(foreign):
                outcome.moved.append(name)
                let kept = foreign == 0 ? "" : "; \(foreign) of its records name questions or lessons this course does not"
                    + " have (removed since, or another course's): they are kept, and `lectern progress verify` lists them"
                outcome.notices.append("carried \(name)'s progress over to \(part.path(name)): each course now keeps its own"
                    + " learners in \(shared.path)\(kept)")
            case let .leftAlone(reason, isFinal):
                outcome.leftAlone.append(LeftAlone(name: name, reason: reason))
                outcome.notices.append("left \(progress.path(name)) where it is: \(reason)")
                if !isFinal { isComplete = false }
            }
            if interrupt(index) { return outcome }
        }
        guard isComplete else { return outcome }
        do throws(ProgressError) {
            try part.replace(Self.journalName, with: journal(outcome, now: now))
            outcome.isDone = true
        } catch {
            outcome.notices.append("\(part.path(Self.journalName)) could not be written (\(error)); the next start looks"
                + " at the old learner folders again")
        }
        return outcome
    }

    private enum Step {
        /// Moved; `foreign` records name nothing of this course.
        case moved(foreign: Int)
        /// Not moved; `isFinal` when a later run would decide the same.
        case leftAlone(String, isFinal: Bool)
    }

    private func carry(
        _ name: String, from progress: LearnerFolder, to part: LearnerFolder, questions: Set<String>, lessons: Set<String>,
        now: Date, program: String
    ) -> Step {
        do throws(ProgressError) {
            guard let folder = try progress.folder(name, owner: LearnerFolder.currentUser) else {
                return .leftAlone("it is no longer there", isFinal: true)
            }
            let attempt = try LearnerLock.acquire(in: folder, holder: .current(program: program, now: now))
            guard case let .acquired(lock) = attempt else {
                var holder = "another process"
                if case let .heldBy(found?) = attempt { holder = found.description }
                return .leftAlone("another Lectern is using it (\(holder)); it is carried over at a later start", isFinal: false)
            }
            defer { withExtendedLifetime(lock) {} }
            // Another Lectern of this course may have moved it while this one waited for nothing: look again.
            guard try progress.status(of: name) != nil else { return .leftAlone("it is no longer there", isFinal: true) }
            let tally = try Self.tally(folder, questions: questions, lessons: lessons)
            guard tally.isTheCourses else {
                let reason = tally.named == 0
                    ? "it holds no answer, flag or reading position to say which course it belongs to"
                    : "it is another course's: \(tally.others) of its \(tally.named) answers, flags and reading positions"
                        + " name questions or lessons this course (\(courseID)) does not have; that course carries it over"
                        + " when it is next opened"
                return .leftAlone(reason, isFinal: true)
            }
            if try part.status(of: name) != nil {
                return .leftAlone("\(part.path(name)) exists already; move one of the two folders by hand", isFinal: true)
            }
            try progress.move(name, to: part, as: name)
            return .moved(foreign: tally.others)
        } catch {
            return .leftAlone("it could not be read or moved (\(error)); the next start tries again", isFinal: false)
        }
    }

    /// Counts the records of `folder`'s log that name a question or lesson: of this course, or not. Settings and the
    /// scheduler's weights name neither and are not counted either way; nor are lines that do not read.
    static func tally(_ folder: LearnerFolder, questions: Set<String>, lessons: Set<String>) throws(ProgressError) -> Tally {
        var tally = Tally()
        _ = try ReviewLog(folder: folder).scan { entry in
            if let question = entry.record.questionID {
                if questions.contains(question) { tally.knownQuestions += 1 } else { tally.otherQuestions += 1 }
            } else if let lesson = entry.record.lessonID {
                if lessons.contains(lesson) { tally.knownLessons += 1 } else { tally.otherLessons += 1 }
            }
        }
        return tally
    }

    /// The journal: when, from where, what was moved and what was left alone, as one line of JSON with sorted keys.
    private func journal(_ outcome: Outcome, now: Date) throws(ProgressError) -> Data {
        struct Journal: Encodable {
            let at: String
            let courseID: String
            let from: String
            let moved: [String]
            let leftAlone: [LeftAlone]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let value = Journal(
            at: UTCDay.timestamp(now), courseID: courseID, from: shared.path, moved: outcome.moved,
            leftAlone: outcome.leftAlone)
        do {
            return try encoder.encode(value) + Data("\n".utf8)
        } catch {
            throw .encoding(path: directory.appendingPathComponent(Self.journalName).path, cause: String(describing: error))
        }
    }
}
