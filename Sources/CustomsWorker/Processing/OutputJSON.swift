import CustomsModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker's output messages (metric records, aggregates) as JSON, written directly into a
/// byte array: byte for byte what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`
/// writes on Linux for the same value (keys in UTF-8 order, `Double.description` without a
/// trailing ".0", the same string escapes, `null` where the model's `encode(to:)` writes it,
/// omitted where synthesized conformances use `encodeIfPresent`), at a fraction of the cost:
/// Foundation's encoder was a third of the worker's CPU time (BENCHMARKS.md).
///
/// Returns `nil` for values `JSONEncoder` refuses (non-finite numbers), so callers can fall
/// back to it and keep its behaviour. `OutputJSONTests` checks the equivalence.
public enum OutputJSON {
    /// `CUSTOMS_FOUNDATION_JSON=1` turns the direct encoders and the raw-report fast path off
    /// (everything goes through Foundation's JSONEncoder/JSONDecoder, as before), for A/B
    /// measurements and as a safety switch.
    public static let enabled: Bool = getenv("CUSTOMS_FOUNDATION_JSON").map { String(cString: $0) != "1" } ?? true

    public static func encode(_ record: MetricRecord) -> [UInt8]? {
        var writer = Writer(capacity: 1024)
        return writer.encode(record)
    }

    public static func encode(_ message: AggregateMessage) -> [UInt8]? {
        var writer = Writer(capacity: 2048)
        return writer.encode(message)
    }

    /// Encodes message after message through one scratch buffer, so that a batch costs one
    /// allocation per message (its result) instead of a scratch buffer that grows and is freed
    /// each time: large allocations and frees were a tenth of the worker's time in `malloc`.
    public struct Writer: ~Copyable {
        private var bytes: JSONBytes

        /// `capacity`: the scratch buffer's first size; it grows to the largest message written.
        public init(capacity: Int = 4096) {
            bytes = JSONBytes(capacity: capacity)
        }

        /// The JSON of `record`; `nil` where `JSONEncoder` would refuse it (see ``OutputJSON``).
        public mutating func encode(_ record: borrowing MetricRecord) -> [UInt8]? {
            guard OutputJSON.enabled else { return nil }
            bytes.reset()
            bytes.record(record)
            return bytes.result
        }

        /// The JSON of an aggregate or year-progress message; `nil` as above.
        public mutating func encode(_ message: borrowing AggregateMessage) -> [UInt8]? {
            guard OutputJSON.enabled else { return nil }
            bytes.reset()
            switch message {
            case .value(let aggregate): bytes.aggregate(aggregate)
            case .yearProgress(let progress): bytes.yearProgress(progress)
            }
            return bytes.result
        }
    }
}

/// The output under construction: an owned byte buffer (not an Array, whose every append checks
/// uniqueness and may retain its storage: that was a third of the encoding time), handed out
/// once as `[UInt8]` by ``result``.
struct JSONBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var valid = true

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Starts over, keeping the buffer.
    mutating func reset() {
        count = 0
        valid = true
    }

    /// The bytes written; `nil` when a value JSONEncoder refuses (a non-finite number) was written.
    var result: [UInt8]? { valid ? Array(UnsafeBufferPointer(start: base, count: count)) : nil }

    @inline(__always) private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never) private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        fresh.initialize(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = larger
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ a: UInt8, _ b: UInt8) {
        reserve(2)
        base[count] = a
        base[count + 1] = b
        count += 2
    }

    @inline(__always) mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        reserve(buffer.count)
        (base + count).initialize(from: source, count: buffer.count)
        count += buffer.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// The bytes written so far, for the duration of `body`.
    func withContents<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    @inline(__always) mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    @inline(__always) mutating func string(_ text: String) {
        append(0x22)
        content(text)
        append(0x22)
    }

    /// `text` escaped for a JSON string, without the quotes. Inlined so that a string read from an
    /// array or a struct in the caller is not retained around an outlined call (that retain and
    /// release cost more than the copy); a native string is read in place, only a bridged or lazy
    /// one is copied first.
    @inline(__always) mutating func content(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var copy = text
            copy.withUTF8 { escaped($0) }
        }
    }

    /// Most strings (ids, URLs, dates, enum values) need no escape: one scan, one copy.
    @inline(never) private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        if JSONBytes.needsEscape(utf8) { appendEscaped(utf8) } else { append(utf8) }
    }

    /// Whether `utf8` holds a byte JSON must escape (`"`, `\\`, or below 0x20), eight bytes at a
    /// time: the classic "has a byte less than n / equal to c" word tests, exact for the question
    /// asked (bytes of 0x80 and above, the rest of a UTF-8 sequence, never match).
    @inline(__always)
    static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        guard n > 0, let base = utf8.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let control = (word &- ones &* 0x20) & ~word
            let matches = control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            if matches & highs != 0 { return true }
            i += 8
        }
        while i < n {
            let byte = base[i]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            i += 1
        }
        return false
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var mark = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if index > mark { append(UnsafeBufferPointer(rebasing: utf8[mark..<index])) }
            switch byte {
            case 0x22: append(0x5C, 0x22)
            case 0x5C: append(0x5C, 0x5C)
            case 0x08: append(0x5C, UInt8(ascii: "b"))
            case 0x0C: append(0x5C, UInt8(ascii: "f"))
            case 0x0A: append(0x5C, UInt8(ascii: "n"))
            case 0x0D: append(0x5C, UInt8(ascii: "r"))
            case 0x09: append(0x5C, UInt8(ascii: "t"))
            default:
                let hex = Array("0123456789abcdef".utf8)
                append(0x5C, UInt8(ascii: "u"))
                append(UInt8(ascii: "0"), UInt8(ascii: "0"))
                append(hex[Int(byte >> 4)], hex[Int(byte & 0xF)])
            }
            mark = index + 1
        }
        if utf8.count > mark { append(UnsafeBufferPointer(rebasing: utf8[mark...])) }
    }

    mutating func string(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    mutating func number(_ value: Double) {
        guard value.isFinite else {
            valid = false
            raw("null")
            return
        }
        if shortDecimal(value) { return }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { append($0) }
    }

    /// Writes `value.description` (less a trailing ".0") for the numbers the worker writes most,
    /// without building a String: integers below 2^53, and numbers with at most four decimals
    /// between 0.001 and 2^50 / 10^decimals. Returns false (nothing written) for any other value.
    ///
    /// Why it is the same text: `description` is the shortest decimal that reads back as `value`,
    /// printed without an exponent in this range. The loop tries 1, 2, 3, 4 decimals in turn and
    /// stops at the first `m / 10^d` whose nearest double is `value` (IEEE division of exact
    /// operands rounds to nearest), so no shorter decimal reads back; and two decimals with `d`
    /// places are 10^-d apart, more than the gap between neighbouring doubles here, so no other
    /// one reads back either. `OutputJSONTests` compares it with `description` on many values.
    mutating func shortDecimal(_ value: Double) -> Bool {
        let magnitude = value.magnitude
        if magnitude.rounded(.towardZero) == magnitude {
            guard magnitude < 9_007_199_254_740_992 else { return false }
            if value.sign == .minus { append(0x2D) }
            digits(UInt64(magnitude))
            return true
        }
        guard magnitude >= 0.001 else { return false }
        var scale = 1.0
        var power: UInt64 = 1
        for decimals in 1...4 {
            scale *= 10
            power *= 10
            let scaled = (magnitude * scale).rounded()
            guard scaled < 1_125_899_906_842_624 else { return false }  // 2^50
            guard scaled / scale == magnitude else { continue }
            let whole = UInt64(scaled)
            if value.sign == .minus { append(0x2D) }
            digits(whole / power)
            append(0x2E)
            var fraction = whole % power
            var divisor = power / 10
            for _ in 0..<decimals {
                append(0x30 + UInt8(fraction / divisor))
                fraction %= divisor
                divisor /= 10
            }
            return true
        }
        return false
    }

    /// The decimal digits of `value`.
    @inline(__always)
    mutating func digits(_ value: UInt64) {
        var length = 1
        var rest = value / 10
        while rest > 0 { length += 1; rest /= 10 }
        reserve(length)
        var v = value
        var at = count + length
        repeat {  // (at least once: 0 is one digit)
            at -= 1
            base[at] = 0x30 + UInt8(v % 10)
            v /= 10
        } while v > 0
        count += length
    }

    mutating func number(_ value: Double?) {
        if let value { number(value) } else { raw("null") }
    }

    mutating func int(_ value: Int) {
        if value < 0 { append(0x2D) }
        digits(UInt64(value.magnitude))
    }

    mutating func date(_ date: CalendarDate?) {
        if let date { string(date.description) } else { raw("null") }
    }

    mutating func period(_ period: Period) {
        raw("{\"end\":")
        date(period.end)
        raw(",\"start\":")
        date(period.start)
        raw("}")
    }

    mutating func targets(_ targets: [TargetAttainment]) {
        raw("[")
        for (index, target) in targets.enumerated() {
            if index > 0 { raw(",") }
            raw("{\"amount\":")
            number(target.amount)
            raw(",\"kind\":")
            string(target.kind.rawValue)
            raw(",\"pct\":")
            number(target.pct)
            raw("}")
        }
        raw("]")
    }

    /// `MetricRecord.encode(to:)`: every field, `null` included.
    mutating func record(_ r: borrowing MetricRecord) {
        raw("{\"basis\":")
        string(r.basis.rawValue)
        raw(",\"change_pct\":")
        number(r.changePct)
        raw(",\"change_prev_period_pct\":")
        number(r.changePrevPeriodPct)
        raw(",\"confidence\":")
        number(r.confidence)
        raw(",\"evidence\":{\"end\":")
        int(r.evidence.end)
        raw(",\"start\":")
        int(r.evidence.start)
        raw("},\"extractor\":{\"name\":")
        string(r.extractor.name)
        raw(",\"version\":")
        string(r.extractor.version)
        raw("},\"flow\":")
        string(r.flow?.rawValue)
        raw(",\"ingested_at\":")
        string(r.ingestedAt)
        raw(",\"metric\":")
        string(r.metric.rawValue)
        raw(",\"office\":")
        string(r.office)
        raw(",\"period\":")
        period(r.period)
        raw(",\"published_at\":")
        string(r.publishedAt)
        raw(",\"qualifier\":")
        string(r.qualifier.rawValue)
        raw(",\"record_id\":")
        string(r.recordID)
        raw(",\"report_id\":")
        string(r.reportID)
        raw(",\"source_url\":")
        string(r.sourceURL)
        raw(",\"target_kind\":")
        string(r.targetKind?.rawValue)
        raw(",\"unit\":")
        string(r.unit.rawValue)
        raw(",\"value\":")
        number(r.value)
        raw(",\"value_max\":")
        number(r.valueMax)
        raw(",\"vs_targets\":")
        targets(r.vsTargets)
        raw("}")
    }

    /// `AggregateSource`'s synthesized conformance: `nil` optionals are omitted.
    mutating func source(_ s: borrowing AggregateSource) {
        raw("{")
        if let changePct = s.changePct {
            raw("\"change_pct\":")
            number(changePct)
            raw(",")
        }
        raw("\"confidence\":")
        number(s.confidence)
        if let ingestedAt = s.ingestedAt {
            raw(",\"ingested_at\":")
            string(ingestedAt)
        }
        if let publishedAt = s.publishedAt {
            raw(",\"published_at\":")
            string(publishedAt)
        }
        raw(",\"record_id\":")
        string(s.recordID)
        raw(",\"report_id\":")
        string(s.reportID)
        if let sourceURL = s.sourceURL {
            raw(",\"source_url\":")
            string(sourceURL)
        }
        raw(",\"vs_targets\":")
        targets(s.vsTargets)
        raw("}")
    }

    /// `ObservedValue.encode(to:)`.
    mutating func observed(_ v: borrowing ObservedValue) {
        observedHead(v)
        // Read in place from the borrowed value: a copy out of the array (or out of a buffer
        // pointer, which the compiler cannot prove stable) would retain and release each String.
        for index in v.sources.indices {
            if index > 0 { raw(",") }
            source(v.sources[index])
        }
        observedTail(v)
    }

    /// An observed value up to its sources' elements (`AggregateWriter` writes them from its
    /// kept lists).
    mutating func observedHead(_ v: borrowing ObservedValue) {
        raw("{\"qualifier\":")
        string(v.qualifier.rawValue)
        raw(",\"sources\":[")
    }

    mutating func observedTail(_ v: borrowing ObservedValue) {
        raw("],\"unit\":")
        string(v.unit.rawValue)
        raw(",\"value\":")
        number(v.value)
        raw(",\"value_max\":")
        number(v.valueMax)
        raw("}")
    }

    /// `Aggregate.encode(to:)`.
    mutating func aggregate(_ a: borrowing Aggregate) {
        aggregateHead(a)
        for index in a.values.indices {
            if index > 0 { raw(",") }
            observed(a.values[index])
        }
        aggregateTail(a)
    }

    /// An aggregate up to the elements of `values`.
    mutating func aggregateHead(_ a: borrowing Aggregate) {
        raw("{\"basis\":")
        string(a.key.basis.rawValue)
        raw(",\"change_pct\":")
        number(a.changePct)
        raw(",\"conflict\":")
        if a.conflict { raw("true") } else { raw("false") }
        raw(",\"first_seen\":")
        string(a.firstSeen)
        raw(",\"flow\":")
        string(a.key.flow?.rawValue)
        raw(",\"key\":")
        string(a.key.description)
        raw(",\"kind\":")
        string(a.kind)
        raw(",\"metric\":")
        string(a.key.metric.rawValue)
        raw(",\"observations\":")
        int(a.observations)
        raw(",\"office\":")
        string(a.key.office)
        raw(",\"period\":")
        period(a.key.period)
        raw(",\"qualifier\":")
        string(a.qualifier.rawValue)
        raw(",\"target_kind\":")
        string(a.key.targetKind?.rawValue)
        raw(",\"unit\":")
        string(a.unit.rawValue)
        raw(",\"updated_at\":")
        string(a.updatedAt)
        raw(",\"value\":")
        number(a.value)
        raw(",\"value_max\":")
        number(a.valueMax)
        raw(",\"values\":[")
    }

    mutating func aggregateTail(_ a: borrowing Aggregate) {
        raw("],\"version\":")
        int(a.version)
        raw(",\"vs_targets\":")
        targets(a.vsTargets)
        raw("}")
    }

    /// `YearProgress.encode(to:)`.
    mutating func yearProgress(_ y: borrowing YearProgress) {
        raw("{\"flow\":")
        string(y.key.flow?.rawValue)
        raw(",\"key\":")
        string(y.key.description)
        raw(",\"kind\":")
        string(y.kind)
        raw(",\"metric\":")
        string(y.key.metric.rawValue)
        raw(",\"office\":")
        string(y.key.office)
        raw(",\"period\":")
        period(y.period)
        raw(",\"qualifier\":")
        string(y.qualifier.rawValue)
        raw(",\"record_id\":")
        string(y.recordID)
        raw(",\"targets\":")
        targets(y.targets)
        raw(",\"unit\":")
        string(y.unit.rawValue)
        raw(",\"updated_at\":")
        string(y.updatedAt)
        raw(",\"value\":")
        number(y.value)
        raw(",\"version\":")
        int(y.version)
        raw(",\"year\":")
        int(y.key.year)
        raw("}")
    }
}
