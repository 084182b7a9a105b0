import Core
import Foundation
import Testing

@Suite("Work stored on a thread of its own while the caller goes on")
struct BackgroundSequenceTests {
    /// What the pieces did, in order.
    final class Record: @unchecked Sendable {
        // @unchecked: every access holds `lock`.
        private let lock = NSLock()
        private var values: [Int] = []
        func add(_ value: Int) { lock.withLock { values.append(value) } }
        var all: [Int] { lock.withLock { values } }
    }

    struct Failed: Error, Equatable {
        let piece: Int
    }

    @Test("Pieces run one after another in the order submitted, all of them done at finish")
    func order() throws {
        let sequence = BackgroundSequence(label: "test")
        let record = Record()
        for piece in 0..<50 {
            try sequence.submit {
                // Later pieces are quicker: only running them one by one keeps the order.
                usleep(useconds_t(50 - piece) * 20)
                record.add(piece)
            }
        }
        try sequence.finish()
        #expect(record.all == Array(0..<50))
    }

    @Test("The first error reaches the caller, and no piece after it runs")
    func firstError() throws {
        let sequence = BackgroundSequence(label: "test")
        let record = Record()
        var thrown: (any Error)?
        do {
            for piece in 0..<20 {
                try sequence.submit {
                    if piece == 3 || piece == 4 { throw Failed(piece: piece) }
                    record.add(piece)
                }
            }
            try sequence.finish()
        } catch {
            thrown = error
        }
        #expect(thrown as? Failed == Failed(piece: 3))
        // The caller runs at most two pieces ahead: it stops at its next submit after the error.
        try? sequence.finish()
        #expect(record.all == [0, 1, 2])
        #expect(throws: Failed(piece: 3)) { try sequence.finish() }
    }

    @Test("A value worked out ahead is the value, or the error, and asking twice gives it again")
    func ahead() throws {
        let sum = Ahead { (1...1000).reduce(0, +) }
        #expect(try sum.value() == 500_500)
        #expect(try sum.value() == 500_500)
        let failing = Ahead<Int> { throw Failed(piece: 7) }
        #expect(throws: Failed(piece: 7)) { try failing.value() }
    }
}
