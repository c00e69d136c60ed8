import CustomsModel
import Testing
@testable import CustomsAggregation

/// Year progress is a view of the value aggregates: whatever the order of the records, and
/// wherever a worker stopped and restored its state from the aggregates it had produced, the
/// year progress and each of its versions come out the same.
@Suite struct YearProgressViewTests {
    /// Revenue and trade figures over a year, targets for the whole year and for a quarter, a
    /// forecast target, and a trade value stated only in VND (which year progress leaves out).
    static func records() -> [MetricRecord] {
        var records: [MetricRecord] = []
        let periods: [Period] = [.quarter(1, of: 2022), .months(1, 6, of: 2022), .months(1, 9, of: 2022), .year(2022),
                                 .quarter(3, of: 2022)]
        for (index, period) in periods.enumerated() {
            records.append(MetricRecord(reportID: "r\(index)", office: "vn.lang-son", metric: .revenue,
                                        value: Double(1_000 + 500 * index), qualifier: index == 2 ? .about : .exact,
                                        period: period, evidence: Evidence(start: index, end: index + 5),
                                        ingestedAt: "2022-0\(index + 1)-15T00:00:00Z"))
            records.append(MetricRecord(reportID: "r\(index)", office: "vn.lang-son", metric: .tradeValue, flow: .total,
                                        value: Double(7_000 + index), period: period,
                                        evidence: Evidence(start: 100 + index, end: 110 + index),
                                        ingestedAt: "2022-0\(index + 1)-15T00:00:00Z"))
        }
        // The same figure from a second report: one more source, one more version.
        records.append(MetricRecord(reportID: "again", office: "vn.lang-son", metric: .revenue, value: 3_000, period: .year(2022),
                                    evidence: Evidence(start: 0, end: 5), ingestedAt: "2022-12-30T00:00:00Z"))
        records.append(MetricRecord(reportID: "t1", office: "vn.lang-son", metric: .revenueTarget, value: 4_000,
                                    period: .year(2022), targetKind: .estimate, evidence: Evidence(start: 0, end: 5),
                                    ingestedAt: "2023-01-02T00:00:00Z"))
        records.append(MetricRecord(reportID: "t2", office: "vn.lang-son", metric: .revenueTarget, value: 4_400,
                                    period: .year(2022), targetKind: .stretch, evidence: Evidence(start: 0, end: 5),
                                    ingestedAt: "2021-12-20T00:00:00Z"))
        records.append(MetricRecord(reportID: "t3", office: "vn.lang-son", metric: .revenueTarget, value: 900,
                                    period: .quarter(2, of: 2022), targetKind: .estimate, evidence: Evidence(start: 0, end: 5),
                                    ingestedAt: "2023-02-01T00:00:00Z"))
        records.append(MetricRecord(reportID: "t4", office: "vn.lang-son", metric: .revenueTarget, value: 4_100,
                                    basis: .forecast, period: .year(2022), targetKind: .estimate,
                                    evidence: Evidence(start: 0, end: 5), ingestedAt: "2023-03-01T00:00:00Z"))
        records.append(MetricRecord(reportID: "vnd", office: "vn.lang-son", metric: .tradeValue, flow: .total,
                                    value: 170_000_000_000_000, unit: .vnd, period: .year(2022),
                                    evidence: Evidence(start: 0, end: 5), ingestedAt: "2023-04-01T00:00:00Z"))
        return records
    }

    @Test func theSameWhateverTheOrderAndWhereverAWorkerStopped() throws {
        let records = Self.records()
        var reference = AggregationState()
        for r in records { _ = reference.apply(r) }
        let revenue = try #require(reference.progress[YearProgressKey(office: "vn.lang-son", metric: .revenue, flow: nil, year: 2022)])
        // Six revenue figures and the two whole-year targets; neither the quarter's nor the forecast target.
        #expect(revenue.version == 8)
        #expect(revenue.value == 3_000 && revenue.period == .year(2022) && revenue.recordID == records[10].recordID)
        #expect(revenue.targets.map(\.kind) == [.estimate, .stretch] && revenue.targets.map(\.pct) == [75, 68.2])
        #expect(revenue.updatedAt == "2023-01-02T00:00:00Z")
        let trade = try #require(reference.progress[YearProgressKey(office: "vn.lang-son", metric: .tradeValue, flow: .total, year: 2022)])
        #expect(trade.version == 5 && trade.value == 7_003 && trade.unit == .usd)

        var generator = SplitMix(seed: 7)
        for _ in 0..<60 {
            let order = records.shuffled(using: &generator)
            let stop = Int(generator.next() % UInt64(order.count + 1))
            var first = AggregationState()
            var log: [AggregateMessage] = []
            for r in order[..<stop] { log += first.apply(r) }
            // A successor restores from what was produced and redoes everything from a committed
            // offset at or before the stop.
            var successor = AggregationState()
            for message in log.shuffled(using: &generator) { successor.restore(message) }
            #expect(successor.progress == first.progress)
            let committed = Int(generator.next() % UInt64(stop + 1))
            var versionsSeen: [YearProgressKey: Int] = [:]
            for r in order[committed...] {
                for case .yearProgress(let entry) in successor.apply(r) {
                    #expect(entry.version > versionsSeen[entry.key, default: 0], "a version again after a restore")
                    versionsSeen[entry.key] = entry.version
                }
            }
            #expect(successor.progress == reference.progress)
        }
    }
}
