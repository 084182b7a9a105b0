import GRDB
import Text

/// The FTS5 tokenizer of the deed index: SQLite's `unicode61` (lower case, diacritics removed), then
/// the Snowball stem of each token (`DutchStemmer`), the same stems the linker's phrase matching uses.
///
/// Registered on every connection as `dutch_stem`, for documents and queries alike.
final class DutchStemTokenizer: FTS5WrapperTokenizer {
    static let name = "dutch_stem"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
    }

    func accept(
        token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
        tokenCallback: FTS5WrapperTokenCallback
    ) throws {
        try tokenCallback(DutchStemmer.shared.stem(token), flags)
    }
}
