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

    /// A string starting at the opening quote; `nil` for control characters, `\u` escapes
    /// or anything malformed.
    mutating func string() -> String? {
        guard index < buffer.count, buffer[index] == 0x22 else { return nil }
        index += 1
        let start = index
        // Fast scan: no escape at all is the common case for short fields.
        while index < buffer.count {
            let byte = buffer[index]
            if byte == 0x22 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == 0x5C { break }
            if byte < 0x20 { return nil }
            index += 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(buffer.count - start)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
        while index < buffer.count {
            let byte = buffer[index]
            if byte == 0x22 {
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            if byte == 0x5C {
                guard index + 1 < buffer.count else { return nil }
                switch buffer[index + 1] {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                default: return nil  // \u escapes (surrogates and all) are left to JSONDecoder
                }
                index += 2
                continue
            }
            // Copy a run of plain bytes at once.
            let run = index
            while index < buffer.count, buffer[index] != 0x22, buffer[index] != 0x5C, buffer[index] >= 0x20 { index += 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<index]))
        }
        return nil
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
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Reads an object, handing each key to `field` with the cursor on its value; `false` when
    /// the object is malformed, a key repeats or `field` refuses its value.
    mutating func object(_ field: (inout JSONScanner, String) -> Bool) -> Bool {
        guard expect(0x7B) else { return false }
        if expect(0x7D) { return true }
        var seen: [String] = []
        while true {
            skipWhitespace()
            guard let key = string(), !seen.contains(key), expect(0x3A) else { return false }
            seen.append(key)
            skipWhitespace()
            guard field(&self, key) else { return false }
            if expect(0x2C) { continue }
            return expect(0x7D)
        }
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
