import Foundation

/// Reads CSV strictly as RFC 4180 has it, to check what tracker writes: records ended by CRLF, fields quoted
/// when they hold a comma, quote or line break, quotes doubled inside.
package enum CSVReader {
    package struct Malformed: Error, CustomStringConvertible {
        package var description: String
    }

    /// The records, each a list of fields; throws on a bare quote, a lone CR or LF outside quotes, a missing
    /// final CRLF or records of different lengths.
    package static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        var atFieldStart = true
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        scalars.removeFirst()
                    } else {
                        quoted = false
                        guard scalars.first == "," || scalars.first == "\r" else {
                            throw Malformed(description: "a closing quote not followed by a comma or CRLF")
                        }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard atFieldStart else { throw Malformed(description: "a quote inside an unquoted field: \(field)") }
                quoted = true
                atFieldStart = false
            case ",":
                record.append(field)
                field = ""
                atFieldStart = true
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed(description: "a CR without LF") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                atFieldStart = true
            case "\n":
                throw Malformed(description: "a line feed without CR outside quotes, after \(records.count) records")
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        guard !quoted else { throw Malformed(description: "an unclosed quote") }
        guard record.isEmpty, field.isEmpty else { throw Malformed(description: "the last record has no CRLF") }
        if let width = records.first?.count, let odd = records.firstIndex(where: { $0.count != width }) {
            throw Malformed(description: "record \(odd + 1) has \(records[odd].count) fields; the header has \(width)")
        }
        return records
    }

    /// The records after the header, each as a dictionary by column name.
    package static func rows(_ text: String) throws -> [[String: String]] {
        let all = try records(text)
        guard let header = all.first else { return [] }
        return all.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
