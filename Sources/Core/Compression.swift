import CZlib
import Foundation

/// zlib compression for raw source documents kept in the store.
package enum Compression {
    package struct Failure: Error, LocalizedError {
        package var errorDescription: String? { "compressed data is corrupt" }
    }

    /// Deflates `data` (zlib format, level 3: as fast as level 1 on feed pages, within 15% of level 6's size);
    /// the original size is stored in the first 8 bytes.
    package static func compress(_ data: Data) -> Data {
        var bound = compressBound(uLong(data.count))
        var output = Data(count: Int(bound) + 8)
        var size = UInt64(data.count).littleEndian
        output.replaceSubrange(0..<8, with: Data(bytes: &size, count: 8))
        let status = output.withUnsafeMutableBytes { destination in
            data.withUnsafeBytes { source in
                compress2(
                    destination.baseAddress!.advanced(by: 8).assumingMemoryBound(to: Bytef.self), &bound,
                    source.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(data.count), 3)
            }
        }
        precondition(status == Z_OK, "zlib compress2 failed with \(status)")
        output.count = Int(bound) + 8
        return output
    }

    /// Inflates what `compress` produced.
    package static func decompress(_ data: Data) throws -> Data {
        guard data.count >= 8 else { throw Failure() }
        let size = data.prefix(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        guard size < 4 << 30 else { throw Failure() }
        var length = uLongf(size)
        var output = Data(count: Int(size))
        if size == 0 { return output }
        let status = output.withUnsafeMutableBytes { destination in
            data.withUnsafeBytes { source in
                uncompress(
                    destination.baseAddress!.assumingMemoryBound(to: Bytef.self), &length,
                    source.baseAddress!.advanced(by: 8).assumingMemoryBound(to: Bytef.self), uLong(data.count - 8))
            }
        }
        guard status == Z_OK, length == uLongf(size) else { throw Failure() }
        return output
    }
}
