/// The shapes of identifiers in reviewed files, checked by hand: a `Regex` literal is compiled again each time it
/// is evaluated, and these checks run for every record of the ledger on every command.
package enum Identifiers {
    /// Lower-case letters and digits joined by single hyphens: `vreemdelingendetentie-uitbreiden`.
    package static func isSlug(_ text: String) -> Bool {
        var previousHyphen = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                if previousHyphen { return false }
                previousHyphen = true
            } else if isLower(byte) || isDigit(byte) {
                previousHyphen = false
            } else {
                return false
            }
        }
        return !previousHyphen
    }

    /// A Kamerstuk dossier number: four or five digits, optionally a hyphen and 1–4 capitals or digits (`36740-VII`).
    package static func isDossier(_ text: String) -> Bool {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard (4...5).contains(parts[0].utf8.count), parts[0].utf8.allSatisfy(isDigit) else { return false }
        guard parts.count == 2 else { return true }
        return (1...4).contains(parts[1].utf8.count) && parts[1].utf8.allSatisfy { isUpper($0) || isDigit($0) }
    }

    /// A zaak number: four digits, `Z`, five digits (`2025Z05049`).
    package static func isZaak(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && bytes[4] == UInt8(ascii: "Z") && bytes[0..<4].allSatisfy(isDigit)
            && bytes[5...].allSatisfy(isDigit)
    }

    /// A Kamerstuk id: `kst-`, a dossier number, a hyphen and a document number (`kst-30950-440`, `kst-36740-VII-15`).
    package static func isKamerstuk(_ text: String) -> Bool {
        // The last hyphen must come after `kst-`'s own: `kst-28684` names a dossier, not a document.
        let start = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        guard text.hasPrefix("kst-"), let last = text.lastIndex(of: "-"), last > start else { return false }
        let number = text[text.index(after: last)...]
        let dossier = text[start..<last]
        return !number.isEmpty && number.utf8.allSatisfy(isDigit) && isDossier(String(dossier))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
    private static func isLower(_ byte: UInt8) -> Bool { (97...122).contains(byte) }
    private static func isUpper(_ byte: UInt8) -> Bool { (65...90).contains(byte) }
}
