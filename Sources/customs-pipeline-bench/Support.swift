import CustomsTesting
import CustomsWorker
import Foundation

// Small helpers of customs-pipeline-bench: clocks, /proc, child processes, percentiles.

/// Wall-clock nanoseconds (CLOCK_REALTIME): comparable between the benchmark and its children.
func wallNanos() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
}

/// A field of /proc/self/status in kB (`VmHWM`, `VmRSS`), or -1.
func procStatusKB(_ field: String) -> Int {
    // /proc files report size 0, so read them with stdio rather than Foundation.
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 512)
    while fgets(&buffer, Int32(buffer.count), file) != nil {
        let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if line.hasPrefix(field + ":") {
            return Int(line.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "") ?? -1
        }
    }
    return -1
}

/// User + system CPU seconds of this process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// Writes one protocol line to stdout (a pipe to the parent) and flushes it.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func log(_ line: String) {
    FileHandle.standardError.write(Data(("[bench] " + line + "\n").utf8))
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A child process whose stdout lines are read on a dedicated thread.
final class Child: @unchecked Sendable {
    let process = Process()
    /// Protocol lines read so far (not yet consumed by ``waitFor(_:timeout:)``), whether stdout
    /// has closed (every line is read) and whether the process has exited.
    private struct Output: Sendable {
        var lines: [String] = []
        var eof = false
        var exited = false
        var ended: Bool { eof || exited }
    }
    private let output = WaitableState(Output())
    let name: String

    init(name: String, executable: String, arguments: [String], stdoutIsProtocol: Bool = true,
         logFile: String? = nil, environment: [String: String]? = nil) throws {
        self.name = name
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        if stdoutIsProtocol {
            process.standardOutput = pipe
        }
        if let logFile {
            _ = FileManager.default.createFile(atPath: logFile, contents: nil)
            let handle = FileHandle(forWritingAtPath: logFile)
            if !stdoutIsProtocol { process.standardOutput = handle }
            process.standardError = handle
        }
        process.terminationHandler = { [output] _ in output.update { $0.exited = true } }
        try process.run()
        if stdoutIsProtocol {
            readLines(from: pipe.fileHandleForReading,
                      onLine: { [output] line in output.update { $0.lines.append(line) } },
                      onEnd: { [output] in output.update { $0.eof = true } })
        }
    }

    /// Waits for a line starting with `prefix`; returns it (consuming it and those before it).
    /// Event-driven: woken by each line read and by the end of stdout (not by the exit, which
    /// can come before the reader thread has read the last lines).
    func waitFor(_ prefix: String, timeout: Duration) async throws -> String {
        _ = await output.wait(until: { output in
            output.eof || output.lines.contains { $0.hasPrefix(prefix) }
        }, timeout: timeout)
        let (found, ended): (String?, Bool) = output.update { output in
            guard let index = output.lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return (nil, output.ended) }
            let line = output.lines[index]
            output.lines.removeFirst(index + 1)
            return (line, output.ended)
        }
        if let found { return found }
        if ended {
            throw BenchFailure("\(name) ended before printing '\(prefix)' (status \(process.isRunning ? -1 : process.terminationStatus))")
        }
        throw BenchFailure("\(name): no '\(prefix)' within \(timeout)")
    }

    /// SIGTERM, then waits for exit (SIGKILL after `grace`).
    func terminate(grace: Duration = .seconds(20)) async {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        let exited = await output.wait(until: { $0.exited }, timeout: grace)
        if !exited && process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// `key=value` fields of a protocol line.
func fields(_ line: String) -> [String: String] {
    var out: [String: String] = [:]
    for part in line.split(separator: " ") {
        guard let eq = part.firstIndex(of: "=") else { continue }
        out[String(part[..<eq])] = String(part[part.index(after: eq)...])
    }
    return out
}

/// Nearest-rank percentile of a sorted array.
func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
}

func fmt(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
