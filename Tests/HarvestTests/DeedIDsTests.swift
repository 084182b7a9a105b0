import Harvest
import Testing

@Suite("What a source's run tells")
struct DeedIDsTests {
    @Test("Every deed a run adds is counted; the first 1,000 are kept by id, in the order they came")
    func capped() {
        var ids = DeedIDs()
        ids.append((1...600).map { "kst-\($0)" })
        ids.append((601...1_500).map { "kst-\($0)" })
        #expect(ids.count == 1_500)
        #expect(ids.listed.count == 1_000)
        #expect(ids.listed.first == "kst-1")
        #expect(ids.listed.last == "kst-1000")
    }
}
