import ArgumentParser
import CustomsWorker
import Foundation
import Kafka

/// `customsctl broker`: an embedded broker other processes can use, until SIGINT/SIGTERM.
struct BrokerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broker",
        abstract: "Run an embedded Kafka broker (librdkafka's mock cluster) with the default topics.",
        discussion: "Prints its bootstrap servers as the first line of standard output, then runs until SIGINT or SIGTERM.")

    @Option(help: "Partitions per topic.")
    var partitions: Int = 6

    @Option(help: "Number of brokers in the cluster.")
    var brokers: Int = 1

    func run() async throws {
        guard partitions > 0 else { throw ValidationError("--partitions must be at least 1") }
        let broker = try EmbeddedBroker(brokers: brokers)
        for spec in TopicSetup.specs(topics: .default, partitions: partitions, replicationFactor: 1) {
            try broker.createTopic(spec.name, partitions: partitions)
        }
        // Unbuffered, so a script reading the first line sees it at once.
        FileHandle.standardOutput.write(Data((broker.bootstrapServers + "\n").utf8))
        FileHandle.standardError.write(Data("embedded broker on \(broker.bootstrapServers); topics: \(TopicNames.default.all.joined(separator: ", ")); Ctrl-C to stop\n".utf8))
        await Signals.waitForTermination()
        broker.shutdown()
    }
}

/// Waiting for SIGINT/SIGTERM without blocking a thread of the cooperative pool.
enum Signals {
    static func waitForTermination() async {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let queue = DispatchQueue(label: "customsctl.signals")
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = Once()
            let sources = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: queue) }
            for source in sources {
                source.setEventHandler {
                    if once.first() {
                        sources.forEach { $0.cancel() }
                        continuation.resume()
                    }
                }
                source.resume()
            }
        }
    }

    /// True exactly once; signal handlers run on one serial queue, so a plain flag suffices.
    final class Once: @unchecked Sendable {
        private var done = false
        func first() -> Bool {
            defer { done = true }
            return !done
        }
    }
}
