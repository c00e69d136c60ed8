import ArgumentParser
import CustomsModel
import CustomsWorker
import Foundation
import Kafka

/// `customsctl publish`: report files to the raw topic.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish report files to the raw reports topic.",
        discussion: ".json files are sent as they are (even when invalid: the worker dead-letters them); .md and .txt articles become raw reports whose first line is the title.")

    @Option(help: "Kafka bootstrap servers, HOST:PORT,... (env CUSTOMS_BROKERS).")
    var brokers: String?

    @Option(help: "Topic to publish to.")
    var topic: String = DefaultTopics.rawReports

    @Argument(help: "Report files.")
    var files: [String]

    func run() async throws {
        let servers = try Brokers.resolve(brokers)
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(
            client: KafkaClientConfiguration(bootstrapServers: servers, clientID: "customsctl-publish")))
        var sent = 0
        for path in files {
            let loaded = try ReportFiles.load(path)
            let key = loaded.report?.effectiveID ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let report = try await producer.send(KafkaProducerMessage(topic: topic, key: Array(key.utf8), value: loaded.bytes))
            sent += 1
            FileHandle.standardError.write(Data("\(path) -> \(report.topic)[\(report.partition)]@\(report.offset)\n".utf8))
        }
        await producer.shutdown()
        print("published \(sent) report(s) to \(topic)")
    }
}

enum Brokers {
    static func resolve(_ flag: String?) throws -> [String] {
        let value = flag ?? ProcessInfo.processInfo.environment["CUSTOMS_BROKERS"] ?? ""
        let servers = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !servers.isEmpty else {
            throw ValidationError("no brokers: pass --brokers HOST:PORT (or set CUSTOMS_BROKERS); `customsctl broker` starts one")
        }
        return servers
    }
}
