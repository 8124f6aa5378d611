import BuiltInStages
import Foundation
import StageContractKit
import Testing
import WorkbenchCore

/// The contract every registered stage keeps: its descriptor's examples hold, and its output
/// stays inside the text, uses declared labels and attributes, is deterministic, and survives
/// empty, very long and random Unicode input.
@Suite struct StageContractTests {
  static let stageIDs = (try? builtInRegistry().factories.map(\.descriptor.id)) ?? []

  static func contract(_ id: String) throws -> StageContract {
    StageContract(try #require(try builtInRegistry().factory(named: id)))
  }

  @Test func everyStageIsChecked() {
    #expect(Self.stageIDs.count == builtInStageTypes.count)
  }

  @Test(arguments: stageIDs)
  func examplesHold(stage: String) throws {
    let problems = try Self.contract(stage).exampleProblems()
    #expect(problems == [])
  }

  @Test(arguments: stageIDs)
  func invariantsHold(stage: String) throws {
    let problems = try Self.contract(stage).invariantProblems()
    #expect(problems == [])
  }
}
