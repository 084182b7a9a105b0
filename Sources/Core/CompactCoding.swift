import Foundation

/// A small binary form for values stored many times over (one SyncFeed entity per row): strings with a
/// varint length, counts as varints. Several times faster to write and read than JSON, and smaller.
package struct CompactWriter {
    package private(set) var data = Data()

    package init(capacity: Int = 256) {
        data.reserveCapacity(capacity)
    }

    package mutating func write(_ value: Int) {
        var rest = UInt64(value)
        while rest >= 0x80 {
            data.append(UInt8(rest & 0x7f) | 0x80)
            rest >>= 7
        }
        data.append(UInt8(rest))
    }

    package mutating func write(_ value: Bool) {
        data.append(value ? 1 : 0)
    }

    package mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            write(bytes.count)
            data.append(contentsOf: bytes)
        }
    }

    package mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }
}

/// Reads what `CompactWriter` wrote, in the same order; throws on data that ends early or is not UTF-8.
package struct CompactReader {
    package struct Malformed: Error, LocalizedError {
        package init() {}

        package var errorDescription: String? { "stored value is cut short or malformed" }
    }

    private let bytes: [UInt8]
    private var index = 0

    package init(_ data: Data) {
        bytes = Array(data)
    }

    package var isAtEnd: Bool { index == bytes.count }

    package mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard index < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return Int(value) }
            shift += 7
        }
    }

    package mutating func bool() throws -> Bool {
        guard index < bytes.count else { throw Malformed() }
        index += 1
        return bytes[index - 1] != 0
    }

    package mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, index + count <= bytes.count else { throw Malformed() }
        defer { index += count }
        guard let text = String(validating: bytes[index..<index + count], as: UTF8.self) else { throw Malformed() }
        return text
    }

    package mutating func strings() throws -> [String] {
        let count = try int()
        guard count >= 0, count <= bytes.count - index else { throw Malformed() }
        return try (0..<count).map { _ in try string() }
    }
}

extension CompactWriter {
    /// Writes whether a value is there, then the value.
    package mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    package mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }
}

extension CompactReader {
    package mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    package mutating func optionalInt() throws -> Int? {
        try bool() ? try int() : nil
    }
}
