import Foundation

/// A JSON value as parsed, keeping booleans apart from numbers (JSON Schema tells them apart).
package indirect enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    package static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    package static func parse(_ text: String) throws -> JSONValue { try parse(Data(text.utf8)) }

    /// The JSON Schema type names this value has (an integral number is both `integer` and `number`).
    var types: Set<String> {
        switch self {
        case .null: ["null"]
        case .bool: ["boolean"]
        case .number(let value): value.rounded() == value ? ["number", "integer"] : ["number"]
        case .string: ["string"]
        case .array: ["array"]
        case .object: ["object"]
        }
    }
}

/// Checks JSON against a JSON Schema (draft 2020-12), for the subset of keywords tracker's schemas use.
///
/// No JSON Schema package is available to the build, so this is a small validator of its own. It knows
/// `type` (a name or a list), `required`, `properties`, `additionalProperties` (false or a schema), `items`,
/// `enum`, `const`, `minimum`, `maximum`, `minItems`, `format` (`date`, `date-time`, `uri`), and `$ref` to
/// `#/$defs/NAME`; the annotations `$schema`, `$id`, `$comment`, `title` and `description` are skipped. A
/// schema that uses any other keyword is refused, so nothing a schema says goes unchecked.
package struct JSONSchema: Sendable {
    package struct Invalid: Error, CustomStringConvertible {
        package var description: String
    }

    static let keywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "enum", "const", "minimum", "maximum",
        "minItems", "format", "$ref", "$defs", "$schema", "$id", "$comment", "title", "description",
    ]
    static let formats: Set<String> = ["date", "date-time", "uri"]

    let root: JSONValue

    /// - Throws: `Invalid` when the schema uses a keyword or format this validator does not check, or a `$ref`
    ///   it cannot resolve.
    package init(_ schema: JSONValue) throws {
        root = schema
        try check(schema, at: "#")
    }

    package init(contentsOf url: URL) throws {
        try self.init(try JSONValue.parse(try Data(contentsOf: url)))
    }

    /// Every way `instance` breaks the schema, each as `path: what was expected`; empty when it is valid.
    package func validate(_ instance: JSONValue) -> [String] {
        var problems: [String] = []
        validate(instance, against: root, at: "$", into: &problems)
        return problems
    }

    private func check(_ schema: JSONValue, at path: String) throws {
        if case .bool = schema { return }
        guard case .object(let keys) = schema else { throw Invalid(description: "\(path): a schema is an object") }
        for (key, value) in keys {
            guard Self.keywords.contains(key) else {
                throw Invalid(description: "\(path): keyword '\(key)' is not checked by this validator")
            }
            switch (key, value) {
            case ("properties", .object(let properties)), ("$defs", .object(let properties)):
                for (name, property) in properties { try check(property, at: "\(path)/\(key)/\(name)") }
            case ("items", _), ("additionalProperties", _):
                try check(value, at: "\(path)/\(key)")
            case ("format", .string(let format)) where !Self.formats.contains(format):
                throw Invalid(description: "\(path): format '\(format)' is not checked by this validator")
            case ("$ref", .string(let reference)):
                guard resolve(reference) != nil else {
                    throw Invalid(description: "\(path): $ref '\(reference)' does not name an entry of $defs")
                }
            default: break
            }
        }
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/$defs/"), case .object(let keys) = root, case .object(let defs)? = keys["$defs"]
        else { return nil }
        return defs[String(reference.dropFirst("#/$defs/".count))]
    }

    private func validate(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String])
    {
        if case .bool(let allowed) = schema {
            if !allowed { problems.append("\(path): not allowed here") }
            return
        }
        guard case .object(let keys) = schema else { return }
        if case .string(let reference)? = keys["$ref"], let target = resolve(reference) {
            validate(value, against: target, at: path, into: &problems)
        }
        if let expected = keys["type"] {
            let names: [String]
            switch expected {
            case .string(let name): names = [name]
            case .array(let list): names = list.compactMap { if case .string(let name) = $0 { name } else { nil } }
            default: names = []
            }
            if value.types.isDisjoint(with: names) {
                problems.append("\(path): expected \(names.joined(separator: " or ")), found \(Self.describe(value))")
                return
            }
        }
        if case .array(let allowed)? = keys["enum"], !allowed.contains(value) {
            problems.append(
                "\(path): \(Self.describe(value)) is not one of \(allowed.map(Self.describe).joined(separator: ", "))")
        }
        if let constant = keys["const"], constant != value {
            problems.append("\(path): expected \(Self.describe(constant)), found \(Self.describe(value))")
        }
        if case .number(let number) = value {
            if case .number(let minimum)? = keys["minimum"], number < minimum {
                problems.append(
                    "\(path): \(Self.describe(value)) is below the minimum \(Self.describe(.number(minimum)))")
            }
            if case .number(let maximum)? = keys["maximum"], number > maximum {
                problems.append(
                    "\(path): \(Self.describe(value)) is above the maximum \(Self.describe(.number(maximum)))")
            }
        }
        if case .string(let text) = value, case .string(let format)? = keys["format"], !Self.matches(text, format) {
            problems.append("\(path): '\(text)' is not a \(format)")
        }
        if case .array(let items) = value {
            if case .number(let minimum)? = keys["minItems"], Double(items.count) < minimum {
                problems.append("\(path): \(items.count) items, expected at least \(Int(minimum))")
            }
            if let itemSchema = keys["items"] {
                for (index, item) in items.enumerated() {
                    validate(item, against: itemSchema, at: "\(path)[\(index)]", into: &problems)
                }
            }
        }
        if case .object(let members) = value {
            if case .array(let required)? = keys["required"] {
                for case .string(let name) in required where members[name] == nil {
                    problems.append("\(path): required key '\(name)' is missing")
                }
            }
            var properties: [String: JSONValue] = [:]
            if case .object(let declared)? = keys["properties"] { properties = declared }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] {
                    validate(member, against: property, at: "\(path).\(name)", into: &problems)
                } else if let additional = keys["additionalProperties"] {
                    if case .bool(false) = additional {
                        problems.append("\(path): key '\(name)' is not allowed (additionalProperties is false)")
                    } else {
                        validate(member, against: additional, at: "\(path).\(name)", into: &problems)
                    }
                }
            }
        }
    }

    /// `date` is RFC 3339's full-date (a real day), `date-time` its date-time with a zone, `uri` an absolute
    /// http(s) or mailto address or a `tag:`/`urn:` name without spaces.
    static func matches(_ text: String, _ format: String) -> Bool {
        switch format {
        case "date":
            return isDate(text)
        case "date-time":
            guard
                let match = text.wholeMatch(
                    of: /(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})/)
            else { return false }
            guard isDate(String(match.1)), let hour = Int(match.2), let minute = Int(match.3),
                let second = Int(match.4)
            else { return false }
            return hour < 24 && minute < 60 && second < 61
        case "uri":
            guard !text.contains(where: \.isWhitespace), let colon = text.firstIndex(of: ":") else { return false }
            let scheme = text[..<colon].lowercased()
            guard scheme.first?.isLetter == true,
                scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
            else { return false }
            if scheme == "http" || scheme == "https" { return URL(string: text)?.host?.isEmpty == false }
            return text.count > colon.utf16Offset(in: text) + 1
        default:
            return false
        }
    }

    private static func isDate(_ text: String) -> Bool {
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/), let year = Int(match.1),
            let month = Int(match.2), let day = Int(match.3), (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): String(flag)
        case .number(let number): number.rounded() == number ? String(Int(number)) : String(number)
        case .string(let text): "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
