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

    /// A digest of a set of texts, the same whatever the order they are added in: each text's SHA-256 read as four
    /// big-endian 64-bit lanes, summed lane by lane (wrapping), written as 64 hex digits. No sort and no copy of the
    /// set is needed, so a large set is hashed in one pass as it is read.
    package struct SetHasher {
        private var lanes: [UInt64] = [0, 0, 0, 0]

        package init() {}

        /// The digest `hex()` wrote, to add texts to or take them from; nil for anything else.
        package init?(hex: String) {
            guard hex.utf8.count == 64 else { return nil }
            var lanes: [UInt64] = []
            var start = hex.startIndex
            for _ in 0..<4 {
                let end = hex.index(start, offsetBy: 16)
                guard let lane = UInt64(hex[start..<end], radix: 16) else { return nil }
                lanes.append(lane)
                start = end
            }
            self.lanes = lanes
        }

        package mutating func insert(_ text: String) { add(text, sign: 1) }

        /// Takes out a text that was inserted: the digest is then that of the set without it.
        package mutating func remove(_ text: String) { add(text, sign: -1) }

        private mutating func add(_ text: String, sign: Int) {
            var text = text
            let digest = text.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
            digest.withUnsafeBytes { bytes in
                for lane in 0..<4 {
                    var value: UInt64 = 0
                    for byte in bytes[(lane * 8)..<(lane * 8 + 8)] { value = value << 8 | UInt64(byte) }
                    if sign > 0 { lanes[lane] &+= value } else { lanes[lane] &-= value }
                }
            }
        }

        package func hex() -> String {
            lanes.map { lane in
                let digits = String(lane, radix: 16)
                return String(repeating: "0", count: 16 - digits.count) + digits
            }.joined()
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
