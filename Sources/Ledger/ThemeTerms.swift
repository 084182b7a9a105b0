/// The terms of one theme that a deed's title or operative text carries, as the linker read them: what a rights
/// alert rests on (`RightsAlerts`). Kept with the links, and made again whenever they are.
package struct ThemeTerms: Sendable, Hashable {
    package var deed: String
    package var theme: String
    /// The theme's terms as the ledger writes them, in the ledger's order.
    package var terms: [String]

    package init(deed: String, theme: String, terms: [String]) {
        self.deed = deed
        self.theme = theme
        self.terms = terms
    }
}
