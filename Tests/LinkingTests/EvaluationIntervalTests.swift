import Linking
import Testing

@Suite("make eval: how far a share from few motions can be trusted")
struct EvaluationIntervalTests {
    static func rounded(_ range: ClosedRange<Double>?) -> [Double]? {
        range.map { [($0.lowerBound * 100).rounded() / 100, ($0.upperBound * 100).rounded() / 100] }
    }

    @Test("The Wilson 95% interval: wide for 19 motions, one-sided at 0 and 1, none without motions")
    func wilson() {
        // Demonstration rights on the test part: 11 of 19 found.
        #expect(Self.rounded(MotionEvaluation.wilson(11, of: 19)) == [0.36, 0.77])
        #expect(Self.rounded(MotionEvaluation.wilson(23, of: 50)) == [0.33, 0.60])
        #expect(Self.rounded(MotionEvaluation.wilson(0, of: 10)) == [0, 0.28])
        #expect(Self.rounded(MotionEvaluation.wilson(10, of: 10)) == [0.72, 1])
        #expect(MotionEvaluation.wilson(0, of: 0) == nil)
    }
}
