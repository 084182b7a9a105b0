import Core
import Foundation
import Testing

@Suite("Digests")
struct DigestTests {
    @Test("A set's digest is each member's SHA-256 summed lane by lane, whatever the order")
    func setDigest() {
        var empty = Digest.SetHasher()
        #expect(empty.hex() == String(repeating: "0", count: 64))
        // One member: its SHA-256 itself.
        empty.insert("kst-36704-59")
        #expect(empty.hex() == "59ad9a7c83c84de812a6c6e23470d6d93741e305b822dd6c367e99f063c5663c")
        #expect(empty.hex() == Digest.sha256(Data("kst-36704-59".utf8)))
        var ab = Digest.SetHasher()
        ab.insert("a")
        ab.insert("b")
        var ba = Digest.SetHasher()
        ba.insert("b")
        ba.insert("a")
        // The lanes of sha256("a") and sha256("b") added with wrap-around (checked with Python's hashlib).
        #expect(ab.hex() == "08bb6928ca5517142e4b8118ff058d81334469f89d507abc84f46634858a4958")
        #expect(ba.hex() == ab.hex())
    }

    @Test("A kept set digest reads back from its hex, and a member taken out leaves the digest of the rest")
    func carriedDigest() throws {
        var ab = try #require(
            Digest.SetHasher(hex: "08bb6928ca5517142e4b8118ff058d81334469f89d507abc84f46634858a4958"))
        ab.remove("a")
        #expect(ab.hex() == Digest.sha256(Data("b".utf8)))
        ab.remove("b")
        #expect(ab.hex() == String(repeating: "0", count: 64))
        #expect(Digest.SetHasher(hex: "08bb") == nil)
        #expect(Digest.SetHasher(hex: String(repeating: "g", count: 64)) == nil)
    }
}
