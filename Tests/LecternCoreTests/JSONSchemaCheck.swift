import Foundation

/// A small JSON Schema checker for the keywords Lectern's schemas use (CI has no Python): `type`, `const`, `enum`,
/// `required`, `properties`, `additionalProperties`, `propertyNames`, `items`, `minItems`, `maxItems`, `minimum`,
/// `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `pattern`, and `$ref` to `#/$defs/…` in the same file or in
/// a sibling file. Anything else in a schema is ignored.
struct JSONSchemaCheck {
    let folder: URL
    private var documents: [String: Any] = [:]

    /// A checker that resolves references against the schemas in `folder`.
    init(folder: URL) {
        self.folder = folder
    }

    /// Every violation of `schemaFile`'s schema by `data`, as `path: problem` lines; empty when it conforms.
    mutating func problems(in data: Data, schemaFile: String) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let schema = try document(schemaFile)
        var problems: [String] = []
        try check(value, against: schema, file: schemaFile, path: "$", into: &problems)
        return problems
    }

    private mutating func document(_ file: String) throws -> Any {
        if let cached = documents[file] { return cached }
        let loaded = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(file)))
        documents[file] = loaded
        return loaded
    }

    private mutating func resolve(_ reference: String, from file: String) throws -> (Any, String) {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = parts[0].isEmpty ? file : String(parts[0])
        var node = try document(target)
        for key in (parts.count > 1 ? parts[1] : "").split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(key)] else {
                throw CocoaError(.coderValueNotFound, userInfo: [NSDebugDescriptionErrorKey: "no \(reference) in \(file)"])
            }
            node = next
        }
        return (node, target)
    }

    private static func typeName(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return "boolean" }
            return number.doubleValue == number.doubleValue.rounded() ? "integer" : "number"
        case is String: return "string"
        case is [Any]: return "array"
        case is [String: Any]: return "object"
        default: return "unknown"
        }
    }

    private mutating func check(
        _ value: Any, against schemaNode: Any, file: String, path: String, into problems: inout [String]
    ) throws {
        guard let schema = schemaNode as? [String: Any] else { return }
        if let reference = schema["$ref"] as? String {
            let (target, targetFile) = try resolve(reference, from: file)
            try check(value, against: target, file: targetFile, path: path, into: &problems)
        }
        let type = Self.typeName(value)
        if let expected = schema["type"] {
            let allowed = (expected as? [String]) ?? [expected as? String ?? ""]
            let matches = allowed.contains(type) || (type == "integer" && allowed.contains("number"))
            if !matches { problems.append("\(path): is \(type), expected \(allowed.joined(separator: " or "))") }
        }
        if let constant = schema["const"], !Self.equal(constant, value) {
            problems.append("\(path): is not \(constant)")
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(value) is not one of \(options)")
        }
        if let number = value as? NSNumber, type != "boolean" {
            let x = number.doubleValue
            if let low = schema["minimum"] as? Double, x < low { problems.append("\(path): \(x) < minimum \(low)") }
            if let high = schema["maximum"] as? Double, x > high { problems.append("\(path): \(x) > maximum \(high)") }
            if let low = schema["exclusiveMinimum"] as? Double, x <= low { problems.append("\(path): \(x) <= \(low)") }
            if let high = schema["exclusiveMaximum"] as? Double, x >= high { problems.append("\(path): \(x) >= \(high)") }
        }
        if let text = value as? String, let pattern = schema["pattern"] as? String,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        if let array = value as? [Any] {
            if let least = schema["minItems"] as? Int, array.count < least { problems.append("\(path): fewer than \(least) items") }
            if let most = schema["maxItems"] as? Int, array.count > most { problems.append("\(path): more than \(most) items") }
            if let items = schema["items"] {
                for (index, element) in array.enumerated() {
                    try check(element, against: items, file: file, path: "\(path)[\(index)]", into: &problems)
                }
            }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required \"\(key)\"")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, element) in object.sorted(by: { $0.key < $1.key }) {
                if let names = schema["propertyNames"] {
                    try check(key, against: names, file: file, path: "\(path) key \(key)", into: &problems)
                }
                if let property = properties[key] {
                    try check(element, against: property, file: file, path: "\(path).\(key)", into: &problems)
                } else if let extra = schema["additionalProperties"] {
                    if (extra as? Bool) == false {
                        problems.append("\(path): unexpected \"\(key)\"")
                    } else {
                        try check(element, against: extra, file: file, path: "\(path).\(key)", into: &problems)
                    }
                }
            }
        }
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        (a as? NSObject)?.isEqual(b) ?? false
    }
}
