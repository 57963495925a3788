import Foundation

/// What the shell's greeting shows of a course, known before the course itself is loaded.
public struct CourseSummary: Equatable, Sendable {
    /// The article's title.
    public let title: String
    /// Who wrote it.
    public let author: String
    /// The year of publication.
    public let year: Int
    /// How many lessons the course has.
    public let lessonCount: Int

    /// Creates a summary.
    public init(title: String, author: String, year: Int, lessonCount: Int) {
        self.title = title
        self.author = author
        self.year = year
        self.lessonCount = lessonCount
    }

    /// The summary of a loaded course.
    public init(course: Course) {
        self.init(
            title: course.article.title, author: course.article.author, year: course.article.year,
            lessonCount: course.lessons.count)
    }
}

/// A note that the course files with a given fingerprint were loaded and checked without a problem.
///
/// Loading and checking the course takes tens of milliseconds, several times what showing a prompt takes. When the
/// stamp matches the files as they are now, the shell shows its prompt at once and loads the course on another
/// thread; otherwise it loads the course first, so problems are reported before any prompt, and writes a new stamp.
/// The fingerprint covers the relative path and bytes of every file under `Lessons/` and `Quizzes/` and the
/// running program's size and modification time: any edit, any added or removed file and any new build of Lectern
/// miss it. The stamp is a cache: one that is missing, damaged or cannot be written only costs that wait.
public struct CourseStamp: Equatable, Sendable {
    /// The first line of a stamp file.
    static let header = "lectern course stamp 1"
    /// Above this many bytes of course files no fingerprint is taken (hashing them would cost what it saves).
    static let maximumBytes = 16 << 20

    /// The fingerprint of the files that loaded.
    public let fingerprint: UInt64
    /// What the greeting shows.
    public let summary: CourseSummary

    /// Creates a stamp.
    public init(fingerprint: UInt64, summary: CourseSummary) {
        self.fingerprint = fingerprint
        self.summary = summary
    }

    /// Where the stamp of the course at `root` is kept: `$XDG_CACHE_HOME/lectern/` (else `~/.cache/lectern/`), one
    /// file per course folder, named after a hash of its path; nil when neither variable names a folder.
    public static func location(for root: URL, environment: [String: String]) -> URL? {
        let cache: URL
        if let given = environment["XDG_CACHE_HOME"], given.hasPrefix("/") {
            cache = URL(fileURLWithPath: given)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            cache = URL(fileURLWithPath: home).appendingPathComponent(".cache")
        } else {
            return nil
        }
        let name = String(StableHash.of(root.standardizedFileURL.path), radix: 16)
        return cache.appendingPathComponent("lectern/course-\(name).stamp")
    }

    /// The fingerprint of the course files under `root` together with the program at `program`, or nil when one of
    /// them cannot be read.
    public static func fingerprint(of root: URL, program: String = "/proc/self/exe") -> UInt64? {
        var hasher = ContentHasher()
        var status = stat()
        guard stat(program, &status) == 0 else { return nil }
        hasher.add(UInt64(truncatingIfNeeded: status.st_size))
        hasher.add(UInt64(truncatingIfNeeded: status.st_mtim.tv_sec))
        hasher.add(UInt64(truncatingIfNeeded: status.st_mtim.tv_nsec))
        var budget = maximumBytes
        for folder in ["Lessons", "Quizzes"] {
            guard add(folder: folder, under: root.path, to: &hasher, budget: &budget, depth: 0) else { return nil }
        }
        return hasher.value
    }

    /// Hashes the names, sizes and bytes of the files under `root/relative`, in name order.
    private static func add(
        folder relative: String, under root: String, to hasher: inout ContentHasher, budget: inout Int, depth: Int
    ) -> Bool {
        guard depth < 8, let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative) else {
            return false
        }
        for name in names.sorted() {
            let path = relative + "/" + name
            hasher.add(Array(path.utf8))
            var status = stat()
            guard stat(root + "/" + path, &status) == 0 else { return false }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                guard add(folder: path, under: root, to: &hasher, budget: &budget, depth: depth + 1) else { return false }
            case S_IFREG:
                budget -= Int(status.st_size)
                // Read as the loader reads it: never blocking, even if the file became a FIFO since the stat.
                guard budget >= 0, case .success(let bytes) = RegularFile.contents(root + "/" + path, limit: budget + Int(status.st_size))
                else { return false }
                hasher.add(UInt64(bytes.count))
                bytes.withUnsafeBytes { hasher.add($0) }
            default:
                // A pipe or a device is never read here (it could block); its name alone is counted.
                hasher.add(UInt64(status.st_mode))
            }
        }
        return true
    }

    /// The stamp in the file at `url`, or nil when there is none or it is not a whole stamp.
    public static func read(from url: URL) -> CourseStamp? {
        guard let data = FileManager.default.contents(atPath: url.path), data.count < 64 << 10,
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 7, lines[0] == header, lines[6].isEmpty else { return nil }
        var fields: [String: String] = [:]
        for line in lines[1..<6] {
            guard let space = line.firstIndex(of: " ") else { return nil }
            fields[String(line[..<space])] = String(line[line.index(after: space)...])
        }
        guard let fingerprint = fields["fingerprint"].flatMap({ UInt64($0, radix: 16) }),
            let year = fields["year"].flatMap({ Int($0) }), let lessons = fields["lessons"].flatMap({ Int($0) }),
            let title = fields["title"], let author = fields["author"]
        else { return nil }
        return CourseStamp(
            fingerprint: fingerprint, summary: CourseSummary(title: title, author: author, year: year, lessonCount: lessons))
    }

    /// The stamp as its file holds it, or nil when a text would not fit on one line.
    var fileText: String? {
        let texts = [summary.title, summary.author]
        guard !texts.contains(where: { $0.contains(where: \.isNewline) }) else { return nil }
        return [
            Self.header, "fingerprint \(String(fingerprint, radix: 16))", "year \(summary.year)",
            "lessons \(summary.lessonCount)", "title \(summary.title)", "author \(summary.author)", "",
        ].joined(separator: "\n")
    }

    /// Writes the stamp to `url` through a temporary file and a rename, creating its folder; any failure is ignored.
    /// Nothing is synced: a stamp lost in a crash only means the next start loads the course first.
    public func write(to url: URL) {
        guard let text = fileText else { return }
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else { return }
        if rename(temporary.path, url.path) != 0 { unlink(temporary.path) }
    }
}

/// A 64-bit hash of bytes that is the same in every process: FNV-1a's constants over 8-byte words, each product
/// folded so the high bits reach the low ones. Not for security: it tells an edited file from the one stamped.
struct ContentHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ word: UInt64) {
        value = (value ^ word) &* 0x0000_0100_0000_01b3
        value ^= value >> 32
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        add(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            add(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
        add(tail)
    }
}
