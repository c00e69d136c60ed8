import CustomsModel

/// Writes the aggregate messages of one metrics partition as JSON, byte for byte what
/// ``OutputJSON/encode(_:)-(AggregateMessage)`` writes, but without re-encoding the long lists.
///
/// An aggregate keeps every source and a year-progress entry every record id, so writing each new
/// version from scratch costs time in proportion to the key's whole history (3.7 KB and most of
/// stage two's time per update over a 20,000-report run). The lists only grow, in sorted order, so
/// this writer keeps each list's JSON from the previous version and inserts the new elements into
/// it: an update costs a copy of the bytes plus the encoding of what is new.
///
/// Correctness does not rest on that assumption: every element reused is found by its id, which
/// names one immutable record (a known record id is never applied twice), and any element without
/// an equal id in the kept list is encoded afresh. One writer serves one partition's lineage of
/// states; it is dropped with the partition, and a state rolled back or rebuilt gets a new one.
public struct AggregateWriter: ~Copyable {
    private var output = JSONBytes(capacity: 4096)
    private var element = JSONBytes(capacity: 512)
    /// Per value aggregate, the source lists of its observed values (in no particular order).
    private var sourceLists: [AggregateKey: [KeptList]] = [:]
    private var recordLists: [YearProgressKey: KeptList] = [:]

    public init() {}

    /// The JSON of `message`; `nil` where `JSONEncoder` would refuse it (see ``OutputJSON``).
    public mutating func encode(_ message: AggregateMessage) -> [UInt8]? {
        guard OutputJSON.enabled else { return nil }
        output.reset()
        switch message {
        case .value(let aggregate): write(aggregate)
        case .yearProgress(let entry): write(entry)
        }
        return output.result
    }

    /// How many lists are kept (for tests).
    public var keptLists: Int { sourceLists.values.reduce(0) { $0 + $1.count } + recordLists.count }

    /// The bytes of JSON kept, about what the lists' elements take in memory once more.
    public var keptBytes: Int {
        sourceLists.values.reduce(0) { total, lists in lists.reduce(total) { $0 + $1.bytes.count } }
            + recordLists.values.reduce(0) { $0 + $1.bytes.count }
    }

    private mutating func write(_ aggregate: Aggregate) {
        output.aggregateHead(aggregate)
        // Updated in place in the dictionary: one look-up, and no list copied.
        Self.writeValues(aggregate, kept: &sourceLists[aggregate.key, default: []], into: &output, scratch: &element)
        output.aggregateTail(aggregate)
    }

    /// The observed values of `aggregate` into `output`, with `kept` made their source lists, in order.
    private static func writeValues(_ aggregate: Aggregate, kept: inout [KeptList], into output: inout JSONBytes,
                                    scratch: inout JSONBytes) {
        for index in aggregate.values.indices {
            if index > 0 { output.raw(",") }
            let statement = Statement(aggregate.values[index])
            // The list kept for the same statement, moved to this position (observed values are
            // few: a linear search), or a new one.
            if let found = kept[index...].firstIndex(where: { $0.statement == statement }) {
                kept.swapAt(index, found)
            } else {
                kept.insert(KeptList(statement: statement), at: min(index, kept.count))
            }
            kept[index].update(aggregate.values[index].sources, scratch: &scratch)
            output.observedHead(aggregate.values[index])
            output.append(kept[index].bytes)
            output.observedTail(aggregate.values[index])
        }
        if kept.count > aggregate.values.count { kept.removeSubrange(aggregate.values.count...) }
    }

    private mutating func write(_ entry: YearProgress) {
        output.yearProgressHead(entry)
        recordLists[entry.key, default: KeptList(statement: nil)].update(entry.recordIDs, scratch: &element)
        output.append(recordLists[entry.key]!.bytes)
        output.yearProgressTail(entry)
    }
}

/// An element of a list kept by ``AggregateWriter``: its id (the list is sorted by it) and its JSON.
protocol KeptElement {
    var keptID: String { get }
    static func write(_ element: borrowing Self, to json: inout JSONBytes)
}

extension AggregateSource: KeptElement {
    var keptID: String { recordID }
    static func write(_ element: borrowing AggregateSource, to json: inout JSONBytes) { json.source(element) }
}

extension String: KeptElement {
    var keptID: String { self }
    static func write(_ element: borrowing String, to json: inout JSONBytes) { json.string(element) }
}

/// What identifies an observed value within its aggregate.
struct Statement: Equatable {
    var value: Double
    var valueMax: Double?
    var unit: MeasureUnit
    var qualifier: Qualifier

    init(_ observed: ObservedValue) {
        value = observed.value
        valueMax = observed.valueMax
        unit = observed.unit
        qualifier = observed.qualifier
    }
}

/// The JSON of a list's elements, comma-separated (without the brackets), with each element's id
/// and where its text starts, so that new elements are inserted in place.
struct KeptList {
    var statement: Statement?
    var ids: [String] = []
    /// Offset in `bytes` of each element's JSON; elements are separated by one comma.
    var starts: [Int] = []
    var bytes: [UInt8] = []

    init(statement: Statement?) {
        self.statement = statement
    }

    /// Makes the list that of `elements` (sorted by id): kept elements whose id comes next are
    /// reused, the others are encoded and inserted, and kept elements no longer present are
    /// removed. Linear in the elements, but only the new ones are encoded.
    mutating func update<Element: KeptElement>(_ elements: [Element], scratch: inout JSONBytes) {
        var j = 0
        for i in elements.indices {
            if j < ids.count, ids[j] == elements[i].keptID {
                j += 1
                continue
            }
            // Drop kept elements that are gone (never expected: the lists only grow). The kept
            // list is sorted like the new one, so a kept id before this one cannot come later.
            while j < ids.count, ids[j] < elements[i].keptID { remove(at: j) }
            if j < ids.count, ids[j] == elements[i].keptID {
                j += 1
                continue
            }
            scratch.reset()
            Element.write(elements[i], to: &scratch)
            scratch.withContents { insert($0, id: elements[i].keptID, at: j) }
            j += 1
        }
        if j < ids.count { removeLast(ids.count - j) }
    }

    private mutating func insert(_ text: UnsafeBufferPointer<UInt8>, id: String, at j: Int) {
        // The element and the comma after it; or, as the new last element, the comma before it.
        let last = j == starts.count
        let comma = !(last && ids.isEmpty)
        let offset = last ? bytes.count : starts[j]
        let grown = text.count + (comma ? 1 : 0)
        let tail = bytes.count - offset
        bytes.append(contentsOf: repeatElement(0, count: grown))
        bytes.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            (base + offset + grown).update(from: base + offset, count: tail)
            var at = offset
            if comma && last { base[at] = 0x2C; at += 1 }
            (base + at).update(from: text.baseAddress!, count: text.count)
            if comma && !last { base[at + text.count] = 0x2C }
        }
        for k in j..<starts.count { starts[k] += grown }
        starts.insert(comma && last ? offset + 1 : offset, at: j)
        ids.insert(id, at: j)
    }

    /// Removes the last `n` elements.
    private mutating func removeLast(_ n: Int) {
        let first = starts.count - n
        // The comma before the first removed element goes too.
        bytes.removeSubrange((first > 0 ? starts[first] - 1 : 0)...)
        starts.removeLast(n)
        ids.removeLast(n)
    }

    private mutating func remove(at j: Int) {
        let start = starts[j]
        let end: Int
        if j + 1 < starts.count {
            end = starts[j + 1]  // the element and the comma after it
        } else {
            end = bytes.count
        }
        // The last element takes the comma before it along (if there is one before it).
        let from = (j + 1 == starts.count && j > 0) ? start - 1 : start
        bytes.removeSubrange(from..<end)
        let shift = end - from
        starts.remove(at: j)
        ids.remove(at: j)
        for k in j..<starts.count { starts[k] -= shift }
    }
}
