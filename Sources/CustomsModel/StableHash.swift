/// A 64-bit FNV-1a hash: stable across processes, platforms and releases, unlike `Hasher`.
/// Used where an id must be the same every time the same input is seen (record ids).
public struct StableHash: Sendable {
    /// The FNV-1a state before any byte.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    public private(set) var value: UInt64 = StableHash.offsetBasis

    public init() {}

    public mutating func combine(_ text: String) {
        for byte in text.utf8 { combine(byte: byte) }
        combine(byte: 0x1f)  // a field separator, so "ab"+"c" differs from "a"+"bc"
    }

    public mutating func combine(byte: UInt8) {
        value = Self.step(value, byte)
    }

    /// One FNV-1a round on a bare state, for loops that keep the state in a register.
    @inline(__always) static func step(_ state: UInt64, _ byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// Sixteen lower-case hex digits.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: 16)
        var v = value
        for i in stride(from: 15, through: 0, by: -1) {
            out[i] = digits[Int(v & 0xf)]
            v >>= 4
        }
        return String(decoding: out, as: UTF8.self)
    }
}
