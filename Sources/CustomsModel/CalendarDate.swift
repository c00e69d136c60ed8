/// A day in the proleptic Gregorian calendar, encoded as `"YYYY-MM-DD"`.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a date; returns `nil` for a day that does not exist (31 April, 29 February 2021).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day of a month.
    public static func firstDay(year: Int, month: Int) -> CalendarDate? {
        CalendarDate(year: year, month: month, day: 1)
    }

    /// The last day of a month.
    public static func lastDay(year: Int, month: Int) -> CalendarDate? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY-MM-DD` (a longer RFC 3339 date-time is cut to its date).
    public init?(iso text: String) {
        // Read in place (a native string's bytes are contiguous): copying them into an array cost
        // more than the parse, once per report in extraction.
        var text = text
        guard let date = text.withUTF8({ Self.iso(prefixOf: $0) }) else { return nil }
        self = date
    }

    /// The date `YYYY-MM-DD` at the start of `bytes` (which may go on).
    static func iso(prefixOf bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = digits(bytes, 0..<4), let m = digits(bytes, 5..<7), let d = digits(bytes, 8..<10) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for byte in bytes[range] {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            // Only a date built field by field can get here: pad each part as the short form does.
            func pad(_ n: Int, _ width: Int) -> String {
                let s = String(n)
                return String(repeating: "0", count: max(0, width - s.count)) + s
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // Ten digits and dashes written in place (keys and ids print dates for every record).
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func two(_ n: Int, at offset: Int) {
                buffer[offset] = 0x30 + UInt8(truncatingIfNeeded: n / 10)
                buffer[offset + 1] = 0x30 + UInt8(truncatingIfNeeded: n % 10)
            }
            two(year / 100, at: 0)
            two(year % 100, at: 2)
            buffer[4] = 0x2D
            two(month, at: 5)
            buffer[7] = 0x2D
            two(day, at: 8)
            return 10
        }
    }

    /// The date `days` days later (`days` ≥ 0), across months and years.
    public func adding(days: Int) -> CalendarDate {
        var (y, m, d) = (year, month, day + days)
        while d > Self.daysIn(month: m, year: y) {
            d -= Self.daysIn(month: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return CalendarDate(year: y, month: m, day: d)!
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "expected a date as YYYY-MM-DD, got \"\(text)\""))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The days a figure covers, both bounds inclusive; an unknown bound is `nil`.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: CalendarDate?
    public var end: CalendarDate?

    public init(start: CalendarDate?, end: CalendarDate?) {
        self.start = start
        self.end = end
    }

    /// A whole calendar year.
    public static func year(_ year: Int) -> Period {
        Period(start: .firstDay(year: year, month: 1), end: .lastDay(year: year, month: 12))
    }

    /// Months `first` through `last` of one year ("6 tháng đầu năm 2021" is months 1...6).
    public static func months(_ first: Int, _ last: Int, of year: Int) -> Period {
        Period(start: .firstDay(year: year, month: first), end: .lastDay(year: year, month: last))
    }

    /// One quarter, 1 to 4.
    public static func quarter(_ quarter: Int, of year: Int) -> Period {
        months(quarter * 3 - 2, quarter * 3, of: year)
    }

    enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decodeIfPresent(CalendarDate.self, forKey: .start)
        end = try c.decodeIfPresent(CalendarDate.self, forKey: .end)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }

    public var description: String {
        "\(start.map(\.description) ?? "?")..\(end.map(\.description) ?? "?")"
    }
}

/// A publication date as precise as the source knows it: `YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`, or an RFC 3339 date-time (of which the calendar date is kept).
public struct PublicationDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the accepted forms; `nil` for anything else.
    public init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> PublicationDate? {
        guard bytes.count >= 4, let y = CalendarDate.digits(bytes, 0..<4), y >= 1 else { return nil }
        if bytes.count == 4 { return PublicationDate(year: y) }
        guard bytes.count >= 7, bytes[4] == UInt8(ascii: "-"),
              let m = CalendarDate.digits(bytes, 5..<7), (1...12).contains(m) else { return nil }
        if bytes.count == 7 { return PublicationDate(year: y, month: m) }
        guard let date = CalendarDate.iso(prefixOf: bytes) else { return nil }
        if bytes.count > 10 {
            // A date-time must continue with 'T' or a space (RFC 3339 allows both in practice).
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " ")
            else { return nil }
        }
        return PublicationDate(year: date.year, month: date.month, day: date.day)
    }

    /// The exact day, when the source gave one.
    public var date: CalendarDate? {
        guard let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    public var description: String {
        if let date { return date.description }
        if let month { return "\(year)-\(month < 10 ? "0" : "")\(month)" }
        return String(year)
    }
}
