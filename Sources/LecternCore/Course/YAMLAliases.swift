import CYaml

/// Finds YAML anchors (`&name`) and aliases (`*name`), which course files never need.
///
/// They are refused before a document is composed: an alias repeated inside itself ("billion laughs") is cheap to
/// write, and composing it with Yams hashes every mapping key in full, so a few lines used as a key never finish.
/// libyaml's own parser finds them, so quoted text such as `"*bold*"` is not mistaken for one. (Its events, not its
/// scanner's tokens: the parser stops at its nesting limit, while scanning 100 000 nested `[` alone takes minutes.)
enum YAMLAliases {
    /// The 1-based line of the first anchor or alias in `text`, or nil when there is none (or the text does not
    /// parse, which composing then reports as a syntax error).
    static func firstLine(in text: String) -> Int? {
        // An anchor starts with `&` and an alias with `*`; text with neither byte (every bundled course file) has
        // none, and is not parsed a second time before it is composed.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let hasAnchor: Bool
                switch event.type {
                case YAML_ALIAS_EVENT: hasAnchor = true
                case YAML_SCALAR_EVENT: hasAnchor = event.data.scalar.anchor != nil
                case YAML_SEQUENCE_START_EVENT: hasAnchor = event.data.sequence_start.anchor != nil
                case YAML_MAPPING_START_EVENT: hasAnchor = event.data.mapping_start.anchor != nil
                case YAML_STREAM_END_EVENT, YAML_NO_EVENT: return nil
                default: hasAnchor = false
                }
                if hasAnchor { return Int(event.start_mark.line) + 1 }
            }
        }
    }
}
