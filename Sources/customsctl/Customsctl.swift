import ArgumentParser

/// `customsctl`: tools around the worker — an embedded broker, publishing, offline extraction,
/// reading topics, and the demo.
@main
struct Customsctl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customsctl",
        abstract: "Tools for the customs-metrics pipeline.",
        subcommands: [BrokerCommand.self, PublishCommand.self, ExtractCommand.self, TailCommand.self, DemoCommand.self])
}

/// Exit with a message on standard error and a status code, for errors the user can fix.
struct UsageFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
