// bench-wrap: how the time to wrap text grows with its length. One word of n characters and one of 8n, each wrapped
// to 80 columns (a 900,000-character word once took 15-20 s in `questions`); linear wrapping gives a ratio near 8,
// quadratic near 64. Prose of the same lengths is timed beside it, for scale.
//
//   bench-wrap [--characters N] [--repeats R]
//
// Prints `wrap LABEL CHARACTERS SECONDS` for each run; the first run of each size is a warm-up and is not printed.
import BenchSupport
import Foundation
import LecternCore

let characters = Int(option("characters", "100000") ?? "100000") ?? 100_000
let repeats = Int(option("repeats", "5") ?? "5") ?? 5

func word(_ count: Int) -> String { String(repeating: "abcdefghij", count: count / 10) }
func prose(_ count: Int) -> String {
    String(repeating: "Iran and the United States shared an enemy in 2001. ", count: count / 52)
}

for (label, make) in [("word", word), ("prose", prose)] {
    for count in [characters, 8 * characters] {
        let text = make(count)
        for run in 0...repeats {
            var lines = 0
            let seconds = timed { lines = TextWrapper.wrap(text, width: 80, indent: "  ").utf8.count { $0 == 0x0A } + 1 }
            guard lines > count / 80 else {
                FileHandle.standardError.write(Data("bench-wrap: \(label) \(count) gave \(lines) lines\n".utf8))
                exit(1)
            }
            if run > 0 { print("wrap \(label) \(count) \(seconds)") }
        }
    }
}
