import Foundation

/// Decides what to do with a snapshot file by its schema version: use it, migrate it, or refuse it.
///
/// A snapshot is a cache of the log, so migrating an older one means keeping a backup copy of the file as it was
/// (`snapshot.v<N>.backup.json`) and rebuilding the current schema from the log. A newer version is never touched.
public enum ProgressMigration {
    /// What the snapshot file turned out to be.
    public enum Plan: Sendable, Equatable {
        /// No snapshot file.
        case missing
        /// A current snapshot, decoded.
        case current(ProgressSnapshot)
        /// A snapshot of an older schema version: back it up, then rebuild from the log.
        case migrate(from: Int)
        /// A snapshot from a newer Lectern: leave everything untouched.
        case refuse(found: Int)
        /// Not a readable snapshot: rebuild it from the log.
        case damaged(cause: String)
    }

    /// The plan for a snapshot file's bytes (`nil` when there is no file).
    public static func plan(for data: Data?) -> Plan {
        guard let data else { return .missing }
        // Most snapshots are current ones the fast reader answers for exactly; anything it doubts goes to the decoder.
        if let snapshot = ProgressSnapshot(fastJSON: data),
            snapshot.schemaVersion == ProgressSnapshot.currentSchemaVersion
        {
            return checked(snapshot)
        }
        return decoderPlan(for: data)
    }

    /// The plan through `JSONDecoder` alone: one decode for a current snapshot; anything else is classified by its
    /// version, and a damaged current one is worded by the decoder.
    static func decoderPlan(for data: Data) -> Plan {
        let decoder = JSONDecoder()
        if let snapshot = try? decoder.decode(ProgressSnapshot.self, from: data),
            snapshot.schemaVersion == ProgressSnapshot.currentSchemaVersion
        {
            return checked(snapshot)
        }
        let version: Int
        do {
            // A snapshot without `schemaVersion` predates versioning: schema 0.
            version = try decoder.decode(Versioned.self, from: data).schemaVersion ?? 0
        } catch {
            return .damaged(cause: "not a JSON object with a whole-number schemaVersion (\(error.localizedDescription))")
        }
        if version > ProgressSnapshot.currentSchemaVersion { return .refuse(found: version) }
        if version < ProgressSnapshot.currentSchemaVersion { return .migrate(from: version) }
        do {
            return checked(try decoder.decode(ProgressSnapshot.self, from: data))
        } catch {
            return .damaged(cause: describe(error))
        }
    }

    /// A decoded current snapshot, unless its log position is impossible (an edited or damaged file).
    private static func checked(_ snapshot: ProgressSnapshot) -> Plan {
        if let problem = snapshot.logOffset.problem {
            return .damaged(cause: "field \"logOffset\" is impossible: \(problem)")
        }
        return .current(snapshot)
    }

    /// The name of the backup kept when migrating from `version`: `snapshot.v0.backup.json`.
    public static func backupName(from version: Int) -> String {
        "snapshot.v\(version).backup.json"
    }

    /// Moves the snapshot to its backup name (a rename: nothing is copied), never over an earlier backup;
    /// returns the backup's name.
    public static func backUp(from version: Int, in folder: LearnerFolder) throws(ProgressError) -> String {
        try folder.setAside(LearnerStore.snapshotName, as: "snapshot.v\(version).backup", suffix: ".json")
    }

    private struct Versioned: Decodable {
        var schemaVersion: Int?
    }

    /// A decoding failure as a short reason naming the field.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case let .keyNotFound(key, context):
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            return "missing field \"\(path)\""
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "field \"\(path)\": \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }
}
