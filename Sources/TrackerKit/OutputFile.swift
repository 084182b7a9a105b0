import Foundation

/// Writes what a command was asked to put in a file (`--out`): all of it or nothing, never half a file.
package enum OutputFile {
    /// Writes `text` (UTF-8) to `path` through a temporary file beside it, renamed into place.
    ///
    /// - Throws: `RequestError` naming the file when its folder does not exist or cannot be written.
    package static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw RequestError("cannot write \(path): the folder \(folder.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw RequestError("cannot write \(path): it is a folder; expected a file's path (--out FOLDER/NAME)")
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw RequestError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
