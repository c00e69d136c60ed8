#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pieces of JSON the fast-path parsers read (`RawReportFastPath`, `MetricRecordFastPath`):
/// a cursor over the message bytes that answers `nil` to anything outside the narrow, strict
/// subset it handles, so that the caller falls back to `JSONDecoder` and its error messages.
struct JSONScanner {
    let buffer: UnsafeBufferPointer<UInt8>
    var index = 0

    init(buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    /// Only white space is left.
    mutating func atEnd() -> Bool {
        skipWhitespace()
        return index == buffer.count
    }

    mutating func skipWhitespace() {
        while index < buffer.count {
            switch buffer[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < buffer.count, buffer[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func literalNull() -> Bool {
        guard index + 4 <= buffer.count, buffer[index] == UInt8(ascii: "n"), buffer[index + 1] == UInt8(ascii: "u"),
              buffer[index + 2] == UInt8(ascii: "l"), buffer[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }

    /// A string starting at the opening quote; `nil` for control characters, `\u` escapes,
    /// invalid UTF-8 or anything malformed.
    ///
    /// The string is built with a validating initializer, so a parser that reads every string
    /// of its input through here (and accepts only ASCII structure outside them) has also
    /// proven the whole input valid UTF-8: the escapes this reads are ASCII and turn into
    /// ASCII, so the unescaped bytes are valid exactly when the raw ones are.
    mutating func string() -> String? {
        guard index < buffer.count, buffer[index] == 0x22 else { return nil }
        let start = index + 1
        let stop = firstSpecial(from: start)
        guard stop < buffer.count, buffer[stop] >= 0x20 else { return nil }
        if buffer[stop] == 0x22 {
            // No escape: the common case for all fields but long bodies.
            index = stop + 1
            return Self.validatedString(UnsafeBufferPointer(rebasing: buffer[start..<stop]))
        }
        // Escapes: unescape into scratch space (the unescaped string is never longer than the
        // rest of the input), copying each run between escapes at once, then validate it once.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: buffer.count - start) { out -> String? in
            guard let base = buffer.baseAddress, let outBase = out.baseAddress else { return nil }
            var count = 0
            var runStart = start, runEnd = stop
            while true {
                outBase.advanced(by: count).update(from: base.advanced(by: runStart), count: runEnd - runStart)
                count += runEnd - runStart
                if buffer[runEnd] == 0x22 { break }
                // buffer[runEnd] is a backslash.
                guard runEnd + 1 < buffer.count else { return nil }
                switch buffer[runEnd + 1] {
                case 0x22: outBase[count] = 0x22
                case 0x5C: outBase[count] = 0x5C
                case 0x2F: outBase[count] = 0x2F
                case UInt8(ascii: "b"): outBase[count] = 0x08
                case UInt8(ascii: "f"): outBase[count] = 0x0C
                case UInt8(ascii: "n"): outBase[count] = 0x0A
                case UInt8(ascii: "r"): outBase[count] = 0x0D
                case UInt8(ascii: "t"): outBase[count] = 0x09
                default: return nil  // \u escapes (surrogates and all) are left to JSONDecoder
                }
                count += 1
                runStart = runEnd + 2
                runEnd = firstSpecial(from: runStart)
                guard runEnd < buffer.count, buffer[runEnd] >= 0x20 else { return nil }
            }
            index = runEnd + 1
            return Self.validatedString(UnsafeBufferPointer(rebasing: out[..<count]))
        }
    }

    /// `bytes` as a `String`, or `nil` if they are not valid UTF-8. ASCII (keys, ids, URLs)
    /// goes through `String(decoding:as:)`, which has nothing to repair there and, unlike
    /// `String(validating:as:)`, is specialised inline rather than looking up generic metadata
    /// on each call.
    static func validatedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        if let base = bytes.baseAddress {
            while i + 8 <= bytes.count,
                  UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
        }
        while i < bytes.count, bytes[i] < 0x80 { i += 1 }
        if i == bytes.count { return String(decoding: bytes, as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The index of the first quote, backslash or control character (< 0x20) at or after
    /// `from`, or `buffer.count` if there is none.
    ///
    /// Sixteen bytes at a time, as bodies run to kilobytes between escapes: a vector compare
    /// per kind of byte, and the byte loop below only for the block with the match and the
    /// last few bytes.
    func firstSpecial(from: Int) -> Int {
        var i = from
        if let base = buffer.baseAddress {
            let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
            let space = SIMD16<UInt8>(repeating: 0x20)
            while i + 16 <= buffer.count {
                let block = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
                if any((block .== quote) .| (block .== backslash) .| (block .< space)) { break }
                i += 16
            }
        }
        while i < buffer.count {
            let byte = buffer[i]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return i }
            i += 1
        }
        return buffer.count
    }

    /// A small non-negative or negative integer written plainly (no fraction, no exponent).
    mutating func integer() -> Int? {
        var negative = false
        if index < buffer.count, buffer[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let start = index
        var value = 0
        while index < buffer.count, buffer[index] >= 0x30, buffer[index] <= 0x39 {
            value = value * 10 + Int(buffer[index] - 0x30)
            index += 1
            if index - start > 9 { return nil }
        }
        guard index > start else { return nil }
        if buffer[start] == 0x30 && index - start > 1 { return nil }  // leading zeros: invalid JSON
        if index < buffer.count, buffer[index] == UInt8(ascii: ".") || buffer[index] == UInt8(ascii: "e")
            || buffer[index] == UInt8(ascii: "E") { return nil }
        return negative ? -value : value
    }

    /// A JSON number as a finite `Double`, parsed as `JSONDecoder` does (correctly rounded);
    /// `nil` for anything the JSON grammar does not allow.
    mutating func number() -> Double? {
        let start = index
        if index < buffer.count, buffer[index] == UInt8(ascii: "-") { index += 1 }
        let intStart = index
        while index < buffer.count, buffer[index] >= 0x30, buffer[index] <= 0x39 { index += 1 }
        guard index > intStart else { return nil }
        if buffer[intStart] == 0x30 && index - intStart > 1 { return nil }
        if index < buffer.count, buffer[index] == UInt8(ascii: ".") {
            index += 1
            let fraction = index
            while index < buffer.count, buffer[index] >= 0x30, buffer[index] <= 0x39 { index += 1 }
            guard index > fraction else { return nil }
        }
        if index < buffer.count, buffer[index] == UInt8(ascii: "e") || buffer[index] == UInt8(ascii: "E") {
            index += 1
            if index < buffer.count, buffer[index] == UInt8(ascii: "+") || buffer[index] == UInt8(ascii: "-") { index += 1 }
            let exponent = index
            while index < buffer.count, buffer[index] >= 0x30, buffer[index] <= 0x39 { index += 1 }
            guard index > exponent else { return nil }
        }
        if let value = Self.exactDecimal(UnsafeBufferPointer(rebasing: buffer[start..<index])) { return value }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Powers of ten that are exact in a `Double`.
    private static let exactPowersOfTen: [Double] = (0...22).map { pow10 in
        (0..<pow10).reduce(1.0) { value, _ in value * 10 }
    }

    /// A plain decimal (`-`, digits, optionally `.` and digits; already checked against the JSON
    /// grammar) with at most 15 significant digits and 22 decimals, the numbers the worker
    /// writes: the digits as an integer are exact in a `Double`, and so is 10^decimals, so one
    /// IEEE division gives the correctly rounded value, as `Double(String)` does (Clinger's fast
    /// path). `nil` for anything else (exponents, more digits), which the caller parses with it.
    static func exactDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let negative = !text.isEmpty && text[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        var digits: UInt64 = 0, significant = 0, decimals = 0
        var fraction = false
        while i < text.count {
            let byte = text[i]
            if byte == UInt8(ascii: ".") {
                fraction = true
            } else if byte >= 0x30 && byte <= 0x39 {
                digits = digits * 10 + UInt64(byte - 0x30)
                if digits != 0 { significant += 1 }
                if fraction { decimals += 1 }
                if significant > 15 || decimals > 22 { return nil }
            } else {
                return nil  // an exponent
            }
            i += 1
        }
        let value = Double(digits) / exactPowersOfTen[decimals]
        return negative ? -value : value
    }

    /// Reads an object whose keys are among `keys`, handing the index of each key in `keys` to
    /// `field` with the cursor on its value; `false` when the object is malformed, a key is
    /// unknown, repeats or has an escape, or `field` refuses its value. Keys are matched as bytes:
    /// building a `String` per key and comparing it case by case was most of the parsing time.
    mutating func object(keys: JSONKeys, _ field: (inout JSONScanner, Int) -> Bool) -> Bool {
        guard expect(0x7B) else { return false }
        if expect(0x7D) { return true }
        var seen: UInt64 = 0
        while true {
            skipWhitespace()
            guard let key = keyIndex(in: keys), seen & (1 << key) == 0, expect(0x3A) else { return false }
            seen |= 1 << key
            skipWhitespace()
            guard field(&self, key) else { return false }
            if expect(0x2C) { continue }
            return expect(0x7D)
        }
    }

    /// The index in `keys` of the key at the cursor (a string without escapes), moving past it.
    private mutating func keyIndex(in keys: JSONKeys) -> Int? {
        guard index < buffer.count, buffer[index] == 0x22 else { return nil }
        let start = index + 1
        let stop = firstSpecial(from: start)
        guard stop < buffer.count, buffer[stop] == 0x22, let found = keys.index(of: UnsafeBufferPointer(rebasing: buffer[start..<stop]))
        else { return nil }
        index = stop + 1
        return found
    }

    /// A value read by `read` into `out`; `false` when it cannot be read.
    mutating func required<T>(_ out: inout T?, _ read: (inout JSONScanner) -> T?) -> Bool {
        guard let value = read(&self) else { return false }
        out = value
        return true
    }

    /// `null` (leaving `out` as it is) or a value read by `read`.
    mutating func nullable<T>(_ out: inout T?, _ read: (inout JSONScanner) -> T?) -> Bool {
        literalNull() || required(&out, read)
    }

    mutating func requiredString(_ out: inout String?) -> Bool { required(&out) { $0.string() } }
    mutating func optionalString(_ out: inout String?) -> Bool { nullable(&out) { $0.string() } }
    mutating func requiredNumber(_ out: inout Double?) -> Bool { required(&out) { $0.number() } }
    mutating func optionalNumber(_ out: inout Double?) -> Bool { nullable(&out) { $0.number() } }

    /// A string naming a case of `T` (an unknown name is refused, as JSONDecoder refuses it).
    mutating func requiredEnum<T: RawRepresentable<String>>(_ out: inout T?) -> Bool {
        required(&out) { $0.string().flatMap(T.init(rawValue:)) }
    }

    mutating func optionalEnum<T: RawRepresentable<String>>(_ out: inout T?) -> Bool {
        nullable(&out) { $0.string().flatMap(T.init(rawValue:)) }
    }
}

/// The keys an object may have, for ``JSONScanner/object(keys:_:)``: at most 64.
struct JSONKeys: Sendable {
    private let names: [[UInt8]]

    init(_ names: [String]) {
        precondition(names.count <= 64, "JSONKeys holds at most 64 keys")
        self.names = names.map { Array($0.utf8) }
    }

    /// The index of the key spelled by `bytes`, if it is one.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        for (index, name) in names.enumerated() where name.count == bytes.count {
            if name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return index
            }
        }
        return nil
    }
}
