import ArgumentParser
import Foundation

/// `workbench train`: trains the models of stages that learn from labelled data. Its
/// subcommands are the trainers the plugins contribute (`train sentiment`).
struct TrainCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "train", abstract: "Train a stage's model on labelled data.",
      subcommands: CommandEnvironment.plugins.trainers)
  }
}
