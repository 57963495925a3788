import ArgumentParser
import Foundation
import LecternCore
import LecternShell

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate a course and list every problem as file:line: message.")
    @Argument(help: "The course folder (default: the bundled course).") var directory: String?
    func run() throws {
        let root = CourseLocator.course(
            explicit: directory, environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: URL(fileURLWithPath: CommandLine.arguments.first ?? "lectern"))
        do {
            let course = try CourseLoader.load(from: root)
            print("\(root.path): ok · \(course.lessons.count) lessons, \(course.actors.count) actors, \(course.events.count) events, \(course.questions.count) authored and \(course.generatedQuestions.count) generated questions")
        } catch {
            FileOutput.standardError.write(error.description + "\n")
            FileOutput.standardError.write("\(error.diagnostics.count) problem(s) in \(root.path)\n")
            throw ExitCode(65)
        }
    }
}
