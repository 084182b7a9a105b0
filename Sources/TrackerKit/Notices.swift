import Synchronization

/// Warnings the library finds while it reads, for the command line to print once the command is done: a read
/// command cannot fix what it finds (it never writes), but it must not pass it over in silence.
package enum Notices {
    private static let posted = Mutex<[String]>([])

    /// Adds `notice` once (a long-running `serve` posting the same one again keeps one).
    static func post(_ notice: String) {
        posted.withLock { notices in if !notices.contains(notice) { notices.append(notice) } }
    }

    /// The notices posted since the last call, in the order posted.
    package static func drain() -> [String] {
        posted.withLock { notices in
            defer { notices = [] }
            return notices
        }
    }
}
