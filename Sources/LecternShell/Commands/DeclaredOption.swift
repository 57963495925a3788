import ArgumentParser
import Foundation

/// An option or flag of a command as its declaration describes it: the names, whether it takes a value, and the
/// values its `completion: .list` names. The prompt's Tab reads these, so a list of values is written once, on the
/// declaration, for the prompt and for the installed shell completions alike.
public struct DeclaredOption: Sendable, Equatable {
    /// Its names as typed: `--format`, `-k`.
    public let names: [String]
    /// Whether a value follows it (an option rather than a flag).
    public let takesValue: Bool
    /// The values its declaration lists for completion; empty when it lists none.
    public let values: [String]

    /// The options and flags that swift-argument-parser's description of `arguments` lists (its `_dumpHelp`,
    /// the JSON that `--experimental-dump-help` prints), without `--help` and hidden ones.
    static func of(_ arguments: any ParsableArguments.Type) -> [DeclaredOption] {
        guard let dump = try? JSONDecoder().decode(Dump.self, from: Data(arguments._dumpHelp().utf8)) else { return [] }
        return (dump.command.arguments ?? []).compactMap { argument in
            guard argument.kind == "option" || argument.kind == "flag", argument.shouldDisplay else { return nil }
            let names = (argument.names ?? []).map { $0.kind == "long" ? "--\($0.name)" : "-\($0.name)" }
            if names.contains("--help") { return nil }
            return DeclaredOption(
                names: names, takesValue: argument.kind == "option", values: argument.completionKind?["list"]?["values"] ?? [])
        }
    }

    /// The parts of swift-argument-parser's ToolInfo (version 0) read here.
    private struct Dump: Decodable {
        struct Command: Decodable {
            let arguments: [Argument]?
        }

        struct Argument: Decodable {
            struct Name: Decodable {
                let kind: String
                let name: String
            }

            let kind: String
            let names: [Name]?
            let shouldDisplay: Bool
            /// `{"list": {"values": [...]}}`, `{"file": {"extensions": [...]}}`, `{"custom": {}}`…
            let completionKind: [String: [String: [String]]]?
        }

        let command: Command
    }
}

extension LecternCommand {
    /// The command's options and flags, read from their declarations.
    public static var declaredOptions: [DeclaredOption] { DeclaredOption.of(Arguments.self) }
}
