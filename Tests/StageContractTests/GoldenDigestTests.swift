import BuiltInStages
import Foundation
import StageContractKit
import Testing
import WorkbenchCore

/// A digest of each stage's output (alone, default configuration) on the seed articles and on
/// its examples, recorded per (stage id, version) in stage-digests.json. Changing a stage's
/// output without bumping its `version` fails here: the cache would otherwise serve the old
/// output. The digest of a stage or version the file does not hold yet (a new plugin, a bump)
/// is recorded by the test itself, with a warning to commit the file;
/// `WORKBENCH_RECORD_DIGESTS=1 swift test --filter GoldenDigestTests` records them all again.
@Suite struct GoldenDigestTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let digestsFile = folder.appendingPathComponent("stage-digests.json")
  static let seedsFolder = folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
    "seeds")
  static let recording = ProcessInfo.processInfo.environment["WORKBENCH_RECORD_DIGESTS"] == "1"

  /// The seed articles, with the dates metadata.csv gives them (the anchor of relative dates).
  static func seeds() throws -> [Document] {
    let metadata = try String(contentsOf: seedsFolder.appendingPathComponent("metadata.csv"), encoding: .utf8)
    var dates: [String: String] = [:]
    for line in metadata.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
      if fields.count >= 2 { dates[String(fields[0])] = String(fields[1]) }
    }
    return try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).filter { $0.hasSuffix(".txt") }
      .sorted()
      .map { name in
        Document(
          id: name, text: try String(contentsOf: seedsFolder.appendingPathComponent(name), encoding: .utf8),
          metadata: DocumentMetadata(date: dates[name]))
      }
  }

  /// The stage's output on the seeds (default configuration) and on each example.
  static func digest(_ factory: StageFactory) throws -> String {
    let contract = StageContract(factory)
    var output = try StageContract.annotate(seeds(), with: contract.makeStage())
    for (index, example) in factory.descriptor.examples.enumerated() {
      let annotations = try StageContract.annotate([example.document], with: contract.makeStage(example.configuration))
      output["example-\(index + 1)"] = annotations[example.document.id] ?? []
    }
    return OutputDigest.of(output)
  }

  static func recorded() throws -> [String: String] {
    guard let data = try? Data(contentsOf: digestsFile) else { return [:] }
    return try JSONDecoder().decode([String: String].self, from: data)
  }

  @Test func outputChangesComeWithAVersionBump() throws {
    var digests = try Self.recorded()
    var problems: [String] = []
    var added: [String] = []
    for factory in try builtInRegistry().factories {
      let descriptor = factory.descriptor
      let key = OutputDigest.key(descriptor)
      let digest = try Self.digest(factory)
      if Self.recording {
        digests[key] = digest
      } else if let recorded = digests[key] {
        if recorded != digest {
          problems.append(
            "stage '\(descriptor.id)' gives another output at version \(descriptor.version): bump its `version` "
              + "(its new digest is then recorded by the next test run), or undo the change")
        }
      } else {
        // A new stage, or a new version of one: nothing to compare with yet. Its digest is
        // recorded for the next runs to check.
        digests[key] = digest
        added.append(key)
      }
    }
    if Self.recording || !added.isEmpty {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try (encoder.encode(digests) + Data("\n".utf8)).write(to: Self.digestsFile)
    }
    if !added.isEmpty {
      let message =
        "recorded the output digest of \(added.joined(separator: ", ")) in "
        + "Tests/StageContractTests/stage-digests.json: commit that file with the stage"
      Issue.record(Comment(rawValue: message), severity: .warning)
    }
    #expect(problems == [])
  }
}
