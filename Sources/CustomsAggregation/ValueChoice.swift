import CustomsModel

/// The rules of `pipeline.md` for choosing an aggregate's value and spotting conflicts.
enum ValueChoice {
    /// The interval of true values a stated figure allows.
    static func bounds(of value: Double, max valueMax: Double?, qualifier: Qualifier) -> ClosedRange<Double> {
        let tolerance = Swift.max(abs(value) * 1e-6, 1e-9)
        switch qualifier {
        case .exact: return (value - tolerance)...(value + tolerance)
        // "hơn 235 triệu" allows 235.4 million; "hơn" is inclusive of rounding down.
        case .over: return (value - tolerance)...Double.greatestFiniteMagnitude
        case .under: return -Double.greatestFiniteMagnitude...(value + tolerance)
        // "khoảng", "gần", "ước": writers round to two or three significant digits.
        case .about: return (value * 0.9)...(value * 1.1)
        case .range:
            let upper = Swift.max(value, valueMax ?? value)
            return (Swift.min(value, upper) - tolerance)...(upper + tolerance)
        }
    }

    /// Whether two stated values can both be true.
    static func compatible(_ a: ObservedValue, _ b: ObservedValue) -> Bool {
        // Different units cannot be compared without an exchange rate; they do not conflict.
        guard a.unit == b.unit else { return true }
        return bounds(of: a.value, max: a.valueMax, qualifier: a.qualifier)
            .overlaps(bounds(of: b.value, max: b.valueMax, qualifier: b.qualifier))
    }

    // The source order and the choice of the observation live in `SourceSummary` (kept
    // incrementally, record by record).
}

/// (year, month, day) with unknown parts as 0, compared lexicographically.
struct PublicationOrder: Comparable {
    var parts: (Int, Int, Int)
    init(_ year: Int, _ month: Int, _ day: Int) { parts = (year, month, day) }
    static func == (a: Self, b: Self) -> Bool { a.parts == b.parts }
    static func < (a: Self, b: Self) -> Bool { a.parts < b.parts }
}
