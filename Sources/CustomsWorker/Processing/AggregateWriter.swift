import CustomsModel
import Synchronization

/// Writes the aggregate messages of one metrics partition as JSON, byte for byte what
/// ``OutputJSON/encode(_:)-(AggregateMessage)`` writes, but without re-encoding the long lists.
///
/// An aggregate keeps every source, so writing each new version from scratch costs time in
/// proportion to the key's whole history (3.7 KB and most of
/// stage two's time per update over a 20,000-report run). The lists only grow, in sorted order, so
/// this writer keeps each list's JSON from the previous version and inserts the new elements into
/// it: an update costs a copy of the bytes plus the encoding of what is new.
///
/// Correctness does not rest on that assumption: every element reused is found by its id, which
/// names one immutable record (a known record id is never applied twice), and any element without
/// an equal id in the kept list is encoded afresh. One writer serves one partition's lineage of
/// states; it is dropped with the partition, and a state rolled back or rebuilt gets a new one.
///
/// The lists kept take memory (about the JSON of every aggregate once more), so they count
/// against a ``KeptListBudget`` shared by a worker's writers: past it, aggregates are written from
/// scratch until lists nobody writes any more are dropped (see `admits`).
public struct AggregateWriter: ~Copyable {
    private var output = JSONBytes(capacity: 4096)
    private var element = JSONBytes(capacity: 512)
    /// Per aggregate, its kept lists: the source lists of its observed values, in their order.
    private var entries: [AggregateKey: Entry] = [:]
    /// Counts writes, to find the least recently written lists.
    private var clock: UInt64 = 0
    /// When to look for stale lists next, while the budget is used up.
    private var nextStaleScan: UInt64 = 0
    /// A list did not fit and was dropped: the budget counts as used up, even though dropping it
    /// left `used` just under the limit, until a stale scan makes room. (Without it, every new
    /// list was admitted and dropped again, and stale lists were never given up.)
    private var listDidNotFit = false
    private let budget: KeptListBudget

    private struct Entry {
        var lists: [KeptList] = []
        var lastWrite: UInt64 = 0
        /// Bytes counted against the budget.
        var size = 0

        /// Marks the entry written at `now` and updates its size; returns the change.
        mutating func resize(now: UInt64) -> Int {
            lastWrite = now
            let size = lists.reduce(0) { $0 + $1.memory }
            defer { self.size = size }
            return size - self.size
        }
    }

    /// - Parameter budget: the memory the kept lists may take, shared with other writers.
    public init(budget: KeptListBudget = .unlimited) {
        self.budget = budget
    }

    deinit {
        budget.release(entries.values.reduce(0) { $0 + $1.size })
    }

    /// The JSON of `message`; `nil` where `JSONEncoder` would refuse it (see ``OutputJSON``).
    public mutating func encode(_ message: AggregateMessage) -> [UInt8]? {
        guard OutputJSON.enabled else { return nil }
        output.reset()
        clock += 1
        switch message {
        case .value(let aggregate):
            if admits(aggregate.key) { write(aggregate) } else { output.aggregate(aggregate) }
        case .yearProgress(let entry):
            // Small and of fixed size: nothing to keep.
            output.yearProgress(entry)
        }
        return output.result
    }

    /// Whether the lists of `message`'s aggregate are kept (for tests).
    func keeps(_ message: AggregateMessage) -> Bool {
        switch message {
        case .value(let aggregate): entries[aggregate.key] != nil
        case .yearProgress: false
        }
    }

    /// How many lists are kept (for tests).
    public var keptLists: Int { entries.values.reduce(0) { $0 + $1.lists.count } }

    /// The bytes of JSON kept.
    public var keptBytes: Int { entries.values.reduce(0) { total, entry in entry.lists.reduce(total) { $0 + $1.bytes.count } } }

    private mutating func write(_ aggregate: Aggregate) {
        let owner = aggregate.key
        output.aggregateHead(aggregate)
        // Updated in place in the dictionary: one look-up, and no list copied.
        let grown = Self.writeValues(aggregate, entry: &entries[owner, default: Entry()], now: clock, into: &output,
                                     scratch: &element)
        output.aggregateTail(aggregate)
        account(grown, writing: owner)
    }

    /// The observed values of `aggregate` into `output`, with the entry's lists made their source
    /// lists, in order; returns by how many bytes the entry's size changed.
    private static func writeValues(_ aggregate: Aggregate, entry: inout Entry, now: UInt64, into output: inout JSONBytes,
                                    scratch: inout JSONBytes) -> Int {
        for index in aggregate.values.indices {
            if index > 0 { output.raw(",") }
            let statement = Statement(aggregate.values[index])
            // The list kept for the same statement, moved to this position (observed values are
            // few: a linear search), or a new one.
            if let found = entry.lists[index...].firstIndex(where: { $0.statement == statement }) {
                entry.lists.swapAt(index, found)
            } else {
                entry.lists.insert(KeptList(statement: statement), at: min(index, entry.lists.count))
            }
            entry.lists[index].update(aggregate.values[index].sources, scratch: &scratch)
            output.observedHead(aggregate.values[index])
            output.append(entry.lists[index].bytes)
            output.observedTail(aggregate.values[index])
        }
        if entry.lists.count > aggregate.values.count { entry.lists.removeSubrange(aggregate.values.count...) }
        return entry.resize(now: now)
    }

    /// Whether `owner`'s lists are (or may now be) kept. With the budget used up, lists not
    /// written for a full round of writes are dropped, least recently written first, now and
    /// then; until that makes room, new lists are not kept. Dropping lists that are still in
    /// use to admit others would only churn memory: when every key is busy (a backlog), the
    /// freed and reallocated buffers fragmented the heap by more than the budget itself.
    private mutating func admits(_ owner: AggregateKey) -> Bool {
        if budget.limit == 0 { return false }
        if entries[owner] != nil { return true }
        guard budget.used >= budget.limit || listDidNotFit else { return true }
        if clock >= nextStaleScan {
            nextStaleScan = clock + UInt64(max(64, entries.count / 2))
            let staleBefore = clock &- UInt64(entries.count)
            let stale = entries.filter { $0.value.lastWrite < staleBefore }.map { (key: $0.key, lastWrite: $0.value.lastWrite) }
                .sorted { $0.lastWrite < $1.lastWrite }
            let target = budget.limit / 4 * 3
            for candidate in stale {
                guard budget.used > target else { break }
                if let dropped = entries.removeValue(forKey: candidate.key) { budget.release(dropped.size) }
            }
            if budget.used <= target { listDidNotFit = false }
        }
        return budget.used < budget.limit && !listDidNotFit
    }

    /// Counts `grown` bytes against the budget; a list that grew past it is dropped (and, while
    /// the budget stays used up, not kept again).
    private mutating func account(_ grown: Int, writing current: AggregateKey) {
        guard budget.reserve(grown), let dropped = entries.removeValue(forKey: current) else { return }
        budget.release(dropped.size)
        listDidNotFit = true
    }
}

/// How much memory the lists kept by a worker's ``AggregateWriter``s may take, in bytes: their
/// JSON plus the ids and offsets that index it (the ids' storage is shared with the state).
public final class KeptListBudget: Sendable {
    public let limit: Int
    private let counted = Atomic<Int>(0)

    public init(bytes: Int) {
        limit = max(0, bytes)
    }

    /// No limit: every list is kept (a single writer in a benchmark or a test).
    public static var unlimited: KeptListBudget { KeptListBudget(bytes: .max) }

    /// Bytes counted now, over all writers.
    public var used: Int { counted.load(ordering: .relaxed) }

    /// Counts `bytes` more (or fewer, when negative); whether the total is now over the limit.
    fileprivate func reserve(_ bytes: Int) -> Bool {
        counted.add(bytes, ordering: .relaxed).newValue > limit
    }

    fileprivate func release(_ bytes: Int) {
        counted.subtract(bytes, ordering: .relaxed)
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

    /// The memory this list holds (its ids' string storage is the state's).
    var memory: Int {
        bytes.capacity + ids.capacity * MemoryLayout<String>.stride + starts.capacity * MemoryLayout<Int>.stride
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
