import Foundation

/// A rights benchmark or an organisation's ask that pledges and policies are judged against.
public struct Standard: Sendable, Hashable, Identifiable {
    /// Which government the standard addresses.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        case national, municipal, any
    }

    public var id: String
    public var themes: [String]
    public var text: String
    public var quotation: Pledge.Quotation
    public var source: Citation
    /// Treaty articles and other instruments it rests on.
    public var instruments: [String]
    public var scope: Scope
    public var location: SourceLocation
}
