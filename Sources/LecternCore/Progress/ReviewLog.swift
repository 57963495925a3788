import Foundation

/// The append-only JSON Lines file that is the source of truth for a learner's progress.
///
/// Each line is one `ProgressRecord`, written with sorted keys, appended and `fdatasync`ed before `append` returns.
/// Reading never changes the file; the store decides what to do with a torn last line or a damaged middle.
public struct ReviewLog: Sendable {
    /// How far into the log something reaches: bytes, lines, records, and a fingerprint of the last line.
    public struct Position: Sendable, Equatable, Codable {
        /// Bytes from the start of the file, always just after a newline.
        public var bytes: Int
        /// Lines (records and blank lines) before this point.
        public var lines: Int
        /// Records before this point.
        public var records: Int
        /// FNV-1a 64 (hex) of the last line before this point, without its newline; empty at the start.
        public var lastLineHash: String

        /// Creates a position from its parts.
        public init(bytes: Int, lines: Int, records: Int, lastLineHash: String) {
            self.bytes = bytes
            self.lines = lines
            self.records = records
            self.lastLineHash = lastLineHash
        }

        /// The start of an empty log.
        public static let start = Position(bytes: 0, lines: 0, records: 0, lastLineHash: "")

        /// Why no log can have this position (a damaged or edited snapshot), or `nil` when one can: no negative
        /// count, no more records than lines, a byte at least for every line, and a last-line hash exactly when
        /// there is a line.
        public var problem: String? {
            if bytes < 0 || lines < 0 || records < 0 {
                return "a negative count (\(bytes) bytes, \(lines) lines, \(records) records)"
            }
            if records > lines { return "\(records) records in \(lines) lines" }
            if lines > bytes { return "\(lines) lines in \(bytes) bytes" }
            if (lines == 0) != lastLineHash.isEmpty { return "a last-line hash that does not fit \(lines) lines" }
            return nil
        }

        /// The position after one more line of `line` bytes (without newline).
        func advanced(over line: ArraySlice<UInt8>, isRecord: Bool) -> Position {
            Position(
                bytes: bytes + line.count + 1, lines: lines + 1, records: records + (isRecord ? 1 : 0),
                lastLineHash: ReviewLog.fingerprint(line))
        }
    }

    /// A record read from the log, with the line it came from and the position just after it.
    public struct Entry: Sendable, Equatable {
        /// The 1-based line number.
        public var line: Int
        /// The record.
        public var record: ProgressRecord
        /// The position just after this line.
        public var end: Position
    }

    /// A line that could not be read as a record.
    public struct BadLine: Sendable, Equatable {
        /// The 1-based line number.
        public var line: Int
        /// Why it could not be read.
        public var cause: String
        /// Its bytes in the file, without the newline.
        public var range: Range<Int>
        /// Its raw bytes.
        public var bytes: [UInt8]
        /// Whether the line ends the file without a newline: a write cut short rather than a bad record.
        public var isCutShort = false
    }

    /// What reading the log from some position found.
    public struct Scan: Sendable {
        /// The records, in order (left empty by a scan that hands each record on as it reads it).
        public var entries: [Entry] = []
        /// Lines that are not records.
        public var badLines: [BadLine] = []
        /// Lines written by a newer Lectern: line number and version.
        public var newerLines: [(line: Int, version: Int)] = []
        /// The position after the last good or blank line before any bad line.
        public var end: Position
        /// Whether the file's last line is a whole record missing its final newline.
        public var lacksFinalNewline = false
        /// Blank lines after the start position.
        public var blankLines = 0
        /// The number of the last line read (lines before the start position included).
        public var lastLine = 0
        /// The number of the last line that held a record (0 when none did).
        public var lastRecordLine = 0

        /// The one bad line when it is the last non-blank line: a write torn by a crash, safe to move aside.
        public var tornTail: BadLine? {
            guard badLines.count == 1, let bad = badLines.first else { return nil }
            let lastNewerLine = newerLines.last?.line ?? 0
            return bad.line > lastRecordLine && bad.line > lastNewerLine ? bad : nil
        }

        /// Bad lines that are not a torn tail: the log cannot be trusted until it is repaired.
        public var damagedLines: [BadLine] {
            tornTail == nil ? badLines : []
        }
    }

    /// What one line holds.
    enum LineContent {
        case record(ProgressRecord)
        case newer(Int)
        case unreadable(String)
    }

    /// The log file.
    public let url: URL
    /// The folder holding it, through which it is read and written.
    let folder: LearnerFolder
    /// The log's name in `folder`.
    let name: String
    /// `url.path`, kept for the append of every answer.
    private let path: String
    /// Appends each answer through a descriptor kept open between answers.
    let appender: DurableFile.Appender

    /// Where unreadable lines are moved: the log's name with `.corrupt` added.
    public var corruptURL: URL { folder.url.appendingPathComponent(corruptName) }
    /// The name of the `.corrupt` file.
    var corruptName: String { name + ".corrupt" }

    /// The log called `name` in `folder`; nothing is read or created yet.
    public init(folder: LearnerFolder, name: String = LearnerStore.logName) {
        self.folder = folder
        self.name = name
        self.url = folder.url.appendingPathComponent(name)
        self.path = url.path
        self.appender = DurableFile.Appender(folder: folder, name: name)
    }

    /// The log at `url`, in the folder `url` names (which must exist); nothing is read or created yet.
    public init(url: URL) throws(ProgressError) {
        guard let folder = try LearnerFolder.named(url.deletingLastPathComponent()) else {
            throw .io(operation: "open folder", path: url.deletingLastPathComponent().path, cause: errnoText(ENOENT))
        }
        self.init(folder: folder, name: url.lastPathComponent)
    }

    /// Appends `record` as one line and returns once it is on disk, with the record as it will read back.
    @discardableResult
    public func append(_ record: ProgressRecord) throws(ProgressError) -> (line: [UInt8], record: ProgressRecord) {
        if let problem = record.problem { throw .invalidRecord(problem) }
        let line = try Self.encode(record, path: path)
        try appender.append(Data(line + [0x0A]))
        // Apply what the file will hold, not what was passed: dates pass through seconds since 1970.
        return (line, record.asReadBack)
    }

    /// Closes the descriptor kept for appending; the next append opens the log again.
    public func closeForAppending() {
        appender.close()
    }

    /// Whether the log still holds, just before `position.bytes`, the line `position` fingerprints.
    public func matches(_ position: Position) throws(ProgressError) -> Bool {
        guard position.problem == nil else { return false }
        guard position.bytes > 0 else { return true }
        // Read back a window at a time (doubling) until the start of the last line: a line longer than any one
        // window is still found, so a long last answer does not make the snapshot look stale at every start.
        var window = min(position.bytes, 1 << 16)
        while true {
            // A log shorter than `position.bytes` (or missing) gives less than the whole window.
            guard let data = try folder.read(name, from: position.bytes - window, length: window), data.count == window
            else { return false }
            let bytes = [UInt8](data)
            guard bytes.last == 0x0A else { return false }
            let body = bytes.dropLast()
            if let previous = body.lastIndex(of: 0x0A) {
                return Self.fingerprint(body[(previous + 1)...]) == position.lastLineHash
            }
            // The whole window is one line: it is the line only if it starts the file.
            if window == position.bytes { return Self.fingerprint(body) == position.lastLineHash }
            window = min(position.bytes, window * 2)
        }
    }

    /// Appends `lines` to the `.corrupt` file, each under a header saying when and from where it was moved.
    public func moveAside(_ lines: [BadLine], now: Date) throws(ProgressError) {
        guard !lines.isEmpty else { return }
        let stamp = UTCDay.timestamp(now)
        var text: [UInt8] = []
        for bad in lines {
            text += Array("# moved \(stamp) from \(url.lastPathComponent) line \(bad.line): \(bad.cause)\n".utf8)
            text += bad.bytes + [0x0A]
        }
        try folder.append(Data(text), to: corruptName)
    }

    /// One record as the line `append` writes (no newline; `path` names the log in an error): sorted keys, dates as
    /// seconds since 1970.
    public static func encode(_ record: ProgressRecord, path: String) throws(ProgressError) -> [UInt8] {
        if let line = fastEncode(record) { return line }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        do {
            return Array(try encoder.encode(record))
        } catch {
            throw .encoding(path: path, cause: String(describing: error))
        }
    }

    /// What one line holds: a record, a record from a newer schema, or something unreadable and why.
    static func decode(_ line: ArraySlice<UInt8>) -> LineContent {
        let content = fastDecode(line) ?? slowDecode(line)
        // A line `append` would have refused (edited by hand, or written by a broken tool) is not applied, however it
        // was read: its values could overflow the totals or the schedule.
        if case let .record(record) = content, let problem = record.problem {
            return .unreadable("a \(record.type) record that cannot be stored: \(problem)")
        }
        return content
    }

    /// `decode` through `JSONDecoder`, which also words every error.
    private static func slowDecode(_ line: ArraySlice<UInt8>) -> LineContent {
        let data = Data(line)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let version: Int
        do {
            version = try decoder.decode(Versioned.self, from: data).v
        } catch {
            return .unreadable(Self.reason(error))
        }
        if version > ProgressRecord.currentVersion { return .newer(version) }
        guard version >= 1 else { return .unreadable("record version \(version) is not a known version") }
        let record: ProgressRecord
        do {
            record = try decoder.decode(ProgressRecord.self, from: data)
        } catch {
            return .unreadable(Self.reason(error))
        }
        return .record(record)
    }

    private struct Versioned: Decodable {
        var v: Int
    }

    /// A short reason for a decoding failure, naming the field when there is one.
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case let .keyNotFound(key, _):
            return "missing field \"\(key.stringValue)\""
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            let detail = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
            return (field.isEmpty ? "not a JSON record" : "field \"\(field)\": \(context.debugDescription)") + detail
        @unknown default:
            return String(describing: error)
        }
    }

    /// FNV-1a 64 of `bytes` (`StableHash`), as 16 hex digits.
    static func fingerprint(_ bytes: ArraySlice<UInt8>) -> String {
        // Every line of a replay is fingerprinted: walk raw memory, without a bounds check per byte.
        let hash = bytes.withUnsafeBufferPointer { StableHash.of(bytes: $0) }
        return String(unsafeUninitializedCapacity: 16) { digits in
            for index in 0..<16 {
                digits[index] = FlatJSONWriter.hexDigit(UInt8(truncatingIfNeeded: hash >> (60 - 4 * index)) & 0x0F)
            }
            return 16
        }
    }
}
