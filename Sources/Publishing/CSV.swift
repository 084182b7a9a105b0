import Foundation

/// Comma-separated values as RFC 4180 has them: a header record, records ended by CRLF, and a field that holds
/// a comma, a double quote or a line break enclosed in double quotes (a quote inside doubled). Text is UTF-8.
package struct CSVTable: Sendable {
    package var header: [String]
    package var rows: [[String]] = []

    package init(header: [String]) {
        self.header = header
    }

    package mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "a CSV row has \(row.count) fields; the header has \(header.count)")
        rows.append(row)
    }

    /// The whole table, every record (the last too) ended by CRLF.
    package func render() -> String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it must be. A text a spreadsheet would take for a formula (starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP advises for CSV: titles come from
    /// documents others wrote, and `=HYPERLINK(…)` in one would run when an analyst opens the file. Numbers
    /// (`-0.05`) are left as they are.
    package static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first),
            Double(value) == nil
        {
            value = "'" + value
        }
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
