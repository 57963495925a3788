import Foundation

extension ReviewLog {
    /// Bytes read from the log at a time by a scan: replaying a log of any length holds one piece of it at once.
    public static let scanPiece = 1 << 22
    /// The longest line a scan holds while looking for its end: far above any record (an answer is at most 4 KB of
    /// typed text), so that a huge or sparse file without newlines is refused instead of read into memory whole.
    public static let maximumLineBytes = 1 << 24

    /// Reads every line after `position`, keeping the records in `entries`; a missing file reads as empty.
    public func scan(from position: Position = .start) throws(ProgressError) -> Scan {
        var entries: [Entry] = []
        var scan = try scan(from: position) { entries.append($0) }
        scan.entries = entries
        return scan
    }

    /// Reads every line after `position` a piece at a time, handing each record to `visit` as it is read and
    /// keeping none of them (`entries` stays empty); a missing file reads as empty.
    public func scan(
        from position: Position = .start, piece: Int = scanPiece, each visit: (Entry) -> Void
    ) throws(ProgressError) -> Scan {
        var scanner = LineScanner(from: position)
        // Bytes read but not yet taken: the start of a line whose newline is in a later piece.
        var pending: [UInt8] = []
        var offset = position.bytes
        let piece = max(1, piece)
        while let data = try folder.read(name, from: offset, length: piece), !data.isEmpty {
            offset += data.count
            pending += data
            pending.removeFirst(scanner.take(pending[...], isLast: false, visit: visit))
            if pending.count > Self.maximumLineBytes {
                throw .unsafeFile(
                    path: url.path,
                    problem: "has a line (line \(scanner.nextLine)) of more than \(Self.maximumLineBytes) bytes, which no"
                        + " record is")
            }
            // A short piece is the end of the file: no second open to find that out (opening reads a short tail).
            if data.count < piece { break }
        }
        _ = scanner.take(pending[...], isLast: true, visit: visit)
        return scanner.scan
    }

    /// Reads the log's lines held in `bytes`, which start at `position`, keeping the records in `entries`.
    static func scan(_ bytes: [UInt8], from position: Position) -> Scan {
        var entries: [Entry] = []
        var scanner = LineScanner(from: position)
        _ = scanner.take(bytes[...], isLast: true) { entries.append($0) }
        var scan = scanner.scan
        scan.entries = entries
        return scan
    }

    /// The reading of a log's lines, fed in pieces: what it found so far, and where it is.
    struct LineScanner {
        private(set) var scan: Scan
        private var current: Position
        private var sawBad = false

        /// The number of the line the next byte belongs to.
        var nextLine: Int { current.lines + 1 }

        init(from position: Position) {
            scan = Scan(end: position)
            scan.lastLine = position.lines
            current = position
        }

        /// Reads the whole lines at the start of `bytes`, which begin where the last call stopped, and, when
        /// `isLast`, the unfinished line after them as the file's last line. Returns how many bytes it read.
        mutating func take(_ bytes: ArraySlice<UInt8>, isLast: Bool, visit: (Entry) -> Void) -> Int {
            var start = bytes.startIndex
            while start < bytes.endIndex {
                let newline = bytes[start...].firstIndex(of: 0x0A)
                if newline == nil, !isLast { break }
                let stop = newline ?? bytes.endIndex
                let line = bytes[start..<stop]
                let number = current.lines + 1
                scan.lastLine = number
                let next = current.advanced(over: line, isRecord: true)
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    scan.blankLines += 1
                    current = current.advanced(over: line, isRecord: false)
                } else {
                    switch decode(line) {
                    case let .record(record):
                        visit(Entry(line: number, record: record, end: next))
                        scan.lastRecordLine = number
                        scan.lacksFinalNewline = newline == nil
                    case let .newer(version):
                        scan.newerLines.append((number, version))
                        sawBad = true
                    case let .unreadable(cause):
                        let torn = newline == nil ? "; the line has no final newline (a write cut short)" : ""
                        scan.badLines.append(
                            BadLine(
                                line: number, cause: cause + torn, range: current.bytes..<(current.bytes + line.count),
                                bytes: Array(line), isCutShort: newline == nil))
                        sawBad = true
                    }
                    current = next
                }
                if !sawBad, newline != nil { scan.end = current }
                start = stop + 1
            }
            return min(start, bytes.endIndex) - bytes.startIndex
        }
    }
}
