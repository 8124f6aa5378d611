import ArgumentParser
import Foundation
import WorkbenchCore

/// A first word that names no command (`workbench rnu`): ArgumentParser calls it an unexpected
/// argument; the tool says it is an unknown command, with a did-you-mean as stage names get.
enum UnknownCommand {
  /// The error for `arguments` (without the program name), or nil when the first word is a
  /// command, an option, or absent.
  static func error(in arguments: [String], commands: [any ParsableCommand.Type]) -> WorkbenchError? {
    guard let word = arguments.first, !word.hasPrefix("-"), word != "help" else { return nil }
    let names = commands.map { $0.configuration.commandName ?? "" }.filter { !$0.isEmpty }
    guard !names.contains(word) else { return nil }
    var message = "unknown command '\(word)'"
    if let suggestion = Suggestion.closest(to: word, among: names) { message += "; did you mean '\(suggestion)'?" }
    message += "\nnote: commands: \(names.joined(separator: ", ")) (workbench --help describes them)"
    return .usage(message)
  }
}
