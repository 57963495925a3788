// The start-up baseline: a Swift program that links Foundation and GNU readline and shows a prompt.
import CReadline
import Foundation

// Touch Foundation the way any program does at start, so it is loaded and initialised, not just linked.
let home = ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.currentDirectoryPath
_ = URL(fileURLWithPath: home)
while let line = readline("lectern> ") {
    free(line)
}
