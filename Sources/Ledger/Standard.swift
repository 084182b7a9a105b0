import Core
import Foundation

/// A rights benchmark or an organisation's ask that pledges and policies are judged against.
package struct Standard: Sendable, Hashable, Identifiable {
    /// Which government the standard addresses.
    package enum Scope: String, Sendable, Hashable, CaseIterable {
        case national, municipal, any
    }

    package var id: String
    package var themes: [String]
    package var text: String
    package var quotation: Pledge.Quotation
    package var source: Citation
    /// Treaty articles and other instruments it rests on.
    package var instruments: [String]
    package var scope: Scope
    package var location: SourceLocation
}
