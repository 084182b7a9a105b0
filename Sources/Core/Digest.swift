import Crypto
import Foundation

/// Content hashes of raw sources and of a run's inputs: SHA-256 (swift-crypto), as lower-case hex.
package enum Digest {
    /// The SHA-256 of `data`, as 64 lower-case hex digits.
    package static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// A SHA-256 fed piece by piece: the same bytes in the same order give the same hex digest.
    package struct Hasher {
        private var state = SHA256()

        package init() {}

        package mutating func update(_ data: Data) {
            state.update(data: data)
        }

        package mutating func update(_ text: String) {
            state.update(data: Data(text.utf8))
        }

        package func hex() -> String {
            Digest.hex(state.finalize())
        }
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
