import ArgumentParser
import Foundation
import WorkbenchCore

/// A word that names no command (`workbench rnu`, `workbench kb imprt`): ArgumentParser calls
/// it an unexpected argument; the tool says it is an unknown command, with a did-you-mean as
/// stage names get.
enum UnknownCommand {
  /// The error for `arguments` (without the program name), or nil when the words name
  /// commands down to an option, an argument, or the end.
  static func error(in arguments: [String], commands: [any ParsableCommand.Type], path: String = "workbench")
    -> WorkbenchError?
  {
    guard let word = arguments.first, !word.hasPrefix("-"), word != "help", !commands.isEmpty else { return nil }
    // `_commandName` is the name ArgumentParser matches: the configured one, or the type name
    // in kebab case (`Prune` → `prune`).
    let names = commands.map { $0._commandName }
    if let index = names.firstIndex(of: word) {
      return error(
        in: Array(arguments.dropFirst()), commands: commands[index].configuration.subcommands, path: "\(path) \(word)")
    }
    var message = "unknown command '\(path == "workbench" ? "" : path.dropFirst("workbench ".count) + " ")\(word)'"
    if let suggestion = Suggestion.closest(to: word, among: names) { message += "; did you mean '\(suggestion)'?" }
    message += "\nnote: commands: \(names.joined(separator: ", ")) (\(path) --help describes them)"
    return .usage(message)
  }
}
