import Foundation
import Testing
import WorkbenchCore

@Suite struct AnnotateCommandTests {
  @Test func annotatesStandardInputAsJSONLinesWithArabicUnescaped() throws {
    let folder = try TemporaryFolder()
    let result = try WorkbenchProcess.run(
      ["annotate", "--stage", "keywords", "--config", #"terms=["الغاز"]"#], in: folder.url,
      standardInput: "ارتفع سعر الغاز اليوم")
    #expect(result.status == 0)
    #expect(
      result.standardOutput
        == #"{"doc":"stdin","stage":"keywords","start":10,"end":15,"text":"الغاز","label":"KEYWORD","value":"الغاز"}"#
        + "\n")
  }

  @Test(arguments: [
    (["annotate", "--stage", "keywrds"], "error: unknown stage 'keywrds'; did you mean 'keywords'?"),
    (
      ["annotate", "--stage", "keywords", "--config", "trems=[]"],
      "no stage among keywords has the configuration key 'trems'"
    ),
    (["annotate", "--stage", "keywords", "missing.txt"], "no such file: missing.txt"),
  ])
  func reportsUsageErrorsWithStatus64(arguments: [String], message: String) throws {
    let result = try WorkbenchProcess.run(arguments, in: TemporaryFolder().url, standardInput: "")
    #expect(result.status == 64)
    #expect(result.standardError.contains(message))
  }

  @Test func aFileThatIsNotUTF8FailsAloneWithStatus1() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "oil")
    try Data([0x6F, 0xFF, 0xFE]).write(to: folder.url.appendingPathComponent("bad.txt"))
    let result = try WorkbenchProcess.run(
      ["annotate", "--stage", "keywords", "--config", #"terms=["oil"]"#, "good.txt", "bad.txt"], in: folder.url)
    #expect(result.status == 1)
    #expect(result.standardOutput.contains(#""doc":"good.txt""#))
    #expect(result.standardError.contains("bad.txt"))
  }

  @Test func pluginsJSONListsEveryStageWithItsConfiguration() throws {
    let result = try WorkbenchProcess.run(["plugins", "--json"], in: TemporaryFolder().url)
    #expect(result.status == 0)
    let stages = try JSONValue.parse(result.standardOutput).arrayValue ?? []
    let keywords = stages.first { $0.objectValue?["id"] == "keywords" }?.objectValue
    #expect(keywords?["kind"] == "document")
    #expect(keywords?["version"] == 1)
    let fields = keywords?["config"]?.arrayValue?.compactMap { $0.objectValue?["name"]?.stringValue }
    #expect(fields?.contains("terms") == true)
    // Declarations: what it produces with its role, what it consumes by role.
    #expect(
      keywords?["produces"]
        == [["label": "KEYWORD", "role": "span", "attributes": [], "label_option": "label"]])
    #expect(keywords?["consumes"] == [["role": "boilerplate", "required": false]])
    #expect(keywords?["examples"] == 2)
  }

  @Test func pluginCommandsAreContributedByTheirPlugins() throws {
    let help = try WorkbenchProcess.run(["--help"], in: TemporaryFolder().url)
    #expect(help.standardOutput.contains("kb "))
    #expect(help.standardOutput.contains("train "))
    let train = try WorkbenchProcess.run(["train", "--help"], in: TemporaryFolder().url)
    #expect(train.status == 0)
    #expect(train.standardOutput.contains("sentiment "))
  }
}
