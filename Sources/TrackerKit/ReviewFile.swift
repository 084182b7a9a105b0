import Core
import Foundation
import Ledger

/// An analyst's decision as `tracker review` records it, before it is a record of the ledger.
package struct ReviewDecision: Sendable, Hashable {
    package var pledge: String
    package var deed: String
    package var verdict: Review.Verdict
    package var stance: Link.Stance?
    /// The status the deed decides for the pledge, when the analyst marks it decisive (confirmed only).
    package var decides: Rubric.Decision?
    package var note: String?
    package var by: String
    package var on: Day

    package init(
        pledge: String, deed: String, verdict: Review.Verdict, stance: Link.Stance? = nil,
        decides: Rubric.Decision? = nil, note: String? = nil, by: String, on: Day
    ) {
        self.pledge = pledge
        self.deed = deed
        self.verdict = verdict
        self.stance = stance
        self.decides = decides
        self.note = note
        self.by = by
        self.on = on
    }

    /// The record as YAML lines, its list item at `indent`.
    package func yamlLines(indent: String) -> [String] {
        var fields = [("pledge", pledge), ("deed", deed), ("verdict", verdict.rawValue)]
        if let stance { fields.append(("stance", stance.rawValue)) }
        if let decides {
            fields.append(("decides", decides.status.rawValue))
            if case .broken(let reason) = decides { fields.append(("reason", reason.rawValue)) }
        }
        if let note { fields.append(("note", note)) }
        fields += [("by", by), ("on", on.description)]
        return fields.enumerated().map { index, field in
            "\(indent)\(index == 0 ? "- " : "  ")\(field.0): \(ReviewFile.scalar(field.1))"
        }
    }
}

/// A file of `Commitments/reviews/`, one per pledge: decisions are appended as text, so the file's comments,
/// order and layout stay as they are and the diff is the new record alone.
package struct ReviewFile: Sendable {
    /// The path relative to the workspace, as messages show it: `Commitments/reviews/<pledge>.yaml`.
    package let path: String
    package let url: URL

    package init(workspace: Workspace, pledge: String) {
        path = "Commitments/reviews/\(pledge).yaml"
        url = workspace.root.appendingPathComponent(path)
    }

    /// Runs `body` holding an exclusive lock on the reviews folder (`flock` on the folder itself: no lock file in
    /// the ledger), so that two `tracker review` processes appending at once do not each write the file as it was
    /// plus their own record, the last one erasing the others'.
    package func withLock<T>(_ body: () throws -> T) throws -> T {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw RequestError("cannot write \(path): \(Self.reason(error)); nothing was recorded")
        }
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return try body() }  // a folder that cannot be opened: the write says why
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// What a new file starts with.
    static func header(pledge: String) -> String {
        """
        # Reviews of the links of pledge \(pledge): one record per decision, appended by `tracker review`
        # or by hand; a later decision on a link replaces an earlier one (docs/ledger.md, Reviews).
        reviews:

        """
    }

    /// The file's text before anything was appended (nil: it did not exist).
    package func contents() -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends `decision` as the last record; returns the text the file had before (nil: it did not exist).
    @discardableResult
    package func append(_ decision: ReviewDecision) throws -> String? {
        let before = contents()
        var text = before ?? Self.header(pledge: decision.pledge)
        // A file written on Windows keeps its line ends ("\r\n" is one Character to Swift, so look at scalars).
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        if !text.isEmpty, text.unicodeScalars.last != "\n" { text += newline }
        let lines = decision.yamlLines(indent: Self.itemIndent(in: text) ?? "  ")
        text += lines.joined(separator: newline) + newline
        try replace(with: text)
        return before
    }

    /// Puts back the text the file had (`before`; nil removes the file).
    package func restore(_ before: String?) {
        if let before {
            try? replace(with: before)
        } else {
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// Writes the file whole or not at all: a copy beside it (`.NAME.tracker-PID`), given the file's permissions,
    /// then renamed over it. A copy a killed process left is removed first (the caller holds the folder's lock).
    private func replace(with text: String) throws {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()  // made by withLock, which every write runs in
        let prefix = ".\(url.lastPathComponent).tracker-"
        for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(prefix) {
            try? manager.removeItem(at: folder.appendingPathComponent(name))
        }
        let copy = folder.appendingPathComponent(prefix + String(getpid()))
        let mode = (try? manager.attributesOfItem(atPath: url.path))?[.posixPermissions] as? NSNumber
        do {
            try Data(text.utf8).write(to: copy)
            if let mode { _ = chmod(copy.path, mode_t(mode.uint16Value)) }
            guard rename(copy.path, url.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? manager.removeItem(at: copy)
            throw RequestError("cannot write \(path): \(Self.reason(error)); nothing was recorded")
        }
    }

    /// What went wrong writing, in a few plain words ("Permission denied").
    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = underlying ?? ((error as NSError).domain == NSPOSIXErrorDomain ? error as NSError : nil) {
            return String(cString: strerror(Int32(posix.code)))
        }
        if let error = error as? POSIXError { return String(cString: strerror(error.code.rawValue)) }
        return (error as NSError).localizedDescription
    }

    // Made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let listItem = /( *)- .*/
    nonisolated(unsafe) private static let plainScalar = /[\p{L}\p{N}](?:[\p{L}\p{N} ._\/()',;!?+&%=→-]|:(?=\S))*/

    /// The indentation of the existing list items (`- pledge: …`), so an appended one lines up with them.
    static func itemIndent(in text: String) -> String? {
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if let match = line.wholeMatch(of: listItem) { return String(match.1) }
        }
        return nil
    }

    /// A YAML scalar for `text`: plain when that reads back as the same text, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        if text.wholeMatch(of: plainScalar) != nil, !text.hasSuffix(" "), !["null", "Null", "NULL"].contains(text) {
            return text
        }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                quoted += String(format: "\\u%04X", scalar.value)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
