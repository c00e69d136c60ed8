import CustomsAggregation
import CustomsExtraction
import CustomsModel
import CustomsTesting
@testable import CustomsWorker
import Testing

/// `AggregateWriter` keeps each list's JSON between versions; what it writes must be what
/// `OutputJSON` writes from scratch, whatever versions it is shown and in whatever order.
@Suite struct AggregateWriterTests {
    /// The aggregate messages of a stream of generated reports, in the order the state made them.
    static func messages(reports: Int, seed: UInt64) -> [AggregateMessage] {
        let extractor = Extractor()
        var state = AggregationState()
        var messages: [AggregateMessage] = []
        for (index, report) in SampleCorpus.generated(count: reports, seed: seed, padding: 0).enumerated() {
            for var record in extractor.extract(report) {
                record.ingestedAt = Timestamp.rfc3339(milliseconds: 1_700_000_000_000 + Int64(index))
                messages += state.apply(record)
            }
        }
        return messages
    }

    @Test func everyVersionMatchesTheWriterFromScratch() throws {
        let messages = Self.messages(reports: 600, seed: 11)
        var writer = AggregateWriter()
        var longest = 0
        for message in messages {
            let written = writer.encode(message)
            let kept = try #require(written)
            #expect(kept == OutputJSON.encode(message), "\(message.messageKey) v\(message.version)")
            longest = max(longest, kept.count)
        }
        // The lists were long enough for reuse to matter, and one was kept per key and value.
        #expect(messages.count > 2000 && longest > 2000, "\(messages.count) messages, longest \(longest) bytes")
        let kept = writer.keptLists
        #expect(kept > 50)
    }

    /// With a budget, the kept lists stay within it, stale ones make room for busy ones, and
    /// what is written is the same either way.
    @Test func aBudgetBoundsTheKeptListsAndChangesNothingWritten() throws {
        let messages = Self.messages(reports: 400, seed: 13)
        let budget = KeptListBudget(bytes: 96 << 10)
        var writer = AggregateWriter(budget: budget)
        var keptMidway = 0
        for (index, message) in messages.enumerated() {
            let written = writer.encode(message)
            #expect(written == OutputJSON.encode(message), "\(message.messageKey) v\(message.version)")
            #expect(budget.used <= budget.limit)
            if index == messages.count / 2 { keptMidway = writer.keptLists }
        }
        #expect(keptMidway > 0 && budget.used > budget.limit / 2)
        // Keys nobody writes any more give way: another stream's keys get kept.
        let others = Self.messages(reports: 200, seed: 14).map { message -> AggregateMessage in
            switch message {
            case .value(var aggregate):
                aggregate.key.office += ".other"
                return .value(aggregate)
            case .yearProgress(var entry):
                entry.key.office += ".other"
                return .yearProgress(entry)
            }
        }
        for message in others {
            let written = writer.encode(message)
            #expect(written == OutputJSON.encode(message))
            #expect(budget.used <= budget.limit)
        }
        let keptOthers = others.suffix(200).filter { writer.keeps($0) }.count
        #expect(keptOthers > 20, "\(keptOthers) of the other stream's last 200 messages kept")
        // A writer gone gives its share back.
        _ = consume writer
        #expect(budget.used == 0)
        // A budget of 0 keeps nothing and still writes the same.
        var none = AggregateWriter(budget: KeptListBudget(bytes: 0))
        for message in messages.prefix(300) {
            let written = none.encode(message)
            #expect(written == OutputJSON.encode(message))
        }
        let keptByNone = none.keptLists
        #expect(keptByNone == 0)
    }

    /// A batch produces only the latest version of a key (several insertions at once); a
    /// rolled-back state shows older versions again (elements to remove).
    @Test func skippedAndOlderVersionsMatchToo() throws {
        let messages = Self.messages(reports: 300, seed: 12)
        var writer = AggregateWriter()
        var compared = 0
        for (index, message) in messages.enumerated() where index % 7 == 0 || index % 11 == 3 {
            let written = writer.encode(message)
            #expect(written == OutputJSON.encode(message), "\(message.messageKey) v\(message.version)")
            compared += 1
        }
        // Back to earlier versions of the same keys, in reverse.
        for message in messages.reversed() where message.version % 3 == 1 {
            let written = writer.encode(message)
            #expect(written == OutputJSON.encode(message), "back to \(message.messageKey) v\(message.version)")
            compared += 1
        }
        #expect(compared > 500)
    }

    /// Lists that are not in the order the state keeps (an aggregate written by an older worker,
    /// edited by hand) still come out as they are.
    @Test func unsortedAndChangedListsAreWrittenAsTheyAre() throws {
        func source(_ id: String, confidence: Double = 0.9) -> AggregateSource {
            AggregateSource(recordID: id, reportID: "r-\(id)", sourceURL: "https://x.invalid/\(id)", publishedAt: "2024-05",
                            confidence: confidence, ingestedAt: nil, changePct: nil, vsTargets: [])
        }
        func aggregate(_ lists: [[AggregateSource]], version: Int) -> AggregateMessage {
            let values = lists.enumerated().map { index, sources in
                ObservedValue(value: Double(index + 1), valueMax: nil, unit: .vnd, qualifier: .exact, sources: sources)
            }
            return .value(Aggregate(
                key: AggregateKey(office: "vn.hq.lang-son", metric: .revenue, flow: nil, targetKind: nil, basis: .actual,
                                  period: .year(2024)),
                value: 1, valueMax: nil, unit: .vnd, qualifier: .exact, values: values, observations: 3, conflict: false,
                changePct: nil, vsTargets: [], firstSeen: nil, updatedAt: nil, version: version))
        }
        let versions: [AggregateMessage] = [
            aggregate([[source("b"), source("d")]], version: 1),
            aggregate([[source("a"), source("b"), source("c"), source("d"), source("e")]], version: 2),
            aggregate([[source("e"), source("a"), source("c")]], version: 3),
            aggregate([[source("a"), source("c")], [source("f")]], version: 4),
            aggregate([[source("f")], [source("a"), source("c"), source("g")]], version: 5),
            aggregate([[], [source("a")]], version: 6),
            aggregate([[source("a"), source("b")]], version: 7),
        ]
        var writer = AggregateWriter()
        for message in versions {
            let written = writer.encode(message)
            #expect(written == OutputJSON.encode(message), "version \(message.version)")
        }
        for (version, recordID) in ["m-2", "m-1", "m-5"].enumerated() {
            let entry = YearProgress(key: YearProgressKey(office: "vn", metric: .revenue, flow: nil, year: 2024), value: 1,
                                     unit: .vnd, qualifier: .exact, period: .year(2024), recordID: recordID,
                                     targets: [], updatedAt: nil, version: version + 1)
            let written = writer.encode(.yearProgress(entry))
            #expect(written == OutputJSON.encode(.yearProgress(entry)), "\(recordID)")
        }
    }
}
