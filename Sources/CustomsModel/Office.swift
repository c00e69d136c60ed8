import Foundation

/// The level of a customs office in the hierarchy of `metrics.md` §1.
public enum OfficeLevel: String, Sendable, Hashable, Codable {
    /// `vn`: the General Department (Tổng cục Hải quan), or Cục Hải quan after 3/2025.
    case national
    /// `vn.<province>`: Cục Hải quan <tỉnh/TP>.
    case department
    /// `vn.<province>.<branch>`: Chi cục Hải quan <name>.
    case branch
    /// `vn.kv<N>`: Chi cục Hải quan khu vực <N>, from 3/2025.
    case region
    /// `vn.kv<N>.<unit>`: Hải quan cửa khẩu <name> and similar units of a region.
    case regionUnit = "region_unit"
}

/// A customs office, identified by its id (`vn`, `vn.lang-son`, `vn.kv7` ...).
public struct Office: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var level: OfficeLevel

    public init(id: String, name: String, level: OfficeLevel) {
        self.id = id
        self.name = name
        self.level = level
    }

    /// The national office.
    public static let national = Office(id: "vn", name: "Hải quan Việt Nam", level: .national)

    /// The id of a name: ASCII-folded (diacritics removed, `đ` → `d`), lower-case,
    /// every run of other characters → one `-`. "Lạng Sơn" → "lang-son".
    public static func slug(_ name: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(name.utf8.count)
        var pendingDash = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            var ascii: UInt8?
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7a: ascii = UInt8(scalar.value)
            case 0x41...0x5a: ascii = UInt8(scalar.value + 32)
            case 0x110, 0x111: ascii = UInt8(ascii: "d")  // Đ đ do not decompose
            case 0x300...0x36f: continue  // combining marks vanish without breaking the word
            default: ascii = nil
            }
            if let ascii {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(ascii)
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The level an id denotes, from its shape alone.
    public static func level(of id: String) -> OfficeLevel? {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.first == "vn" else { return nil }
        let isRegion = parts.count >= 2 && parts[1].hasPrefix("kv") && parts[1].dropFirst(2).allSatisfy(\.isNumber)
        switch parts.count {
        case 1: return .national
        case 2: return isRegion ? .region : .department
        case 3: return isRegion ? .regionUnit : .branch
        default: return nil
        }
    }
}
