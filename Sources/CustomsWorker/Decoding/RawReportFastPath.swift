import CustomsModel

/// A direct parser for the common shape of a raw report: one JSON object whose keys are the
/// known fields, each a string (an integer for `schema_version`) or `null`, without `\u`
/// escapes. It yields exactly the ``RawReport`` that `JSONDecoder` would, and returns `nil`
/// for anything else (unknown fields, other types, duplicate keys, `\u` escapes, any syntax it
/// does not expect, invalid input), in which case the caller decodes with `JSONDecoder` as
/// before, so dead-letter reasons and messages are unchanged. Foundation's decoder was about a
/// tenth of the worker's CPU time on 8 KB reports (BENCHMARKS.md). `RawReportFastPathTests`
/// checks the equivalence.
enum RawReportFastPath {
    static func parse(_ bytes: [UInt8]) -> RawReport? {
        guard OutputJSON.enabled else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(buffer: buffer)
            return parser.report()
        }
    }

    private struct Parser {
        let buffer: UnsafeBufferPointer<UInt8>
        var index = 0

        init(buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

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

        mutating func report() -> RawReport? {
            guard expect(0x7B) else { return nil }
            var report = RawReport(language: nil, contentType: nil, body: nil)
            var seen = Set<String>()
            skipWhitespace()
            if index < buffer.count, buffer[index] == 0x7D {
                index += 1
            } else {
                while true {
                    skipWhitespace()
                    guard let key = string(), seen.insert(key).inserted, expect(0x3A) else { return nil }
                    skipWhitespace()
                    if literalNull() {
                        guard RawReport.fastPathKeys.contains(key) else { return nil }
                    } else if key == "schema_version" {
                        guard let version = integer() else { return nil }
                        report.schemaVersion = version
                    } else {
                        guard let value = string() else { return nil }
                        switch key {
                        case "report_id": report.reportID = value
                        case "source": report.source = value
                        case "url": report.url = value
                        case "title": report.title = value
                        case "published_at": report.publishedAt = value
                        case "language": report.language = value
                        case "content_type":
                            guard let type = ContentType(rawValue: value) else { return nil }
                            report.contentType = type
                        case "body": report.body = value
                        default: return nil  // unknown fields are kept by JSONDecoder's path
                        }
                    }
                    if expect(0x2C) { continue }
                    guard expect(0x7D) else { return nil }
                    break
                }
            }
            skipWhitespace()
            return index == buffer.count ? report : nil
        }
    }
}

extension RawReport {
    static let fastPathKeys: Set<String> = [
        "schema_version", "report_id", "source", "url", "title", "published_at", "language", "content_type", "body",
    ]
}
