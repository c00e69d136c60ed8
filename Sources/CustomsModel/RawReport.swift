/// The media type of a report body.
public enum ContentType: String, Codable, Sendable, Hashable, CaseIterable {
    case plain = "text/plain"
    case markdown = "text/markdown"
    case html = "text/html"
}

/// An article as upstream scrapers publish it to `customs.reports.raw.v1`.
///
/// Fields this version does not know are kept in ``extraFields`` and written back
/// unchanged, so a report passes through tools without losing data.
public struct RawReport: Sendable, Hashable, Codable {
    /// The schema versions this build reads; a report naming another goes to the dead-letter topic.
    public static let supportedSchemaVersions: ClosedRange<Int> = 1...1

    public var schemaVersion: Int?
    public var reportID: String?
    public var source: String?
    public var url: String?
    public var title: String?
    /// As the source gives it: RFC 3339 date-time, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var publishedAt: String?
    public var language: String?
    public var contentType: ContentType?
    public var body: String?
    public var extraFields: [String: JSONValue]

    public init(
        reportID: String? = nil, source: String? = nil, url: String? = nil, title: String? = nil,
        publishedAt: String? = nil, language: String? = "vi", contentType: ContentType? = .plain,
        body: String?, schemaVersion: Int? = nil, extraFields: [String: JSONValue] = [:]
    ) {
        self.schemaVersion = schemaVersion
        self.reportID = reportID
        self.source = source
        self.url = url
        self.title = title
        self.publishedAt = publishedAt
        self.language = language
        self.contentType = contentType
        self.body = body
        self.extraFields = extraFields
    }

    /// The id records refer to: `report_id`, else one derived from the URL, else from the body.
    public var effectiveID: String {
        if let reportID, !reportID.isEmpty { return reportID }
        var hash = StableHash()
        if let url, !url.isEmpty { hash.combine(url) } else { hash.combine(body ?? "") }
        return "r-" + hash.hex
    }

    /// The parsed publication date, when `published_at` is in an accepted form.
    public var publicationDate: PublicationDate? { publishedAt.flatMap(PublicationDate.init) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion = "schema_version"
        case reportID = "report_id"
        case source, url, title
        case publishedAt = "published_at"
        case language
        case contentType = "content_type"
        case body
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion)
        reportID = try c.decodeIfPresent(String.self, forKey: .reportID)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        publishedAt = try c.decodeIfPresent(String.self, forKey: .publishedAt)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        contentType = try c.decodeIfPresent(ContentType.self, forKey: .contentType)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        let known = Set(CodingKeys.allCases.map(\.rawValue))
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var extra: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            extra[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        extraFields = extra
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(schemaVersion, forKey: .schemaVersion)
        try c.encodeIfPresent(reportID, forKey: .reportID)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(publishedAt, forKey: .publishedAt)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(contentType, forKey: .contentType)
        try c.encodeIfPresent(body, forKey: .body)
        var all = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in extraFields.sorted(by: { $0.key < $1.key }) {
            try all.encode(value, forKey: AnyCodingKey(key))
        }
    }
}
