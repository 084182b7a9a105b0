import Foundation
import Yams

package typealias YAMLNodeRef = Yams.Node

/// Reads one YAML file of the ledger (or of `Scrapers/`) and collects every problem with its position.
///
/// Unlike a `Decodable` pass it does not stop at the first problem and it rejects unknown
/// fields, so a typo in a field name is reported instead of silently ignored.
package final class YAMLReader {
    /// The file's path relative to the workspace, as shown in messages.
    package let file: String
    package private(set) var problems: [Problem] = []
    /// The document's root node, or nil when the file is not valid YAML (a problem is recorded then).
    package private(set) var root: Node?

    package init(file: String, text: String) {
        self.file = file
        // A file git left mid-merge reads as some YAML error at a line after the marker: say what it is instead.
        let markers = Self.conflictMarkers(in: text)
        if !markers.isEmpty {
            for line in markers {
                report(
                    line: line, column: 1,
                    "unresolved git merge conflict marker; resolve the conflict (keep both records if both decisions stand) and run again"
                )
            }
            return
        }
        // UTF-16 without a byte-order mark decodes as UTF-8 with a NUL beside every ASCII character, which libyaml
        // reports as it finds it, NULs and all.
        if text.utf8.contains(0) {
            report(
                line: 1, column: 1,
                "the file holds NUL bytes: it looks like UTF-16 saved without a byte-order mark; expected UTF-8 (save it as UTF-8)"
            )
            return
        }
        do {
            root = try Yams.compose(yaml: text)
            if root == nil { report(line: 1, column: 1, "the file is empty; expected a YAML mapping") }
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                // libyaml's words for a tab where indentation is due do not name it.
                let line = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(mark.line - 1).first
                let tab = line?.contains("\t") == true && !problem.contains("tab")
                report(
                    line: mark.line, column: mark.column,
                    "invalid YAML: \(problem)"
                        + (tab ? " (the line has a tab character; expected spaces to indent)" : Self.hint(problem)))
            case .duplicatedKeysInMapping(let duplicates, let context):
                // Yams names the first occurrence of the first duplicated key, and its message holds the whole
                // file: point at the repeat instead, the line an analyst added.
                let key = duplicates.first ?? ""
                let first = context.mark
                let repeated = Self.repeatedKey(key, in: text, after: first)
                let at = repeated ?? (first.line, first.column)
                var message = "duplicate key '\(key)'"
                if repeated != nil { message += " (first at line \(first.line))" }
                report(line: at.0, column: at.1, message + "; expected each key once in a mapping")
            default:
                report(line: 1, column: 1, "invalid YAML: \(error)")
            }
        } catch {
            report(line: 1, column: 1, "invalid YAML: \(error)")
        }
    }

    /// What libyaml's most frequent words for an analyst's slip mean, in the analyst's terms; empty for the others.
    static func hint(_ problem: String) -> String {
        switch problem {
        case "mapping values are not allowed in this context":
            " (a ': ' inside a value that is not in quotes starts another key; expected the value in quotes, text: \"Minister: …\", or as a block, text: >-)"
        case "did not find expected key":
            " (a line indented otherwise than the keys beside it, or a value that opens a quote and goes on after it closes; expected the keys of one mapping indented alike, and a quoted value quoted whole)"
        default: ""
        }
    }

    /// The lines (from 1) that are git's conflict markers: `<<<<<<< `, `||||||| ` (diff3), `=======` alone,
    /// `>>>>>>> `.
    static func conflictMarkers(in text: String) -> [Int] {
        // Looked for byte by byte: Foundation's search over every ledger file took a twelfth of loading it.
        var run = 0
        var previous: UInt8 = 0
        let marked = text.utf8.contains { byte in
            run = byte == previous ? run + 1 : 1
            previous = byte
            return run == 7 && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">"))
        }
        guard marked else { return [] }
        var lines: [Int] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line == "=======" || line == "<<<<<<<" || line == ">>>>>>>" || line == "|||||||"
                || ["<<<<<<< ", "||||||| ", ">>>>>>> "].contains(where: line.hasPrefix)
            {
                lines.append(index + 1)
            }
        }
        return lines
    }

    /// The line and column of the next `key:` at the same indentation as the one at `first`, before the mapping
    /// ends (a line indented less); nil when there is none (a flow mapping).
    static func repeatedKey(_ key: String, in text: String, after first: Mark) -> (Int, Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let indent = first.column - 1
        for number in first.line..<lines.count {
            let line = lines[number]
            let leading = line.prefix { $0 == " " }.count
            let content = line.dropFirst(leading)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if leading < indent { return nil }
            guard leading == indent else { continue }
            let item = content.hasPrefix("- ") ? content.dropFirst(2) : content
            if item.hasPrefix(key + ":") || item.hasPrefix("\"\(key)\":") || item.hasPrefix("'\(key)':") {
                return (number + 1, indent + 1)
            }
        }
        return nil
    }

    /// Where the first byte that is not UTF-8 is (line, column, both from 1, and its offset); nil for UTF-8 text.
    package static func invalidUTF8(in data: Data) -> (line: Int, column: Int, offset: Int)? {
        var line = 1, column = 1, offset = 0
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar):
                offset += scalar.count
                if scalar.count == 1, scalar.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                return (line, column, offset)
            case .emptyInput:
                return nil
            }
        }
    }

    /// The problem of a file that is not UTF-8, where its first such byte is.
    package static func notUTF8(_ data: Data, file: String) -> Problem? {
        guard let at = invalidUTF8(in: data) else { return nil }
        return Problem(
            SourceLocation(file: file, line: at.line, column: at.column),
            "byte \(at.offset) is not UTF-8 text; expected the file in UTF-8 (save it as UTF-8 in the editor)")
    }

    package func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    package func report(_ node: Node?, _ message: String) {
        problems.append(Problem(location(node), message))
    }

    /// Records a warning: printed with the problems, but it stops nothing.
    package func warn(_ node: Node?, _ message: String) {
        problems.append(Problem(location(node), message, severity: .warning))
    }

    package func report(line: Int, column: Int, _ message: String) {
        problems.append(Problem(SourceLocation(file: file, line: line, column: column), message))
    }

    /// The fields of a mapping node; reports a non-mapping, unknown keys (with a suggestion) and duplicates.
    package func fields(_ node: Node?, of what: String, allowed: [String]) -> YAMLFields? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            report(node, "\(what) must be a mapping of fields (\(allowed.joined(separator: ", ")))")
            return nil
        }
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                report(key, "field names in \(what) must be plain words")
                continue
            }
            let name = scalar.string
            if values[name] != nil {
                report(key, "duplicate field '\(name)' in \(what); each field may appear once")
                continue
            }
            guard allowed.contains(name) else {
                var message = "unknown field '\(name)' in \(what); expected one of: \(allowed.joined(separator: ", "))"
                if let suggestion = closestMatch(to: name, in: allowed) {
                    message += " (did you mean '\(suggestion)'?)"
                }
                report(key, message)
                continue
            }
            values[name] = (key, value)
        }
        return YAMLFields(reader: self, node: node, what: what, values: values)
    }

    /// The items of a sequence node; reports anything else.
    package func items(_ node: Node?, of what: String) -> [Node] {
        guard let node else { return [] }
        if case .sequence(let sequence) = node { return Array(sequence) }
        if YAMLReader.isNull(node) { return [] }
        report(node, "\(what) must be a list (items starting with '- ')")
        return []
    }

    package static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

}

/// The fields of one YAML mapping, with typed accessors that report problems where they are.
package struct YAMLFields {
    package let reader: YAMLReader
    package let node: Node
    package let what: String
    package let values: [String: (key: Node, value: Node)]

    /// The same fields, described as `what` in messages (once the record's id is known).
    package func named(_ what: String) -> YAMLFields {
        YAMLFields(reader: reader, node: node, what: what, values: values)
    }

    package func has(_ key: String) -> Bool {
        guard let value = values[key]?.value else { return false }
        return !YAMLReader.isNull(value)
    }

    /// The value node, or nil when missing or null.
    package func value(_ key: String) -> Node? {
        guard let value = values[key]?.value, !YAMLReader.isNull(value) else { return nil }
        return value
    }

    /// Where the field's value is, or the mapping itself when the field is missing.
    package func location(_ key: String) -> SourceLocation {
        reader.location(values[key]?.value ?? node)
    }

    private func missing(_ key: String, _ expected: String) {
        reader.report(node, "\(what) has no '\(key)'; expected \(expected)")
    }

    /// A text field; empty text counts as missing.
    package func string(_ key: String, required: Bool = true, expected: String = "a text") -> String? {
        guard let value = value(key) else {
            if required {
                if let present = values[key]?.value {
                    reader.report(present, "'\(key)' of \(what) is empty; expected \(expected)")
                } else {
                    missing(key, expected)
                }
            }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            reader.report(value, "'\(key)' of \(what) must be \(expected), not a list or mapping")
            return nil
        }
        let text = scalar.string.trimmingSpaces(newlines: true)
        if text.isEmpty {
            if required { reader.report(value, "'\(key)' of \(what) is empty; expected \(expected)") }
            return nil
        }
        return text
    }

    /// A list of texts; a single text is accepted as a one-item list.
    package func strings(_ key: String, required: Bool = false, expected: String = "a list of texts") -> [(
        String, Node
    )] {
        guard let value = value(key) else {
            if required { missing(key, expected) }
            return []
        }
        if case .scalar(let scalar) = value { return [(scalar.string, value)] }
        var result: [(String, Node)] = []
        for item in reader.items(value, of: "'\(key)' of \(what)") {
            guard case .scalar(let scalar) = item else {
                reader.report(item, "each item of '\(key)' in \(what) must be a text")
                continue
            }
            let text = scalar.string.trimmingSpaces(newlines: true)
            if text.isEmpty {
                reader.report(item, "empty item in '\(key)' of \(what); expected \(expected)")
            } else {
                result.append((text, item))
            }
        }
        if required && result.isEmpty { reader.report(value, "'\(key)' of \(what) is empty; expected \(expected)") }
        return result
    }

    /// A `YYYY-MM-DD` date.
    package func day(_ key: String, required: Bool = true) -> Day? {
        guard let text = string(key, required: required, expected: "a date YYYY-MM-DD") else { return nil }
        guard let day = Day(text), text.count == 10 else {
            reader.report(value(key), "'\(key)' of \(what) is not a valid date: '\(text)'; expected YYYY-MM-DD")
            return nil
        }
        return day
    }

    /// `true` or `false`.
    package func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let text = string(key, required: required, expected: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            reader.report(value(key), "'\(key)' of \(what) is '\(text)'; expected true or false")
            return nil
        }
    }

    /// One of a fixed set of words.
    package func choice(_ key: String, from options: [String], required: Bool = true) -> String? {
        let expected = "one of: \(options.joined(separator: ", "))"
        guard let text = string(key, required: required, expected: expected) else { return nil }
        guard options.contains(text) else {
            reader.report(value(key), "'\(key)' of \(what) is '\(text)'; expected \(expected)")
            return nil
        }
        return text
    }
}

/// The candidate closest to a mistyped `name`, when one is close enough to suggest ("did you mean …?").
package func closestMatch(to name: String, in candidates: [String]) -> String? {
    // A word cut short or ended otherwise names what it begins: `quote` is `quotation`, though `note` is closer.
    let typed = Array(name.lowercased())
    if typed.count >= 4 {
        let begun = candidates.filter { candidate in
            let shared = zip(typed, candidate.lowercased()).prefix { $0 == $1 }.count
            return shared >= max(4, typed.count - 1) && candidate.count > shared
        }
        if begun.count == 1 { return begun[0] }
    }
    let scored = candidates.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 4) else { return nil }
    return best.0
}

/// Levenshtein distance, for "did you mean" suggestions.
package func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs), b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
