import Foundation

extension Array where Element: Sendable {
    /// The number of cores this process may use.
    package static var cores: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `body` over consecutive chunks of the array on every core and joins what it returns, in order.
    ///
    /// `body` gets the chunk's number (to pick per-worker state, `number % Array.cores`) and the chunk. For
    /// pure work of similar cost per element; small arrays run on the calling thread as one chunk.
    package func concurrentChunks<T: Sendable>(
        minimumChunk: Int = 64, _ body: @Sendable (Int, ArraySlice<Element>) throws -> [T]
    ) throws -> [T] {
        try chunkResults(minimumChunk: minimumChunk) { chunk, part in Result { try body(chunk, part) } }
            .flatMap { try $0.get() }
    }

    /// `concurrentChunks` for work that cannot fail.
    package func concurrentChunks<T: Sendable>(
        minimumChunk: Int = 64, _ body: @Sendable (Int, ArraySlice<Element>) -> [T]
    ) -> [T] {
        chunkResults(minimumChunk: minimumChunk) { chunk, part in Result<[T], Never>.success(body(chunk, part)) }
            .flatMap { result in
                switch result {
                case .success(let values): values
                }
            }
    }

    private func chunkResults<R: Sendable>(minimumChunk: Int, _ body: @Sendable (Int, ArraySlice<Element>) -> R) -> [R]
    {
        let chunks = Swift.min(count / minimumChunk + 1, 4 * Self.cores)
        guard chunks > 1, Self.cores > 1 else { return [body(0, self[...])] }
        let size = (count + chunks - 1) / chunks
        let results = Slots<R>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            results.set(chunk, body(chunk, self[Swift.min(count, chunk * size)..<Swift.min(count, (chunk + 1) * size)]))
        }
        return results.values
    }

    /// `map` on every core, in order.
    package func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        try concurrentChunks { _, part in try part.map(transform) }
    }
}

/// What the workers of `concurrentChunks` returned, chunk by chunk.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}

/// Runs work on a thread of its own, one piece after another, while the caller goes on: the caller prepares the
/// next piece (reads and links the next batch) while this one is stored. At most one piece waits, so the caller
/// never runs further ahead than that; the first error is thrown to the caller at its next `submit` or at `finish`,
/// and no later piece runs.
package final class BackgroundSequence: @unchecked Sendable {
    // @unchecked: `failure` is behind `lock`; the pieces run one at a time on `queue`.
    private let queue: DispatchQueue
    private let waiting = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var failure: (any Error)?

    package init(label: String) {
        queue = DispatchQueue(label: label)
    }

    /// Queues `work` after the pieces before it; waits while one piece runs and another waits.
    package func submit(_ work: @escaping @Sendable () throws -> Void) throws {
        waiting.wait()
        if let failure = lock.withLock({ failure }) {
            waiting.signal()
            throw failure
        }
        queue.async {
            defer { self.waiting.signal() }
            guard self.lock.withLock({ self.failure == nil }) else { return }
            do {
                try work()
            } catch {
                self.lock.withLock { self.failure = error }
            }
        }
    }

    /// Waits for every piece queued, then throws the first error, if any.
    package func finish() throws {
        queue.sync {}
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}

/// A value worked out on another thread while the caller does something else; `value()` waits for it.
package final class Ahead<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is written once before `done` is signalled and read only after waiting for it.
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    package init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// The value, or the error working it out threw; waits until it is there.
    package func value() throws -> Value {
        done.wait()
        defer { done.signal() }
        return try result!.get()
    }
}
