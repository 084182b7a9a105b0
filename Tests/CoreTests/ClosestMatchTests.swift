import Core
import Testing

@Suite("Did you mean: the suggestion for a misspelt or shortened name")
struct ClosestMatchTests {
    static let pledgeFields = [
        "id", "actor", "parties", "level", "date", "themes", "text", "quotation", "source", "kept_when", "note",
    ]

    @Test("A word cut short names what it begins, before a closer spelling of another word")
    func begun() {
        #expect(closestMatch(to: "quote", in: Self.pledgeFields) == "quotation")
        #expect(
            closestMatch(to: "vluchtelingen", in: ["etnisch-profileren", "vluchtelingenverdrag"])
                == "vluchtelingenverdrag")
        // Two fields begin so: no guess from the beginning; the spelling decides.
        #expect(closestMatch(to: "them", in: ["themes", "theme-terms"]) == "themes")
    }

    @Test("Otherwise the closest spelling within a few edits, and nothing beyond")
    func spelling() {
        #expect(closestMatch(to: "notes", in: Self.pledgeFields) == "note")
        #expect(closestMatch(to: "kabniet", in: ["kabinet"]) == "kabinet")
        #expect(closestMatch(to: "kept-when", in: Self.pledgeFields) == "kept_when")
        #expect(closestMatch(to: "verdict", in: Self.pledgeFields) == nil)
    }
}
