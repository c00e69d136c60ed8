import CustomsModel
import Foundation

/// Report files as the tools accept them: `.json` raw-report events as they are, `.md`/`.txt`
/// articles as raw reports whose first line is the title.
enum ReportFiles {
    struct Loaded {
        var path: String
        /// The bytes to publish.
        var bytes: [UInt8]
        /// The decoded report, when the file holds one.
        var report: RawReport?
        var error: String?
    }

    static func load(_ path: String) throws -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageFailure("cannot read \(path): no such file or not readable")
        }
        let url = URL(fileURLWithPath: path)
        switch url.pathExtension.lowercased() {
        case "json":
            do {
                let report = try JSONDecoder().decode(RawReport.self, from: data)
                return Loaded(path: path, bytes: Array(data), report: report)
            } catch {
                return Loaded(path: path, bytes: Array(data), report: nil, error: "\(error)")
            }
        case "md", "markdown", "txt", "text":
            let text = String(decoding: data, as: UTF8.self)
            let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            let title = firstLine.drop { $0 == "#" || $0 == " " }.trimmingCharacters(in: .whitespaces)
            let report = RawReport(
                reportID: url.deletingPathExtension().lastPathComponent, source: "file", url: url.absoluteString,
                title: title.isEmpty ? nil : title, contentType: url.pathExtension.lowercased().hasPrefix("m") ? .markdown : .plain,
                body: text)
            let bytes = Array(try JSONEncoder().encode(report))
            return Loaded(path: path, bytes: bytes, report: report)
        default:
            throw UsageFailure("\(path): unsupported file type; use .json (raw-report event), .md or .txt (article)")
        }
    }
}
