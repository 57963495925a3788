// The one-answer baseline: at each prompt, read a line with readline, append one review record to a log with
// open(O_APPEND) + write + fdatasync + close (what DurableFile.append does), and show the next prompt.
//
//   baseline-answer LOG RECORD_LINE_FILE COUNT
import CReadline
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]),
    let record = FileManager.default.contents(atPath: arguments[2])
else {
    FileHandle.standardError.write(Data("usage: baseline-answer LOG RECORD_LINE_FILE COUNT\n".utf8))
    exit(64)
}
let log = arguments[1]
let bytes = [UInt8](record)
var number = 1
while let line = readline("quiz \(number)/\(count)> ") {
    let text = String(cString: line)
    free(line)
    if text == "quit" { break }
    let descriptor = open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { exit(1) }
    guard write(descriptor, bytes, bytes.count) == bytes.count, fdatasync(descriptor) == 0 else { exit(1) }
    close(descriptor)
    number += 1
}
