#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Array creation without the stdlib's unspecialised allocation path.
//
// `Array(unsafeUninitializedCapacity:initializingWith:)` and `Array(repeating:count:)` allocate
// through a non-inlinable, generic stdlib entry (`_allocateBufferUninitialized`) that looks the
// storage class up in the runtime's generic-metadata table on every call: ~450 instructions, more
// than the allocation itself, and the analysis of one report makes a dozen such arrays.
// `reserveCapacity` and `append(contentsOf:)` are specialised in this module instead (the storage
// class's metadata is cached there), and keep the buffer of an array being refilled.

extension Array where Element: BitwiseCopyable {
    /// An array of at most `capacity` elements, written in place by `body` (see `refill`).
    @inline(__always)
    init(capacity: Int, fill body: (UnsafeMutableBufferPointer<Element>) -> Int) {
        self.init()
        refill(capacity: capacity, fill: body)
    }

    /// `Array(repeating:count:)` by the specialised path.
    @inline(__always)
    init(filled value: Element, count: Int) {
        self.init()
        refill(filled: value, count: count)
    }

    /// Replaces the contents with at most `capacity` elements written in place by `body`: it
    /// initialises the first `count` slots of the buffer it is given (`capacity` long) and returns
    /// `count`. The array's own buffer is reused when it is unique and large enough.
    @inline(__always)
    mutating func refill(capacity: Int, fill body: (UnsafeMutableBufferPointer<Element>) -> Int) {
        // The count is set to `capacity` before the slots are written, then cut to what `body` made:
        // old contents and reserved slots alike are overwritten, which is sound for bitwise-copyable
        // elements only. (Each count change is a `replaceSubrange` or an `append`: at most two here.)
        if capacity > self.capacity {
            self = []  // (`reserveCapacity` would copy the old contents over)
        } else if count > capacity {
            removeLast(count - capacity)
        }
        reserveCapacity(capacity)  // (no-op on a unique buffer large enough)
        if count < capacity { append(contentsOf: ReservedSlots<Element>(count: capacity - count)) }
        // (`body` writes through the buffer's base address: the slots must really be counted. Should
        // a future standard library not take them this way, the allocating path does the job.)
        guard count == capacity else {
            self = Array(unsafeUninitializedCapacity: capacity) { buffer, made in made = body(buffer) }
            precondition(count <= capacity, "filled beyond the capacity")
            return
        }
        let made = withUnsafeMutableBufferPointer { body($0) }
        precondition(made >= 0 && made <= capacity, "filled beyond the capacity")
        if made < capacity { removeLast(capacity - made) }
    }

    /// Replaces the contents with `count` copies of `value`.
    @inline(__always)
    mutating func refill(filled value: Element, count: Int) {
        refill(capacity: count) { b in
            b.initialize(repeating: value)
            return count
        }
    }
}

/// `count` slots of the destination's reserved capacity, taken by `append(contentsOf:)` as they are:
/// the caller writes them next (see `Array.refill(capacity:fill:)`).
private struct ReservedSlots<Element: BitwiseCopyable>: Sequence {
    let count: Int

    func makeIterator() -> EmptyCollection<Element>.Iterator { EmptyCollection<Element>.Iterator() }
    /// Nothing is promised up front (`append` would reserve it again): the capacity is reserved beforehand.
    var underestimatedCount: Int { 0 }

    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>)
        -> (EmptyCollection<Element>.Iterator, Int) {
        precondition(buffer.count >= count, "capacity not reserved")
        return (EmptyCollection<Element>.Iterator(), count)
    }
}

/// Takes `a`'s contents, leaving it empty (no copy, no reference left behind).
@inline(__always) func take<T>(_ a: inout [T]) -> [T] {
    var out: [T] = []
    swap(&out, &a)
    return out
}

/// Takes `a`'s buffer, emptied (its capacity kept), leaving `a` empty.
@inline(__always) func takeEmptied<T>(_ a: inout [T]) -> [T] {
    var out = take(&a)
    if !out.isEmpty { out.removeAll(keepingCapacity: true) }
    return out
}

/// The buffers of one analysis (per byte, per token, per sentence, and the mentions, periods and
/// quantities), handed on to the next analysis on the same thread: refilled in place instead of
/// allocated and freed for every report.
struct SpareBuffers {
    var text = FoldedText()
    var toks: [Tok] = []
    var spans: [CueSpan] = []
    var cueOf: [Int32] = []
    var masked: [Bool] = []
    var inPeriod: [Bool] = []
    var sents: [Range<Int>] = []
    var sentOf: [Int32] = []
    var captionSent: [Bool] = []
    var mentions: [Mention] = []
    var periods: [PM] = []
    var quants: [Quant] = []

    /// Buffers larger than this are freed rather than kept (a very long report would otherwise
    /// pin its memory to the thread).
    static let keepLimit = 1 << 20

    /// Keeps the buffers of a finished analysis. They become unique (and reusable) once the
    /// analysis is gone; until then they are shared, and nothing writes through them here.
    mutating func keep(_ an: Analysis) {
        func kept<T>(_ a: [T]) -> [T] { a.capacity * MemoryLayout<T>.stride <= Self.keepLimit ? a : [] }
        text = FoldedText(bytes: kept(an.ft.bytes), upper: kept(an.ft.upper), origStart: kept(an.ft.origStart),
                          endGaps: [], end: 0)
        toks = kept(an.toks)
        spans = kept(an.spans)
        cueOf = kept(an.cueOf)
        masked = kept(an.masked)
        inPeriod = kept(an.inPeriod)
        sents = kept(an.sents)
        sentOf = kept(an.sentOf)
        captionSent = kept(an.captionSent)
        mentions = kept(an.mentions)
        periods = kept(an.periods)
        quants = kept(an.quants)
    }
}

/// One `SpareBuffers` per thread, in thread-specific storage (`pthread_key_t`).
///
/// Safe because every thread has its own: `Extractor` is shared by threads but each call runs on
/// one thread from start to end (it is synchronous), takes the spare buffers out of its thread's
/// slot for the time of the analysis (a nested use of the slot would find it empty and allocate as
/// before), and puts the analysis's buffers back at the end. A kept buffer is refilled in place only
/// once unique (`removeLast` and `reserveCapacity` copy a shared one first), so an array that
/// escaped an analysis stays intact. The slot's object is released by the key's destructor when the
/// thread exits.
final class ThreadSpares {
    /// For the body of a report.
    var spares = SpareBuffers()
    /// For its title and URL (`Analysis.sideMentions`), analysed while the body's are in use.
    var side = SpareBuffers()

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let rc = pthread_key_create(&key) { p in
            if let p { Unmanaged<ThreadSpares>.fromOpaque(p).release() }
        }
        precondition(rc == 0, "pthread_key_create failed")
        return key
    }()

    /// This thread's spares, created at its first use.
    static var current: ThreadSpares {
        if let p = pthread_getspecific(key) { return Unmanaged<ThreadSpares>.fromOpaque(p).takeUnretainedValue() }
        let s = ThreadSpares()
        let rc = pthread_setspecific(key, Unmanaged.passRetained(s).toOpaque())
        precondition(rc == 0, "pthread_setspecific failed")
        return s
    }
}
