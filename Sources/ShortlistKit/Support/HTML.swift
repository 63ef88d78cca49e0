import Foundation

/// Escaping of text for each context of an HTML page (HTML Living Standard, §13.1 "Writing HTML documents").
///
/// Every piece of user text that goes into a report passes through one of these functions:
/// ``text(_:)`` for element content, ``attribute(_:)`` for a quoted attribute value, and
/// ``scriptData(_:)`` for JSON carried inside a `<script type="application/json">` element.
package enum HTML {
    /// `text` escaped for element content: `&`, `<` and `>` become character references,
    /// so that a vendor named `<img src=x onerror=alert(1)>` shows as those characters.
    package static func text(_ text: String) -> String { escape(text, quotes: false) }

    /// `text` escaped for a double- or single-quoted attribute value: `&`, `<`, `>`, `"` and `'`.
    package static func attribute(_ text: String) -> String { escape(text, quotes: true) }

    /// Replaces the characters that end a text or attribute context with character references;
    /// NUL, which HTML forbids, becomes U+FFFD.
    private static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text already escaped, with each pair of backticks turned into a `<code>` element (the
    /// board's way of showing a command inside a sentence).
    package static func codeSpans(_ escaped: String) -> String {
        var out = "", open = false
        for ch in escaped {
            if ch == "`" { out += open ? "</code>" : "<code>"; open.toggle() } else { out.append(ch) }
        }
        return open ? out + "</code>" : out
    }

    /// JSON text made safe to sit between `<script type="application/json">` and `</script>`:
    /// `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026` (so neither `</script` nor `<!--`
    /// can appear), and U+2028 and U+2029 are escaped. The JSON value is unchanged.
    package static func scriptData(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The Content-Security-Policy source for an inline script: `'sha256-<base64 digest>'` of its
    /// exact text (CSP Level 3, §8.4), so that the page runs that script and no other.
    package static func scriptHashSource(_ script: String) -> String {
        "'sha256-" + Data(SHA256.hash(Array(script.utf8))).base64EncodedString() + "'"
    }
}
