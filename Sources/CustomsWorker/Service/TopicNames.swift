import CustomsModel

/// The topics the worker reads and writes (`pipeline.md`); every name is configurable.
public struct TopicNames: Sendable, Hashable, Codable {
    public var rawReports: String
    public var metrics: String
    public var aggregates: String
    public var deadLetters: String

    public init(
        rawReports: String = DefaultTopics.rawReports, metrics: String = DefaultTopics.metrics,
        aggregates: String = DefaultTopics.aggregates, deadLetters: String = DefaultTopics.deadLetters
    ) {
        self.rawReports = rawReports
        self.metrics = metrics
        self.aggregates = aggregates
        self.deadLetters = deadLetters
    }

    public static let `default` = TopicNames()

    public var all: [String] { [rawReports, metrics, aggregates, deadLetters] }
}
