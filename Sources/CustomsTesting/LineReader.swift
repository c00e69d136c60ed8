import Foundation

/// Reads `handle` line by line (`\n`-terminated, UTF-8) on a thread of its own with blocking
/// reads until end of file, calling `onLine` for each line and `onEnd` once at the end.
///
/// For the output of child processes in tests and benchmarks. Not `readabilityHandler`: that
/// is a libdispatch read source, and a pipe closed while its source was still registered
/// crashed a whole test process in `_dispatch_event_loop_drain`.
public func readLines(
    from handle: FileHandle, onLine: @escaping @Sendable (String) -> Void, onEnd: @escaping @Sendable () -> Void = {}
) {
    let reader = Thread {
        var pending = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                onLine(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                pending.removeSubrange(pending.startIndex...newline)
            }
        }
        onEnd()
    }
    reader.start()
}
