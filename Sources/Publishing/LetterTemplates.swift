import Foundation
import Mustache

/// The formats a letter is written in.
package enum LetterFormat: String, Sendable, CaseIterable {
    case md, html
}

/// The letter's Mustache templates, read from a folder (`Templates/` of the workspace): `letter.md.mustache`,
/// `letter.html.mustache` and the partials they name (`afzender.mustache`). An analyst edits them without
/// touching Swift; a template that does not parse is reported with its file, line and column.
package struct LetterTemplates: Sendable {
    private let library: MustacheLibrary
    package let folder: URL

    /// - Throws: `PublishingError` when the folder or a letter template is missing, or a template does not parse.
    package init(folder: URL) throws(PublishingError) {
        self.folder = folder
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasSuffix(".mustache")
            }.sorted()
        } catch {
            throw PublishingError(
                "no templates folder \(folder.path); expected a folder of Mustache templates such as Templates/ (letter.md.mustache, jaarverslag.md.mustache and the others; docs/publishing.md)"
            )
        }
        var library = MustacheLibrary()
        for name in names {
            let file = folder.appendingPathComponent(name)
            let text: String
            do {
                text = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw PublishingError("cannot read \(file.path): \(error.localizedDescription)")
            }
            do {
                library.register(try MustacheTemplate(string: text), named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw PublishingError(
                    "\(file.path):\(error.context.lineNumber):\(error.context.columnNumber): the template does not parse (\(error.error)); expected Mustache (https://mustache.github.io/mustache.5.html)"
                )
            } catch {
                throw PublishingError("\(file.path): the template does not parse (\(error))")
            }
        }
        for format in LetterFormat.allCases where library.getTemplate(named: "letter.\(format.rawValue)") == nil {
            throw PublishingError(
                "no template letter.\(format.rawValue).mustache in \(folder.path); expected the letter's \(format.rawValue) template (docs/publishing.md)"
            )
        }
        self.library = library
    }

    /// The letter in `format`.
    package func render(_ content: LetterContent, format: LetterFormat) -> String {
        library.render(content, withTemplate: "letter.\(format.rawValue)") ?? ""
    }

    /// A municipality's annual report in `format`, from `jaarverslag.md.mustache` or `jaarverslag.html.mustache`.
    ///
    /// - Throws: `PublishingError` when the folder has no such template.
    package func render(_ report: AnnualReport, format: LetterFormat) throws(PublishingError) -> String {
        guard let text = library.render(report, withTemplate: "jaarverslag.\(format.rawValue)") else {
            throw PublishingError(
                "no template jaarverslag.\(format.rawValue).mustache in \(folder.path); expected the annual report's \(format.rawValue) template (docs/publishing.md)"
            )
        }
        return text
    }

    /// Any other template of the folder (`index.html` for `publish`), or nil when there is none.
    package func render(_ object: Any, template name: String) -> String? {
        library.render(object, withTemplate: name)
    }
}
