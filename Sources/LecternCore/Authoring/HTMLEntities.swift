/// HTML character references decoded: named ones a web article uses, and every numeric one.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“",
        "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "copy": "©",
        "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "deg": "°", "middot": "·",
        "bull": "•", "times": "×", "divide": "÷", "minus": "−", "prime": "′", "Prime": "″", "sect": "§",
        "para": "¶", "iexcl": "¡", "iquest": "¿", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "zwnj": "", "zwj": "", "frac12": "½", "frac14": "¼", "frac34": "¾", "aacute": "á", "Aacute": "Á",
        "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â", "auml": "ä", "Auml": "Ä", "atilde": "ã",
        "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ", "ccedil": "ç", "Ccedil": "Ç", "eacute": "é",
        "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê", "euml": "ë", "iacute": "í", "Iacute": "Í",
        "igrave": "ì", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó",
        "ograve": "ò", "ocirc": "ô", "ouml": "ö", "Ouml": "Ö", "otilde": "õ", "oslash": "ø", "Oslash": "Ø",
        "uacute": "ú", "Uacute": "Ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý",
        "yuml": "ÿ", "szlig": "ß", "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "oelig": "œ",
        "OElig": "Œ",
    ]

    /// `text` with every reference it can read replaced by its character; an unknown one stays as written.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0 != ";" && $0 != "&" && !$0.isWhitespace }
            if name.count <= 32, after.dropFirst(name.count).first == ";", let value = value(of: String(name)) {
                result += value
                rest = after.dropFirst(name.count + 1)
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func value(of name: String) -> String? {
        if let named = named[name] { return named }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let number = digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        // A reference to NUL, a surrogate or beyond Unicode is a replacement character, as browsers read it.
        guard let number else { return nil }
        return String(Unicode.Scalar(number).map(Character.init) ?? "\u{FFFD}")
    }
}
