import CReadline
import LecternShell

#if canImport(Glibc)
import Glibc
#endif

/// The bridge from readline's completion callback, which cannot carry context, to a `CompletionProvider`.
enum ReadlineCompletion {
    /// The provider of the one readline reader; readline itself is one global state, and only calls back on the
    /// thread that called `readline()`.
    nonisolated(unsafe) static var provider: (any CompletionProvider)?
    /// Whether the line being read is a command; an answer gets no completion (command names are no answers).
    nonisolated(unsafe) static var completesCommands = true

    /// Readline's match array: the text to put in place of the word, then every match, then NULL, all `malloc`'d
    /// (readline frees them). Nil when there is nothing to offer.
    static func matchArray(_ candidates: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        var unique: [String] = []
        for candidate in candidates where !unique.contains(candidate) {
            unique.append(candidate)
        }
        guard let first = unique.first else { return nil }
        let entries = unique.count == 1 ? [first] : [commonPrefix(of: unique)] + unique
        let slotCount = entries.count + 1
        guard let memory = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * slotCount) else { return nil }
        let slots = memory.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: slotCount)
        for (index, entry) in entries.enumerated() {
            guard let copy = strdup(entry) else {
                for filled in 0..<index { free(slots[filled]) }
                free(memory)
                return nil
            }
            slots[index] = copy
        }
        slots[entries.count] = nil
        return slots
    }

    /// The longest run of Unicode scalars every candidate starts with.
    static func commonPrefix(of candidates: [String]) -> String {
        guard var prefix = candidates.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for candidate in candidates.dropFirst() {
            let scalars = Array(candidate.unicodeScalars)
            var length = 0
            while length < prefix.count, length < scalars.count, prefix[length] == scalars[length] {
                length += 1
            }
            prefix.removeLast(prefix.count - length)
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: prefix)
        return String(text)
    }
}

/// Readline's `rl_attempted_completion_function`: asks the provider about the word between `start` and `end`.
func completeForReadline(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // No fallback to file names when the provider has nothing.
    lectern_rl_set_attempted_completion_over(1)
    guard ReadlineCompletion.completesCommands, let provider = ReadlineCompletion.provider, let text else { return nil }
    let word = String(decoding: UnsafeRawBufferPointer(start: text, count: strlen(text)), as: UTF8.self)
    var linePrefix = ""
    if let line = lectern_rl_line_buffer(), start > 0 {
        let length = min(Int(start), strlen(line))
        linePrefix = String(decoding: UnsafeRawBufferPointer(start: line, count: length), as: UTF8.self)
    }
    return ReadlineCompletion.matchArray(provider.completions(before: linePrefix, word: word))
}
