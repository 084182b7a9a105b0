import Foundation

@_implementationOnly import CLibXML2

/// A compiled W3C XML Schema, for checking documents against an official schema.
///
/// The schema itself is trusted input from the repository: its `xs:include`s are loaded from
/// local files while it compiles, and only then (see `LibXML`).
package final class MarkupSchema {
    /// An opaque pointer (`xmlSchemaPtr`): no libxml2 type is part of Markup's layout.
    private let schema: OpaquePointer

    /// Compiles the schema at `path` with the files it includes.
    package init(path: String) throws(MarkupError) {
        let (compiled, diagnostics) = LibXML.trustingLocalFiles {
            LibXML.collectingDiagnostics { () -> xmlSchemaPtr? in
                guard let parser = xmlSchemaNewParserCtxt(path) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled else {
            throw MarkupError(
                document: path,
                diagnostics: diagnostics.isEmpty
                    ? [.init(severity: .fatal, line: 0, column: 0, message: "cannot compile schema")] : diagnostics)
        }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// The problems that make `document` invalid against the schema; empty when it is valid.
    package func validate(_ document: MarkupDocument) -> [MarkupDiagnostic] {
        let (status, diagnostics) = LibXML.collectingDiagnostics { () -> Int32 in
            guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(context) }
            return xmlSchemaValidateDoc(context, document.pointer)
        }
        if status == 0 { return [] }
        return diagnostics.isEmpty
            ? [.init(severity: .error, line: 0, column: 0, message: "invalid (status \(status))")] : diagnostics
    }
}
